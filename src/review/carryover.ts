/**
 * Tasks the learner keeps carrying over. A task left undone, or a goal for
 * tomorrow that the next day did not do, stays open until a later day lists it
 * as done, or lets it go (struck through, or marked with a drop word): then
 * the record says `dropped`. Re-listing it does not make a new record.
 */
import type { Entry } from '../log/types.js'
import { doneKeys, DROP_WORDS, droppedKeys, isDropped, taskKey } from './tasks.js'
import type { CarryOver } from './types.js'

export interface AgeCounter {
  /** Workdays from one day to another, or null when no calendar can say. */
  (from: Entry, to: Entry | null): number
}

/**
 * Whether a day lists anything done (a ticked box, a done section). A plain bullet for tomorrow (`- GIT 강의 마저 듣기`)
 * is done when a later day lists it done: in a log that never lists anything done, no goal could ever be, and none
 * is said to be carried (`untrackedGoals` counts them for a note).
 */
function listsDone(days: readonly Entry[]): boolean {
  return days.some((day) => day.sections.some((section) => section.items.some((item) => item.done === true)))
}

/** The plain bullets for tomorrow whose doing cannot be followed, in a log that never lists anything done. */
export function untrackedGoals(days: readonly Entry[]): number {
  if (listsDone(days)) return 0
  let goals = 0
  for (const day of days)
    for (const section of day.sections)
      if (section.role === 'goals' && section.forTomorrow) goals += section.items.filter((i) => i.done === null).length
  return goals
}

/** `days` must be the logged, due days in chronological order. */
export function trackCarryOver(days: readonly Entry[], age: AgeCounter, dropWords: readonly string[] = DROP_WORDS): CarryOver[] {
  const open = new Map<string, CarryOver>()
  const records: CarryOver[] = []
  const starts = new Map<CarryOver, Entry>()
  const resolvedBy = new Map<CarryOver, Entry>()
  const fromGoal = new Set<CarryOver>()
  const touch = (key: string, text: string, line: number, day: Entry, goal: boolean): void => {
    const found = open.get(key)
    if (found) {
      // `기본 과제 2 완료` as a goal is better named by the day that lists it undone: `기본 과제 2`.
      if (!goal && fromGoal.delete(found)) found.text = text
      if (found.openIn[found.openIn.length - 1] !== day.label) found.openIn.push(day.label)
      found.lastOpen = day.label
      found.lastOpenDate = day.date
      found.lastOpenLine = day.line
      return
    }
    const record: CarryOver = {
      text,
      from: day.label,
      fromDate: day.date,
      lastOpen: day.label,
      lastOpenDate: day.date,
      resolvedIn: null,
      resolvedDate: null,
      dropped: false,
      age: 0,
      line,
      openIn: [day.label],
      fromLine: day.line,
      lastOpenLine: day.line,
      resolvedLine: null
    }
    open.set(key, record)
    if (goal) fromGoal.add(record)
    records.push(record)
    starts.set(record, day)
  }

  const end = (key: string, day: Entry, dropped: boolean): void => {
    const record = open.get(key)
    if (!record) return
    record.resolvedIn = day.label
    record.resolvedDate = day.date
    record.resolvedLine = day.line
    record.dropped = dropped
    resolvedBy.set(record, day)
    open.delete(key)
  }

  const tracked = listsDone(days)
  days.forEach((day, i) => {
    const done = doneKeys(day, dropWords)
    const dropped = droppedKeys(day, dropWords)
    // Look up what the day did or let go, not every open task: open tasks pile up over a long log.
    for (const key of done) end(key, day, false)
    for (const key of dropped) end(key, day, true)
    const settled = (key: string) => key === '' || done.has(key) || dropped.has(key)
    const previous = i > 0 ? days[i - 1] : undefined
    for (const section of previous?.sections ?? []) {
      if (section.role !== 'goals' || !section.forTomorrow) continue
      for (const item of section.items) {
        const key = taskKey(item.text, dropWords)
        if (item.done === null && !tracked) continue
        if (item.done !== true && !isDropped(item, dropWords) && !settled(key)) touch(key, item.text, item.line, day, true)
      }
    }
    for (const section of day.sections) {
      for (const item of section.items) {
        const key = taskKey(item.text, dropWords)
        if (item.done === false && !isDropped(item, dropWords) && !settled(key)) touch(key, item.text, item.line, day, false)
      }
    }
  })
  for (const record of records) record.age = age(starts.get(record)!, resolvedBy.get(record) ?? null)
  return records
}
