/**
 * The weekly summary: one markdown file per ended week, written from a Report.
 * Pure: no I/O, no clock. A week's file depends only on what happened up to
 * that week's Sunday, so it stays byte-identical as later weeks are logged.
 */
import { addDays, isDateInRange, isIsoDate, isoWeek, mondayOf, weekdayOf, type Calendar } from '../calendar/index.js'
import type { DatedEntry, Entry, IsoDate, Item, Language } from '../log/types.js'
import { isDated, isFullDate } from '../log/years.js'
import { doneKeys, isDropped, taskKey } from '../review/tasks.js'
import type { CarryOver, DueState, Finding, Report } from '../review/types.js'
import { quote, quoteCell } from './quote.js'

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`

const KO = {
  title: (week: WeekId) => (week.kind === 'calendar' ? `${week.number}주차 학습 요약` : `${week.year}년 ${week.number}주차 학습 요약`),
  range: (start: IsoDate, end: IsoDate) => `${start} ~ ${end}`,
  weekday: ['일', '월', '화', '수', '목', '금', '토'],
  date: (d: IsoDate, weekday: string) => `${Number(d.slice(5, 7))}월 ${Number(d.slice(8, 10))}일 (${weekday})`,

  logHeading: '이번 주 기록',
  dueHeadline: (logged: number, due: number) => `**학습일 ${due}일 중 ${logged}일 기록**`,
  loggedHeadline: (logged: number) => `**${logged}일 기록**`,
  emptyCount: (n: number) => `비어 있는 날 ${n}일`,
  missingCount: (n: number) => `빠진 날 ${n}일`,
  noDueDays: '이번 주에는 학습일이 없었어요.',
  noLoggedDays: '이번 주에는 기록한 날이 없어요.',
  dayTable: ['날', '날짜', '상태', 'README'],
  state: { logged: '기록함', empty: '비어 있음', missing: '기록 없음' } as Record<DueState, string>,
  dayOff: '쉬는 날',

  emptyHeading: '비어 있는 섹션',
  noEmpty: '이번 주에는 비어 있는 섹션이 없어요.',
  wholeDayEmpty: '하루 전체가 비어 있어요',

  carryHeading: '이월된 할 일',
  carryHeadline: (open: number, done: number, dropped: number) =>
    `아직 진행 중 **${open}개** · 이번 주에 끝낸 것 **${done}개**${dropped > 0 ? ` · 그만둔 것 **${dropped}개**` : ''}`,
  noCarry: '이번 주에는 이월된 할 일이 없어요.',
  carryTable: ['할 일', '처음 적은 날', '밀린 기간', '상태'],
  age: (n: number) => `${n}일째`,
  resolved: (day: string) => `${day}에 완료`,
  dropped: (day: string) => `${day}에 그만둠`,
  stillOpen: '아직 진행 중',
  moreCarry: (n: number) => `그 밖에 ${n}개가 더 있어요.`,
  ageNote: (calendar: boolean): string =>
    calendar
      ? '밀린 기간은 처음 적은 날을 1일째로 세어 주말과 쉬는 날을 뺀 학습일 수이고, 상태는 이번 주 일요일 기준이에요.'
      : '밀린 기간은 처음 적은 날을 1일째로 세어 그사이 기록한 날 수이고, 상태는 이번 주 일요일 기준이에요.',

  goalHeading: '내일 목표 달성률',
  goalHeadline: (met: number, total: number, percent: number) => `목표 ${total}개 중 **${met}개 달성 (${percent}%)**`,
  noGoals: '이번 주에는 내일 목표를 세운 날이 없어요.',
  noCheckedGoals: '이번 주 안에 확인할 수 있는 내일 목표가 없어요.',
  goalTable: ['목표', '세운 날', '확인한 날', '결과'],
  goalResult: { met: '달성', missed: '못 함', pending: '다음 주에 확인' } as Record<GoalResult, string>,
  goalNote: '다음 기록일에 완료한 일로 적혀 있으면 달성으로 쳐요. 주의 마지막 기록일에 세운 목표는 다음 주 요약에서 확인해요.',

  trendHeading: '이월된 할 일 추이',
  trendNote: '주마다 일요일에 아직 남아 있던 이월된 할 일의 수예요.',
  trendAxis: '남은 할 일',

  footer: 'til-keeper가 README를 보고 만든 파일이에요. 다시 만들어질 수 있으니 직접 고치지 마세요.'
}

type Strings = typeof KO

const EN: Strings = {
  title: (week) =>
    week.kind === 'calendar' ? `Week ${week.number} summary` : `${week.year}-W${String(week.number).padStart(2, '0')} summary`,
  range: (start, end) => `${start} – ${end}`,
  weekday: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  date: (d, weekday) => `${weekday}, ${MONTHS[Number(d.slice(5, 7)) - 1]} ${Number(d.slice(8, 10))}`,

  logHeading: 'Days logged',
  dueHeadline: (logged, due) => `**${logged}/${due} days logged**`,
  loggedHeadline: (logged) => `**${plural(logged, 'day', 'days')} logged**`,
  emptyCount: (n) => `${n} empty`,
  missingCount: (n) => `${n} missing`,
  noDueDays: 'No study days were due this week.',
  noLoggedDays: 'No days were logged this week.',
  dayTable: ['Day', 'Date', 'State', 'README'],
  state: { logged: 'logged', empty: 'empty', missing: 'missing' },
  dayOff: 'day off',

  emptyHeading: 'Empty sections',
  noEmpty: 'No empty sections this week.',
  wholeDayEmpty: 'the whole day is empty',

  carryHeading: 'Carried-over tasks',
  carryHeadline: (open, done, dropped) =>
    `**${open} still open** · **${done} done this week**${dropped > 0 ? ` · **${dropped} dropped**` : ''}`,
  noCarry: 'No carried-over tasks this week.',
  carryTable: ['Task', 'First written', 'Age', 'Status'],
  age: (n) => plural(n, 'day', 'days'),
  resolved: (day) => `done in ${day}`,
  dropped: (day) => `dropped in ${day}`,
  stillOpen: 'still open',
  moreCarry: (n) => `…and ${n} more.`,
  ageNote: (calendar) =>
    calendar
      ? 'Age counts study days from the day the task was first written (day 1), leaving out weekends and days off; status is as of Sunday.'
      : 'Age counts the days logged from the day the task was first written (day 1); status is as of Sunday.',

  goalHeading: 'Goals for tomorrow',
  goalHeadline: (met, total, percent) => `**Met ${met} of ${total} (${percent}%)**`,
  noGoals: 'No goals for tomorrow were set this week.',
  noCheckedGoals: 'None of the goals for tomorrow could be checked within this week.',
  goalTable: ['Goal', 'Set on', 'Checked on', 'Result'],
  goalResult: { met: 'met', missed: 'not met', pending: 'checked next week' },
  goalNote:
    "A goal counts as met when the next logged day lists it as done. Goals set on the week's last logged day are checked in next week's summary.",

  trendHeading: 'Carry-over trend',
  trendNote: 'Carried-over tasks still open at the end of each week.',
  trendAxis: 'open tasks',

  footer: 'Written by til-keeper from the README. This file is regenerated, so edits made here will be lost.'
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

// Japanese and Chinese logs get English summaries for now.
const STRINGS: Record<Language, Strings> = { ko: KO, en: EN, ja: EN, zh: EN }

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

type WeekId =
  | { kind: 'calendar'; number: number; start: IsoDate; end: IsoDate }
  | { kind: 'iso'; year: number; number: number; start: IsoDate; end: IsoDate }

type GoalResult = 'met' | 'missed' | 'pending'

interface GoalRow {
  item: Item
  setOn: Entry
  checkedOn: Entry | null
  result: GoalResult
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

/** Every ended week, oldest first. */
function endedWeeks(report: Report, options: WeeklyOptions): WeekId[] {
  const { calendar, lastDue } = options
  const weeks: WeekId[] = []
  if (calendar) {
    let last = calendar.weekOf(lastDue)
    if (calendar.weekRange(last).end > lastDue) last--
    for (let n = 1; n <= last; n++) weeks.push({ kind: 'calendar', number: n, ...calendar.weekRange(n) })
    return weeks
  }
  // A date outside 1970–2100 is a typo, not the week the log began.
  const dates = report.entries
    .flatMap((e) => [e.date, ...e.dates])
    .filter(isDateInRange)
    .sort()
  if (dates.length === 0) return weeks
  for (let start = mondayOf(dates[0]!); addDays(start, 6) <= lastDue; start = addDays(start, 7)) {
    const { year, week } = isoWeek(start)
    weeks.push({ kind: 'iso', year, number: week, start, end: addDays(start, 6) })
  }
  return weeks
}

function weekName(week: WeekId): string {
  return week.kind === 'calendar'
    ? `week-${String(week.number).padStart(2, '0')}`
    : `${String(week.year).padStart(4, '0')}-W${String(week.number).padStart(2, '0')}`
}

function chartLabel(week: WeekId): string {
  return `W${week.number}`
}

/** What every week's file shares: the logged days in order, and who resolved what. */
interface Context {
  report: Report
  options: WeeklyOptions
  t: Strings
  /** Logged days with full dates, in the order they happened. */
  days: DatedEntry[]
  weeks: WeekId[]
}

function chronologicalDays(entries: Entry[]): DatedEntry[] {
  return entries
    .filter((e) => e.kind === 'day' && !e.external)
    .filter(isDated)
    .sort((a, b) => a.date.localeCompare(b.date) || a.line - b.line)
}

function formatDate(t: Strings, date: IsoDate): string {
  return t.date(date, t.weekday[weekdayOf(date)]!)
}

// --- 2. days logged -------------------------------------------------------

function loggedDays(ctx: Context, week: WeekId): string[] {
  const { report, options, t } = ctx
  const { calendar, readmeUrl } = options
  const inWeek = (d: IsoDate | null): d is IsoDate => isFullDate(d) && d >= week.start && d <= week.end
  const rows = report.due.flatMap((d) => (inWeek(d.date) ? [{ ...d, date: d.date }] : []))
  const out: string[] = [`## ${t.logHeading}`, '']

  let headline: string
  if (calendar) {
    const due = calendar.dueDays(week.end).filter((d) => d >= week.start)
    // A due day the report does not list (it was checked to an earlier date) is simply missing.
    for (const date of due) {
      if (!rows.some((r) => r.date === date)) {
        rows.push({ date, number: calendar.dayOfDate(date), entry: `Day${calendar.dayOfDate(date)}`, line: null, state: 'missing' })
      }
    }
    rows.sort((a, b) => a.date.localeCompare(b.date) || (a.line ?? 0) - (b.line ?? 0))
    if (due.length === 0 && rows.length === 0) return [...out, t.noDueDays, '']
    const onDue = rows.filter((r) => due.includes(r.date))
    const logged = new Set(onDue.filter((r) => r.state === 'logged').map((r) => r.date)).size
    const empty = new Set(onDue.filter((r) => r.state === 'empty').map((r) => r.date)).size
    const missing = due.filter((d) => !onDue.some((r) => r.date === d && r.state !== 'missing')).length
    headline = due.length === 0 ? t.noDueDays : t.dueHeadline(logged, due.length)
    if (due.length > 0) {
      if (empty > 0) headline += ` · ${t.emptyCount(empty)}`
      if (missing > 0) headline += ` · ${t.missingCount(missing)}`
    }
  } else {
    rows.sort((a, b) => a.date.localeCompare(b.date) || (a.line ?? 0) - (b.line ?? 0))
    const logged = rows.filter((r) => r.state === 'logged').length
    const empty = rows.filter((r) => r.state === 'empty').length
    if (rows.length === 0) return [...out, t.noLoggedDays, '']
    headline = t.loggedHeadline(logged)
    if (empty > 0) headline += ` · ${t.emptyCount(empty)}`
  }

  const dayOff = (date: IsoDate): boolean => calendar !== null && !calendar.isDueDay(date)
  out.push(headline, '')
  out.push(
    ...table(
      t.dayTable,
      rows.map((r) => [
        cell(r.entry),
        formatDate(t, r.date),
        t.state[r.state] + (dayOff(r.date) ? ` (${t.dayOff})` : ''),
        r.line === null || r.state === 'missing' ? '—' : link(`L${r.line}`, r.line, readmeUrl)
      ])
    ),
    ''
  )
  return out
}

// --- 3. empty sections ----------------------------------------------------

function emptySections(ctx: Context, week: WeekId): string[] {
  const { report, options, t } = ctx
  const found = report.findings.filter(
    (f) => (f.type === 'empty-section' || f.type === 'empty-day') && isFullDate(f.date) && f.date >= week.start && f.date <= week.end
  )
  const out: string[] = [`## ${t.emptyHeading}`, '']
  if (found.length === 0) return [...out, t.noEmpty, '']

  // One line per day, in date order, its sections in README order.
  const byDay = new Map<string, Finding[]>()
  const sorted = [...found].sort((a, b) => a.date!.localeCompare(b.date!) || (a.line ?? 0) - (b.line ?? 0))
  for (const f of sorted) {
    const key = `${f.date}\u0000${f.entry}`
    byDay.set(key, [...(byDay.get(key) ?? []), f])
  }
  for (const findings of byDay.values()) {
    const first = findings[0]!
    const date = first.date!
    const whole = findings.find((f) => f.type === 'empty-day')
    const entryLine = first.type === 'empty-section' ? first.entryLine : first.line
    const sections = whole
      ? (whole.sections ?? [])
      : findings.filter((f) => f.section !== null && f.line !== null).map((f) => ({ title: f.section!, line: f.line! }))
    const links = sections.map((s) => link(md(s.title), s.line, options.readmeUrl)).join(', ')
    const label = md(first.entry)
    const head = `- ${link(`**${label}**`, entryLine, options.readmeUrl)}${label === date ? '' : ` · ${formatDate(t, date)}`}`
    if (whole) out.push(`${head}: ${t.wholeDayEmpty}${links === '' ? '' : ` — ${links}`}`)
    else out.push(`${head}: ${links}`)
  }
  out.push('')
  return out
}

// --- 4. carried-over tasks ------------------------------------------------

/** Resolved on or before `date`: what a week's end can already know. */
function resolvedBy(record: CarryOver, date: IsoDate): boolean {
  return isFullDate(record.resolvedDate) && record.resolvedDate <= date
}

function relevantCarryOver(report: Report, week: WeekId): CarryOver[] {
  return report.carryOver.filter(
    (c) => isFullDate(c.fromDate) && c.fromDate <= week.end && !(isFullDate(c.resolvedDate) && c.resolvedDate < week.start)
  )
}

function openAt(report: Report, date: IsoDate): number {
  return report.carryOver.filter((c) => isFullDate(c.fromDate) && c.fromDate <= date && !resolvedBy(c, date)).length
}

/** Study days (with a calendar) or logged days (without) in (from, to]. */
function ageBetween(ctx: Context, from: IsoDate, to: IsoDate): number {
  const { calendar } = ctx.options
  if (calendar) return Math.max(0, calendar.workdaysBetween(from, to))
  const dates = new Set(ctx.days.flatMap((d) => (d.dates.length > 0 ? d.dates : [d.date])).filter((d) => d > from && d <= to))
  return dates.size
}

/**
 * The task's name as the week's end knew it. The engine renames a record that
 * began as a goal (`기본 과제 2 완료`) after the first day that lists it undone
 * (`기본 과제 2`); a later week must not rename it in an earlier week's file.
 */
function textAsOf(ctx: Context, record: CarryOver, end: IsoDate): string {
  const key = taskKey(record.text)
  for (const day of ctx.days) {
    if (day.date < record.fromDate! || day.date > end) continue
    for (const section of day.sections) {
      for (const item of section.items) if (item.done === false && taskKey(item.text) === key) return item.text
    }
  }
  for (const day of ctx.report.entries) {
    for (const section of day.sections) for (const item of section.items) if (item.line === record.line) return item.text
  }
  return record.text
}

/** The most carried-over tasks a week's table lists, newest first; the rest are counted. */
export const CARRY_ROWS = 10

/** The day whose text holds a line: a link is labelled with the day it points into. */
function dayAt(ctx: Context, line: number): Entry | null {
  return ctx.report.entries.find((e) => e.kind === 'day' && e.line <= line && line <= e.endLine) ?? null
}

function carriedOver(ctx: Context, week: WeekId): string[] {
  const { report, options, t } = ctx
  const records = relevantCarryOver(report, week)
  const out: string[] = [`## ${t.carryHeading}`, '']
  if (records.length === 0) return [...out, t.noCarry, '']
  const ended = records.filter((c) => resolvedBy(c, week.end))
  const dropped = ended.filter((c) => c.dropped).length
  out.push(t.carryHeadline(records.length - ended.length, ended.length - dropped, dropped), '')
  const newest = [...records].sort((a, b) => b.fromDate!.localeCompare(a.fromDate!) || b.line - a.line)
  const rows = newest.slice(0, CARRY_ROWS).map((c) => {
    const resolved = resolvedBy(c, week.end)
    const end = resolved ? c.resolvedDate! : week.end
    const day = () => link(cell(c.resolvedIn ?? c.resolvedDate!), c.resolvedLine, options.readmeUrl)
    const status = resolved ? (c.dropped ? t.dropped(day()) : t.resolved(day())) : t.stillOpen
    // A task first written as a goal on Day2 became carried over on Day3: its link points into Day2, is
    // labelled Day2, and its age counts from Day2 as day 1, as a reader counts.
    const written = dayAt(ctx, c.line)
    const since = isFullDate(written?.date) ? written.date : c.fromDate!
    const source = link(cell(written?.label ?? c.from), c.line, options.readmeUrl)
    return [cell(textAsOf(ctx, c, end)), source, t.age(ageBetween(ctx, since, end) + 1), status]
  })
  out.push(...table(t.carryTable, rows))
  if (records.length > CARRY_ROWS) out.push('', t.moreCarry(records.length - CARRY_ROWS))
  out.push('', t.ageNote(options.calendar !== null), '')
  return out
}

// --- 5. goals for tomorrow ------------------------------------------------

function goalsOf(day: Entry): Item[] {
  const seen = new Set<string>()
  const goals: Item[] = []
  for (const section of day.sections) {
    if (section.role !== 'goals' || !section.forTomorrow) continue
    for (const item of section.items) {
      const key = taskKey(item.text)
      // A goal struck through where it was written was let go, not missed.
      if (key === '' || seen.has(key) || isDropped(item)) continue
      seen.add(key)
      goals.push(item)
    }
  }
  return goals
}

/**
 * The goals checked in this week, and those set in it that only next week can
 * check. A goal is checked against the next logged day; when that day falls in
 * a later week, the goal is shown here as pending and counted in the week of
 * the day that checks it, so no week's file changes once it has ended.
 */
function goalRows(ctx: Context, week: WeekId): GoalRow[] {
  const inWeek = (d: DatedEntry | null | undefined): boolean => !!d && d.date >= week.start && d.date <= week.end
  const rows: GoalRow[] = []
  ctx.days.forEach((setOn, i) => {
    const next = ctx.days[i + 1] ?? null
    const setHere = inWeek(setOn)
    const checkedHere = inWeek(next)
    const carriedIn = !setHere && checkedHere && setOn.date < week.start
    if (!setHere && !carriedIn) return
    const done = next ? doneKeys(next) : new Set<string>()
    for (const item of goalsOf(setOn)) {
      // A goal ticked where it was written is met on the day it was set.
      if (item.done === true) {
        if (setHere) rows.push({ item, setOn, checkedOn: null, result: 'met' })
        continue
      }
      if (!checkedHere) rows.push({ item, setOn, checkedOn: null, result: 'pending' })
      else rows.push({ item, setOn, checkedOn: next, result: done.has(taskKey(item.text)) ? 'met' : 'missed' })
    }
  })
  return rows
}

function goals(ctx: Context, week: WeekId): string[] {
  const { options, t } = ctx
  const rows = goalRows(ctx, week)
  const out: string[] = [`## ${t.goalHeading}`, '']
  if (rows.length === 0) return [...out, t.noGoals, '']
  const checked = rows.filter((r) => r.result !== 'pending')
  const met = checked.filter((r) => r.result === 'met').length
  out.push(checked.length === 0 ? t.noCheckedGoals : t.goalHeadline(met, checked.length, Math.round((met * 100) / checked.length)), '')
  out.push(
    ...table(
      t.goalTable,
      rows.map((r) => [
        cell(r.item.text),
        link(cell(r.setOn.label), r.item.line, options.readmeUrl),
        r.checkedOn ? link(cell(r.checkedOn.label), r.checkedOn.line, options.readmeUrl) : '—',
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

function trend(ctx: Context, index: number): string[] {
  const { report, t } = ctx
  const shown = ctx.weeks.slice(Math.max(0, index + 1 - TREND_WEEKS), index + 1)
  const counts = shown.map((w) => openAt(report, w.end))
  const top = Math.max(1, ...counts)
  return [
    `## ${t.trendHeading}`,
    '',
    t.trendNote,
    '',
    '```mermaid',
    'xychart-beta',
    `    x-axis [${shown.map((w) => `"${chartLabel(w)}"`).join(', ')}]`,
    `    y-axis "${t.trendAxis}" 0 --> ${top}`,
    `    bar [${counts.join(', ')}]`,
    '```',
    ''
  ]
}

// --- the file -------------------------------------------------------------

function render(ctx: Context, index: number): string {
  const week = ctx.weeks[index]!
  const { t } = ctx
  const lines = [
    `# ${t.title(week)} (${t.range(week.start, week.end)})`,
    '',
    ...loggedDays(ctx, week),
    ...emptySections(ctx, week),
    ...carriedOver(ctx, week),
    ...goals(ctx, week),
    ...trend(ctx, index),
    '---',
    '',
    `<sub>${t.footer}</sub>`
  ]
  return lines.join('\n') + '\n'
}

/** One file per ended week of the report's log, each depending only on what happened up to its Sunday. */
export function weeklySummaries(report: Report, options: WeeklyOptions): WeekFile[] {
  if (!isIsoDate(options.lastDue)) throw new Error(`weekly: lastDue "${options.lastDue}" is not a date; use YYYY-MM-DD`)
  const weeks = endedWeeks(report, options)
  const ctx: Context = { report, options, t: STRINGS[report.language], days: chronologicalDays(report.entries), weeks }
  const dir = options.dir.replace(/\/+$/, '')
  const first = Math.max(0, weeks.length - (options.newest ?? weeks.length))
  return weeks.slice(first).map((week, i) => {
    const name = weekName(week)
    return { week: name, path: dir === '' ? `${name}.md` : `${dir}/${name}.md`, content: render(ctx, first + i) }
  })
}

/**
 * The summary commit's message, in the log's language. It starts with
 * `til-keeper:` (the loop guard knows the bot's own push by it) and carries
 * `[skip ci]`.
 */
export function summaryCommitMessage(language: Language, weeks: string[], readme: boolean): string {
  if (language === 'ko') {
    const parts = weeks.length > 0 ? [`주간 요약 ${weeks.join(', ')}`] : []
    if (readme) parts.push('README의 이월된 할 일 표')
    return `til-keeper: ${parts.join(', ')} 갱신 [skip ci]`
  }
  const parts = weeks.length > 0 ? [`weekly summary for ${weeks.join(', ')}`] : []
  if (readme) parts.push('README carry-over table')
  return `til-keeper: ${parts.join(' and ')} [skip ci]`
}

/** How many weeks have ended: the files weeklySummaries would render without `newest`. */
export function endedWeekCount(report: Report, options: WeeklyOptions): number {
  return endedWeeks(report, options).length
}
