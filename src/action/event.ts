/**
 * What the run can learn from its event before asking GitHub anything: which
 * commit to read, the repository's default branch and owner, whether this push
 * is the bot's own summary commit. Pure functions over the runner's context, so
 * `main.ts` only wires and each rule has a test.
 */
import type { RepoInfo, RepoRef } from '../github/types.js'
import { ownerTypeOf } from '../github/values.js'

/** The parts of `@actions/github`'s context the run reads: the event's name, its payload, the workflow's repository. */
export interface RunEvent {
  eventName: string
  /** The workflow's own repository (GITHUB_REPOSITORY). */
  repo: RepoRef
  /** GITHUB_SHA. */
  sha: string
  /** The webhook payload (GITHUB_EVENT_PATH). */
  payload: Record<string, unknown>
}

const SHA = /^[0-9a-f]{40}$/
const NO_COMMIT = '0'.repeat(40)

const lower = (repo: RepoRef): string => `${repo.owner}/${repo.repo}`.toLowerCase()

function field(value: unknown, ...path: string[]): unknown {
  let v = value
  for (const key of path) v = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[key] : undefined
  return v
}

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null)

/** Whether the workflow runs in the repository it checks (a cohort run checks another one). */
export function isOwnRepository(event: RunEvent, target: RepoRef): boolean {
  return lower(event.repo) === lower(target)
}

/**
 * A push to the checked repository: the pushed commit and its branch, from the payload (`after`, or `head_commit.id`,
 * or GITHUB_SHA); null for any other event, a push elsewhere, or a deleted branch. That commit is what the run reads.
 */
export function pushedCommit(event: RunEvent, target: RepoRef): { sha: string; branch: string | null } | null {
  if (event.eventName !== 'push' || !isOwnRepository(event, target)) return null
  const sha = text(field(event.payload, 'after')) ?? text(field(event.payload, 'head_commit', 'id')) ?? event.sha
  if (!SHA.test(sha) || sha === NO_COMMIT) return null
  const ref = text(field(event.payload, 'ref'))
  return { sha, branch: ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : null }
}

/**
 * The checked repository's default branch and owner as the payload gives them (`repository.default_branch`,
 * `repository.owner`), so a push needs no request for them; null when the payload lacks them or names another
 * repository: then the API is asked.
 */
export function repoInfoFromEvent(event: RunEvent, target: RepoRef): RepoInfo | null {
  const repository = field(event.payload, 'repository')
  const fullName = text(field(repository, 'full_name'))
  if (fullName === null || fullName.toLowerCase() !== lower(target)) return null
  const defaultBranch = text(field(repository, 'default_branch'))
  const ownerLogin = text(field(repository, 'owner', 'login'))
  const ownerType = text(field(repository, 'owner', 'type'))
  if (defaultBranch === null || ownerLogin === null || ownerType === null) return null
  return { defaultBranch, ownerLogin, ownerType: ownerTypeOf(ownerType) }
}

/** The bot's own summary commit triggers a push; that run must not commit again (the loop guard). */
export function isOwnSummaryPush(event: RunEvent): boolean {
  const message = field(event.payload, 'head_commit', 'message')
  return event.eventName === 'push' && typeof message === 'string' && message.startsWith('til-keeper:')
}

/** `.github/workflows/til.yml` from GITHUB_WORKFLOW_REF (`owner/repo/.github/workflows/til.yml@refs/heads/main`), for messages that point at it. */
export function workflowFile(workflowRef: string | undefined): string | null {
  return /^[^/]+\/[^/]+\/(.+?)@/.exec(workflowRef ?? '')?.[1] ?? null
}

/** A file's page on GitHub at a ref, as source (`?plain=1`, so that `#L12` reaches the line of a rendered markdown file). */
export function blobUrl(server: string, repo: RepoRef, ref: string, path: string): string {
  const encoded = path.split('/').map(encodeURIComponent).join('/')
  return `${server}/${repo.owner}/${repo.repo}/blob/${encodeURIComponent(ref)}/${encoded}?plain=1`
}

/** Who the reminders are assigned to: the `assignees` input, or else the repository's owner when that is a person. */
export function defaultAssignees(assignees: string[] | null, info: Pick<RepoInfo, 'ownerLogin' | 'ownerType'>): string[] {
  return assignees ?? (info.ownerType === 'User' ? [info.ownerLogin] : [])
}
