/**
 * The action end to end: `node dist/index.js` run as the runner runs it, against
 * a stateful fake of the GitHub REST API on 127.0.0.1, on the seed README.
 */
import { readFile } from 'node:fs/promises'
import { readMarker } from '../../src/reminders/marker.js'
import { startGitHubServer, type FakeGitHub, type StoredIssue } from '../helpers/github-server.js'
import { runAction, type ActionResult } from '../helpers/run-action.js'
import { DAY14, describeWithSeed, readSeed, SEED_CALENDAR } from '../helpers/seed.js'

const OWNER = 'learner'
const REPO = 'til'

function inputs(extra: Record<string, string> = {}): Record<string, string> {
  return { 'github-token': 'test-token', repository: `${OWNER}/${REPO}`, path: 'README.md', summary: 'false', ...SEED_CALENDAR, ...extra }
}

function openIssues(server: FakeGitHub): StoredIssue[] {
  return server.issues(OWNER, REPO).filter((i) => i.state === 'open')
}

function markerKey(issue: StoredIssue): string | null {
  return readMarker(issue.body ?? '')?.key ?? null
}

function expectSuccess(result: ActionResult): void {
  if (result.code !== 0) throw new Error(`action failed (${result.code}):\n${result.stdout}\n${result.stderr}`)
}

type Run = (extra?: Record<string, string>) => Promise<ActionResult>

/**
 * Each scenario gets its own fake GitHub, so scenarios run concurrently: the
 * throttling plugin spaces writes a second apart, as GitHub asks, and most of a
 * run is spent waiting.
 */
async function scenario(fn: (server: FakeGitHub, run: Run) => Promise<void>): Promise<void> {
  const server = await startGitHubServer()
  try {
    server.addRepo({ owner: OWNER, repo: REPO, files: { 'README.md': readSeed() } })
    const run: Run = (extra = {}) =>
      runAction({ apiUrl: server.url, repository: `${OWNER}/${REPO}`, inputs: inputs(extra), sha: server.headSha(OWNER, REPO) })
    await fn(server, run)
  } finally {
    await server.close()
  }
}

describeWithSeed('reminder issues on the seed README', () => {
  it.concurrent('opens one issue per recent day with problems, one for the missing week review, and one for older gaps', () =>
    scenario(async (server, run) => {
      const result = await run()
      expectSuccess(result)
      const issues = openIssues(server)
      expect(issues.map(markerKey).sort()).toEqual(['day:Day10', 'day:Day11', 'day:Day12', 'day:Day13', 'day:Day14', 'older', 'week:WEEK3'])
      for (const issue of issues) {
        expect(issue.labels).toEqual(['til-reminder'])
        expect(issue.assignees).toEqual([OWNER])
        expect(issue.user.login).toBe('github-actions[bot]')
        expect(issue.title).toMatch(/^(Day\d+: |3주차\(10\/5~10\/11\) 회고가 아직 없어요$|지난 기록 점검$)/)
      }
      // Day5 is more than 7 study days old: it is a line in the older-gaps checklist, not an issue of its own.
      const older = issues.find((i) => markerKey(i) === 'older')!
      expect(older.body).toMatch(/^- \[ \] \*\*Day5\*\* — Day5에 적힌 내용이 없어요/m)
      // Newest first: today's missing day was opened before anything older.
      expect(server.issues(OWNER, REPO).map(markerKey)[0]).toBe('day:Day14')
      const sha = server.headSha(OWNER, REPO)
      const day13 = issues.find((i) => markerKey(i) === 'day:Day13')!
      expect(day13.title.startsWith('Day13')).toBe(true)
      // The seed's Day13 holds `DAY 12 소감` at line 1074; its learned section (line 1057) is empty.
      expect(day13.body).toContain(`https://github.com/${OWNER}/${REPO}/blob/${sha}/README.md?plain=1#L1074`)
      expect(day13.body).toContain('?plain=1#L1057')
      expect(day13.body).toMatch(/비어 있어요/)
      const day14 = issues.find((i) => markerKey(i) === 'day:Day14')!
      expect(day14.title).toContain('2026-10-14')
      expect(server.labels(OWNER, REPO).map((l) => l.name)).toContain('til-reminder')
      expect(result.outputs['issues-opened']).toBe('7')
      expect(result.outputs['missing-days']).toBe('1')
      expect(result.outputs['missing-week-reviews']).toBe('1')
      // 26 carry-over records; 기본 과제 1 (Day8), Day 8/Day 9 정리 (Day10), optimization (Day12) and 과제 5 (Day13) were done.
      expect(result.outputs['carried-over']).toBe('22')
      expect(Number(result.outputs['empty-sections'])).toBeGreaterThanOrEqual(9)
      // The job summary: due days and their state, findings, carried-over tasks, what the bot did.
      expect(result.summary).toMatch(/\| Day14 \| 2026-10-14 \| ❌ 기록 없음 \|/)
      expect(result.summary).toMatch(/\| Day5 \| 2026-09-29 \| ⚠️ 비어 있음 \|/)
      expect(result.summary).toContain('L1074')
      expect(result.summary).toContain('진행 중 22개 · 끝낸 것 4개')
      expect(result.summary.match(/^\| .* \| Day\d+ \| \d+일째 \|$/gm)).toHaveLength(10)
      expect(result.summary.match(/^- 새 이슈: #\d+/gm)).toHaveLength(7)
      expect(result.stdout).toMatch(
        /::warning title=til-keeper,file=README\.md,line=1057::Day13의 "자세히 짚고 넘어갈 학습 내용" 섹션이 비어 있어요/
      )
      const report = JSON.parse(await readFile(result.outputs.report!, 'utf8'))
      expect(report.findings.map((f: { type: string }) => f.type)).toContain('label-mismatch')
      expect(server.unknownRoutes).toEqual([])
    })
  )

  it.concurrent('writes nothing on a second run when nothing changed', () =>
    scenario(async (server, run) => {
      expectSuccess(await run())
      server.pushFile(OWNER, REPO, 'NOTES.md', 'unrelated change that moves the head commit\n')
      server.resetLog()
      const second = await run()
      expectSuccess(second)
      expect(server.writes()).toEqual([])
      expect(second.outputs['issues-opened']).toBe('0')
      expect(second.outputs['issues-updated']).toBe('0')
    })
  )

  it.concurrent('closes the missing-day issue, with one comment, once the README gains the entry', () =>
    scenario(async (server, run) => {
      expectSuccess(await run())
      server.pushFile(OWNER, REPO, 'README.md', readSeed() + DAY14, 'Add Day14')
      const result = await run()
      expectSuccess(result)
      const day14 = server.issues(OWNER, REPO).find((i) => markerKey(i) === 'day:Day14')!
      expect(day14.state).toBe('closed')
      expect(day14.state_reason).toBe('completed')
      expect(day14.comments).toHaveLength(1)
      expect(result.outputs['issues-closed']).toBe('1')
      expect(openIssues(server)).toHaveLength(6)
      // A third run has nothing left to say about Day14.
      server.resetLog()
      expectSuccess(await run())
      expect(server.writes()).toEqual([])
      expect(day14.comments).toHaveLength(1)
    })
  )

  it.concurrent('edits the issue in place when a day’s problems change', () =>
    scenario(async (server, run) => {
      expectSuccess(await run())
      const before = server.issues(OWNER, REPO).length
      // Fill Day10's empty learned section (line 931–934 in the seed): one of its two problems goes away.
      const lines = readSeed().split('\n')
      lines.splice(932, 0, '- 배치 정규화가 학습을 안정시키는 이유를 정리했다.')
      server.pushFile(OWNER, REPO, 'README.md', lines.join('\n'))
      const result = await run()
      expectSuccess(result)
      expect(server.issues(OWNER, REPO)).toHaveLength(before)
      const day10 = server.issues(OWNER, REPO).find((i) => markerKey(i) === 'day:Day10')!
      expect(day10.state).toBe('open')
      expect(day10.title).toMatch(/빈 섹션 1개/)
      expect(Number(result.outputs['issues-updated'])).toBeGreaterThanOrEqual(1)
    })
  )

  it.concurrent('writes nothing in a dry run, and says what it would do', () =>
    scenario(async (server, run) => {
      const result = await run({ 'dry-run': 'true' })
      expectSuccess(result)
      expect(server.writes()).toEqual([])
      expect(server.issues(OWNER, REPO)).toEqual([])
      expect(result.summary).toMatch(/dry run/)
      expect(result.summary).toContain('Day13')
      // Outputs report what would be done.
      expect(result.outputs['issues-opened']).toBe('7')
    })
  )

  it.concurrent('retries a 502 answer and still opens the issues', () =>
    scenario(async (server, run) => {
      server.fault502({ method: 'POST', path: /\/issues$/ }, 1)
      const result = await run()
      expectSuccess(result)
      expect(openIssues(server)).toHaveLength(7)
      expect(server.requests.filter((r) => r.status === 502)).toHaveLength(1)
    })
  )

  it.concurrent('waits out a secondary rate limit and goes on', () =>
    scenario(async (server, run) => {
      server.secondaryRateLimit({ method: 'POST', path: /\/issues$/ }, 1)
      const result = await run()
      expectSuccess(result)
      expect(openIssues(server)).toHaveLength(7)
      expect(server.requests.filter((r) => r.status === 403)).toHaveLength(1)
    })
  )

  it.concurrent('fails with a message naming the missing permission', () =>
    scenario(async (server, run) => {
      server.forbidIntegration({ method: 'POST', path: /\/issues$/ })
      const result = await run()
      expect(result.code).not.toBe(0)
      expect(result.stdout).toMatch(/::error::.*issues: write/)
      // The token appears only in the runner's add-mask command, which hides it from the log.
      expect(
        result.stdout
          .split('\n')
          .filter((l) => !l.startsWith('::add-mask::'))
          .join('\n')
      ).not.toContain('test-token')
    })
  )

  it.concurrent('names contents: write when a summary commit is refused', () =>
    scenario(async (server, run) => {
      server.forbidIntegration({ method: 'POST', path: /\/git\/trees$/ })
      const result = await run({ summary: 'true', reminders: 'false' })
      expect(result.code).not.toBe(0)
      expect(result.stdout).toMatch(/::error::.*contents: write/)
    })
  )

  it.concurrent('says which repository it cannot reach', () =>
    scenario(async (server, run) => {
      const result = await run({ repository: `${OWNER}/not-there` })
      expect(result.code).not.toBe(0)
      expect(result.stdout).toMatch(/::error::repository: learner\/not-there was not found, or the token cannot reach it/)
      expect(server.writes()).toEqual([])
    })
  )

  it.concurrent('fails on a bad input with one line naming it', () =>
    scenario(async (server, run) => {
      const result = await run({ 'reminder-mode': 'weekly' })
      expect(result.code).not.toBe(0)
      const errors = result.stdout.split('\n').filter((l) => l.startsWith('::error::'))
      expect(errors).toHaveLength(1)
      expect(errors[0]).toMatch(/reminder-mode: "weekly".*per-day or digest/)
      expect(server.writes()).toEqual([])
    })
  )

  it.concurrent('leaves one open issue per problem when two runs race', () =>
    scenario(async (server, run) => {
      server.latencyMs = 30
      const [a, b] = await Promise.all([run(), run()])
      expectSuccess(a)
      expectSuccess(b)
      const keys = openIssues(server).map(markerKey)
      expect(keys.sort()).toEqual([...new Set(keys)].sort())
      expect(keys).toHaveLength(7)
      for (const closed of server.issues(OWNER, REPO).filter((i) => i.state === 'closed')) {
        expect(closed.state_reason).toBe('duplicate')
        expect(closed.comments).toHaveLength(1)
      }
    })
  )

  it.concurrent('keeps every problem in one checklist issue in digest mode', () =>
    scenario(async (server, run) => {
      expectSuccess(await run({ 'reminder-mode': 'digest' }))
      const issues = openIssues(server)
      expect(issues).toHaveLength(1)
      expect(markerKey(issues[0]!)).toBe('digest')
      expect(issues[0]!.body!.match(/^- \[ \]/gm)!.length).toBeGreaterThanOrEqual(7)
    })
  )

  it.concurrent('opens no more than max-issues, the newest first, and names the rest in the job summary', () =>
    scenario(async (server, run) => {
      const result = await run({ 'max-issues': '2' })
      expectSuccess(result)
      expect(openIssues(server).map(markerKey)).toEqual(['day:Day14', 'day:Day13'])
      expect(result.outputs['issues-opened']).toBe('2')
      expect(result.summary).toContain('max-issues 때문에 다음 실행으로 미룬 알림 5개 (최근 것부터 열어요):')
      for (const title of [
        'Day12: 빈 섹션 1개',
        '3주차(10/5~10/11) 회고가 아직 없어요',
        'Day11: 빈 섹션 1개',
        'Day10: 빈 섹션 2개',
        '지난 기록 점검'
      ])
        expect(result.summary).toContain(`  - ${title}`)
    })
  )
})
