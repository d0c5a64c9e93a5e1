/**
 * A start date that cannot be right: after today (every entry would be in the
 * future, and the check would find nothing), after the log's last dated entry,
 * or more than a month before its first dated entry (a typo'd year floods the
 * run with missing days). Only dates the learner wrote in labels count: dates
 * the calendar gave numbered days come from the start date itself. Pure.
 */
import { addDays, isDateInRange } from '../calendar/index.js'
import type { Entry, IsoDate } from '../log/types.js'

type CalendarProblem = 'start-after-today' | 'start-after-last-entry' | 'start-long-before-first-entry'

export interface CalendarDoubt {
  problem: CalendarProblem
  startDate: IsoDate
  /** What the start date was compared with: today, or the last or first dated entry. */
  against: IsoDate
  /** The date the log suggests for `start-date` (its first dated entry), or null when it cannot tell. */
  expected: IsoDate | null
  /** The check ran without the calendar: with it, every entry would be in the future or before the start. */
  ignored: boolean
}

/** How far before the first dated entry a start date may be before it looks like a typo. */
const START_SLACK_DAYS = 31

export function doubtCalendar(entries: readonly Entry[], startDate: IsoDate, today: IsoDate | null): CalendarDoubt | null {
  const dated = entries
    // A date outside the calendar's years (a stray `## 0000-01-01`) says nothing about the start date.
    .filter((e) => e.kind === 'day' && e.dateSource === 'label' && isDateInRange(e.date))
    .map((e) => e.date!)
    .sort()
  const first = dated[0] ?? null
  const last = dated[dated.length - 1] ?? null
  const expected = first !== null && (today === null || first <= today) ? first : null
  if (today !== null && startDate > today) return { problem: 'start-after-today', startDate, against: today, expected, ignored: true }
  if (last !== null && startDate > last) return { problem: 'start-after-last-entry', startDate, against: last, expected, ignored: true }
  if (first !== null && startDate < addDays(first, -START_SLACK_DAYS))
    return { problem: 'start-long-before-first-entry', startDate, against: first, expected: first, ignored: false }
  return null
}
