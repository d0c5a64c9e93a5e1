/**
 * The whole check: parse the log, place its entries on the calendar, and find
 * what is missing, empty or mislabelled, and which tasks are carried over.
 */
import { daysBetween, isDateInRange, weekdayOf, type Calendar } from '../calendar/index.js'
import type { MarkdownParser } from '../log/markdown.js'
import { parseLog } from '../log/parse.js'
import type { Entry, IsoDate, MonthDay } from '../log/types.js'
import type { ExtraVocabulary } from '../log/vocabulary.js'
import { compareDates, isDated, isFullDate } from '../log/years.js'
import { doubtCalendar } from './calendar-sanity.js'
import { trackCarryOver, untrackedGoals } from './carryover.js'
import type { DueDay, Finding, LabelMismatch, MissingDay, MissingWeekReview, Report, ReportNote, ReportWarning } from './types.js'

export interface CheckOptions {
  calendar: Calendar | null
  /** The last date that counts as due; null checks every entry that is written. */
  lastDue: IsoDate | null
  /** The learner's local date (`lastDue` when absent), to tell a start date in the future. */
  today?: IsoDate | null
  vocabulary?: ExtraVocabulary
  /** Words that mark a task as let go; the built-in ones (`(drop)`, `(취소)`, …) when absent. */
  dropWords?: readonly string[]
  /** The learner's entry pattern: when given, it alone decides what a day is. */
  entryPattern?: RegExp | null
  /** micromark, for a log the line reader cannot read whole (see `ParseOptions.markdown`). */
  markdown?: MarkdownParser
}

/**
 * How many missing days, and missing week reviews, a report lists: the newest
 * ones; the rest are counted in `omitted`. A numbering jump (Day 1, then Day
 * 99999) or a start date decades back must not become a hundred thousand findings.
 */
const MAX_MISSING = 1000

/** Gives numbered entries their calendar dates; a Day past the calendar's last date stays undated. */
function placeOnCalendar(entries: Entry[], calendar: Calendar): void {
  for (const entry of entries) {
    if (entry.kind !== 'day' || entry.dates.length > 0 || entry.numbers.length === 0) continue
    const dates = entry.numbers
      .filter((n) => Number.isSafeInteger(n) && n >= 1)
      .map((n) => calendar.dateOfDay(n))
      .filter((d): d is IsoDate => d !== null)
    if (dates.length === 0) continue
    entry.dates = dates
    entry.date = dates[0]!
    entry.dateSource = 'calendar'
  }
}

function isDue(entry: Entry, lastDue: IsoDate | null): boolean {
  if (lastDue === null || !isFullDate(entry.date)) return true
  return entry.date <= lastDue
}

/** An entry whose sections, goals apart, hold nothing; or that holds nothing at all. */
function isEmptyDay(entry: Entry): boolean {
  if (entry.external) return false
  const sections = entry.sections.filter((s) => s.role !== 'goals')
  if (sections.length === 0) return !entry.hasContent && entry.sections.every((s) => s.empty)
  return sections.every((s) => s.empty) && !entry.hasContent
}

/** Logged days in the order they happened: by date, else by number, else as written. */
function chronological(days: Entry[]): Entry[] {
  if (days.every(isDated)) return [...days].sort((a, b) => compareDates(a.date, b.date) || a.line - b.line)
  if (days.every((d) => d.number !== null)) return [...days].sort((a, b) => a.number! - b.number! || a.line - b.line)
  return days
}

/** The newest `limit` of a list, and how many were left out. */
interface Missing<T> {
  items: T[]
  total: number
}

function newest<T>(items: T[], limit: number): Missing<T> {
  return { items: items.slice(Math.max(0, items.length - limit)), total: items.length }
}

/**
 * Numbers missing from 1 (or the lowest written) through `upTo` (or the
 * highest written), walked gap by gap from the top: the work is the number of
 * entries plus `limit`, however far apart the numbers are.
 */
function missingNumbers(entries: Entry[], upTo: number | null, limit: number, covered: readonly number[] = []): Missing<number> {
  const written = entries.flatMap((e) => e.numbers)
  // `covered`: numbers held by an entry's date though it carries another number.
  const have = [...new Set([...written, ...covered].filter((n) => Number.isSafeInteger(n) && n >= 1))].sort((a, b) => a - b)
  if (have.length === 0) return { items: [], total: 0 }
  const first = upTo === null ? have[0]! : 1
  const last = upTo ?? have[have.length - 1]!
  if (last < first) return { items: [], total: 0 }
  const inRange = have.filter((n) => n >= first && n <= last)
  const total = last - first + 1 - inRange.length
  const items: number[] = []
  // From `last` down: each written number closes a gap above it.
  let top = last
  for (let i = inRange.length - 1; i >= -1 && items.length < limit; i--) {
    const floor = i >= 0 ? inRange[i]! : first - 1
    for (let n = top; n > floor && items.length < limit; n--) items.push(n)
    top = floor - 1
  }
  return { items: items.reverse(), total }
}

/** The line after which a missing entry belongs: the end of the nearest earlier one. */
function anchorLine(entries: Entry[], number: number | null, date: IsoDate | null): number | null {
  let best: Entry | null = null
  for (const e of entries) {
    const byNumber = number !== null && e.number !== null
    const before = byNumber ? e.number! < number! : date !== null && isFullDate(e.date) && e.date < date
    if (!before) continue
    // Compare with the best so far the same way: by number where both have one, else by date.
    const later =
      best === null ||
      (byNumber && best.number !== null ? e.number! > best.number : isFullDate(best.date) && isFullDate(e.date) && e.date > best.date)
    if (later) best = e
  }
  return best ? best.endLine : null
}

/**
 * anchorLine for many missing entries at once: where every entry has a number
 * (or, for dates, where the query is by date), the entries are sorted once and
 * each query is a binary search, with the answers anchorLine gives.
 */
function anchorFinder(entries: Entry[]): (number: number | null, date: IsoDate | null) => number | null {
  const byIndex = (key: (e: Entry) => number | string | null) =>
    entries
      .map((e, i) => ({ e, i, k: key(e) }))
      .filter((x) => x.k !== null)
      .sort((a, b) => (a.k! < b.k! ? -1 : a.k! > b.k! ? 1 : a.i - b.i))
  const numbered = entries.every((e) => e.number !== null) ? byIndex((e) => e.number) : null
  const dated = byIndex((e) => (isFullDate(e.date) ? e.date : null))
  /** The index of the first key not below `wanted`. */
  const lowerBound = (sorted: typeof dated, wanted: number | string): number => {
    let lo = 0
    let hi = sorted.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (sorted[mid]!.k! < wanted) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  // The first entry (in log order) with the greatest key below `wanted`.
  const below = (sorted: typeof dated, wanted: number | string): number | null => {
    const end = lowerBound(sorted, wanted)
    return end === 0 ? null : sorted[lowerBound(sorted, sorted[end - 1]!.k!)]!.e.endLine
  }
  return (number, date) => {
    if (number !== null && numbered) return below(numbered, number)
    if (number === null && date !== null) return below(dated, date)
    return anchorLine(entries, number, date)
  }
}

/** A log that numbers its days (at least half of them): a gap in the numbers is a missing day. */
function numbersDays(days: Entry[]): boolean {
  return days.length > 0 && days.filter((d) => d.numbers.length > 0).length >= days.length / 2
}

/**
 * Whether the entries' numbers count the calendar's days: at least half the entries with a number and a full date
 * carry the number the calendar gives that date. Not so in a #100DaysOfCode log that counts only the days coded
 * (`Day 3` on the 5th after a day off on the 4th): its numbers are its own.
 */
function numbersFollowCalendar(days: readonly Entry[], calendar: Calendar): boolean {
  let both = 0
  let agree = 0
  for (const e of days) {
    if (e.dateSource !== 'label' || e.numbers.length === 0 || !isFullDate(e.date)) continue
    both++
    const day = calendar.dayOfDate(e.date)
    if (day !== null && e.numbers.includes(day)) agree++
  }
  return both === 0 || (agree > 0 && agree * 2 >= both)
}

/** The missing days, and whether they were looked for at all (a calendar, or day numbers, is needed). */
function missingDays(days: Entry[], options: CheckOptions): Missing<MissingDay> & { checked: boolean } {
  const { calendar, lastDue } = options
  const numbered = numbersDays(days)
  const anchor = anchorFinder(days)
  // A log that numbers its days names a missing one `Day12`; a log labelled by date names it by its date.
  const finding = (number: number | null, date: IsoDate | null, byNumber: boolean): MissingDay => {
    const named = byNumber && number !== null
    const entry = named ? `Day${number}` : (date ?? `Day${number}`)
    return { type: 'missing-day', entry, number, date, section: null, line: anchor(named ? number : null, date) }
  }
  if (calendar && lastDue) {
    const due = calendar.dueDays(lastDue)
    if (numbered && numbersFollowCalendar(days, calendar)) {
      // An entry with its own date covers that date's day, whatever number it carries.
      const dated = (d: Entry): boolean => d.dateSource === 'label' && d.dates.some(isFullDate)
      const covered = days.filter(dated).flatMap((d) => d.dates.map((date) => calendar.dayOfDate(date)))
      const held = covered.filter((n): n is number => n !== null)
      const missing = missingNumbers(
        days.filter((d) => !dated(d)),
        due.length,
        MAX_MISSING,
        held
      )
      // The calendar's Day 3 missing while an entry says `Day 3` (dated another day): numbers would mislead, dates do not.
      const written = new Set(days.flatMap((d) => d.numbers))
      const byNumber = !missing.items.some((n) => written.has(n))
      const item = (n: number) => finding(byNumber ? n : null, calendar.dateOfDay(n), byNumber)
      return { items: missing.items.map(item), total: missing.total, checked: true }
    }
    // Dated days are named by date, with the calendar's number for them; numbers that count only the days written
    // (`Day 3` on the 5th after a day off on the 4th) are not the calendar's, so those missing days get none.
    const logged = new Set(days.flatMap((d) => d.dates))
    const missing = newest(
      due.filter((date) => !logged.has(date)),
      MAX_MISSING
    )
    const item = (date: IsoDate) => finding(numbered ? null : calendar.dayOfDate(date), date, false)
    return { items: missing.items.map(item), total: missing.total, checked: true }
  }
  if (!numbered) return { items: [], total: 0, checked: false }
  const missing = missingNumbers(days, null, MAX_MISSING)
  return { items: missing.items.map((n) => finding(n, null, true)), total: missing.total, checked: true }
}

function missingWeekReviews(weeks: Entry[], options: CheckOptions): Missing<MissingWeekReview> {
  if (weeks.length === 0) return { items: [], total: 0 }
  const { calendar, lastDue } = options
  let expected: Missing<number>
  if (calendar && lastDue) {
    const have = new Set(weeks.flatMap((w) => w.numbers))
    const current = calendar.weekOf(lastDue)
    const absent: number[] = []
    for (let n = 1; n <= current; n++) if (!have.has(n) && calendar.weekRange(n).end <= lastDue) absent.push(n)
    expected = newest(absent, MAX_MISSING)
  } else {
    expected = missingNumbers(weeks, null, MAX_MISSING)
  }
  const items = expected.items.map((n): MissingWeekReview => {
    const week = calendar ? calendar.weekRange(n) : null
    return {
      type: 'missing-week-review',
      entry: `WEEK${n}`,
      number: n,
      date: week?.end ?? null,
      section: null,
      line: anchorLine(weeks, n, null),
      week
    }
  })
  return { items, total: expected.total }
}

/** `Day 4` in a section's title, in lower case (case-blind, V8 folds the `\p{…}` classes over all of Unicode). */
const NAMED_DAY = /\bday\s*(\d+)(?![\p{L}\p{N}])/u

function entryFindings(entry: Entry): Finding[] {
  const base = { entry: entry.label, number: entry.number, date: entry.date }
  const findings: Finding[] = []
  if (entry.kind === 'day' && isEmptyDay(entry)) {
    const empty = entry.sections.filter((s) => s.empty)
    findings.push({
      ...base,
      type: 'empty-day',
      section: null,
      line: entry.line,
      sections: empty.map((s) => ({ title: s.title, line: s.line }))
    })
  } else {
    for (const section of entry.sections) {
      if (section.empty) {
        findings.push({
          ...base,
          type: 'empty-section',
          section: section.title,
          line: section.line,
          entryLine: entry.line
        })
      }
    }
  }
  if (entry.kind === 'day' && entry.numbers.length > 0) {
    for (const section of entry.sections) {
      // `DAY 4 소감` under Day 5 is a copied label; `Day 1で学んだ概念の復習` (run into its words) speaks of Day 1.
      const named = NAMED_DAY.exec(section.title.toLowerCase())
      // `Day2 计划` or `下一步（Day 7）` under the day before: the plan for the next day, named for it.
      const nextDays = (section.forTomorrow || section.role === 'goals') && named && Number(named[1]) === Math.max(...entry.numbers) + 1
      if (named && !entry.numbers.includes(Number(named[1])) && !nextDays) {
        findings.push({
          ...base,
          type: 'label-mismatch',
          section: section.title,
          line: section.line,
          why: { kind: 'section-title', named: Number(named[1]), expected: entry.number }
        })
      }
    }
  }
  return findings
}

const numbersOf = (e: Entry): { lowest: number; highest: number } => ({ lowest: e.numbers[0]!, highest: e.numbers[e.numbers.length - 1]! })

/** `R2D6`'s round: a new round counts its days afresh, from wherever it starts. */
const ROUND_LABEL = /^[^\p{L}\d]*r(\d{1,3})\s*[-_.]?\s*d\d/iu
const roundOf = (e: Entry): number | null => {
  const m = ROUND_LABEL.exec(e.title)
  return m ? Number(m[1]) : null
}

/**
 * Entries with both a number and a date cover their date; where the number disagrees
 * with where the date puts the entry, that is a label-mismatch naming both. The
 * calendar decides when most such entries agree with it (the log counts days as the
 * calendar does); otherwise the log's own order does: by date, a number at or below
 * the one dated just before (a restart at Day 1, as in a new round or week, apart, and a new round named as such:
 * `R2D6` after `R1D48`).
 */
function dateNumberMismatches(days: Entry[], calendar: Calendar | null): LabelMismatch[] {
  const both = days.filter(
    (d): d is Entry & { date: IsoDate | MonthDay } => d.dateSource === 'label' && d.numbers.length > 0 && d.date !== null
  )
  const full = both.filter(isDated)
  if (calendar && full.length > 0 && numbersFollowCalendar(full, calendar)) {
    return full
      .map((e) => ({ e, day: calendar.dayOfDate(e.date) }))
      .filter((p) => p.day !== null && !p.e.numbers.includes(p.day))
      .map((p) => labelMismatch(p.e, { kind: 'off-calendar', day: p.day! }))
  }
  // In the order the days happened: by date where every date has its year; otherwise as
  // written (dates without a year cannot be ordered across new year), newest-first turned round.
  let ordered: typeof both
  if (full.length === both.length) ordered = [...full].sort((a, b) => compareDates(a.date, b.date) || a.line - b.line)
  else {
    ordered = [...both].sort((a, b) => a.line - b.line)
    if (ordered.length > 1 && ordered[0]!.number! > ordered[ordered.length - 1]!.number!) ordered.reverse()
  }
  const out: LabelMismatch[] = []
  let before: (typeof both)[number] | null = null
  let i = 0
  while (i < ordered.length) {
    let j = i
    while (j < ordered.length && ordered[j]!.date === ordered[i]!.date) j++
    const group = ordered.slice(i, j)
    for (const e of group) {
      const { lowest } = numbersOf(e)
      if (before && lowest > 1 && lowest <= numbersOf(before).highest && roundOf(e) === roundOf(before)) {
        out.push(labelMismatch(e, { kind: 'out-of-order', previous: before.label, previousDate: before.date }))
      }
    }
    before = group.reduce((a, b) => (numbersOf(b).highest > numbersOf(a).highest ? b : a))
    i = j
  }
  return out
}

/**
 * `1日目, 2日目, 3日目, 2日目`: a numbered day heading written again word for word, a copied heading whose number was
 * not changed. Another title with the same number (`Day 12 - 継続課題`, `Day3-2`) is the same day's second session
 * or part, and a file's index row is no heading. A run that starts again at 1 (a second round of 100 days, a new
 * week of Day 1–5) starts afresh.
 *
 * A day named by its date alone is the same day again where its date and words come back, whatever the decoration
 * (`--- 17 Jan ---`, `-- 17 Jan --`). Written twice in a row, it is one day written in parts (a work log's sessions),
 * unless the dates beside the run leave a day it was meant to fill (`03-03, 03-04, 03-04, 03-06`) or it ends the log.
 * Rows of a table of days are never copies: rows sharing a date are that day's several lines.
 */
function repeatedLabels(days: Entry[]): LabelMismatch[] {
  const out: LabelMismatch[] = []
  let seen = new Map<string, number[]>()
  /** Days named by their date alone: a count restarting does not make them new. */
  const seenDates = new Map<string, number[]>()
  const keys = days.map(dateKey)
  for (const [i, e] of days.entries()) {
    // Rows of a table of days sharing a date or number are that day's several lines (`| 1-26-2018 | Workout |`).
    if (e.external || e.row || (e.numbers.length === 0 && e.dates.length === 0)) continue
    if (e.numbers.length > 0 && Math.min(...e.numbers) <= 1) seen = new Map()
    // With its numbers: `### Day 1` under `## Week 2` is not the `### Day 1` of week 1.
    const [map, key] = e.numbers.length > 0 ? [seen, `${e.numbers.join()} ${e.title.replace(/\s+/g, ' ')}`] : [seenDates, keys[i]!]
    const earlier = map.get(key)
    if (earlier === undefined) map.set(key, [e.line])
    else {
      if (map === seenDates && keys[i - 1] === key && !leavesDayUnwritten(days, keys, i)) continue
      out.push(labelMismatch(e, { kind: 'repeated', previousLine: earlier[0]!, earlier: [...earlier] }))
      earlier.push(e.line)
    }
  }
  return out
}

/** A day named by its date alone: its dates and its words without decoration; null for any other entry. */
function dateKey(e: Entry): string | null {
  if (e.external || e.numbers.length > 0 || e.dates.length === 0) return null
  return `${e.dates.join()} ${e.title.replace(/[\s!-/:-@[-`{-~]+/g, ' ').trim()}`
}

/**
 * Whether the run of days with the same date as `days[at]` (written in a row, `at` inside it) stands beside a date
 * more than a day from its own, or at an end of the log: where the day the copied heading was meant to name may be.
 */
function leavesDayUnwritten(days: readonly Entry[], keys: ReadonlyArray<string | null>, at: number): boolean {
  let first = at
  while (first > 0 && keys[first - 1] === keys[at]) first--
  let last = at
  while (last + 1 < days.length && keys[last + 1] === keys[at]) last++
  const date = days[at]!.date
  if (!isFullDate(date)) return true
  // At an end of the log the day it was meant to name is not there to see: a copied heading is most often the newest.
  return [days[first - 1], days[last + 1]].some((n) => n === undefined || (isFullDate(n.date) && Math.abs(daysBetween(date, n.date)) > 1))
}

/** `## 2023.4.22 星期二` where 4/22 is a Saturday: the date or the weekday was mistyped (a copied heading, most often). */
function weekdayMismatches(days: readonly Entry[]): LabelMismatch[] {
  const out: LabelMismatch[] = []
  for (const e of days) {
    if (e.weekday === undefined || !isFullDate(e.date)) continue
    const actual = weekdayOf(e.date)
    if (actual !== e.weekday) out.push(labelMismatch(e, { kind: 'weekday', written: e.weekday, actual }))
  }
  return out
}

/**
 * Days whose year was read a year on (`writtenDate`: a year not moved on at New Year), one finding for each run of
 * them one after another in the log, at its first line.
 */
function yearSlipFindings(days: Entry[]): LabelMismatch[] {
  const out: LabelMismatch[] = []
  let run: Entry[] = []
  const close = (): void => {
    const [first, last] = [run[0], run[run.length - 1]]
    if (first?.writtenDate)
      out.push(
        labelMismatch(first, {
          kind: 'year-slip',
          written: first.writtenDate,
          count: run.length,
          last: run.length > 1 ? last!.label : null
        })
      )
    run = []
  }
  for (const day of [...days].sort((a, b) => a.line - b.line)) {
    if (day.writtenDate) run.push(day)
    else if (day.date !== null) close()
  }
  close()
  return out
}

/** A label-mismatch at an entry's label. */
function labelMismatch(e: Entry, why: LabelMismatch['why']): LabelMismatch {
  return { type: 'label-mismatch', entry: e.label, number: e.number, date: e.date, section: e.title, line: e.line, why }
}

function dueDays(days: Entry[], missing: Finding[], findings: Finding[]): DueDay[] {
  const emptyDays = new Set(findings.filter((f) => f.type === 'empty-day').map((f) => f.line))
  const logged: DueDay[] = days.map((d) => ({
    date: d.date,
    number: d.number,
    entry: d.label,
    line: d.line,
    state: emptyDays.has(d.line) ? 'empty' : 'logged'
  }))
  const absent: DueDay[] = missing.map((f) => ({ date: f.date, number: f.number, entry: f.entry, line: null, state: 'missing' }))
  const all = [...logged, ...absent]
  const sortable = all.every((d) => isFullDate(d.date)) || all.every((d) => d.number !== null)
  return sortable ? all.sort((a, b) => (a.date && b.date ? compareDates(a.date, b.date) : (a.number ?? 0) - (b.number ?? 0))) : all
}

/**
 * Checks a log: its entries, what is missing, empty or mislabelled (as data,
 * no words), the carried-over tasks, the due days and what the learner should
 * know about the settings. Pure: the same text and options give the same report.
 */
export function checkLog(text: string, options: CheckOptions): Report {
  const startDate = options.calendar?.settings.startDate ?? null
  const {
    entries,
    language,
    reading,
    notes: readNotes
  } = parseLog(text, {
    vocabulary: options.vocabulary,
    startDate,
    today: options.today ?? options.lastDue,
    entryPattern: options.entryPattern,
    markdown: options.markdown
  })
  // A start date that cannot be right is said once, and a calendar that would hide every entry is not used.
  const doubt = options.calendar ? doubtCalendar(entries, options.calendar, options.today ?? options.lastDue) : null
  const warnings: ReportWarning[] = doubt
    ? [
        {
          type: doubt.problem,
          setting: 'start-date',
          expected: doubt.expected,
          calendarIgnored: doubt.ignored,
          doubt
        }
      ]
    : []
  if (doubt?.ignored) options = { ...options, calendar: null }
  if (options.calendar) placeOnCalendar(entries, options.calendar)

  const due = entries.filter((e) => isDue(e, options.lastDue))
  const days = due.filter((e) => e.kind === 'day')
  const weeks = due.filter((e) => e.kind === 'week')

  // A log with writing but no entry it could read has no days to count from: every due day would look missing.
  const unread = reading.status === 'unread'
  const missingDay = unread ? { items: [], total: 0, checked: false } : missingDays(days, options)
  const missingWeek = unread ? { items: [], total: 0 } : missingWeekReviews(weeks, options)
  const missing = [...missingDay.items, ...missingWeek.items]
  const omitted: Report['omitted'] = {}
  const notes: ReportNote[] = []
  if (missingDay.total > missingDay.items.length) {
    omitted['missing-day'] = missingDay.total - missingDay.items.length
    notes.push({ type: 'omitted', kind: 'day', shown: missingDay.items.length, total: missingDay.total })
  }
  if (missingWeek.total > missingWeek.items.length) {
    omitted['missing-week-review'] = missingWeek.total - missingWeek.items.length
    notes.push({ type: 'omitted', kind: 'week', shown: missingWeek.items.length, total: missingWeek.total })
  }
  // A heading written twice is said once, as such, not also as out of order.
  const repeated = repeatedLabels(days)
  const twice = new Set(repeated.map((f) => f.line))
  const mismatched = dateNumberMismatches(days, options.calendar).filter((f) => !(f.why.kind === 'out-of-order' && twice.has(f.line)))
  const perEntry = [...due.flatMap(entryFindings), ...mismatched, ...repeated, ...weekdayMismatches(days), ...yearSlipFindings(days)]
  const findings = [...missing, ...perEntry].sort((a, b) => (a.line ?? 0) - (b.line ?? 0))

  const { calendar, lastDue } = options
  const ordered = chronological(days.filter((d) => !d.external))
  const last = ordered[ordered.length - 1] ?? null
  const carryOver = trackCarryOver(
    ordered,
    (from, to) => {
      if (calendar && isDateInRange(from.date)) {
        const end = to?.date ?? lastDue ?? last?.date ?? null
        if (isDateInRange(end)) return Math.max(0, calendar.workdaysBetween(from.date, end))
      }
      const end = to ?? last
      if (from.number !== null && end?.number != null) return Math.max(0, end.number - from.number)
      return Math.max(0, ordered.indexOf(end ?? from) - ordered.indexOf(from))
    },
    options.dropWords
  )
  const untracked = untrackedGoals(ordered)
  if (untracked > 0) notes.push({ type: 'untracked-goals', goals: untracked })

  return {
    language,
    lastDue: options.lastDue,
    entries,
    findings,
    carryOver,
    due: dueDays(
      days,
      missing.filter((f) => f.type === 'missing-day'),
      perEntry
    ),
    notes: [
      ...readNotes.map((note): ReportNote => ({ type: 'reading', ...note })),
      ...(calendar && lastDue ? calendar.notes(lastDue).map((text): ReportNote => ({ type: 'calendar', text })) : []),
      ...notes
    ],
    omitted,
    warnings,
    reading,
    missingDaysChecked: missingDay.checked
  }
}
