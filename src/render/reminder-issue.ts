/**
 * Reminder issues: title and body for one day's problems (or one week review,
 * or a checklist of several days), and the bot's comments, in the log's
 * language. Learner text is quoted. Bodies fit GitHub's size limits: rows that
 * do not fit are counted and the reader is sent to the job summary.
 */
import type { Language } from '../log/types.js'
import type { Finding } from '../review/types.js'
import { josa } from './josa.js'
import { messages } from './messages.js'
import type { ReminderWords } from './messages-ko.js'
import { andList } from './phrases.js'
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

type Words = ReminderWords

function words(language: Language): Words {
  return messages(language).reminder
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

function describe(f: Finding, t: Words): string {
  switch (f.type) {
    case 'missing-day':
      return t.missing(f)
    case 'missing-week-review':
      return t.missingWeek(f)
    case 'empty-day':
      return t.emptyDay(f)
    case 'empty-section':
      return t.emptySection(f.section)
    case 'label-mismatch':
      return t.mismatch(f)
  }
}

/** Where in the README: a missing entry belongs after a line, anything else is at one. */
function where(line: number | null, missing: boolean, t: Words, link: LineLink, path: string): string {
  if (line === null) return missing ? `${quote(path)} ${t.top}` : quote(path)
  return `[${quote(path)} ${missing ? t.after(line) : t.at(line)}](${link(line)})`
}

function whereFinding(f: Finding, t: Words, link: LineLink, path: string): string {
  return where(f.line, f.type === 'missing-day' || f.type === 'missing-week-review', t, link, path)
}

function fixes(findings: Finding[], t: Words): string[] {
  const out = new Set<string>()
  // Every missing day in one line, where the first one stands.
  const missing = [...new Set(findings.filter((f) => f.type === 'missing-day').map((f) => f.entry))]
  for (const f of findings) {
    if (f.type === 'missing-day') out.add(t.fixMissing(missing))
    else if (f.type === 'missing-week-review') out.add(t.fixMissingWeek(f))
    else if (f.type === 'label-mismatch') out.add(t.fixMismatch(f))
    // Advice that fits the log: a day without sections has no "empty section" to fill.
    else if (f.type === 'empty-day' && f.sections.length === 0) out.add(t.fixEmptyDay)
    else out.add(t.fixEmptySections)
  }
  return [...out]
}

/** An empty day lists its empty sections too, so the learner sees each line to fill. */
function rows(f: Finding, t: Words, link: LineLink, path: string): string[] {
  const first = `| ${describe(f, t)} | ${whereFinding(f, t, link, path)} |`
  const sections = (f.type === 'empty-day' ? f.sections : []).map(
    (s) => `| ↳ ${t.emptySection(s.title)} | ${where(s.line, false, t, link, path)} |`
  )
  return [first, ...sections]
}

/** One issue for one day's problems, or for one missing week review; findings in the order they matter. */
export function renderReminder(findings: Finding[], language: Language, link: LineLink, path: string): ReminderText {
  const t = words(language)
  const first = findings[0]!
  const entry = quote(first.entry)
  const week = first.type === 'missing-week-review' ? t.missingWeek(first) : null
  const title = limitTitle(week ?? t.dayTitle(entry, findings))
  const heading = first.type === 'missing-day' ? t.missing(first) : (week ?? t.dayHeading(entry, first.date))
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
  const lines = findings.map((f) => `- [ ] **${quote(f.entry)}** — ${describe(f, t)} (${whereFinding(f, t, link, path)})`)
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

/** The comment on a reminder closed as the same as `original`. */
export function duplicateComment(language: Language, original: number): string {
  return language === 'ko'
    ? `${josa(`#${original}`, '과', '와')} 같은 알림이라 닫을게요.`
    : `Closing: this is the same reminder as #${original}.`
}

/** The description of the label reminder issues carry. */
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
