/**
 * Weekly summary commits end to end, on the seed README with its calendar
 * (start 2026-09-21, Korean holidays, today 2026-10-14).
 */
import { startGitHubServer, type FakeGitHub } from '../helpers/github-server.js'
import { runAction, type ActionResult } from '../helpers/run-action.js'
import { DAY14, describeWithSeed, readSeed, SEED_CALENDAR } from '../helpers/seed.js'

const OWNER = 'learner'
const REPO = 'til'
const START = '<!-- til-keeper:summary:start -->'
const END = '<!-- til-keeper:summary:end -->'

type Run = (extra?: Record<string, string>, event?: { name: string; payload: object }) => Promise<ActionResult>

async function scenario(readme: string, fn: (server: FakeGitHub, run: Run) => Promise<void>): Promise<void> {
  const server = await startGitHubServer()
  try {
    server.addRepo({ owner: OWNER, repo: REPO, files: { 'README.md': readme } })
    const run: Run = (extra = {}, event) =>
      runAction({
        apiUrl: server.url,
        repository: `${OWNER}/${REPO}`,
        inputs: { 'github-token': 'test-token', repository: `${OWNER}/${REPO}`, reminders: 'false', ...SEED_CALENDAR, ...extra },
        sha: server.headSha(OWNER, REPO),
        ...(event ? { eventName: event.name, event: event.payload } : {})
      })
    await fn(server, run)
  } finally {
    await server.close()
  }
}

function expectSuccess(result: ActionResult): void {
  if (result.code !== 0) throw new Error(`action failed (${result.code}):\n${result.stdout}\n${result.stderr}`)
}

function weekRows(file: string, task: string): string[] {
  return file.split('\n').filter((line) => line.startsWith(`| ${task} |`))
}

describeWithSeed('weekly summary commits on the seed README', () => {
  it.concurrent('commits weeks 1–3 in one verified commit with the right carry-over rows', () =>
    scenario(readSeed(), async (server, run) => {
      const before = server.headSha(OWNER, REPO)
      const result = await run()
      expectSuccess(result)
      const commits = server.commits(OWNER, REPO)
      expect(commits[1]!.sha).toBe(before)
      const [commit] = commits
      expect(commit!.message).toMatch(/week-01.*week-02.*week-03/)
      expect(commit!.message).toContain('[skip ci]')
      expect(commit!.author.name).toBe('github-actions[bot]')
      expect(commit!.verification?.verified).toBe(true)
      expect(result.outputs['summary-commit']).toBe(commit!.sha)
      expect(result.outputs['summary-files']).toBe('weekly/week-01.md,weekly/week-02.md,weekly/week-03.md')

      const files = server.snapshot(OWNER, REPO)
      expect(
        Object.keys(files)
          .filter((p) => p.startsWith('weekly/'))
          .sort()
      ).toEqual(['weekly/week-01.md', 'weekly/week-02.md', 'weekly/week-03.md'])
      const week2 = files['weekly/week-02.md']!
      // 기본 과제 1: left undone on Day6, done on Day8. 기본 과제 2: still open at the end of week 2.
      const task1 = weekRows(week2, '기본 과제 1')
      expect(task1).toHaveLength(1)
      expect(task1[0]).toMatch(/\[Day6\]\(https:\/\/github\.com\/learner\/til\/blob\/main\/README\.md\?plain=1#L\d+\)/)
      expect(task1[0]).toMatch(/\[Day8\].*완료/)
      const task2 = weekRows(week2, '기본 과제 2')
      expect(task2).toHaveLength(1)
      // Written as a goal on Day7 (line 789) and carried from Day8: labelled with the day its link points into.
      expect(task2[0]).toMatch(/\[Day7\]\([^)]*#L789\)/)
      expect(task2[0]).toContain('아직 진행 중')
      expect(week2).toContain('```mermaid')
      // Week 1 had three due days: Chuseok (9/24–25) is a holiday.
      expect(files['weekly/week-01.md']).toMatch(/3일 중 3일/)
      expect(files['README.md']).toBe(readSeed())
    })
  )

  it.concurrent('makes no commit, and no write at all, on a second run', () =>
    scenario(readSeed(), async (server, run) => {
      expectSuccess(await run())
      const head = server.headSha(OWNER, REPO)
      server.resetLog()
      const second = await run()
      expectSuccess(second)
      expect(server.headSha(OWNER, REPO)).toBe(head)
      expect(server.writes()).toEqual([])
      expect(second.outputs['summary-commit']).toBe('')
      expect(second.outputs['summary-files']).toBe('')
    })
  )

  it.concurrent('reads again and retries when the branch moves between read and write', () =>
    scenario(readSeed(), async (server, run) => {
      server.injectFault({
        method: 'PATCH',
        path: /\/git\/refs\/heads\/main$/,
        status: 422,
        body: { message: 'Update is not a fast forward' },
        times: 1
      })
      const result = await run()
      expectSuccess(result)
      expect(server.requests.filter((r) => r.method === 'PATCH' && r.status === 422)).toHaveLength(1)
      expect(server.requests.filter((r) => r.method === 'PATCH' && r.status === 200)).toHaveLength(1)
      expect(Object.keys(server.snapshot(OWNER, REPO)).filter((p) => p.startsWith('weekly/'))).toHaveLength(3)
    })
  )

  it.concurrent('keeps a README edit the learner pushed between read and write', () =>
    scenario(
      readSeed().replace('# NAVER-BoostCamp-AI-Tech-TIL\n', `# NAVER-BoostCamp-AI-Tech-TIL\n\n${START}\n${END}\n`),
      async (server, run) => {
        let pushed = false
        server.onRequest(
          () => {
            if (pushed) return
            pushed = true
            server.pushFile(OWNER, REPO, 'README.md', server.readFile(OWNER, REPO, 'README.md')! + DAY14, 'Add Day14')
          },
          { method: 'POST', path: /\/git\/trees$/ }
        )
        const result = await run({ 'summary-in-readme': 'true' })
        expectSuccess(result)
        const readme = server.readFile(OWNER, REPO, 'README.md')!
        expect(readme).toContain('<summary>Day14 Review</summary>')
        // The block was rebuilt from the learner's newer README: tasks last listed on Day14.
        expect(readme.slice(readme.indexOf(START), readme.indexOf(END))).toContain('">Day14</a></td></tr>')
        // Outside the markers, the README is the learner's, byte for byte.
        const outside = (text: string) => text.slice(0, text.indexOf(START)) + text.slice(text.indexOf(END))
        const learner = server.commits(OWNER, REPO).find((c) => c.message === 'Add Day14')!
        expect(outside(readme)).toBe(outside(server.readFile(OWNER, REPO, 'README.md', learner.sha)!))
        expect(server.commits(OWNER, REPO)[0]!.parents).toEqual([learner.sha])
      }
    )
  )

  it.concurrent('makes no commit on the push of its own summary commit', () =>
    scenario(readSeed(), async (server, run) => {
      const result = await run(
        {},
        {
          name: 'push',
          payload: {
            ref: 'refs/heads/main',
            head_commit: { message: 'til-keeper: weekly summary for week-01 [skip ci]', author: { name: 'github-actions[bot]' } }
          }
        }
      )
      expectSuccess(result)
      expect(server.writes()).toEqual([])
      expect(result.summary).toContain('til-keeper가 만든 요약 커밋')
    })
  )

  it.concurrent('shows the files it would write in a dry run, and writes nothing', () =>
    scenario(readSeed(), async (server, run) => {
      const result = await run({ 'dry-run': 'true' })
      expectSuccess(result)
      expect(server.writes()).toEqual([])
      expect(result.summary).toContain('weekly/week-02.md')
      expect(result.summary).toContain('기본 과제 2')
      expect(result.outputs['summary-commit']).toBe('')
    })
  )
})
