/**
 * The run's job summary: the due days and their state, the findings, the
 * carried-over tasks, and what the bot did (or would do, in a dry run).
 */
import type { Language, Reading } from '../log/types.js'
import type { CarryOver, Report } from '../review/types.js'
import { explainLines } from './explain.js'
import { messages } from './messages.js'
import { quote, quoteCell } from './quote.js'

export interface BotActions {
  dryRun: boolean
  remindersEnabled: boolean
  /** Issues are turned off in the repository, so reminders were skipped. */
  issuesOff: boolean
  opened: Array<{ number: number | null; title: string }>
  reopened: Array<{ number: number; title: string }>
  updated: Array<{ number: number; title: string }>
  closed: number[]
  /** Titles of the reminders `max-issues` held back, newest first. */
  deferred: string[]
  /** Older days gathered in the older-gaps issue. */
  olderDays: number
  /** Warnings of reminders that could not be written. */
  failures: string[]
  summaryFiles: Array<{ path: string; content: string }>
  summaryCommit: string | null
  /** The push was til-keeper's own summary commit, so no new one was made. */
  ownSummaryPush: boolean
  /** Why the summary commit failed (the rest of the run went on); null when it did not. */
  summaryError: string | null
  /** One-line notes from writing the summaries, e.g. that only the newest weeks are written. */
  summaryNotes: string[]
}

const KO = {
  title: 'til-keeper 점검 결과',
  due: (n: number, last: string | null) => `마감된 날 ${n}일${last ? ` (${last}까지)` : ''}`,
  day: '날',
  date: '날짜',
  state: '상태',
  line: '줄',
  states: { logged: '✅ 기록함', missing: '❌ 기록 없음', empty: '⚠️ 비어 있음' } as Record<string, string>,
  findings: '발견한 문제',
  none: '없어요 🎉',
  carry: '이월된 할 일',
  carryCounts: (open: number, done: number, dropped: number) =>
    `진행 중 ${open}개 · 끝낸 것 ${done}개${dropped > 0 ? ` · 그만둔 것 ${dropped}개` : ''}`,
  task: '할 일',
  since: '처음 미룬 날',
  age: '학습일',
  days: (n: number) => `${n}일째`,
  moreTasks: (n: number) => `그 밖에 진행 중인 할 일 ${n}개가 더 있어요 (JSON 보고서에 모두 있어요).`,
  bot: '봇이 한 일',
  wouldDo: '봇이 할 일 (dry run: 아무것도 쓰지 않았어요)',
  opened: '새 이슈',
  reopened: '다시 연 이슈',
  updated: '수정한 이슈',
  closed: '닫은 이슈',
  deferred: (n: number) => `max-issues 때문에 다음 실행으로 미룬 알림 ${n}개 (최근 것부터 열어요):`,
  older: (n: number) => `최근 학습일보다 오래된 ${n}일의 손볼 곳은 "지난 기록 점검" 이슈 하나에 모았어요.`,
  nothing: '바뀐 것이 없어 아무것도 쓰지 않았어요.',
  remindersOff: '알림 이슈 기능이 꺼져 있어요 (reminders: false).',
  issuesOff: '저장소에서 이슈 기능이 꺼져 있어서 알림 이슈는 건너뛰었어요 (Settings → General → Features → Issues).',
  summaryCommit: (sha: string, n: number) => `주간 요약 파일 ${n}개를 커밋했어요: ${sha.slice(0, 7)}`,
  summaryWould: (n: number) => `주간 요약 파일 ${n}개를 쓸 거예요:`,
  ownPush: '이번 push는 til-keeper가 만든 요약 커밋이라 새 요약 커밋을 만들지 않았어요.',
  summaryFailed: (why: string) => `⚠️ 주간 요약을 커밋하지 못했어요. 다음 실행에서 다시 시도해요: ${why}`,
  notes: '참고',
  warning: '주의'
}

const EN: typeof KO = {
  title: 'til-keeper check',
  due: (n, last) => `${n} due day${n === 1 ? '' : 's'}${last ? ` (through ${last})` : ''}`,
  day: 'Day',
  date: 'Date',
  state: 'State',
  line: 'Line',
  states: { logged: '✅ logged', missing: '❌ missing', empty: '⚠️ empty' },
  findings: 'Findings',
  none: 'none 🎉',
  carry: 'Carried-over tasks',
  carryCounts: (open, done, dropped) => `${open} still open · ${done} done${dropped > 0 ? ` · ${dropped} dropped` : ''}`,
  task: 'Task',
  since: 'First left undone',
  age: 'Study days so far',
  days: (n) => String(n),
  moreTasks: (n) => `…and ${n} more still open (the JSON report lists them all).`,
  bot: 'What the bot did',
  wouldDo: 'What the bot would do (dry run: nothing was written)',
  opened: 'Opened',
  reopened: 'Reopened',
  updated: 'Updated',
  closed: 'Closed',
  deferred: (n) => `${n} reminder${n === 1 ? '' : 's'} left for the next run because of max-issues (newest are opened first):`,
  older: (n) => `Problems in ${n} older day${n === 1 ? '' : 's'} are gathered in one "Older gaps in the log" issue.`,
  nothing: 'Nothing changed, so nothing was written.',
  remindersOff: 'Reminder issues are turned off (reminders: false).',
  issuesOff: 'Issues are turned off in the repository, so reminders were skipped (Settings → General → Features → Issues).',
  summaryCommit: (sha, n) => `Committed ${n} summary file${n === 1 ? '' : 's'}: ${sha.slice(0, 7)}`,
  summaryWould: (n) => `Would write ${n} summary file${n === 1 ? '' : 's'}:`,
  ownPush: 'This push is til-keeper’s own summary commit, so no new summary commit was made.',
  summaryFailed: (why) => `⚠️ The weekly summary was not committed; the next run tries again: ${why}`,
  notes: 'Notes',
  warning: 'Warning'
}

/** The most open carried-over tasks the job summary lists. */
const CARRY_ROWS = 10

/** Open tasks, the most recently started first. */
function newestFirst(records: CarryOver[]): CarryOver[] {
  return [...records].sort((a, b) => (b.fromDate ?? '').localeCompare(a.fromDate ?? '') || b.line - a.line)
}

/**
 * How the log was read, folded away: a `<details>` whose summary is the title and whose
 * body is the explanation as a nested list. Every line is quoted (it holds the learner's text).
 */
export function renderReading(reading: Reading, path: string): string {
  const [title, ...lines] = explainLines(reading, path)
  const items = lines.map((line) => {
    const level = (line.length - line.trimStart().length) / 2
    return `${'  '.repeat(Math.max(0, level - 1))}- ${quote(line.trim())}`
  })
  return ['<details>', `<summary>${quote(title ?? '')}</summary>`, '', ...items, '', '</details>', ''].join('\n')
}

/** The run's job summary: due days, findings, carried-over tasks, what the bot did, notes and how the log was read. */
export function renderJobSummary(report: Report, actions: BotActions, language: Language, path = 'README.md'): string {
  const t = language === 'ko' ? KO : EN
  const say = messages(language)
  const out: string[] = [`## ${t.title}`, '']
  for (const w of report.warnings) out.push(`> ⚠️ **${t.warning}**: ${quote(say.warning(w.doubt))}`, '')
  out.push(`### ${t.due(report.due.length, report.lastDue)}`, '')
  if (report.due.length > 0) {
    out.push(`| ${t.day} | ${t.date} | ${t.state} | ${t.line} |`, '|---|---|---|---|')
    for (const d of report.due) out.push(`| ${quoteCell(d.entry)} | ${d.date ?? ''} | ${t.states[d.state]} | ${d.line ?? ''} |`)
    out.push('')
  }
  out.push(`### ${t.findings} (${report.findings.length})`, '')
  if (report.findings.length === 0) out.push(t.none)
  for (const f of report.findings) out.push(`- ${f.line !== null ? `L${f.line} ` : ''}${quote(say.finding(f))}`)
  out.push('')

  // A short list: the newest open tasks, the rest counted; done and dropped ones only counted.
  const open = report.carryOver.filter((c) => c.resolvedIn === null)
  const dropped = report.carryOver.filter((c) => c.dropped).length
  const done = report.carryOver.length - open.length - dropped
  out.push(`### ${t.carry}`, '')
  if (report.carryOver.length === 0) out.push(t.none)
  else out.push(t.carryCounts(open.length, done, dropped))
  if (open.length > 0) {
    out.push('', `| ${t.task} | ${t.since} | ${t.age} |`, '|---|---|---|')
    for (const c of newestFirst(open).slice(0, CARRY_ROWS))
      out.push(`| ${quoteCell(c.text)} | ${quoteCell(c.from)} | ${t.days(c.age + 1)} |`)
    if (open.length > CARRY_ROWS) out.push('', t.moreTasks(open.length - CARRY_ROWS))
  }
  out.push('', `### ${actions.dryRun ? t.wouldDo : t.bot}`, '')
  const did: string[] = []
  if (!actions.remindersEnabled) did.push(t.remindersOff)
  for (const o of actions.opened) did.push(`${t.opened}: ${o.number !== null ? `#${o.number} ` : ''}${quote(o.title)}`)
  for (const r of actions.reopened) did.push(`${t.reopened}: #${r.number} ${quote(r.title)}`)
  for (const u of actions.updated) did.push(`${t.updated}: #${u.number} ${quote(u.title)}`)
  for (const c of actions.closed) did.push(`${t.closed}: #${c}`)
  if (actions.olderDays > 0) did.push(t.older(actions.olderDays))
  if (actions.deferred.length > 0)
    did.push(`${t.deferred(actions.deferred.length)}\n${actions.deferred.map((d) => `  - ${quote(d)}`).join('\n')}`)
  if (actions.issuesOff) did.push(t.issuesOff)
  // The bot's own words about its own issues: `#12` stays a link.
  did.push(...actions.failures)
  if (actions.ownSummaryPush) did.push(t.ownPush)
  if (actions.summaryCommit) did.push(t.summaryCommit(actions.summaryCommit, actions.summaryFiles.length))
  else if (actions.dryRun && actions.summaryFiles.length > 0) did.push(t.summaryWould(actions.summaryFiles.length))
  if (actions.summaryError) did.push(t.summaryFailed(quote(actions.summaryError)))
  if (did.length === 0 && actions.summaryFiles.length === 0) did.push(t.nothing)
  out.push(...did.map((d) => `- ${d}`))
  for (const file of actions.summaryFiles) {
    if (actions.dryRun)
      out.push(
        '',
        `<details><summary>${quote(file.path)}</summary>`,
        '',
        '````markdown',
        file.content.replace(/````/g, '` ` ` `'),
        '````',
        '',
        '</details>'
      )
    else out.push(`- \`${quote(file.path)}\``)
  }
  const notes = [...report.notes.map(say.note), ...actions.summaryNotes]
  if (notes.length > 0) out.push('', `**${t.notes}**`, ...notes.map((n) => `- ${quote(n)}`))
  out.push('', renderReading(report.reading, path))
  return out.join('\n')
}
