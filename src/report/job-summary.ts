/**
 * The run's job summary: the due days and their state, the findings, the
 * carried-over tasks, and what the bot did (or would do, in a dry run).
 */
import type { Language } from '../log/types.js'
import type { Report } from '../review/types.js'
import { quote, quoteCell } from './quote.js'

export interface BotActions {
  dryRun: boolean
  remindersEnabled: boolean
  opened: Array<{ number: number | null; title: string }>
  updated: Array<{ number: number; title: string }>
  closed: number[]
  deferred: string[]
  summaryFiles: Array<{ path: string; content: string }>
  summaryCommit: string | null
  /** The push was til-keeper's own summary commit, so no new one was made. */
  ownSummaryPush: boolean
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
  task: '할 일',
  since: '처음 미룬 날',
  age: '경과(근무일)',
  resolved: '완료',
  open: '진행 중',
  bot: '봇이 한 일',
  wouldDo: '봇이 할 일 (dry run: 아무것도 쓰지 않았어요)',
  opened: '새 이슈',
  updated: '수정한 이슈',
  closed: '닫은 이슈',
  deferred: (n: number) => `max-issues 때문에 열지 않은 알림 ${n}개`,
  nothing: '바뀐 것이 없어 아무것도 쓰지 않았어요.',
  remindersOff: '알림 이슈 기능이 꺼져 있어요 (reminders: false).',
  summaryCommit: (sha: string, n: number) => `주간 요약 파일 ${n}개를 커밋했어요: ${sha.slice(0, 7)}`,
  summaryWould: (n: number) => `주간 요약 파일 ${n}개를 쓸 거예요:`,
  ownPush: '이번 push는 til-keeper가 만든 요약 커밋이라 새 요약 커밋을 만들지 않았어요.',
  notes: '참고'
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
  task: 'Task',
  since: 'First left',
  age: 'Age (workdays)',
  resolved: 'Done in',
  open: 'still open',
  bot: 'What the bot did',
  wouldDo: 'What the bot would do (dry run: nothing was written)',
  opened: 'Opened',
  updated: 'Updated',
  closed: 'Closed',
  deferred: (n) => `${n} reminder${n === 1 ? '' : 's'} not opened because of max-issues`,
  nothing: 'Nothing changed, so nothing was written.',
  remindersOff: 'Reminder issues are turned off (reminders: false).',
  summaryCommit: (sha, n) => `Committed ${n} summary file${n === 1 ? '' : 's'}: ${sha.slice(0, 7)}`,
  summaryWould: (n) => `Would write ${n} summary file${n === 1 ? '' : 's'}:`,
  ownPush: 'This push is til-keeper’s own summary commit, so no new summary commit was made.',
  notes: 'Notes'
}

export function renderJobSummary(report: Report, actions: BotActions, language: Language): string {
  const t = language === 'ko' ? KO : EN
  const out: string[] = [`## ${t.title}`, '']
  out.push(`### ${t.due(report.due.length, report.lastDue)}`, '')
  if (report.due.length > 0) {
    out.push(`| ${t.day} | ${t.date} | ${t.state} | ${t.line} |`, '|---|---|---|---|')
    for (const d of report.due) out.push(`| ${quoteCell(d.entry)} | ${d.date ?? ''} | ${t.states[d.state]} | ${d.line ?? ''} |`)
    out.push('')
  }
  out.push(`### ${t.findings} (${report.findings.length})`, '')
  if (report.findings.length === 0) out.push(t.none)
  for (const f of report.findings) out.push(`- ${f.line !== null ? `L${f.line} ` : ''}${quote(f.message)}`)
  out.push('')

  const open = report.carryOver
  out.push(`### ${t.carry} (${open.length})`, '')
  if (open.length === 0) out.push(t.none)
  else {
    out.push(`| ${t.task} | ${t.since} | ${t.age} | ${t.resolved} |`, '|---|---|---|---|')
    for (const c of open)
      out.push(`| ${quoteCell(c.text)} | ${quoteCell(c.from)} | ${c.age} | ${c.resolvedIn ? quoteCell(c.resolvedIn) : t.open} |`)
  }
  out.push('', `### ${actions.dryRun ? t.wouldDo : t.bot}`, '')
  const did: string[] = []
  if (!actions.remindersEnabled) did.push(t.remindersOff)
  for (const o of actions.opened) did.push(`${t.opened}: ${o.number !== null ? `#${o.number} ` : ''}${quote(o.title)}`)
  for (const u of actions.updated) did.push(`${t.updated}: #${u.number} ${quote(u.title)}`)
  for (const c of actions.closed) did.push(`${t.closed}: #${c}`)
  if (actions.deferred.length > 0) did.push(t.deferred(actions.deferred.length))
  if (actions.ownSummaryPush) did.push(t.ownPush)
  if (actions.summaryCommit) did.push(t.summaryCommit(actions.summaryCommit, actions.summaryFiles.length))
  else if (actions.dryRun && actions.summaryFiles.length > 0) did.push(t.summaryWould(actions.summaryFiles.length))
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
  if (report.notes.length > 0) out.push('', `**${t.notes}**`, ...report.notes.map((n) => `- ${quote(n)}`))
  return out.join('\n') + '\n'
}
