/**
 * How the log was read, in words: the label forms taken as days and weeks (with a
 * count and one example line each), the lines that looked like labels but were not
 * taken (and why), the section words found per role, and the language. Shown by
 * `til-keeper check --explain` and in the job summary. Korean logs get Korean.
 */
import type { Reading, SectionRole } from '../log/types.js'
import { messages } from './messages.js'

const ROLES: SectionRole[] = ['done', 'notDone', 'learned', 'goals', 'reflection', 'other']

/** The explanation as lines of plain text, indented two spaces per level. */
export function explainLines(reading: Reading, file: string): string[] {
  const t = messages(reading.language).explain
  const out: string[] = [t.title(file), `  ${t.language}: ${t.languages[reading.language]}`]
  if (reading.pattern !== null) out.push(`  ${t.pattern(reading.pattern)}`)
  if (reading.forms.length === 0 && reading.indexRows === 0) out.push(`  ${t.none}`)
  for (const form of reading.forms) out.push(`  ${t.form(form)}`)
  if (reading.indexRows > 0) out.push(`  ${t.indexRows(reading.indexRows)}`)
  if (reading.linked > 0) out.push(`  ${t.linked(reading.linked)}`)
  if (reading.skippedCount > 0) {
    out.push(`  ${t.skipped(reading.skippedCount)}:`)
    for (const s of reading.skipped) out.push(`    L${s.line}  ${s.text} — ${t.reasons[s.reason]}`)
    if (reading.skippedCount > reading.skipped.length) out.push(`    ${t.more(reading.skippedCount - reading.skipped.length)}`)
  }
  const roles = ROLES.filter((r) => (reading.sections[r] ?? []).length > 0)
  if (roles.length === 0) out.push(`  ${t.sections}: ${t.noSections}`)
  else {
    out.push(`  ${t.sections}:`)
    for (const role of roles) out.push(`    ${t.roles[role]}: ${reading.sections[role]!.map((w) => `"${w}"`).join(', ')}`)
  }
  if (reading.status !== 'entries') out.push(`  ${t.hint}`)
  return out
}

/** The one line for a log with writing but no entry the engine could read: a set-up error, never "all good". */
export function noEntries(file: string, where: 'cli' | 'action'): string {
  const how =
    where === 'cli'
      ? `run til-keeper check ${file} --explain to see how it was read, or describe your day labels with --entry-pattern`
      : 'the job summary shows how it was read; describe your day labels with the entry-pattern input'
  return `no day entries found in ${file}; ${how}`
}
