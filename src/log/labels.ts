/**
 * Reads an entry label — a heading, a `<summary>` or a table cell — and says
 * whether it names a day, a week or a month wrapper, with its numbers and dates.
 *
 * A label counts only when the day number or the date comes first: `Day 8, Day 9
 * 내용정리` in the middle of a sentence is text, `### Day 8: 2017-06-04` is a day.
 */
import { EMOJI } from './emoji.js'
import type { LabelDate } from './types.js'

export type LabelKind = 'day' | 'week' | 'month'

/** A slash date whose order (month/day or day/month) the whole log decides. */
export interface SlashDate {
  first: number
  second: number
  year: number | null
}

export interface LabelInfo {
  kind: LabelKind
  numbers: number[]
  dates: LabelDate[]
  slashDates: SlashDate[]
  /** For a month wrapper (`2023.03`): the year and month it gives the days inside. */
  month?: { year: number; month: number }
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const MONTH_NAME =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?'
const WEEKDAY = '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s*)'

/** Strips what decorates a label: tags, emphasis, emoji, leading punctuation. */
export function plainLabel(raw: string): string {
  return raw
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/gi, ' ')
    .replace(/\*+|_{2,}|`+|~~/g, '')
    .replace(EMOJI, '')
    .replace(/^[\s#>:|\-–—.()[\]🚩]+/u, '')
    .replace(/\s+/g, ' ')
    .trim()
}

function range(a: number, b: number): number[] {
  const [lo, hi] = a <= b ? [a, b] : [b, a]
  if (hi - lo > 366) return [a]
  return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i)
}

function validDay(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31
}

function fullYear(y: number): number {
  return y < 100 ? 2000 + y : y
}

/** Day numbers at the start of a label, or null. */
function readNumbers(text: string): { numbers: number[]; rest: string } | null {
  let m = /^days\s+(\d+)((?:\s*(?:,|and|&)\s*\d+)+)/i.exec(text)
  if (m) {
    const numbers = [m[1]!, ...(m[2]!.match(/\d+/g) ?? [])].map(Number)
    return { numbers, rest: text.slice(m[0].length) }
  }
  // `Days 38 - 31`: a range needs the plural, since `Day1-2` is part 2 of day 1 and `Day 1 - 03/12/25` is a date.
  m = /^days\s*(\d+)\s*[-~–]\s*(\d+)/i.exec(text)
  if (m) return { numbers: range(Number(m[1]), Number(m[2])), rest: text.slice(m[0].length) }
  m = /^day\s*(\d+)(?:-\d+)?(?![\d.]*\s*(?:일|월))/i.exec(text)
  if (m) return { numbers: [Number(m[1])], rest: text.slice(m[0].length) }
  // `R1D21/22`, `R1D23/24/25` list days, `R1D27-29` is a range; `R1D1 - 2018-09-15` is day 1 and its date.
  m = /^R\d+\s*D(\d+)((?:\s*\/\s*\d{1,3}(?!\d))*)(?:\s*-\s*(\d{1,3})(?!\d))?/i.exec(text)
  if (m) {
    const listed = [Number(m[1]), ...(m[2]!.match(/\d+/g) ?? []).map(Number)]
    const numbers = m[3] === undefined ? listed : [...listed.slice(0, -1), ...range(listed[listed.length - 1]!, Number(m[3]))]
    return { numbers, rest: text.slice(m[0].length) }
  }
  m = /^(\d+)\s*(?:[-~]\s*(\d+)\s*)?일\s*차/.exec(text)
  if (m) {
    const numbers = m[2] === undefined ? [Number(m[1])] : range(Number(m[1]), Number(m[2]))
    return { numbers, rest: text.slice(m[0].length) }
  }
  return null
}

/**
 * A week label names a week review or a wrapper around the week's days. Words after
 * the number that say something else (`4주차 질문`, `Week 3 quiz`) make it a topic.
 */
const WEEK_WORDS = /^(?:[\s\-–—:|()[\]]|review|retro(?:spective)?|recap|summary|회고|리뷰|정리|돌아보기|학습|요약)*$/i

function readWeek(text: string): number[] | null {
  let m = /^(?:week|wk)\s*(\d+)((?:\s*[,&]\s*\d+)*)(?:\s*[-~]\s*(\d+)(?!\S*\s*(?:day|일)))?/i.exec(text)
  if (m && WEEK_WORDS.test(text.slice(m[0].length))) {
    const numbers = [Number(m[1]), ...(m[2]?.match(/\d+/g) ?? []).map(Number)]
    if (m[3] !== undefined && Number(m[3]) > numbers[0]! && Number(m[3]) - numbers[0]! < 10) {
      return range(numbers[0]!, Number(m[3]))
    }
    return numbers
  }
  m = /^(\d+)\s*주\s*차/.exec(text)
  if (m && WEEK_WORDS.test(text.slice(m[0].length))) return [Number(m[1])]
  return null
}

interface DateScan {
  dates: LabelDate[]
  slashDates: SlashDate[]
}

/** Reads the dates of a label, starting where its date part begins. */
function readDates(text: string): DateScan {
  const out: DateScan = { dates: [], slashDates: [] }
  const push = (year: number | null, month: number, day: number): void => {
    if (validDay(month, day)) out.dates.push({ year, month, day })
  }

  // ISO, with the list form `2018-10-07/08/09` and the range forms `2018-10-11-13`, `2018-10-14 -> 17`.
  let m = /^(\d{4})[-.](\d{1,2})[-.](\d{1,2})((?:\/\d{1,2}(?!\d))*)(?:(?:\s*(?:->|~|–)\s*|-)(\d{1,2})(?!\d))?/.exec(text)
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
    push(year, month, day)
    for (const d of m[4]!.match(/\d+/g) ?? []) push(year, month, Number(d))
    if (m[5] !== undefined) for (const d of range(day, Number(m[5])).slice(1)) push(year, month, d)
    return out
  }
  m = /^(?:(\d{4})\s*년\s*)?(\d{1,2})\s*월\s*(\d{1,2})\s*일?(?:\s*[~-]\s*(?:(\d{1,2})\s*월\s*)?(\d{1,2})\s*일)?/.exec(text)
  if (m) {
    const year = m[1] === undefined ? null : Number(m[1])
    const [month, day] = [Number(m[2]), Number(m[3])]
    push(year, month, day)
    if (m[5] !== undefined) {
      const endMonth = m[4] === undefined ? month : Number(m[4])
      if (endMonth === month) for (const d of range(day, Number(m[5])).slice(1)) push(year, month, d)
      else push(year, endMonth, Number(m[5]))
    }
    return out
  }
  // English: `Monday March 1, 2021`, `Tuesday May 11 - Thursday May 13, 2021`, `January 7, 2021`.
  const english = new RegExp(
    `^${WEEKDAY}?${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*${WEEKDAY}?(?:${MONTH_NAME}\\s+)?(\\d{1,2})(?:st|nd|rd|th)?)?,?\\s*(\\d{4})?`,
    'i'
  )
  m = english.exec(text)
  if (m) {
    const year = m[5] === undefined ? null : Number(m[5])
    const month = MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1
    push(year, month, Number(m[2]))
    if (m[4] !== undefined) {
      const endMonth = m[3] === undefined ? month : MONTHS.indexOf(m[3].slice(0, 3).toLowerCase()) + 1
      if (endMonth === month) for (const d of range(Number(m[2]), Number(m[4])).slice(1)) push(year, month, d)
      else push(year, endMonth, Number(m[4]))
    }
    return out
  }
  // `03.09(목)`: month.day without a year.
  // `1.1 대체 텍스트` is a numbered topic: a bare month.day needs its weekday or nothing after it.
  m = /^(\d{1,2})\.(\d{1,2})\.?\s*(?:\(\s*(?:[월화수목금토일]|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)\s*\)|$)/i.exec(text)
  if (m) {
    push(null, Number(m[1]), Number(m[2]))
    return out
  }
  m = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?(?!\d)/.exec(text)
  if (m) {
    out.slashDates.push({ first: Number(m[1]), second: Number(m[2]), year: m[3] === undefined ? null : fullYear(Number(m[3])) })
  }
  return out
}

/** Moves past separators and weekday names between a day number and its date. */
function dateStart(rest: string): string {
  return rest.replace(/^[\s:,.\-–—|()[\]]+/, '').replace(new RegExp(`^${WEEKDAY}(?=${MONTH_NAME}|\\d)`, 'i'), '')
}

export function readLabel(raw: string): LabelInfo | null {
  const text = plainLabel(raw)
  if (text === '') return null

  const month = /^(\d{4})\s*[.\-/년]\s*(\d{1,2})\s*월?$/.exec(text)
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) {
    return { kind: 'month', numbers: [], dates: [], slashDates: [], month: { year: Number(month[1]), month: Number(month[2]) } }
  }

  const week = readWeek(text)
  if (week) return { kind: 'week', numbers: week, dates: [], slashDates: [] }

  const numbered = readNumbers(text)
  if (numbered) {
    const scan = readDates(dateStart(numbered.rest))
    return { kind: 'day', numbers: numbered.numbers, ...scan }
  }

  const scan = readDates(text)
  if (scan.dates.length === 0 && scan.slashDates.length === 0) return null
  // `12/18 Day 1:` — a date first, then the day number.
  const after = text.replace(/^[\d/.\-년월일\s]+/, '')
  const trailing = readNumbers(after)
  return { kind: 'day', numbers: trailing?.numbers ?? [], ...scan }
}
