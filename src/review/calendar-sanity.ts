/**
 * A start date that cannot be right: after today (every entry would be in the
 * future, and the check would find nothing), after the log's last dated entry,
 * or more than a month before its first dated entry (a typo'd year floods the
 * run with missing days). Dates the learner wrote in labels count; dates the
 * calendar gives numbered days come from the start date itself, so a log
 * numbered without dates is doubted only when a whole-year shift of the start
 * date would put its last entry within the last month: a typo'd year. Pure.
 */
import { addDays, createCalendar, isDateInRange, type Calendar } from '../calendar/index.js'
import type { Entry, IsoDate } from '../log/types.js'

type CalendarProblem = 'start-after-today' | 'start-after-last-entry' | 'start-long-before-first-entry' | 'entries-end-long-ago'

export interface CalendarDoubt {
  problem: CalendarProblem
  startDate: IsoDate
  /** What the start date was compared with: today, the last or first dated entry, or the last entry's calendar date. */
  against: IsoDate
  /** The date the log suggests for `start-date`, or null when it cannot tell. */
  expected: IsoDate | null
  /** The check ran without the calendar: with it, every entry would be in the future or before the start. */
  ignored: boolean
  /** For `entries-end-long-ago`: the last entry, e.g. `Day13`. */
  entry?: string
}

/** How far a start date may be from what the log says before it looks like a typo. */
const SLACK_DAYS = 31

/** The same month and day, `years` later; null for a 29 February that the year lacks. */
function shiftYear(date: IsoDate, years: number): IsoDate | null {
  const shifted = `${String(Number(date.slice(0, 4)) + years).padStart(4, '0')}${date.slice(4)}`
  return isDateInRange(shifted) ? shifted : null
}

/** The start date a year or more later under which the last numbered entry lands within the last month, if any. */
function yearTypo(calendar: Calendar, last: number, today: IsoDate): IsoDate | null {
  for (let years = 1; years <= 3; years++) {
    const start = shiftYear(calendar.settings.startDate, years)
    if (start === null || start > today) return null
    const date = createCalendar({ ...calendar.settings, startDate: start }).dateOfDay(last)
    if (date !== null && date <= today && date >= addDays(today, -SLACK_DAYS)) return start
  }
  return null
}

/** What is wrong with the calendar's start date, judged against the entries and today; null when it fits. */
export function doubtCalendar(entries: readonly Entry[], calendar: Calendar, today: IsoDate | null): CalendarDoubt | null {
  const startDate = calendar.settings.startDate
  const days = entries.filter((e) => e.kind === 'day')
  // A date outside the calendar's years (a stray `## 0000-01-01`) says nothing about the start date.
  const dated = days
    .map((e) => (e.dateSource === 'label' ? e.date : null))
    .filter(isDateInRange)
    .sort()
  const first = dated[0] ?? null
  const last = dated[dated.length - 1] ?? null
  const expected = first !== null && (today === null || first <= today) ? first : null
  if (today !== null && startDate > today) return { problem: 'start-after-today', startDate, against: today, expected, ignored: true }
  if (last !== null && startDate > last) return { problem: 'start-after-last-entry', startDate, against: last, expected, ignored: true }
  if (first !== null && startDate < addDays(first, -SLACK_DAYS))
    return { problem: 'start-long-before-first-entry', startDate, against: first, expected: first, ignored: false }
  if (first !== null || today === null) return null

  const newest = days.reduce<Entry | null>((best, e) => ((e.number ?? 0) > (best?.number ?? 0) ? e : best), null)
  if (newest?.number == null) return null
  const lastDate = calendar.dateOfDay(newest.number)
  if (lastDate === null || lastDate >= addDays(today, -SLACK_DAYS)) return null
  const typo = yearTypo(calendar, newest.number, today)
  return typo === null
    ? null
    : { problem: 'entries-end-long-ago', startDate, against: lastDate, expected: typo, ignored: false, entry: newest.label }
}

/** Weekly files from a calendar in doubt would be weeks of nothing: they wait until the start date is fixed. */
export function holdsSummaries(warning: { type: string; calendarIgnored: boolean }): boolean {
  return warning.calendarIgnored || warning.type === 'entries-end-long-ago'
}
