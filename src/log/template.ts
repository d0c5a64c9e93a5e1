/**
 * The log's own template: which of its label-like lines are the day (and week)
 * markers. A learner repeats one label shape for their days — a heading level, a
 * `<summary>`, a bold line or a date line, with a day number or a date in one
 * notation — so the shape that repeats is the day marker, and a date elsewhere is
 * not a day: a progress heading in another shape, a bold or date line inside a
 * log whose days are headings, a date followed by prose, a changelog line.
 *
 * With an entry pattern, the pattern alone decides what a day is.
 */
import { labelText, type Block } from './blocks.js'
import {
  dateAfterWord,
  isVersionTopic,
  mayBeLabel,
  plainLabel,
  readDates,
  readDayOfMonth,
  readLabel,
  readMonthAlone,
  readYearAlone,
  readNumbers,
  type LabelInfo,
  type MonthAbove
} from './labels.js'
import type { LabelForm, LabelPosition as Position, SkippedLabel as Skipped, SkipReason } from './types.js'
import { roleOf, type Vocabulary } from './vocabulary.js'
import { formatDate } from './years.js'
import { collapseWhitespace } from './whitespace.js'

export interface Template {
  /** The label of each block that starts an entry or gives a month, by block index. */
  labels: Map<number, LabelInfo>
  forms: LabelForm[]
  /** Which of `forms` each taken label belongs to, by block index. */
  formOf: Map<number, number>
  /** The first few skipped lines, in document order; `skippedCount` counts them all. */
  skipped: Skipped[]
  skippedCount: number
  /**
   * `## Day 1` with `*2023-03-20*` on the line under it: the date line's label, by the index of the day heading it
   * dates. The date line itself is no writing.
   */
  datedBelow: Map<number, LabelInfo>
  /**
   * The days head their writing with headings above their own level (`#### Day 1` over `## Environment setup`): such
   * a heading right under a day, naming nothing, starts that day's writing rather than ending the day.
   */
  headsAbove: boolean
  /** `### Day001` right after `### 1日目`, at its level and in another shape: headings of that day's writing. */
  echoes: Set<number>
  /**
   * Headings at the level of the day heading above them, or above it in a log that does so as a habit, before the next
   * day's (`### 2024.07.31`, then `## Circom` and `# 常用电路`): that day's writing, not the end of the day.
   */
  betweenDays: Set<number>
}

const SKIPPED_SHOWN = 20
/**
 * How much of a line is read for a label: a longer line is a day's label only as prose is (a date, then that day's
 * words, as a journal writes it), and how much was written that day must not decide whether it is a day.
 */
const MAX_LABEL = 200

/** `Day 0: February 30, 2016 (Example 1)`: the 100 Days of Code template's examples, in its translations. */
const TEMPLATE_EXAMPLE = /^(?:example|exemplo|ejemplo|exemple|beispiel|esempio|voorbeeld|przykład|örnek|пример|例|예시)\s*\d?$/u

const INLINE_SUMMARY = /<summary\b[^<>]*>([^<]{1,40})<\/summary/i

interface Candidate {
  index: number
  position: Position
  line: number
  text: string
  info: LabelInfo
  /** An HTML heading (`<h2>`): the same position as `##`, named as written. */
  html?: boolean
  /** A line that links off the page (`Day28 : [Day28](notes/Day28.md)`): its words after the day are the link's. */
  link?: boolean
}

/** A table of days read beside day headings: this many rows at least, and this many for each heading. */
const MANY_ROWS = 10
const ROWS_PER_HEADING = 5

/** Lines of one shape that open with a day and go on in words, in a log with no other day: this many make a journal. */
const MIN_PROSE_DAYS = 3
const isWeak = (p: Position): boolean => p === 'bold' || p === 'line' || p === 'item' || p === 'row'
/**
 * Where a day of the month alone (`2일 (수)`) may name a day under a month's heading: a heading or a fold, or a line
 * (`2일: 백준 [A + B](…)`; prose where words follow that link nowhere). Not a bullet or bold words, which count things
 * as often (`- 3일 동안`). (A table row is a candidate only where its first cell reads as a day without the month.)
 */
const readsDayOfMonth = (p: Position): boolean => p !== 'bold' && p !== 'item'
/** A form's day part: `Day N` of `Day N · YYYY-MM-DD` and of `Day N … YYYY-MM-DD` (a date after the topic). */
const leadOf = (form: string): string => form.split(/ [·…] /)[0]!

function candidateOf(block: Block, index: number, pattern: boolean): Omit<Candidate, 'info'> | null {
  switch (block.type) {
    case 'heading':
      return { index, position: `h${block.depth}` as Position, line: block.line, text: block.text, ...(block.html ? { html: true } : {}) }
    case 'summary':
      return block.nested ? null : { index, position: 'summary', line: block.line, text: block.text }
    case 'label': {
      // A bullet's bold words name a section, never a day: a bullet that may be a day is an `itemLabel`.
      if (block.item) return null
      if (!block.inline) return { index, position: 'bold', line: block.line, text: block.text }
      // `**Day 12** - 2025/03/03`: where the bold words name a day, the words after them may date it.
      const bold = readLabel(block.text)
      if (bold?.kind === 'day' || bold?.kind === 'week') return { index, position: 'bold', line: block.line, text: labelText(block) }
      // `**Date:** 2025-03-03`: bold words that say a date follows, then the date.
      const dated = dateAfterWord(block.text, block.after ?? '')
      return dated === null ? null : { index, position: 'bold', line: block.line, text: dated }
    }
    case 'itemLabel':
      return { index, position: block.row ? 'row' : 'item', line: block.line, text: block.text }
    case 'content': {
      if (block.text === undefined) return null
      // `![Day 2 Progress](shot.png)`: a picture's words describe it; they start no day.
      if (block.text.trimStart().startsWith('![')) return null
      if (!pattern && !mayBeLabel(block.text)) return null
      const text = block.text.length > MAX_LABEL ? block.text.slice(0, MAX_LABEL) : block.text
      return { index, position: 'line', line: block.line, text, ...(block.link ? { link: true } : {}) }
    }
    default:
      return null
  }
}

/**
 * Reads a label with the learner's pattern: named groups `day`, `date` and `week`
 * say where the numbers and dates are. Matched against the label's text without
 * markup (tags, `**`, backticks), case-insensitively.
 */
function readByPattern(raw: string, pattern: RegExp): LabelInfo | null {
  const text = collapseWhitespace(raw.replace(/<[^<>]*>/g, ' ').replace(/\*+|_{2,}|`+|~~/g, ''))
  const m = pattern.exec(text)
  const groups = m?.groups
  if (!groups) return null
  const form = 'entry-pattern'
  if (groups.week) {
    const numbers = readNumbers(groups.week)
    return numbers.length > 0 ? { kind: 'week', numbers, dates: [], slashDates: [], form, topic: '' } : null
  }
  const numbers = groups.day ? readNumbers(groups.day) : []
  const dated = groups.date ? readDates(groups.date) : null
  if (numbers.length === 0 && !dated) return null
  return { kind: 'day', numbers, dates: dated?.dates ?? [], slashDates: dated?.slashDates ?? [], form, topic: '' }
}

/** A label as the reading quotes it: a line of a paragraph may run on for a thousand characters. */
const MAX_QUOTED = 80
function quoted(text: string): string {
  const chars = Array.from(text)
  return chars.length > MAX_QUOTED ? `${chars.slice(0, MAX_QUOTED - 1).join('')}…` : text
}

/** A candidate's label form, which days of one log share (at whatever heading level). */
const shapeOf = (c: Candidate): string => c.info.form

/**
 * Which labels mark a day or a week in this log, learned from the log itself (or given by `entry-pattern`):
 * each learner invents a format, so none is assumed.
 */
export function inferTemplate(blocks: readonly Block[], vocabulary: Vocabulary, pattern: RegExp | null = null): Template {
  const labels = new Map<number, LabelInfo>()
  const days: Candidate[] = []
  /** Lines opening with a day's label, words after it (`11 Dec 2025 — 4 hours`). */
  const prose: Candidate[] = []
  const weeks: Candidate[] = []
  /** Days whose topic is a version number: a changelog's lines, unless they are few among the days. */
  const versioned: Candidate[] = []
  const skipped: Skipped[] = []
  let skippedCount = 0
  const skip = (c: Omit<Candidate, 'info'>, reason: SkipReason): void => {
    skippedCount++
    if (skipped.length < SKIPPED_SHOWN) skipped.push({ line: c.line, text: quoted(plainLabel(c.text)), reason })
  }

  /**
   * The month the last month heading named (`# 2022년 12월`, or `## 7월` alone): the days of it below may name only their
   * day (`### 1일`).
   */
  let monthAbove: MonthAbove | null = null
  /** The text of the last heading of each level, for the outline a numbered heading may stand in. */
  const headingAt: string[] = []
  blocks.forEach((block, index) => {
    if (block.type === 'heading') headingAt.length = block.depth - 1
    const candidate = candidateOf(block, index, pattern !== null)
    if (block.type === 'heading') headingAt[block.depth - 1] = block.text
    if (!candidate) return
    if (pattern) {
      const info = readByPattern(candidate.text, pattern)
      if (info) (info.kind === 'week' ? weeks : days).push({ ...candidate, info })
      else if (!isWeak(candidate.position)) {
        // Month and year wrappers still give their year to the days inside.
        const month = readLabel(candidate.text)
        const wrapper = month?.kind === 'month' ? month : readYearAlone(candidate.text)
        if (wrapper) labels.set(index, wrapper)
      }
      return
    }
    if (candidate.position === 'line') {
      // `<font size="3"> <details><summary>2023.03</summary>` in a paragraph: a month wrapper all the same.
      const inline = INLINE_SUMMARY.exec(candidate.text)
      const month = inline ? readLabel(inline[1]!) : null
      if (month?.kind === 'month') {
        labels.set(index, month)
        monthAbove = month.month ?? null
        return
      }
    }
    const info =
      readLabel(candidate.text) ?? (monthAbove && readsDayOfMonth(candidate.position) ? readDayOfMonth(candidate.text, monthAbove) : null)
    if (!info) {
      if (isWeak(candidate.position)) return
      // `## 7월` alone: no label, and no day, but the month of the days below it; `## 2022` their year.
      const alone = readMonthAlone(candidate.text)
      if (alone) monthAbove = alone
      const year = alone ? null : readYearAlone(candidate.text)
      if (year) labels.set(index, year)
      return
    }
    if (info.kind === 'month') {
      if (!isWeak(candidate.position)) {
        labels.set(index, info)
        monthAbove = info.month ?? null
      }
      return
    }
    if (info.kind === 'week') {
      if (!isWeak(candidate.position)) weeks.push({ ...candidate, info })
      return
    }
    if (TEMPLATE_EXAMPLE.test(info.topic)) return skip(candidate, 'example')
    if (block.type === 'heading' && isOutlineNumber(info, headingAt, block.depth)) return
    // A line with words after its label is prose, unless they link to where the day is written (or nothing else is a day).
    if (candidate.position === 'line' && info.topic !== '' && !candidate.link) return void prose.push({ ...candidate, info })
    if (isVersionTopic(info.topic)) versioned.push({ ...candidate, info })
    else days.push({ ...candidate, info })
  })
  // Such lines are days where the log's days are date lines of the same shape (`04.09: .....` beside `04.10: 스프링
  // 강의`), or where nothing else names a day (`11 Dec 2025 — 4 hours`, then its notes): then those of the shape written
  // most, three at least. Otherwise, and where headings name as many days as date lines, they are prose.
  const dateLines = days.filter((c) => c.position === 'line')
  const headed = dateLines.length <= days.filter((c) => !isWeak(c.position)).length
  const lineForms = new Set(headed ? [] : dateLines.map((c) => c.info.form))
  const lines = days.length === 0 && weeks.length === 0 ? groupBy(prose).filter((g) => g.length >= MIN_PROSE_DAYS) : []
  const journal = lines.reduce<Candidate[]>((best, g) => (g.length > best.length ? g : best), [])
  const taken = [...journal, ...prose.filter((c) => lineForms.has(c.info.form))]
  if (taken.length > 0) {
    days.push(...taken)
    days.sort((a, b) => a.index - b.index)
  }
  for (const c of prose) if (!taken.includes(c)) skip(c, 'prose')
  // A date then a version number is a changelog's line; among many days of the same shape that name no version, it
  // is a day whose topic is a release (`February 1, 2026: v1.0.1 Patch Release`).
  const shapes = versioned.length * 2 < days.length ? new Set(days.map(shapeOf)) : new Set<string>()
  const releases = versioned.filter((c) => shapes.has(shapeOf(c)))
  if (releases.length > 0) {
    days.push(...releases)
    days.sort((a, b) => a.index - b.index)
  }
  for (const c of versioned) if (!releases.includes(c)) skip(c, 'changelog')

  const forms: LabelForm[] = []
  const formOf = new Map<number, number>()
  const take = (group: Candidate[]): void => {
    const [first] = group
    if (!first) return
    for (const c of group) {
      labels.set(c.index, c.info)
      formOf.set(c.index, forms.length)
    }
    forms.push({
      kind: first.info.kind === 'week' ? 'week' : 'day',
      position: first.position,
      form: first.info.form,
      count: group.length,
      example: { line: first.line, text: quoted(plainLabel(first.text)) },
      ...(first.html ? { html: true } : {})
    })
  }

  const result = (datedBelow: Map<number, LabelInfo>, echoes: Set<number>): Template => ({
    labels,
    forms,
    formOf,
    skipped,
    skippedCount,
    datedBelow,
    headsAbove: headsAbove(blocks, labels, datedBelow),
    echoes,
    betweenDays: headingsBetweenDays(blocks, labels)
  })

  for (const group of groupBy(weeks)) take(group)
  if (pattern) {
    for (const group of groupBy(days)) take(group)
    return result(new Map(), new Set())
  }

  // Date lines right under a heading: the date of that heading's day where it has none, known once the days are.
  const under: Candidate[] = []
  // `### Day 1: Object Pooling` over `#### June 24, 2018`: a date heading right under an undated day heading is that
  // day's date, not a day of its own (else every day is empty, its writing under its date).
  const byIndex = new Map<number, Candidate>()
  for (const c of days) byIndex.set(c.index, c)
  const ownDays = days.filter((c) => {
    const above = byIndex.get(c.index - 1)
    // `## Day 53` over `### R1D53 2/22/19`: the same day again, in the shape that dates it.
    const sameDay = (c.info.dates.length > 0 || c.info.slashDates.length > 0) && sameNumbers(c.info.numbers, above?.info.numbers ?? [])
    const datesAbove =
      above !== undefined &&
      !isWeak(c.position) &&
      !isWeak(above.position) &&
      (c.info.numbers.length === 0 || sameDay) &&
      c.info.topic === '' &&
      above.info.numbers.length > 0 &&
      above.info.dates.length === 0 &&
      above.info.slashDates.length === 0
    if (datesAbove) under.push(c)
    return !datesAbove
  })
  const groups = groupBy(ownDays)
  const echoIndices = new Set<number>()
  // Bold and date lines are day markers only where they outnumber the headings and summaries.
  const strongTotal = ownDays.filter((c) => !isWeak(c.position)).length
  // Bullets and table rows are days only in a log with no day headings, and three at least: two dated bullets are more
  // often deadlines, a few dated rows a schedule. Rows of a table of days many times the headings (`<summary>` notes
  // beside 60 rows of days) are days too; a short schedule under each day's heading is not.
  const listed = (p: Position): boolean => p === 'item' || p === 'row'
  const manyRows = (g: Candidate[]): boolean =>
    g[0]!.position === 'row' && g.length >= MANY_ROWS && g.length >= ROWS_PER_HEADING * strongTotal
  // Bold and date lines many times a group of bullets or rows (66 `` `DAY-N` : … `` lines beside a summary table of six
  // parts): the lines are the days, the rows a summary.
  const linesTotal = ownDays.filter((c) => c.position === 'bold' || c.position === 'line').length
  const eligible = groups.filter((g) =>
    listed(g[0]!.position)
      ? (strongTotal === 0 && g.length >= 3 && g.length * 4 >= linesTotal) || manyRows(g)
      : !isWeak(g[0]!.position) || (g.length >= 2 && g.length > strongTotal)
  )
  // The main shape is the most written one, but not one whose every label names a section (`### Day3 进度`,
  // `### Day4 计划` under each `## Day 3 2020-07-06`): those are the days' sections, however many.
  const sectionsOnly = (g: Candidate[]): boolean => g.every((c) => roleOf(c.text, vocabulary) !== null)
  const candidates = eligible.some((g) => !sectionsOnly(g)) ? eligible.filter((g) => !sectionsOnly(g)) : eligible
  const main = candidates.reduce<Candidate[] | null>((best, g) => (best === null || g.length > best.length ? g : best), null)
  // Which main entry each block stands inside: only asked about groups of another shape.
  let inside: Map<number, Candidate> | null = null
  const enclosing = (c: Candidate): Candidate | undefined => (inside ??= main ? insideEntries(blocks, main) : new Map()).get(c.index)
  const nestedInMain = (group: Candidate[]): boolean => group.every((c) => enclosing(c) !== undefined)
  for (const group of groups) {
    const head = group[0]!
    if (!eligible.includes(group)) {
      // A dated bullet or row in a log whose days are headings is writing, not worth a line in --explain.
      if (listed(head.position)) continue
      for (const c of group) {
        if (roleOf(c.text, vocabulary)) continue
        if (c.info.numbers.length === 0 && c.info.topic === '' && blocks[c.index - 1]?.type === 'heading') under.push(c)
        else skip(c, 'headings')
      }
      continue
    }
    // Shaped like a day but named as a section ("### DAY 4 소감" under "## Day5"): that day's section, whose number
    // the check holds to its day, not a day of its own.
    if (group !== main && sectionsOnly(group) && nestedInMain(group)) continue
    const samePosition = main !== null && head.position === main[0]!.position
    const like = main !== null && (samePosition || leadOf(head.info.form) === leadOf(main[0]!.info.form))
    const nested = group !== main && !like && nestedInMain(group)
    if (like && group !== main && !samePosition) {
      // `### Day 17との比較` under `## Day 18`: a day's heading that names an earlier day, or itself, speaks of it.
      // One that moves on (`### Day 19` under `## Day 18`, a heading level mistyped) is a day.
      const backwards = runsBackwards(main)
      const moving = group.filter((c) => {
        const day = enclosing(c)
        return day === undefined || movesOn(c.info, day.info, backwards)
      })
      take(moving)
      for (const c of group) if (!moving.includes(c) && !roleOf(c.text, vocabulary)) skip(c, 'nested')
      continue
    }
    if (nested && main !== null) {
      // `### R1D40 2/9/18` inside `## Day 41`, the log's days written in another shape from there on: a label naming a
      // day the main shape never names is a day; one naming the day it stands in speaks of it.
      const named = new Set(main.flatMap((c) => c.info.numbers))
      const fresh = group.filter((c) => c.info.numbers.length > 0 && !c.info.numbers.some((n) => named.has(n)))
      if (fresh.length >= 2) {
        take(fresh)
        for (const c of group) if (!fresh.includes(c) && !roleOf(c.text, vocabulary)) skip(c, 'nested')
        continue
      }
    }
    if (samePosition && group !== main) {
      // `### Day001` right after `### 1日目: 2022年11月24日`, in another shape and at its level: a heading of that
      // day's writing naming it again, not the day a second time.
      const echoes = group.filter((c) => {
        const before = labelBefore(ownDays, c)
        return before !== undefined && main.includes(before) && namesSameDay(c.info, before.info)
      })
      for (const c of echoes) {
        skip(c, 'nested')
        if (c.position !== 'summary') echoIndices.add(c.index)
      }
      take(group.filter((c) => !echoes.includes(c)))
      continue
    }
    if (group === main || like || (!nested && group.length >= 2 && main !== null && group.length * 4 >= main.length)) take(group)
    else for (const c of group) if (!roleOf(c.text, vocabulary)) skip(c, nested ? 'nested' : group.length === 1 ? 'once' : 'shape')
  }
  const datedBelow = new Map<number, LabelInfo>()
  for (const c of under) {
    const day = labels.get(c.index - 1)
    if (day?.kind === 'day' && day.dates.length === 0 && day.slashDates.length === 0) datedBelow.set(c.index - 1, c.info)
    else skip(c, 'headings')
  }
  skipped.sort((a, b) => a.line - b.line)
  return result(datedBelow, echoIndices)
}

/** A log heads its days' writing above their level where two days or more do: once could be a day left empty. */
const HEADS_ABOVE = 2

/**
 * Whether day headings are followed, again and again, by a higher heading naming nothing and writing under it (past
 * the line that dates the day, where one does: `### Day 40`, `**Round 2 Day 40, March 24th, 2021**`, `## Contents 40`).
 */
function headsAbove(blocks: readonly Block[], labels: ReadonlyMap<number, LabelInfo>, datedBelow: ReadonlyMap<number, LabelInfo>): boolean {
  let seen = 0
  for (const [index, info] of labels) {
    const day = blocks[index]
    const skip = datedBelow.has(index) ? 1 : 0
    const next = blocks[index + 1 + skip]
    const after = blocks[index + 2 + skip]
    if (info.kind !== 'day' || day?.type !== 'heading' || next?.type !== 'heading' || labels.has(index + 1 + skip)) continue
    if (next.depth < day.depth && after !== undefined && after.type !== 'heading' && ++seen >= HEADS_ABOVE) return true
  }
  return false
}

/** A log heads its days' writing above their level where two days do: once is a part of the log (`# Notes`). */
const GAPS_HEADED_ABOVE = 2

/** A heading naming days off (`## 주말`, `## Break`, `## 週末`): the days after the day above it, not its writing. */
const DAYS_OFF =
  /^(?:주말|휴식|휴가|방학|연휴|weekends?|break|vacation|holidays?|days?\s+off|週末|休み|休日|周末|休息|假期|放假)(?![a-z0-9])/

/**
 * The headings of `Template.betweenDays`: at the day heading's level, or above it where the log does so as a habit,
 * before the next day heading or days off, with writing under them (`# Notes` right over the next day heads the days
 * after it).
 */
function headingsBetweenDays(blocks: readonly Block[], labels: ReadonlyMap<number, LabelInfo>): Set<number> {
  const level: number[] = []
  const above: number[] = []
  let gapsAbove = 0
  let dayDepth: number | null = null
  let pending: { index: number; above: boolean }[] = []
  /** The headings since the day, up to the block at `end`, that have writing under them, are the day's. */
  const closeGap = (end: number): void => {
    let last = end - 1
    while (pending.length > 0 && pending[pending.length - 1]!.index === last) {
      pending.pop()
      last--
    }
    for (const p of pending) (p.above ? above : level).push(p.index)
    if (pending.some((p) => p.above)) gapsAbove++
    pending = []
  }
  blocks.forEach((block, index) => {
    if (block.type !== 'heading') return
    const info = labels.get(index)
    if (info === undefined) {
      if (dayDepth === null || block.depth > dayDepth) return
      if (!DAYS_OFF.test(plainLabel(block.text).toLowerCase())) return void pending.push({ index, above: block.depth < dayDepth })
      // What follows days off, up to the next day, is written in them.
      closeGap(index)
      dayDepth = null
      return
    }
    if (info.kind === 'day') closeGap(index)
    pending = []
    dayDepth = info.kind === 'day' ? block.depth : null
  })
  // After the last day, headings at its level, where the log writes its days so: the last day's writing too (one
  // above it heads an appendix: `# Links`).
  if (dayDepth !== null && level.length > 0) {
    pending = pending.filter((p) => !p.above)
    closeGap(blocks.length)
  }
  return new Set(gapsAbove >= GAPS_HEADED_ABOVE ? [...level, ...above] : level)
}

/**
 * The blocks that stand inside an entry of the main group, each with the entry's label: within a main `<summary>`'s
 * `<details>`, or under a main heading and deeper than it. (Bold and date-line days have no such bounds, and nothing
 * is counted as inside them.)
 */
function insideEntries(blocks: readonly Block[], main: Candidate[]): Map<number, Candidate> {
  const inside = new Map<number, Candidate>()
  const position = main[0]!.position
  if (isWeak(position)) return inside
  const starts = new Map(main.map((c) => [c.index, c]))
  const level = position === 'summary' ? null : Number(position.slice(1))
  let depth = 0
  let open: { depth: number; day: Candidate } | null = null
  blocks.forEach((block, index) => {
    const start = starts.get(index)
    if (block.type === 'open') depth++
    else if (block.type === 'close') {
      depth = Math.max(0, depth - 1)
      if (level === null && open !== null && depth < open.depth) open = null
    } else if (start) {
      open = { depth: level ?? depth, day: start }
      return
    } else if (level !== null && block.type === 'heading' && block.depth <= level && !block.setext) open = null
    if (open !== null) inside.set(index, open.day)
  })
  return inside
}

/** The label that stands last before a candidate, of any shape, if any. */
function labelBefore(candidates: readonly Candidate[], c: Candidate): Candidate | undefined {
  let before: Candidate | undefined
  for (const other of candidates) {
    if (other.index >= c.index) break
    before = other
  }
  return before
}

/** Whether a label names the very days another does: its numbers, or with none, its dates. */
function namesSameDay(label: LabelInfo, day: LabelInfo | undefined): boolean {
  if (!day) return false
  if (label.numbers.length > 0 || day.numbers.length > 0) return sameNumbers(label.numbers, day.numbers)
  const key = (info: LabelInfo): string => info.dates.map((d) => `${d.year ?? ''}-${d.month}-${d.day}`).join()
  if (label.dates.length > 0 && key(label) === key(day)) return true
  // `# 4.29` or `# 4月29号` under `# 2026-04-29`: the day's month and day again, without its year.
  const [date] = day.dates
  if (day.dates.length !== 1 || label.dates.length + label.slashDates.length !== 1) return false
  const [named] = label.dates
  if (named) return named.year === null && named.month === date!.month && named.day === date!.day
  const [a, b, year] = label.slashDates[0]!.parts
  const { month, day: dayOfMonth } = date!
  return year === undefined && ((a === month && b === dayOfMonth) || (a === dayOfMonth && b === month))
}

/** Whether two labels name the same days, in the same order (and any at all). */
function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  return a.length > 0 && a.length === b.length && a.every((n, i) => n === b[i])
}

/** A label's highest number, as text that sorts as the number does; `''` where it has none. */
const lastNumber = (info: LabelInfo): string => (info.numbers.length > 0 ? String(Math.max(...info.numbers)).padStart(6, '0') : '')

/** A label's last date, as text that sorts by time (a date with no year first); `''` where it has none. */
const lastDate = (info: LabelInfo): string => info.dates.map(formatDate).sort().pop() ?? ''

/** Whether a log's days run newest first: more of them name an earlier day than the one above than a later one. */
function runsBackwards(days: readonly Candidate[]): boolean {
  let balance = 0
  for (let i = 1; i < days.length; i++) {
    const [above, below] = [days[i - 1]!.info, days[i]!.info]
    const key = above.numbers.length > 0 && below.numbers.length > 0 ? lastNumber : lastDate
    const [a, b] = [key(above), key(below)]
    if (a !== '' && b !== '') balance += a > b ? 1 : a < b ? -1 : 0
  }
  return balance > 0
}

/**
 * Whether a label names the day after `day`'s in the log's order: a higher number, or a later date where both have
 * dates in full (a lower or earlier one in a log written newest first).
 */
function movesOn(label: LabelInfo, day: LabelInfo, backwards: boolean): boolean {
  const numbered = label.numbers.length > 0 && day.numbers.length > 0
  const key = numbered ? lastNumber : lastDate
  const [a, b] = [key(label), key(day)]
  if (a === '' || b === '') return true
  return backwards ? a < b : a > b
}

/**
 * `### 1.1 목적` under `## 1.UML`: a section numbered in the outline of the heading above it, its first number that
 * heading's, not a date (`1.1`, `2.1` … read as days of January).
 */
function isOutlineNumber(info: LabelInfo, headingAt: readonly (string | undefined)[], depth: number): boolean {
  const [date] = info.slashDates
  if (info.slashDates.length !== 1 || info.dates.length > 0 || info.numbers.length > 0 || date!.sep !== '.' || date!.parts.length !== 2)
    return false
  let parent: string | undefined
  for (let d = depth - 2; d >= 0 && parent === undefined; d--) parent = headingAt[d]
  if (parent === undefined || readLabel(parent) !== null) return false
  const m = OUTLINE_HEAD.exec(plainLabel(parent))
  return m !== null && Number(m[1]) === date!.parts[0]
}
/** The number a heading of an outline starts with (`1.UML`, `2. 예외`, `3 - API`, `(4) 로그인`). */
const OUTLINE_HEAD = /^\(?(\d{1,2})(?:[.)]|\s+[-–:]|\s)/

/** Candidates grouped by position and form, in the order each group first appears. */
function groupBy(candidates: Candidate[]): Candidate[][] {
  const groups = new Map<string, Candidate[]>()
  for (const c of candidates) {
    const key = `${c.position}|${c.info.form}`
    const group = groups.get(key)
    if (group) group.push(c)
    else groups.set(key, [c])
  }
  return [...groups.values()]
}
