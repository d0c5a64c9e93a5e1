/**
 * Parsers for the schedule settings a learner types into the workflow file:
 * which weekdays are study days, which dates to skip, and the daily due time.
 * Each error is one line that names the bad value and shows what works.
 */

import { addDays, isDateInRange, isIsoDate, outOfRange, toDayNumber, type IsoDate } from './dates.js'

/** A day of the week: 0 = Sunday … 6 = Saturday, as `Date.getUTCDay()` counts. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6

/** English short and long names, and Korean. */
const DAY_NAMES: ReadonlyMap<string, Weekday> = (() => {
  const names: Array<[Weekday, string[]]> = [
    [0, ['sun', 'sunday', '일', '일요일']],
    [1, ['mon', 'monday', '월', '월요일']],
    [2, ['tue', 'tues', 'tuesday', '화', '화요일']],
    [3, ['wed', 'wednesday', '수', '수요일']],
    [4, ['thu', 'thur', 'thurs', 'thursday', '목', '목요일']],
    [5, ['fri', 'friday', '금', '금요일']],
    [6, ['sat', 'saturday', '토', '토요일']]
  ]
  return new Map(names.flatMap(([n, list]) => list.map((name) => [name, n] as [string, Weekday])))
})()

const EVERY_DAY = new Set(['daily', 'all', 'everyday', '매일'])
const KOREAN_DAYS = /^[일월화수목금토]{2,}$/u

function workdaysError(value: string): Error {
  return new Error(`workdays: "${value}" is not a day range; use e.g. mon-fri or mon,wed,fri`)
}

/**
 * `mon-fri`, `sun-thu`, `mon,wed,fri`, `daily`, `월-금`, `월~금`, `월수금` → sorted
 * weekday numbers. Ranges may wrap past Saturday (`fri-mon` = fri, sat, sun, mon).
 */
export function parseWorkdays(spec: string): Weekday[] {
  // Spaces around a range dash are allowed ("mon - fri"); elsewhere they separate days.
  const text = spec
    .trim()
    .toLowerCase()
    .replace(/\s*([-~])\s*/g, '$1')
  if (text === '') throw workdaysError(spec)
  if (EVERY_DAY.has(text)) return [0, 1, 2, 3, 4, 5, 6]

  const days = new Set<Weekday>()
  for (const token of text.split(/[\s,]+/).filter(Boolean)) {
    // Korean often writes days run together: 월수금.
    if (KOREAN_DAYS.test(token)) {
      for (const ch of token) days.add(DAY_NAMES.get(ch)!)
      continue
    }
    const ends = token.split(/[-~]/)
    if (ends.length > 2) throw workdaysError(token)
    const from = DAY_NAMES.get(ends[0]!)
    const to = DAY_NAMES.get(ends[ends.length - 1]!)
    if (from === undefined || to === undefined) throw workdaysError(token)
    // Walk forward from `from`, wrapping after Saturday, until `to`.
    for (let d: Weekday = from; ; d = ((d + 1) % 7) as Weekday) {
      days.add(d)
      if (d === to) break
    }
  }
  return [...days].sort((a, b) => a - b)
}

function skipError(value: string): Error {
  return new Error(`skip-dates: "${value}" is not a date or date range; use YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD`)
}

/** Comma- or space-separated dates and `from..to` ranges (inclusive) → sorted unique dates. */
export function parseSkipDates(spec: string): IsoDate[] {
  const text = spec.trim().replace(/\s*\.\.\s*/g, '..')
  const dates = new Set<IsoDate>()
  for (const token of text.split(/[\s,]+/).filter(Boolean)) {
    const ends = token.split('..')
    const from = ends[0]!
    const to = ends[ends.length - 1]!
    if (ends.length > 2 || !isIsoDate(from) || !isIsoDate(to)) throw skipError(token)
    if (!isDateInRange(from) || !isDateInRange(to)) throw new Error(outOfRange('skip-dates', token))
    if (toDayNumber(to) < toDayNumber(from)) {
      throw new Error(`skip-dates: "${token}" ends before it starts; write the earlier date first`)
    }
    for (let d = from; ; d = addDays(d, 1)) {
      dates.add(d)
      if (d === to) break
    }
  }
  return [...dates].sort()
}

/**
 * `HH:MM` (00:00–23:59; a one-digit hour such as 9:30 is accepted too) →
 * minutes since midnight. An empty setting means "no due time"; callers
 * handle that before calling, so empty is an error here.
 */
export function parseDueAfter(spec: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(spec.trim())
  const hours = m ? Number(m[1]) : NaN
  const minutes = m ? Number(m[2]) : NaN
  if (!(hours <= 23 && minutes <= 59)) {
    throw new Error(`due-after: "${spec}" is not a time; use HH:MM between 00:00 and 23:59`)
  }
  return hours * 60 + minutes
}
