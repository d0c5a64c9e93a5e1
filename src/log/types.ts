/**
 * The shape of a parsed log. Plain data: everything the checks, reports and the
 * CLI's JSON need, and nothing tied to the markdown parser.
 */

/** A calendar date as `YYYY-MM-DD`, or `--MM-DD` where the year cannot be known. */
export type IsoDate = string

export type Language = 'ko' | 'en'

export type SectionRole = 'done' | 'notDone' | 'learned' | 'goals' | 'reflection' | 'other'

export interface Item {
  /** The task as written, without its marker (emoji, bullet, checkbox). */
  text: string
  /** From the box or the emoji; `null` where the marker says nothing (a plain bullet). */
  done: boolean | null
  line: number
  /** The whole task is struck through in the log; set only then. */
  struck?: true
}

export interface Section {
  role: SectionRole
  title: string
  line: number
  empty: boolean
  items: Item[]
  /** Goals meant for the next entry ("내일 목표", "Tomorrow"), as opposed to weekend or weekly goals. */
  forTomorrow?: boolean
}

export type EntryKind = 'day' | 'week'

export interface Entry {
  kind: EntryKind
  /** `Day5` / `WEEK1` where the entry has a number, the label as written otherwise. */
  label: string
  /** The label exactly as the learner wrote it. */
  title: string
  number: number | null
  /** Every number a range label covers (`Days 67, 68, 69`, `R1D27-29`); `[number]` otherwise. */
  numbers: number[]
  date: IsoDate | null
  /** Every date a range label covers. */
  dates: IsoDate[]
  /** Where the date came from: the label itself, or the calendar. */
  dateSource: 'label' | 'calendar' | null
  line: number
  endLine: number
  sections: Section[]
  /** Content outside any labelled section (logs without sections). */
  hasContent: boolean
  /** The entry is only a link to another file (index-style logs). */
  external: boolean
}

/** A date as it appears in a label, before the year is known. */
export interface LabelDate {
  year: number | null
  month: number
  day: number
}
