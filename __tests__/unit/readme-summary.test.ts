// The carry-over block in the README: what it says, and that nothing outside its markers ever changes.
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { renderReadmeSummary, SUMMARY_END, SUMMARY_ROWS, SUMMARY_START, updateReadmeSummary } from '../../src/render/readme-block.js'
import { checkLog } from '../../src/review/check.js'
import type { Report } from '../../src/review/types.js'
import { checkOptions, resolveSettings, type RawSettings } from '../../src/settings.js'

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))
const SEED_PATH = resolve(REPO_ROOT, '..', 'shared', 'fixtures', 'boostcamp-ai-tech-til.md')
const HAS_SEED = existsSync(SEED_PATH)
const describeWithSeed = HAS_SEED
  ? describe
  : (name: string, fn: () => void) => describe.skip(`${name} (skipped: ${SEED_PATH} is absent; these tests read the shared seed log)`, fn)

const URL_ = 'https://github.com/owner/repo/blob/main/README.md?plain=1'
const SEED_SETTINGS: RawSettings = { 'start-date': '2026-09-21', timezone: 'Asia/Seoul', holidays: 'kr', today: '2026-10-14' }

function check(text: string, raw: RawSettings = SEED_SETTINGS): Report {
  return checkLog(text, checkOptions(resolveSettings(raw), new Date('2026-10-14T15:00:00Z')))
}

describe('updateReadmeSummary', () => {
  const BLOCK = '<p>new block</p>'

  it('returns null when the markers are absent, half there or out of order, and never adds them', () => {
    expect(updateReadmeSummary('# TIL\n\nno markers\n', BLOCK)).toBeNull()
    expect(updateReadmeSummary(`# TIL\n${SUMMARY_START}\n`, BLOCK)).toBeNull()
    expect(updateReadmeSummary(`# TIL\n${SUMMARY_END}\n`, BLOCK)).toBeNull()
    expect(updateReadmeSummary(`# TIL\n${SUMMARY_END}\nold\n${SUMMARY_START}\n`, BLOCK)).toBeNull()
  })

  it('replaces only what is between the markers: CRLF lines, trailing spaces and text after the end marker stay byte for byte', () => {
    const before = `# TIL  \r\n\r\nintro with trailing spaces   \r\n${SUMMARY_START}`
    const after = `${SUMMARY_END} text on the marker's line \t\r\n\r\n## Day1  \r\n- [ ] task\r\n\r\n  \r\nlast line without newline  `
    const readme = `${before}\r\nold line 1\r\nold line 2\r\n${after}`
    const updated = updateReadmeSummary(readme, '<p>first</p>\n<p>second</p>')!
    expect(updated.startsWith(before)).toBe(true)
    expect(updated.endsWith(after)).toBe(true)
    // The block takes the README's CRLF line ends.
    expect(updated).toBe(`${before}\r\n<p>first</p>\r\n<p>second</p>\r\n${after}`)
  })

  it('keeps LF files LF, and markers written on one line are filled in on lines of their own', () => {
    const readme = `# TIL\n${SUMMARY_START}${SUMMARY_END}\nrest\n`
    expect(updateReadmeSummary(readme, BLOCK)).toBe(`# TIL\n${SUMMARY_START}\n${BLOCK}\n${SUMMARY_END}\nrest\n`)
  })

  it('returns the very same string when the block is already up to date', () => {
    const readme = `# TIL\n${SUMMARY_START}\n${BLOCK}\n${SUMMARY_END}\n`
    expect(updateReadmeSummary(readme, BLOCK)).toBe(readme)
    const crlf = `# TIL\r\n${SUMMARY_START}\r\n${BLOCK}\r\n${SUMMARY_END}\r\n`
    expect(updateReadmeSummary(crlf, BLOCK)).toBe(crlf)
    const once = updateReadmeSummary(`x\n${SUMMARY_START}\nold\nolder\n${SUMMARY_END}\ny`, BLOCK)!
    expect(updateReadmeSummary(once, BLOCK)).toBe(once)
  })

  it('touches only the first start marker and the end marker after it', () => {
    const readme = `${SUMMARY_START}\nold\n${SUMMARY_END}\nlater: ${SUMMARY_START} ${SUMMARY_END}\n`
    expect(updateReadmeSummary(readme, BLOCK)).toBe(`${SUMMARY_START}\n${BLOCK}\n${SUMMARY_END}\nlater: ${SUMMARY_START} ${SUMMARY_END}\n`)
  })

  it('moves links to lines below the block by the change in its height', () => {
    // Line 5 (below the block) and line 1 (above it); the block grows from 0 to 1 line.
    const readme = `# TIL\n${SUMMARY_START}\n${SUMMARY_END}\n\n## Day1\n`
    const block = `<a href="${URL_}#L5">Day1</a><a href="${URL_}#L1">top</a>`
    const updated = updateReadmeSummary(readme, block)!
    expect(updated).toContain(`#L6">Day1`)
    expect(updated).toContain(`#L1">top`)
    expect(updated.split('\n')[6 - 1]).toBe('## Day1')
  })
})

describeWithSeed('the README block for the seed log', () => {
  const seed = HAS_SEED ? readFileSync(SEED_PATH, 'utf8') : ''
  const report = HAS_SEED ? check(seed) : (null as unknown as Report)
  const block = HAS_SEED ? renderReadmeSummary(report, URL_) : ''
  const open = HAS_SEED ? report.carryOver.filter((c) => c.resolvedIn === null) : []

  it('is one line of HTML, so the README lines below it never move as it changes', () => {
    expect(block).not.toContain('\n')
    expect(block.startsWith('<p><b>이월된 할 일</b> · 아직 진행 중 22개 · 지금까지 끝낸 것 4개</p><table>')).toBe(true)
  })

  it('lists the newest open tasks with since, age and last listed, and counts the rest', () => {
    expect(open.length).toBe(22)
    expect(block.match(/<tr><td>/g)).toHaveLength(SUMMARY_ROWS)
    expect(block).toContain('<th>할 일</th><th>처음 적은 날</th><th>밀린 기간</th><th>마지막으로 적은 날</th>')
    // Newest first; the first day counts as day 1 (Day13 and today's Day14).
    expect(block).toContain(
      `<tbody><tr><td>generative model 내용 정리</td><td><a href="${URL_}#L1054">Day13</a></td><td>2일째</td><td><a href="${URL_}#L1038">Day13</a></td></tr>`
    )
    // A goal written on Day7 and carried from Day8 links into Day7, and says so.
    expect(block).toContain(`<tr><td>기본 과제 2</td><td><a href="${URL_}#L789">Day7</a></td>`)
    // The oldest are counted, not listed.
    expect(block).not.toContain('오늘 완료하지 못한 학습 정리')
    expect(block).toContain(`<p>그 밖에 ${22 - SUMMARY_ROWS}개가 더 있어요.</p>`)
    // Resolved tasks are counted, not listed.
    expect(block).not.toContain('<td>기본 과제 1</td>')
  })

  it('escapes learner text as HTML', () => {
    const log = `# TIL\n\n## 2026-10-05\n### Done\n- [x] Read\n- [ ] 퀴즈 & 과제 "꼭" \\<i>\n`
    expect(renderReadmeSummary(check(log, { today: '2026-10-07' }), URL_)).toContain('<td>퀴즈 &amp; 과제 &quot;꼭&quot; &lt;i&gt;</td>')
  })

  it('goes into a README between the markers, with links that still point at the right lines, and then stays put', () => {
    const readme = seed.replace('# NAVER-BoostCamp-AI-Tech-TIL\n', `# NAVER-BoostCamp-AI-Tech-TIL\n\n${SUMMARY_START}\n${SUMMARY_END}\n`)
    const first = check(readme)
    const updated = updateReadmeSummary(readme, renderReadmeSummary(first, URL_))!
    expect(updated).not.toBe(readme)
    const lines = updated.split('\n')
    const rows = [
      ...updated.matchAll(
        /<tr><td>([^<]*)<\/td><td><a href="[^"]*#L(\d+)">[^<]*<\/a><\/td><td>[^<]*<\/td><td><a href="[^"]*#L(\d+)">([^<]*)<\/a>/g
      )
    ]
    expect(rows).toHaveLength(SUMMARY_ROWS)
    for (const [, task, since, last, label] of rows) {
      // `since` points at the task's own line; `last listed` at the label of the day that last listed it.
      expect(lines[Number(since) - 1]).toContain(task!.replace(/&amp;/g, '&'))
      expect(lines[Number(last) - 1]!.trimEnd()).toBe(`<summary>${label} Review</summary>`)
    }
    // The block does not change what the engine reads, and a second run changes nothing.
    const second = check(updated)
    expect(second.entries.map((e) => e.label)).toEqual(first.entries.map((e) => e.label))
    expect(second.carryOver.map((c) => c.text)).toEqual(first.carryOver.map((c) => c.text))
    expect(updateReadmeSummary(updated, renderReadmeSummary(second, URL_))).toBe(updated)
  })
})

describe('the README block for small logs', () => {
  it('is written in English for an English log, and says when nothing is open', () => {
    const log = `# TIL\n\n## 2026-10-05\n### Done\n- [x] Read chapter 4\n- [ ] Write the notes\n\n## 2026-10-06\n### Done\n- [x] Write the notes\n`
    const block = renderReadmeSummary(check(log, { today: '2026-10-07' }), URL_)
    expect(block).toBe(
      '<p><b>Carried-over tasks</b> · No carried-over tasks left open; 1 done so far. <sub>til-keeper keeps this part up to date.</sub></p>'
    )
    const none = renderReadmeSummary(check('# TIL\n\n## 2026-10-05\n### Done\n- [x] Read\n', { today: '2026-10-07' }), URL_)
    expect(none).toBe('<p><b>Carried-over tasks</b> · No carried-over tasks. <sub>til-keeper keeps this part up to date.</sub></p>')
  })

  it('cannot mention anyone, link an issue or inject HTML', () => {
    const hostile = '@someone #12 `<script>alert(1)</script>` \\<img src=x onerror=alert(1)> "quoted" href="#L3"'
    const log = `# TIL\n\n## 2026-10-05\n### Done\n- [ ] ${hostile}\n`
    const report = check(log, { today: '2026-10-07' })
    expect(report.carryOver[0]?.text).toContain('<script>')
    const block = renderReadmeSummary(report, URL_)
    expect(block).not.toMatch(/@[A-Za-z0-9_-]/)
    expect(block).not.toMatch(/#\d/)
    expect(block).not.toContain('<script')
    expect(block).not.toContain('<img')
    expect(block).toContain('&quot;quoted&quot;')
    // Only the block's own links carry an href; the learner's text cannot fake one to be moved.
    expect(block.match(/href="/g)).toHaveLength(2)
  })
})
