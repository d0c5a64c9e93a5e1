/**
 * The CLI's readable report: what was found, with README line numbers.
 */
import type { Report } from '../review/types.js'
import { messages } from './messages.js'

const KO = {
  summary: (days: number, weeks: number, due: string | null) =>
    `일일 기록 ${days}개, 주간 회고 ${weeks}개${due ? ` · ${due}까지 마감된 날 기준` : ''}`,
  findings: (n: number) => (n === 0 ? '문제 없음: 빠진 날도, 빈 섹션도 없어요.' : `발견한 문제 ${n}개`),
  nothingYet: '아직 일일 기록이 없어서 확인할 날이 없어요.',
  carry: (n: number) => (n === 0 ? '이월된 할 일 없음' : `이월된 할 일 ${n}개`),
  left: (day: string) => `${day}에 미룬 일`,
  open: (days: number) => `아직 진행 중 (${days}일째)`,
  resolved: (day: string, days: number) => `${day}에 완료 (${days}일째)`,
  dropped: (day: string) => `${day}에 그만둠`,
  notes: '참고',
  warning: '주의'
}

const EN = {
  summary: (days: number, weeks: number, due: string | null) =>
    `${days} daily entries, ${weeks} week reviews${due ? ` · due through ${due}` : ''}`,
  findings: (n: number) => (n === 0 ? 'All good: no missing days, no empty sections.' : `${n} finding${n === 1 ? '' : 's'}`),
  nothingYet: 'No day entries yet, so no entry is due.',
  carry: (n: number) => (n === 0 ? 'No carried-over tasks' : `${n} carried-over task${n === 1 ? '' : 's'}`),
  left: (day: string) => `left undone in ${day}`,
  open: (days: number) => `still open, ${days} study day${days === 1 ? '' : 's'} so far`,
  resolved: (day: string, days: number) => `done in ${day} (${days} study day${days === 1 ? '' : 's'})`,
  dropped: (day: string) => `dropped in ${day}`,
  notes: 'Notes',
  warning: 'Warning'
}

/** The CLI's text report of a check of `file`: warnings, findings, carried-over tasks and notes. */
export function renderText(report: Report, file: string): string {
  const t = report.language === 'ko' ? KO : EN
  const say = messages(report.language)
  const days = report.entries.filter((e) => e.kind === 'day').length
  const weeks = report.entries.length - days
  const out: string[] = [`${file}: ${t.summary(days, weeks, report.lastDue)}`, '']
  for (const w of report.warnings) out.push(`${t.warning}: ${say.warning(w.doubt)}`, '')
  // A title or a template with no entries is not "all good": nothing has been checked yet.
  out.push(report.entries.length === 0 && report.findings.length === 0 ? t.nothingYet : t.findings(report.findings.length))
  for (const f of report.findings) {
    out.push(`  ${(f.line === null ? '' : `L${f.line}`).padEnd(6)} ${f.type.padEnd(19)} ${say.finding(f)}`)
  }
  out.push('', t.carry(report.carryOver.length))
  for (const c of report.carryOver) {
    // Ages count the first day as day 1, as a reader counts.
    const state = c.resolvedIn === null ? t.open(c.age + 1) : c.dropped ? t.dropped(c.resolvedIn) : t.resolved(c.resolvedIn, c.age + 1)
    out.push(`  ${`L${c.line}`.padEnd(6)} ${c.text} — ${t.left(c.from)}, ${state}`)
  }
  if (report.notes.length > 0) out.push('', `${t.notes}:`, ...report.notes.map((n) => `  ${say.note(n)}`))
  return out.join('\n') + '\n'
}
