/**
 * Gives every label date a year. A date written without one takes it from its
 * month wrapper, from the dated entries around it (the year that puts it nearest
 * its neighbour, which handles new year in both directions), or from the
 * calendar's start date. Where nothing says, the date stays `--MM-DD`.
 */
import type { SlashDate } from './labels.js'
import type { IsoDate, LabelDate } from './types.js'

const pad = (n: number): string => String(n).padStart(2, '0')

/** A date with its year, as opposed to `--MM-DD`. */
export function isFullDate(d: string | null | undefined): d is IsoDate {
  return typeof d === 'string' && d !== '' && !d.startsWith('--')
}

export function formatDate(d: LabelDate): IsoDate {
  return d.year === null ? `--${pad(d.month)}-${pad(d.day)}` : `${d.year}-${pad(d.month)}-${pad(d.day)}`
}

function ordinal(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86_400_000
}

function isRealDate(d: LabelDate): boolean {
  if (d.year === null) return true
  const date = new Date(Date.UTC(d.year, d.month - 1, d.day))
  return date.getUTCMonth() === d.month - 1 && date.getUTCDate() === d.day
}

/**
 * `03/12/25` is 3 December in a log that also writes `28/12/25`, and `12/18` is
 * 18 December: the log's own dates decide the order, month first when none tells.
 */
export function resolveSlashDates(all: readonly SlashDate[][]): (dates: readonly SlashDate[]) => LabelDate[] {
  const flat = all.flat()
  const dayFirst = flat.some((d) => d.first > 12) && !flat.some((d) => d.second > 12)
  return (dates) =>
    dates
      .map((d) => (dayFirst ? { year: d.year, month: d.second, day: d.first } : { year: d.year, month: d.first, day: d.second }))
      .filter((d) => d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= 31)
}

interface Dated {
  dates: LabelDate[]
  monthContext: { year: number; month: number } | null
}

/** Fills in missing years in place, in document order. */
export function resolveYears(entries: readonly Dated[], startDate: IsoDate | null): void {
  for (const entry of entries) {
    for (const date of entry.dates) {
      if (date.year === null && entry.monthContext) date.year = entry.monthContext.year
    }
  }
  const nearest = (date: LabelDate, anchor: LabelDate & { year: number }): number => {
    const target = ordinal(anchor.year, anchor.month, anchor.day)
    let best = anchor.year
    for (const year of [anchor.year - 1, anchor.year + 1]) {
      if (Math.abs(ordinal(year, date.month, date.day) - target) < Math.abs(ordinal(best, date.month, date.day) - target)) best = year
    }
    return best
  }
  const all = entries.flatMap((e) => e.dates)
  const anchored = (d: LabelDate): d is LabelDate & { year: number } => d.year !== null

  // Forward from each dated entry, then backward for the yearless run at the top.
  let anchor: (LabelDate & { year: number }) | null = null
  if (startDate && !all.some(anchored)) {
    const [y, m, d] = startDate.split('-').map(Number) as [number, number, number]
    anchor = { year: y, month: m, day: d }
    const first = all[0]
    // The first entry is on or after the start: a date that would fall well before it belongs to the next year.
    if (first && ordinal(y, first.month, first.day) < ordinal(y, m, d) - 31) first.year = y + 1
  }
  for (const date of all) {
    if (date.year === null && anchor) date.year = nearest(date, anchor)
    if (anchored(date)) anchor = date
  }
  anchor = null
  for (let i = all.length - 1; i >= 0; i--) {
    const date = all[i]!
    if (date.year === null && anchor) date.year = nearest(date, anchor)
    if (anchored(date)) anchor = date
  }
  for (const entry of entries) {
    entry.dates = entry.dates.filter(isRealDate)
  }
}
