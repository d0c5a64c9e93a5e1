/** Which date is the latest one whose log entry should already exist. */

import { addDays, isIsoDate, localNow, type IsoDate } from './dates.js'

export interface LastDueOptions {
  /** Overrides the clock: this date is the last one that counts as due. */
  today?: IsoDate
  now: Date
  /** IANA zone the learner lives in; "today" is their local date. */
  timeZone: string
  /** Minutes after local midnight from which today's entry is due; null = no due time. */
  dueAfterMinutes: number | null
}

/**
 * The latest date whose entry should exist now: `today` when set, else the learner's local date (or the day
 * before, until the due time). It decides which days count as missing.
 */
export function lastDueDate(opts: LastDueOptions): IsoDate {
  if (opts.today !== undefined) {
    if (!isIsoDate(opts.today)) throw new Error(`today: "${opts.today}" is not a date; use YYYY-MM-DD`)
    return opts.today
  }
  const { date, minutes } = localNow(opts.now, opts.timeZone)
  // Without a due time, a log is not nagged about a day that is still going on:
  // today's entry only becomes due once the day is over. With one, it is due
  // from that local time on.
  if (opts.dueAfterMinutes === null || minutes < opts.dueAfterMinutes) return addDays(date, -1)
  return date
}
