/**
 * The weekly summary: one markdown file per ended week, rendered from the week
 * model (`review/weeks.ts`): words, links, tables and the chart, no analysis.
 * Pure: no I/O, no clock. A week's file depends only on what happened up to
 * that week's Sunday, so it stays byte-identical as later weeks are logged.
 */
import { isIsoDate, weekdayOf, type Calendar } from '../calendar/index.js'
import type { IsoDate, Language } from '../log/types.js'
import type { Report } from '../review/types.js'
import {
  endedWeeks,
  reviewWeeks,
  type EmptyDayRow,
  type TrendPoint,
  type WeekCarryOver,
  type WeekDays,
  type WeekGoals,
  type WeekId,
  type WeekReview
} from '../review/weeks.js'
import { messages } from './messages.js'
import type { WeeklyFileWords } from './messages-ko.js'
import { quote, quoteCell } from './quote.js'

type Strings = WeeklyFileWords

export interface WeeklyOptions {
  /** null → ISO weeks. */
  calendar: Calendar | null
  /** Weeks whose Sunday is on or before this date have ended. */
  lastDue: IsoDate
  /** The folder the files go in, e.g. `weekly`. */
  dir: string
  /** Links are `${readmeUrl}#L${line}`, e.g. `https://github.com/o/r/blob/main/README.md?plain=1`. */
  readmeUrl: string
  /** Render only the newest this many ended weeks (a file does not depend on which others are rendered). */
  newest?: number
}

export interface WeekFile {
  /** `week-03` with a calendar, `2026-W40` without. */
  week: string
  path: string
  content: string
}

/** The most weeks the trend chart shows; older weeks drop off its left end. */
const TREND_WEEKS = 26

// Characters markdown would read as formatting or math in learner text; escaped, they print as themselves.
const MARKDOWN = /[\\`*_[\]~$]/g

/** Learner text for running markdown. */
function md(text: string): string {
  return quote(text.replace(MARKDOWN, '\\$&'))
}

/** Learner text for a table cell. */
function cell(text: string): string {
  return quoteCell(text.replace(MARKDOWN, '\\$&'))
}

function lineUrl(readmeUrl: string, line: number): string {
  // Parentheses and spaces would end a markdown link destination early.
  const safe = readmeUrl.replace(/[\s()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
  return `${safe}#L${line}`
}

function link(label: string, line: number | null, readmeUrl: string): string {
  return line === null ? label : `[${label}](${lineUrl(readmeUrl, line)})`
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`
}

function table(header: string[], rows: string[][]): string[] {
  return [row(header), row(header.map(() => '---')), ...rows.map(row)]
}

function weekName(week: WeekId): string {
  return week.kind === 'calendar'
    ? `week-${String(week.number).padStart(2, '0')}`
    : `${String(week.year).padStart(4, '0')}-W${String(week.number).padStart(2, '0')}`
}

function chartLabel(week: WeekId): string {
  return `W${week.number}`
}

function formatDate(t: Strings, date: IsoDate): string {
  return t.date(date, t.weekday[weekdayOf(date)]!)
}

// --- 2. days logged -------------------------------------------------------

function loggedDays(t: Strings, days: WeekDays, readmeUrl: string): string[] {
  const out: string[] = [`## ${t.logHeading}`, '']
  let headline: string
  if (days.due !== null) {
    if (days.due === 0 && days.rows.length === 0) return [...out, t.noDueDays, '']
    headline = days.due === 0 ? t.noDueDays : t.dueHeadline(days.logged, days.due)
    if (days.due > 0) {
      if (days.empty > 0) headline += ` · ${t.emptyCount(days.empty)}`
      if (days.missing > 0) headline += ` · ${t.missingCount(days.missing)}`
    }
  } else {
    if (days.rows.length === 0) return [...out, t.noLoggedDays, '']
    headline = t.loggedHeadline(days.logged)
    if (days.empty > 0) headline += ` · ${t.emptyCount(days.empty)}`
  }
  out.push(headline, '')
  out.push(
    ...table(
      t.dayTable,
      days.rows.map((r) => [
        cell(r.entry),
        formatDate(t, r.date),
        t.state[r.state] + (r.dayOff ? ` (${t.dayOff})` : ''),
        r.line === null ? '—' : link(`L${r.line}`, r.line, readmeUrl)
      ])
    ),
    ''
  )
  return out
}

// --- 3. empty sections ----------------------------------------------------

function emptySections(t: Strings, empty: EmptyDayRow[], readmeUrl: string): string[] {
  const out: string[] = [`## ${t.emptyHeading}`, '']
  if (empty.length === 0) return [...out, t.noEmpty, '']
  // One line per day, in date order, its sections in README order.
  for (const day of empty) {
    const links = day.sections.map((s) => link(md(s.title), s.line, readmeUrl)).join(', ')
    const label = md(day.entry)
    const head = `- ${link(`**${label}**`, day.entryLine, readmeUrl)}${label === day.date ? '' : ` · ${formatDate(t, day.date)}`}`
    if (day.whole) out.push(`${head}: ${t.wholeDayEmpty}${links === '' ? '' : ` — ${links}`}`)
    else out.push(`${head}: ${links}`)
  }
  out.push('')
  return out
}

// --- 4. carried-over tasks ------------------------------------------------

/** The most carried-over tasks a week's table lists, newest first; the rest are counted. */
export const CARRY_ROWS = 10

function carriedOver(t: Strings, carry: WeekCarryOver, options: WeeklyOptions): string[] {
  const { readmeUrl } = options
  const out: string[] = [`## ${t.carryHeading}`, '']
  if (carry.total === 0) return [...out, t.noCarry, '']
  out.push(t.carryHeadline(carry.open, carry.done, carry.dropped), '')
  const rows = carry.rows.map((c) => {
    const day = () => link(cell(c.resolved!.label), c.resolved!.line, readmeUrl)
    const status = c.status === 'dropped' ? t.dropped(day()) : c.status === 'done' ? t.resolved(day()) : t.stillOpen
    return [cell(c.text), link(cell(c.source.label), c.source.line, readmeUrl), t.age(c.age), status]
  })
  out.push(...table(t.carryTable, rows))
  if (carry.total > CARRY_ROWS) out.push('', t.moreCarry(carry.total - CARRY_ROWS))
  out.push('', t.ageNote(options.calendar !== null), '')
  return out
}

// --- 5. goals for tomorrow ------------------------------------------------

function goals(t: Strings, goals: WeekGoals, readmeUrl: string): string[] {
  const out: string[] = [`## ${t.goalHeading}`, '']
  if (goals.rows.length === 0) return [...out, t.noGoals, '']
  const { met, checked } = goals
  out.push(checked === 0 ? t.noCheckedGoals : t.goalHeadline(met, checked, Math.round((met * 100) / checked)), '')
  out.push(
    ...table(
      t.goalTable,
      goals.rows.map((r) => [
        cell(r.text),
        link(cell(r.setOn.label), r.setOn.line, readmeUrl),
        r.checkedOn ? link(cell(r.checkedOn.label), r.checkedOn.line, readmeUrl) : '—',
        t.goalResult[r.result]
      ])
    ),
    '',
    t.goalNote,
    ''
  )
  return out
}

// --- 6. carry-over trend --------------------------------------------------

function trend(t: Strings, points: TrendPoint[]): string[] {
  const counts = points.map((p) => p.open)
  const top = Math.max(1, ...counts)
  return [
    `## ${t.trendHeading}`,
    '',
    t.trendNote,
    '',
    '```mermaid',
    'xychart-beta',
    `    x-axis [${points.map((p) => `"${chartLabel(p.week)}"`).join(', ')}]`,
    `    y-axis "${t.trendAxis}" 0 --> ${top}`,
    `    bar [${counts.join(', ')}]`,
    '```',
    ''
  ]
}

// --- the file -------------------------------------------------------------

function render(t: Strings, review: WeekReview, options: WeeklyOptions): string {
  const { week } = review
  const lines = [
    `# ${t.title(week)} (${t.range(week.start, week.end)})`,
    '',
    ...loggedDays(t, review.days, options.readmeUrl),
    ...emptySections(t, review.empty, options.readmeUrl),
    ...carriedOver(t, review.carryOver, options),
    ...goals(t, review.goals, options.readmeUrl),
    ...trend(t, review.trend),
    '---',
    '',
    `<sub>${t.footer}</sub>`
  ]
  return lines.join('\n') + '\n'
}

/** One file per ended week of the report's log, each depending only on what happened up to its Sunday. */
export function weeklySummaries(report: Report, options: WeeklyOptions): WeekFile[] {
  if (!isIsoDate(options.lastDue)) throw new Error(`weekly: lastDue "${options.lastDue}" is not a date; use YYYY-MM-DD`)
  const t = messages(report.language).weeklyFile
  const dir = options.dir.replace(/\/+$/, '')
  const reviews = reviewWeeks(report, {
    calendar: options.calendar,
    lastDue: options.lastDue,
    ...(options.newest === undefined ? {} : { newest: options.newest }),
    carryRows: CARRY_ROWS,
    trendWeeks: TREND_WEEKS
  })
  return reviews.map((review) => {
    const name = weekName(review.week)
    return { week: name, path: dir === '' ? `${name}.md` : `${dir}/${name}.md`, content: render(t, review, options) }
  })
}

/**
 * The summary commit's message, in the log's language. It starts with
 * `til-keeper:` (the loop guard knows the bot's own push by it) and carries
 * `[skip ci]`.
 */
export function summaryCommitMessage(language: Language, weeks: string[], readme: boolean): string {
  return messages(language).weeklyFile.commitMessage(weeks, readme)
}

/** How many weeks have ended: the files weeklySummaries would render without `newest`. */
export function endedWeekCount(report: Report, options: WeeklyOptions): number {
  return endedWeeks(report, options.calendar, options.lastDue).length
}
