import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { promisify } from 'node:util'
import { Octokit } from '@octokit/rest'
import { startGitHubServer, type FakeGitHub } from '../helpers/github-server.js'
import { parseOutputFile, removeRunnerDirs, runAction } from '../helpers/run-action.js'

const OWNER = 'learner'
const REPO = 'til'
const README = '# TIL\n\n## Day1\n\n- learned closures\n'

let server: FakeGitHub
let octokit: Octokit

beforeEach(async () => {
  server = await startGitHubServer()
  server.addRepo({ owner: OWNER, repo: REPO, files: { 'README.md': README, 'notes/js/closures.md': 'closures\n' } })
  octokit = new Octokit({ auth: 'test-token', baseUrl: server.url, log: silent })
})

afterEach(async () => {
  await server.close()
  await Promise.all(tempDirs.splice(0).map((d) => rm(d, { recursive: true, force: true })))
  await removeRunnerDirs()
})

const silent = { debug() {}, info() {}, warn() {}, error() {} }
const tempDirs: string[] = []

async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix))
  tempDirs.push(dir)
  return dir
}

const repo = { owner: OWNER, repo: REPO }
const blobSha = (s: string) =>
  createHash('sha1')
    .update(`blob ${Buffer.byteLength(s)}\0${s}`)
    .digest('hex')

/** What real git computes as the root tree for these files. */
async function gitWriteTree(files: Record<string, string>): Promise<string> {
  const dir = await tempDir('fake-gh-git-')
  const git = (...args: string[]) => promisify(execFile)('git', args, { cwd: dir })
  await git('init', '-q')
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true })
    await writeFile(join(dir, path), content)
  }
  await git('add', '-A')
  return (await git('write-tree')).stdout.trim()
}

describe('repository and contents', () => {
  test('GET repo answers like GitHub, and unknown repos 404', async () => {
    const { data } = await octokit.repos.get(repo)
    expect(data).toMatchObject({
      name: REPO,
      full_name: `${OWNER}/${REPO}`,
      default_branch: 'main',
      owner: { login: OWNER, type: 'User' },
      private: false
    })
    await expect(octokit.repos.get({ owner: OWNER, repo: 'nope' })).rejects.toMatchObject({ status: 404 })
  })

  test('file content round-trips through base64, wrapped at 60 characters, with a git blob sha', async () => {
    const long = `${'한국어 and ASCII '.repeat(20)}\n`
    server.pushFile(OWNER, REPO, 'README.md', long)

    const { data } = await octokit.repos.getContent({ ...repo, path: 'README.md' })
    if (Array.isArray(data) || data.type !== 'file') throw new Error('expected a file')
    expect(data.encoding).toBe('base64')
    const lines = data.content.split('\n')
    expect(lines.slice(0, -2).every((l) => l.length === 60)).toBe(true)
    expect(Buffer.from(data.content, 'base64').toString('utf8')).toBe(long)
    expect(data.sha).toBe(blobSha(long))
    expect(data.size).toBe(Buffer.byteLength(long))
  })

  test('ref selects an older commit; directories list entries; absent paths 404', async () => {
    const first = server.headSha(OWNER, REPO)
    server.pushFile(OWNER, REPO, 'README.md', '# changed\n')

    const old = await octokit.repos.getContent({ ...repo, path: 'README.md', ref: first })
    if (Array.isArray(old.data) || old.data.type !== 'file') throw new Error('expected a file')
    expect(Buffer.from(old.data.content, 'base64').toString()).toBe(README)

    const dir = await octokit.repos.getContent({ ...repo, path: 'notes' })
    expect(Array.isArray(dir.data) && dir.data.map((e) => [e.type, e.path])).toEqual([['dir', 'notes/js']])

    await expect(octokit.repos.getContent({ ...repo, path: 'missing.md' })).rejects.toMatchObject({ status: 404 })
    expect(server.unknownRoutes).toEqual([])
  })

  test('tree SHAs are the ones real git computes (including its sort order: "notes.md" before "notes/")', async () => {
    server.pushFile(OWNER, REPO, 'notes.md', 'index\n')
    const { data } = await octokit.git.getCommit({ ...repo, commit_sha: server.headSha(OWNER, REPO) })
    expect(data.tree.sha).toBe(await gitWriteTree(server.snapshot(OWNER, REPO)))
    expect(Object.keys(server.snapshot(OWNER, REPO))).toEqual(['README.md', 'notes.md', 'notes/js/closures.md'])
  })

  test('PUT contents creates, then updates only with the current blob sha (409 otherwise)', async () => {
    const created = await octokit.repos.createOrUpdateFileContents({
      ...repo,
      path: 'weekly/week-01.md',
      message: 'Add week 1',
      content: Buffer.from('week one\n').toString('base64')
    })
    expect(created.status).toBe(201)
    expect(created.data.content?.sha).toBe(blobSha('week one\n'))
    expect(server.readFile(OWNER, REPO, 'weekly/week-01.md')).toBe('week one\n')

    const [latest] = server.commits(OWNER, REPO)
    expect(latest).toMatchObject({ sha: created.data.commit.sha, message: 'Add week 1', verification: { verified: true } })
    expect(latest?.author.name).toBe('github-actions[bot]')
    expect(latest?.committer.name).toBe('github-actions[bot]')

    const stale = { ...repo, path: 'README.md', message: 'x', content: Buffer.from('y').toString('base64'), sha: blobSha('something else') }
    await expect(octokit.repos.createOrUpdateFileContents(stale)).rejects.toMatchObject({ status: 409 })
    await expect(octokit.repos.createOrUpdateFileContents({ ...stale, sha: undefined })).rejects.toMatchObject({ status: 422 })

    const updated = await octokit.repos.createOrUpdateFileContents({ ...stale, sha: blobSha(README) })
    expect(updated.status).toBe(200)
    expect(server.readFile(OWNER, REPO, 'README.md')).toBe('y')
    expect(server.commits(OWNER, REPO)).toHaveLength(3)
  })
})

describe("GitHub's limits and refusals", () => {
  test('over 1 MB the contents API sends no content (encoding "none"); the blob API and the raw type send it all', async () => {
    const big = `${'## Day 1\n\n- 배열 정리\n'.repeat(60_000)}`
    expect(Buffer.byteLength(big)).toBeGreaterThan(1024 * 1024)
    server.pushFile(OWNER, REPO, 'README.md', big)
    const { data } = await octokit.repos.getContent({ ...repo, path: 'README.md' })
    if (Array.isArray(data) || data.type !== 'file') throw new Error('expected a file')
    expect(data).toMatchObject({ encoding: 'none', content: '', size: Buffer.byteLength(big), sha: blobSha(big) })
    const blob = await octokit.git.getBlob({ ...repo, file_sha: data.sha })
    expect(Buffer.from(blob.data.content, 'base64').toString('utf8')).toBe(big)
    const raw = await octokit.repos.getContent({ ...repo, path: 'README.md', mediaType: { format: 'raw' } })
    expect(String(raw.data)).toBe(big)
  })

  test('a repository rule refuses ref updates and file writes on its branch until it is lifted', async () => {
    const lift = server.protectBranch(OWNER, REPO, 'main')
    const head = server.headSha(OWNER, REPO)
    const { data: commit } = await octokit.git.getCommit({ ...repo, commit_sha: head })
    const next = await octokit.git.createCommit({ ...repo, message: 'x', tree: commit.tree.sha, parents: [head] })
    await expect(octokit.git.updateRef({ ...repo, ref: 'heads/main', sha: next.data.sha })).rejects.toMatchObject({
      status: 422,
      message: expect.stringMatching(/^Repository rule violations found/)
    })
    await expect(octokit.repos.createOrUpdateFileContents({ ...repo, path: 'x.md', message: 'x', content: 'eA==' })).rejects.toMatchObject({
      status: 422
    })
    // Another branch is free.
    await expect(octokit.git.createRef({ ...repo, ref: 'refs/heads/til-summaries', sha: next.data.sha })).resolves.toMatchObject({
      status: 201
    })
    lift()
    await expect(octokit.git.updateRef({ ...repo, ref: 'heads/main', sha: next.data.sha })).resolves.toMatchObject({ status: 200 })
  })

  test('a used-up primary rate limit answers 403 with remaining 0 and the reset, until the reset', async () => {
    server.exhaustRateLimit(1)
    const err = await octokit.repos.get(repo).catch((e: unknown) => e)
    expect(err).toMatchObject({ status: 403, response: { headers: { 'x-ratelimit-remaining': '0' } } })
    const reset = Number((err as { response: { headers: Record<string, string> } }).response.headers['x-ratelimit-reset'])
    expect(reset * 1000).toBeGreaterThan(Date.now())
    await new Promise((r) => setTimeout(r, 1100))
    await expect(octokit.repos.get(repo)).resolves.toMatchObject({ status: 200 })
  })
})

describe('git data', () => {
  test('commit two nested files on top of base_tree, move the ref, and reject a stale second update', async () => {
    const { data: ref } = await octokit.git.getRef({ ...repo, ref: 'heads/main' })
    const head = ref.object.sha
    const { data: headCommit } = await octokit.git.getCommit({ ...repo, commit_sha: head })

    const blob = await octokit.git.createBlob({ ...repo, content: Buffer.from('week 1\n').toString('base64'), encoding: 'base64' })
    expect(blob.data.sha).toBe(blobSha('week 1\n'))
    const tree = await octokit.git.createTree({
      ...repo,
      base_tree: headCommit.tree.sha,
      tree: [
        { path: 'weekly/week-01.md', mode: '100644', type: 'blob', sha: blob.data.sha },
        { path: 'weekly/week-02.md', mode: '100644', type: 'blob', content: 'week 2\n' }
      ]
    })
    const commit = await octokit.git.createCommit({ ...repo, message: 'Weekly summaries', tree: tree.data.sha, parents: [head] })
    await octokit.git.updateRef({ ...repo, ref: 'heads/main', sha: commit.data.sha })

    expect(server.headSha(OWNER, REPO)).toBe(commit.data.sha)
    expect(server.snapshot(OWNER, REPO)).toEqual({
      'README.md': README,
      'notes/js/closures.md': 'closures\n',
      'weekly/week-01.md': 'week 1\n',
      'weekly/week-02.md': 'week 2\n'
    })
    expect(tree.data.sha).toBe(await gitWriteTree(server.snapshot(OWNER, REPO)))

    const listed = await octokit.git.getTree({ ...repo, tree_sha: tree.data.sha, recursive: '1' })
    expect(listed.data.tree.map((e) => `${e.type} ${e.path}`)).toEqual([
      'blob README.md',
      'tree notes',
      'tree notes/js',
      'blob notes/js/closures.md',
      'tree weekly',
      'blob weekly/week-01.md',
      'blob weekly/week-02.md'
    ])

    // A second writer that read the old head: its commit does not descend from the new head.
    const stale = await octokit.git.createCommit({ ...repo, message: 'stale', tree: headCommit.tree.sha, parents: [head] })
    await expect(octokit.git.updateRef({ ...repo, ref: 'heads/main', sha: stale.data.sha })).rejects.toMatchObject({
      status: 422,
      response: { data: { message: 'Update is not a fast forward' } }
    })
    expect(server.headSha(OWNER, REPO)).toBe(commit.data.sha)
  })

  test('sha: null in a tree entry deletes the file, and empty folders disappear', async () => {
    const head = server.commits(OWNER, REPO)[0]!
    const tree = await octokit.git.createTree({
      ...repo,
      base_tree: head.tree,
      tree: [{ path: 'notes/js/closures.md', mode: '100644', type: 'blob', sha: null }]
    })
    const listed = await octokit.git.getTree({ ...repo, tree_sha: tree.data.sha, recursive: '1' })
    expect(listed.data.tree.map((e) => e.path)).toEqual(['README.md'])
  })

  test('GET commits/{ref} names the changed files', async () => {
    const sha = server.pushFiles(OWNER, REPO, { 'README.md': '# new\n', 'notes/js/closures.md': null, 'b.md': 'b' }, 'learner edit')
    const { data } = await octokit.repos.getCommit({ ...repo, ref: 'main' })
    expect(data.sha).toBe(sha)
    expect(data.commit.message).toBe('learner edit')
    expect(data.author?.login).toBe(OWNER)
    expect(data.files?.map((f) => `${f.status} ${f.filename}`).sort()).toEqual([
      'added b.md',
      'modified README.md',
      'removed notes/js/closures.md'
    ])
  })
})

describe('issues, comments and labels', () => {
  test('create with a new label, filter by label and state, close', async () => {
    const created = await octokit.issues.create({
      ...repo,
      title: 'Day 3 is empty',
      body: 'fill it in',
      labels: ['til-reminder'],
      assignees: [OWNER]
    })
    expect(created.status).toBe(201)
    expect(created.data).toMatchObject({
      number: 1,
      state: 'open',
      user: { login: 'github-actions[bot]', type: 'Bot' },
      assignees: [{ login: OWNER }]
    })
    expect(created.data.pull_request).toBeUndefined()
    expect(server.labels(OWNER, REPO).map((l) => l.name)).toEqual(['til-reminder'])

    await octokit.issues.create({ ...repo, title: 'unrelated' })
    const filtered = await octokit.issues.listForRepo({ ...repo, labels: 'til-reminder' })
    expect(filtered.data.map((i) => i.title)).toEqual(['Day 3 is empty'])

    await octokit.issues.update({ ...repo, issue_number: 1, state: 'closed', state_reason: 'not_planned' })
    expect((await octokit.issues.listForRepo({ ...repo, labels: 'til-reminder' })).data).toEqual([])
    const closed = await octokit.issues.listForRepo({ ...repo, state: 'closed' })
    expect(closed.data.map((i) => [i.number, i.state_reason])).toEqual([[1, 'not_planned']])
    expect(server.issues(OWNER, REPO)[0]).toMatchObject({ state: 'closed', state_reason: 'not_planned', labels: ['til-reminder'] })
  })

  test('octokit.paginate walks more than 100 issues, newest first', async () => {
    for (let i = 1; i <= 130; i++) server.addIssue(OWNER, REPO, { title: `issue ${i}`, user: i % 2 ? OWNER : 'github-actions[bot]' })

    const first = await octokit.issues.listForRepo({ ...repo, per_page: 100 })
    expect(first.headers.link).toMatch(/page=2>; rel="next"/)
    expect(first.headers.link).toMatch(/page=2>; rel="last"/)

    const all = await octokit.paginate(octokit.issues.listForRepo, { ...repo, per_page: 100 })
    expect(all).toHaveLength(130)
    expect(all[0]?.number).toBe(130)
    expect(all[129]?.number).toBe(1)

    const asc = await octokit.paginate(octokit.issues.listForRepo, {
      ...repo,
      per_page: 50,
      sort: 'created',
      direction: 'asc',
      creator: OWNER
    })
    expect(asc.map((i) => i.number)).toEqual(Array.from({ length: 65 }, (_, k) => 2 * k + 1))
  })

  test('comments are stored, listed and counted', async () => {
    const issue = server.addIssue(OWNER, REPO, { title: 'reminder' })
    await octokit.issues.createComment({ ...repo, issue_number: issue.number, body: 'still missing' })
    await octokit.issues.createComment({ ...repo, issue_number: issue.number, body: 'second' })

    const { data } = await octokit.issues.listComments({ ...repo, issue_number: issue.number })
    expect(data.map((c) => [c.body, c.user?.login])).toEqual([
      ['still missing', 'github-actions[bot]'],
      ['second', 'github-actions[bot]']
    ])
    expect((await octokit.issues.get({ ...repo, issue_number: issue.number })).data.comments).toBe(2)
    expect(server.issues(OWNER, REPO)[0]?.comments.map((c) => c.body)).toEqual(['still missing', 'second'])
    await expect(octokit.issues.createComment({ ...repo, issue_number: 99, body: 'x' })).rejects.toMatchObject({ status: 404 })
  })

  test('GitHub’s limits: titles over 256 and bodies or comments over 65,536 characters get 422', async () => {
    const status = (p: Promise<unknown>) => p.then(() => 200).catch((e: { status: number }) => e.status)
    expect(await status(octokit.issues.create({ ...repo, title: 'x'.repeat(257) }))).toBe(422)
    expect(await status(octokit.issues.create({ ...repo, title: 'ok', body: '가'.repeat(65537) }))).toBe(422)
    const { data } = await octokit.issues.create({ ...repo, title: '가'.repeat(256), body: '가'.repeat(65536) })
    expect(await status(octokit.issues.update({ ...repo, issue_number: data.number, body: 'x'.repeat(65537) }))).toBe(422)
    expect(await status(octokit.issues.createComment({ ...repo, issue_number: data.number, body: 'x'.repeat(65537) }))).toBe(422)
    await octokit.issues.update({ ...repo, issue_number: data.number, body: 'fine' }).catch(() => null)
    expect(server.issues(OWNER, REPO)[0]!.body).toBe('fine')
  })

  test('a locked issue refuses the bot’s comment with 403, and can still be closed', async () => {
    const issue = server.addIssue(OWNER, REPO, { title: 'locked', locked: true })
    await expect(octokit.issues.createComment({ ...repo, issue_number: issue.number, body: 'hi' })).rejects.toMatchObject({
      status: 403,
      message: expect.stringMatching(/locked/)
    })
    await octokit.issues.update({ ...repo, issue_number: issue.number, state: 'closed', state_reason: 'completed' })
    expect(issue).toMatchObject({ state: 'closed', comments: [] })
    expect((await octokit.issues.get({ ...repo, issue_number: issue.number })).data.locked).toBe(true)
  })

  test('a deleted issue answers 410, a transferred one 301 (then 404), and lists leave both out', async () => {
    const gone = server.addIssue(OWNER, REPO, { title: 'gone', labels: ['til-reminder'] })
    const moved = server.addIssue(OWNER, REPO, { title: 'moved', labels: ['til-reminder'] })
    server.addIssue(OWNER, REPO, { title: 'kept', labels: ['til-reminder'] })
    server.deleteIssue(OWNER, REPO, gone.number)
    server.transferIssue(OWNER, REPO, moved.number, `${OWNER}/elsewhere`)
    await expect(octokit.issues.get({ ...repo, issue_number: gone.number })).rejects.toMatchObject({ status: 410 })
    await expect(octokit.issues.createComment({ ...repo, issue_number: gone.number, body: 'x' })).rejects.toMatchObject({ status: 410 })
    await expect(octokit.issues.update({ ...repo, issue_number: moved.number, state: 'closed' })).rejects.toMatchObject({
      status: expect.any(Number)
    })
    expect(server.requests.filter((r) => r.path === `/repos/${OWNER}/${REPO}/issues/${moved.number}`).map((r) => r.status)).toContain(301)
    const listed = await octokit.issues.listForRepo({ ...repo, labels: 'til-reminder', state: 'all' })
    expect(listed.data.map((i) => i.title)).toEqual(['kept'])
  })

  test('issues turned off answer 410 on list and create, and can be turned on again', async () => {
    server.setHasIssues(OWNER, REPO, false)
    await expect(octokit.issues.listForRepo({ ...repo })).rejects.toMatchObject({ status: 410 })
    await expect(octokit.issues.create({ ...repo, title: 'x' })).rejects.toMatchObject({ status: 410 })
    expect((await octokit.repos.get(repo)).data.has_issues).toBe(false)
    server.setHasIssues(OWNER, REPO, true)
    expect((await octokit.issues.listForRepo({ ...repo })).status).toBe(200)
  })

  test('label: 404, then create, then 422 already_exists', async () => {
    await expect(octokit.issues.getLabel({ ...repo, name: 'til reminder' })).rejects.toMatchObject({ status: 404 })
    const created = await octokit.issues.createLabel({ ...repo, name: 'til reminder', color: 'fbca04', description: 'missing TIL' })
    expect(created.status).toBe(201)
    expect((await octokit.issues.getLabel({ ...repo, name: 'til reminder' })).data).toMatchObject({ name: 'til reminder', color: 'fbca04' })
    await expect(octokit.issues.createLabel({ ...repo, name: 'TIL Reminder' })).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: [{ code: 'already_exists' }] } }
    })
  })
})

describe('faults, hooks and the request log', () => {
  test('an injected 502 answers once, then the endpoint is normal again', async () => {
    const fault = server.fault502({ method: 'GET', path: /\/issues$/ })
    await expect(octokit.issues.listForRepo(repo)).rejects.toMatchObject({ status: 502 })
    await expect(octokit.issues.listForRepo(repo)).resolves.toMatchObject({ status: 200 })
    expect(fault.hits).toBe(1)
    expect(server.requests.map((r) => r.status)).toEqual([502, 200])
  })

  test('secondary rate limit carries retry-after; forbidIntegration lasts until cleared', async () => {
    server.secondaryRateLimit({ method: 'POST', path: `/repos/${OWNER}/${REPO}/issues` })
    const err = await octokit.issues.create({ ...repo, title: 't' }).catch((e: unknown) => e)
    expect(err).toMatchObject({ status: 403, response: { headers: { 'retry-after': '1' } } })
    expect(String((err as Error).message)).toMatch(/secondary rate limit/)

    const forbid = server.forbidIntegration({ method: 'POST' })
    for (let i = 0; i < 3; i++) {
      await expect(octokit.issues.create({ ...repo, title: 't' })).rejects.toMatchObject({
        status: 403,
        message: expect.stringMatching(/not accessible by integration/)
      })
    }
    forbid.clear()
    await expect(octokit.issues.create({ ...repo, title: 't' })).resolves.toMatchObject({ status: 201 })
  })

  test('onRequest lets a learner push between the action read and write', async () => {
    const { data } = await octokit.repos.getContent({ ...repo, path: 'README.md' })
    const readSha = (data as { sha: string }).sha
    server.onRequest(() => void server.pushFile(OWNER, REPO, 'README.md', `${README}\n## Day2\n`), { method: 'PUT' })

    await expect(
      octokit.repos.createOrUpdateFileContents({ ...repo, path: 'README.md', message: 'fix', content: 'eA==', sha: readSha })
    ).rejects.toMatchObject({ status: 409 })
    expect(server.readFile(OWNER, REPO, 'README.md')).toContain('## Day2')
  })

  test('requests are logged with decoded paths, bodies and the token; writes() keeps the writes', async () => {
    await octokit.issues.listForRepo({ ...repo, state: 'all' })
    await octokit.issues.create({ ...repo, title: 'hello' })
    await octokit.repos.getContent({ ...repo, path: 'notes/js/closures.md' })

    expect(server.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      `GET /repos/${OWNER}/${REPO}/issues 200`,
      `POST /repos/${OWNER}/${REPO}/issues 201`,
      `GET /repos/${OWNER}/${REPO}/contents/notes/js/closures.md 200`
    ])
    expect(server.requests[0]?.query).toEqual({ state: 'all' })
    expect(server.requests.every((r) => r.token === 'test-token')).toBe(true)
    expect(server.writes()).toHaveLength(1)
    expect(server.writes()[0]?.body).toEqual({ title: 'hello' })

    server.resetLog()
    expect(server.requests).toEqual([])
  })

  test('unknown routes 404 and are recorded; requests without a token get 401', async () => {
    await expect(octokit.request('GET /repos/{owner}/{repo}/bogus', repo)).rejects.toMatchObject({ status: 404 })
    expect(server.unknownRoutes).toEqual([{ method: 'GET', path: `/repos/${OWNER}/${REPO}/bogus` }])

    const anonymous = await fetch(`${server.url}/repos/${OWNER}/${REPO}`)
    expect(anonymous.status).toBe(401)
    const res = await fetch(`${server.url}/rate_limit`, { headers: { authorization: 'Bearer abc' } })
    expect(res.status).toBe(200)
    expect(Number(res.headers.get('x-ratelimit-remaining'))).toBeGreaterThan(100)
    expect(await res.text()).not.toContain('abc')
  })

  test('latencyMs delays every answer', async () => {
    server.latencyMs = 150
    const start = Date.now()
    await Promise.all([octokit.repos.get(repo), octokit.repos.get(repo)])
    // A lower bound only: an upper one would time the machine, not the server (it failed under load).
    expect(Date.now() - start).toBeGreaterThanOrEqual(140)
  })
})

describe('run-action helper', () => {
  test('parseOutputFile reads delimiter blocks and plain lines', () => {
    const text = ['missing<<ghadelimiter_1', 'Day3', '', 'Day5', 'ghadelimiter_1', 'count=2', 'eq=a=b', ''].join('\n')
    expect(parseOutputFile(text)).toEqual({ missing: 'Day3\n\nDay5', count: '2', eq: 'a=b' })
    expect(parseOutputFile('x<<EOF\r\none\r\nEOF\r\n')).toEqual({ x: 'one' })
    expect(() => parseOutputFile('x<<EOF\nno end\n')).toThrow(/Matching delimiter not found 'EOF'/)
  })

  test('runs a script with the runner environment and collects outputs and summary', async () => {
    const dir = await tempDir('fake-action-')
    const entry = join(dir, 'index.mjs')
    await writeFile(
      entry,
      `import { appendFileSync, readFileSync } from 'node:fs'
const env = process.env
const res = await fetch(env.GITHUB_API_URL + '/repos/' + env.GITHUB_REPOSITORY, { headers: { authorization: 'token ' + env['INPUT_GITHUB-TOKEN'] } })
const repo = await res.json()
const leaked = Object.keys(env).filter((k) => k === 'NODE_OPTIONS' || k === 'HTTP_PROXY' || k === 'FAKE_GH_LEAK')
appendFileSync(env.GITHUB_OUTPUT, 'branch<<EOF_1\\n' + repo.default_branch + '\\nEOF_1\\n')
appendFileSync(env.GITHUB_OUTPUT, 'leaked=' + leaked.join(',') + '\\n')
appendFileSync(env.GITHUB_OUTPUT, 'readme=' + env['INPUT_README_PATH'] + '\\n')
appendFileSync(env.GITHUB_OUTPUT, 'event=' + JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')).schedule + ' ' + env.GITHUB_EVENT_NAME + '\\n')
appendFileSync(env.GITHUB_STEP_SUMMARY, '## done\\n')
console.error('bye')
process.exit(3)
`
    )
    process.env.FAKE_GH_LEAK = '1'
    try {
      const result = await runAction({
        apiUrl: server.url,
        repository: `${OWNER}/${REPO}`,
        inputs: { 'github-token': 'tok', 'readme path': 'README.md' },
        eventName: 'schedule',
        event: { schedule: '0 0 * * *' },
        entry
      })
      expect(result.code).toBe(3)
      expect(result.stderr).toContain('bye')
      expect(result.outputs).toEqual({ branch: 'main', leaked: '', readme: 'README.md', event: '0 0 * * * schedule' })
      expect(result.summary).toBe('## done\n')
      expect(server.requests.map((r) => [r.path, r.token])).toEqual([[`/repos/${OWNER}/${REPO}`, 'tok']])
      expect(JSON.parse(await readFile(join(result.tempDir, 'event.json'), 'utf8'))).toEqual({ schedule: '0 0 * * *' })
    } finally {
      delete process.env.FAKE_GH_LEAK
    }
  })

  test('a hanging action is killed after timeoutMs and the error shows its stderr', async () => {
    const dir = await tempDir('fake-action-')
    const entry = join(dir, 'hang.mjs')
    await writeFile(entry, `console.error('waiting forever'); setInterval(() => {}, 1000)\n`)
    await expect(runAction({ apiUrl: server.url, repository: `${OWNER}/${REPO}`, inputs: {}, entry, timeoutMs: 500 })).rejects.toThrow(
      /did not finish within 500 ms[\s\S]*waiting forever/
    )
  })
})
