/**
 * A log with writing but no day entry the engine can read is a set-up error, never
 * "all good": the action fails the step with one line before it opens, edits or
 * closes any issue (an open reminder stays open and uncommented), and the job
 * summary says how the log was read. With `entry-pattern` the same log is read.
 */
import { startGitHubServer, type FakeGitHub } from '../helpers/github-server.js'
import { runAction, type ActionResult } from '../helpers/run-action.js'

const OWNER = 'learner'
const REPO = 'til'
const JOURNAL = '# Journal\n\n' + Array.from({ length: 6 }, (_, i) => `TIL #${i + 1} — notes\n\nWorked on part ${i + 1}.\n`).join('\n')

async function withServer(fn: (server: FakeGitHub, run: (extra?: Record<string, string>) => Promise<ActionResult>) => Promise<void>) {
  const server = await startGitHubServer()
  try {
    server.addRepo({ owner: OWNER, repo: REPO, files: { 'README.md': JOURNAL } })
    const run = (extra: Record<string, string> = {}) =>
      runAction({
        apiUrl: server.url,
        repository: `${OWNER}/${REPO}`,
        inputs: { 'start-date': '2026-11-16', today: '2026-11-20', summary: 'false', ...extra },
        sha: server.headSha(OWNER, REPO)
      })
    await fn(server, run)
  } finally {
    await server.close()
  }
}

test.concurrent('no readable entries: the step fails before any issue is touched; the job summary explains', () =>
  withServer(async (server, run) => {
    const reminder = server.addIssue(OWNER, REPO, {
      title: 'Day3: has no entry yet',
      body: '<!-- til-keeper:reminder key="day:Day3" -->',
      labels: ['til-reminder'],
      user: 'github-actions[bot]'
    })
    server.resetLog()
    const result = await run()
    expect(result.code).not.toBe(0)
    expect(`${result.stdout}\n${result.stderr}`).toContain(
      'no day entries found in README.md; the job summary shows how it was read; describe your day labels with the entry-pattern input'
    )
    expect(server.writes()).toEqual([])
    expect(reminder.state).toBe('open')
    expect(reminder.comments).toEqual([])
    expect(result.summary).toContain('<summary>How README.md was read</summary>')
    expect(result.summary).toContain('No line was read as a day.')
  })
)

test.concurrent('the same log with entry-pattern: read, checked, reminded', () =>
  withServer(async (_, run) => {
    const result = await run({ 'entry-pattern': '^TIL #(?<day>\\d+)' })
    if (result.code !== 0) throw new Error(`action failed (${result.code}):\n${result.stdout}\n${result.stderr}`)
    // Days 1–6 are written; the calendar has only five due days by Friday the 20th: nothing is missing.
    expect(result.outputs['missing-days']).toBe('0')
    expect(result.summary).toContain('6 days from date lines shaped entry-pattern')
  })
)
