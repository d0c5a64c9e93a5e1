/** What a check of a log finds: plain data, no words (the renderers in `render/` say it). */
import type { Entry, IsoDate, Language, MonthDay, ReadNote, Reading } from '../log/types.js'
import type { CalendarDoubt } from './calendar-sanity.js'

interface FindingBase {
  /** `Day14`, `WEEK3`: the entry the finding is about, written or expected. */
  entry: string
  number: number | null
  /** The entry's date; `--MM-DD` where the log gives no year. */
  date: IsoDate | MonthDay | null
  /** The README line of the label; for a missing entry, the line after which it belongs (null at the top). */
  line: number | null
  /** The section's title, for empty-section and label-mismatch; null for the others. */
  section: string | null
}

/** A due day with no entry. */
export interface MissingDay extends FindingBase {
  type: 'missing-day'
  section: null
}

/** An ended week with no review; `week` is its Monday–Sunday when there is a calendar. */
export interface MissingWeekReview extends FindingBase {
  type: 'missing-week-review'
  number: number
  section: null
  week: { start: IsoDate; end: IsoDate } | null
}

/** A day whose sections (goals apart) hold nothing, or that holds nothing at all. */
interface EmptyDay extends FindingBase {
  type: 'empty-day'
  section: null
  line: number
  /** The empty sections of that day, with their lines. */
  sections: Array<{ title: string; line: number }>
}

/** One empty section of an entry that is not empty as a whole. */
interface EmptySection extends FindingBase {
  type: 'empty-section'
  section: string
  line: number
  /** The line of the entry's label. */
  entryLine: number
}

/**
 * A number that disagrees: a section title naming another day (`DAY 12 소감` in
 * Day13), an entry whose date is another day of the calendar, or one whose
 * number goes back from the entry dated before it. `section` is the title.
 */
export interface LabelMismatch extends FindingBase {
  type: 'label-mismatch'
  section: string
  line: number
  why: MismatchReason
}

type MismatchReason =
  /** The section title names Day `named`; the entry is `expected`. */
  | { kind: 'section-title'; named: number; expected: number | null }
  /** The entry is dated `date`, which the calendar counts as Day `day`. */
  | {
      kind: 'off-calendar'
      day: number
      /** That day as the learner's log names it (`49일차`), where a renderer set it. */
      dayName?: string
    }
  /** The entry comes after `previous`, dated `previousDate`, with a number not above it. */
  | { kind: 'out-of-order'; previous: string; previousDate: IsoDate | MonthDay }
  /** The entry's label (number, and date if any) is written again: `previousLine` has it first, `earlier` every line before. */
  | { kind: 'repeated'; previousLine: number; earlier: number[] }
  /** The label writes weekday `written` (0 for Sunday) beside a date that falls on `actual`. */
  | { kind: 'weekday'; written: number; actual: number }
  /**
   * The entry is dated `written`, a year before the days around it, and read a year on (`date`): the first of `count`
   * such entries one after another, `last` the other end of the run (null for one alone).
   */
  | { kind: 'year-slip'; written: IsoDate; count: number; last: string | null }

export type Finding = MissingDay | MissingWeekReview | EmptyDay | EmptySection | LabelMismatch

export type FindingType = Finding['type']

/** A one-line note about the check: how the log was read, where holiday data stop, what was left out. */
export type ReportNote =
  /** Said by the reader: what it could read only in part. */
  | ({ type: 'reading' } & ReadNote)
  /** Said by the holiday data (English); the catalogue says it in the log's language. */
  | { type: 'calendar'; text: string }
  /** Too many missing days (or week reviews) to list: only the newest `shown` of `total`. */
  | { type: 'omitted'; kind: 'day' | 'week'; shown: number; total: number }
  /** Goals for tomorrow in a log that never lists anything done: whether they were done was not followed. */
  | { type: 'untracked-goals'; goals: number }

export interface CarryOver {
  text: string
  /** The day the task was first open, and the last day it was still open. */
  from: string
  fromDate: IsoDate | null
  lastOpen: string
  lastOpenDate: IsoDate | null
  /** The day the task was done, or let go when `dropped`. */
  resolvedIn: string | null
  resolvedDate: IsoDate | null
  /** The learner let the task go on `resolvedIn` (struck through, or marked `(drop)`, `(취소)`, …) instead of doing it. */
  dropped: boolean
  /** Workdays from the first open day to the day it was resolved, or to the last due day. */
  age: number
  line: number
  /** Every day on which the task was open. */
  openIn: string[]
  /** The README lines of the labels of `from`, `lastOpen` and `resolvedIn` (null while open), so no renderer looks days up by label. */
  fromLine: number
  lastOpenLine: number
  resolvedLine: number | null
}

export type DueState = 'logged' | 'missing' | 'empty'

export interface DueDay {
  date: IsoDate | null
  number: number | null
  entry: string
  line: number | null
  state: DueState
}

export interface Report {
  language: Language
  /** The last date that counts as due, when a calendar or a clock says. */
  lastDue: IsoDate | null
  entries: Entry[]
  findings: Finding[]
  carryOver: CarryOver[]
  due: DueDay[]
  /** Things the learner should know, e.g. that holiday data end at 2027. */
  notes: ReportNote[]
  /** Findings left out of `findings` by type (only the newest missing days and week reviews are listed). */
  omitted: Partial<Record<FindingType, number>>
  /** Settings that look wrong, e.g. a start date after today: said once in the job summary, an annotation and the CLI. */
  warnings: ReportWarning[]
  /** How the log was read: label forms, skipped look-alikes, section words (`--explain`). */
  reading: Reading
  /**
   * Whether missing days were looked for: with a calendar, or in a log that numbers its days. A log labelled by
   * dates alone, with no start date, is not checked for them, and the report says so instead of "all good".
   */
  missingDaysChecked: boolean
}

export interface ReportWarning {
  type: CalendarDoubt['problem']
  /** The setting to check. */
  setting: 'start-date'
  /** The date the log suggests for it, when it can tell. */
  expected: IsoDate | null
  /** The check ran without the calendar (it would have hidden every entry). */
  calendarIgnored: boolean
  /** What was found wrong with the start date, for the renderers to say. */
  doubt: CalendarDoubt
}
