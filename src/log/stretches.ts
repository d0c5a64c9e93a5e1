/**
 * Days counted within weeks (or sprints): `Week 2 Day 3`, `2주차 3일차`, or `### Day 3` under `## Week 2`. Where the
 * log starts its count again in a later week (a `Day 1` in week 2), a day's number is its place in its week, and the
 * log's days are numbered on from its first week: five days a week, `Week 2 Day 3` is the log's day 8. Where the
 * count runs on from week to week (`Week 2`, `Day 6`), the numbers already are the log's. A book's chapters (`Chapter 2,
 * Day 4`) are as long as the learner made them: each starts after the last day written in the one before.
 */
import type { EntryDraft } from './entries.js'
import type { StretchCount } from './types.js'

/** More days than this in one stretch is no week, nor a sprint: the numbers are the log's own. */
const MAX_DAYS = 31

/**
 * Renumbers, in place, the numbered days of a log that counts them within its stretches, and says how; null (and
 * nothing changed) where the days count on from stretch to stretch or no day stands in one.
 */
export function countAcrossStretches(drafts: readonly EntryDraft[]): StretchCount | null {
  const counted = drafts.filter((d) => d.stretch !== undefined && d.info.kind === 'day' && d.info.numbers.length > 0)
  if (counted.length === 0) return null
  // The lowest and highest day number in each stretch: a later stretch that starts at or below an earlier one's
  // highest restarts the count.
  const highest = new Map<number, number>()
  const lowest = new Map<number, number>()
  for (const draft of counted) {
    const stretch = draft.stretch!.number
    for (const n of draft.info.numbers) {
      highest.set(stretch, Math.max(highest.get(stretch) ?? n, n))
      lowest.set(stretch, Math.min(lowest.get(stretch) ?? n, n))
    }
  }
  const order = [...highest.keys()].sort((a, b) => a - b)
  let before = -Infinity
  let restarts = false
  for (const stretch of order) {
    if (lowest.get(stretch)! <= before) restarts = true
    before = Math.max(before, highest.get(stretch)!)
  }
  const days = Math.max(...highest.values())
  // One stretch alone counts the same either way; a count that runs on is the log's own.
  if ((!restarts && order.length > 1) || days > MAX_DAYS) return null
  const first = order[0]!
  const form = mostUsed(counted.map((d) => d.stretch!.form))
  // A chapter runs as long as it runs: the next starts after the last day written in it, not after `days`.
  const starts = UNEVEN.test(form) ? runningStarts(order, highest) : null
  for (const draft of counted) {
    const offset = starts ? starts.get(draft.stretch!.number)! : (draft.stretch!.number - first) * days
    draft.info = { ...draft.info, numbers: draft.info.numbers.map((n) => offset + n) }
  }
  return starts ? { form, days, first, starts: [...starts] } : { form, days, first }
}

/** Stretches whose length the learner chooses (a book's chapters, a course's modules), unlike a week's. */
const UNEVEN = /^(?:chapter|module|unit|stage|phase)\b/i

/** Each stretch's number and the log's day its count starts after: the days written in the stretches before it. */
function runningStarts(order: readonly number[], highest: ReadonlyMap<number, number>): Map<number, number> {
  const starts = new Map<number, number>()
  let total = 0
  for (const stretch of order) {
    starts.set(stretch, total)
    total += highest.get(stretch)!
  }
  return starts
}

function mostUsed(forms: readonly string[]): string {
  const counts = new Map<string, number>()
  for (const form of forms) counts.set(form, (counts.get(form) ?? 0) + 1)
  let best = forms[0]!
  for (const [form, count] of counts) if (count > counts.get(best)!) best = form
  return best
}
