/**
 * Reminder issues: title and body for one day's problems (or one week review,
 * or a checklist of several days), and the bot's comments, in the log's
 * language. Learner text is quoted. Bodies fit GitHub's size limits: rows that
 * do not fit are counted and the reader is sent to the job summary.
 */
import { addDays } from '../calendar/index.js'
import type { Language } from '../log/types.js'
import { isFullDate } from '../log/years.js'
import type { Finding, FindingType } from '../review/types.js'
import { andList, fixedTitle, josa, sectionName } from './messages.js'
import { quote } from './quote.js'

/** GitHub refuses longer issue titles. */
export const TITLE_LIMIT = 256
/** GitHub refuses longer issue bodies and comments. */
export const BODY_LIMIT = 65536

export interface ReminderText {
  title: string
  /** The body without the markers, in at most `budget` characters. */
  render(budget: number): string
}

/** Builds a link to a README line on a commit: GitHub ignores `#L` on rendered markdown without `?plain=1`. */
export type LineLink = (line: number) => string

/** `Day14 (2026-10-14)`; a day already named by its date is not dated twice. */
function named(entry: string, date: string | null): string {
  return date && date !== entry ? `${quote(entry)} (${date})` : quote(entry)
}

/** `10/5` */
const monthDay = (date: string) => `${Number(date.slice(5, 7))}/${Number(date.slice(8, 10))}`
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const monthName = (date: string) => MONTHS[Number(date.slice(5, 7)) - 1]!

/** The week a missing review is for, as its number and, with a calendar, its Monday–Sunday dates. */
function weekOf(f: Finding): { number: number | null; start: string | null; end: string | null } {
  const end = isFullDate(f.date) ? f.date : null
  return { number: f.number, start: end ? addDays(end, -6) : null, end }
}

const KO = {
  missing: (f: Finding) => `${named(f.entry, f.date)} 기록이 아직 없어요`,
  week: (f: Finding) => {
    const { number, start, end } = weekOf(f)
    const name = number !== null ? `${number}주차` : quote(f.entry)
    return start && end ? `${name}(${monthDay(start)}~${monthDay(end)})` : name
  },
  missingWeek: (f: Finding) => `${KO.week(f)} 회고가 아직 없어요`,
  emptyDay: (f: Finding) => `${quote(f.entry)}에 적힌 내용이 없어요`,
  emptySection: (f: Finding) => `"${quote(sectionName(f.section ?? ''))}" 섹션이 비어 있어요`,
  mismatch: (f: Finding) => `"${quote(f.section ?? '')}" 제목의 번호가 ${josa(quote(f.entry), '과', '와')} 맞지 않아요`,
  fixMissing: (entries: string[]) =>
    `README에 ${entries.map(quote).join(', ')} 항목을 추가해 주세요. 짧게라도 그날 배운 것을 남기면 충분해요.`,
  fixMissingWeek: (f: Finding) => {
    const { number, start, end } = weekOf(f)
    const name = number !== null ? `${number}주차` : quote(f.entry)
    return start && end
      ? `${josa(`${monthDay(start)}~${monthDay(end)}`, '을', '를')} 돌아보는 ${name} 회고를 README에 추가해 주세요.`
      : `${josa(name, '을', '를')} 돌아보는 회고를 README에 추가해 주세요.`
  },
  fixEmptySections: '비어 있는 섹션에 한 일, 배운 점, 느낀 점을 한두 줄이라도 적어 주세요.',
  fixEmptyDay: '그날 한 일이나 배운 것을 한두 줄이라도 적어 주세요.',
  fixMismatch: (f: Finding) => {
    const fixed = fixedTitle(f.section ?? '', f.number)
    return fixed
      ? `${josa(`"${quote(f.section ?? '')}"`, '을', '를')} ${josa(`"${quote(fixed)}"`, '으로', '로', true)} 고쳐 주세요.`
      : `제목의 번호를 ${quote(f.entry)}에 맞게 고쳐 주세요.`
  },
  after: (line: number) => `${line}번째 줄 다음`,
  at: (line: number) => `${line}번째 줄`,
  top: '맨 앞',
  what: '무엇',
  where: '어디',
  todo: '이렇게 해 주세요',
  more: (n: number) => `그 밖에 ${n}개가 더 있어요. 전체 목록은 이번 실행의 작업 요약에서 볼 수 있어요.`,
  footer: 'README를 고쳐서 push하면 til-keeper가 다시 확인하고 이 이슈를 자동으로 닫아요.',
  mute: '🤖 til-keeper가 관리하는 알림이에요. 이 알림이 필요 없다면 "Close as not planned"로 닫아 주세요. 다시 열지 않을게요.',
  dayTitle: (entry: string, findings: Finding[]) => {
    const count = (t: FindingType) => findings.filter((f) => f.type === t).length
    const missing = findings.find((f) => f.type === 'missing-day')
    if (missing) return `${entry}: 기록이 아직 없어요${missing.date && missing.date !== entry ? ` (${missing.date})` : ''}`
    const parts: string[] = []
    if (count('empty-day')) parts.push('내용이 비어 있어요')
    if (count('empty-section')) parts.push(`빈 섹션 ${count('empty-section')}개`)
    if (count('label-mismatch')) parts.push('제목 번호 확인 필요')
    return `${entry}: ${parts.join(', ')}`
  },
  dayHeading: (entry: string, date: string | null) => `${entry}${date && date !== entry ? ` (${date})` : ''} 기록에 손볼 곳이 있어요`,
  digestTitle: (n: number) => `til-keeper: 손볼 곳 ${n}개`,
  digestHeading: '아직 손볼 곳이 남아 있어요. 고치고 나면 체크리스트에서 저절로 빠져요.',
  olderTitle: '지난 기록 점검',
  olderHeading: (days: number | null) =>
    `최근 ${days ?? ''}학습일보다 오래된 기록에서 손볼 곳이에요. 날마다 이슈를 열지 않고 여기에 모아 두었어요. 고치고 나면 목록에서 저절로 빠지고, 모두 고치면 이 이슈도 닫혀요.`
}

const EN: typeof KO = {
  missing: (f) => `${named(f.entry, f.date)} has no entry yet`,
  week: (f) => {
    const { number, start, end } = weekOf(f)
    const name = number !== null ? `Week ${number}` : quote(f.entry)
    if (!start || !end) return name
    const range =
      start.slice(5, 7) === end.slice(5, 7)
        ? `${monthName(start)} ${Number(start.slice(8))}–${Number(end.slice(8))}`
        : `${monthName(start)} ${Number(start.slice(8))} – ${monthName(end)} ${Number(end.slice(8))}`
    return `${name} (${range})`
  },
  missingWeek: (f) => `The ${EN.week(f)} review is not written yet`,
  emptyDay: (f) => `${quote(f.entry)} has nothing written in it`,
  emptySection: (f) => `The "${quote(sectionName(f.section ?? ''))}" section is empty`,
  mismatch: (f) => `The number in the title "${quote(f.section ?? '')}" does not match ${quote(f.entry)}`,
  fixMissing: (entries) =>
    entries.length === 1
      ? `Add a ${quote(entries[0]!)} entry to the README. A few lines on what you learned that day are enough.`
      : `Add entries for ${andList(entries.map(quote))} to the README. A few lines on what you learned each day are enough.`,
  fixMissingWeek: (f) => `Add a review of ${EN.week(f)} to the README, looking back on that week.`,
  fixEmptySections: 'Write a line or two in each empty section: what you did, learned or thought.',
  fixEmptyDay: 'Write a few lines on what you did or learned that day.',
  fixMismatch: (f) => {
    const fixed = fixedTitle(f.section ?? '', f.number)
    return fixed
      ? `Rename "${quote(f.section ?? '')}" to "${quote(fixed)}".`
      : `Fix the number in the title so it matches ${quote(f.entry)}.`
  },
  after: (line) => `after line ${line}`,
  at: (line) => `line ${line}`,
  top: 'at the top',
  what: 'What',
  where: 'Where',
  todo: 'What to do',
  more: (n) => `…and ${n} more. The run's job summary lists them all.`,
  footer: 'Fix the README and push: til-keeper checks again and closes this issue by itself.',
  mute: '🤖 A reminder kept by til-keeper. If you do not want it, close it as "not planned" and it will not be reopened.',
  dayTitle: (entry, findings) => {
    const count = (t: FindingType) => findings.filter((f) => f.type === t).length
    const missing = findings.find((f) => f.type === 'missing-day')
    if (missing) return `${entry}: no entry yet${missing.date && missing.date !== entry ? ` (${missing.date})` : ''}`
    const parts: string[] = []
    if (count('empty-day')) parts.push('nothing written yet')
    const empty = count('empty-section')
    if (empty) parts.push(`${empty} empty section${empty === 1 ? '' : 's'}`)
    if (count('label-mismatch')) parts.push('a title number to check')
    return `${entry}: ${parts.join(', ')}`
  },
  dayHeading: (entry, date) => `${entry}${date && date !== entry ? ` (${date})` : ''} needs a little attention`,
  digestTitle: (n) => `til-keeper: ${n} thing${n === 1 ? '' : 's'} to fix`,
  digestHeading: 'These still need attention. Each line leaves this checklist once it is fixed.',
  olderTitle: 'Older gaps in the log',
  olderHeading: (days) =>
    `Things to fix in entries older than the last ${days ?? ''} study days. They are gathered here instead of one issue per day. Each line leaves the list once it is fixed, and the issue closes when the list is empty.`
}

function words(language: Language): typeof KO {
  return language === 'ko' ? KO : EN
}

/** A title GitHub accepts: at most TITLE_LIMIT characters, cut with an ellipsis. */
function limitTitle(title: string): string {
  const chars = Array.from(title)
  return chars.length <= TITLE_LIMIT ? title : `${chars.slice(0, TITLE_LIMIT - 1).join('')}…`
}

/**
 * The lines joined, in at most `budget` characters: rows are dropped from the
 * end and counted until the rest fits. GitHub counts characters; a JS string's
 * length (UTF-16 units) is never smaller, so it is the safe measure.
 */
function fitLines(head: string[], rows: string[], tail: string[], more: (n: number) => string, budget: number): string {
  const join = (kept: number) =>
    [...head, ...rows.slice(0, kept), ...(kept < rows.length ? ['', more(rows.length - kept)] : []), ...tail].join('\n')
  const full = join(rows.length)
  if (full.length <= budget) return full
  const fixed = join(0).length
  let kept = 0
  let size = fixed
  while (kept < rows.length && size + rows[kept]!.length + 1 <= budget) size += rows[kept++]!.length + 1
  const text = join(kept)
  return text.length <= budget
    ? text
    : Array.from(text)
        .slice(0, Math.max(0, budget - 1))
        .join('') + '…'
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
  // Every missing day in one line, where the first one stands.
  const missing = [...new Set(findings.filter((f) => f.type === 'missing-day').map((f) => f.entry))]
  for (const f of findings) {
    if (f.type === 'missing-day') out.add(t.fixMissing(missing))
    else if (f.type === 'missing-week-review') out.add(t.fixMissingWeek(f))
    else if (f.type === 'label-mismatch') out.add(t.fixMismatch(f))
    // Advice that fits the log: a day without sections has no "empty section" to fill.
    else if (f.type === 'empty-day' && (f.sections ?? []).length === 0) out.add(t.fixEmptyDay)
    else out.add(t.fixEmptySections)
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

/** One issue for one day's problems, or for one missing week review; findings in the order they matter. */
export function renderReminder(findings: Finding[], language: Language, link: LineLink, path: string): ReminderText {
  const t = words(language)
  const first = findings[0]!
  const entry = quote(first.entry)
  const week = first.type === 'missing-week-review'
  const title = limitTitle(week ? t.missingWeek(first) : t.dayTitle(entry, findings))
  const heading = first.type === 'missing-day' ? t.missing(first) : week ? t.missingWeek(first) : t.dayHeading(entry, first.date)
  const head = [`### ${heading}`, '', `| ${t.what} | ${t.where} |`, '|---|---|']
  const tail = ['', `**${t.todo}**`, ...fixes(findings, t).map((s) => `- ${s}`), '', t.footer, '', `<sub>${t.mute}</sub>`]
  const body = findings.flatMap((f) => rows(f, t, link, path))
  return { title, render: (budget) => fitLines(head, body, tail, t.more, budget) }
}

/**
 * A checklist of several days' problems, newest first: one issue for
 * everything (`reminder-mode: digest`), or the older-gaps issue.
 */
export function renderChecklist(
  findings: Finding[],
  kind: 'digest' | 'older',
  language: Language,
  link: LineLink,
  path: string,
  remindDays: number | null = null
): ReminderText {
  const t = words(language)
  const lines = findings.map((f) => `- [ ] **${quote(f.entry)}** — ${describe(f, t)} (${where(f, t, link, path)})`)
  const head = [kind === 'digest' ? t.digestHeading : t.olderHeading(remindDays), '']
  const tail = ['', `**${t.todo}**`, ...fixes(findings, t).map((s) => `- ${s}`), '', t.footer, '', `<sub>${t.mute}</sub>`]
  const title = kind === 'digest' ? t.digestTitle(findings.length) : t.olderTitle
  return { title: limitTitle(title), render: (budget) => fitLines(head, lines, tail, t.more, budget) }
}

/** The entry a reminder key names: `day:Day14` → `Day14`. */
function entryOfKey(key: string): string {
  return key.replace(/^(?:day|week):/, '')
}

/** What the closing comment says was fixed, from what the issue was about. */
export function closingComment(language: Language, key: string, about: string[]): string {
  const entry = quote(entryOfKey(key))
  const week = /(\d+)/.exec(entry)?.[1]
  const kinds = ['missing-day', 'empty-day', 'empty-section', 'label-mismatch'].filter((k) => about.includes(k))
  if (language === 'ko') {
    const names: Record<string, string> = {
      'missing-day': '기록',
      'empty-day': '내용',
      'empty-section': '빈 섹션',
      'label-mismatch': '제목 번호'
    }
    const one: Record<string, string> = {
      'missing-day': `${entry} 기록을 확인했어요.`,
      'empty-day': `${entry}에 적힌 내용을 확인했어요.`,
      'empty-section': `${entry}의 빈 섹션이 채워진 것을 확인했어요.`,
      'label-mismatch': `${entry} 제목의 번호가 고쳐진 것을 확인했어요.`
    }
    // `빈 섹션과 제목 번호`: the last two joined by 과/와, as it fits the word before it.
    const list = kinds.map((k) => names[k]!)
    const several = `${josa(list.slice(0, -1).join(', '), '과', '와')} ${list[list.length - 1]}`
    const seen =
      key === 'digest'
        ? '손볼 곳이 모두 고쳐졌어요.'
        : key === 'older'
          ? '지난 기록에서 손볼 곳이 모두 고쳐졌어요.'
          : key.startsWith('week:')
            ? `${week ? `${week}주차` : entry} 회고를 확인했어요.`
            : kinds.length === 1
              ? one[kinds[0]!]!
              : kinds.length > 1
                ? `${entry}에서 ${josa(several, '이', '가')} 모두 고쳐진 것을 확인했어요.`
                : `${entry}에서 손볼 곳이 모두 고쳐졌어요.`
    return `${seen} 이 알림은 닫을게요. 수고했어요! 🎉`
  }
  const names: Record<string, string> = {
    'missing-day': 'the entry',
    'empty-day': 'what is written in it',
    'empty-section': 'the empty sections',
    'label-mismatch': 'the number in its title'
  }
  const one: Record<string, string> = {
    'missing-day': `${entry} is in the log now.`,
    'empty-day': `${entry} has something written in it now.`,
    'empty-section': `The empty sections of ${entry} are filled in.`,
    'label-mismatch': `The number in ${entry}'s title is fixed.`
  }
  const seen =
    key === 'digest'
      ? 'Everything on this list is fixed in the log now.'
      : key === 'older'
        ? 'Every older gap on this list is fixed now.'
        : key.startsWith('week:')
          ? `The ${week ? `Week ${week}` : entry} review is written now.`
          : kinds.length === 1
            ? one[kinds[0]!]!
            : kinds.length > 1
              ? `${entry}: ${andList(kinds.map((k) => names[k]!))} are all fixed now.`
              : `Everything in ${entry} is fixed now.`
  return `${seen} Closing this reminder. Nice work! 🎉`
}

/** Said once, when a person closed a reminder as completed while the problem is still in the log. */
export function reopenComment(language: Language, key: string): string {
  const entry = quote(entryOfKey(key))
  if (language === 'ko') {
    const what = key === 'digest' || key === 'older' ? '아직 손볼 곳이 남아 있어서' : `${entry}에 아직 손볼 곳이 남아 있어서`
    return `${what} 이 알림을 다시 열었어요. README를 고쳐 push하면 저절로 닫혀요. 이 알림이 필요 없다면 "Close as not planned"로 닫아 주세요. 한 번 더 닫아도 다시 열지 않을게요.`
  }
  const what = key === 'digest' || key === 'older' ? 'Some of this' : entry
  return `Reopened: ${what} still needs attention in the log. Fix it and push, and this closes by itself. If you do not want this reminder, close it as "not planned" (or simply close it again): it will stay closed.`
}

export function duplicateComment(language: Language, original: number): string {
  return language === 'ko'
    ? `${josa(`#${original}`, '과', '와')} 같은 알림이라 닫을게요.`
    : `Closing: this is the same reminder as #${original}.`
}

export function labelDescription(language: Language): string {
  return language === 'ko' ? 'til-keeper가 학습 기록을 보고 보내는 알림' : 'Reminders from til-keeper about the study log'
}

/** Why one reminder could not be written, as the run's warning says it. */
export type FailureKind = 'locked' | 'gone' | 'moved' | 'refused' | 'other'

export type ReminderStep = 'open' | 'update' | 'reopen' | 'close' | 'comment' | 'read'

const STEP_KO: Record<ReminderStep, (issue: string) => string> = {
  open: (issue) => `${josa(issue, '을', '를')} 여는`,
  update: (issue) => `${josa(issue, '을', '를')} 고치는`,
  reopen: (issue) => `${josa(issue, '을', '를')} 다시 여는`,
  close: (issue) => `${josa(issue, '을', '를')} 닫는`,
  comment: (issue) => `${issue}에 댓글을 다는`,
  read: (issue) => `${josa(issue, '을', '를')} 읽는`
}

const STEP_EN: Record<ReminderStep, string> = {
  open: 'open',
  update: 'update',
  reopen: 'reopen',
  close: 'close',
  comment: 'comment on',
  read: 'read'
}

/** One line for the run's warnings: which reminder, what failed, why, and that the rest of the run went on. */
export function failureNote(language: Language, number: number | null, step: ReminderStep, kind: FailureKind, detail: string): string {
  const issue = number === null ? null : `#${number}`
  if (language === 'ko') {
    const why = {
      locked: '이슈가 잠겨 있어요',
      gone: '이슈가 삭제되었어요',
      moved: '이슈를 찾을 수 없어요. 삭제되었거나 다른 저장소로 옮겨졌을 수 있어요',
      refused: `GitHub가 요청을 받아들이지 않았어요 (${detail})`,
      other: `GitHub 응답: ${detail}`
    }[kind]
    return `${STEP_KO[step](`알림 이슈${issue ? ` ${issue}` : ''}`)} 데 실패했어요: ${why}. 나머지 작업은 계속했어요.`
  }
  const why = {
    locked: 'the issue is locked',
    gone: 'the issue was deleted',
    moved: 'the issue is not there any more (deleted, or transferred to another repository)',
    refused: `GitHub refused the request (${detail})`,
    other: `GitHub answered: ${detail}`
  }[kind]
  return `Could not ${STEP_EN[step]} reminder${issue ? ` ${issue}` : ''}: ${why}. The rest of the run went on.`
}

/** Issues are turned off in the repository: one warning for the whole run. */
export function issuesOffNote(language: Language, repository: string): string {
  return language === 'ko'
    ? `${repository} 저장소에서 이슈 기능이 꺼져 있어서 알림 이슈는 건너뛰었어요. 알림을 받으려면 저장소의 Settings → General → Features에서 Issues를 켜 주세요.`
    : `Issues are turned off for ${repository}, so reminders were skipped. To get them, turn on Issues in the repository's Settings → General → Features.`
}
