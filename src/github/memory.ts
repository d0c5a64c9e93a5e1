/**
 * In-memory implementations of the two ports, for in-process tests of the
 * shell (`applyReminders`, `writeSummaries`, `run()`): plain state a test can
 * set up and read back, a log of every call, and a hook that runs before each
 * call, to fail it or to change the state as another run would meanwhile.
 */
import { createHash } from 'node:crypto'
import { gitBlobSha } from './blob-sha.js'
import {
  BranchMovedError,
  type FileAt,
  type FileChange,
  type IssueChange,
  type IssueRecord,
  type IssueTracker,
  type NewIssue,
  type RepoContents,
  type RepoInfo
} from './types.js'

/** Runs before a call with its name and arguments; throw to fail the call. */
type BeforeCall = (method: string, args: unknown[]) => void | Promise<void>

/** An issue tracker in memory: issues, their comments and the labels that exist. */
export class MemoryIssues implements IssueTracker {
  issues: IssueRecord[] = []
  readonly comments = new Map<number, string[]>()
  readonly labels = new Set<string>()
  /** Every call, in order, as `method number?`. */
  readonly calls: string[] = []
  before: BeforeCall | null = null
  private next = 1

  /** Puts an issue in place, as if opened earlier (by this bot or another run); returns it. */
  add(issue: Omit<IssueRecord, 'number' | 'stateReason'> & Partial<Pick<IssueRecord, 'stateReason'>>): IssueRecord {
    const record: IssueRecord = { stateReason: null, ...issue, number: this.next++ }
    this.issues.push(record)
    return record
  }

  /** The calls that change something. */
  writes(): string[] {
    return this.calls.filter((c) => !/^(listByLabel|get|listComments)\b/.test(c))
  }

  private async call(method: string, args: unknown[]): Promise<void> {
    this.calls.push([method, ...args.filter((a) => typeof a === 'number')].join(' '))
    await this.before?.(method, args)
  }

  private find(number: number): IssueRecord {
    const issue = this.issues.find((i) => i.number === number)
    if (!issue) throw Object.assign(new Error('Not Found'), { status: 404 })
    return issue
  }

  async listByLabel(label: string): Promise<IssueRecord[]> {
    await this.call('listByLabel', [label])
    return this.issues.filter((i) => i.labels.includes(label)).map((i) => ({ ...i, labels: [...i.labels] }))
  }

  async get(number: number): Promise<IssueRecord> {
    await this.call('get', [number])
    return { ...this.find(number) }
  }

  async create(issue: NewIssue): Promise<IssueRecord> {
    await this.call('create', [issue])
    const record = this.add({ title: issue.title, body: issue.body, labels: [...issue.labels], state: 'open' })
    return { ...record }
  }

  async update(number: number, change: IssueChange): Promise<void> {
    await this.call('update', [number, change])
    const issue = this.find(number)
    if (change.title !== undefined) issue.title = change.title
    if (change.body !== undefined) issue.body = change.body
    if (change.state !== undefined) {
      issue.state = change.state
      issue.stateReason = change.state === 'open' ? null : (change.stateReason ?? 'completed')
    }
  }

  async comment(number: number, body: string): Promise<void> {
    await this.call('comment', [number, body])
    this.find(number)
    this.comments.set(number, [...(this.comments.get(number) ?? []), body])
  }

  async listComments(number: number): Promise<string[]> {
    await this.call('listComments', [number])
    return [...(this.comments.get(number) ?? [])]
  }

  async ensureLabel(name: string): Promise<boolean> {
    await this.call('ensureLabel', [name])
    if (this.labels.has(name)) return false
    this.labels.add(name)
    return true
  }
}

interface MemoryCommit {
  parent: string | null
  files: Map<string, string>
  message: string
}

const shaOf = (text: string): string => createHash('sha1').update(text).digest('hex')

/** A repository in memory: commits of whole file trees, branches pointing at them. */
export class MemoryContents implements RepoContents {
  readonly commits = new Map<string, MemoryCommit>()
  readonly branches = new Map<string, string>()
  /** Every call, in order, as `method argument…`. */
  readonly calls: string[] = []
  before: BeforeCall | null = null

  constructor(
    files: Record<string, string>,
    readonly repoInfo: RepoInfo = { defaultBranch: 'main', ownerLogin: 'learner', ownerType: 'User' }
  ) {
    this.branches.set(repoInfo.defaultBranch, this.store(null, new Map(Object.entries(files)), 'initial'))
  }

  private store(parent: string | null, files: Map<string, string>, message: string): string {
    const sha = shaOf(`${parent}\n${message}\n${[...files].join('\n')}\n${this.commits.size}`)
    this.commits.set(sha, { parent, files, message })
    return sha
  }

  /** A commit on top of a branch, as a push by the learner (or another run) would make; returns its sha. */
  push(branch: string, files: Record<string, string>, message = 'push'): string {
    const parent = this.branches.get(branch)!
    const sha = this.store(parent, new Map([...this.commits.get(parent)!.files, ...Object.entries(files)]), message)
    this.branches.set(branch, sha)
    return sha
  }

  /** A file at the head of a branch, or undefined. */
  fileAt(branch: string, path: string): string | undefined {
    return this.commits.get(this.branches.get(branch)!)?.files.get(path)
  }

  /** The calls that change something. */
  writes(): string[] {
    return this.calls.filter((c) => /^(createBranch|commit)\b/.test(c))
  }

  private async call(method: string, args: string[]): Promise<void> {
    this.calls.push([method, ...args].join(' '))
    await this.before?.(method, args)
  }

  private tree(ref: string): Map<string, string> {
    const commit = this.commits.get(this.branches.get(ref) ?? ref)
    if (!commit) throw Object.assign(new Error(`No commit found for the ref ${ref}`), { status: 404 })
    return commit.files
  }

  async info(): Promise<RepoInfo> {
    await this.call('info', [])
    return { ...this.repoInfo }
  }

  async head(branch: string): Promise<string> {
    await this.call('head', [branch])
    const sha = this.branches.get(branch)
    if (sha === undefined) throw Object.assign(new Error('Not Found'), { status: 404 })
    return sha
  }

  async findHead(branch: string): Promise<string | null> {
    await this.call('findHead', [branch])
    return this.branches.get(branch) ?? null
  }

  async createBranch(branch: string, sha: string): Promise<void> {
    await this.call('createBranch', [branch, sha])
    if (this.branches.has(branch)) throw new BranchMovedError(`${branch} was created meanwhile`)
    this.branches.set(branch, sha)
  }

  async readFile(path: string, ref: string): Promise<FileAt | null> {
    await this.call('readFile', [path, ref])
    const text = this.tree(ref).get(path)
    return text === undefined ? null : { text, encoding: 'utf-8', sha: gitBlobSha(text) }
  }

  async listFolder(path: string, ref: string): Promise<Map<string, string>> {
    await this.call('listFolder', [path, ref])
    const files = new Map<string, string>()
    for (const [file, text] of this.tree(ref)) {
      if (file.startsWith(`${path}/`) && !file.slice(path.length + 1).includes('/')) files.set(file, gitBlobSha(text))
    }
    return files
  }

  async commit(branch: string, parent: string, changes: FileChange[], message: string): Promise<string> {
    await this.call('commit', [branch, parent, ...changes.map((c) => c.path)])
    if (this.branches.get(branch) !== parent) throw new BranchMovedError(`${branch} moved while til-keeper was writing`)
    const files = new Map(this.commits.get(parent)!.files)
    for (const c of changes) files.set(c.path, c.content)
    const sha = this.store(parent, files, message)
    this.branches.set(branch, sha)
    return sha
  }
}
