/**
 * What days beside one another say about each other, once the entries are assembled: rows and sessions of one day
 * are its parts, a bare heading right over the same day's written one is that day begun again, a cohort's dated
 * check-in over the learner's own day heading is one day, an index row echoing a day written here is no day, and
 * where most days are a label and its topic, the topic is the writing. Plain drafts in, drafts out.
 */
import type { EntryDraft } from './entries.js'
import type { LabelInfo } from './labels.js'

/** The passes in the order they build on each other (a part merges only after a bare repeat is gone). */
export function settleNeighbours(drafts: EntryDraft[]): EntryDraft[] {
  const settled = mergePartsOfOneDay(joinDateOverNumber(withoutBareRepeats(withoutEchoedRows(drafts))))
  markTopicsWritten(settled)
  return settled
}

/**
 * An index row naming a day the log writes out under a label of its own (`| 260826 W | … | [제출](…) |` above
 * `## day 2 | 260826 W`): a table about that day (a deadline, a submission), not the same day again.
 */
function withoutEchoedRows(drafts: EntryDraft[]): EntryDraft[] {
  const rows = drafts.filter((d) => d.external && !d.linked)
  if (rows.length === 0 || rows.length === drafts.length) return drafts
  const written = new Set<string>()
  for (const d of drafts) if (!d.external) for (const key of dayKeys(d.info)) written.add(key)
  if (written.size === 0) return drafts
  return drafts.filter((d) => !(d.external && !d.linked) || !dayKeys(d.info).some((key) => written.has(key)))
}

/**
 * `#### 2024.03.05 화 - 클로저 공부` and nothing under it, day after day: a log that writes each day on its label.
 * Where most of the log's days (two at least) are a label with a topic and nothing under it, each such topic is its
 * day's writing; elsewhere a day with only a topic is a day left empty (`24.02.09 금요일(설 연휴)` among days written
 * under their labels). Bold labels count their topic already.
 */
function markTopicsWritten(drafts: EntryDraft[]): void {
  const days = drafts.filter((d) => d.info.kind === 'day' && !d.row && !d.external)
  const onlyTopic = days.filter((d) => d.info.topic !== '' && unwritten(d))
  if (onlyTopic.length < 2 || onlyTopic.length * 2 < days.length) return
  for (const d of onlyTopic) d.hasContent = true
}

/**
 * `## Day 4 (2025-09-14)` with nothing under it, right over `## Day 4 - Weather Dashboard` and its writing: a heading
 * begun, then written again; the written one is the day (the first would be an empty day, its date a slip).
 */
function withoutBareRepeats(drafts: EntryDraft[]): EntryDraft[] {
  return drafts.filter((draft, i) => {
    const next = drafts[i + 1]
    if (next === undefined || !unwritten(draft) || draft.external || draft.info.numbers.length === 0) return true
    return next.info.kind !== draft.info.kind || next.info.numbers.join() !== draft.info.numbers.join() || !next.hasContent
  })
}

/** Where a log heads this many days or more with a date over its own day heading, that is how it heads its days. */
const DATE_OVER_NUMBER_HABIT = 2

/**
 * `# 2026-05-26` with nothing under it but a comment, then `# Day 9` and the day's writing (a cohort's check-in: the
 * dated heading its bot writes, the learner's own heading under it): one day, dated by the first label and numbered by
 * the second, from the first line. Only where the log does so twice or more, as its habit.
 */
function joinDateOverNumber(drafts: EntryDraft[]): EntryDraft[] {
  const pairs = new Set<number>()
  drafts.forEach((draft, i) => {
    const next = drafts[i + 1]
    if (next === undefined || draft.info.kind !== 'day' || next.info.kind !== 'day') return
    const bare = unwritten(draft) && !draft.external
    const dated = draft.info.numbers.length === 0 && (draft.info.dates.length > 0 || draft.info.slashDates.length > 0)
    if (bare && dated && next.info.numbers.length > 0 && !next.row) pairs.add(i)
  })
  if (pairs.size < DATE_OVER_NUMBER_HABIT) return drafts
  for (const i of pairs) {
    const [date, day] = [drafts[i]!, drafts[i + 1]!]
    // The learner's own date under their heading (`**日期：2026年6月9日**`) is the day's writing; the check-in's is its date.
    const info: LabelInfo = { ...day.info, dates: date.info.dates, slashDates: date.info.slashDates }
    delete info.weekday
    if (date.info.weekday !== undefined) info.weekday = date.info.weekday
    day.info = info
    day.line = date.line
  }
  return drafts.filter((_, i) => !pairs.has(i))
}

/** Nothing written under the label: no content, no section. */
const unwritten = (d: EntryDraft): boolean => !d.hasContent && d.sections.length === 0

/** A label whose words open with a time of day (`2025-11-21 (木) 18:53 - 19:51`): a session, as a `timed` one is. */
const SESSION_TIME = /^\d{1,2}:\d{2}(?!\d)/

/**
 * Rows of a table of days one after another naming the same day (`| 24.03.04 | A+B |` over `| 24.03.04 | A-B |`: two
 * problems, or two study sessions, of one day), and labels of one day one after another each with its time (sessions),
 * are that day's parts: one entry from its first part to its last, written if any part is, kept elsewhere only if every
 * part is.
 */
function mergePartsOfOneDay(drafts: EntryDraft[]): EntryDraft[] {
  let previous: { draft: EntryDraft; key: string } | null = null
  return drafts.filter((draft) => {
    const part = draft.row === true || draft.info.timed === true || SESSION_TIME.test(draft.info.topic)
    const key = part && draft.info.kind === 'day' ? rowKey(draft.info) : ''
    if (key === '' || previous?.key !== key) {
      previous = key === '' ? null : { draft, key }
      return true
    }
    const kept = previous.draft
    kept.hasContent ||= draft.hasContent
    kept.external &&= draft.external
    kept.endLine = Math.max(kept.endLine, draft.endLine)
    kept.sections.push(...draft.sections)
    return false
  })
}

function rowKey(info: LabelInfo): string {
  return [...dayKeys(info), ...info.slashDates.map((d) => d.parts.join('/'))].join(' ')
}

/** What names a label's days: its numbers and its dates, as comparable keys. */
function dayKeys(info: LabelInfo): string[] {
  return [...info.numbers.map((n) => `#${n}`), ...info.dates.map((d) => `${d.year ?? ''}-${d.month}-${d.day}`)]
}
