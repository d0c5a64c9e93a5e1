/**
 * The reminder plan: what to open, edit, reopen and close so that each problem
 * has exactly one open issue. Pure: reminders and existing issues in, a plan out.
 *
 * The lifecycle, as the README tells the learner:
 * - closed as "not planned": never reopened;
 * - closed as completed by a person while the problem is still in the log:
 *   reopened once, with one comment that says why and how to stop it; closed
 *   again by a person, it stays closed;
 * - closed by the bot because the problem was fixed, and the problem comes
 *   back: reopened;
 * - open, and the problem is gone: closed as completed, with a comment saying
 *   what was fixed.
 * The learner's edits stand: a renamed title is never written back, and text
 * outside the bot's part of the body is kept.
 */
import type { IssueRecord } from '../github/types.js'
import { BODY_LIMIT } from '../render/reminder-issue.js'
import { fingerprint, learnerLength, ownPart, readMarker, remark, replaceOwnPart, type Marker } from './marker.js'
import { keyOf, type ReminderTopic } from './topics.js'

interface PlannedCreate {
  topic: ReminderTopic
  title: string
  body: string
}

interface PlannedUpdate {
  number: number
  topic: ReminderTopic
  /** Absent when the learner renamed the issue: their title stands. */
  title?: string
  body: string
}

interface PlannedReopen extends PlannedUpdate {
  /** A person closed it with the problem still there: say why it is open again. */
  nudge: boolean
  /** The episode the reopen starts, for the comment's marker. */
  episode: number
}

interface PlannedClose {
  number: number
  key: string
  /** `moved`: the problem is still in the log, now reminded of in another issue (the mode or the window changed). */
  reason: 'completed' | 'duplicate' | 'moved'
  /** For a duplicate: the issue that stays open. */
  duplicateOf?: number
  /** The body with the marker noting that the bot closed it (completed only). */
  body?: string
  /** Which opening of the issue this closes: a rerun finds its own comment by it. */
  episode: number
  about: string[]
}

export interface ReminderPlan {
  create: PlannedCreate[]
  update: PlannedUpdate[]
  reopen: PlannedReopen[]
  close: PlannedClose[]
  /** Reminders left for a later run because of `max-issues`, newest first. */
  deferred: ReminderTopic[]
  /** Older days' problems gathered in the older-gaps issue instead of issues of their own. */
  older: ReminderTopic[]
}

export interface MarkedIssue extends IssueRecord {
  marker: Marker
  key: string
}

export interface PlanOptions {
  maxIssues: number
  /** Builds the older-gaps checklist from the older topics without an issue of their own. */
  older?: (topics: ReminderTopic[]) => ReminderTopic | null
}

/** The issues that carry the bot's marker, with the marker read; hand-written look-alikes are left out. */
export function markedIssues(issues: IssueRecord[]): MarkedIssue[] {
  return issues.flatMap((issue) => {
    const marker = readMarker(issue.body)
    return marker ? [{ ...issue, marker, key: marker.key }] : []
  })
}

/** The body for `topic`, keeping whatever the learner wrote outside the bot's part of `current`. */
function bodyFor(topic: ReminderTopic, marker: Marker, current: string | null): string {
  const frame = ownPart(marker, '').length
  const room = BODY_LIMIT - frame - (current === null ? 0 : learnerLength(current))
  const own = ownPart(marker, topic.render(room))
  return current === null ? own : replaceOwnPart(current, own)
}

function freshMarker(topic: ReminderTopic, title: string, previous: Marker | null, reopened: boolean, nudged: boolean): Marker {
  return {
    key: topic.key,
    state: topic.state,
    title: fingerprint(title),
    about: topic.about,
    reopens: (previous?.reopens ?? 0) + (reopened ? 1 : 0),
    closed: false,
    nudged
  }
}

/** The title the bot last wrote is still there (or the issue predates title tracking). */
function ownsTitle(issue: MarkedIssue): boolean {
  return issue.marker.title === null || issue.marker.title === fingerprint(issue.title)
}

/** The write that brings an issue up to `topic`: the body always, the title only while it is the bot's. */
function rewrite(issue: MarkedIssue, topic: ReminderTopic, reopened: boolean, nudged: boolean): PlannedUpdate {
  const mine = ownsTitle(issue)
  const title = mine ? topic.title : issue.title
  // The marker remembers the bot's title, so a later run still sees the learner's rename.
  const marker = freshMarker(topic, title, issue.marker, reopened, nudged)
  if (!mine) marker.title = issue.marker.title
  return {
    number: issue.number,
    topic,
    ...(mine && issue.title !== topic.title ? { title: topic.title } : {}),
    body: bodyFor(topic, marker, issue.body)
  }
}

type ClosedVerdict = { action: 'reopen'; issue: MarkedIssue; nudge: boolean } | { action: 'leave' } | { action: 'none' }

/** What the learner's closing of a problem's issues says about reopening it. */
function closedVerdict(closed: MarkedIssue[]): ClosedVerdict {
  // The learner closed it as "not planned": they asked not to hear about it again.
  if (closed.some((i) => i.stateReason === 'not_planned')) return { action: 'leave' }
  const last = closed.filter((i) => i.stateReason !== 'duplicate').pop()
  if (!last) return { action: 'none' }
  if (last.marker.closed) return { action: 'reopen', issue: last, nudge: false }
  // A person closed it with the problem still there: ask once, then let it be.
  if (last.marker.nudged) return { action: 'leave' }
  return { action: 'reopen', issue: last, nudge: true }
}

/**
 * Whether what an issue keyed `key` reminded of is still reminded of by another topic: a day's problems now in
 * the digest or the older-gaps checklist, a digest's in per-day issues, the older gaps in issues of their own.
 * Then closing the issue must not say the log was fixed.
 */
function remindedElsewhere(key: string, topics: ReminderTopic[]): boolean {
  const live = topics.filter((t) => t.key !== key && t.placement !== 'none')
  if (key === 'digest') return live.length > 0
  if (key === 'older') return live.some((t) => t.placement === 'older' || t.key === 'digest')
  return live.some((t) => t.findings.some((f) => keyOf(f) === key))
}

/**
 * What to write so the open reminders match the topics: issues to open (newest first, at most `maxIssues`), update,
 * reopen and close, the topics deferred by `maxIssues`, and the older ones gathered in one checklist. Pure; nothing
 * is planned for an issue that is already up to date, so a run with nothing new writes nothing.
 */
export function planReminders(topics: ReminderTopic[], issues: IssueRecord[], options: PlanOptions): ReminderPlan {
  const plan: ReminderPlan = { create: [], update: [], reopen: [], close: [], deferred: [], older: [] }
  const marked = markedIssues(issues).sort((a, b) => a.number - b.number)
  const openByKey = new Map<string, MarkedIssue>()
  for (const issue of marked.filter((i) => i.state === 'open')) {
    const kept = openByKey.get(issue.key)
    if (kept) {
      plan.close.push({
        number: issue.number,
        key: issue.key,
        reason: 'duplicate',
        duplicateOf: kept.number,
        episode: issue.marker.reopens,
        about: issue.marker.about
      })
    } else openByKey.set(issue.key, issue)
  }
  const closedOf = (key: string) => marked.filter((i) => i.key === key && i.state === 'closed')

  // Older days and days before the log keep an issue that is already open; only recent days get new ones.
  const own: ReminderTopic[] = []
  for (const topic of topics) {
    if (topic.placement === 'own' || openByKey.has(topic.key)) own.push(topic)
    else if (topic.placement === 'older' && closedVerdict(closedOf(topic.key)).action !== 'leave') plan.older.push(topic)
  }
  const olderTopic = plan.older.length > 0 ? (options.older?.(plan.older) ?? null) : null
  if (olderTopic) own.push(olderTopic)

  let opened = 0
  for (const topic of own) {
    const open = openByKey.get(topic.key)
    if (open) {
      const changed = open.marker.state !== topic.state || (ownsTitle(open) && open.title !== topic.title)
      if (changed) plan.update.push(rewrite(open, topic, false, open.marker.nudged))
      continue
    }
    const verdict = closedVerdict(closedOf(topic.key))
    if (verdict.action === 'leave') continue
    if (opened >= options.maxIssues) {
      plan.deferred.push(topic)
      continue
    }
    opened++
    if (verdict.action === 'reopen') {
      const { issue, nudge } = verdict
      const nudged = issue.marker.nudged || nudge
      plan.reopen.push({ ...rewrite(issue, topic, true, nudged), nudge, episode: issue.marker.reopens + 1 })
    } else {
      const title = topic.title
      plan.create.push({ topic, title, body: bodyFor(topic, freshMarker(topic, title, null, false, false), null) })
    }
  }

  const wanted = new Set(own.map((t) => t.key))
  for (const [key, issue] of openByKey) {
    if (wanted.has(key)) continue
    plan.close.push({
      number: issue.number,
      key,
      reason: remindedElsewhere(key, [...topics, ...own]) ? 'moved' : 'completed',
      body: remark(issue.body, { ...issue.marker, closed: true }),
      episode: issue.marker.reopens,
      about: issue.marker.about
    })
  }
  return plan
}
