/**
 * A year not moved on at New Year: `2024-12-31`, then `2024-01-01`, `2024-01-02` … in a log that runs in order. A run
 * of dates that lies a year back from the day before it, and follows it once moved a year on, is that many dates
 * written with the old year's number. Plain data in and out: the dates as the log writes them, the runs to move.
 */
import { isRealDay } from './labels.js'
import type { Entry, IsoDate, MonthDay } from './types.js'
import { dayNumber, isFullDate, weekdayOfDay } from './years.js'

const daysBetween = (a: IsoDate, b: IsoDate): number => dayNumber(b) - dayNumber(a)
const weekdayOf = (d: IsoDate): number => weekdayOfDay(dayNumber(d))

/** A run of dates written a year early: indices into the list given, `first` to `last` in the list's order. */
export interface YearSlip {
  first: number
  last: number
}

/** At most this many days from the date before, once moved a year on: a month of days off at most. */
const NEAR = 31
/** A step back of at least this many days is a year's slip, not a date typed a few days off. */
const YEAR_BACK = 300
/** The share of steps from one date to the next that must run one way for the log to be in order at all. */
const IN_ORDER = 0.8

/** The date a year on; null for the 29th of February, which the next year has not. */
export function yearLater(date: IsoDate): IsoDate | null {
  const year = Number(date.slice(0, 4)) + 1
  return isRealDay(year, Number(date.slice(5, 7)), Number(date.slice(8, 10))) ? `${year}${date.slice(4)}` : null
}

/** Whether `after` is the day of `before` or within a month after it. */
function follows(before: IsoDate, after: IsoDate | null, today: IsoDate | null): boolean {
  if (after === null || (today !== null && after > today)) return false
  const gap = daysBetween(before, after)
  return gap >= 0 && gap <= NEAR
}

/**
 * The runs of dates written a year early, in a list of the log's dated days in the order written (null for a day
 * with no full date); none where the log is not in order, oldest or newest first. `today`, when known, is the last
 * date a day moved on may fall on.
 */
export function yearSlips(dates: ReadonlyArray<IsoDate | null>, today: IsoDate | null = null): YearSlip[] {
  const known = dates.flatMap((date, index) => (date === null ? [] : [{ date, index }]))
  if (known.length < 3) return []
  let forward = 0
  let back = 0
  // The order is told by the steps shorter than a year: a slip's own jumps are the question.
  for (let k = 1; k < known.length; k++) {
    const step = daysBetween(known[k - 1]!.date, known[k]!.date)
    if (step > 0 && step < YEAR_BACK) forward++
    else if (step < 0 && step > -YEAR_BACK) back++
  }
  if (forward + back === 0 || Math.max(forward, back) < IN_ORDER * (forward + back)) return []
  // Oldest first, to walk forward in time.
  const order = back > forward ? [...known].reverse() : known
  const runs: YearSlip[] = []
  let run: { from: number; to: number } | null = null
  const close = (): void => {
    if (!run) return
    const [a, b] = [order[run.from]!.index, order[run.to]!.index]
    runs.push({ first: Math.min(a, b), last: Math.max(a, b) })
    run = null
  }
  let previous = order[0]!.date
  for (let k = 1; k < order.length; k++) {
    const { date } = order[k]!
    const moved = yearLater(date)
    if (run && !follows(previous, date, today) && follows(previous, moved, today)) {
      run.to = k
      previous = moved!
      continue
    }
    close()
    if (daysBetween(previous, date) <= -YEAR_BACK && follows(previous, moved, today)) {
      run = { from: k, to: k }
      previous = moved!
    } else previous = date
  }
  close()
  return runs.sort((a, b) => a.first - b.first)
}

/**
 * Reads each run of a log's days written a year early a year on, keeping the date as written (`writtenDate`) for the
 * report to name. A run whose written weekdays fit the year as written more often than the year on stands as written.
 */
export function moveSlippedYears(entries: Entry[], today: IsoDate | null): void {
  const days = entries.filter((e) => e.kind === 'day' && e.dateSource === 'label')
  const firstDates = days.map((e) => (e.date !== null && isFullDate(e.date) ? e.date : null))
  for (const slip of yearSlips(firstDates, today)) {
    const run = days.slice(slip.first, slip.last + 1).filter((e) => e.date !== null && isFullDate(e.date))
    const moved = run.map((e) => e.dates.map((d) => (isFullDate(d) ? yearLater(d) : d)))
    if (moved.some((dates) => dates.includes(null))) continue
    const weekdays = run.filter((e) => e.weekday !== undefined)
    const fitWritten = weekdays.filter((e) => weekdayOf(e.date as IsoDate) === e.weekday).length
    const fitMoved = weekdays.filter((e) => weekdayOf(yearLater(e.date as IsoDate)!) === e.weekday).length
    if (fitWritten > fitMoved) continue
    run.forEach((e, i) => {
      e.writtenDate = e.date as IsoDate
      e.dates = moved[i] as Array<IsoDate | MonthDay>
      e.date = e.dates[0]!
    })
  }
}
