/**
 * The shape of a parsed log. Plain data: everything the checks, reports and the
 * CLI's JSON need, and nothing tied to the markdown parser.
 */

/** A calendar date with its year: `YYYY-MM-DD`. */
export type IsoDate = string

/** A date written without a year that nothing could give one: `--MM-DD`. Tell the two apart with `isFullDate`. */
export type MonthDay = string

/** The log's language. The bot writes Korean for `ko` and English for the rest. */
export type Language = 'ko' | 'ja' | 'zh' | 'en'

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

type EntryKind = 'day' | 'week'

export interface Entry {
  kind: EntryKind
  /** `Day5` / `WEEK1` where the entry has a number, the label as written otherwise. */
  label: string
  /** The label exactly as the learner wrote it. */
  title: string
  number: number | null
  /** Every number a range label covers (`Days 67, 68, 69`, `R1D27-29`); `[number]` otherwise. */
  numbers: number[]
  date: IsoDate | MonthDay | null
  /** Every date a range label covers. */
  dates: Array<IsoDate | MonthDay>
  /** Where the date came from: the label itself, or the calendar. */
  dateSource: 'label' | 'calendar' | null
  /** The date as the label writes it, where its year was read a year on (a year not moved on at New Year); set only then. */
  writtenDate?: IsoDate
  line: number
  endLine: number
  sections: Section[]
  /** Content outside any labelled section (logs without sections). */
  hasContent: boolean
  /** The entry is only a link to another file (index-style logs). */
  external: boolean
  /** The weekday the label writes beside its one date (`2025-03-04 (화)`): 0 for Sunday to 6. */
  weekday?: number
  /** Its label is a row of a table of days (`| 1-26-2018 | Workout |`); set only then. */
  row?: true
}

/** An entry whose date has its year: what sorting and placing by date needs (`isDated`). */
export type DatedEntry = Entry & { date: IsoDate }

/** A date as it appears in a label, before the year is known. */
export interface LabelDate {
  year: number | null
  month: number
  day: number
}

/** Where a label stands: a `<summary>`, a heading, a bold line, a line that is only a date, or a list item (`- **09.11** 백준`). */
export type LabelPosition = 'summary' | `h${1 | 2 | 3 | 4 | 5 | 6}` | 'bold' | 'line' | 'item' | 'row'

/**
 * Why a line that looked like a label was not taken as a day:
 * `shape` — another shape than the log's day labels, and far fewer of them;
 * `once` — a single label in a shape of its own;
 * `headings` — a bold or date line in a log whose days are headings or summaries;
 * `nested` — inside the log's day entries, in another shape (a topic heading numbered like a date);
 * `prose` — a date line with words after the date;
 * `changelog` — a date followed by a version number.
 * `example` — a template's example day (`Day 0: February 30, 2016 (Example 1)`), left in the log.
 */
export type SkipReason = 'shape' | 'once' | 'headings' | 'nested' | 'prose' | 'changelog' | 'example'

/** How a log counts days within its stretches, to name a day back as the log does (`Day8` → `Week 2 Day 3`). */
export interface StretchCount {
  /** The stretch's shape: `Week N`, `N주차`, `Sprint N`. */
  form: string
  /** Days in each stretch: the highest place any day takes in one. */
  days: number
  /** The first stretch's number, where the log's day 1 is. */
  first: number
  /**
   * Stretches of the learner's own length (a book's chapters: `Chapter 2, Day 4`): each stretch's number and the log's
   * day its count starts after, each running to its last day written. Absent where every stretch has `days` days.
   */
  starts?: Array<[stretch: number, after: number]>
}

/** One label shape the log was read with, e.g. `h3` labels of the form `Day N · YYYY-MM-DD`. */
export interface LabelForm {
  kind: 'day' | 'week'
  position: LabelPosition
  /** The label's shape, e.g. `Day N · YYYY-MM-DD`, or `entry-pattern`. */
  form: string
  count: number
  example: { line: number; text: string }
  /** The headings are HTML (`<h2>`), not markdown (`##`); set only then. */
  html?: boolean
  /** Its days count within weeks (`Week 2 Day 3`, or `### Day 3` under `## Week 2`): how, to name a day as the log does. */
  stretch?: StretchCount
}

export interface SkippedLabel {
  line: number
  text: string
  reason: SkipReason
}

/**
 * `entries`: entries were found; `empty`: none, and little else (a title or a template);
 * `unread`: writing the engine could not read as entries.
 */
export type ReadStatus = 'entries' | 'empty' | 'unread'

/** How the log was read: what `--explain` and the job summary show. */
export interface Reading {
  status: ReadStatus
  language: Language
  /** Read as English, but written in another language (`é`, `ñ`, Cyrillic …): its reminders are in English all the same. */
  otherLanguage?: true
  /** The entry pattern that decided what a day is, if one was given. */
  pattern: string | null
  forms: LabelForm[]
  /** The first few lines that looked like labels but were not taken; `skippedCount` counts them all. */
  skipped: SkippedLabel[]
  skippedCount: number
  /** Days read from rows of an index table (`| [Day1](…) | … |`), each kept in a file of its own. */
  indexRows: number
  /** Days written in rows of such a table that link nowhere themselves (`| 03/05 | ✅ | 시험 성적 | |`). */
  rowsInPlace: number
  /** Days whose heading only links to a file of their own (`## Day 1 - [Setup](./day-01.md)`), not checked here. */
  linked: number
  /** The section labels found, by role, each once, in the order they first appear. */
  sections: Partial<Record<SectionRole, string[]>>
}

/** Why a stretch of the log was read as plain text: what micromark could not take in reasonable time. */
export type PlainTextReason = 'indent' | 'nesting' | 'brackets' | 'marks'

/**
 * What the reader says about a log it read only in part, as data: each report says it in the log's language.
 * `plain-text`: lines `from`–`to` were read as plain text, beyond `limit` (columns, levels or marks);
 * `no-such-date`: labels name a day that does not exist (`June 31`), so those entries have no date; `labels` are
 * the first few, `total` counts them all; `kept-elsewhere`: days whose writing is in other files.
 */
export type ReadNote =
  | { kind: 'plain-text'; from: number; to: number; why: PlainTextReason; limit: number }
  | { kind: 'no-such-date'; labels: Array<{ line: number; text: string }>; total: number }
  /** Day headings typed without the space after their `#`s (`##2018.05.30`), which GitHub shows as text; read as headings. */
  | { kind: 'unspaced-heading'; labels: Array<{ line: number; text: string }>; total: number }
  /** `days` entries are kept in files of their own (index rows, headings that only link): their writing is not checked. */
  | { kind: 'kept-elsewhere'; days: number }
  /** `rows` table rows name a day (`| 06.03.2023 M | PY101 | 2 |`) with no link: they are not read as days. */
  | { kind: 'table-days'; rows: number; line: number }
  /** `days` lines from `line` on are headings in the shape of the log's day headings, but inside code: not read. */
  /** Day headings swallowed by a fence left open (`code`) or by an HTML line with no blank line after it (`html`). */
  /** `closed`: the code block holding the first of them is closed further down (quoted on purpose, not a fence left open). */
  | { kind: 'hidden-days'; days: number; line: number; inside: 'code' | 'html'; closed?: true }
  /** A log that writes no year: the year its weekdays gave its first dated day, and earlier years that fit as well. */
  | { kind: 'year-from-weekdays'; year: number; also: number[] }
  /** `rows` rows of a table of days kept elsewhere (from `line`) link to writing but name no day: not checked. */
  | { kind: 'index-rows-unnamed'; rows: number; line: number }
