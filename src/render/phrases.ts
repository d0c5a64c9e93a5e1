/** Small pieces of wording shared by both languages' catalogues. */
import type { Finding } from '../review/types.js'
import { quote } from './quote.js'

/** `A, B and C`. */
export function andList(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

/** A section's name in a sentence: `**Thoughts:**` is the "Thoughts" section. */
export function sectionName(title: string): string {
  return title.replace(/\s*[:：]+\s*$/u, '')
}

/** The title with its day number made the entry's: `DAY 12 소감` in Day13 → `DAY 13 소감`; null when it names no day. */
export function fixedTitle(title: string, number: number | null): string | null {
  const named = /\b(day\s*)(\d+)/i.exec(title)
  if (!named || number === null) return null
  return title.slice(0, named.index) + named[1] + String(number) + title.slice(named.index + named[0].length)
}

/** `2026-10-05` → `10/5` */
export const monthDay = (date: string): string => `${Number(date.slice(5, 7))}/${Number(date.slice(8, 10))}`

/** `Day14 (2026-10-14)` in an issue; a day already named by its date is not dated twice. */
export function named(entry: string, date: string | null): string {
  return date && date !== entry ? `${quote(entry)} (${date})` : quote(entry)
}

/** `Day48 (2023-10-05)`, `2023-10-05`: a missing day by its name, with its date where the name is not that date. */
export function missingDayName(f: Finding): string {
  return f.date !== null && f.date !== f.entry ? `${f.entry} (${f.date})` : f.entry
}

/** `1,234`: thousands separated by commas, without Intl's number formatter (costly to load). */
export const count = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
