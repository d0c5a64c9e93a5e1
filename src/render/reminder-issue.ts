/**
 * Reminder issues: title and body for one day's problems (or one week review,
 * or a checklist of several days), and the bot's comments, in the log's
 * language. Learner text is quoted. Bodies fit GitHub's size limits: rows that
 * do not fit are counted and the reader is sent to the job summary.
 */
import type { Language } from '../log/types.js'
import type { Finding } from '../review/types.js'
import { entryNames, type EntryNames } from './entry-names.js'
import { messages, type Closing, type DayProblem, type FailureKind, type ReminderStep } from './messages.js'
import type { ReminderWords } from './messages-ko.js'
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

const DAY_PROBLEMS: DayProblem[] = ['missing-day', 'empty-day', 'empty-section', 'label-mismatch']

/** What a closed reminder was about, from its key: a checklist, the older gaps, a week review or one day. */
function closingOf(key: string, about: string[], names: EntryNames): Closing {
  if (key === 'digest') return { kind: 'checklist' }
  if (key === 'older') return { kind: 'older' }
  const entry = quote(names.entry(entryOfKey(key)))
  if (key.startsWith('week:')) return { kind: 'week', entry, week: /(\d+)/.exec(entry)?.[1] ?? null }
  return { kind: 'day', entry, fixed: DAY_PROBLEMS.filter((k) => about.includes(k)) }
}

/** What the closing comment says was fixed, from what the issue was about. */
export function closingComment(language: Language, key: string, about: string[], names: EntryNames = entryNames(language, [])): string {
  return words(language).closed(closingOf(key, about, names))
}

/** Said once, when a person closed a reminder as completed while the problem is still in the log. */
export function reopenComment(language: Language, key: string, names: EntryNames = entryNames(language, [])): string {
  return words(language).reopened(key === 'digest' || key === 'older' ? null : quote(names.entry(entryOfKey(key))))
}

/** The comment on a reminder closed because its problems are now reminded of in another issue. */
export function movedComment(language: Language): string {
  return words(language).moved
}

/** The comment on a reminder closed as the same as `original`. */
export function duplicateComment(language: Language, original: number): string {
  return words(language).duplicate(original)
}

/** The description of the label reminder issues carry. */
export function labelDescription(language: Language): string {
  return words(language).labelDescription
}

/** One line for the run's warnings: which reminder, what failed, why, and that the rest of the run went on. */
export function failureNote(language: Language, number: number | null, step: ReminderStep, kind: FailureKind, detail: string): string {
  return words(language).failed(number === null ? null : `#${number}`, step, kind, detail)
}

/** Issues are turned off in the repository: one warning for the whole run. */
export function issuesOffNote(language: Language, repository: string): string {
  return words(language).issuesOff(repository)
}
