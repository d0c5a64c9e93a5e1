/**
 * Reminder issues: title and body for one day's problems (or one week review,
 * or the digest of everything), in the log's language. Learner text is quoted.
 */
import type { Language } from '../log/types.js'
import type { Finding } from '../review/types.js'
import { josa } from './messages.js'
import { quote } from './quote.js'

export interface ReminderText {
  title: string
  /** The body without the marker line; the planner adds it. */
  body: string
}

/** Builds a link to a README line on a commit: GitHub ignores `#L` on rendered markdown without `?plain=1`. */
export type LineLink = (line: number) => string

/** `Day14 (2026-10-14)`; a day already named by its date is not dated twice. */
function named(entry: string, date: string | null): string {
  return date && date !== entry ? `${quote(entry)} (${date})` : quote(entry)
}

const KO = {
  missing: (f: Finding) => `${named(f.entry, f.date)} 기록이 아직 없어요`,
  missingWeek: (f: Finding) => `${quote(f.entry)} 주간 회고가 아직 없어요`,
  emptyDay: (f: Finding) => `${quote(f.entry)}에 적힌 내용이 없어요`,
  emptySection: (f: Finding) => `"${quote(f.section ?? '')}" 섹션이 비어 있어요`,
  mismatch: (f: Finding) => `"${quote(f.section ?? '')}" 제목이 ${josa(quote(f.entry), '과', '와')} 맞지 않아요`,
  fixMissing: (f: Finding) => `README에 ${quote(f.entry)} 항목을 추가해 주세요. 짧게라도 그날 배운 것을 남기면 충분해요.`,
  fixMissingWeek: (f: Finding) => `이번 주를 돌아보는 ${quote(f.entry)} 회고를 README에 추가해 주세요.`,
  fixEmpty: '비어 있는 섹션에 한 일, 배운 점, 느낀 점을 한두 줄이라도 적어 주세요.',
  fixMismatch: (f: Finding) => `제목의 날짜를 ${quote(f.entry)}에 맞게 고쳐 주세요.`,
  after: (line: number) => `${line}번째 줄 다음`,
  at: (line: number) => `${line}번째 줄`,
  top: '맨 앞',
  what: '무엇',
  where: '어디',
  todo: '이렇게 해 주세요',
  footer: 'README를 고쳐서 push하면 til-keeper가 다시 확인하고 이 이슈를 자동으로 닫아요.',
  mute: '🤖 til-keeper가 관리하는 알림이에요. 이 알림이 필요 없다면 "Close as not planned"로 닫아 주세요. 다시 열지 않을게요.',
  dayTitle: (entry: string, findings: Finding[]) => {
    const parts: string[] = []
    const count = (t: Finding['type']) => findings.filter((f) => f.type === t).length
    if (count('missing-day'))
      return `${entry}: 기록이 아직 없어요${findings[0]?.date && findings[0].date !== entry ? ` (${findings[0].date})` : ''}`
    if (count('empty-day')) parts.push('내용이 비어 있어요')
    if (count('empty-section')) parts.push(`빈 섹션 ${count('empty-section')}개`)
    if (count('label-mismatch')) parts.push('제목 확인 필요')
    return `${entry}: ${parts.join(', ')}`
  },
  weekTitle: (entry: string) => `${entry}: 주간 회고가 아직 없어요`,
  dayHeading: (entry: string, date: string | null) => `${entry}${date && date !== entry ? ` (${date})` : ''} 기록에 손볼 곳이 있어요`,
  digestTitle: (n: number) => `til-keeper: 손볼 곳 ${n}개`,
  digestHeading: '아직 손볼 곳이 남아 있어요. 고치고 나면 체크리스트에서 저절로 빠져요.'
}

const EN: typeof KO = {
  missing: (f) => `${named(f.entry, f.date)} has no entry yet`,
  missingWeek: (f) => `The ${quote(f.entry)} review is not written yet`,
  emptyDay: (f) => `${quote(f.entry)} has nothing written in it`,
  emptySection: (f) => `The "${quote(f.section ?? '')}" section is empty`,
  mismatch: (f) => `The title "${quote(f.section ?? '')}" does not match ${quote(f.entry)}`,
  fixMissing: (f) => `Add a ${quote(f.entry)} entry to the README. A few lines on what you learned that day are enough.`,
  fixMissingWeek: (f) => `Add a ${quote(f.entry)} review looking back on the week.`,
  fixEmpty: 'Write a line or two in each empty section: what you did, learned or thought.',
  fixMismatch: (f) => `Fix the day in the title so it matches ${quote(f.entry)}.`,
  after: (line) => `after line ${line}`,
  at: (line) => `line ${line}`,
  top: 'at the top',
  what: 'What',
  where: 'Where',
  todo: 'What to do',
  footer: 'Fix the README and push: til-keeper checks again and closes this issue by itself.',
  mute: '🤖 A reminder kept by til-keeper. If you do not want it, close it as "not planned" and it will not be reopened.',
  dayTitle: (entry, findings) => {
    const parts: string[] = []
    const count = (t: Finding['type']) => findings.filter((f) => f.type === t).length
    if (count('missing-day'))
      return `${entry}: no entry yet${findings[0]?.date && findings[0].date !== entry ? ` (${findings[0].date})` : ''}`
    if (count('empty-day')) parts.push('nothing written yet')
    const empty = count('empty-section')
    if (empty) parts.push(`${empty} empty section${empty === 1 ? '' : 's'}`)
    if (count('label-mismatch')) parts.push('a title to check')
    return `${entry}: ${parts.join(', ')}`
  },
  weekTitle: (entry) => `${entry}: week review not written yet`,
  dayHeading: (entry, date) => `${entry}${date && date !== entry ? ` (${date})` : ''} needs a little attention`,
  digestTitle: (n) => `til-keeper: ${n} thing${n === 1 ? '' : 's'} to fix`,
  digestHeading: 'These still need attention. Each line leaves this checklist once it is fixed.'
}

function words(language: Language): typeof KO {
  return language === 'ko' ? KO : EN
}

function describe(f: Finding, t: typeof KO): string {
  switch (f.type) {
    case 'missing-day':
      return t.missing(f)
    case 'missing-week-review':
      return t.missingWeek(f)
    case 'empty-day':
      return t.emptyDay(f)
    case 'empty-section':
      return t.emptySection(f)
    case 'label-mismatch':
      return t.mismatch(f)
  }
}

function where(f: Finding, t: typeof KO, link: LineLink, path: string): string {
  const missing = f.type === 'missing-day' || f.type === 'missing-week-review'
  if (f.line === null) return missing ? `${quote(path)} ${t.top}` : quote(path)
  return `[${quote(path)} ${missing ? t.after(f.line) : t.at(f.line)}](${link(f.line)})`
}

function fixes(findings: Finding[], t: typeof KO): string[] {
  const out = new Set<string>()
  for (const f of findings) {
    if (f.type === 'missing-day') out.add(t.fixMissing(f))
    else if (f.type === 'missing-week-review') out.add(t.fixMissingWeek(f))
    else if (f.type === 'label-mismatch') out.add(t.fixMismatch(f))
    else out.add(t.fixEmpty)
  }
  return [...out]
}

/** An empty day lists its empty sections too, so the learner sees each line to fill. */
function rows(f: Finding, t: typeof KO, link: LineLink, path: string): string[] {
  const first = `| ${describe(f, t)} | ${where(f, t, link, path)} |`
  const sections = (f.sections ?? []).map(
    (s) => `| ↳ ${t.emptySection({ ...f, section: s.title })} | ${where({ ...f, type: 'empty-section', line: s.line }, t, link, path)} |`
  )
  return [first, ...sections]
}

/** One issue for one day's problems, or for one missing week review. */
export function renderReminder(findings: Finding[], language: Language, link: LineLink, path: string): ReminderText {
  const t = words(language)
  const first = findings[0]!
  const entry = quote(first.entry)
  const title = first.type === 'missing-week-review' ? t.weekTitle(entry) : t.dayTitle(entry, findings)
  const body = [
    `### ${first.type === 'missing-day' ? t.missing(first) : first.type === 'missing-week-review' ? t.missingWeek(first) : t.dayHeading(entry, first.date)}`,
    '',
    `| ${t.what} | ${t.where} |`,
    '|---|---|',
    ...findings.flatMap((f) => rows(f, t, link, path)),
    '',
    `**${t.todo}**`,
    ...fixes(findings, t).map((s) => `- ${s}`),
    '',
    t.footer,
    '',
    `<sub>${t.mute}</sub>`
  ].join('\n')
  return { title, body }
}

/** `reminder-mode: digest`: one checklist issue for every problem. */
export function renderDigest(groups: Finding[][], language: Language, link: LineLink, path: string): ReminderText {
  const t = words(language)
  const count = groups.reduce((n, g) => n + g.length, 0)
  const lines = groups.flatMap((group) => group.map((f) => `- [ ] **${quote(f.entry)}** — ${describe(f, t)} (${where(f, t, link, path)})`))
  const body = [
    t.digestHeading,
    '',
    ...lines,
    '',
    `**${t.todo}**`,
    ...fixes(groups.flat(), t).map((s) => `- ${s}`),
    '',
    t.footer,
    '',
    `<sub>${t.mute}</sub>`
  ].join('\n')
  return { title: t.digestTitle(count), body }
}

export function closingComment(language: Language): string {
  return language === 'ko'
    ? '고쳐진 것을 확인했어요. 이 알림은 닫을게요. 수고했어요! 🎉'
    : 'This is fixed in the log now, so I am closing the reminder. Nice work! 🎉'
}

export function duplicateComment(language: Language, original: number): string {
  return language === 'ko'
    ? `${josa(`#${original}`, '과', '와')} 같은 알림이라 닫을게요.`
    : `Closing: this is the same reminder as #${original}.`
}
