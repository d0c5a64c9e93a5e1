/**
 * The CLI's readable report: what was found, with README line numbers.
 */
import type { Report } from '../review/types.js'
import { namedReport } from './entry-names.js'
import { messages } from './messages.js'
import { missingDayName } from './phrases.js'

/** This many missing days after one line are said in one line. */
const MISSING_RUN = 3

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
  const findings = report.findings
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!
    const at = (f.line === null ? '' : `L${f.line}`).padEnd(6)
    // Days missing together (after one line of the log) are one line: a month away is not thirty.
    let last = i
    while (f.type === 'missing-day' && findings[last + 1]?.type === 'missing-day' && findings[last + 1]!.line === f.line) last++
    if (last - i + 1 >= MISSING_RUN) {
      out.push(`  ${at} ${f.type.padEnd(19)} ${t.missingRun(missingDayName(f), missingDayName(findings[last]!), last - i + 1)}`)
      i = last
    } else out.push(`  ${at} ${f.type.padEnd(19)} ${say.finding(f)}`)
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
