/**
 * The reminder lifecycle under GitHub's real behaviour (issue #12), end to end:
 * labels that would break a marker, an upgrade from the old marker, locked,
 * deleted and transferred issues, issues turned off, a close that fails after
 * its comment, a learner's own title and notes, and GitHub's size limits.
 * After each fault, two runs end where one clean run ends: no duplicate issue
 * or comment, and nothing of the learner's changed.
 */
import { readMarker } from '../../src/reminders/marker.js'
import { startGitHubServer, type FakeGitHub, type StoredIssue } from '../helpers/github-server.js'
import { runAction, type ActionResult } from '../helpers/run-action.js'
import { koreanLog, WEEKDAY_CALENDAR, weekdayDate, type DaySpec } from '../helpers/study-log.js'

const OWNER = 'learner'
const REPO = 'til'
/** Sunday after Day5: week 1 has ended, so every run also writes the weekly summary. */
const SUNDAY = '2026-03-08'

const keyOf = (issue: StoredIssue) => readMarker(issue.body ?? '')?.key ?? null
const botComments = (issue: StoredIssue) => issue.comments.filter((c) => c.user.login === 'github-actions[bot]')
const byKey = (server: FakeGitHub, key: string) => server.issues(OWNER, REPO).find((i) => keyOf(i) === key)!
const warnings = (result: ActionResult) => result.stdout.split('\n').filter((l) => l.startsWith('::warning'))

/** What a learner sees of the reminders still in the repository, sorted, without the commit in links. */
function issueState(server: FakeGitHub) {
  return server
    .issues(OWNER, REPO)
    .filter((i) => !i.deleted && i.transferredTo === null)
    .map((i) => ({
      key: keyOf(i),
      state: i.state,
      reason: i.state_reason,
      title: i.title,
      comments: botComments(i).map((c) => c.body.split('\n')[0])
    }))
    .sort((a, b) => String(a.key).localeCompare(String(b.key)))
}

const weeklyFiles = (server: FakeGitHub) => Object.entries(server.snapshot(OWNER, REPO)).filter(([path]) => path.startsWith('weekly/'))

function expectSuccess(result: ActionResult): void {
  if (result.code !== 0) throw new Error(`action failed (${result.code}):\n${result.stdout}\n${result.stderr}`)
}

type Run = (inputs?: Record<string, string>) => Promise<ActionResult>

async function scenario(log: string, fn: (server: FakeGitHub, run: Run) => Promise<void>): Promise<void> {
  const server = await startGitHubServer()
  try {
    server.addRepo({ owner: OWNER, repo: REPO, files: { 'README.md': log } })
    const run: Run = (inputs = {}) =>
      runAction({
        apiUrl: server.url,
        repository: `${OWNER}/${REPO}`,
        sha: server.headSha(OWNER, REPO),
        inputs: {
          'github-token': 'test-token',
          repository: `${OWNER}/${REPO}`,
          summary: 'true',
          today: SUNDAY,
          ...WEEKDAY_CALENDAR,
          ...inputs
        }
      })
    await fn(server, run)
  } finally {
    await server.close()
  }
}

/** Day2 has an empty section, Day3 is missing; after the fix every day is written. */
const BROKEN = koreanLog([{}, { emptySections: ['learned'] }, { missing: true }, {}, {}])
const FIXED = koreanLog([{}, {}, {}, {}, {}])

/** The first run opens Day2's and Day3's reminders; then the learner fixes both. */
async function openThenFix(server: FakeGitHub, run: Run): Promise<void> {
  expectSuccess(await run())
  expect(server.issues(OWNER, REPO).map(keyOf)).toEqual(['day:Day3', 'day:Day2'])
  server.pushFile(OWNER, REPO, 'README.md', FIXED, 'Fill Day2, add Day3')
}

/** The same start on a second fake GitHub, then one clean run: what the faulted one must end as. */
async function cleanEnd(): Promise<{ issues: ReturnType<typeof issueState>; weekly: Array<[string, string]> }> {
  let end: { issues: ReturnType<typeof issueState>; weekly: Array<[string, string]> } | null = null
  await scenario(BROKEN, async (server, run) => {
    await openThenFix(server, run)
    expectSuccess(await run())
    end = { issues: issueState(server), weekly: weeklyFiles(server) }
  })
  return end!
}

describe('reminders under GitHub’s real behaviour', () => {
  it.concurrent('labels holding ", -->, <b>, % or any Unicode keep one issue each, run after run', () => {
    const days: DaySpec[] = [
      { heading: '## 3월 2일 "첫날" -->', emptySections: ['learned'] },
      { heading: '## 3월 3일 😀 日本語 <b>굵게</b>', emptySections: ['reflection'] },
      { heading: "## 3월 4일 %41 & 'x'", emptySections: ['learned'] }
    ]
    return scenario(koreanLog(days, '# TIL'), async (server, run) => {
      expectSuccess(await run({ summary: 'false', today: weekdayDate(3) }))
      expect(server.issues(OWNER, REPO).map(keyOf)).toEqual([
        "day:3월 4일 %41 & 'x'",
        'day:3월 3일 😀 日本語 굵게',
        'day:3월 2일 "첫날" -->'
      ])
      // The raw label never stands inside the hidden marker, so nothing in it can end the comment.
      for (const issue of server.issues(OWNER, REPO)) {
        const marker = issue.body!.split('\n')[0]!
        expect(marker).toMatch(/^<!-- til-keeper:reminder:start [^>]* -->$/)
        expect(marker).not.toMatch(/첫날|😀|%41 /)
      }
      server.resetLog()
      expectSuccess(await run({ summary: 'false', today: weekdayDate(3) }))
      expect(server.writes()).toEqual([])
      expect(server.issues(OWNER, REPO)).toHaveLength(3)
    })
  })

  it.concurrent('an issue with the old marker is found after an upgrade: rewritten in place, no duplicate', () =>
    scenario(BROKEN, async (server, run) => {
      const old = server.addIssue(OWNER, REPO, {
        title: 'Day2: 빈 섹션 1개',
        body: '<!-- til-keeper:reminder key="day:Day2" state="0123456789abcdef" -->\n### Day2 기록에 손볼 곳이 있어요\n(old text)\n',
        labels: ['til-reminder'],
        user: 'github-actions[bot]'
      })
      const first = await run()
      expectSuccess(first)
      expect(server.issues(OWNER, REPO).filter((i) => keyOf(i) === 'day:Day2')).toEqual([old])
      expect(old.body).toMatch(/^<!-- til-keeper:reminder:start k="day%3ADay2" /)
      expect(old.body).toContain('<!-- til-keeper:reminder:end -->')
      expect(old.body).not.toContain('(old text)')
      expect(first.outputs['issues-opened']).toBe('1') // Day3's
      expect(first.outputs['issues-updated']).toBe('1')
      server.resetLog()
      expectSuccess(await run())
      expect(server.writes()).toEqual([])
    })
  )

  it.concurrent('a close that fails after its comment: the rerun closes without saying it again', async () => {
    const clean = await cleanEnd()
    await scenario(BROKEN, async (server, run) => {
      await openThenFix(server, run)
      const day2 = byKey(server, 'day:Day2')
      // 500 on every try of the close (the client retries a 5xx three times).
      server.injectFault({ method: 'PATCH', path: `/repos/${OWNER}/${REPO}/issues/${day2.number}`, status: 500, times: 4 })
      const failed = await run()
      expectSuccess(failed)
      expect(day2.state).toBe('open')
      expect(botComments(day2)).toHaveLength(1)
      expect(warnings(failed)).toEqual([expect.stringMatching(new RegExp(`알림 이슈 #${day2.number}[을를] 닫는 데 실패했어요`))])
      expect(failed.outputs['issues-closed']).toBe('1')
      expect(failed.outputs['summary-commit']).not.toBe('')
      const rerun = await run()
      expectSuccess(rerun)
      expect(rerun.outputs['issues-closed']).toBe('1')
      expect(issueState(server)).toEqual(clean.issues)
      expect(botComments(day2)).toHaveLength(1)
      expect(weeklyFiles(server)).toEqual(clean.weekly)
    })
  })

  it.concurrent('a locked issue refuses the closing comment: one warning, and the issue still closes', () =>
    scenario(BROKEN, async (server, run) => {
      await openThenFix(server, run)
      const day2 = byKey(server, 'day:Day2')
      server.lockIssue(OWNER, REPO, day2.number)
      const result = await run()
      expectSuccess(result)
      expect(day2).toMatchObject({ state: 'closed', state_reason: 'completed', comments: [] })
      expect(warnings(result)).toEqual([
        expect.stringContaining(`알림 이슈 #${day2.number}에 댓글을 다는 데 실패했어요: 이슈가 잠겨 있어요. 나머지 작업은 계속했어요.`)
      ])
      expect(result.outputs['issues-closed']).toBe('2')
      expect(botComments(byKey(server, 'day:Day3'))).toHaveLength(1)
      server.resetLog()
      expectSuccess(await run())
      expect(server.writes()).toEqual([])
    })
  )

  it.concurrent.each([
    ['deleted', (server: FakeGitHub, n: number) => server.deleteIssue(OWNER, REPO, n), '이슈가 삭제되었어요'],
    [
      'transferred',
      (server: FakeGitHub, n: number) => server.transferIssue(OWNER, REPO, n, `${OWNER}/elsewhere`),
      '이슈를 찾을 수 없어요. 삭제되었거나 다른 저장소로 옮겨졌을 수 있어요'
    ]
  ])('an issue %s mid-run is one warning; the other reminder and the weekly summary still happen', async (_, gone, why) => {
    const clean = await cleanEnd()
    await scenario(BROKEN, async (server, run) => {
      await openThenFix(server, run)
      const day2 = byKey(server, 'day:Day2')
      // After the run listed it, before it writes to it.
      const stop = server.onRequest(
        () => {
          gone(server, day2.number)
          stop()
        },
        { method: 'GET', path: `/repos/${OWNER}/${REPO}/issues/${day2.number}` }
      )
      const result = await run()
      expectSuccess(result)
      expect(warnings(result)).toEqual([expect.stringMatching(new RegExp(`알림 이슈 #${day2.number}[을를] 읽는 데 실패했어요: ${why}\\.`))])
      expect(result.outputs['issues-closed']).toBe('1')
      expect(result.summary).toContain(why)
      server.resetLog()
      expectSuccess(await run())
      expect(server.writes()).toEqual([])
      // Everything else ends as one clean run ends.
      expect(issueState(server)).toEqual(clean.issues.filter((i) => i.key !== 'day:Day2'))
      expect(weeklyFiles(server)).toEqual(clean.weekly)
    })
  })

  it.concurrent('issues turned off: reminders skipped with one warning naming the setting, the summary still committed', async () => {
    let cleanWeekly: Array<[string, string]> = []
    await scenario(BROKEN, async (server, run) => {
      expectSuccess(await run({ reminders: 'false' }))
      cleanWeekly = weeklyFiles(server)
    })
    await scenario(BROKEN, async (server, run) => {
      server.setHasIssues(OWNER, REPO, false)
      const first = await run()
      expectSuccess(first)
      const setting =
        'learner/til 저장소에서 이슈 기능이 꺼져 있어서 알림 이슈는 건너뛰었어요. 알림을 받으려면 저장소의 Settings → General → Features에서 Issues를 켜 주세요.'
      expect(warnings(first).filter((w) => !w.includes('file=README.md'))).toEqual([`::warning title=til-keeper::${setting}`])
      expect(first.outputs['summary-commit']).not.toBe('')
      expect(first.outputs['issues-opened']).toBe('0')
      expect(first.summary).toContain('저장소에서 이슈 기능이 꺼져 있어서 알림 이슈는 건너뛰었어요')
      expect(weeklyFiles(server)).toEqual(cleanWeekly)
      server.resetLog()
      const second = await run()
      expectSuccess(second)
      expect(server.writes()).toEqual([])
      expect(warnings(second).filter((w) => w.includes('Settings → General'))).toHaveLength(1)
    })
  })

  it.concurrent('the learner’s title and notes stand: an update rewrites only the bot’s part', () =>
    scenario(koreanLog([{}, { emptySections: ['learned', 'reflection'] }, {}]), async (server, run) => {
      expectSuccess(await run({ summary: 'false', today: weekdayDate(3) }))
      const day2 = byKey(server, 'day:Day2')
      expect(day2.title).toBe('Day2: 빈 섹션 2개')
      // The learner renames the reminder and writes a note under it.
      day2.title = '주말에 Day2 채우기'
      day2.body = `${day2.body}\n\n메모: 토요일에 강의 노트 보고 정리할 것 @friend`
      // …and fills one of the two sections: the problem changes.
      server.pushFile(OWNER, REPO, 'README.md', koreanLog([{}, { emptySections: ['learned'] }, {}]))
      const result = await run({ summary: 'false', today: weekdayDate(3) })
      expectSuccess(result)
      expect(result.outputs['issues-updated']).toBe('1')
      const patch = server.requests.filter((r) => r.method === 'PATCH' && r.path.endsWith(`/issues/${day2.number}`))
      expect(patch.map((r) => Object.keys(r.body).sort())).toEqual([['body']])
      expect(day2.title).toBe('주말에 Day2 채우기')
      expect(day2.body!.endsWith('\n\n메모: 토요일에 강의 노트 보고 정리할 것 @friend')).toBe(true)
      expect(day2.body).toContain('"배운 점" 섹션이 비어 있어요')
      expect(day2.body).not.toContain('"소감" 섹션이 비어 있어요')
      server.resetLog()
      expectSuccess(await run({ summary: 'false', today: weekdayDate(3) }))
      expect(server.writes()).toEqual([])
    })
  )

  it.concurrent('a title over 256 characters is cut to fit, with an ellipsis', () =>
    scenario(
      koreanLog([{ heading: `## 3월 2일 ${'아주 긴 제목 '.repeat(60)}`, emptySections: ['learned'] }], '# TIL'),
      async (server, run) => {
        expectSuccess(await run({ summary: 'false', today: weekdayDate(1) }))
        const [issue] = server.issues(OWNER, REPO)
        expect(Array.from(issue!.title).length).toBe(256)
        expect(issue!.title.endsWith('…')).toBe(true)
        server.resetLog()
        expectSuccess(await run({ summary: 'false', today: weekdayDate(1) }))
        expect(server.writes()).toEqual([])
      }
    )
  )

  it.concurrent('an older-gaps checklist over 65,536 characters is cut to fit, counting the rest and pointing to the job summary', () => {
    const days = Array.from({ length: 400 }, (): DaySpec => ({ emptySections: ['learned', 'reflection'] }))
    return scenario(koreanLog(days), async (server, run) => {
      const today = weekdayDate(400)
      const first = await run({ summary: 'false', today, 'remind-days': '1' })
      expectSuccess(first)
      expect(server.issues(OWNER, REPO).map(keyOf)).toEqual(['day:Day400', 'older'])
      const older = byKey(server, 'older')
      expect(older.body!.length).toBeLessThanOrEqual(65536)
      const listed = older.body!.match(/^- \[ \] /gm)!.length
      expect(listed).toBeGreaterThan(100)
      expect(older.body).toContain(`그 밖에 ${798 - listed}개가 더 있어요. 전체 목록은 이번 실행의 작업 요약에서 볼 수 있어요.`)
      expect(older.body).toContain('<!-- til-keeper:reminder:end -->')
      server.resetLog()
      expectSuccess(await run({ summary: 'false', today, 'remind-days': '1' }))
      expect(server.writes()).toEqual([])
    })
  })
})
