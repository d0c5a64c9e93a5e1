/**
 * Carries out a reminder plan against the issue tracker, politely: the label is
 * created only when an issue needs it, the marker is re-checked right before an
 * issue is opened, and an issue this run opened that turns out to duplicate one
 * another run opened at the same moment is closed as a duplicate.
 */
import type { IssueTracker } from '../github/types.js'
import type { Language } from '../log/types.js'
import { markedIssues, planReminders, type ReminderPlan } from '../reminders/plan.js'
import type { ReminderTopic } from '../reminders/topics.js'
import { closingComment, duplicateComment } from '../report/reminder.js'

export interface ReminderOptions {
  label: string
  assignees: string[]
  maxIssues: number
  dryRun: boolean
  language: Language
}

export interface ReminderResult {
  plan: ReminderPlan
  opened: Array<{ number: number; title: string }>
  updated: Array<{ number: number; title: string }>
  closed: number[]
}

const LABEL_DESCRIPTION = 'Reminders from til-keeper about the study log'

export async function applyReminders(tracker: IssueTracker, topics: ReminderTopic[], options: ReminderOptions): Promise<ReminderResult> {
  const plan = planReminders(topics, await tracker.listByLabel(options.label), options.maxIssues)
  const result: ReminderResult = { plan, opened: [], updated: [], closed: [] }
  if (options.dryRun) return result

  const opening = plan.create.length > 0 || plan.update.some((u) => u.reopen)
  if (opening) await tracker.ensureLabel(options.label, LABEL_DESCRIPTION)

  if (plan.create.length > 0) {
    // Another run may have opened some of these since we listed: look again, by marker.
    const openKeys = new Set(
      markedIssues(await tracker.listByLabel(options.label))
        .filter((i) => i.state === 'open')
        .map((i) => i.key)
    )
    const mine: Array<{ number: number; key: string }> = []
    for (const topic of plan.create.filter((t) => !openKeys.has(t.key))) {
      const issue = await tracker.create({ title: topic.title, body: topic.body, labels: [options.label], assignees: options.assignees })
      mine.push({ number: issue.number, key: topic.key })
      result.opened.push({ number: issue.number, title: topic.title })
    }
    if (mine.length > 0) await closeOwnDuplicates(tracker, options, mine, result)
  }

  for (const { number, topic, reopen } of plan.update) {
    await tracker.update(number, {
      title: topic.title,
      body: topic.body,
      ...(reopen ? { state: 'open' as const, stateReason: 'reopened' as const } : {})
    })
    result.updated.push({ number, title: topic.title })
  }

  for (const close of plan.close) {
    // Skip an issue another run closed a moment ago: one comment per thing.
    const current = await tracker.get(close.number)
    if (current.state === 'closed') continue
    if (close.reason === 'duplicate') {
      await tracker.comment(close.number, duplicateComment(options.language, close.duplicateOf!))
      await tracker.update(close.number, { state: 'closed', stateReason: 'duplicate' })
    } else {
      await tracker.comment(close.number, closingComment(options.language))
      await tracker.update(close.number, { state: 'closed', stateReason: 'completed' })
    }
    result.closed.push(close.number)
  }
  return result
}

/** Two runs at once can each open the same reminder; the later-numbered one closes itself. */
async function closeOwnDuplicates(
  tracker: IssueTracker,
  options: ReminderOptions,
  mine: Array<{ number: number; key: string }>,
  result: ReminderResult
): Promise<void> {
  const open = markedIssues(await tracker.listByLabel(options.label)).filter((i) => i.state === 'open')
  for (const { number, key } of mine) {
    const first = open.filter((i) => i.key === key).sort((a, b) => a.number - b.number)[0]
    if (!first || first.number === number) continue
    await tracker.comment(number, duplicateComment(options.language, first.number))
    await tracker.update(number, { state: 'closed', stateReason: 'duplicate' })
    result.opened = result.opened.filter((o) => o.number !== number)
  }
}
