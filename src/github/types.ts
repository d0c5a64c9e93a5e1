/**
 * The small interfaces the action needs from GitHub. The core never sees
 * Octokit: these are implemented in `octokit-*.ts` and faked in unit tests.
 */
import type { TextEncoding } from '../files.js'

export interface RepoRef {
  owner: string
  repo: string
}

/** Why an issue is closed (or was reopened), as GitHub says it. */
export type StateReason = 'completed' | 'not_planned' | 'duplicate' | 'reopened'

/** Who owns a repository. */
export type OwnerType = 'User' | 'Organization'

export interface IssueRecord {
  number: number
  title: string
  body: string
  state: 'open' | 'closed'
  /** null for issues closed before GitHub recorded reasons, and for a reason this code does not know. */
  stateReason: StateReason | null
  labels: string[]
}

export interface NewIssue {
  title: string
  body: string
  labels: string[]
  assignees: string[]
}

export interface IssueChange {
  title?: string
  body?: string
  state?: 'open' | 'closed'
  stateReason?: StateReason
}

export interface IssueTracker {
  /** Every issue (open and closed) that carries the label; pull requests left out. */
  listByLabel(label: string): Promise<IssueRecord[]>
  get(number: number): Promise<IssueRecord>
  create(issue: NewIssue): Promise<IssueRecord>
  update(number: number, change: IssueChange): Promise<void>
  comment(number: number, body: string): Promise<void>
  /** The bodies of an issue's comments, oldest first. */
  listComments(number: number): Promise<string[]>
  /** Creates the label when it is missing; says whether it did. */
  ensureLabel(name: string, description: string): Promise<boolean>
}

export interface RepoInfo {
  defaultBranch: string
  ownerLogin: string
  ownerType: OwnerType
}

export interface FileAt {
  text: string
  /** How the file is stored, so that a file written back is stored the same way. */
  encoding: TextEncoding
  /** The git blob sha, to tell whether a file we would write is already there. */
  sha: string
}

export interface FileChange {
  path: string
  content: string
}

export interface RepoContents {
  info(): Promise<RepoInfo>
  /** The commit sha at the head of a branch. */
  head(branch: string): Promise<string>
  /** The same, or null when there is no such branch. */
  findHead(branch: string): Promise<string | null>
  /** A new branch pointing at a commit. */
  createBranch(branch: string, sha: string): Promise<void>
  /** null when there is no such file; a read that fails or comes back short throws. */
  readFile(path: string, ref: string): Promise<FileAt | null>
  /** Blob shas of the files directly inside a folder; empty when it does not exist. */
  listFolder(path: string, ref: string): Promise<Map<string, string>>
  /**
   * One commit on top of `parent` holding every change, then a fast-forward of
   * the branch. Throws `BranchMovedError` when the branch is no longer at `parent`,
   * `RuleError` when a repository rule or branch protection refuses the update.
   */
  commit(branch: string, parent: string, changes: FileChange[], message: string): Promise<string>
}

export class BranchMovedError extends Error {}
