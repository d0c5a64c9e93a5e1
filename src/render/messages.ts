/**
 * The message catalogue: every sentence the bot writes about a check, in the
 * log's language. One catalogue per language (`messages-ko.ts`,
 * `messages-en.ts`); the renderers (CLI text and JSON, job summary,
 * annotations, reminder issues, weekly files, README block) read it, and the review says nothing itself.
 */
import type { Language } from '../log/types.js'
import type { CalendarDoubt } from '../review/calendar-sanity.js'
import type { Finding, ReportNote } from '../review/types.js'
import { en } from './messages-en.js'
import { ko } from './messages-ko.js'
import type { CliTextWords, ExplainWords, JobSummaryWords, ReadmeBlockWords, ReminderWords, WeeklyFileWords } from './messages-ko.js'

export interface Messages {
  /** The finding in one sentence: the CLI's text and its JSON `message`, the job summary. */
  finding(f: Finding): string
  /** One empty section, as its annotation says it. */
  emptySection(entry: string, section: string): string
  /** A start date that cannot be right, naming the date the log suggests. */
  warning(doubt: CalendarDoubt): string
  /** A note about the check (holiday data in the log's language, findings left out, how the log was read). */
  note(note: ReportNote): string
  /** A cohort run: the log is in another repository, so no line annotations. */
  emptySectionsElsewhere(count: number): string
  /** The empty sections beyond GitHub's annotation limit. */
  moreEmptySections(count: number): string
  /** Reminder issues: what each finding is, where, and what to do. */
  reminder: ReminderWords
  /** The CLI's text report: headings, counts and the carried-over tasks' states. */
  cliText: CliTextWords
  /** The job summary: headings, table columns and what the bot did. */
  jobSummary: JobSummaryWords
  /** The weekly files: headings, tables, notes, the chart, and the summary commit's message. */
  weeklyFile: WeeklyFileWords
  /** The carry-over block in the learner's README. */
  readmeBlock: ReadmeBlockWords
  /** How the log was read: label forms, skipped look-alikes, section words. */
  explain: ExplainWords
}

/** The kinds of problem a day's reminder can be about. */
export type DayProblem = 'missing-day' | 'empty-day' | 'empty-section' | 'label-mismatch'

/** What a closing comment says was fixed. `entry` is quoted learner text. */
export type Closing =
  | { kind: 'checklist' }
  | { kind: 'older' }
  | { kind: 'week'; entry: string; week: string | null }
  | { kind: 'day'; entry: string; fixed: DayProblem[] }

/** Which write on a reminder failed. */
export type ReminderStep = 'open' | 'update' | 'reopen' | 'close' | 'comment' | 'read'

/** Why one reminder could not be written, as the run's warning says it. */
export type FailureKind = 'locked' | 'gone' | 'moved' | 'refused' | 'other'

/** The catalogue for the log's language. */
export function messages(language: Language): Messages {
  return language === 'ko' ? ko : en
}
