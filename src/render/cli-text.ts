/**
 * The CLI's readable report: what was found, with README line numbers.
 */
import type { Report } from '../review/types.js'
import { namedReport } from './entry-names.js'
import { messages } from './messages.js'

/** The CLI's text report of a check of `file`: warnings, findings, carried-over tasks and notes. */
export function renderText(checked: Report, file: string): string {
  const report = namedReport(checked)
  const say = messages(report.language)
  const t = say.cliText
  const days = report.entries.filter((e) => e.kind === 'day').length
  const weeks = report.entries.length - days
  const out: string[] = [`${file}: ${t.summary(days, weeks, report.lastDue)}`, '']
  for (const w of report.warnings) out.push(`${t.warning}: ${say.warning(w.doubt)}`, '')
  // A title or a template with no entries is not "all good": nothing has been checked yet.
  const unchecked = report.entries.length > 0 && !report.missingDaysChecked
  out.push(
    report.entries.length === 0 && report.findings.length === 0
      ? t.nothingYet
      : unchecked && report.findings.length === 0
        ? `${t.noEmpty} ${t.unchecked}`
        : t.findings(report.findings.length)
  )
  for (const f of report.findings) {
    out.push(`  ${(f.line === null ? '' : `L${f.line}`).padEnd(6)} ${f.type.padEnd(19)} ${say.finding(f)}`)
  }
  // Beside findings, what was not checked is said after them, not as one of them.
  if (unchecked && report.findings.length > 0) out.push(t.unchecked)
  out.push('', t.carry(report.carryOver.length))
  for (const c of report.carryOver) {
    // Ages count the first day as day 1, as a reader counts.
    const state = c.resolvedIn === null ? t.open(c.age + 1) : c.dropped ? t.dropped(c.resolvedIn) : t.resolved(c.resolvedIn, c.age + 1)
    out.push(`  ${`L${c.line}`.padEnd(6)} ${c.text} — ${t.left(c.from)}, ${state}`)
  }
  if (report.notes.length > 0) out.push('', `${t.notes}:`, ...report.notes.map((n) => `  ${say.note(n)}`))
  return out.join('\n') + '\n'
}
