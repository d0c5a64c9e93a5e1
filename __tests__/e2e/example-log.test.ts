/**
 * The action end to end on the project's own example log (examples/til-ko.md), so
 * the whole path — inputs, reading through the API, reminders, the weekly commit,
 * outputs, job summary — is exercised even where ../shared is absent.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { REPO_ROOT } from '../helpers/action-metadata.js'
import { startGitHubServer, type FakeGitHub } from '../helpers/github-server.js'
import { runAction, type ActionResult } from '../helpers/run-action.js'

const OWNER = 'learner'
const REPO = 'til'
const EXAMPLE = readFileSync(join(REPO_ROOT, 'examples', 'til-ko.md'), 'utf8')
// The example's calendar: Day1 is Monday 2026-11-16; Day5 (Friday) has no entry. Week 1 ends on Sunday the 22nd.
const CALENDAR = { 'start-date': '2026-11-16', timezone: 'Asia/Seoul', holidays: 'kr' }

type Event = { eventName: string; event: object }

async function withServer(fn: (server: FakeGitHub, run: (today: string, event?: Event) => Promise<ActionResult>) => Promise<void>) {
  const server = await startGitHubServer()
  try {
    server.addRepo({ owner: OWNER, repo: REPO, files: { 'README.md': EXAMPLE } })
    const run = async (today: string, event?: Event) => {
      const result = await runAction({
        apiUrl: server.url,
        repository: `${OWNER}/${REPO}`,
        inputs: { ...CALENDAR, today },
        sha: server.headSha(OWNER, REPO),
        ...event
      })
      if (result.code !== 0) throw new Error(`action failed (${result.code}):\n${result.stdout}\n${result.stderr}`)
      return result
    }
    await fn(server, run)
  } finally {
    await server.close()
  }
}

test.concurrent('on the example log: reminders for the problems, a week file once the week ends, then silence', () =>
  withServer(async (server, run) => {
    // Friday: Day5 is due and missing; Day3 has an empty section; Day4 carries Day3's title.
    const friday = await run('2026-11-20')
    expect(friday.outputs['missing-days']).toBe('1')
    expect(friday.outputs['empty-sections']).toBe('1')
    const open = server.issues(OWNER, REPO).filter((i) => i.state === 'open')
    expect(open).toHaveLength(Number(friday.outputs['issues-opened']))
    expect(open.length).toBeGreaterThanOrEqual(1)
    expect(open.some((i) => i.title.includes('Day5'))).toBe(true)
    expect(open.every((i) => i.labels.includes('til-reminder'))).toBe(true)
    // The week has not ended: no summary file yet.
    expect(friday.outputs['summary-files']).toBe('')
    expect(server.commits(OWNER, REPO)).toHaveLength(1)
    expect(friday.summary).toContain('Day5')

    // Monday: week 1 is over, so its file is committed once, by the bot.
    const monday = await run('2026-11-23')
    expect(monday.outputs['summary-files']).toBe('weekly/week-01.md')
    const week = server.readFile(OWNER, REPO, 'weekly/week-01.md') ?? ''
    expect(week).toMatch(/^# 1주차/)
    expect(week).toContain('기본 과제 2')
    expect(monday.outputs['summary-commit']).toBe(server.headSha(OWNER, REPO))

    // Nothing changed since: a third run writes nothing.
    server.resetLog()
    const again = await run('2026-11-23')
    expect(server.writes()).toEqual([])
    expect(again.outputs['summary-commit']).toBe('')
    expect(server.unknownRoutes).toEqual([])
  })
)

/** `GET contents/README.md` for `GET /repos/learner/til/contents/README.md`; `GET repository` for the repository itself. */
const requestsOf = (server: FakeGitHub): string[] =>
  server.requests.map((r) => `${r.method} ${r.path.replace(`/repos/${OWNER}/${REPO}`, '').replace(/^\//, '') || 'repository'}`)

test.concurrent('a run in which nothing changed makes no write and few reads: 3 on a push, 4 on a schedule', () =>
  withServer(async (server, run) => {
    await run('2026-11-23') // the reminders and week 1's file
    const head = server.headSha(OWNER, REPO)
    const repository = { full_name: `${OWNER}/${REPO}`, name: REPO, default_branch: 'main', owner: { login: OWNER, type: 'User' } }

    // A push: the payload names the default branch, the owner and the pushed commit; the README is read once.
    server.resetLog()
    const push = await run('2026-11-23', {
      eventName: 'push',
      event: { ref: 'refs/heads/main', after: head, head_commit: { id: head, message: 'Day6' }, repository }
    })
    expect(push.outputs['summary-commit']).toBe('')
    expect(server.writes()).toEqual([])
    expect(requestsOf(server)).toEqual([
      'GET contents/README.md',
      'GET contents/weekly',
      'GET issues' // the reminders' label
    ])

    // A schedule: the head of the default branch comes from the API (the payload has no commit), the README still once.
    server.resetLog()
    await run('2026-11-23', { eventName: 'schedule', event: { schedule: '30 13 * * *', repository } })
    expect(server.writes()).toEqual([])
    expect(requestsOf(server)).toEqual(['GET git/ref/heads/main', 'GET contents/README.md', 'GET contents/weekly', 'GET issues'])

    // An older schedule payload ({ schedule } alone): the repository is asked for too.
    server.resetLog()
    await run('2026-11-23', { eventName: 'schedule', event: { schedule: '30 13 * * *' } })
    expect(server.writes()).toEqual([])
    expect(requestsOf(server)).toEqual([
      'GET repository',
      'GET git/ref/heads/main',
      'GET contents/README.md',
      'GET contents/weekly',
      'GET issues'
    ])
    expect(server.unknownRoutes).toEqual([])
  })
)

test.concurrent('a setting the workflow leaves out comes from the config file; one it gives wins', async () => {
  const server = await startGitHubServer()
  try {
    server.addRepo({ owner: OWNER, repo: REPO, files: { 'README.md': EXAMPLE, '.github/til-keeper.yml': 'workdays: daily\n' } })
    const run = (inputs: Record<string, string>) =>
      runAction({
        apiUrl: server.url,
        repository: `${OWNER}/${REPO}`,
        // As a runner sends them: every other input at its action.yml default.
        inputs: {
          'start-date': '2026-11-16',
          today: '2026-11-22',
          config: '.github/til-keeper.yml',
          reminders: 'false',
          summary: 'false',
          ...inputs
        }
      })
    // Daily: Friday, Saturday and Sunday are due and missing.
    const fromConfig = await run({})
    expect(fromConfig.code).toBe(0)
    expect(fromConfig.outputs['missing-days']).toBe('3')
    // The workflow's own value wins over the file: only Friday is missing.
    const fromWorkflow = await run({ workdays: 'mon-fri' })
    expect(fromWorkflow.code).toBe(0)
    expect(fromWorkflow.outputs['missing-days']).toBe('1')
  } finally {
    await server.close()
  }
})
