/**
 * How the log was read, in words: the label forms taken as days and weeks (with a
 * count and one example line each), the lines that looked like labels but were not
 * taken (and why), the section words found per role, and the language. Shown by
 * `til-keeper check --explain` and in the job summary. Korean logs get Korean.
 */
import type { LabelForm, LabelPosition, Reading, SectionRole, SkipReason } from '../log/types.js'
import { josa } from './josa.js'

const ROLES: SectionRole[] = ['done', 'notDone', 'learned', 'goals', 'reflection', 'other']

const KO = {
  title: (file: string) => `${josa(file, '을', '를')} 이렇게 읽었어요`,
  language: '언어',
  languages: { ko: '한국어', ja: '일본어 (알림은 아직 영어로 써요)', zh: '중국어 (알림은 아직 영어로 써요)', en: '영어' },
  position: (p: LabelPosition) =>
    p === 'summary'
      ? '<summary>'
      : p === 'bold'
        ? '굵은 글씨 줄'
        : p === 'line'
          ? '날짜만 있는 줄'
          : `${'#'.repeat(Number(p.slice(1)))} 제목`,
  form: (f: LabelForm) =>
    `${f.kind === 'week' ? '주간 회고' : '일일 기록'} ${f.count}개: ${f.form} 모양의 ${KO.position(f.position)} (예: ${f.example.line}번째 줄 "${f.example.text}")`,
  pattern: (p: string) => `entry-pattern으로 찾았어요: ${p}`,
  none: '일일 기록으로 읽은 줄이 없어요.',
  skipped: (n: number) => `날짜나 번호처럼 보이지만 기록으로 보지 않은 줄 ${n}개`,
  reasons: {
    shape: '기록 제목과 모양이 다르고 훨씬 적어요',
    once: '이 모양은 한 번뿐이에요',
    headings: '기록이 제목으로 되어 있는 로그 안의 굵은 글씨/날짜 줄이에요',
    nested: '기록 안에 있는, 모양이 다른 제목이에요',
    prose: '날짜 뒤에 문장이 이어져요',
    changelog: '날짜 뒤에 버전 번호가 있어요 (변경 기록)'
  } satisfies Record<SkipReason, string>,
  more: (n: number) => `…외 ${n}개`,
  sections: '섹션 이름',
  roles: { done: '한 일', notDone: '못 한 일', learned: '배운 것', goals: '목표', reflection: '회고', other: '기타' } as Record<
    SectionRole,
    string
  >,
  noSections: '섹션 이름을 찾지 못했어요.',
  hint: '다르게 읽었다면 entry-pattern으로 기록 제목의 모양을 알려 주세요 (README 참고).'
}

const EN: typeof KO = {
  title: (file) => `How ${file} was read`,
  language: 'Language',
  languages: {
    ko: 'Korean',
    ja: 'Japanese (reminders are written in English for now)',
    zh: 'Chinese (reminders are written in English for now)',
    en: 'English'
  },
  position: (p) =>
    p === 'summary'
      ? '<summary>'
      : p === 'bold'
        ? 'bold lines'
        : p === 'line'
          ? 'date lines'
          : `${'#'.repeat(Number(p.slice(1)))} headings`,
  form: (f) =>
    `${f.count} ${f.kind === 'week' ? 'week review' : 'day'}${f.count === 1 ? '' : 's'} from ${EN.position(f.position)} shaped ${f.form} (e.g. line ${f.example.line}: "${f.example.text}")`,
  pattern: (p) => `Days found with entry-pattern: ${p}`,
  none: 'No line was read as a day.',
  skipped: (n) => `${n} line${n === 1 ? '' : 's'} that looked like a date or day number but were not taken as days`,
  reasons: {
    shape: 'another shape than the day labels, and far fewer of them',
    once: 'the only label of its shape',
    headings: 'a bold or date line in a log whose days are headings',
    nested: 'a heading inside a day, in another shape',
    prose: 'words follow the date',
    changelog: 'a version number follows the date (a changelog)'
  },
  more: (n) => `… and ${n} more`,
  sections: 'Section words',
  roles: { done: 'done', notDone: 'not done', learned: 'learned', goals: 'goals', reflection: 'reflection', other: 'other' },
  noSections: 'No section words found.',
  hint: 'If this is not how your log is meant to be read, describe your day labels with entry-pattern (see the README).'
}

/** The explanation as lines of plain text, indented two spaces per level. */
export function explainLines(reading: Reading, file: string): string[] {
  const t = reading.language === 'ko' ? KO : EN
  const out: string[] = [t.title(file), `  ${t.language}: ${t.languages[reading.language]}`]
  if (reading.pattern !== null) out.push(`  ${t.pattern(reading.pattern)}`)
  if (reading.forms.length === 0) out.push(`  ${t.none}`)
  for (const form of reading.forms) out.push(`  ${t.form(form)}`)
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
