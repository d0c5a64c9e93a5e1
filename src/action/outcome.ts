/**
 * What a run did — or, in a dry run, would do — as the step's outputs and the
 * job summary's "what the bot did" part.
 */
import type { BotActions } from '../render/job-summary.js'
import type { FindingType, Report } from '../review/types.js'
import type { ReminderResult } from './reminders.js'
import type { SummaryResult } from './summaries.js'

export interface RunOutcome {
  dryRun: boolean
  reminders: ReminderResult | null
  summary: SummaryResult | null
  ownSummaryPush: boolean
  /** Why the summary commit failed, when it did (the rest of the run went on). */
  summaryError?: string | null
  summaryNotes?: string[]
}

/** In a dry run the plan is what would have been done. */
export function botActions(outcome: RunOutcome): BotActions {
  const { reminders, summary, dryRun } = outcome
  const plan = reminders?.plan
  return {
    dryRun,
    remindersEnabled: reminders !== null,
    issuesOff: reminders?.issuesOff ?? false,
    opened: dryRun ? (plan?.create ?? []).map((c) => ({ number: null, title: c.title })) : (reminders?.opened ?? []),
    reopened: dryRun
      ? (plan?.reopen ?? []).map((r) => ({ number: r.number, title: r.title ?? r.topic.title }))
      : (reminders?.reopened ?? []),
    updated: dryRun ? (plan?.update ?? []).map((u) => ({ number: u.number, title: u.title ?? u.topic.title })) : (reminders?.updated ?? []),
    closed: dryRun ? (plan?.close ?? []).map((c) => c.number) : (reminders?.closed ?? []),
    deferred: (plan?.deferred ?? []).map((t) => t.title),
    olderDays: plan?.older.length ?? 0,
    failures: reminders?.failures ?? [],
    summaryFiles: summary?.changes ?? [],
    summaryCommit: summary?.commit ?? null,
    ownSummaryPush: outcome.ownSummaryPush,
    summaryError: outcome.summaryError ?? null,
    summaryNotes: outcome.summaryNotes ?? []
  }
}

export function actionOutputs(report: Report, actions: BotActions, reportFile: string): Record<string, string | number> {
  // Counted in full: the report lists only the newest missing days and week reviews.
  const count = (type: FindingType) => report.findings.filter((f) => f.type === type).length + (report.omitted[type] ?? 0)
  const emptySections = report.findings.reduce(
    (n, f) => n + (f.type === 'empty-section' ? 1 : f.type === 'empty-day' ? (f.sections?.length ?? 0) : 0),
    0
  )
  return {
    'missing-days': count('missing-day'),
    'missing-week-reviews': count('missing-week-review'),
    'empty-sections': emptySections,
    'carried-over': report.carryOver.filter((c) => c.resolvedIn === null).length,
    // A reopened reminder is opened again, as action.yml says.
    'issues-opened': actions.opened.length + actions.reopened.length,
    'issues-updated': actions.updated.length,
    'issues-closed': actions.closed.length,
    report: reportFile,
    'summary-files': actions.summaryFiles.map((f) => f.path).join(','),
    'summary-commit': actions.summaryCommit ?? ''
  }
}
