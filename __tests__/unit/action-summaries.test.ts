// writeSummaries against an in-memory repository: one commit of what changed, nothing when nothing did,
// and a branch that moves between read and write is read again (the newer README wins).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { writeSummaries, type SummaryOptions } from '../../src/action/summaries.js'
import { BranchMovedError } from '../../src/github/types.js'
import { MemoryContents } from '../../src/github/memory.js'
import { SUMMARY_END, SUMMARY_START } from '../../src/render/readme-block.js'
import { checkLog } from '../../src/review/check.js'
import { checkOptions, resolveSettings } from '../../src/settings.js'

const EXAMPLE = readFileSync(join(process.cwd(), 'examples', 'til-ko.md'), 'utf8')
// Day1 is Monday 2026-11-16; on the 23rd week 1 has ended.
const OPTIONS = checkOptions(
  resolveSettings({ 'start-date': '2026-11-16', timezone: 'Asia/Seoul', holidays: 'kr', today: '2026-11-23' }),
  new Date('2026-11-23T12:00:00Z')
)

function options(warnings: string[] = [], extra: Partial<SummaryOptions> = {}): SummaryOptions {
  return {
    logBranch: 'main',
    branch: 'main',
    path: 'README.md',
    dir: 'weekly',
    inReadme: false,
    dryRun: false,
    readmeUrl: 'https://github.com/learner/til/blob/main/README.md?plain=1',
    language: 'ko',
    calendar: OPTIONS.calendar,
    lastDue: OPTIONS.lastDue!,
    check: (text) => checkLog(text, OPTIONS),
    warn: (m) => warnings.push(m),
    note: () => {},
    ...extra
  }
}

describe('writeSummaries', () => {
  it('commits the ended week in one commit; a second run writes nothing', async () => {
    const repo = new MemoryContents({ 'README.md': EXAMPLE })
    const first = await writeSummaries(repo, options())
    expect(first.weeks).toEqual(['week-01'])
    expect(first.commit).toBe(repo.branches.get('main'))
    expect(repo.fileAt('main', 'weekly/week-01.md')).toMatch(/^# 1주차/)
    expect(repo.commits.get(first.commit!)!.message).toMatch(/^til-keeper: 주간 요약 week-01/)

    repo.calls.length = 0
    const second = await writeSummaries(repo, options())
    expect(second).toEqual({ changes: [], commit: null, weeks: [] })
    expect(repo.writes()).toEqual([])
  })

  it('reuses a README the run already read at the head: no head and no README request', async () => {
    const repo = new MemoryContents({ 'README.md': EXAMPLE })
    await writeSummaries(repo, options())
    const head = repo.branches.get('main')!
    const readme = (await repo.readFile('README.md', head))!
    repo.calls.length = 0
    await writeSummaries(repo, options([], { known: { head, readme } }))
    expect(repo.calls).toEqual([`listFolder weekly ${head}`])
  })

  it('a dry run says what it would write and writes nothing', async () => {
    const repo = new MemoryContents({ 'README.md': EXAMPLE })
    const result = await writeSummaries(repo, options([], { dryRun: true }))
    expect(result.changes.map((c) => c.path)).toEqual(['weekly/week-01.md'])
    expect(repo.writes()).toEqual([])
  })

  it('branch moved: the learner pushed a README edit meanwhile; it is read again and kept', async () => {
    const marked = `${EXAMPLE}\n${SUMMARY_START}\n${SUMMARY_END}\n`
    const repo = new MemoryContents({ 'README.md': marked })
    const edited = `${marked}\n추가한 메모\n`
    let pushed = false
    repo.before = (method) => {
      if (method === 'commit' && !pushed) {
        pushed = true
        repo.push('main', { 'README.md': edited }, 'learner edit')
      }
    }
    const warnings: string[] = []
    const result = await writeSummaries(repo, options(warnings, { inReadme: true }))
    expect(repo.calls.filter((c) => c.startsWith('commit'))).toHaveLength(2)
    expect(warnings).toEqual(['main moved while writing the summary; reading it again (attempt 2 of 5)'])
    const readme = repo.fileAt('main', 'README.md')!
    expect(readme).toContain('추가한 메모')
    expect(readme).toContain('기본 과제 2') // the carry-over table, written into the newer README
    expect(result.commit).toBe(repo.branches.get('main'))
  })

  it('a known head that has moved is not trusted on the retry', async () => {
    const repo = new MemoryContents({ 'README.md': EXAMPLE })
    const stale = repo.branches.get('main')!
    const readme = (await repo.readFile('README.md', stale))!
    repo.push('main', { 'notes.md': 'x' })
    const result = await writeSummaries(repo, options([], { known: { head: stale, readme } }))
    expect(result.commit).toBe(repo.branches.get('main'))
    expect(repo.commits.get(result.commit!)!.files.get('notes.md')).toBe('x')
  })

  it('gives up after five attempts on a branch that keeps moving', async () => {
    const repo = new MemoryContents({ 'README.md': EXAMPLE })
    repo.before = (method) => {
      if (method === 'commit') repo.push('main', { 'other.md': String(repo.commits.size) })
    }
    const warnings: string[] = []
    await expect(writeSummaries(repo, options(warnings))).rejects.toThrow(BranchMovedError)
    expect(repo.calls.filter((c) => c.startsWith('commit'))).toHaveLength(5)
    expect(warnings).toHaveLength(4)
  })

  it('a summary branch that does not exist yet is created from the log branch', async () => {
    const repo = new MemoryContents({ 'README.md': EXAMPLE })
    const main = repo.branches.get('main')!
    const result = await writeSummaries(repo, options([], { branch: 'til-summaries' }))
    expect(repo.writes()[0]).toBe(`createBranch til-summaries ${main}`)
    expect(repo.branches.get('main')).toBe(main)
    expect(repo.fileAt('til-summaries', 'weekly/week-01.md')).toMatch(/^# 1주차/)
    expect(result.commit).toBe(repo.branches.get('til-summaries'))
  })
})
