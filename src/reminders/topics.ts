/**
 * Groups findings into reminders: per day by default (one issue holds all of a
 * day's problems, and each missing week review has its own), or one digest.
 */
import type { Language } from '../log/types.js'
import { renderDigest, renderReminder, type LineLink } from '../report/reminder.js'
import type { Finding } from '../review/types.js'
import { fingerprint, writeMarker } from './marker.js'

export type ReminderMode = 'per-day' | 'digest'

export interface ReminderTopic {
  key: string
  title: string
  /** The whole issue body, marker included. */
  body: string
  state: string
  findings: Finding[]
}

function keyOf(f: Finding): string {
  return f.type === 'missing-week-review' ? `week:${f.entry}` : `day:${f.entry}`
}

/** What the problem is, without what changes on every push (the sha in links). */
function stateOf(findings: Finding[], title: string): string {
  return fingerprint([title, findings.map((f) => [f.type, f.entry, f.date, f.section, f.line, f.sections ?? null])])
}

export function reminderTopics(findings: Finding[], mode: ReminderMode, language: Language, link: LineLink, path: string): ReminderTopic[] {
  const groups = new Map<string, Finding[]>()
  for (const f of findings) {
    const key = keyOf(f)
    groups.set(key, [...(groups.get(key) ?? []), f])
  }
  const topic = (key: string, group: Finding[], text: { title: string; body: string }): ReminderTopic => {
    const state = stateOf(group, text.title)
    return { key, title: text.title, state, findings: group, body: `${writeMarker({ key, state })}\n${text.body}\n` }
  }
  if (mode === 'digest') {
    if (groups.size === 0) return []
    return [topic('digest', findings, renderDigest([...groups.values()], language, link, path))]
  }
  return [...groups].map(([key, group]) => topic(key, group, renderReminder(group, language, link, path)))
}
