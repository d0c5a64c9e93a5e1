/**
 * How the bot names a day to the learner. A report keeps entries by identifiers
 * (`Day3`, `WEEK2`, `--11-21`), which reminder keys and the JSON rely on; what
 * the learner reads names them as the log does: `3일차` in a log of `N일차`
 * days, `2주차` for its weeks, `11월 21일` for a date written without a year.
 */
import { LEADING_EMOJI } from '../log/emoji.js'
import type { Language, LabelForm, StretchCount } from '../log/types.js'
import type { CarryOver, DueDay, Finding, Report } from '../review/types.js'

export interface EntryNames {
  /** `Day3` → `3일차` where the log counts its days so; a title without the emoji before it (`📅 2025.03.04`). */
  entry(label: string): string
  /** A date without a year (`--11-21`) as the report's language says it; a full date as it is. */
  date(date: string): string
}

/** Counted forms a Korean report can name a day or week by: the form's token and how it writes a number or range. */
const KOREAN_DAYS: ReadonlyArray<readonly [string, (n: string) => string]> = [
  ['N일차', (n) => `${n}일차`],
  ['N일째', (n) => `${n}일째`]
]
const KOREAN_WEEKS: ReadonlyArray<readonly [string, (n: string) => string]> = [['N주차', (n) => `${n}주차`]]

/** An HTML tag in a date line as written (`<b>2025.03.03</b><br>`). */
const TAG = /<[^<>]*>/g
/**
 * `*2022.6.27*`, `**Day 5**`, `~~…~~`: a date line or bold line as written, without the emphasis that wraps it whole.
 * Counted, not matched with a backreference: a title of thousands of marks must not take seconds.
 */
function unwrapEmphasis(text: string): string {
  let lead = 0
  while (lead < text.length && '*_~'.includes(text[lead]!)) lead++
  const mark = text.slice(0, lead)
  return lead > 0 && text.length > 2 * lead && text.endsWith(mark) ? text.slice(lead, -lead) : text
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** The log's most used form of that kind (of those that count, with `counting`), or null. */
function topForm(forms: readonly LabelForm[], kind: LabelForm['kind'], counting = false): LabelForm | null {
  let top: LabelForm | null = null
  for (const form of forms)
    if (form.kind === kind && (!counting || COUNTS.test(form.form)) && (top === null || form.count > top.count)) top = form
  return top
}

/** A form that numbers its days or weeks (`N일차`, `Day N`, `YYYY-MM-DD · N일차`), not one that only dates them. */
const COUNTS = /(?:^|[^A-Za-z])N(?![A-Za-z])/

/**
 * The way the log's most used counting form of that kind counts, among `counted`; null when it counts another way. A
 * day is named by a number only where a counting form names it, so a log dated in most labels (`## 2024-01-09`) and
 * counted in some (`## 4일차 2024-01-04`) still says `4일차`.
 */
function countedBy(
  forms: readonly LabelForm[],
  kind: LabelForm['kind'],
  counted: ReadonlyArray<readonly [string, (n: string) => string]>
): ((n: string) => string) | null {
  const top = topForm(forms, kind, true)
  return top === null ? null : (counted.find(([token]) => top.form.includes(token))?.[1] ?? null)
}

/** The log's day `n` as the stretch it stands in and its place there: `[2, 3]` for `Week 2 Day 3`. */
function placeInStretch(stretch: StretchCount, n: number): [number, number] {
  if (stretch.starts === undefined) return [stretch.first + Math.floor((n - 1) / stretch.days), ((n - 1) % stretch.days) + 1]
  let [number, after] = stretch.starts[0]!
  for (const [s, start] of stretch.starts) if (start < n) [number, after] = [s, start]
  return [number, n - after]
}

/** The names for a report in `language`, from the label forms the log was read by. */
export function entryNames(language: Language, forms: readonly LabelForm[]): EntryNames {
  const day = language === 'ko' ? countedBy(forms, 'day', KOREAN_DAYS) : null
  const week = language === 'ko' ? countedBy(forms, 'week', KOREAN_WEEKS) : null
  const stretch = topForm(forms, 'day')?.stretch
  /** The log's day `n` in a log that counts days within weeks: `Week 2 Day 3`, `2주차 3일차`. */
  const inStretch =
    stretch &&
    ((n: number): string => {
      const [number, place] = placeInStretch(stretch, n)
      return `${stretch.form.replace('N', String(number))} ${day ? day(String(place)) : `Day ${place}`}`
    })
  return {
    entry(label) {
      const days = (day || inStretch) && /^Day(\d+)(?:-(\d+))?$/.exec(label)
      if (days && inStretch) {
        const [first, last] = [Number(days[1]), days[2] === undefined ? null : Number(days[2])]
        if (first >= 1) return last === null ? inStretch(first) : `${inStretch(first)}~${inStretch(last)}`
      }
      if (days && day) return day(days[2] === undefined ? days[1]! : `${days[1]}~${days[2]}`)
      const weeks = week && /^WEEK(\d+)$/.exec(label)
      if (weeks) return week(weeks[1]!)
      // A title is its label as written: the emoji and the emphasis that decorate it are not said in a sentence.
      return unwrapEmphasis(label.replace(TAG, '').trim().replace(LEADING_EMOJI, '')) || label
    },
    date(date) {
      // `--MM-DD`: the log gave no year and nothing could give one.
      if (!/^--\d\d-\d\d$/.test(date)) return date
      const [month, dayOfMonth] = [Number(date.slice(2, 4)), Number(date.slice(5, 7))]
      return language === 'ko' ? `${month}월 ${dayOfMonth}일` : `${MONTHS[month - 1]} ${dayOfMonth}`
    }
  }
}

/** The names the report's own log calls for. */
export function reportNames(report: Report): EntryNames {
  return entryNames(report.language, report.reading.forms)
}

/** A finding as the learner reads it: its entry, dates and the entry it is compared with, named as the log names them. */
export function namedFinding(f: Finding, names: EntryNames): Finding {
  const named = { ...f, entry: names.entry(f.entry), date: f.date === null ? null : names.date(f.date) }
  if (named.type !== 'label-mismatch') return named
  const why = named.why
  if (why.kind === 'out-of-order')
    return { ...named, why: { ...why, previous: names.entry(why.previous), previousDate: names.date(why.previousDate) } }
  if (why.kind === 'off-calendar') return { ...named, why: { ...why, dayName: names.entry(`Day${why.day}`) } }
  if (why.kind === 'year-slip' && why.last !== null) return { ...named, why: { ...why, last: names.entry(why.last) } }
  return named
}

function namedCarry(c: CarryOver, names: EntryNames): CarryOver {
  return {
    ...c,
    from: names.entry(c.from),
    lastOpen: names.entry(c.lastOpen),
    resolvedIn: c.resolvedIn === null ? null : names.entry(c.resolvedIn)
  }
}

function namedDue(d: DueDay, names: EntryNames): DueDay {
  return { ...d, entry: names.entry(d.entry) }
}

/** The report as the learner reads it (a copy): what the text renderers say. Reminder keys come from the report itself. */
export function namedReport(report: Report, names: EntryNames = reportNames(report)): Report {
  return {
    ...report,
    findings: report.findings.map((f) => namedFinding(f, names)),
    carryOver: report.carryOver.map((c) => namedCarry(c, names)),
    due: report.due.map((d) => namedDue(d, names))
  }
}
