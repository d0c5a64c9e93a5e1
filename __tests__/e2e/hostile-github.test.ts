/**
 * GitHub's real limits and refusals, end to end against the fake GitHub: a log
 * over the contents API's 1 MB, a read that comes back short, repository rules
 * on the branch, a primary rate limit an hour away, a refused token, a token
 * that cannot write contents, a failing summary commit, and a stray date that
 * would make thousands of weekly files.
 *
 * Each case ends in one clear line or a bounded result, and never loses or
 * rewrites the learner's work; where a fault is injected, a second run ends in
 * the state one clean run gives.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { REPO_ROOT } from '../helpers/action-metadata.js'
import { startGitHubServer, type FakeGitHub } from '../helpers/github-server.js'
import { runAction, type ActionResult } from '../helpers/run-action.js'

const OWNER = 'learner'
const REPO = 'til'
const EXAMPLE = readFileSync(join(REPO_ROOT, 'examples', 'til-ko.md'), 'utf8')
// Day1 is Monday 2026-11-16; on Monday the 23rd week 1 has ended and Day5 (the 20th) and Day6 are missing.
const CALENDAR = { 'start-date': '2026-11-16', timezone: 'Asia/Seoul', holidays: 'kr', today: '2026-11-23' }
const WORKFLOW_REF = `${OWNER}/${REPO}/.github/workflows/til-keeper.yml@refs/heads/main`

/** The example log grown past 1 MB by a note at its end (as a long log, or one with inlined images, grows). */
const BIG = `${EXAMPLE}\n<!-- ${'오래된 메모 '.repeat(90_000)} -->\n`

type Run = (inputs?: Record<string, string>, options?: { token?: string; timeoutMs?: number }) => Promise<ActionResult>

async function scenario(
  files: Record<string, string>,
  fn: (server: FakeGitHub, run: Run) => Promise<void>,
  serverOptions: Parameters<typeof startGitHubServer>[0] = {}
): Promise<void> {
  const server = await startGitHubServer(serverOptions)
  try {
    server.addRepo({ owner: OWNER, repo: REPO, files })
    const run: Run = (inputs = {}, options = {}) =>
      runAction({
        apiUrl: server.url,
        repository: `${OWNER}/${REPO}`,
        inputs: { 'github-token': options.token ?? 'test-token', ...CALENDAR, ...inputs },
        sha: server.headSha(OWNER, REPO),
        env: { GITHUB_WORKFLOW_REF: WORKFLOW_REF },
        ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {})
      })
    await fn(server, run)
  } finally {
    await server.close()
  }
}

function expectSuccess(result: ActionResult): void {
  if (result.code !== 0) throw new Error(`action failed (${result.code}):\n${result.stdout}\n${result.stderr}`)
}

/** The `::error::` lines the runner shows as the step's errors. */
function errors(result: ActionResult): string[] {
  return result.stdout.split('\n').filter((l) => l.startsWith('::error::'))
}

/** Files on a branch and every issue with its comments; commit shas (in links) left out. */
function state(server: FakeGitHub, branch?: string) {
  const sha = /[0-9a-f]{40}/g
  const files = Object.fromEntries(
    Object.entries(server.snapshot(OWNER, REPO, branch)).map(([path, text]) => [path, text.replace(sha, '<sha>')])
  )
  const issues = server.issues(OWNER, REPO).map((i) => ({
    number: i.number,
    title: i.title,
    body: (i.body ?? '').replace(sha, '<sha>'),
    state: i.state,
    reason: i.state_reason,
    labels: i.labels,
    comments: i.comments.map((c) => c.body.replace(sha, '<sha>'))
  }))
  return { files, issues }
}

/** What one clean run on `files` leaves behind. */
async function cleanState(files: Record<string, string>, inputs: Record<string, string> = {}, branch?: string) {
  let result: ReturnType<typeof state> | null = null
  await scenario(files, async (server, run) => {
    expectSuccess(await run(inputs))
    result = state(server, branch)
  })
  return result!
}

describe('a log over 1 MB (the contents API then sends content "" with encoding "none")', () => {
  test.concurrent('is read in full: a push that grows the README past 1 MB closes nothing and rewrites nothing', () =>
    scenario({ 'README.md': EXAMPLE }, async (server, run) => {
      expectSuccess(await run())
      const before = state(server)
      expect(before.issues.filter((i) => i.state === 'open').length).toBeGreaterThan(0)
      expect(before.files['weekly/week-01.md']).toBeDefined()

      server.pushFile(OWNER, REPO, 'README.md', BIG)
      expect(Buffer.byteLength(BIG)).toBeGreaterThan(1024 * 1024)
      server.resetLog()
      const result = await run()
      expectSuccess(result)
      expect(server.writes()).toEqual([])
      expect(result.outputs['missing-days']).toBe('2')
      const after = state(server)
      expect(after.issues).toEqual(before.issues)
      expect(after.files['weekly/week-01.md']).toBe(before.files['weekly/week-01.md'])
    })
  )

  test.concurrent('a read that comes back short stops the run in one line and writes nothing; the next run is a clean one', async () => {
    const clean = await cleanState({ 'README.md': BIG })
    await scenario({ 'README.md': BIG }, async (server, run) => {
      // The blob API answers, but with none of the file.
      const fault = server.injectFault({
        method: 'GET',
        path: /\/git\/blobs\//,
        status: 200,
        body: { sha: '0'.repeat(40), size: 0, content: '', encoding: 'base64' },
        times: Infinity
      })
      const failed = await run()
      expect(failed.code).not.toBe(0)
      expect(errors(failed)).toEqual([expect.stringMatching(/GitHub sent 0 of the \d+ bytes of README\.md; til-keeper stopped/)])
      expect(server.writes()).toEqual([])
      fault.clear()
      expectSuccess(await run())
      expect(state(server)).toEqual(clean)
    })
  })

  test.concurrent('a log over 10 MB is refused in one line that gives both sizes, and nothing is written', () => {
    const huge = `${EXAMPLE}\n<!-- ${'x'.repeat(10.5 * 1024 * 1024)} -->\n`
    return scenario({ 'README.md': huge }, async (server, run) => {
      const result = await run()
      expect(result.code).not.toBe(0)
      expect(errors(result)).toEqual(['::error::README.md in learner/til is 10.5 MB; til-keeper reads files up to 10.0 MB'])
      expect(server.writes()).toEqual([])
    })
  })
})

describe('a repository rule on the default branch', () => {
  test.concurrent(
    'refuses the summary commit once, in one line naming the rule and the fix; the rest of the run goes on; once lifted, the next run is a clean one',
    async () => {
      const clean = await cleanState({ 'README.md': EXAMPLE })
      await scenario({ 'README.md': EXAMPLE }, async (server, run) => {
        const lift = server.protectBranch(OWNER, REPO, 'main')
        const result = await run()
        expect(result.code).not.toBe(0)
        expect(errors(result)).toEqual([
          expect.stringMatching(
            /^::error::summary: GitHub refused to commit the summary to main \(Repository rule violations found: Changes must be made through a pull request\.\)\. .*summary-branch/
          )
        ])
        expect(result.stdout).not.toMatch(/moved/)
        expect(server.requests.filter((r) => r.method === 'PATCH' && /\/git\/refs\//.test(r.path))).toHaveLength(1)
        // The rest of the run went on.
        expect(Number(result.outputs['issues-opened'])).toBeGreaterThan(0)
        expect(result.outputs['missing-days']).toBe('2')
        expect(result.outputs['summary-commit']).toBe('')
        expect(result.summary).toContain('주간 요약을 커밋하지 못했어요')
        expect(Object.keys(server.snapshot(OWNER, REPO))).toEqual(['README.md'])

        lift()
        expectSuccess(await run())
        expect(state(server)).toEqual(clean)
      })
    }
  )

  test.concurrent('summary-branch commits the summaries to their own branch, made from the default branch', () =>
    scenario({ 'README.md': EXAMPLE }, async (server, run) => {
      server.protectBranch(OWNER, REPO, 'main')
      const main = server.headSha(OWNER, REPO)
      const result = await run({ 'summary-branch': 'til-summaries', reminders: 'false' })
      expectSuccess(result)
      expect(server.headSha(OWNER, REPO)).toBe(main)
      const commits = server.commits(OWNER, REPO, 'til-summaries')
      expect(commits[1]!.sha).toBe(main)
      expect(commits[0]!.message).toContain('week-01')
      expect(result.outputs['summary-commit']).toBe(commits[0]!.sha)
      expect(server.readFile(OWNER, REPO, 'weekly/week-01.md', 'til-summaries')).toMatch(/^# 1주차/)
      // Read from there on the next run: nothing to write.
      server.resetLog()
      expectSuccess(await run({ 'summary-branch': 'til-summaries', reminders: 'false' }))
      expect(server.writes()).toEqual([])
    })
  )

  test.concurrent('summary-branch can come from the config file', () =>
    scenario({ 'README.md': EXAMPLE, '.github/til-keeper.yml': 'summary-branch: til-summaries\n' }, async (server, run) => {
      server.protectBranch(OWNER, REPO, 'main')
      expectSuccess(await run({ config: '.github/til-keeper.yml', reminders: 'false' }))
      expect(server.readFile(OWNER, REPO, 'weekly/week-01.md', 'til-summaries')).toMatch(/^# 1주차/)
    })
  )

  test.concurrent('summary-branch with summary-in-readme is refused in one line before anything is written', () =>
    scenario({ 'README.md': EXAMPLE }, async (server, run) => {
      const result = await run({ 'summary-branch': 'til-summaries', 'summary-in-readme': 'true' })
      expect(result.code).not.toBe(0)
      expect(errors(result)).toEqual([expect.stringMatching(/^::error::summary-in-readme: .*summary-branch.*turn one of them off$/)])
      expect(server.writes()).toEqual([])
    })
  )
})

describe('stops that say what to do', () => {
  test.concurrent('a primary rate limit an hour away: the run stops at once and says when to retry', () =>
    scenario({ 'README.md': EXAMPLE }, async (server, run) => {
      server.exhaustRateLimit(3600)
      const result = await run({}, { timeoutMs: 60_000 })
      expect(result.code).not.toBe(0)
      // The reset header is whole seconds, rounded up: a run that reaches the server within that second sees a
      // little over an hour left, which the message rounds up to 61 minutes.
      expect(errors(result)).toEqual([
        expect.stringMatching(
          /^::error::GitHub's API rate limit for this token is used up until \d\d:\d\d UTC \(in (59|60|61) minutes\); .*Run the workflow again/
        )
      ])
      expect(server.requests.length).toBeLessThanOrEqual(2)
    })
  )

  test.concurrent('a rate limit that starts mid-run stops it before any issue is touched; the next run is a clean one', async () => {
    const clean = await cleanState({ 'README.md': EXAMPLE })
    await scenario({ 'README.md': EXAMPLE }, async (server, run) => {
      const unhook = server.onRequest(() => server.exhaustRateLimit(3600), { method: 'POST', path: /\/git\/trees$/ })
      const failed = await run({}, { timeoutMs: 60_000 })
      unhook()
      expect(failed.code).not.toBe(0)
      expect(errors(failed)).toEqual([expect.stringMatching(/rate limit .* until \d\d:\d\d UTC/)])
      expect(server.issues(OWNER, REPO)).toEqual([])
      server.exhaustRateLimit(-1)
      expectSuccess(await run())
      expect(state(server)).toEqual(clean)
    })
  })

  test.concurrent('a refused token (401) is one line naming the github-token input and the workflow to fix', () =>
    scenario(
      { 'README.md': EXAMPLE },
      async (server, run) => {
        const result = await run({}, { token: 'ghp_expired' })
        expect(result.code).not.toBe(0)
        expect(errors(result)).toEqual([
          '::error::github-token: GitHub refused the token (401 Bad credentials); check the secret passed as github-token in .github/workflows/til-keeper.yml: the personal access token has expired, was revoked or was mistyped; make a new one and update the secret'
        ])
        // Only the runner's mask command carries the token; the runner hides it from the log.
        expect((result.stdout + result.stderr).split('\n').filter((l) => l.includes('ghp_expired'))).toEqual(['::add-mask::ghp_expired'])
        expect(server.requests).toHaveLength(1)
      },
      { validTokens: ['test-token'] }
    )
  )

  test.concurrent('a token that cannot write contents is stopped before any issue or label is written', () =>
    scenario({ 'README.md': EXAMPLE }, async (server, run) => {
      server.forbidIntegration({ method: 'POST', path: /\/git\// })
      server.forbidIntegration({ method: 'PATCH', path: /\/git\// })
      const result = await run()
      expect(result.code).not.toBe(0)
      expect(errors(result)).toEqual([expect.stringMatching(/the token lacks the "contents: write" permission/)])
      expect(server.issues(OWNER, REPO)).toEqual([])
      expect(server.labels(OWNER, REPO)).toEqual([])
      expect(server.writes().filter((w) => w.status < 400)).toEqual([])
    })
  )
})

describe('the summary side on its own', () => {
  test.concurrent(
    'a summary commit that keeps failing is a warning: reminders, outputs and the job summary are kept; the next run is a clean one',
    async () => {
      const clean = await cleanState({ 'README.md': EXAMPLE })
      await scenario({ 'README.md': EXAMPLE }, async (server, run) => {
        const fault = server.fault502({ method: 'POST', path: /\/git\/trees$/ }, Infinity)
        const failed = await run()
        fault.clear()
        expectSuccess(failed)
        expect(failed.stdout).toMatch(/::warning::summary: .*Server Error/)
        expect(failed.outputs['missing-days']).toBe('2')
        expect(failed.outputs['summary-files']).toBe('')
        expect(Number(failed.outputs['issues-opened'])).toBeGreaterThan(0)
        expect(failed.summary).toContain('주간 요약을 커밋하지 못했어요')
        expectSuccess(await run())
        expect(state(server)).toEqual(clean)
      })
    }
  )

  test.concurrent('a stray date decades back writes at most a year of weekly files, and says so in one line', () => {
    const days = ['2026-11-16', '2026-11-17', '2026-11-18'].map((d) => `## ${d}\n\n- [x] 배열 정리\n- [ ] 과제 ${d}\n`).join('\n')
    const log = `# TIL\n\n## 1971-01-04\n\n- 옛날 메모\n\n${days}`
    return scenario({ 'README.md': log }, async (server, run) => {
      const result = await run({ 'start-date': '', holidays: 'none', reminders: 'false' })
      expectSuccess(result)
      const files = result.outputs['summary-files']!.split(',')
      expect(files).toHaveLength(52)
      expect(files[files.length - 1]).toBe('weekly/2026-W47.md')
      expect(Object.keys(server.snapshot(OWNER, REPO)).filter((p) => p.startsWith('weekly/'))).toHaveLength(52)
      expect(result.stdout).toMatch(
        /::notice::summary: 2,9\d\d weeks have ended since the log's first date; til-keeper writes the newest 52 \(from 2025-W48\)/
      )
    })
  })
})
