/**
 * Groups findings into reminders: per day by default (one issue holds all of a
 * day's problems, and each missing week review has its own), or one digest.
 * Topics come newest first, and each says where it belongs: its own issue (a
 * recent day), the older-gaps checklist (an older day), or nowhere (a day
 * before the log's first entry, most likely a start date set too early).
 */
import type { Language } from '../log/types.js'
import { namedFinding, reportNames } from '../render/entry-names.js'
import { renderChecklist, renderReminder, type LineLink, type ReminderText } from '../render/reminder-issue.js'
import type { Finding, FindingType, Report } from '../review/types.js'
import { fingerprint } from './marker.js'
import { rankOf, timeline } from './recency.js'

export type ReminderMode = 'per-day' | 'digest'

type Placement = 'own' | 'older' | 'none'

export interface ReminderTopic {
  key: string
  title: string
  /** The bot's text (no markers) in at most `budget` characters. */
  render(budget: number): string
  /** Fingerprint of the problem: unchanged when only the commit in the links moves. */
  state: string
  /** The finding types, for the closing comment. */
  about: FindingType[]
  findings: Finding[]
  placement: Placement
}

export interface TopicOptions {
  mode: ReminderMode
  language: Language
  link: LineLink
  path: string
  /** Only problems in the last N due days get their own issue; null: every day. */
  remindDays: number | null
}

export interface Topics {
  /** Newest first; within a day, missing before empty before a title to check. */
  topics: ReminderTopic[]
  /** The older-gaps checklist for the older topics that have no issue of their own, or null when there are none. */
  older(topics: ReminderTopic[]): ReminderTopic | null
}

/** The reminder a finding belongs to in per-day mode: its day's, or its week review's. */
export function keyOf(f: Finding): string {
  return f.type === 'missing-week-review' ? `week:${f.entry}` : `day:${f.entry}`
}

/** What the problem is, without what changes on every push (the sha in links). */
function stateOf(findings: Finding[], title: string): string {
  return fingerprint([title, findings.map((f) => [f.type, f.entry, f.date, f.section, f.line, f.type === 'empty-day' ? f.sections : null])])
}

function topic(key: string, findings: Finding[], text: ReminderText, placement: Placement): ReminderTopic {
  return {
    key,
    title: text.title,
    render: text.render,
    state: stateOf(findings, text.title),
    about: [...new Set(findings.map((f) => f.type))],
    findings,
    placement
  }
}

/** The report's findings grouped into reminders (per day, or one digest), newest first, each placed in its own issue, the older-gaps checklist or nowhere. */
export function reminderTopics(report: Report, options: TopicOptions): Topics {
  const { language, link, path, remindDays } = options
  const time = timeline(report)
  // A start date a year off (the log's days all a year back): every day since looks missing. Remind of what is written.
  const yearOff = report.warnings.some((w) => w.type === 'entries-end-long-ago')
  const silent = (f: Finding) => time.beforeLog(f) || (yearOff && (f.type === 'missing-day' || f.type === 'missing-week-review'))
  const order = (a: Finding, b: Finding) =>
    time.position(b) - time.position(a) || rankOf(a.type) - rankOf(b.type) || (a.line ?? 0) - (b.line ?? 0)
  const findings = [...report.findings].sort(order)
  const none = { topics: [], older: () => null }
  // Keys and states come from the findings as the report keeps them; the text names days as the log does.
  const names = reportNames(report)
  const named = (group: Finding[]) => group.map((f) => namedFinding(f, names))

  if (options.mode === 'digest') {
    const listed = findings.filter((f) => !silent(f))
    if (listed.length === 0) return none
    return { topics: [topic('digest', listed, renderChecklist(named(listed), 'digest', language, link, path), 'own')], older: () => null }
  }

  const groups = new Map<string, Finding[]>()
  for (const f of findings) groups.set(keyOf(f), [...(groups.get(keyOf(f)) ?? []), f])
  const topics = [...groups].map(([key, group]) => {
    // Rows in the order they matter; the group sits where its newest finding does.
    const rows = [...group].sort((a, b) => rankOf(a.type) - rankOf(b.type) || (a.line ?? 0) - (b.line ?? 0))
    const placement: Placement = group.every(silent) ? 'none' : group.some((f) => time.recent(f, remindDays)) ? 'own' : 'older'
    return topic(key, rows, renderReminder(named(rows), language, link, path), placement)
  })
  return {
    topics,
    older: (older) => {
      const listed = older.flatMap((t) => t.findings)
      return listed.length === 0
        ? null
        : topic('older', listed, renderChecklist(named(listed), 'older', language, link, path, remindDays), 'own')
    }
  }
}
