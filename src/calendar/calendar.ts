/**
 * The learner's study calendar: which dates are due, and the Day number of
 * each. Day 1 is the start date; Day n is the n-th due day from there.
 */

import { fromDayNumber, isIsoDate, LAST_DATE, mondayOf, toDayNumber, type IsoDate } from './dates.js'
import type { HolidayProvider } from './holidays.js'
import type { Weekday } from './workdays.js'

/** What a calendar is built from: values the settings have already parsed and checked (see `resolveSettings`). */
export interface CalendarSettings {
  /** The date of Day 1, between FIRST_DATE and LAST_DATE. */
  startDate: IsoDate
  workdays: Weekday[]
  holidays: HolidayProvider
  skipDates: IsoDate[]
}

export interface Calendar {
  readonly settings: CalendarSettings
  /** A workday, not a holiday, not a skip date, not before the start; the start date always is. */
  isDueDay(date: IsoDate): boolean
  /** Day n is the n-th due day counting from the start (Day 1 = startDate); null when it falls after LAST_DATE. */
  dateOfDay(n: number): IsoDate | null
  /** The inverse of dateOfDay; null when date is not a due day, is before the start or after LAST_DATE. */
  dayOfDate(date: IsoDate): number | null
  /** Every due day from the start through `through` inclusive (empty if through < start; none after LAST_DATE). */
  dueDays(through: IsoDate): IsoDate[]
  /** Due days in (from, to], neither counted past LAST_DATE; negative when to < from, 0 when equal. */
  workdaysBetween(from: IsoDate, to: IsoDate): number
  /** Week 1 is the Monday–Sunday week holding the start date; earlier weeks are 0, -1 … */
  weekOf(date: IsoDate): number
  /** Monday and Sunday of that week. */
  weekRange(week: number): { start: IsoDate; end: IsoDate }
  /** One-line notes about the range start..through, e.g. where holiday data stop. */
  notes(through: IsoDate): string[]
}

/**
 * The calendar never looks past LAST_DATE: a runaway search (say, every date a
 * holiday) or a date from a typo stops there instead of filling memory.
 */
function settingsError(message: string): Error {
  return new Error(`calendar: ${message}`)
}

/** The invariants a caller could still break by hand; the start date and the zone are the settings' to check. */
function checkSettings(s: CalendarSettings): void {
  if (s.workdays.length === 0) throw settingsError('no workdays are set; use e.g. mon-fri')
  for (const d of s.skipDates) {
    if (!isIsoDate(d)) throw settingsError(`skip date "${d}" is not a date; use YYYY-MM-DD`)
  }
}

/** The learner's calendar over checked settings: due days and Day numbers, computed lazily and cached. */
export function createCalendar(settings: CalendarSettings): Calendar {
  checkSettings(settings)
  const start = toDayNumber(settings.startDate)
  const lastDay = toDayNumber(LAST_DATE)
  const workdays = new Set<number>(settings.workdays)
  const skip = new Set(settings.skipDates)
  const { holidays } = settings

  function isDue(day: number, date: IsoDate): boolean {
    // The learner began on the start date, so it is Day 1 whatever else it is
    // (a weekend, a holiday, even a listed skip date).
    if (day === start) return true
    const weekday = (((day + 4) % 7) + 7) % 7 // as weekdayOf, without re-parsing the string
    return day > start && workdays.has(weekday) && !skip.has(date) && !holidays.isHoliday(date)
  }

  // The due days found so far, in order, as day numbers; `scanned` is the last
  // day looked at. Grown on demand, so repeated queries cost a lookup.
  const due: number[] = []
  let scanned = start - 1

  function scanThrough(day: number): void {
    const end = Math.min(day, lastDay)
    while (scanned < end) {
      scanned++
      if (isDue(scanned, fromDayNumber(scanned))) due.push(scanned)
    }
  }

  /** Due days on or before `day`. */
  function countThrough(day: number): number {
    if (day < start) return 0
    day = Math.min(day, lastDay)
    scanThrough(day)
    // Binary search: index of the first due day after `day`.
    let lo = 0
    let hi = due.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (due[mid]! <= day) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  const cal: Calendar = {
    settings,

    isDueDay(date) {
      const day = toDayNumber(date)
      return day <= lastDay && isDue(day, date)
    },

    dateOfDay(n) {
      if (!Number.isInteger(n) || n < 1) throw settingsError(`Day ${n} does not exist; days count from 1`)
      // More due days than days left before LAST_DATE: no need to scan for it.
      if (n > lastDay - start + 1) return null
      while (due.length < n && scanned < lastDay) scanThrough(scanned + 366)
      return due.length < n ? null : fromDayNumber(due[n - 1]!)
    },

    dayOfDate(date) {
      const day = toDayNumber(date)
      if (day > lastDay || !isDue(day, date)) return null
      return countThrough(day)
    },

    dueDays(through) {
      return due.slice(0, countThrough(toDayNumber(through))).map(fromDayNumber)
    },

    workdaysBetween(from, to) {
      return countThrough(toDayNumber(to)) - countThrough(toDayNumber(from))
    },

    weekOf(date) {
      const weeks = (toDayNumber(mondayOf(date)) - toDayNumber(mondayOf(settings.startDate))) / 7
      return weeks + 1
    },

    weekRange(week) {
      if (!Number.isInteger(week)) throw settingsError(`week ${week} is not a whole number`)
      const monday = toDayNumber(mondayOf(settings.startDate)) + (week - 1) * 7
      return { start: fromDayNumber(monday), end: fromDayNumber(monday + 6) }
    },

    notes(through) {
      return holidays.notes(settings.startDate, through)
    }
  }
  return cal
}
