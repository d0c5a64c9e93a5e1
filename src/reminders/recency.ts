/**
 * Where each finding sits in the log's time line, so reminders can be planned
 * newest first, bounded to the last few due days (`remind-days`), and never
 * sent for days before the learner's first entry. Pure.
 */
import { isFullDate } from '../log/years.js'
import type { DueDay, Finding, FindingType, Report } from '../review/types.js'

/** A missing day matters more than an empty one, which matters more than a mislabelled title. */
const RANK: Record<FindingType, number> = {
  'missing-day': 0,
  'missing-week-review': 1,
  'empty-day': 2,
  'empty-section': 3,
  'label-mismatch': 4
}

/** How much a kind of finding matters within one day: a missing day first, a title to check last. */
export function rankOf(type: FindingType): number {
  return RANK[type]
}

export interface Timeline {
  /** An index into the due days, oldest 0; between two days a finding gets a half. Higher is newer. */
  position(f: Finding): number
  /** In the last `days` due days (null: every day is recent). */
  recent(f: Finding, days: number | null): boolean
  /** A missing day or week review from before the log's first entry: likely a calendar set too early. */
  beforeLog(f: Finding): boolean
}

const slot = (d: { entry: string; date: string | null }) => `${d.entry}\u0000${d.date ?? ''}`

/** Places findings on the log's due days, so reminders can go newest first and older days be told apart. */
export function timeline(report: Report): Timeline {
  const due: DueDay[] = report.due
  const index = new Map<string, number>()
  due.forEach((d, i) => index.set(slot(d), i))
  const firstLogged = due.findIndex((d) => d.state !== 'missing')

  const position = (f: Finding): number => {
    const exact = index.get(slot(f))
    if (exact !== undefined) return exact
    const date = f.date
    if (isFullDate(date)) return due.filter((d) => isFullDate(d.date) && d.date <= date).length - 0.5
    if (f.line !== null) {
      // Undated (a week review without a calendar): after the last due day written above it.
      let after = -1
      due.forEach((d, i) => {
        if (d.line !== null && d.line <= f.line!) after = Math.max(after, i)
      })
      return after + 0.5
    }
    return -1
  }

  return {
    position,
    recent: (f, days) => days === null || due.length === 0 || position(f) >= due.length - days,
    beforeLog: (f) => (f.type === 'missing-day' || f.type === 'missing-week-review') && (firstLogged < 0 || position(f) < firstLogged)
  }
}
