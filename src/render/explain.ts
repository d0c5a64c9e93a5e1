/**
 * How the log was read, in words: the label forms taken as days and weeks (with a
 * count and one example line each), the lines that looked like labels but were not
 * taken (and why), the section words found per role, and the language. Shown by
 * `til-keeper check --explain` and in the job summary. Korean logs get Korean.
 */
import type { Language, Reading, SectionRole } from '../log/types.js'
import { messages } from './messages.js'

const ROLES: SectionRole[] = ['done', 'notDone', 'learned', 'goals', 'reflection', 'other']

/** The explanation as lines of plain text, indented two spaces per level. */
export function explainLines(reading: Reading, file: string): string[] {
  const t = messages(reading.language).explain
  const language = reading.otherLanguage ? t.otherLanguage : t.languages[reading.language]
  const out: string[] = [t.title(file), `  ${t.language}: ${language}`]
  if (reading.pattern !== null) out.push(`  ${t.pattern(reading.pattern)}`)
  if (reading.forms.length === 0 && reading.indexRows === 0 && reading.rowsInPlace === 0) out.push(`  ${t.none}`)
  for (const form of reading.forms) out.push(`  ${t.form(form)}`)
  if (reading.indexRows > 0) out.push(`  ${t.indexRows(reading.indexRows)}`)
  if (reading.rowsInPlace > 0) out.push(`  ${t.rowsInPlace(reading.rowsInPlace)}`)
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

/** The one line for a log with writing but no entry the engine could read: a set-up error, never "all good". In the log's language. */
export function noEntries(file: string, where: 'cli' | 'cli-explained' | 'action', language: Language = 'en'): string {
  if (language === 'ko') {
    const how =
      where === 'cli'
        ? `til-keeper check ${file} --explain으로 어떻게 읽었는지 보거나, --entry-pattern으로 기록 제목의 모양을 알려 주세요`
        : where === 'cli-explained'
          ? '위에 어떻게 읽었는지 적었어요. --entry-pattern으로 기록 제목의 모양을 알려 주세요'
          : '어떻게 읽었는지는 작업 요약(job summary)에 있어요. entry-pattern 입력으로 기록 제목의 모양을 알려 주세요'
    return `${file}에서 일일 기록을 찾지 못했어요. ${how}`
  }
  const how =
    where === 'cli'
      ? `run til-keeper check ${file} --explain to see how it was read, or describe your day labels with --entry-pattern`
      : where === 'cli-explained'
        ? 'how it was read is above; describe your day labels with --entry-pattern'
        : 'the job summary shows how it was read; describe your day labels with the entry-pattern input'
  return `no day entries found in ${file}; ${how}`
}
