/**
 * Calendar-date arithmetic on `YYYY-MM-DD` strings.
 *
 * Every calculation goes through a UTC day number (days since 1970-01-01), so
 * the machine's local time zone and DST never shift a date by one.
 */

/** A calendar date as `YYYY-MM-DD`. */
export type IsoDate = string

/** Days in each month of a common year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil):
 * arithmetic only, no Date object, as the calendar asks it of every day of a log.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146097 + dayOfEra - 719468
}

/** `n` digits from `at` as a number, or -1 where one is not a digit. */
function digits(s: string, at: number, n: number): number {
  let value = 0
  for (let i = at; i < at + n; i++) {
    const c = s.charCodeAt(i) - 48
    if (c < 0 || c > 9) return -1
    value = value * 10 + c
  }
  return value
}

/** Days since 1970-01-01 for a valid date, or NaN. */
function parseDayNumber(s: string): number {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return NaN
  const year = digits(s, 0, 4)
  const month = digits(s, 5, 2)
  const day = digits(s, 8, 2)
  if (year < 0 || month < 1 || month > 12 || day < 1) return NaN
  // A day that does not exist (02-30) is no date.
  if (day > (month === 2 && isLeap(year) ? 29 : MONTH_DAYS[month - 1]!)) return NaN
  return daysFromCivil(year, month, day)
}

/** Strict `YYYY-MM-DD` naming a real date (2026-02-30 is not one). */
export function isIsoDate(s: unknown): s is IsoDate {
  return typeof s === 'string' && !Number.isNaN(parseDayNumber(s))
}

/** Days since 1970-01-01 (UTC). Throws on anything that is not a real `YYYY-MM-DD`. */
export function toDayNumber(d: IsoDate): number {
  const n = parseDayNumber(d)
  if (Number.isNaN(n)) throw new Error(`"${d}" is not a date; use YYYY-MM-DD`)
  return n
}

/**
 * The dates til-keeper works with. A date outside them is a typo (1900, 0000) or
 * not a study date, and is refused rather than counted, looped or filed over.
 */
const FIRST_DATE: IsoDate = '1970-01-01'
export const LAST_DATE: IsoDate = '2100-12-31'

/** A real `YYYY-MM-DD` between FIRST_DATE and LAST_DATE (four-digit years compare as text). */
export function isDateInRange(s: unknown): s is IsoDate {
  return isIsoDate(s) && s >= FIRST_DATE && s <= LAST_DATE
}

/** `start-date: "1900-01-01" is out of range; …`, the one line every date setting gives. */
export function outOfRange(name: string, value: string): string {
  return `${name}: "${value}" is out of range; use a date between ${FIRST_DATE} and ${LAST_DATE}`
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0')

/** The `YYYY-MM-DD` of a day number. */
export function fromDayNumber(n: number): IsoDate {
  if (!Number.isInteger(n)) throw new Error(`day number ${n} is not an integer`)
  // Hinnant's civil_from_days, the inverse of daysFromCivil.
  const z = n + 719468
  const era = Math.floor(z / 146097)
  const dayOfEra = z - era * 146097
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365
  )
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
  const mp = Math.floor((5 * dayOfYear + 2) / 153)
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`
}

/** The date `n` days after `d` (before it when negative): date arithmetic without Date objects or time zones. */
export function addDays(d: IsoDate, n: number): IsoDate {
  return fromDayNumber(toDayNumber(d) + n)
}

/** `b − a` in days: positive when b is later. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a)
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(d: IsoDate): number {
  // 1970-01-01 was a Thursday (4); the double modulo keeps dates before 1970 in 0..6.
  return (((toDayNumber(d) + 4) % 7) + 7) % 7
}

/** Sort order for dates: negative, 0 or positive like any comparator. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return Math.sign(toDayNumber(a) - toDayNumber(b))
}

/** The Monday of d's Monday–Sunday week. */
export function mondayOf(d: IsoDate): IsoDate {
  return addDays(d, -((weekdayOf(d) + 6) % 7))
}

/** ISO-8601 week: weeks start on Monday and week 1 holds the year's first Thursday. */
export function isoWeek(d: IsoDate): { year: number; week: number } {
  // The Thursday of d's week decides which year the week belongs to.
  const thursday = toDayNumber(mondayOf(d)) + 3
  const year = Number(fromDayNumber(thursday).slice(0, 4))
  const jan1 = toDayNumber(`${pad(year, 4)}-01-01`)
  return { year, week: Math.floor((thursday - jan1) / 7) + 1 }
}

/** `2026-W40`. */
export function isoWeekLabel(d: IsoDate): string {
  const { year, week } = isoWeek(d)
  return `${pad(year, 4)}-W${pad(week, 2)}`
}

/**
 * An IANA zone name this runtime knows. Offsets such as `+09:00` are refused
 * even where Intl accepts them (Node 24 does, Node 20 does not), so a setting
 * means the same thing on every runtime.
 */
let zones: Set<string> | null = null
const canonicalZones = (): Set<string> => (zones ??= new Set(Intl.supportedValuesOf('timeZone')))

/** An IANA zone name that `isValidTimeZone` accepted: a setting checked once, then trusted. */
export type TimeZone = string & { readonly __checkedTimeZone: true }

/** Whether `tz` is such a zone name; true narrows it to `TimeZone`, so the settings check a zone once. */
export function isValidTimeZone(tz: string): tz is TimeZone {
  // UTC, the default, needs no Intl: the first DateTimeFormat costs a noticeable part of start-up.
  if (tz === 'UTC') return true
  if (typeof tz !== 'string' || tz.trim() === '' || /^[+-]/.test(tz.trim())) return false
  // A canonical name from the runtime's list is valid (a tenth of the cost of building a formatter); aliases and
  // other spellings are asked of Intl.DateTimeFormat below.
  if (canonicalZones().has(tz)) return true
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz })
    return true
  } catch {
    return false
  }
}

// Building a DateTimeFormat is slow; one per zone is enough.
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone)
  if (!f) {
    if (!isValidTimeZone(timeZone)) {
      throw new Error(`timezone: "${timeZone}" is not an IANA time zone; use e.g. Asia/Seoul or UTC`)
    }
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23'
    })
    formatters.set(timeZone, f)
  }
  return f
}

/** The local calendar date and minutes since local midnight of `now` in an IANA zone. */
export function localNow(now: Date, timeZone: string): { date: IsoDate; minutes: number } {
  if (Number.isNaN(now.getTime())) throw new Error('localNow: the given time is not a valid Date')
  if (timeZone === 'UTC') {
    return { date: now.toISOString().slice(0, 10), minutes: now.getUTCHours() * 60 + now.getUTCMinutes() }
  }
  const parts: Record<string, string> = {}
  for (const p of formatterFor(timeZone).formatToParts(now)) parts[p.type] = p.value
  const year = Number(parts.year)
  const month = Number(parts.month)
  const day = Number(parts.day)
  // Some ICU builds print midnight as "24" even with h23; the date part is
  // already the new day there, so 24 simply means 0.
  const hour = Number(parts.hour) % 24
  const minute = Number(parts.minute)
  return { date: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`, minutes: hour * 60 + minute }
}
