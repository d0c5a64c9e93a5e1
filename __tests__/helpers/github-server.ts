/**
 * A stateful stand-in for the parts of the GitHub REST API that til-keeper uses.
 *
 * It listens on 127.0.0.1 and keeps real state: each repository has a git object
 * store (blobs, trees, commits with real SHA-1s), refs, issues, comments and labels.
 * Tests seed that state directly (`addRepo`, `pushFile`, `addIssue`), run the action
 * against `url`, then inspect the state and the request log.
 *
 * Faults: `injectFault` answers the next matching request(s) with a canned error.
 * Hooks: `onRequest` runs before a matching request is handled (e.g. to push a
 * learner's commit between the action's read and its write).
 */
import { createHash } from 'node:crypto'
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

// ---------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------

export interface ServerOptions {
  /** Delay every answer by this many milliseconds (makes concurrent runs interleave). */
  latencyMs?: number
  /** Login of the user behind any token not listed in `tokenUsers`. */
  botLogin?: string
  /** Tokens that act as a named user instead of the bot, e.g. `{ 'learner-pat': 'alice' }`. */
  tokenUsers?: Record<string, string>
  /** When set, any other token gets 401 "Bad credentials". */
  validTokens?: string[]
  /** Clock for created_at/updated_at and commit dates. */
  now?: () => Date
}

export interface AddRepoOptions {
  owner: string
  repo: string
  defaultBranch?: string
  ownerType?: 'User' | 'Organization'
  files?: Record<string, string>
  /** `false` makes the issue endpoints answer 410 like a repository with issues disabled. */
  hasIssues?: boolean
}

export interface LoggedRequest {
  method: string
  /** Percent-decoded path without the query string, e.g. `/repos/o/r/contents/weekly/week-01.md`. */
  path: string
  query: Record<string, string>
  /** Parsed JSON body, or null. Its shape is the endpoint's; tests read the fields they asked for. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any
  /** The answer's status; 0 while the request is still being handled. */
  status: number
  /** The token the request carried (never echoed back). */
  token: string | null
}

/** What hooks and faults see: the request before it has an answer. */
export type IncomingRequest = Omit<LoggedRequest, 'status'>

export interface RequestMatch {
  /** HTTP method, case-insensitive. Any method when absent. */
  method?: string
  /** RegExp tested against the decoded path, or a string that must equal it. Any path when absent. */
  path?: RegExp | string
}

export interface FaultSpec extends RequestMatch {
  status: number
  headers?: Record<string, string>
  body?: unknown
  /** How many matching requests get the fault (default 1; Infinity until cleared). */
  times?: number
}

export interface Fault {
  readonly spec: FaultSpec
  /** Requests answered by this fault so far. */
  hits: number
  /** Stop answering with this fault. */
  clear(): void
}

export interface GitSignature {
  name: string
  email: string
  date: string
}

export interface CommitInfo {
  sha: string
  message: string
  author: GitSignature
  committer: GitSignature
  parents: string[]
  tree: string
  verification: { verified: boolean; reason: string }
}

export interface StoredComment {
  id: number
  body: string
  user: { login: string; type: 'User' | 'Bot' }
  created_at: string
  updated_at: string
}

export interface StoredIssue {
  id: number
  number: number
  title: string
  body: string | null
  state: 'open' | 'closed'
  state_reason: string | null
  /** Label names. */
  labels: string[]
  /** Assignee logins. */
  assignees: string[]
  user: { login: string; type: 'User' | 'Bot' }
  comments: StoredComment[]
  created_at: string
  updated_at: string
  closed_at: string | null
  /** Locked: only the repository owner may comment (the bot gets 403, as GitHub answers an integration). */
  locked: boolean
  /** Deleted: every request about it answers 410, and lists leave it out. */
  deleted: boolean
  /** Transferred to another repository (`owner/name`): requests about it answer 301, lists leave it out. */
  transferredTo: string | null
}

export interface StoredLabel {
  id: number
  name: string
  color: string
  description: string | null
}

export interface SeedIssue {
  title: string
  body?: string | null
  labels?: string[]
  assignees?: string[]
  state?: 'open' | 'closed'
  state_reason?: string | null
  /** Creator login; defaults to the repository owner (the learner). */
  user?: string
  locked?: boolean
  comments?: Array<{ body: string; user?: string }>
}

export interface FakeGitHub {
  /** `http://127.0.0.1:PORT`, to be used as GITHUB_API_URL / Octokit baseUrl. */
  readonly url: string
  /** Login of the user behind ordinary tokens; may be changed at any time. */
  botLogin: string
  latencyMs: number
  readonly requests: LoggedRequest[]
  /** Requests that matched no route (they got 404). */
  readonly unknownRoutes: Array<{ method: string; path: string }>
  close(): Promise<void>

  addRepo(opts: AddRepoOptions): { owner: string; repo: string; headSha: string }
  /** A new commit on the default branch, as if the learner pushed it. Returns its SHA. */
  pushFile(owner: string, repo: string, path: string, content: string, message?: string): string
  /** Several files in one pushed commit; `null` deletes a file. Returns the commit SHA. */
  pushFiles(owner: string, repo: string, files: Record<string, string | null>, message?: string): string
  readFile(owner: string, repo: string, path: string, ref?: string): string | undefined
  /** Every file at `ref` (default branch when absent), path → content. */
  snapshot(owner: string, repo: string, ref?: string): Record<string, string>
  headSha(owner: string, repo: string, branch?: string): string
  /** Commits reachable from the branch head, newest first. */
  commits(owner: string, repo: string, branch?: string): CommitInfo[]

  addIssue(owner: string, repo: string, issue: SeedIssue): StoredIssue
  /** Lock an issue: the bot's comments on it are refused with 403. */
  lockIssue(owner: string, repo: string, number: number): void
  /** Delete an issue (as an admin can): requests about it answer 410 "This issue was deleted". */
  deleteIssue(owner: string, repo: string, number: number): void
  /** Transfer an issue to another repository: requests about it answer 301 Moved Permanently. */
  transferIssue(owner: string, repo: string, number: number, to: string): void
  /** Turn the repository's issues off (410 on every issue endpoint, the default on forks) or back on. */
  setHasIssues(owner: string, repo: string, on: boolean): void
  /** Stored issues (live objects), by number. */
  issues(owner: string, repo: string): StoredIssue[]
  addLabel(owner: string, repo: string, label: { name: string; color?: string; description?: string }): StoredLabel
  labels(owner: string, repo: string): StoredLabel[]

  /** Requests whose method is not GET/HEAD. */
  writes(): LoggedRequest[]
  resetLog(): void

  /**
   * A repository rule (or classic branch protection) on `branch`: updating its ref or
   * writing a file to it is refused with 422 "Repository rule violations found" (or `rule`'s
   * status and message). Returns a function that lifts the rule.
   */
  protectBranch(owner: string, repo: string, branch: string, rule?: { status?: number; message?: string }): () => void
  /**
   * Uses up the token's primary rate limit: every request answers 403 with
   * `x-ratelimit-remaining: 0` until the reset, `resetInSeconds` from now (as GitHub does).
   */
  exhaustRateLimit(resetInSeconds: number): void

  injectFault(spec: FaultSpec): Fault
  fault502(match?: RequestMatch, times?: number): Fault
  secondaryRateLimit(match?: RequestMatch, times?: number): Fault
  /** 403 "Resource not accessible by integration" until cleared. */
  forbidIntegration(match?: RequestMatch): Fault
  clearFaults(): void
  /** Run `fn` before each matching request is handled. Returns a function that removes the hook. */
  onRequest(fn: (req: IncomingRequest) => void | Promise<void>, match?: RequestMatch): () => void
}

export async function startGitHubServer(opts: ServerOptions = {}): Promise<FakeGitHub> {
  const fake = new FakeGitHubServer(opts)
  await fake.listen()
  return fake
}

// ---------------------------------------------------------------------------
// Git object store
// ---------------------------------------------------------------------------

interface TreeEntry {
  name: string
  /** As the API spells it: 100644, 100755, 040000, 160000, 120000. */
  mode: string
  type: 'blob' | 'tree' | 'commit'
  sha: string
}

type GitObject =
  | { type: 'blob'; content: Buffer }
  | { type: 'tree'; entries: TreeEntry[] }
  | { type: 'commit'; tree: string; parents: string[]; message: string; author: GitSignature; committer: GitSignature; verified: boolean }

type CommitObject = Extract<GitObject, { type: 'commit' }>
type NewEntry = Omit<TreeEntry, 'name'>

const EMPTY_TREE_MODE = '040000'

/** The contents API sends a file's content inline up to 1 MB; the raw media type and blobs reach 100 MB. */
const CONTENTS_INLINE_LIMIT = 1024 * 1024
const BLOB_API_LIMIT = 100 * 1024 * 1024

function gitSha(type: string, body: Buffer): string {
  return createHash('sha1').update(`${type} ${body.length}\0`).update(body).digest('hex')
}

/** Git sorts tree entries bytewise, comparing a sub-tree's name as if it ended in '/'. */
function gitOrder(a: TreeEntry, b: TreeEntry): number {
  const key = (e: TreeEntry) => Buffer.from(e.type === 'tree' ? `${e.name}/` : e.name)
  return Buffer.compare(key(a), key(b))
}

function signatureLine(s: GitSignature): string {
  return `${s.name} <${s.email}> ${Math.floor(Date.parse(s.date) / 1000)} +0000`
}

/** One repository: git objects and refs, plus issues and labels. */
class Repo {
  readonly objects = new Map<string, GitObject>()
  /** `heads/main` → commit SHA. */
  readonly refs = new Map<string, string>()
  readonly issues: StoredIssue[] = []
  readonly labels: StoredLabel[] = []
  /** Branch name → what GitHub answers a write to it. */
  readonly rules = new Map<string, { status: number; message: string }>()
  nextIssueNumber = 1

  constructor(
    readonly id: number,
    readonly owner: string,
    readonly name: string,
    readonly ownerType: 'User' | 'Organization',
    readonly defaultBranch: string,
    public hasIssues: boolean
  ) {}

  get fullName(): string {
    return `${this.owner}/${this.name}`
  }

  // -- objects ---------------------------------------------------------------

  writeBlob(content: Buffer | string): string {
    const buf = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8')
    const sha = gitSha('blob', buf)
    this.objects.set(sha, { type: 'blob', content: buf })
    return sha
  }

  writeTree(entries: TreeEntry[]): string {
    const sorted = [...entries].sort(gitOrder)
    const body = Buffer.concat(sorted.flatMap((e) => [Buffer.from(`${e.mode.replace(/^0+/, '')} ${e.name}\0`), Buffer.from(e.sha, 'hex')]))
    const sha = gitSha('tree', body)
    this.objects.set(sha, { type: 'tree', entries: sorted })
    return sha
  }

  writeCommit(c: Omit<CommitObject, 'type'>): string {
    const text = [
      `tree ${c.tree}`,
      ...c.parents.map((p) => `parent ${p}`),
      `author ${signatureLine(c.author)}`,
      `committer ${signatureLine(c.committer)}`,
      '',
      c.message
    ].join('\n')
    const sha = gitSha('commit', Buffer.from(text, 'utf8'))
    this.objects.set(sha, { type: 'commit', ...c })
    return sha
  }

  blob(sha: string) {
    const o = this.objects.get(sha)
    return o?.type === 'blob' ? o : undefined
  }

  tree(sha: string) {
    const o = this.objects.get(sha)
    return o?.type === 'tree' ? o : undefined
  }

  commit(sha: string) {
    const o = this.objects.get(sha)
    return o?.type === 'commit' ? o : undefined
  }

  // -- paths -------------------------------------------------------------------

  /** The entry at `path` under a tree; the root itself for ''. */
  entryAt(treeSha: string, path: string): TreeEntry | undefined {
    let current: TreeEntry = { name: '', mode: EMPTY_TREE_MODE, type: 'tree', sha: treeSha }
    for (const part of path.split('/').filter(Boolean)) {
      const entries: TreeEntry[] = this.tree(current.sha)?.entries ?? []
      const next = entries.find((e) => e.name === part)
      if (!next) return undefined
      current = next
    }
    return current
  }

  /** A new root tree: `treeSha` with `path` set to `entry`, or removed when `entry` is null. */
  withPath(treeSha: string | null, path: string, entry: NewEntry | null): string {
    const segments = path.split('/').filter(Boolean)
    return this.setIn(treeSha, segments, entry) ?? this.writeTree([])
  }

  /** Returns the new tree's SHA, or null when the tree ends up empty. */
  private setIn(treeSha: string | null, segments: string[], entry: NewEntry | null): string | null {
    const [name, ...rest] = segments
    if (name === undefined) return treeSha
    const entries = treeSha ? [...(this.tree(treeSha)?.entries ?? [])] : []
    const index = entries.findIndex((e) => e.name === name)
    const existing = index >= 0 ? entries[index] : undefined
    if (!entry && rest.length > 0 && existing?.type !== 'tree') return treeSha // nothing to delete

    let replacement: TreeEntry | null
    if (rest.length === 0) {
      replacement = entry ? { ...entry, name } : null
    } else {
      const sub = this.setIn(existing?.type === 'tree' ? existing.sha : null, rest, entry)
      replacement = sub ? { name, mode: EMPTY_TREE_MODE, type: 'tree', sha: sub } : null
    }
    if (index >= 0) entries.splice(index, 1)
    if (replacement) entries.push(replacement)
    return entries.length > 0 ? this.writeTree(entries) : null
  }

  /** Every entry under a tree (sub-trees and blobs), with full paths, in git order. */
  walk(treeSha: string, prefix = ''): Array<TreeEntry & { path: string }> {
    const out: Array<TreeEntry & { path: string }> = []
    for (const e of this.tree(treeSha)?.entries ?? []) {
      const path = prefix + e.name
      out.push({ ...e, path })
      if (e.type === 'tree') out.push(...this.walk(e.sha, `${path}/`))
    }
    return out
  }

  /** path → blob SHA for every file under a tree. */
  fileShas(treeSha: string): Map<string, string> {
    return new Map(
      this.walk(treeSha)
        .filter((e) => e.type === 'blob')
        .map((e) => [e.path, e.sha])
    )
  }

  // -- refs and history --------------------------------------------------------

  branchHead(branch: string): string | undefined {
    return this.refs.get(`heads/${branch}`)
  }

  /** A branch, tag, `refs/...` name, full commit SHA or unique SHA prefix → commit SHA. */
  resolveCommit(ref: string): string | undefined {
    const name = ref.replace(/^refs\//, '')
    const direct = this.refs.get(name) ?? this.refs.get(`heads/${name}`) ?? this.refs.get(`tags/${name}`)
    if (direct) return direct
    if (!/^[0-9a-f]{4,40}$/i.test(ref)) return undefined
    const matches = [...this.objects.entries()].filter(([sha, o]) => o.type === 'commit' && sha.startsWith(ref.toLowerCase()))
    return matches.length === 1 ? matches[0]?.[0] : undefined
  }

  /** Commits reachable from `sha`, newest first (parents after children). */
  history(sha: string): string[] {
    const seen = new Set<string>()
    const queue = [sha]
    while (queue.length > 0) {
      const next = queue.shift()!
      if (seen.has(next)) continue
      seen.add(next)
      queue.push(...(this.commit(next)?.parents ?? []))
    }
    return [...seen]
  }

  isAncestor(ancestor: string, descendant: string): boolean {
    return this.history(descendant).includes(ancestor)
  }

  /** Commit `tree` on top of `branch` and move the branch. */
  commitOn(branch: string, tree: string, message: string, author: GitSignature, committer: GitSignature, verified: boolean): string {
    const parent = this.branchHead(branch)
    const sha = this.writeCommit({ tree, parents: parent ? [parent] : [], message, author, committer, verified })
    this.refs.set(`heads/${branch}`, sha)
    return sha
  }

  // -- labels ----------------------------------------------------------------------

  findLabel(name: string): StoredLabel | undefined {
    const wanted = name.toLowerCase()
    return this.labels.find((l) => l.name.toLowerCase() === wanted)
  }
}

// ---------------------------------------------------------------------------
// HTTP plumbing
// ---------------------------------------------------------------------------

// Request bodies are the client's JSON, read field by field and checked where it matters.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Body = Record<string, any>

interface Reply {
  status: number
  json?: unknown
  text?: string
  headers?: Record<string, string>
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {}
  ) {
    super(message)
  }
}

const DOCS = 'https://docs.github.com/rest'
const notFound = (message = 'Not Found') => new HttpError(404, message)
const invalid = (message: string, errors?: unknown[]) => new HttpError(422, message, errors ? { errors } : {})
const validationFailed = (resource: string, field: string, code: string) => invalid('Validation Failed', [{ resource, field, code }])
const tooLarge = () =>
  new HttpError(403, 'This API returns blobs up to 100 MB in size. The requested blob is too large to fetch via the API.', {
    errors: [{ resource: 'Blob', field: 'data', code: 'too_large' }]
  })

/** A repository rule on the branch refuses the write. */
function checkRules(repo: Repo, branch: string): void {
  const rule = repo.rules.get(branch)
  if (rule) throw new HttpError(rule.status, rule.message)
}

const ok = (json: unknown, status = 200): Reply => ({ status, json })
const created = (json: unknown): Reply => ({ status: 201, json })
const noContent = (): Reply => ({ status: 204 })

interface Actor {
  login: string
  type: 'User' | 'Bot'
}

/** Everything a route handler gets. */
interface Ctx {
  gh: FakeGitHubServer
  /** The repository named by `:owner/:repo` (routes without those never read it). */
  repo: Repo
  params: Record<string, string>
  query: URLSearchParams
  body: Body
  headers: IncomingHttpHeaders
  /** The full request URL, for Link headers. */
  url: URL
  /** The user behind the request's token. */
  actor: Actor
}

interface Route {
  method: string
  pattern: RegExp
  names: string[]
  handler: (ctx: Ctx) => Reply
}

/** `/repos/:owner/:repo/contents/*path`: `:x` is one path segment, `*x` the rest of the path. */
function route(method: string, template: string, handler: (ctx: Ctx) => Reply): Route {
  const names: string[] = []
  const source = template.replace(/([:*])(\w+)/g, (_m, kind: string, name: string) => {
    names.push(name)
    return kind === ':' ? '([^/]+)' : '(.+)'
  })
  return { method, pattern: new RegExp(`^${source}$`), names, handler }
}

function matches(match: RequestMatch, req: IncomingRequest): boolean {
  if (match.method && match.method.toUpperCase() !== req.method) return false
  if (match.path === undefined) return true
  return typeof match.path === 'string' ? match.path === req.path : match.path.test(req.path)
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

/** `token X` / `Bearer X` → X. */
function tokenOf(header: string | undefined): string | null {
  const m = /^(?:token|bearer)\s+(\S+)$/i.exec(header?.trim() ?? '')
  return m?.[1] ?? null
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))

/** GitHub timestamps have no milliseconds. */
const iso = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z')

/** Slice `items` by `per_page`/`page` and add GitHub's Link header. */
function paginate(ctx: Ctx, items: unknown[]): Reply {
  const perPage = Math.min(Math.max(Number(ctx.query.get('per_page')) || 30, 1), 100)
  const page = Math.max(Number(ctx.query.get('page')) || 1, 1)
  const last = Math.max(Math.ceil(items.length / perPage), 1)
  const pageUrl = (n: number) => {
    const u = new URL(ctx.url)
    u.searchParams.set('page', String(n))
    return `<${u.href}>`
  }
  const links: string[] = []
  if (page > 1) links.push(`${pageUrl(page - 1)}; rel="prev"`, `${pageUrl(1)}; rel="first"`)
  if (page < last) links.push(`${pageUrl(page + 1)}; rel="next"`, `${pageUrl(last)}; rel="last"`)
  return {
    status: 200,
    json: items.slice((page - 1) * perPage, page * perPage),
    headers: links.length > 0 ? { link: links.join(', ') } : {}
  }
}

// ---------------------------------------------------------------------------
// The server
// ---------------------------------------------------------------------------

class FakeGitHubServer implements FakeGitHub {
  url = ''
  botLogin: string
  latencyMs: number
  readonly requests: LoggedRequest[] = []
  readonly unknownRoutes: Array<{ method: string; path: string }> = []

  private readonly server: Server
  private readonly repos = new Map<string, Repo>()
  private faults: Array<{ spec: FaultSpec; left: number; fault: Fault }> = []
  private hooks: Array<{ fn: (req: IncomingRequest) => void | Promise<void>; match: RequestMatch }> = []
  private readonly tokenUsers: Record<string, string>
  private readonly validTokens: Set<string> | null
  private readonly clock: () => Date
  private nextId = 1000
  private rateUsed = 0
  /** While set and in the future (ms since epoch), every request is over the primary rate limit. */
  private rateLimitedUntil: number | null = null

  constructor(opts: ServerOptions) {
    this.botLogin = opts.botLogin ?? 'github-actions[bot]'
    this.latencyMs = opts.latencyMs ?? 0
    this.tokenUsers = opts.tokenUsers ?? {}
    this.validTokens = opts.validTokens ? new Set(opts.validTokens) : null
    this.clock = opts.now ?? (() => new Date())
    this.server = createServer((req, res) => void this.handle(req, res))
  }

  listen(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject)
      this.server.listen(0, '127.0.0.1', () => {
        const { port } = this.server.address() as AddressInfo
        this.url = `http://127.0.0.1:${port}`
        resolve()
      })
    })
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.close((err) => (err ? reject(err) : resolve()))
      this.server.closeAllConnections()
    })
  }

  // -- helpers used by routes ------------------------------------------------------

  id(): number {
    return this.nextId++
  }

  now(): string {
    return iso(this.clock())
  }

  userFor(login: string): Actor {
    return { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' }
  }

  /** Author/committer for commits made through the API by `actor`. */
  signatureFor(actor: Actor): GitSignature {
    const email = actor.type === 'Bot' ? `41898282+${actor.login}@users.noreply.github.com` : `${actor.login}@users.noreply.github.com`
    return { name: actor.login, email, date: this.now() }
  }

  findRepo(owner: string, name: string): Repo | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase())
  }

  // -- seeding and inspection ------------------------------------------------------------

  addRepo(opts: AddRepoOptions): { owner: string; repo: string; headSha: string } {
    const repo = new Repo(this.id(), opts.owner, opts.repo, opts.ownerType ?? 'User', opts.defaultBranch ?? 'main', opts.hasIssues ?? true)
    this.repos.set(repo.fullName.toLowerCase(), repo)
    let tree: string | null = null
    for (const [path, content] of Object.entries(opts.files ?? {})) {
      tree = repo.withPath(tree, path, { mode: '100644', type: 'blob', sha: repo.writeBlob(content) })
    }
    const me = this.signatureFor(this.userFor(opts.owner))
    const headSha = repo.commitOn(repo.defaultBranch, tree ?? repo.writeTree([]), 'Initial commit', me, me, false)
    return { owner: opts.owner, repo: opts.repo, headSha }
  }

  pushFile(owner: string, repo: string, path: string, content: string, message?: string): string {
    return this.pushFiles(owner, repo, { [path]: content }, message ?? `Update ${path}`)
  }

  pushFiles(owner: string, name: string, files: Record<string, string | null>, message = 'Update files'): string {
    const repo = this.mustRepo(owner, name)
    const head = repo.branchHead(repo.defaultBranch)!
    let tree = repo.commit(head)!.tree
    for (const [path, content] of Object.entries(files)) {
      const entry = content === null ? null : { mode: '100644', type: 'blob' as const, sha: repo.writeBlob(content) }
      tree = repo.withPath(tree, path, entry)
    }
    const me = this.signatureFor(this.userFor(owner))
    return repo.commitOn(repo.defaultBranch, tree, message, me, me, false)
  }

  readFile(owner: string, name: string, path: string, ref?: string): string | undefined {
    const repo = this.mustRepo(owner, name)
    const commit = repo.commit(repo.resolveCommit(ref ?? repo.defaultBranch) ?? '')
    const entry = commit ? repo.entryAt(commit.tree, path) : undefined
    return entry?.type === 'blob' ? repo.blob(entry.sha)?.content.toString('utf8') : undefined
  }

  snapshot(owner: string, name: string, ref?: string): Record<string, string> {
    const repo = this.mustRepo(owner, name)
    const commit = repo.commit(repo.resolveCommit(ref ?? repo.defaultBranch) ?? '')
    if (!commit) throw new Error(`no commit for ${ref}`)
    const out: Record<string, string> = {}
    for (const [path, sha] of repo.fileShas(commit.tree)) out[path] = repo.blob(sha)!.content.toString('utf8')
    return out
  }

  headSha(owner: string, name: string, branch?: string): string {
    const repo = this.mustRepo(owner, name)
    const sha = repo.branchHead(branch ?? repo.defaultBranch)
    if (!sha) throw new Error(`no branch ${branch} in ${repo.fullName}`)
    return sha
  }

  commits(owner: string, name: string, branch?: string): CommitInfo[] {
    const repo = this.mustRepo(owner, name)
    return repo.history(this.headSha(owner, name, branch)).map((sha) => commitInfo(repo, sha))
  }

  addIssue(owner: string, name: string, seed: SeedIssue): StoredIssue {
    const repo = this.mustRepo(owner, name)
    const now = this.now()
    const issue: StoredIssue = {
      id: this.id(),
      number: repo.nextIssueNumber++,
      title: seed.title,
      body: seed.body ?? null,
      state: seed.state ?? 'open',
      state_reason: seed.state_reason ?? (seed.state === 'closed' ? 'completed' : null),
      labels: (seed.labels ?? []).map((l) => this.ensureLabel(repo, l)),
      assignees: seed.assignees ?? [],
      user: this.userFor(seed.user ?? owner),
      comments: [],
      created_at: now,
      updated_at: now,
      closed_at: seed.state === 'closed' ? now : null,
      locked: seed.locked ?? false,
      deleted: false,
      transferredTo: null
    }
    for (const c of seed.comments ?? []) {
      issue.comments.push({ id: this.id(), body: c.body, user: this.userFor(c.user ?? owner), created_at: now, updated_at: now })
    }
    repo.issues.push(issue)
    return issue
  }

  lockIssue(owner: string, name: string, number: number): void {
    this.mustIssue(owner, name, number).locked = true
  }

  deleteIssue(owner: string, name: string, number: number): void {
    this.mustIssue(owner, name, number).deleted = true
  }

  transferIssue(owner: string, name: string, number: number, to: string): void {
    this.mustIssue(owner, name, number).transferredTo = to
  }

  setHasIssues(owner: string, name: string, on: boolean): void {
    this.mustRepo(owner, name).hasIssues = on
  }

  private mustIssue(owner: string, name: string, number: number): StoredIssue {
    const issue = this.mustRepo(owner, name).issues.find((i) => i.number === number)
    if (!issue) throw new Error(`fake GitHub has no issue #${number} in ${owner}/${name}`)
    return issue
  }

  issues(owner: string, name: string): StoredIssue[] {
    return [...this.mustRepo(owner, name).issues].sort((a, b) => a.number - b.number)
  }

  addLabel(owner: string, name: string, label: { name: string; color?: string; description?: string }): StoredLabel {
    const repo = this.mustRepo(owner, name)
    const stored = { id: this.id(), name: label.name, color: label.color ?? 'ededed', description: label.description ?? null }
    repo.labels.push(stored)
    return stored
  }

  labels(owner: string, name: string): StoredLabel[] {
    return [...this.mustRepo(owner, name).labels]
  }

  /** The canonical name of label `name`, creating it when missing (as GitHub does for issue labels). */
  ensureLabel(repo: Repo, name: string): string {
    const existing = repo.findLabel(name)
    if (existing) return existing.name
    repo.labels.push({ id: this.id(), name, color: 'ededed', description: null })
    return name
  }

  private mustRepo(owner: string, name: string): Repo {
    const repo = this.findRepo(owner, name)
    if (!repo) throw new Error(`fake GitHub has no repository ${owner}/${name}; call addRepo first`)
    return repo
  }

  // -- log, faults, hooks ---------------------------------------------------------------

  writes(): LoggedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD')
  }

  resetLog(): void {
    this.requests.length = 0
    this.unknownRoutes.length = 0
  }

  protectBranch(owner: string, name: string, branch: string, rule: { status?: number; message?: string } = {}): () => void {
    const repo = this.mustRepo(owner, name)
    repo.rules.set(branch, {
      status: rule.status ?? 422,
      message: rule.message ?? 'Repository rule violations found\n\nChanges must be made through a pull request.\n\n'
    })
    return () => repo.rules.delete(branch)
  }

  exhaustRateLimit(resetInSeconds: number): void {
    this.rateLimitedUntil = Date.now() + resetInSeconds * 1000
  }

  /** The 403 GitHub sends while the primary rate limit is used up. */
  private rateLimitReply(): Reply | undefined {
    if (this.rateLimitedUntil === null) return undefined
    if (Date.now() >= this.rateLimitedUntil) {
      this.rateLimitedUntil = null
      return undefined
    }
    return {
      status: 403,
      headers: {
        'x-ratelimit-limit': '1000',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-used': '1000',
        'x-ratelimit-reset': String(Math.ceil(this.rateLimitedUntil / 1000))
      },
      json: {
        message:
          'API rate limit exceeded for installation ID 1000001. If you reach out to GitHub Support for help, please include the request ID FAKE.',
        documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
        status: '403'
      }
    }
  }

  injectFault(spec: FaultSpec): Fault {
    const record = {
      spec,
      left: spec.times ?? 1,
      fault: {
        spec,
        hits: 0,
        clear: () => {
          this.faults = this.faults.filter((f) => f !== record)
        }
      }
    }
    this.faults.push(record)
    return record.fault
  }

  fault502(match: RequestMatch = {}, times = 1): Fault {
    return this.injectFault({ ...match, status: 502, times, body: { message: 'Server Error' } })
  }

  secondaryRateLimit(match: RequestMatch = {}, times = 1): Fault {
    return this.injectFault({
      ...match,
      status: 403,
      times,
      headers: { 'retry-after': '1' },
      body: {
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits'
      }
    })
  }

  forbidIntegration(match: RequestMatch = {}): Fault {
    return this.injectFault({
      ...match,
      status: 403,
      times: Infinity,
      body: {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/issues/issues#create-an-issue',
        status: '403'
      }
    })
  }

  clearFaults(): void {
    this.faults = []
  }

  onRequest(fn: (req: IncomingRequest) => void | Promise<void>, match: RequestMatch = {}): () => void {
    const hook = { fn, match }
    this.hooks.push(hook)
    return () => {
      this.hooks = this.hooks.filter((h) => h !== hook)
    }
  }

  /** The first live fault matching `req`, consumed once. */
  private takeFault(req: IncomingRequest): Reply | undefined {
    const record = this.faults.find((f) => matches(f.spec, req))
    if (!record) return undefined
    record.fault.hits++
    if (--record.left <= 0) record.fault.clear()
    const { status, headers, body } = record.spec
    return { status, headers, json: body ?? { message: `Injected fault ${status}` } }
  }

  // -- request handling ---------------------------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url)
    const rawPath = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname
    const entry: LoggedRequest = {
      method: (req.method ?? 'GET').toUpperCase(),
      path: decode(rawPath),
      query: Object.fromEntries(url.searchParams),
      body: null,
      status: 0,
      token: tokenOf(req.headers.authorization)
    }
    this.requests.push(entry)
    this.rateUsed++

    let reply: Reply
    try {
      const raw = await readBody(req)
      if (this.latencyMs > 0) await sleep(this.latencyMs)
      entry.body = parseJson(raw)
      const actor = this.authenticate(entry.token)
      for (const hook of this.hooks.filter((h) => matches(h.match, entry))) await hook.fn(entry)
      reply = this.takeFault(entry) ?? this.rateLimitReply() ?? this.dispatch(entry, rawPath, url, req.headers, actor)
    } catch (err) {
      reply = errorReply(err)
    }
    entry.status = reply.status
    this.send(res, reply)
  }

  private authenticate(token: string | null): Actor {
    if (!token) throw new HttpError(401, 'Requires authentication')
    if (this.validTokens && !this.validTokens.has(token)) throw new HttpError(401, 'Bad credentials')
    return this.userFor(this.tokenUsers[token] ?? this.botLogin)
  }

  private dispatch(entry: LoggedRequest, rawPath: string, url: URL, headers: IncomingHttpHeaders, actor: Actor): Reply {
    for (const r of ROUTES) {
      if (r.method !== entry.method) continue
      const m = r.pattern.exec(rawPath)
      if (!m) continue
      const params = Object.fromEntries(r.names.map((name, i) => [name, decode(m[i + 1] ?? '')]))
      let repo: Repo | undefined
      if (params.owner !== undefined) {
        repo = this.findRepo(params.owner, params.repo ?? '')
        if (!repo) throw notFound()
      }
      const body: Body = entry.body && typeof entry.body === 'object' ? entry.body : {}
      return r.handler({ gh: this, repo: repo as Repo, params, query: url.searchParams, body, headers, url, actor })
    }
    this.unknownRoutes.push({ method: entry.method, path: entry.path })
    throw notFound()
  }

  private send(res: ServerResponse, reply: Reply): void {
    const headers: Record<string, string> = {
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': String(Math.max(5000 - this.rateUsed, 1000)),
      'x-ratelimit-used': String(this.rateUsed),
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-resource': 'core',
      'x-github-request-id': `FAKE:${this.rateUsed}`,
      ...reply.headers
    }
    let payload = ''
    if (reply.text !== undefined) {
      headers['content-type'] ??= 'text/plain; charset=utf-8'
      payload = reply.text
    } else if (reply.json !== undefined && reply.status !== 204) {
      headers['content-type'] = 'application/json; charset=utf-8'
      payload = JSON.stringify(reply.json)
    }
    res.writeHead(reply.status, headers)
    res.end(payload)
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON of any shape, narrowed by each route
function parseJson(raw: string): any {
  if (raw.trim() === '') return null
  try {
    return JSON.parse(raw)
  } catch {
    throw new HttpError(400, 'Problems parsing JSON')
  }
}

function errorReply(err: unknown): Reply {
  if (err instanceof HttpError) {
    return {
      status: err.status,
      headers: err.headers,
      json: { message: err.message, ...err.extra, documentation_url: DOCS, status: String(err.status) }
    }
  }
  // A bug in the fake or in a test hook: make it loud.
  console.error('fake GitHub: unexpected error', err)
  return { status: 500, json: { message: `fake GitHub error: ${String(err)}` } }
}

// ---------------------------------------------------------------------------
// JSON renderers
// ---------------------------------------------------------------------------

const HTML = 'https://github.com'
const apiRepo = (ctx: Ctx) => `${ctx.gh.url}/repos/${ctx.repo.fullName}`

function renderUser(ctx: Ctx, u: Actor) {
  return {
    login: u.login,
    id: u.type === 'Bot' ? 41898282 : 1,
    type: u.type,
    html_url: `${HTML}/${u.login}`,
    url: `${ctx.gh.url}/users/${u.login}`
  }
}

function renderRepo(ctx: Ctx) {
  const r = ctx.repo
  return {
    id: r.id,
    node_id: `R_${r.id}`,
    name: r.name,
    full_name: r.fullName,
    owner: { login: r.owner, type: r.ownerType, id: r.id + 1 },
    private: false,
    fork: false,
    archived: false,
    has_issues: r.hasIssues,
    default_branch: r.defaultBranch,
    html_url: `${HTML}/${r.fullName}`,
    url: apiRepo(ctx)
  }
}

/** Login GitHub would link to a commit author, derived from a noreply email. */
function loginOf(email: string): string | null {
  return /^(?:\d+\+)?([^@]+)@users\.noreply\.github\.com$/.exec(email)?.[1] ?? null
}

function commitInfo(repo: Repo, sha: string): CommitInfo {
  const c = repo.commit(sha)!
  return {
    sha,
    message: c.message,
    author: c.author,
    committer: c.committer,
    parents: c.parents,
    tree: c.tree,
    verification: { verified: c.verified, reason: c.verified ? 'valid' : 'unsigned' }
  }
}

function renderGitCommit(ctx: Ctx, sha: string) {
  const c = commitInfo(ctx.repo, sha)
  return {
    sha,
    node_id: `C_${sha}`,
    url: `${apiRepo(ctx)}/git/commits/${sha}`,
    html_url: `${HTML}/${ctx.repo.fullName}/commit/${sha}`,
    author: c.author,
    committer: c.committer,
    message: c.message,
    tree: { sha: c.tree, url: `${apiRepo(ctx)}/git/trees/${c.tree}` },
    parents: c.parents.map((p) => ({
      sha: p,
      url: `${apiRepo(ctx)}/git/commits/${p}`,
      html_url: `${HTML}/${ctx.repo.fullName}/commit/${p}`
    })),
    verification: {
      ...c.verification,
      signature: c.verification.verified ? '-----BEGIN PGP SIGNATURE-----\nfake\n-----END PGP SIGNATURE-----' : null,
      payload: null
    }
  }
}

/** `GET /repos/{o}/{r}/commits/{ref}`: the REST "commit" shape, with changed files. */
function renderRepoCommit(ctx: Ctx, sha: string) {
  const git = renderGitCommit(ctx, sha)
  const c = ctx.repo.commit(sha)!
  const loginRef = (email: string) => {
    const login = loginOf(email)
    return login ? renderUser(ctx, ctx.gh.userFor(login)) : null
  }
  return {
    sha,
    node_id: git.node_id,
    url: `${apiRepo(ctx)}/commits/${sha}`,
    html_url: git.html_url,
    commit: {
      author: git.author,
      committer: git.committer,
      message: git.message,
      tree: git.tree,
      verification: git.verification,
      comment_count: 0
    },
    author: loginRef(c.author.email),
    committer: loginRef(c.committer.email),
    parents: git.parents,
    files: changedFiles(ctx.repo, sha)
  }
}

function changedFiles(repo: Repo, sha: string) {
  const c = repo.commit(sha)!
  const before = c.parents[0] ? repo.fileShas(repo.commit(c.parents[0])!.tree) : new Map<string, string>()
  const after = repo.fileShas(c.tree)
  const files: Array<{ filename: string; status: string; sha: string | null }> = []
  for (const [path, blob] of after) {
    if (!before.has(path)) files.push({ filename: path, status: 'added', sha: blob })
    else if (before.get(path) !== blob) files.push({ filename: path, status: 'modified', sha: blob })
  }
  for (const path of before.keys()) if (!after.has(path)) files.push({ filename: path, status: 'removed', sha: null })
  return files
}

function renderRef(ctx: Ctx, ref: string) {
  const sha = ctx.repo.refs.get(ref)!
  return {
    ref: `refs/${ref}`,
    node_id: `REF_${ref}`,
    url: `${apiRepo(ctx)}/git/refs/${ref}`,
    object: { sha, type: 'commit', url: `${apiRepo(ctx)}/git/commits/${sha}` }
  }
}

function renderContentEntry(ctx: Ctx, path: string, entry: TreeEntry, ref: string) {
  const isFile = entry.type === 'blob'
  const size = isFile ? (ctx.repo.blob(entry.sha)?.content.length ?? 0) : 0
  const url = `${apiRepo(ctx)}/contents/${path}?ref=${encodeURIComponent(ref)}`
  const gitUrl = `${apiRepo(ctx)}/git/${isFile ? 'blobs' : 'trees'}/${entry.sha}`
  const htmlUrl = `${HTML}/${ctx.repo.fullName}/${isFile ? 'blob' : 'tree'}/${ref}/${path}`
  return {
    type: isFile ? 'file' : entry.type === 'tree' ? 'dir' : 'submodule',
    name: path.split('/').pop() ?? path,
    path,
    sha: entry.sha,
    size,
    url,
    html_url: htmlUrl,
    git_url: gitUrl,
    download_url: isFile ? `https://raw.githubusercontent.com/${ctx.repo.fullName}/${ref}/${path}` : null,
    _links: { self: url, git: gitUrl, html: htmlUrl }
  }
}

/** Base64 wrapped at 60 characters, each line ending in '\n', as the contents API sends it. */
function githubBase64(buf: Buffer): string {
  const b64 = buf.toString('base64')
  return b64 === '' ? '' : `${b64.match(/.{1,60}/g)!.join('\n')}\n`
}

function renderLabel(ctx: Ctx, l: StoredLabel) {
  return {
    id: l.id,
    node_id: `LA_${l.id}`,
    url: `${apiRepo(ctx)}/labels/${encodeURIComponent(l.name)}`,
    name: l.name,
    color: l.color,
    default: false,
    description: l.description
  }
}

function renderIssueLabels(ctx: Ctx, issue: StoredIssue) {
  return issue.labels.flatMap((name) => {
    const l = ctx.repo.findLabel(name)
    return l ? [renderLabel(ctx, l)] : []
  })
}

function renderIssue(ctx: Ctx, issue: StoredIssue) {
  const url = `${apiRepo(ctx)}/issues/${issue.number}`
  const assignees = issue.assignees.map((a) => renderUser(ctx, ctx.gh.userFor(a)))
  return {
    id: issue.id,
    node_id: `I_${issue.id}`,
    url,
    repository_url: apiRepo(ctx),
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: `${HTML}/${ctx.repo.fullName}/issues/${issue.number}`,
    number: issue.number,
    title: issue.title,
    body: issue.body,
    state: issue.state,
    state_reason: issue.state_reason,
    locked: issue.locked,
    labels: renderIssueLabels(ctx, issue),
    assignee: assignees[0] ?? null,
    assignees,
    user: renderUser(ctx, issue.user),
    comments: issue.comments.length,
    created_at: issue.created_at,
    updated_at: issue.updated_at,
    closed_at: issue.closed_at,
    author_association: issue.user.login === ctx.repo.owner ? 'OWNER' : 'NONE'
  }
}

function renderComment(ctx: Ctx, issue: StoredIssue, c: StoredComment) {
  return {
    id: c.id,
    node_id: `IC_${c.id}`,
    url: `${apiRepo(ctx)}/issues/comments/${c.id}`,
    html_url: `${HTML}/${ctx.repo.fullName}/issues/${issue.number}#issuecomment-${c.id}`,
    issue_url: `${apiRepo(ctx)}/issues/${issue.number}`,
    body: c.body,
    user: renderUser(ctx, c.user),
    created_at: c.created_at,
    updated_at: c.updated_at,
    author_association: c.user.login === ctx.repo.owner ? 'OWNER' : 'NONE'
  }
}

// ---------------------------------------------------------------------------
// Route handlers: git
// ---------------------------------------------------------------------------

function requireCommit(ctx: Ctx, ref: string): string {
  const sha = ctx.repo.resolveCommit(ref)
  if (!sha) throw new HttpError(404, `No commit found for the ref ${ref}`)
  return sha
}

/** Author/committer from a request body, falling back to the token's user. */
function signatures(ctx: Ctx): { author: GitSignature; committer: GitSignature; verified: boolean } {
  const fallback = ctx.gh.signatureFor(ctx.actor)
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a commit's author/committer as the client sent it
  const sig = (s: any): GitSignature | undefined =>
    s && typeof s === 'object'
      ? { name: String(s.name), email: String(s.email), date: s.date ? iso(new Date(s.date)) : fallback.date }
      : undefined
  const author = sig(ctx.body.author)
  const committer = sig(ctx.body.committer)
  // GitHub signs commits it makes for the token's user; not ones claiming someone else.
  return { author: author ?? committer ?? fallback, committer: committer ?? fallback, verified: !author && !committer }
}

function getContents(ctx: Ctx): Reply {
  const path = ctx.params.path ?? ''
  const ref = ctx.query.get('ref') || ctx.repo.defaultBranch
  const commit = ctx.repo.commit(requireCommit(ctx, ref))!
  const entry = ctx.repo.entryAt(commit.tree, path)
  if (!entry) throw notFound()
  if (entry.type === 'tree') {
    const children = ctx.repo.tree(entry.sha)?.entries ?? []
    return ok(children.map((e) => renderContentEntry(ctx, path ? `${path}/${e.name}` : e.name, e, ref)))
  }
  const content = ctx.repo.blob(entry.sha)?.content ?? Buffer.alloc(0)
  if (content.length > BLOB_API_LIMIT) throw tooLarge()
  if (/\.raw\b/.test(String(ctx.headers.accept ?? ''))) return { status: 200, text: content.toString('utf8') }
  // Over 1 MB the JSON answer carries no content: `content: ""`, `encoding: "none"`.
  if (content.length > CONTENTS_INLINE_LIMIT) return ok({ ...renderContentEntry(ctx, path, entry, ref), encoding: 'none', content: '' })
  return ok({ ...renderContentEntry(ctx, path, entry, ref), encoding: 'base64', content: githubBase64(content) })
}

/** PUT and DELETE on contents: one file, one commit. */
function writeContents(ctx: Ctx, remove: boolean): Reply {
  const path = ctx.params.path ?? ''
  const repo = ctx.repo
  if (typeof ctx.body.message !== 'string') throw invalid('Invalid request.\n\n"message" wasn\'t supplied.')
  if (!remove && typeof ctx.body.content !== 'string') throw invalid('Invalid request.\n\n"content" wasn\'t supplied.')
  const branch = typeof ctx.body.branch === 'string' ? ctx.body.branch : repo.defaultBranch
  const head = repo.branchHead(branch)
  if (!head) throw notFound(`Branch ${branch} not found`)
  checkRules(repo, branch)

  const baseTree = repo.commit(head)!.tree
  const existing = repo.entryAt(baseTree, path)
  const sha: unknown = ctx.body.sha
  if (existing && existing.type !== 'blob') throw invalid(`${path} is a directory`)
  if (existing && sha === undefined) throw invalid('Invalid request.\n\n"sha" wasn\'t supplied.')
  if (remove && !existing) throw notFound()
  // A sha the file does not have (or a sha for a file that is gone) is a conflict.
  if (sha !== undefined && sha !== existing?.sha) throw new HttpError(409, `${path} does not match ${String(sha)}`)

  const blob = remove ? null : repo.writeBlob(Buffer.from(ctx.body.content, 'base64'))
  const tree = repo.withPath(baseTree, path, blob ? { mode: '100644', type: 'blob', sha: blob } : null)
  const { author, committer, verified } = signatures(ctx)
  const commitSha = repo.commitOn(branch, tree, ctx.body.message, author, committer, verified)
  const content = blob ? renderContentEntry(ctx, path, { name: '', mode: '100644', type: 'blob', sha: blob }, branch) : null
  return ok({ content, commit: renderGitCommit(ctx, commitSha) }, existing || remove ? 200 : 201)
}

function getRef(ctx: Ctx): Reply {
  const ref = (ctx.params.ref ?? '').replace(/^refs\//, '')
  if (!ctx.repo.refs.has(ref)) throw notFound()
  return ok(renderRef(ctx, ref))
}

function createRef(ctx: Ctx): Reply {
  const ref = String(ctx.body.ref ?? '')
  if (!/^refs\/.+\/.+/.test(ref)) throw invalid('Reference name is invalid')
  if (!ctx.repo.commit(String(ctx.body.sha))) throw invalid('Object does not exist')
  const name = ref.replace(/^refs\//, '')
  if (ctx.repo.refs.has(name)) throw invalid('Reference already exists')
  if (name.startsWith('heads/')) checkRules(ctx.repo, name.slice('heads/'.length))
  ctx.repo.refs.set(name, ctx.body.sha)
  return created(renderRef(ctx, name))
}

function updateRef(ctx: Ctx): Reply {
  const ref = (ctx.params.ref ?? '').replace(/^refs\//, '')
  const current = ctx.repo.refs.get(ref)
  if (!current) throw invalid('Reference does not exist')
  const sha = String(ctx.body.sha)
  if (!ctx.repo.commit(sha)) throw invalid('Object does not exist')
  if (ctx.body.force !== true && !ctx.repo.isAncestor(current, sha)) throw invalid('Update is not a fast forward')
  if (ref.startsWith('heads/')) checkRules(ctx.repo, ref.slice('heads/'.length))
  ctx.repo.refs.set(ref, sha)
  return ok(renderRef(ctx, ref))
}

function deleteRef(ctx: Ctx): Reply {
  const ref = (ctx.params.ref ?? '').replace(/^refs\//, '')
  if (!ctx.repo.refs.delete(ref)) throw invalid('Reference does not exist')
  return noContent()
}

function getGitCommit(ctx: Ctx): Reply {
  const sha = ctx.params.sha ?? ''
  if (!ctx.repo.commit(sha)) throw notFound()
  return ok(renderGitCommit(ctx, sha))
}

function createGitCommit(ctx: Ctx): Reply {
  const { message, tree, parents } = ctx.body
  if (typeof message !== 'string') throw invalid('Invalid request.\n\n"message" wasn\'t supplied.')
  if (!ctx.repo.tree(String(tree))) throw invalid('Tree SHA does not exist')
  const parentList: string[] = Array.isArray(parents) ? parents.map(String) : []
  if (parentList.some((p) => !ctx.repo.commit(p))) throw invalid('Parent SHA does not exist or is not a commit object')
  const { author, committer, verified } = signatures(ctx)
  const sha = ctx.repo.writeCommit({ tree, parents: parentList, message, author, committer, verified })
  return created(renderGitCommit(ctx, sha))
}

function getTree(ctx: Ctx): Reply {
  const repo = ctx.repo
  const requested = ctx.params.sha ?? ''
  // Like GitHub, accept a tree SHA, a commit SHA or a branch name.
  const treeSha = repo.tree(requested) ? requested : repo.commit(repo.resolveCommit(requested) ?? '')?.tree
  if (!treeSha) throw notFound()
  const recursive = ['1', 'true'].includes(ctx.query.get('recursive') ?? '')
  const entries = recursive ? repo.walk(treeSha) : (repo.tree(treeSha)?.entries ?? []).map((e) => ({ ...e, path: e.name }))
  return ok({
    sha: treeSha,
    url: `${apiRepo(ctx)}/git/trees/${treeSha}`,
    tree: entries.map((e) => renderTreeEntry(ctx, e)),
    truncated: false
  })
}

function renderTreeEntry(ctx: Ctx, e: TreeEntry & { path: string }) {
  const size = e.type === 'blob' ? { size: ctx.repo.blob(e.sha)?.content.length ?? 0 } : {}
  return { path: e.path, mode: e.mode, type: e.type, sha: e.sha, ...size, url: `${apiRepo(ctx)}/git/${e.type}s/${e.sha}` }
}

function createTree(ctx: Ctx): Reply {
  const repo = ctx.repo
  const { base_tree: baseTree, tree: items } = ctx.body
  if (!Array.isArray(items)) throw invalid('Invalid tree info')
  if (baseTree !== undefined && baseTree !== null && !repo.tree(String(baseTree))) throw invalid('base_tree is not a valid tree oid')

  let root: string = baseTree ?? repo.writeTree([])
  for (const item of items as Body[]) {
    if (typeof item.path !== 'string' || item.path === '') throw invalid('tree.path is missing')
    if (!['100644', '100755', '040000', '160000', '120000'].includes(item.mode)) throw invalid(`tree.mode ${item.mode} is invalid`)
    const type = item.type ?? 'blob'
    let sha: string | null
    if (typeof item.content === 'string') sha = repo.writeBlob(item.content)
    else if (item.sha === null) sha = null
    else if (typeof item.sha === 'string' && repo.objects.get(item.sha)?.type === type) sha = item.sha
    else throw invalid(`tree.sha ${String(item.sha)} is not a valid ${type}`)
    root = repo.withPath(root, item.path, sha ? { mode: item.mode, type, sha } : null)
  }
  const entries = (repo.tree(root)?.entries ?? []).map((e) => renderTreeEntry(ctx, { ...e, path: e.name }))
  return created({ sha: root, url: `${apiRepo(ctx)}/git/trees/${root}`, tree: entries, truncated: false })
}

function createBlob(ctx: Ctx): Reply {
  const { content, encoding } = ctx.body
  if (typeof content !== 'string') throw invalid('Invalid request.\n\n"content" wasn\'t supplied.')
  if (encoding !== undefined && encoding !== 'utf-8' && encoding !== 'base64') throw invalid(`encoding ${encoding} is not supported`)
  const sha = ctx.repo.writeBlob(Buffer.from(content, encoding === 'base64' ? 'base64' : 'utf8'))
  return created({ sha, url: `${apiRepo(ctx)}/git/blobs/${sha}` })
}

function getBlob(ctx: Ctx): Reply {
  const sha = ctx.params.sha ?? ''
  const blob = ctx.repo.blob(sha)
  if (!blob) throw notFound()
  if (blob.content.length > BLOB_API_LIMIT) throw tooLarge()
  return ok({
    sha,
    node_id: `B_${sha}`,
    size: blob.content.length,
    url: `${apiRepo(ctx)}/git/blobs/${sha}`,
    content: githubBase64(blob.content),
    encoding: 'base64'
  })
}

function getRepoCommit(ctx: Ctx): Reply {
  return ok(renderRepoCommit(ctx, requireCommit(ctx, ctx.params.ref ?? '')))
}

/** `GET /repos/{o}/{r}/commits?sha=&path=`: reachable commits, newest first. */
function listRepoCommits(ctx: Ctx): Reply {
  const start = requireCommit(ctx, ctx.query.get('sha') || ctx.repo.defaultBranch)
  const path = ctx.query.get('path')
  const touches = (sha: string) => changedFiles(ctx.repo, sha).some((f) => f.filename === path || f.filename.startsWith(`${path}/`))
  const shas = ctx.repo.history(start).filter((sha) => !path || touches(sha))
  return paginate(
    ctx,
    shas.map((sha) => renderRepoCommit(ctx, sha))
  )
}

function getBranch(ctx: Ctx): Reply {
  const name = ctx.params.branch ?? ''
  const sha = ctx.repo.branchHead(name)
  if (!sha) throw notFound('Branch not found')
  return ok({ name, commit: renderRepoCommit(ctx, sha), protected: false })
}

// ---------------------------------------------------------------------------
// Route handlers: issues, comments, labels
// ---------------------------------------------------------------------------

function requireIssues(ctx: Ctx): void {
  if (!ctx.repo.hasIssues) throw new HttpError(410, 'Issues are disabled for this repo')
}

function requireIssue(ctx: Ctx): StoredIssue {
  requireIssues(ctx)
  const issue = ctx.repo.issues.find((i) => i.number === Number(ctx.params.number))
  if (!issue) throw notFound()
  if (issue.deleted) throw new HttpError(410, 'This issue was deleted')
  if (issue.transferredTo !== null) {
    // GitHub answers with the issue's new address; the fake serves no such route, so following it ends in 404.
    const location = `${ctx.gh.url}/repositories/${issue.id}/issues/${issue.number}`
    throw new HttpError(301, 'Moved Permanently', { url: location }, { location })
  }
  return issue
}

/** GitHub's limits: a title of at most 256 characters, a body (or comment) of at most 65,536. */
function requireLength(resource: 'Issue' | 'IssueComment', field: 'title' | 'body', value: unknown): void {
  const max = field === 'title' ? 256 : 65536
  if (typeof value === 'string' && Array.from(value).length > max) {
    throw invalid('Validation Failed', [
      { resource, code: 'custom', field, message: `${field} is too long (maximum is ${max} characters)` }
    ])
  }
}

/** Label names from `["a", {name: "b"}]`, made canonical and created when missing. */
function labelNames(ctx: Ctx, raw: unknown): string[] {
  if (!Array.isArray(raw)) throw invalid("Invalid request.\n\nFor 'labels', it is not an array.")
  const names = raw.map((l) => (typeof l === 'string' ? l : String(l?.name ?? '')))
  return [...new Set(names.filter(Boolean).map((n) => ctx.gh.ensureLabel(ctx.repo, n)))]
}

function listIssues(ctx: Ctx): Reply {
  requireIssues(ctx)
  const q = ctx.query
  const state = q.get('state') ?? 'open'
  if (!['open', 'closed', 'all'].includes(state)) throw validationFailed('Issue', 'state', 'invalid')
  const wantLabels = (q.get('labels') ?? '')
    .split(',')
    .map((l) => l.trim().toLowerCase())
    .filter(Boolean)
  const creator = q.get('creator')?.toLowerCase()
  const assignee = q.get('assignee')
  const since = q.get('since')
  const sort = q.get('sort') ?? 'created'
  const direction = q.get('direction') ?? 'desc'

  const selected = ctx.repo.issues.filter((i) => {
    if (i.deleted || i.transferredTo !== null) return false
    if (state !== 'all' && i.state !== state) return false
    if (!wantLabels.every((w) => i.labels.some((l) => l.toLowerCase() === w))) return false
    if (creator && i.user.login.toLowerCase() !== creator) return false
    if (assignee === 'none' && i.assignees.length > 0) return false
    if (assignee === '*' && i.assignees.length === 0) return false
    if (assignee && assignee !== 'none' && assignee !== '*' && !i.assignees.includes(assignee)) return false
    if (since && i.updated_at < iso(new Date(since))) return false
    return true
  })
  const key = (i: StoredIssue): [string | number, number] =>
    sort === 'updated' ? [i.updated_at, i.number] : sort === 'comments' ? [i.comments.length, i.number] : [i.number, i.number]
  selected.sort((a, b) => {
    const [ka, na] = key(a)
    const [kb, nb] = key(b)
    const cmp = ka < kb ? -1 : ka > kb ? 1 : na - nb
    return direction === 'asc' ? cmp : -cmp
  })
  return paginate(
    ctx,
    selected.map((i) => renderIssue(ctx, i))
  )
}

function createIssue(ctx: Ctx): Reply {
  requireIssues(ctx)
  const { title, body } = ctx.body
  if (typeof title !== 'string' || title.trim() === '') throw validationFailed('Issue', 'title', 'missing_field')
  requireLength('Issue', 'title', title)
  requireLength('Issue', 'body', body)
  const now = ctx.gh.now()
  const issue: StoredIssue = {
    id: ctx.gh.id(),
    number: ctx.repo.nextIssueNumber++,
    title,
    body: typeof body === 'string' ? body : null,
    state: 'open',
    state_reason: null,
    labels: ctx.body.labels === undefined ? [] : labelNames(ctx, ctx.body.labels),
    assignees: Array.isArray(ctx.body.assignees) ? ctx.body.assignees.map(String) : [],
    user: ctx.actor,
    comments: [],
    created_at: now,
    updated_at: now,
    closed_at: null,
    locked: false,
    deleted: false,
    transferredTo: null
  }
  ctx.repo.issues.push(issue)
  return created(renderIssue(ctx, issue))
}

function updateIssue(ctx: Ctx): Reply {
  const issue = requireIssue(ctx)
  const b = ctx.body
  if (b.state !== undefined && b.state !== 'open' && b.state !== 'closed') throw validationFailed('Issue', 'state', 'invalid')
  if (
    b.state_reason !== undefined &&
    b.state_reason !== null &&
    !['completed', 'not_planned', 'reopened', 'duplicate'].includes(b.state_reason)
  ) {
    throw validationFailed('Issue', 'state_reason', 'invalid')
  }
  requireLength('Issue', 'title', b.title)
  requireLength('Issue', 'body', b.body)
  if (typeof b.title === 'string') issue.title = b.title
  if (b.body !== undefined) issue.body = b.body
  if (b.labels !== undefined) issue.labels = labelNames(ctx, b.labels)
  if (Array.isArray(b.assignees)) issue.assignees = b.assignees.map(String)
  const now = ctx.gh.now()
  if (b.state === 'closed' && issue.state === 'open') {
    issue.state = 'closed'
    issue.closed_at = now
    issue.state_reason = b.state_reason ?? 'completed'
  } else if (b.state === 'open' && issue.state === 'closed') {
    issue.state = 'open'
    issue.closed_at = null
    issue.state_reason = 'reopened'
  } else if (b.state_reason !== undefined && issue.state === 'closed') {
    issue.state_reason = b.state_reason
  }
  issue.updated_at = now
  return ok(renderIssue(ctx, issue))
}

function listComments(ctx: Ctx): Reply {
  const issue = requireIssue(ctx)
  const since = ctx.query.get('since')
  const comments = issue.comments.filter((c) => !since || c.updated_at >= iso(new Date(since)))
  return paginate(
    ctx,
    comments.map((c) => renderComment(ctx, issue, c))
  )
}

function createComment(ctx: Ctx): Reply {
  const issue = requireIssue(ctx)
  if (typeof ctx.body.body !== 'string' || ctx.body.body === '') throw validationFailed('IssueComment', 'body', 'missing_field')
  requireLength('IssueComment', 'body', ctx.body.body)
  if (issue.locked && ctx.actor.login !== ctx.repo.owner) throw new HttpError(403, 'Unable to create comment because issue is locked.')
  const now = ctx.gh.now()
  const comment: StoredComment = { id: ctx.gh.id(), body: ctx.body.body, user: ctx.actor, created_at: now, updated_at: now }
  issue.comments.push(comment)
  issue.updated_at = now
  return created(renderComment(ctx, issue, comment))
}

/** The comment with `:id` in any issue of the repository. */
function findComment(ctx: Ctx): { issue: StoredIssue; comment: StoredComment } {
  requireIssues(ctx)
  const id = Number(ctx.params.id)
  for (const issue of ctx.repo.issues) {
    const comment = issue.comments.find((c) => c.id === id)
    if (comment) return { issue, comment }
  }
  throw notFound()
}

function getComment(ctx: Ctx): Reply {
  const { issue, comment } = findComment(ctx)
  return ok(renderComment(ctx, issue, comment))
}

function updateComment(ctx: Ctx): Reply {
  const { issue, comment } = findComment(ctx)
  if (typeof ctx.body.body !== 'string') throw validationFailed('IssueComment', 'body', 'missing_field')
  comment.body = ctx.body.body
  comment.updated_at = ctx.gh.now()
  return ok(renderComment(ctx, issue, comment))
}

function deleteComment(ctx: Ctx): Reply {
  const { issue, comment } = findComment(ctx)
  issue.comments.splice(issue.comments.indexOf(comment), 1)
  return noContent()
}

/** POST adds labels, PUT replaces them; Octokit sends `{ labels: [...] }`, curl users a bare array. */
function addIssueLabels(ctx: Ctx, replace: boolean): Reply {
  const issue = requireIssue(ctx)
  const names = labelNames(ctx, Array.isArray(ctx.body) ? ctx.body : (ctx.body.labels ?? []))
  issue.labels = replace ? names : [...new Set([...issue.labels, ...names])]
  issue.updated_at = ctx.gh.now()
  return ok(renderIssueLabels(ctx, issue))
}

function removeIssueLabel(ctx: Ctx): Reply {
  const issue = requireIssue(ctx)
  const wanted = (ctx.params.name ?? '').toLowerCase()
  const index = issue.labels.findIndex((l) => l.toLowerCase() === wanted)
  if (index < 0) throw notFound('Label does not exist')
  issue.labels.splice(index, 1)
  issue.updated_at = ctx.gh.now()
  return ok(renderIssueLabels(ctx, issue))
}

function removeAllIssueLabels(ctx: Ctx): Reply {
  const issue = requireIssue(ctx)
  issue.labels = []
  return noContent()
}

function requireLabel(ctx: Ctx): StoredLabel {
  const label = ctx.repo.findLabel(ctx.params.name ?? '')
  if (!label) throw notFound()
  return label
}

function createLabel(ctx: Ctx): Reply {
  const { name, color, description } = ctx.body
  if (typeof name !== 'string' || name === '') throw validationFailed('Label', 'name', 'missing_field')
  if (ctx.repo.findLabel(name)) throw validationFailed('Label', 'name', 'already_exists')
  if (color !== undefined && !/^[0-9a-fA-F]{6}$/.test(String(color))) throw validationFailed('Label', 'color', 'invalid')
  const label = ctx.gh.addLabel(ctx.repo.owner, ctx.repo.name, { name, color: color ?? 'ededed', description })
  return created(renderLabel(ctx, label))
}

function updateLabel(ctx: Ctx): Reply {
  const label = requireLabel(ctx)
  const { new_name: newName, color, description } = ctx.body
  if (typeof newName === 'string' && newName !== label.name) {
    if (ctx.repo.findLabel(newName) && newName.toLowerCase() !== label.name.toLowerCase())
      throw validationFailed('Label', 'name', 'already_exists')
    for (const issue of ctx.repo.issues) issue.labels = issue.labels.map((l) => (l === label.name ? newName : l))
    label.name = newName
  }
  if (typeof color === 'string') label.color = color
  if (description !== undefined) label.description = description
  return ok(renderLabel(ctx, label))
}

function deleteLabel(ctx: Ctx): Reply {
  const label = requireLabel(ctx)
  ctx.repo.labels.splice(ctx.repo.labels.indexOf(label), 1)
  for (const issue of ctx.repo.issues) issue.labels = issue.labels.filter((l) => l !== label.name)
  return noContent()
}

function rateLimit(): Reply {
  const core = { limit: 5000, used: 0, remaining: 5000, reset: Math.floor(Date.now() / 1000) + 3600 }
  return ok({ resources: { core, search: { ...core, limit: 30, remaining: 30 }, graphql: core }, rate: core })
}

// ---------------------------------------------------------------------------
// Route table
// ---------------------------------------------------------------------------

const R = '/repos/:owner/:repo'

const ROUTES: Route[] = [
  route('GET', '/rate_limit', rateLimit),
  // Installation tokens (GITHUB_TOKEN) cannot read /user.
  route('GET', '/user', () => {
    throw new HttpError(403, 'Resource not accessible by integration')
  }),
  route('GET', R, (ctx) => ok(renderRepo(ctx))),

  // contents
  route('GET', `${R}/contents`, getContents),
  route('GET', `${R}/contents/*path`, getContents),
  route('PUT', `${R}/contents/*path`, (ctx) => writeContents(ctx, false)),
  route('DELETE', `${R}/contents/*path`, (ctx) => writeContents(ctx, true)),

  // commits and branches
  route('GET', `${R}/commits`, listRepoCommits),
  route('GET', `${R}/commits/:ref`, getRepoCommit),
  route('GET', `${R}/branches/*branch`, getBranch),

  // git data
  route('GET', `${R}/git/ref/*ref`, getRef),
  route('GET', `${R}/git/refs/*ref`, getRef),
  route('POST', `${R}/git/refs`, createRef),
  route('PATCH', `${R}/git/refs/*ref`, updateRef),
  route('DELETE', `${R}/git/refs/*ref`, deleteRef),
  route('GET', `${R}/git/commits/:sha`, getGitCommit),
  route('POST', `${R}/git/commits`, createGitCommit),
  route('GET', `${R}/git/trees/:sha`, getTree),
  route('POST', `${R}/git/trees`, createTree),
  route('GET', `${R}/git/blobs/:sha`, getBlob),
  route('POST', `${R}/git/blobs`, createBlob),

  // issues (comment routes first: `comments` is not an issue number)
  route('GET', `${R}/issues/comments/:id`, getComment),
  route('PATCH', `${R}/issues/comments/:id`, updateComment),
  route('DELETE', `${R}/issues/comments/:id`, deleteComment),
  route('GET', `${R}/issues`, listIssues),
  route('POST', `${R}/issues`, createIssue),
  route('GET', `${R}/issues/:number`, (ctx) => ok(renderIssue(ctx, requireIssue(ctx)))),
  route('PATCH', `${R}/issues/:number`, updateIssue),
  route('GET', `${R}/issues/:number/comments`, listComments),
  route('POST', `${R}/issues/:number/comments`, createComment),
  route('GET', `${R}/issues/:number/labels`, (ctx) => ok(renderIssueLabels(ctx, requireIssue(ctx)))),
  route('POST', `${R}/issues/:number/labels`, (ctx) => addIssueLabels(ctx, false)),
  route('PUT', `${R}/issues/:number/labels`, (ctx) => addIssueLabels(ctx, true)),
  route('DELETE', `${R}/issues/:number/labels`, removeAllIssueLabels),
  route('DELETE', `${R}/issues/:number/labels/:name`, removeIssueLabel),

  // labels
  route('GET', `${R}/labels`, (ctx) =>
    paginate(
      ctx,
      ctx.repo.labels.map((l) => renderLabel(ctx, l))
    )
  ),
  route('POST', `${R}/labels`, createLabel),
  route('GET', `${R}/labels/:name`, (ctx) => ok(renderLabel(ctx, requireLabel(ctx)))),
  route('PATCH', `${R}/labels/:name`, updateLabel),
  route('DELETE', `${R}/labels/:name`, deleteLabel)
]
