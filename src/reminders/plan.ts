/**
 * The reminder plan: what to open, edit, reopen and close so that each problem
 * has exactly one open issue. Pure: reminders and existing issues in, a plan out.
 */
import type { IssueRecord } from '../github/types.js'
import { readMarker } from './marker.js'
import type { ReminderTopic } from './topics.js'

export interface PlannedClose {
  number: number
  key: string
  reason: 'completed' | 'duplicate'
  /** For a duplicate: the issue that stays open. */
  duplicateOf?: number
}

export interface ReminderPlan {
  create: ReminderTopic[]
  update: Array<{ number: number; topic: ReminderTopic; reopen: boolean }>
  close: PlannedClose[]
  /** Problems left without an issue because of `max-issues`. */
  deferred: ReminderTopic[]
}

export interface MarkedIssue extends IssueRecord {
  key: string
  /** The problem's fingerprint when the issue was last written. */
  fingerprint: string
}

export function markedIssues(issues: IssueRecord[]): MarkedIssue[] {
  return issues.flatMap((issue) => {
    const marker = readMarker(issue.body)
    return marker ? [{ ...issue, key: marker.key, fingerprint: marker.state }] : []
  })
}

export function planReminders(topics: ReminderTopic[], issues: IssueRecord[], maxIssues: number): ReminderPlan {
  const plan: ReminderPlan = { create: [], update: [], close: [], deferred: [] }
  const marked = markedIssues(issues).sort((a, b) => a.number - b.number)
  const openByKey = new Map<string, MarkedIssue>()
  for (const issue of marked.filter((i) => i.state === 'open')) {
    const kept = openByKey.get(issue.key)
    if (kept) plan.close.push({ number: issue.number, key: issue.key, reason: 'duplicate', duplicateOf: kept.number })
    else openByKey.set(issue.key, issue)
  }
  const wanted = new Set(topics.map((t) => t.key))
  let opened = 0
  for (const topic of topics) {
    const open = openByKey.get(topic.key)
    if (open) {
      if (open.fingerprint !== topic.state || open.title !== topic.title) plan.update.push({ number: open.number, topic, reopen: false })
      continue
    }
    const closed = marked.filter((i) => i.key === topic.key && i.state === 'closed')
    // The learner closed it as "not planned": they asked not to hear about it again.
    if (closed.some((i) => i.stateReason === 'not_planned')) continue
    if (opened >= maxIssues) {
      plan.deferred.push(topic)
      continue
    }
    opened++
    const last = closed.filter((i) => i.stateReason !== 'duplicate').pop()
    if (last) plan.update.push({ number: last.number, topic, reopen: true })
    else plan.create.push(topic)
  }
  for (const [key, issue] of openByKey) {
    if (!wanted.has(key)) plan.close.push({ number: issue.number, key, reason: 'completed' })
  }
  return plan
}
