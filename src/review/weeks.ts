/**
 * The week model: what each ended week of a report holds, as plain data (no
 * words, no links). The weekly files and the README block only render it.
 * Pure: no I/O, no clock. A week's data depend only on what happened up to
 * that week's Sunday, so an ended week's model never changes as later weeks
 * are logged.
 */
import { addDays, isDateInRange, isoWeek, mondayOf, type Calendar } from '../calendar/index.js'
import type { DatedEntry, Entry, IsoDate, Item } from '../log/types.js'
import { compareDates, isDated, isFullDate } from '../log/years.js'
import { doneKeys, isDropped, taskKey } from './tasks.js'
import type { CarryOver, DueState, Finding, Report } from './types.js'

/** A week: numbered from the calendar's start, or an ISO week when there is no calendar. */
export type WeekId =
  | { kind: 'calendar'; number: number; start: IsoDate; end: IsoDate }
  | { kind: 'iso'; year: number; number: number; start: IsoDate; end: IsoDate }

/** A day of the week that was due or logged. */
interface WeekDayRow {
  date: IsoDate
  /** The entry's label, or `Day<n>` for a due day with no entry. */
  entry: string
  /** The README line of the entry's label; null when the day is missing. */
  line: number | null
  state: DueState
  /** Logged on a day the calendar does not count as due (a weekend, a holiday). */
  dayOff: boolean
}

export interface WeekDays {
  /** Due days in the week; null without a calendar (then only logged days are counted). */
  due: number | null
  logged: number
  empty: number
  missing: number
  /** In date order, then README order. */
  rows: WeekDayRow[]
}

/** One day of the week with empty sections, or empty as a whole. */
export interface EmptyDayRow {
  entry: string
  date: IsoDate
  /** The line of the entry's label. */
  entryLine: number
  /** The whole day is empty (goals apart). */
  whole: boolean
  /** The empty sections, in README order. */
  sections: Array<{ title: string; line: number }>
}

/** A day a row points into: its label and a README line. */
interface DayRef {
  label: string
  line: number | null
}

/** A carried-over task as the week's Sunday knew it. */
interface WeekCarryRow {
  /** The task's name as of the week's end (a later day's rename does not reach back). */
  text: string
  /** The day the task was first written, and the task's line in it. */
  source: { label: string; line: number }
  /** Study days (with a calendar) or logged days (without), counting the first written day as day 1. */
  age: number
  status: 'open' | 'done' | 'dropped'
  /** The day that did it or let it go; null while open. */
  resolved: DayRef | null
}

export interface WeekCarryOver {
  /** All carried-over tasks the week saw: open at some point in it. */
  total: number
  open: number
  done: number
  dropped: number
  /** The newest `carryRows` of them, newest first. */
  rows: WeekCarryRow[]
}

export type GoalResult = 'met' | 'missed' | 'pending'

interface GoalRow {
  text: string
  /** The day the goal was set, and the goal's line. */
  setOn: { label: string; line: number }
  /** The next logged day, which checks it; null when met where written, or when next week checks it. */
  checkedOn: { label: string; line: number } | null
  result: GoalResult
}

export interface WeekGoals {
  rows: GoalRow[]
  /** Rows with a result this week (not pending), and of those the met ones. */
  checked: number
  met: number
}

/** Carried-over tasks still open at a week's end. */
export interface TrendPoint {
  week: WeekId
  open: number
}

export interface WeekReview {
  week: WeekId
  days: WeekDays
  empty: EmptyDayRow[]
  carryOver: WeekCarryOver
  goals: WeekGoals
  /** The open count of up to `trendWeeks` weeks, ending with this one, oldest first. */
  trend: TrendPoint[]
}

export interface WeekReviewOptions {
  /** null → ISO weeks. */
  calendar: Calendar | null
  /** Weeks whose Sunday is on or before this date have ended. */
  lastDue: IsoDate
  /** Only the newest this many ended weeks (a week's data do not depend on which others are reviewed). */
  newest?: number
  /** The most carry-over rows a week lists. */
  carryRows: number
  /** The most weeks a trend reaches back, this one included. */
  trendWeeks: number
}

/** Every ended week of the report's log, oldest first: from the calendar's start, or the Monday of the log's first date. */
export function endedWeeks(report: Report, calendar: Calendar | null, lastDue: IsoDate): WeekId[] {
  const weeks: WeekId[] = []
  if (calendar) {
    let last = calendar.weekOf(lastDue)
    if (calendar.weekRange(last).end > lastDue) last--
    for (let n = 1; n <= last; n++) weeks.push({ kind: 'calendar', number: n, ...calendar.weekRange(n) })
    return weeks
  }
  // A date outside 1970–2100 is a typo, not the week the log began.
  const dates = report.entries
    .flatMap((e) => [e.date, ...e.dates])
    .filter(isDateInRange)
    .sort()
  if (dates.length === 0) return weeks
  for (let start = mondayOf(dates[0]!); addDays(start, 6) <= lastDue; start = addDays(start, 7)) {
    const { year, week } = isoWeek(start)
    weeks.push({ kind: 'iso', year, number: week, start, end: addDays(start, 6) })
  }
  return weeks
}

/** What every week shares: the logged days in the order they happened. */
interface Context {
  report: Report
  calendar: Calendar | null
  days: DatedEntry[]
}

function chronologicalDays(entries: Entry[]): DatedEntry[] {
  return entries
    .filter((e) => e.kind === 'day' && !e.external)
    .filter(isDated)
    .sort((a, b) => compareDates(a.date, b.date) || a.line - b.line)
}

/** The newest ended weeks (all of them without `newest`), each as plain data, oldest first. */
export function reviewWeeks(report: Report, options: WeekReviewOptions): WeekReview[] {
  const weeks = endedWeeks(report, options.calendar, options.lastDue)
  const ctx: Context = { report, calendar: options.calendar, days: chronologicalDays(report.entries) }
  const first = Math.max(0, weeks.length - (options.newest ?? weeks.length))
  const open = new Map<number, number>()
  const openAtEnd = (i: number): number => {
    if (!open.has(i)) open.set(i, openAt(report, weeks[i]!.end))
    return open.get(i)!
  }
  return weeks.slice(first).map((week, k) => {
    const index = first + k
    const from = Math.max(0, index + 1 - options.trendWeeks)
    const trend = weeks.slice(from, index + 1).map((w, j) => ({ week: w, open: openAtEnd(from + j) }))
    return {
      week,
      days: weekDays(ctx, week),
      empty: emptyDays(report, week),
      carryOver: weekCarryOver(ctx, week, options.carryRows),
      goals: weekGoals(ctx, week),
      trend
    }
  })
}

// --- days due, logged and missing -------------------------------------------

/** The week's due and logged days with their states, and how many were logged, empty and missing. */
function weekDays(ctx: Context, week: WeekId): WeekDays {
  const { report, calendar } = ctx
  const inWeek = (d: IsoDate | null): d is IsoDate => isFullDate(d) && d >= week.start && d <= week.end
  const rows = report.due.flatMap((d) => (inWeek(d.date) ? [{ ...d, date: d.date }] : []))
  const byDate = (a: { date: IsoDate; line: number | null }, b: { date: IsoDate; line: number | null }) =>
    compareDates(a.date, b.date) || (a.line ?? 0) - (b.line ?? 0)
  const toRow = (r: (typeof rows)[number]): WeekDayRow => ({
    date: r.date,
    entry: r.entry,
    line: r.state === 'missing' ? null : r.line,
    state: r.state,
    dayOff: calendar !== null && !calendar.isDueDay(r.date)
  })

  if (!calendar) {
    rows.sort(byDate)
    const logged = rows.filter((r) => r.state === 'logged').length
    const empty = rows.filter((r) => r.state === 'empty').length
    return { due: null, logged, empty, missing: 0, rows: rows.map(toRow) }
  }
  const due = calendar.dueDays(week.end).filter((d) => d >= week.start)
  // A due day the report does not list (it was checked to an earlier date) is simply missing.
  for (const date of due) {
    if (!rows.some((r) => r.date === date)) {
      rows.push({ date, number: calendar.dayOfDate(date), entry: `Day${calendar.dayOfDate(date)}`, line: null, state: 'missing' })
    }
  }
  rows.sort(byDate)
  const onDue = rows.filter((r) => due.includes(r.date))
  const logged = new Set(onDue.filter((r) => r.state === 'logged').map((r) => r.date)).size
  const empty = new Set(onDue.filter((r) => r.state === 'empty').map((r) => r.date)).size
  const missing = due.filter((d) => !onDue.some((r) => r.date === d && r.state !== 'missing')).length
  return { due: due.length, logged, empty, missing, rows: rows.map(toRow) }
}

// --- empty sections ---------------------------------------------------------

/** The week's days with empty sections, one row per day in date order, from the report's findings. */
function emptyDays(report: Report, week: WeekId): EmptyDayRow[] {
  type Empty = Extract<Finding, { type: 'empty-section' | 'empty-day' }> & { date: IsoDate }
  const found = report.findings.filter(
    (f): f is Empty =>
      (f.type === 'empty-section' || f.type === 'empty-day') && isFullDate(f.date) && f.date >= week.start && f.date <= week.end
  )
  const byDay = new Map<string, Empty[]>()
  const sorted = [...found].sort((a, b) => compareDates(a.date, b.date) || a.line - b.line)
  for (const f of sorted) {
    const key = `${f.date}\u0000${f.entry}`
    byDay.set(key, [...(byDay.get(key) ?? []), f])
  }
  return [...byDay.values()].map((findings) => {
    const first = findings[0]!
    const whole = findings.find((f) => f.type === 'empty-day')
    return {
      entry: first.entry,
      date: first.date,
      entryLine: first.type === 'empty-section' ? first.entryLine : first.line,
      whole: whole !== undefined,
      sections: whole ? whole.sections : findings.map((f) => ({ title: f.section!, line: f.line }))
    }
  })
}

// --- carried-over tasks -----------------------------------------------------

/** Resolved on or before `date`: what a week's end can already know. */
function resolvedBy(record: CarryOver, date: IsoDate): boolean {
  return isFullDate(record.resolvedDate) && record.resolvedDate <= date
}

/** Open at some point in the week: written by its end, and not resolved before it began. */
function relevantCarryOver(report: Report, week: WeekId): CarryOver[] {
  return report.carryOver.filter(
    (c) => isFullDate(c.fromDate) && c.fromDate <= week.end && !(isFullDate(c.resolvedDate) && c.resolvedDate < week.start)
  )
}

function openAt(report: Report, date: IsoDate): number {
  return report.carryOver.filter((c) => isFullDate(c.fromDate) && c.fromDate <= date && !resolvedBy(c, date)).length
}

/**
 * Study days (with a calendar) or logged days (without) in (from, to]. The
 * report's `CarryOver.age` counts to the last due day; a week counts to its end.
 */
function ageBetween(ctx: Context, from: IsoDate, to: IsoDate): number {
  const { calendar } = ctx
  if (calendar) return Math.max(0, calendar.workdaysBetween(from, to))
  const dates = new Set(ctx.days.flatMap((d) => (d.dates.length > 0 ? d.dates : [d.date])).filter((d) => d > from && d <= to))
  return dates.size
}

/**
 * The task's name as the week's end knew it. The engine renames a record that
 * began as a goal (`기본 과제 2 완료`) after the first day that lists it undone
 * (`기본 과제 2`); a later week must not rename it in an earlier week's file.
 */
function textAsOf(ctx: Context, record: CarryOver, end: IsoDate): string {
  const key = taskKey(record.text)
  for (const day of ctx.days) {
    if (day.date < record.fromDate! || day.date > end) continue
    for (const section of day.sections) {
      for (const item of section.items) if (item.done === false && taskKey(item.text) === key) return item.text
    }
  }
  for (const day of ctx.report.entries) {
    for (const section of day.sections) for (const item of section.items) if (item.line === record.line) return item.text
  }
  return record.text
}

/** The day whose text holds a line: a task is labelled with the day it was written in. */
function dayAt(report: Report, line: number): Entry | null {
  return report.entries.find((e) => e.kind === 'day' && e.line <= line && line <= e.endLine) ?? null
}

/** The carried-over tasks as of the week's end: counts, and the newest `limit` rows. */
function weekCarryOver(ctx: Context, week: WeekId, limit: number): WeekCarryOver {
  const records = relevantCarryOver(ctx.report, week)
  const ended = records.filter((c) => resolvedBy(c, week.end))
  const dropped = ended.filter((c) => c.dropped).length
  const newest = [...records].sort((a, b) => compareDates(b.fromDate!, a.fromDate!) || b.line - a.line)
  const rows = newest.slice(0, limit).map((c): WeekCarryRow => {
    const resolved = resolvedBy(c, week.end)
    const end = resolved ? c.resolvedDate! : week.end
    // A task first written as a goal on Day2 became carried over on Day3: it is labelled Day2,
    // and its age counts from Day2 as day 1, as a reader counts.
    const written = dayAt(ctx.report, c.line)
    const since = isFullDate(written?.date) ? written.date : c.fromDate!
    return {
      text: textAsOf(ctx, c, end),
      source: { label: written?.label ?? c.from, line: c.line },
      age: ageBetween(ctx, since, end) + 1,
      status: resolved ? (c.dropped ? 'dropped' : 'done') : 'open',
      resolved: resolved ? { label: c.resolvedIn ?? c.resolvedDate!, line: c.resolvedLine } : null
    }
  })
  return { total: records.length, open: records.length - ended.length, done: ended.length - dropped, dropped, rows }
}

// --- goals for tomorrow -----------------------------------------------------

/** A day's goals for tomorrow, once each, leaving out those struck through where written. */
function goalsOf(day: Entry): Item[] {
  const seen = new Set<string>()
  const goals: Item[] = []
  for (const section of day.sections) {
    if (section.role !== 'goals' || !section.forTomorrow) continue
    for (const item of section.items) {
      const key = taskKey(item.text)
      // A goal struck through where it was written was let go, not missed.
      if (key === '' || seen.has(key) || isDropped(item)) continue
      seen.add(key)
      goals.push(item)
    }
  }
  return goals
}

/**
 * The goals checked in this week, and those set in it that only next week can
 * check. A goal is checked against the next logged day; when that day falls in
 * a later week, the goal is shown here as pending and counted in the week of
 * the day that checks it, so no week's data change once it has ended.
 */
function weekGoals(ctx: Context, week: WeekId): WeekGoals {
  const inWeek = (d: DatedEntry | null | undefined): boolean => !!d && d.date >= week.start && d.date <= week.end
  const rows: GoalRow[] = []
  ctx.days.forEach((setOn, i) => {
    const next = ctx.days[i + 1] ?? null
    const setHere = inWeek(setOn)
    const checkedHere = inWeek(next)
    const carriedIn = !setHere && checkedHere && setOn.date < week.start
    if (!setHere && !carriedIn) return
    const done = next ? doneKeys(next) : new Set<string>()
    for (const item of goalsOf(setOn)) {
      const row = (checkedOn: Entry | null, result: GoalResult): GoalRow => ({
        text: item.text,
        setOn: { label: setOn.label, line: item.line },
        checkedOn: checkedOn && { label: checkedOn.label, line: checkedOn.line },
        result
      })
      // A goal ticked where it was written is met on the day it was set.
      if (item.done === true) {
        if (setHere) rows.push(row(null, 'met'))
        continue
      }
      if (!checkedHere) rows.push(row(null, 'pending'))
      else rows.push(row(next, done.has(taskKey(item.text)) ? 'met' : 'missed'))
    }
  })
  const checked = rows.filter((r) => r.result !== 'pending')
  return { rows, checked: checked.length, met: checked.filter((r) => r.result === 'met').length }
}

// --- the README block -------------------------------------------------------

/** An open carried-over task as of the report's last day. */
interface OpenTaskRow {
  text: string
  /** The day the task was first written, and the task's line in it. */
  source: { label: string; line: number }
  /** The report's age, counted from the day the task was written as day 1. */
  age: number
  lastOpen: { label: string; line: number }
}

export interface OpenTasks {
  open: number
  /** The newest `limit` open tasks, newest first. */
  rows: OpenTaskRow[]
  resolved: number
  dropped: number
}

/** Due days in (from, to], as the report lists them: how much older the written day is than the carried one. */
function dueDaysBetween(report: Report, from: string | null, to: string | null): number {
  if (from === null || to === null || from >= to) return 0
  return new Set(report.due.filter((d) => d.date !== null && d.date > from && d.date <= to).map((d) => d.date)).size
}

/** The carried-over tasks still open now (the newest `limit` of them as rows), and how many were done or let go: what the README block shows. */
export function openTasks(report: Report, limit: number): OpenTasks {
  // Newest first: a long log's oldest tasks are counted, not listed.
  const open = report.carryOver
    .filter((c) => c.resolvedIn === null)
    .sort((a, b) => compareDates(b.fromDate ?? '', a.fromDate ?? '') || b.line - a.line)
  const dropped = report.carryOver.filter((c) => c.dropped).length
  const rows = open.slice(0, limit).map((c): OpenTaskRow => {
    // A goal written on Day2 and carried from Day3 is labelled Day2, and its age counts from Day2 as day 1.
    const written = dayAt(report, c.line)
    return {
      text: c.text,
      source: { label: written?.label ?? c.from, line: c.line },
      age: c.age + 1 + dueDaysBetween(report, written?.date ?? null, c.fromDate),
      lastOpen: { label: c.lastOpen, line: c.lastOpenLine }
    }
  })
  return { open: open.length, rows, resolved: report.carryOver.length - open.length - dropped, dropped }
}
