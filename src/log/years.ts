/**
 * Gives every label date a year. A date written without one takes it from its
 * month wrapper, from the dated entries around it (the year that puts it nearest
 * its neighbour, which handles new year in both directions), from the calendar's
 * start date, or, in a log that never writes a year, from the weekdays written
 * beside its dates. Where nothing says, the date stays `--MM-DD`.
 */
import { isRealDay, MAX_YEAR, MIN_YEAR, spanDates, type AmbiguousDate } from './labels.js'
import type { DatedEntry, Entry, IsoDate, LabelDate, MonthDay } from './types.js'

const pad = (n: number): string => String(n).padStart(2, '0')

/**
 * Orders two dates of one kind (both `YYYY-MM-DD`, or both `--MM-DD`) as the calendar does: their text
 * compares the same way. Code units, not `localeCompare`, whose first call loads the ICU collator
 * (about 15 ms, most of a small log's check).
 */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** A date with its year, as opposed to `--MM-DD`. */
export function isFullDate(d: string | null | undefined): d is IsoDate {
  return typeof d === 'string' && d !== '' && !d.startsWith('--')
}

/** An entry dated with its year. */
export function isDated(e: Entry): e is DatedEntry {
  return isFullDate(e.date)
}

/** A label's date as text: `YYYY-MM-DD`, or `--MM-DD` while its year is unknown. */
export function formatDate(d: LabelDate): IsoDate | MonthDay {
  return d.year === null ? `--${pad(d.month)}-${pad(d.day)}` : `${d.year}-${pad(d.month)}-${pad(d.day)}`
}

function ordinal(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86_400_000
}

/** The day count of a full date (0 for 1970-01-01). (log/ stands below calendar/, which counts days its own way.) */
export function dayNumber(date: IsoDate): number {
  return ordinal(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)))
}

/** The weekday of a day count, 0 for Sunday: day 0 (1970-01-01) was a Thursday. */
export const weekdayOfDay = (n: number): number => (((n + 4) % 7) + 7) % 7

function isRealDate(d: LabelDate): boolean {
  return d.year === null || isRealDay(d.year, d.month, d.day)
}

type Order = 'MDY' | 'DMY' | 'YMD'

/** One reading of a numeric date. Year first (`24.03.05`, `23/07/27`) is a reading of two-digit years only. */
function reading(d: AmbiguousDate, order: Order): LabelDate | null {
  const [a, b, c] = d.parts as [number, number, number | undefined]
  const yearFirst = order === 'YMD' && c !== undefined && d.fullYear === null
  const dayFirst = order === 'DMY'
  const year = c === undefined ? null : yearFirst ? 2000 + a : c < 100 ? 2000 + c : c
  const [month, day] = yearFirst ? [b, c!] : dayFirst ? [b, a] : [a, b]
  if (month < 1 || month > 12 || day < 1 || day > 31) return null
  if (year !== null && (year < MIN_YEAR || year > MAX_YEAR)) return null
  return { year, month, day }
}

/** Days between two dates; for dates without a year, the distance within a year (12/31 → 1/1 is 1). */
function gap(a: LabelDate, b: LabelDate): number {
  if (a.year !== null && b.year !== null) return Math.abs(ordinal(a.year, a.month, a.day) - ordinal(b.year, b.month, b.day))
  const d = Math.abs(ordinal(2000, a.month, a.day) - ordinal(2000, b.month, b.day))
  return Math.min(d, 366 - d)
}

/** How far apart the log's days fall, read in one order: a daily log's dates are close together. */
function spread(dates: LabelDate[]): number {
  const gaps = dates.slice(1).map((d, i) => gap(dates[i]!, d))
  if (gaps.length === 0) return 0
  gaps.sort((x, y) => x - y)
  // The lower middle: of two gaps (three dates), one a typed year's jump, the other says how close the days are.
  return gaps[(gaps.length - 1) >> 1]!
}

/**
 * Numeric dates take one order for the whole log: `03/12/25` is 3 December in a log
 * that also writes `28/12/25`, `12/18` is 18 December, and `24.03.05` (or `24/03/05`)
 * is 5 March 2024 in a log whose dates then run day by day. The order under which every date is a
 * date wins; between equals, the one that puts the days closest together; then
 * month first (year first for dotted two-digit years).
 */
export function resolveAmbiguousDates(all: readonly AmbiguousDate[][]): {
  read: (dates: readonly AmbiguousDate[]) => LabelDate[]
  order: Order
} {
  // A range's last day counts as one more date.
  const flat = all.flat().flatMap((d) => (d.through ? [d, { ...d, parts: d.through }] : [d]))
  const shortYear = (d: AmbiguousDate): boolean => d.parts.length === 3 && d.fullYear === null
  const dotted = flat.some((d) => d.sep === '.' && shortYear(d))
  // `23/07/27` (a Korean short date) is year first; with slashes, month first comes before (`1/9/21`).
  const orders: Order[] = dotted ? ['YMD', 'DMY', 'MDY'] : flat.some(shortYear) ? ['MDY', 'DMY', 'YMD'] : ['MDY', 'DMY']
  let best: { order: Order; invalid: number; spread: number } | null = null
  for (const order of orders) {
    const read = flat.map((d) => reading(d, order))
    const valid = read.filter((d): d is LabelDate => d !== null)
    const score = { order, invalid: read.length - valid.length, spread: spread(valid) }
    if (!best || score.invalid < best.invalid || (score.invalid === best.invalid && score.spread < best.spread)) best = score
  }
  const order = best?.order ?? 'MDY'
  const read = (dates: readonly AmbiguousDate[]): LabelDate[] =>
    dates.flatMap((d) => {
      const first = reading(d, order)
      if (first === null) return []
      const last = d.through && reading({ ...d, parts: d.through }, order)
      // A range that does not run forward within a month is its first day.
      return (last && spanDates(first, last)) || [first]
    })
  return { read, order }
}

/** The shapes of numeric dates whose order the log decides, as each order reads them. */
const SHAPES: Record<string, Record<Order, string>> = {
  'M/D/Y': { MDY: 'M/D/Y', DMY: 'D/M/Y', YMD: 'Y/M/D' },
  'M/D': { MDY: 'M/D', DMY: 'D/M', YMD: 'M/D' },
  'YY.MM.DD': { MDY: 'MM.DD.YY', DMY: 'DD.MM.YY', YMD: 'YY.MM.DD' },
  'DD.MM.YYYY': { MDY: 'MM.DD.YYYY', DMY: 'DD.MM.YYYY', YMD: 'MM.DD.YYYY' },
  'MM.DD': { MDY: 'MM.DD', DMY: 'DD.MM', YMD: 'MM.DD' },
  'YY-MM-DD': { MDY: 'MM-DD-YY', DMY: 'DD-MM-YY', YMD: 'YY-MM-DD' },
  'MM-DD-YYYY': { MDY: 'MM-DD-YYYY', DMY: 'DD-MM-YYYY', YMD: 'MM-DD-YYYY' },
  'MM-DD': { MDY: 'MM-DD', DMY: 'DD-MM', YMD: 'MM-DD' }
}
const SHAPE = /(?<![\w./-])(?:M\/D\/Y|M\/D|YY\.MM\.DD|DD\.MM\.YYYY|MM\.DD|YY-MM-DD|MM-DD-YYYY|MM-DD)(?![\w./-])/g

/** A label form (`RnDN · M/D/Y`) named as the log's dates were read (`RnDN · D/M/Y` where the days come first). */
export function formInOrder(form: string, order: Order): string {
  return form.replace(SHAPE, (shape) => SHAPES[shape]![order])
}

interface Dated {
  dates: LabelDate[]
  yearAbove: number | null
  /** The weekday written beside the entry's one date (0 for Sunday). */
  weekday?: number
}

/**
 * The year a log's weekdays gave its first dated day (`year`), and the next two earlier years that would put every
 * weekday on its date as well (`also`): the calendar repeats, and the latest is a guess the report owns up to.
 */
export interface WeekdayYear {
  year: number
  also: number[]
}

/** Years tried back from today's for dates that have weekdays and no year. */
const WEEKDAY_YEARS = 30
/** Dates with weekdays needed before their weekdays choose a year; and the share of them the year must fit. */
const MIN_WEEKDAYS = 3
const WEEKDAYS_FIT = 0.8
/** Earlier years that fit as well, said beside the one taken: the next two. */
const ALSO_SHOWN = 2

/** The year, the anchor's or one either side, that puts the date nearest the anchor (new year in both directions). */
function nearestYear(date: LabelDate, anchor: LabelDate & { year: number }): number {
  const target = ordinal(anchor.year, anchor.month, anchor.day)
  let best = anchor.year
  for (const year of [anchor.year - 1, anchor.year + 1]) {
    if (Math.abs(ordinal(year, date.month, date.day) - target) < Math.abs(ordinal(best, date.month, date.day) - target)) best = year
  }
  return best
}

/** Gives each yearless date in `dates`, in order, the year that puts it nearest the dated one before it, then after it. */
function fillFromNeighbours(dates: readonly LabelDate[]): void {
  let anchor: (LabelDate & { year: number }) | null = null
  for (const date of dates) {
    if (date.year === null && anchor) date.year = nearestYear(date, anchor)
    if (date.year !== null) anchor = date as LabelDate & { year: number }
  }
  anchor = null
  for (let i = dates.length - 1; i >= 0; i--) {
    const date = dates[i]!
    if (date.year === null && anchor) date.year = nearestYear(date, anchor)
    if (date.year !== null) anchor = date as LabelDate & { year: number }
  }
}

/** An entry of one date with its weekday written beside it: what chooses a year. */
const hasOneWeekday = (e: Dated): boolean => e.weekday !== undefined && e.dates.length === 1

/**
 * `### 3/8 (월)`, `第1天: 5月12日, 星期四` in a log that never writes a year: the latest year that puts no day after
 * today and the written weekdays on their dates (most of them, three at least), or null where none does.
 */
function yearFromWeekdays(entries: readonly Dated[], all: readonly LabelDate[], today: IsoDate): WeekdayYear | null {
  const todayYear = Number(today.slice(0, 4))
  const withWeekday = entries.filter(hasOneWeekday)
  if (withWeekday.length < MIN_WEEKDAYS) return null
  const indexOf = new Map(all.map((d, i) => [d, i]))
  const at = withWeekday.map((e) => indexOf.get(e.dates[0]!)!)
  const first = withWeekday[0]!
  const weekdayIn = (year: number, d: LabelDate): number => weekdayOfDay(ordinal(year, d.month, d.day))
  let best: { year: number; fit: number } | null = null
  const also: number[] = []
  for (let year = todayYear; year > todayYear - WEEKDAY_YEARS; year--) {
    // Once a year fits every weekday, only a year with the same calendar can fit them too: the first one tells.
    const perfect = best !== null && best.fit === withWeekday.length
    if (perfect && weekdayIn(year, first.dates[0]!) !== first.weekday) continue
    const trial = all.map((d) => ({ ...d }))
    trial[at[0]!]!.year = year
    fillFromNeighbours(trial)
    // A log is written up to today: a year that puts a day after it is not the log's.
    if (trial.some((d) => d.year !== null && formatDate(d) > today)) continue
    let fit = 0
    withWeekday.forEach((entry, i) => {
      const d = trial[at[i]!]!
      if (isRealDate(d) && weekdayIn(d.year!, d) === entry.weekday) fit++
    })
    if (!best || fit > best.fit) best = { year, fit }
    else if (perfect && fit === best.fit && also.length < ALSO_SHOWN) also.push(year)
  }
  if (!best || best.fit < MIN_WEEKDAYS || best.fit < WEEKDAYS_FIT * withWeekday.length) return null
  return { year: best.year, also }
}

/**
 * Fills in missing years in place, in document order, and drops dates that do not exist (`June 31`); says which
 * entries lost one.
 */
export function resolveYears(
  entries: readonly Dated[],
  startDate: IsoDate | null,
  today: IsoDate | null = null
): { lost: boolean[]; fromWeekdays: WeekdayYear | null } {
  for (const entry of entries) {
    for (const date of entry.dates) {
      if (date.year === null && entry.yearAbove !== null) date.year = entry.yearAbove
    }
  }
  const all = entries.flatMap((e) => e.dates)
  let fromWeekdays: WeekdayYear | null = null
  if (!all.some((d) => d.year !== null)) {
    fromWeekdays = !startDate && today ? yearFromWeekdays(entries, all, today) : null
    const withWeekday = entries.find(hasOneWeekday)
    if (fromWeekdays !== null && withWeekday) withWeekday.dates[0]!.year = fromWeekdays.year
    else if (startDate) {
      const [y, m, d] = startDate.split('-').map(Number) as [number, number, number]
      const first = all[0]
      // The first entry is on or after the start: a date that would fall well before it belongs to the next year.
      if (first)
        first.year = ordinal(y, first.month, first.day) < ordinal(y, m, d) - 31 ? y + 1 : nearestYear(first, { year: y, month: m, day: d })
    }
  }
  fillFromNeighbours(all)
  const lost = entries.map((entry) => {
    const real = entry.dates.filter(isRealDate)
    const dropped = real.length < entry.dates.length
    entry.dates = real
    return dropped
  })
  return { lost, fromWeekdays }
}
