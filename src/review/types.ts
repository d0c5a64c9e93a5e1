/** What a check of a log finds: plain data, the CLI's JSON and the action's input. */
import type { Entry, IsoDate, Language, Reading } from '../log/types.js'

export type FindingType = 'missing-day' | 'missing-week-review' | 'empty-day' | 'empty-section' | 'label-mismatch'

export interface Finding {
  type: FindingType
  /** `Day14`, `WEEK3`: the entry the finding is about, written or expected. */
  entry: string
  number: number | null
  date: IsoDate | null
  /** The section's title, for empty-section and label-mismatch. */
  section: string | null
  /** The README line of the label; for a missing entry, the line after which it belongs (null at the top). */
  line: number | null
  message: string
  /** For empty-day: the empty sections of that day, with their lines. */
  sections?: Array<{ title: string; line: number }>
}

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
  notes: string[]
  /** Findings left out of `findings` by type (only the newest missing days and week reviews are listed). */
  omitted: Partial<Record<FindingType, number>>
  /** Settings that look wrong, e.g. a start date after today: said once in the job summary, an annotation and the CLI. */
  warnings: ReportWarning[]
  /** How the log was read: label forms, skipped look-alikes, section words (`--explain`). */
  reading: Reading
}

export interface ReportWarning {
  type: 'start-after-today' | 'start-after-last-entry' | 'start-long-before-first-entry' | 'entries-end-long-ago'
  /** The setting to check. */
  setting: 'start-date'
  /** The date the log suggests for it, when it can tell. */
  expected: IsoDate | null
  /** The check ran without the calendar (it would have hidden every entry). */
  calendarIgnored: boolean
  message: string
}
