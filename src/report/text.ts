/**
 * The CLI's readable report: what was found, with README line numbers.
 */
import type { Report } from '../review/types.js'

const KO = {
  summary: (days: number, weeks: number, due: string | null) =>
    `일일 기록 ${days}개, 주간 회고 ${weeks}개${due ? ` · ${due}까지 마감된 날 기준` : ''}`,
  findings: (n: number) => (n === 0 ? '문제 없음: 빠진 날도, 빈 섹션도 없어요.' : `발견한 문제 ${n}개`),
  carry: (n: number) => (n === 0 ? '이월된 할 일 없음' : `이월된 할 일 ${n}개`),
  open: '진행 중',
  resolved: (day: string, age: number) => `${day}에 완료 (${age}일 걸림)`,
  age: (n: number) => `${n}일째`,
  notes: '참고'
}

const EN = {
  summary: (days: number, weeks: number, due: string | null) =>
    `${days} daily entries, ${weeks} week reviews${due ? ` · due through ${due}` : ''}`,
  findings: (n: number) => (n === 0 ? 'All good: no missing days, no empty sections.' : `${n} finding${n === 1 ? '' : 's'}`),
  carry: (n: number) => (n === 0 ? 'No carried-over tasks' : `${n} carried-over task${n === 1 ? '' : 's'}`),
  open: 'still open',
  resolved: (day: string, age: number) => `done in ${day} after ${age} workday${age === 1 ? '' : 's'}`,
  age: (n: number) => `open for ${n} workday${n === 1 ? '' : 's'}`,
  notes: 'Notes'
}

export function renderText(report: Report, file: string): string {
  const t = report.language === 'ko' ? KO : EN
  const days = report.entries.filter((e) => e.kind === 'day').length
  const weeks = report.entries.length - days
  const out: string[] = [`${file}: ${t.summary(days, weeks, report.lastDue)}`, '', t.findings(report.findings.length)]
  for (const f of report.findings) {
    out.push(`  ${(f.line === null ? '' : `L${f.line}`).padEnd(6)} ${f.type.padEnd(19)} ${f.message}`)
  }
  out.push('', t.carry(report.carryOver.length))
  for (const c of report.carryOver) {
    const state = c.resolvedIn ? t.resolved(c.resolvedIn, c.age) : `${t.open}, ${t.age(c.age)}`
    const span = c.from === c.lastOpen ? c.from : `${c.from} → ${c.lastOpen}`
    out.push(`  ${`L${c.line}`.padEnd(6)} ${c.text} — ${span}, ${state}`)
  }
  if (report.notes.length > 0) out.push('', `${t.notes}:`, ...report.notes.map((n) => `  ${n}`))
  return out.join('\n') + '\n'
}
