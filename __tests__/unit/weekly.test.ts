// The weekly summary files, built from the real engine's report on the seed log and on small logs.
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CARRY_ROWS, weeklySummaries, type WeekFile, type WeeklyOptions } from '../../src/render/weekly-file.js'
import { checkLog } from '../../src/review/check.js'
import type { Report } from '../../src/review/types.js'
import { checkOptions, resolveSettings, type RawSettings } from '../../src/settings.js'

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))
const SHARED = resolve(REPO_ROOT, '..', 'shared')
const SEED_PATH = resolve(SHARED, 'fixtures', 'boostcamp-ai-tech-til.md')
const HAS_SEED = existsSync(SEED_PATH)
const describeWithSeed = HAS_SEED
  ? describe
  : (name: string, fn: () => void) => describe.skip(`${name} (skipped: ${SEED_PATH} is absent; these tests read the shared seed log)`, fn)

const README_URL = 'https://github.com/owner/repo/blob/main/README.md?plain=1'
const SEED_SETTINGS: RawSettings = { 'start-date': '2026-09-21', timezone: 'Asia/Seoul', holidays: 'kr' }

function summarize(text: string, raw: RawSettings, dir = 'weekly'): { report: Report; files: WeekFile[]; options: WeeklyOptions } {
  const check = checkOptions(resolveSettings(raw), new Date(`${raw.today ?? '2026-10-14'}T15:00:00Z`))
  const report = checkLog(text, check)
  const options: WeeklyOptions = { calendar: check.calendar, lastDue: check.lastDue!, dir, readmeUrl: README_URL }
  return { report, files: weeklySummaries(report, options), options }
}

function file(files: WeekFile[], week: string): string {
  const found = files.find((f) => f.week === week)
  if (!found) throw new Error(`no file for ${week}; have ${files.map((f) => f.week).join(', ')}`)
  return found.content
}

/** The table row whose first cell is `first`. */
function rowOf(content: string, first: string): string {
  const row = content.split('\n').find((l) => l.startsWith(`| ${first} |`))
  if (!row) throw new Error(`no row "${first}" in:\n${content}`)
  return row
}

/** A section's text, from its `## ` heading to the next. */
function section(content: string, heading: string): string {
  const start = content.indexOf(`## ${heading}\n`)
  if (start < 0) throw new Error(`no section "${heading}"`)
  const end = content.indexOf('\n## ', start + 1)
  return content.slice(start, end < 0 ? undefined : end)
}

// Two later days in the seed's own template: Day14 resolves `기본 과제 2` and lists
// `Numpy 학습 진행` undone, which renames the goal-born record `Numpy학습 진행`;
// Day15 resolves the Day1 task `python 기초 문법 끝내기`.
const LATER_DAYS = `

<details>

<summary>Day14 Review</summary>

<span style="font-size:150%">**완료한 사항**</span>

    🙂 기본 과제 2

#
<span style="font-size:150%">**완료하지 못한 사항**</span>

    🙃 Numpy 학습 진행

#
<span style="font-size:150%">**자세히 짚고 넘어갈 학습 내용**</span>

- 멀티헤드 어텐션은 여러 관점의 유사도를 한 번에 본다.

#
<span style="font-size:150%">**내일 목표**</span>

    💪 python 기초 문법 끝내기

</details>

<details>

<summary>Day15 Review</summary>

<span style="font-size:150%">**완료한 사항**</span>

    🙂 python 기초 문법 끝내기

#
<span style="font-size:150%">**완료하지 못한 사항**</span>

    🙃 심화 과제

#
<span style="font-size:150%">**자세히 짚고 넘어갈 학습 내용**</span>

- 셀프 어텐션의 계산 순서를 정리했다.

</details>
`

describeWithSeed('weekly summaries of the seed log (start 2026-09-21, Korean holidays, today 2026-10-14)', () => {
  const seed = HAS_SEED ? readFileSync(SEED_PATH, 'utf8') : ''
  const { report, files } = HAS_SEED
    ? summarize(seed, { ...SEED_SETTINGS, today: '2026-10-14' })
    : { report: null as unknown as Report, files: [] }

  it('writes weeks 1–3 only: week 4 has not ended', () => {
    expect(files.map((f) => f.week)).toEqual(['week-01', 'week-02', 'week-03'])
    expect(files.map((f) => f.path)).toEqual(['weekly/week-01.md', 'weekly/week-02.md', 'weekly/week-03.md'])
  })

  it('titles each week with its number and its Monday–Sunday range, in Korean', () => {
    expect(file(files, 'week-01').split('\n')[0]).toBe('# 1주차 학습 요약 (2026-09-21 ~ 2026-09-27)')
    expect(file(files, 'week-03').split('\n')[0]).toBe('# 3주차 학습 요약 (2026-10-05 ~ 2026-10-11)')
    for (const f of files) {
      expect(f.content).toContain('## 이번 주 기록')
      expect(f.content).toContain('## 이월된 할 일')
    }
  })

  it('counts 3 due days in week 1: Chuseok (9/24–25) is a holiday', () => {
    const days = section(file(files, 'week-01'), '이번 주 기록')
    expect(days).toContain('**학습일 3일 중 3일 기록**')
    expect(days).not.toContain('9월 24일')
    expect(days).not.toContain('9월 25일')
    expect(rowOf(days, 'Day1')).toBe(`| Day1 | 9월 21일 (월) | 기록함 | [L5](${README_URL}#L5) |`)
    expect(days.split('\n').filter((l) => /^\| Day\d/.test(l))).toHaveLength(3)
  })

  it('shows week 2 as 4 of 5 logged, with the empty Day5 and its empty sections', () => {
    const content = file(files, 'week-02')
    expect(section(content, '이번 주 기록')).toContain('**학습일 5일 중 4일 기록** · 비어 있는 날 1일')
    expect(rowOf(content, 'Day5')).toContain('| 비어 있음 |')
    const empty = section(content, '비어 있는 섹션')
    expect(empty).toContain(`[**Day5**](${README_URL}#L591) · 9월 29일 (화): 하루 전체가 비어 있어요`)
    expect(empty).toContain(`[DAY 5 소감](${README_URL}#L620)`)
  })

  it('leaves out the holidays of week 3 (10/5 substitute holiday, 10/9 Hangul Day)', () => {
    const days = section(file(files, 'week-03'), '이번 주 기록')
    expect(days).toContain('**학습일 3일 중 3일 기록**')
    expect(
      days
        .split('\n')
        .filter((l) => /^\| Day\d/.test(l))
        .map((l) => l.split(' | ')[0])
    ).toEqual(['| Day9', '| Day10', '| Day11'])
  })

  it('shows in week 2 that 기본 과제 1 was left open on Day6 and resolved in Day8, and 기본 과제 2 is still open', () => {
    const carry = section(file(files, 'week-02'), '이월된 할 일')
    const first = rowOf(carry, '기본 과제 1')
    expect(first).toContain(`[Day6](${README_URL}#L659)`)
    expect(first).toContain(`[Day8](${README_URL}#L801)에 완료`)
    // Day6 is day 1: Day8 is its third study day.
    expect(first).toContain('| 3일째 |')
    const second = rowOf(carry, '기본 과제 2')
    // Written as a goal on Day7 and carried from Day8: the link points into Day7, so it is labelled Day7.
    expect(second).toContain(`[Day7](${README_URL}#L789)`)
    expect(second).toContain('| 아직 진행 중 |')
    expect(carry).toContain('밀린 기간은 처음 적은 날을 1일째로 세어 주말과 쉬는 날을 뺀 학습일 수이고, 상태는 이번 주 일요일 기준이에요.')
  })

  it('judges status and age as of each week’s Sunday, not as of today', () => {
    // `optimization 내용정리` (Day11, 10/8) was done in Day12 on 10/12: after week 3 ended.
    const row = rowOf(section(file(files, 'week-03'), '이월된 할 일'), 'optimization 내용정리')
    expect(row).toContain('| 1일째 | 아직 진행 중 |')
    // Resolved before week 3 began: not in week 3 at all.
    expect(file(files, 'week-03')).not.toContain('| 기본 과제 1 |')
    // In week 1, the Day1 task is on its third study day (9/21, 9/22, 9/23), not its age today.
    expect(rowOf(file(files, 'week-01'), 'python 기초 문법 끝내기')).toContain('| 3일째 | 아직 진행 중 |')
  })

  it('scores the goals for tomorrow against the next logged day, leaving the last day’s goals to the next week', () => {
    const goals1 = section(file(files, 'week-01'), '내일 목표 달성률')
    expect(goals1).toContain('목표 2개 중 **0개 달성 (0%)**')
    expect(rowOf(goals1, 'Numpy학습 진행')).toBe(`| Numpy학습 진행 | [Day1](${README_URL}#L68) | [Day2](${README_URL}#L81) | 못 함 |`)
    expect(rowOf(goals1, '과제와 퀴즈 완료하기')).toContain('| — | 다음 주에 확인 |')
    const goals3 = section(file(files, 'week-03'), '내일 목표 달성률')
    expect(goals3).toContain('목표 3개 중 **1개 달성 (33%)**')
    // Day8's goal (week 2) is checked by Day9, the first day of week 3.
    expect(rowOf(goals3, 'chapter 4 완강하기')).toContain(`[Day9](${README_URL}#L866) | 못 함 |`)
    expect(rowOf(goals3, 'Day 8, Day 9 내용정리')).toContain('| 달성 |')
  })

  it('draws the carry-over trend up to the file’s own week', () => {
    expect(file(files, 'week-01')).toContain(
      '```mermaid\nxychart-beta\n    x-axis ["W1"]\n    y-axis "남은 할 일" 0 --> 5\n    bar [5]\n```'
    )
    expect(file(files, 'week-03')).toContain('    x-axis ["W1", "W2", "W3"]\n    y-axis "남은 할 일" 0 --> 18\n    bar [5, 14, 18]\n')
  })

  it('links every README line as ?plain=1#L<line>, pointing at the line it names', () => {
    const lines = seed.split('\n')
    for (const f of files) {
      const links = [...f.content.matchAll(/\]\(([^)]*)\)/g)].map((m) => m[1]!)
      expect(links.length).toBeGreaterThan(0)
      for (const url of links) {
        expect(url).toMatch(/^https:\/\/github\.com\/owner\/repo\/blob\/main\/README\.md\?plain=1#L\d+$/)
        const line = Number(url.split('#L')[1])
        expect((lines[line - 1] ?? '').trim()).not.toBe('')
      }
    }
    expect(lines[801 - 1]).toContain('Day8 Review')
    expect(lines[659 - 1]).toContain('기본 과제 1')
  })

  it('holds no date of the run, no timestamp, and ends in exactly one newline', () => {
    for (const f of files) {
      expect(f.content).not.toContain('2026-10-14')
      expect(f.content).not.toMatch(/\d{1,2}:\d{2}/)
      expect(f.content).toMatch(/[^\n]\n$/)
      expect(f.content).toContain('<sub>til-keeper가 README를 보고 만든 파일이에요.')
    }
  })

  it('is deterministic: the same report gives byte-identical files', () => {
    const again = summarize(seed, { ...SEED_SETTINGS, today: '2026-10-14' })
    expect(again.files).toEqual(files)
    expect(
      weeklySummaries(report, { calendar: again.options.calendar, lastDue: '2026-10-14', dir: 'weekly', readmeUrl: README_URL })
    ).toEqual(files)
  })

  it('leaves weeks 1–3 byte-identical when a later week happens', () => {
    const later = summarize(seed + LATER_DAYS, { ...SEED_SETTINGS, today: '2026-10-21' })
    expect(later.files.map((f) => f.week)).toEqual(['week-01', 'week-02', 'week-03', 'week-04'])
    for (const week of ['week-01', 'week-02', 'week-03']) expect(file(later.files, week)).toBe(file(files, week))

    // The later days really did change the report: resolutions, and a renamed record.
    const byText = (text: string) => later.report.carryOver.find((c) => c.text === text)
    expect(byText('기본 과제 2')?.resolvedIn).toBe('Day14')
    expect(byText('python 기초 문법 끝내기')?.resolvedIn).toBe('Day15')
    expect(byText('Numpy 학습 진행')?.from).toBe('Day2')
    // …and week 4 counts them; its table is a short list, the newest first, the rest counted.
    const week4 = file(later.files, 'week-04')
    const carry = section(week4, '이월된 할 일')
    expect(carry).toContain('아직 진행 중 **21개** · 이번 주에 끝낸 것 **4개**')
    const rows = carry.split('\n').filter((l) => /^\| (?!할 일|---)/.test(l))
    expect(rows).toHaveLength(CARRY_ROWS)
    expect(rows[0]).toContain('심화과제 도전')
    expect(carry).toContain(`그 밖에 ${25 - CARRY_ROWS}개가 더 있어요.`)
    expect(week4).toContain('    x-axis ["W1", "W2", "W3", "W4"]')
  })

  it('writes no file when the first week has not ended, and none for a log without dates and without a calendar', () => {
    expect(summarize(seed, { ...SEED_SETTINGS, today: '2026-09-26' }).files).toEqual([])
    expect(summarize(seed, { today: '2026-10-14' }).files).toEqual([])
  })
})

describe('learner text in the weekly files', () => {
  // As a learner might write it: a code span and markdown escapes, which reach the engine's item text as written.
  const HOSTILE =
    '@someone 에게 #12 리뷰 요청 `<script>alert(1)</script>` | 표 \\*\\*깨기\\*\\* \\[링크\\](https://evil.example) \\<img src=x onerror=alert(1)> $x$'
  const LOG = `# TIL

## Day1

### 오늘 한 일
- [x] 환경 설정
- [ ] ${HOSTILE}

### 느낀 점 @team #3

### 내일 할 일
- ${HOSTILE}

## Day2

### 오늘 한 일
- [x] 자료구조 복습
- [ ] ${HOSTILE}

### 배운 점
- GH-7 과 owner/repo#8 도 링크가 되면 안 된다.
`
  const { files, report } = summarize(LOG, { 'start-date': '2026-09-21', today: '2026-09-28' })
  const content = file(files, 'week-01')

  it('has the hostile task in the report, so the checks below are not vacuous', () => {
    // Markdown escapes and code spans survive parsing: the engine hands over `<script>` and `**` as written.
    expect(report.carryOver.map((c) => c.text)).toEqual([
      '@someone 에게 #12 리뷰 요청 <script>alert(1)</script> | 표 **깨기** [링크](https://evil.example) <img src=x onerror=alert(1)> $x$'
    ])
    expect(content).toContain('리뷰 요청')
  })

  it('cannot mention anyone, link an issue or inject HTML', () => {
    expect(content).not.toMatch(/@[A-Za-z0-9_-]/)
    expect(content).not.toMatch(/#\d/)
    expect(content).not.toContain('<script')
    expect(content).not.toContain('<img')
    expect(content).toContain('@\u200bsomeone')
    expect(content).toContain('&lt;script&gt;')
    // The only HTML tag is the footer's.
    expect(content.match(/<[a-z]/gi)).toEqual(['<s'])
  })

  it('keeps every table row to its columns and turns no learner text into links or emphasis', () => {
    for (const line of content.split('\n').filter((l) => l.startsWith('|'))) {
      expect(line.split(/(?<!\\)\|/).length - 2).toBe(4)
    }
    expect(content).not.toMatch(/(?<!\\)\]\(https:\/\/evil/)
    expect(content).toContain('\\*\\*깨기\\*\\*')
    expect(content).toContain('\\[링크\\](https://evil.example)')
    expect(content).toContain('\\$x\\$')
    // The empty section's title is quoted too.
    expect(section(content, '비어 있는 섹션')).toContain('느낀 점 @\u200bteam #\u200b3')
  })
})

describe('weekly summaries without a calendar (ISO weeks)', () => {
  const LOG = `# TIL

## 2026-09-30
### Done
- [x] Read the guide
- [ ] Write the setup notes
### Tomorrow
- Write the setup notes

## 2026-10-01
### Done
- [x] Write the setup notes

## 2026-10-14
### Done
- [x] Something later
`

  it('writes every ISO week from the first dated entry to the last ended one, empty weeks included', () => {
    const { files } = summarize(LOG, { today: '2026-10-18' }, 'notes/weekly/')
    expect(files.map((f) => f.week)).toEqual(['2026-W40', '2026-W41', '2026-W42'])
    expect(files.map((f) => f.path)).toEqual(['notes/weekly/2026-W40.md', 'notes/weekly/2026-W41.md', 'notes/weekly/2026-W42.md'])
    expect(file(files, '2026-W40').split('\n')[0]).toBe('# 2026-W40 summary (2026-09-28 – 2026-10-04)')
    expect(file(files, '2026-W41')).toContain('No days were logged this week.')
    expect(file(files, '2026-W41')).toContain('No goals for tomorrow were set this week.')
    expect(file(files, '2026-W41')).toContain('No carried-over tasks this week.')
  })

  it('counts age in logged days and scores goals the same way', () => {
    const { files } = summarize(LOG, { today: '2026-10-11' })
    const w40 = file(files, '2026-W40')
    expect(w40).toContain('**2 days logged**')
    expect(rowOf(w40, 'Write the setup notes')).toContain('| 2 days | done in [2026-10-01]')
    expect(w40).toContain('**Met 1 of 1 (100%)**')
    expect(w40).toContain('Age counts the days logged from the day the task was first written (day 1); status is as of Sunday.')
    expect(w40).toContain('    x-axis ["W40"]\n')
  })

  it('refuses a lastDue that is not a date', () => {
    const report = checkLog(LOG, { calendar: null, lastDue: null })
    expect(() => weeklySummaries(report, { calendar: null, lastDue: 'soon', dir: 'weekly', readmeUrl: README_URL })).toThrow(/lastDue/)
  })
})
