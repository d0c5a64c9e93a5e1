/**
 * The run's job summary: the due days and their state, the findings, the
 * carried-over tasks, and what the bot did (or would do, in a dry run).
 */
import { compareDates } from '../log/years.js'
import type { Language, Reading } from '../log/types.js'
import type { CarryOver, Report } from '../review/types.js'
import { namedReport } from './entry-names.js'
import { explainLines } from './explain.js'
import { messages } from './messages.js'
import { quote, quoteCell } from './quote.js'

export interface BotActions {
  dryRun: boolean
  remindersEnabled: boolean
  /** Issues are turned off in the repository, so reminders were skipped. */
  issuesOff: boolean
  opened: Array<{ number: number | null; title: string }>
  reopened: Array<{ number: number; title: string }>
  updated: Array<{ number: number; title: string }>
  closed: number[]
  /** Titles of the reminders `max-issues` held back, newest first. */
  deferred: string[]
  /** Older days gathered in the older-gaps issue. */
  olderDays: number
  /** Warnings of reminders that could not be written. */
  failures: string[]
  summaryFiles: Array<{ path: string; content: string }>
  summaryCommit: string | null
  /** The push was til-keeper's own summary commit, so no new one was made. */
  ownSummaryPush: boolean
  /** Why the summary commit failed (the rest of the run went on); null when it did not. */
  summaryError: string | null
  /** One-line notes from writing the summaries, e.g. that only the newest weeks are written. */
  summaryNotes: string[]
}

/** The most open carried-over tasks the job summary lists. */
const CARRY_ROWS = 10

/** Open tasks, the most recently started first. */
function newestFirst(records: CarryOver[]): CarryOver[] {
  return [...records].sort((a, b) => compareDates(b.fromDate ?? '', a.fromDate ?? '') || b.line - a.line)
}

/**
 * How the log was read, folded away: a `<details>` whose summary is the title and whose
 * body is the explanation as a nested list. Every line is quoted (it holds the learner's text).
 */
export function renderReading(reading: Reading, path: string): string {
  const [title, ...lines] = explainLines(reading, path)
  const items = lines.map((line) => {
    const level = (line.length - line.trimStart().length) / 2
    return `${'  '.repeat(Math.max(0, level - 1))}- ${quote(line.trim())}`
  })
  return ['<details>', `<summary>${quote(title ?? '')}</summary>`, '', ...items, '', '</details>', ''].join('\n')
}

/** The run's job summary: due days, findings, carried-over tasks, what the bot did, notes and how the log was read. */
export function renderJobSummary(checked: Report, actions: BotActions, language: Language, path = 'README.md'): string {
  const report = namedReport(checked)
  const say = messages(language)
  const t = say.jobSummary
  const out: string[] = [`## ${t.title}`, '']
  for (const w of report.warnings) out.push(`> ⚠️ **${t.warning}**: ${quote(say.warning(w.doubt))}`, '')
  out.push(`### ${t.due(report.due.length, report.lastDue)}`, '')
  if (report.due.length > 0) {
    out.push(`| ${t.day} | ${t.date} | ${t.state} | ${t.line} |`, '|---|---|---|---|')
    for (const d of report.due) out.push(`| ${quoteCell(d.entry)} | ${d.date ?? ''} | ${t.states[d.state]} | ${d.line ?? ''} |`)
    out.push('')
  }
  out.push(`### ${t.findings} (${report.findings.length})`, '')
  if (report.entries.length > 0 && !report.missingDaysChecked) out.push(`> ${t.unchecked}`, '')
  if (report.findings.length === 0) out.push(t.none)
  for (const f of report.findings) out.push(`- ${f.line !== null ? `L${f.line} ` : ''}${quote(say.finding(f))}`)
  out.push('')

  // A short list: the newest open tasks, the rest counted; done and dropped ones only counted.
  const open = report.carryOver.filter((c) => c.resolvedIn === null)
  const dropped = report.carryOver.filter((c) => c.dropped).length
  const done = report.carryOver.length - open.length - dropped
  out.push(`### ${t.carry}`, '')
  if (report.carryOver.length === 0) out.push(t.none)
  else out.push(t.carryCounts(open.length, done, dropped))
  if (open.length > 0) {
    out.push('', `| ${t.task} | ${t.since} | ${t.age} |`, '|---|---|---|')
    for (const c of newestFirst(open).slice(0, CARRY_ROWS))
      out.push(`| ${quoteCell(c.text)} | ${quoteCell(c.from)} | ${t.days(c.age + 1)} |`)
    if (open.length > CARRY_ROWS) out.push('', t.moreTasks(open.length - CARRY_ROWS))
  }
  out.push('', `### ${actions.dryRun ? t.wouldDo : t.bot}`, '')
  const did: string[] = []
  if (!actions.remindersEnabled) did.push(t.remindersOff)
  for (const o of actions.opened) did.push(`${t.opened}: ${o.number !== null ? `#${o.number} ` : ''}${quote(o.title)}`)
  for (const r of actions.reopened) did.push(`${t.reopened}: #${r.number} ${quote(r.title)}`)
  for (const u of actions.updated) did.push(`${t.updated}: #${u.number} ${quote(u.title)}`)
  for (const c of actions.closed) did.push(`${t.closed}: #${c}`)
  if (actions.olderDays > 0) did.push(t.older(actions.olderDays))
  if (actions.deferred.length > 0)
    did.push(`${t.deferred(actions.deferred.length)}\n${actions.deferred.map((d) => `  - ${quote(d)}`).join('\n')}`)
  if (actions.issuesOff) did.push(t.issuesOff)
  // The bot's own words about its own issues: `#12` stays a link.
  did.push(...actions.failures)
  if (actions.ownSummaryPush) did.push(t.ownPush)
  if (actions.summaryCommit) did.push(t.summaryCommit(actions.summaryCommit, actions.summaryFiles.length))
  else if (actions.dryRun && actions.summaryFiles.length > 0) did.push(t.summaryWould(actions.summaryFiles.length))
  if (actions.summaryError) did.push(t.summaryFailed(quote(actions.summaryError)))
  if (did.length === 0 && actions.summaryFiles.length === 0) did.push(t.nothing)
  out.push(...did.map((d) => `- ${d}`))
  for (const file of actions.summaryFiles) {
    if (actions.dryRun)
      out.push(
        '',
        `<details><summary>${quote(file.path)}</summary>`,
        '',
        '````markdown',
        file.content.replace(/````/g, '` ` ` `'),
        '````',
        '',
        '</details>'
      )
    else out.push(`- \`${quote(file.path)}\``)
  }
  const notes = [...report.notes.map(say.note), ...actions.summaryNotes]
  if (notes.length > 0) out.push('', `**${t.notes}**`, ...notes.map((n) => `- ${quote(n)}`))
  out.push('', renderReading(report.reading, path))
  return out.join('\n')
}
