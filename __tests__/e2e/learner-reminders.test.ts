/**
 * A reminder bot a learner keeps switched on (issue #8), end to end: the
 * action's dist/index.js against the fake GitHub, on logs written for the
 * tests in the `## DayN` shape (no ../shared needed).
 */
import { readFile } from 'node:fs/promises'
import { readMarker } from '../../src/reminders/marker.js'
import { startGitHubServer, type FakeGitHub, type StoredIssue } from '../helpers/github-server.js'
import { runAction, type ActionResult } from '../helpers/run-action.js'
import { koreanLog, WEEKDAY_CALENDAR, weekdayDate, type DaySpec } from '../helpers/study-log.js'

const OWNER = 'learner'
const REPO = 'til'

const keyOf = (issue: StoredIssue) => readMarker(issue.body ?? '')?.key ?? null
const open = (server: FakeGitHub) => server.issues(OWNER, REPO).filter((i) => i.state === 'open')
const botComments = (issue: StoredIssue) => issue.comments.filter((c) => c.user.login === 'github-actions[bot]')

function expectSuccess(result: ActionResult): void {
  if (result.code !== 0) throw new Error(`action failed (${result.code}):\n${result.stdout}\n${result.stderr}`)
}

type Run = (inputs?: Record<string, string>, env?: Record<string, string>) => Promise<ActionResult>

/** One fake GitHub per scenario, so scenarios run side by side (the bot spaces its writes a second apart). */
async function scenario(log: string, fn: (server: FakeGitHub, run: Run) => Promise<void>): Promise<void> {
  const server = await startGitHubServer()
  try {
    server.addRepo({ owner: OWNER, repo: REPO, files: { 'README.md': log } })
    const run: Run = (inputs = {}, env = {}) =>
      runAction({
        apiUrl: server.url,
        repository: `${OWNER}/${REPO}`,
        sha: server.headSha(OWNER, REPO),
        inputs: { 'github-token': 'test-token', repository: `${OWNER}/${REPO}`, summary: 'false', ...WEEKDAY_CALENDAR, ...inputs },
        env
      })
    await fn(server, run)
  } finally {
    await server.close()
  }
}

/** Forty study days: an empty reflection every third day, Day12 and Day38 not written, today's Day40 not yet either. */
function longLog(): DaySpec[] {
  return Array.from({ length: 40 }, (_, i): DaySpec => {
    const n = i + 1
    if (n === 12 || n === 38 || n === 40) return { missing: true }
    return n % 3 === 0 ? { emptySections: ['reflection'] } : {}
  })
}
const TODAY = weekdayDate(40)

describe('a reminder bot a learner keeps switched on', () => {
  it.concurrent('first run on a long log: a handful of issues, newest first, one older-gaps issue, the held-back ones named', () =>
    scenario(koreanLog(longLog()), async (server, run) => {
      // max-issues 3: only the three newest open now; the job summary names every one held back.
      const first = await run({ today: TODAY, 'max-issues': '3' })
      expectSuccess(first)
      const opened = server.issues(OWNER, REPO)
      expect(opened.map(keyOf)).toEqual(['day:Day40', 'day:Day39', 'day:Day38'])
      expect(opened[0]!.title).toBe(`Day40: 기록이 아직 없어요 (${TODAY})`)
      expect(first.outputs['issues-opened']).toBe('3')
      expect(first.summary).toContain('max-issues 때문에 다음 실행으로 미룬 알림 2개 (최근 것부터 열어요):')
      expect(first.summary).toContain('  - Day36: 빈 섹션 1개')
      expect(first.summary).toContain('  - 지난 기록 점검')

      // The next run opens the rest: the last 7 study days (Day34–Day40) and one checklist for everything older.
      const second = await run({ today: TODAY })
      expectSuccess(second)
      const keys = open(server).map(keyOf)
      expect(keys).toEqual(['day:Day40', 'day:Day39', 'day:Day38', 'day:Day36', 'older'])
      expect(second.outputs['issues-opened']).toBe('2')
      // Eleven older days (Day12 missing, ten empty reflections) are one issue, not eleven.
      const older = open(server).find((i) => keyOf(i) === 'older')!
      expect(older.title).toBe('지난 기록 점검')
      const lines = older.body!.match(/^- \[ \] \*\*Day\d+\*\*.*$/gm)!
      expect(lines).toHaveLength(11)
      expect(lines[0]).toMatch(/^- \[ \] \*\*Day33\*\* — "소감" 섹션이 비어 있어요/)
      expect(lines.find((l) => l.includes('**Day12**'))).toMatch(/Day12 \(2026-03-17\) 기록이 아직 없어요/)
      expect(second.summary).toContain('최근 학습일보다 오래된 11일의 손볼 곳은 "지난 기록 점검" 이슈 하나에 모았어요.')
      // Every finding is still reported.
      expect(second.outputs['missing-days']).toBe('3')
      const report = JSON.parse(await readFile(second.outputs.report!, 'utf8'))
      expect(report.findings).toHaveLength(3 + 12)

      // A third run on the same log writes nothing.
      server.resetLog()
      expectSuccess(await run({ today: TODAY }))
      expect(server.writes()).toEqual([])

      // `remind-days: all` restores one issue per day (here, as a dry run: what it would do): the eleven older
      // days get issues of their own, ten in this run, and the older-gaps checklist would close.
      const all = await run({ today: TODAY, 'remind-days': 'all', 'dry-run': 'true' })
      expectSuccess(all)
      expect(all.outputs['issues-opened']).toBe('10')
      expect(all.outputs['issues-closed']).toBe('1')
    })
  )

  it.concurrent('a dropped task leaves the open list, and its record says dropped on that day', () => {
    const days = (day4: DaySpec): DaySpec[] => [
      { notDone: ['알고리즘 과제 1', '논문 읽기'] },
      { notDone: ['알고리즘 과제 1', '논문 읽기'] },
      {},
      day4,
      {}
    ]
    return scenario(koreanLog(days({ notDone: ['알고리즘 과제 1', '논문 읽기'] })), async (server, run) => {
      // Sunday: week 1 (Day1–Day5) has ended.
      const SUNDAY = '2026-03-08'
      const before = await run({ today: SUNDAY, 'dry-run': 'true', summary: 'true' })
      expectSuccess(before)
      expect(before.outputs['carried-over']).toBe('2')
      // On Day4 the learner strikes one task through and marks the other (취소).
      server.pushFile(OWNER, REPO, 'README.md', koreanLog(days({ notDone: ['~~알고리즘 과제 1~~', '논문 읽기 (취소)'] })))
      const after = await run({ today: SUNDAY, summary: 'true' })
      expectSuccess(after)
      expect(after.outputs['carried-over']).toBe('0')
      const report = JSON.parse(await readFile(after.outputs.report!, 'utf8'))
      expect(
        report.carryOver.map((c: { text: string; dropped: boolean; resolvedIn: string }) => [c.text, c.dropped, c.resolvedIn])
      ).toEqual([
        ['알고리즘 과제 1', true, 'Day4'],
        ['논문 읽기', true, 'Day4']
      ])
      expect(after.summary).toContain('진행 중 0개 · 끝낸 것 0개 · 그만둔 것 2개')
      // The week's summary file says so too, and lists no open task.
      const week = server.readFile(OWNER, REPO, 'weekly/week-01.md')!
      expect(week).toContain('아직 진행 중 **0개** · 이번 주에 끝낸 것 **0개** · 그만둔 것 **2개**')
      expect(week).toMatch(/^\| 알고리즘 과제 1 \| \[Day1\]\([^)]*\) \| 4일째 \| \[Day4\]\([^)]*\)에 그만둠 \|$/m)
      expect(week).not.toContain('아직 진행 중 |')
    })
  })

  it.concurrent('a start date after today: one clear warning naming the date, and the log is still checked', () =>
    scenario(
      koreanLog(
        [{ heading: '## 2026-03-02' }, { heading: '## 2026-03-03', emptySections: ['learned'] }, { heading: '## 2026-03-04' }],
        '# TIL'
      ),
      async (server, run) => {
        const result = await run({ 'start-date': '2027-03-02', today: '2026-03-05', summary: 'true' })
        expectSuccess(result)
        const message =
          'start-date 2027-03-02가 오늘(2026-03-05)보다 뒤예요. 첫 기록의 날짜인 2026-03-02를 쓰려던 게 아닌지 확인해 주세요. 이번에는 달력 없이 적힌 기록만 확인했고, 고칠 때까지 주간 요약 파일은 쓰지 않아요.'
        expect(result.stdout.split('\n').filter((l) => l.startsWith(`::warning title=til-keeper::${message}`))).toHaveLength(1)
        expect(result.summary).toContain(`> ⚠️ **주의**: ${message}`)
        // Not "no problems": the empty section is found and reminded; no week file is written from a calendar that cannot be right.
        expect(open(server).map(keyOf)).toEqual(['day:2026-03-03'])
        expect(result.outputs['summary-files']).toBe('')
        expect(Object.keys(server.snapshot(OWNER, REPO))).toEqual(['README.md'])
        const report = JSON.parse(await readFile(result.outputs.report!, 'utf8'))
        expect(report.warnings).toEqual([
          { type: 'start-after-today', setting: 'start-date', expected: '2026-03-02', calendarIgnored: true, message }
        ])
      }
    )
  )

  it.concurrent('a person closing a reminder as completed, twice: reopened once with one comment, then left closed', () =>
    scenario(koreanLog([{}, { emptySections: ['learned'] }, {}]), async (server, run) => {
      expectSuccess(await run({ today: weekdayDate(3) }))
      const [issue] = server.issues(OWNER, REPO)
      expect(keyOf(issue!)).toBe('day:Day2')
      // The learner closes it with the plain "Close issue" button; the section is still empty.
      Object.assign(issue!, { state: 'closed', state_reason: 'completed' })
      const reopened = await run({ today: weekdayDate(3) })
      expectSuccess(reopened)
      expect(issue!.state).toBe('open')
      expect(reopened.outputs['issues-opened']).toBe('1')
      expect(reopened.outputs['issues-updated']).toBe('0')
      expect(botComments(issue!)).toHaveLength(1)
      expect(botComments(issue!)[0]!.body).toMatch(
        /^Day2에 아직 손볼 곳이 남아 있어서 이 알림을 다시 열었어요\. .*"Close as not planned"로 닫아 주세요\. 한 번 더 닫아도 다시 열지 않을게요\./
      )
      expect(reopened.summary).toContain(`다시 연 이슈: #${issue!.number} Day2: 빈 섹션 1개`)

      // Closed again by the person: it stays closed, and the bot says nothing more.
      Object.assign(issue!, { state: 'closed', state_reason: 'completed' })
      server.resetLog()
      const third = await run({ today: weekdayDate(3) })
      expectSuccess(third)
      expect(issue!.state).toBe('closed')
      expect(server.writes()).toEqual([])
      expect(botComments(issue!)).toHaveLength(1)
      expect(server.issues(OWNER, REPO)).toHaveLength(1)
    })
  )

  it.concurrent('the closing comment says what was fixed', () =>
    scenario(koreanLog([{}, { emptySections: ['learned'] }, { missing: true }]), async (server, run) => {
      expectSuccess(await run({ today: weekdayDate(3) }))
      server.pushFile(OWNER, REPO, 'README.md', koreanLog([{}, {}, {}]))
      const fixed = await run({ today: weekdayDate(3) })
      expectSuccess(fixed)
      expect(fixed.outputs['issues-closed']).toBe('2')
      const said = Object.fromEntries(server.issues(OWNER, REPO).map((i) => [keyOf(i), botComments(i).map((c) => c.body.split('\n')[0])]))
      expect(said).toEqual({
        'day:Day3': ['Day3 기록을 확인했어요. 이 알림은 닫을게요. 수고했어요! 🎉'],
        'day:Day2': ['Day2의 빈 섹션이 채워진 것을 확인했어요. 이 알림은 닫을게요. 수고했어요! 🎉']
      })
    })
  )

  it.concurrent('a cohort run (the log in another repository) writes no file annotations; the job summary carries them', () =>
    scenario(koreanLog([{ emptySections: ['learned'] }, { emptySections: ['reflection'] }, {}]), async (server, run) => {
      const result = await run({ today: weekdayDate(3), reminders: 'false' }, { GITHUB_REPOSITORY: 'study-group/cohort' })
      expectSuccess(result)
      expect(result.stdout).not.toMatch(/^::warning .*file=/m)
      expect(result.stdout).toMatch(
        /^::notice title=til-keeper::비어 있는 섹션 2개는 작업 요약에서 볼 수 있어요\. 다른 저장소의 기록이라 줄 표시는 달지 않았어요\.$/m
      )
      expect(result.summary).toContain('Day1의 "배운 점" 섹션이 비어 있어요.')
      expect(result.summary).toContain('Day2의 "소감" 섹션이 비어 있어요.')
    })
  )

  it.concurrent('more than 10 empty sections: the newest 10 annotated, one notice counts the rest', () =>
    scenario(koreanLog(Array.from({ length: 7 }, (): DaySpec => ({ emptySections: ['learned', 'reflection'] }))), async (_server, run) => {
      const result = await run({ today: weekdayDate(7), reminders: 'false' })
      expectSuccess(result)
      const warnings = result.stdout.split('\n').filter((l) => l.startsWith('::warning title=til-keeper,file=README.md,line='))
      expect(warnings).toHaveLength(10)
      // Newest day first: Day7's two sections, then Day6's … down to Day3.
      expect(warnings[0]).toMatch(/::Day7의 "배운 점" 섹션이 비어 있어요\.$/)
      expect(warnings[1]).toMatch(/::Day7의 "소감" 섹션이 비어 있어요\.$/)
      expect(warnings[9]).toMatch(/::Day3의 "소감" 섹션이 비어 있어요\.$/)
      expect(result.stdout).toMatch(/^::notice title=til-keeper::그 밖에 비어 있는 섹션 4개는 작업 요약에서 볼 수 있어요\.$/m)
      expect(result.outputs['empty-sections']).toBe('14')
    })
  )
})
