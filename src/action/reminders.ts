/**
 * Carries out a reminder plan against the issue tracker, politely: the label is
 * created only when an issue needs it, the marker is re-checked right before an
 * issue is opened, and an issue this run opened that turns out to duplicate one
 * another run opened at the same moment is closed as a duplicate.
 *
 * One reminder's failure (a locked, deleted or transferred issue) is a warning,
 * not the end of the run: the other reminders, the weekly summary and the
 * report still happen. Issues turned off in the repository skip reminders with
 * one warning. A missing permission still stops the run: nothing would work.
 * A rerun after a failure repeats nothing: comments carry a hidden marker and
 * are looked for before they are written.
 */
import { isStatus, StopError } from '../github/errors.js'
import type { IssueTracker } from '../github/types.js'
import type { Language } from '../log/types.js'
import { commentMarker } from '../reminders/marker.js'
import { markedIssues, planReminders, type ReminderPlan } from '../reminders/plan.js'
import type { ReminderTopic } from '../reminders/topics.js'
import {
  closingComment,
  duplicateComment,
  failureNote,
  issuesOffNote,
  labelDescription,
  movedComment,
  reopenComment
} from '../render/reminder-issue.js'
import type { FailureKind, ReminderStep } from '../render/messages.js'
import type { EntryNames } from '../render/entry-names.js'

export interface ReminderOptions {
  label: string
  assignees: string[]
  maxIssues: number
  dryRun: boolean
  language: Language
  /** How the comments name a day (`3일차` in a log of `N일차` days); by its key where not given. */
  names?: EntryNames
  /** `owner/name`, for the warning when issues are turned off. */
  repository: string
  /** Builds the older-gaps checklist (see planReminders). */
  older?: (topics: ReminderTopic[]) => ReminderTopic | null
  warn(message: string): void
}

interface IssueRef {
  number: number
  title: string
}

export interface ReminderResult {
  plan: ReminderPlan
  opened: IssueRef[]
  reopened: IssueRef[]
  updated: IssueRef[]
  closed: number[]
  /** The warnings of reminders that could not be written. */
  failures: string[]
  /** Issues are turned off in the repository: nothing was planned or written. */
  issuesOff: boolean
}

const EMPTY_PLAN: ReminderPlan = { create: [], update: [], reopen: [], close: [], deferred: [], older: [] }

function failureKind(error: unknown): FailureKind {
  const message = String((error as { message?: string })?.message ?? '')
  if (isStatus(error, 403) && /locked/i.test(message)) return 'locked'
  if (isStatus(error, 410)) return 'gone'
  if (isStatus(error, 301, 404)) return 'moved'
  if (isStatus(error, 422)) return 'refused'
  return 'other'
}

function detailOf(error: unknown): string {
  const e = error as { status?: number; message?: string }
  return `${e?.status ?? ''} ${String(e?.message ?? error).split('\n')[0]}`.trim()
}

export async function applyReminders(tracker: IssueTracker, topics: ReminderTopic[], options: ReminderOptions): Promise<ReminderResult> {
  const result: ReminderResult = { plan: EMPTY_PLAN, opened: [], reopened: [], updated: [], closed: [], failures: [], issuesOff: false }
  const off = (): ReminderResult => {
    if (!result.issuesOff) options.warn(issuesOffNote(options.language, options.repository))
    result.issuesOff = true
    return result
  }
  let issues
  try {
    issues = await tracker.listByLabel(options.label)
  } catch (error) {
    if (isStatus(error, 410)) return off()
    throw error
  }
  const plan = planReminders(topics, issues, { maxIssues: options.maxIssues, older: options.older })
  result.plan = plan
  if (options.dryRun) return result

  /** Runs one write: a missing permission, a refused token or a rate limit stops the run; any other failure becomes a warning and `false`. */
  const step = async (number: number | null, what: ReminderStep, write: () => Promise<void>): Promise<boolean> => {
    try {
      await write()
      return true
    } catch (error) {
      if (error instanceof StopError) throw error
      const note = failureNote(options.language, number, what, failureKind(error), detailOf(error))
      options.warn(note)
      result.failures.push(note)
      return false
    }
  }

  const opening = plan.create.length > 0 || plan.reopen.length > 0
  if (opening) await step(null, 'open', async () => void (await tracker.ensureLabel(options.label, labelDescription(options.language))))

  if (plan.create.length > 0) {
    // Another run may have opened some of these since we listed: look again, by marker.
    let openKeys: Set<string> | null = null
    try {
      openKeys = new Set(
        markedIssues(await tracker.listByLabel(options.label))
          .filter((i) => i.state === 'open')
          .map((i) => i.key)
      )
    } catch (error) {
      if (isStatus(error, 410)) return off()
      throw error
    }
    const mine: Array<{ number: number; key: string }> = []
    for (const { topic, title, body } of plan.create.filter((c) => !openKeys.has(c.topic.key))) {
      try {
        const issue = await tracker.create({ title, body, labels: [options.label], assignees: options.assignees })
        mine.push({ number: issue.number, key: topic.key })
        result.opened.push({ number: issue.number, title })
      } catch (error) {
        if (error instanceof StopError) throw error
        // Issues turned off between the list and the write: stop here, once.
        if (isStatus(error, 410)) return off()
        const note = failureNote(options.language, null, 'open', failureKind(error), detailOf(error))
        options.warn(note)
        result.failures.push(note)
      }
    }
    if (mine.length > 0) await closeOwnDuplicates(tracker, options, mine, result, step)
  }

  for (const { number, topic, title, body } of plan.update) {
    if (await step(number, 'update', () => tracker.update(number, { ...(title !== undefined ? { title } : {}), body })))
      result.updated.push({ number, title: title ?? topic.title })
  }

  for (const { number, topic, title, body, nudge, episode } of plan.reopen) {
    const reopened = await step(number, 'reopen', () =>
      tracker.update(number, { ...(title !== undefined ? { title } : {}), body, state: 'open', stateReason: 'reopened' })
    )
    if (!reopened) continue
    result.reopened.push({ number, title: title ?? topic.title })
    // Reopened first, then the comment: a rerun after a failed comment does not comment twice.
    if (nudge)
      await step(number, 'comment', () =>
        tracker.comment(
          number,
          `${reopenComment(options.language, topic.key, options.names)}\n\n${commentMarker('reopened', topic.key, episode)}`
        )
      )
  }

  for (const close of plan.close) {
    let comments: string[] = []
    let current: Awaited<ReturnType<IssueTracker['get']>> | null = null
    const read = await step(close.number, 'read', async () => {
      current = await tracker.get(close.number)
      comments = await tracker.listComments(close.number)
    })
    // Skip an issue another run closed a moment ago, or one that cannot be read: one comment per thing.
    if (!read || current!.state === 'closed') continue
    const duplicate = close.reason === 'duplicate'
    const marker = commentMarker(duplicate ? 'duplicate' : 'closed', close.key, close.episode)
    // A close that failed after its comment was written: the rerun closes without saying it again.
    if (!comments.some((c) => c.includes(marker))) {
      const text = duplicate
        ? duplicateComment(options.language, close.duplicateOf!)
        : close.reason === 'moved'
          ? movedComment(options.language)
          : closingComment(options.language, close.key, close.about, options.names)
      // A comment refused (a locked issue) does not keep the issue open.
      await step(close.number, 'comment', () => tracker.comment(close.number, `${text}\n\n${marker}`))
    }
    const closed = await step(close.number, 'close', () =>
      tracker.update(close.number, {
        ...(close.body !== undefined ? { body: close.body } : {}),
        state: 'closed',
        stateReason: duplicate ? 'duplicate' : 'completed'
      })
    )
    if (closed) result.closed.push(close.number)
  }
  return result
}

/** Two runs at once can each open the same reminder; the later-numbered one closes itself. */
async function closeOwnDuplicates(
  tracker: IssueTracker,
  options: ReminderOptions,
  mine: Array<{ number: number; key: string }>,
  result: ReminderResult,
  step: (number: number | null, what: ReminderStep, write: () => Promise<void>) => Promise<boolean>
): Promise<void> {
  const open = markedIssues(await tracker.listByLabel(options.label)).filter((i) => i.state === 'open')
  for (const { number, key } of mine) {
    const first = open.filter((i) => i.key === key).sort((a, b) => a.number - b.number)[0]
    if (!first || first.number === number) continue
    const marker = commentMarker('duplicate', key, 0)
    await step(number, 'comment', () => tracker.comment(number, `${duplicateComment(options.language, first.number)}\n\n${marker}`))
    if (await step(number, 'close', () => tracker.update(number, { state: 'closed', stateReason: 'duplicate' })))
      result.opened = result.opened.filter((o) => o.number !== number)
  }
}
