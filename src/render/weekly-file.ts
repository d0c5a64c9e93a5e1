/**
 * The weekly summary: one markdown file per ended week, rendered from the week
 * model (`review/weeks.ts`): words, links, tables and the chart, no analysis.
 * Pure: no I/O, no clock. A week's file depends only on what happened up to
 * that week's Sunday, so it stays byte-identical as later weeks are logged.
 */
import { isIsoDate, weekdayOf, type Calendar } from '../calendar/index.js'
import type { IsoDate, Language } from '../log/types.js'
import type { DueState, Report } from '../review/types.js'
import {
  endedWeeks,
  reviewWeeks,
  type EmptyDayRow,
  type GoalResult,
  type TrendPoint,
  type WeekCarryOver,
  type WeekDays,
  type WeekGoals,
  type WeekId,
  type WeekReview
} from '../review/weeks.js'
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
  const t = STRINGS[report.language]
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
  return endedWeeks(report, options.calendar, options.lastDue).length
}
