/** IssueTracker over the REST API. */
import type { GitHubClient } from './client.js'
import { isStatus, needs } from './errors.js'
import { stateReasonOf } from './values.js'
import type { IssueChange, IssueRecord, IssueTracker, NewIssue, RepoRef } from './types.js'

interface RestIssue {
  number: number
  title: string
  body?: string | null
  state: string
  state_reason?: string | null
  labels: Array<string | { name?: string }>
  pull_request?: unknown
}

function toRecord(issue: RestIssue): IssueRecord {
  return {
    number: issue.number,
    title: issue.title,
    body: issue.body ?? '',
    state: issue.state === 'closed' ? 'closed' : 'open',
    stateReason: stateReasonOf(issue.state_reason),
    labels: issue.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter((l) => l !== '')
  }
}

/** A label colour that reads as "reminder" without shouting. */
const LABEL_COLOR = 'fbca04'

export function octokitIssues(client: GitHubClient, repo: RepoRef): IssueTracker {
  return {
    async listByLabel(label) {
      // The issues list, not the search API: search lags behind issues created moments ago.
      const issues = await needs('issues: write', 'list issues', () =>
        client.paginate(client.rest.issues.listForRepo, { ...repo, labels: label, state: 'all', per_page: 100 })
      )
      return (issues as RestIssue[]).filter((i) => !i.pull_request).map(toRecord)
    },
    async get(number) {
      const { data } = await needs('issues: write', `read issue #${number}`, () =>
        client.rest.issues.get({ ...repo, issue_number: number })
      )
      return toRecord(data as RestIssue)
    },
    async create(issue: NewIssue) {
      const { data } = await needs('issues: write', 'open an issue', () =>
        client.rest.issues.create({ ...repo, title: issue.title, body: issue.body, labels: issue.labels, assignees: issue.assignees })
      )
      return toRecord(data as RestIssue)
    },
    async update(number, change: IssueChange) {
      await needs('issues: write', `update issue #${number}`, () =>
        client.rest.issues.update({
          ...repo,
          issue_number: number,
          ...(change.title !== undefined ? { title: change.title } : {}),
          ...(change.body !== undefined ? { body: change.body } : {}),
          ...(change.state !== undefined ? { state: change.state } : {}),
          ...(change.stateReason !== undefined ? { state_reason: change.stateReason } : {})
        } as Parameters<typeof client.rest.issues.update>[0])
      )
    },
    async comment(number, body) {
      await needs('issues: write', `comment on issue #${number}`, () =>
        client.rest.issues.createComment({ ...repo, issue_number: number, body })
      )
    },
    async listComments(number) {
      const comments = await needs('issues: write', `read the comments of issue #${number}`, () =>
        client.paginate(client.rest.issues.listComments, { ...repo, issue_number: number, per_page: 100 })
      )
      return (comments as Array<{ body?: string | null }>).map((c) => c.body ?? '')
    },
    async ensureLabel(name, description) {
      try {
        await client.rest.issues.getLabel({ ...repo, name })
        return false
      } catch (error) {
        if (!isStatus(error, 404)) throw error
      }
      try {
        await needs('issues: write', `create the label "${name}"`, () =>
          client.rest.issues.createLabel({ ...repo, name, color: LABEL_COLOR, description })
        )
        return true
      } catch (error) {
        // Another run created it a moment ago.
        if (isStatus(error, 422)) return false
        throw error
      }
    }
  }
}
