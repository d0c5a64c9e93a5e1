/**
 * Reads a whole log: markdown in, entries with sections and items out.
 */
import { BlockReader, type Block } from './blocks.js'
import { assembleEntries, type EntryDraft } from './entries.js'
import { settleNeighbours } from './neighbours.js'
import { hiddenDayHeadings } from './hidden-days.js'
import { readLanguage } from './language.js'
import { readBlocksFast } from './fast-blocks.js'
import { markdownParser, type MarkdownParser } from './markdown.js'
import { inferTemplate, type Template } from './template.js'
import { countAcrossStretches } from './stretches.js'
import { spaceHeadings } from './unspaced.js'
import type { Entry, IsoDate, LabelForm, Language, ReadNote, ReadStatus, Reading, SectionRole, StretchCount } from './types.js'
import { buildVocabulary, roleOf, type ExtraVocabulary, type Vocabulary } from './vocabulary.js'
import { formatDate, formInOrder, resolveAmbiguousDates, resolveYears } from './years.js'
import { moveSlippedYears } from './year-slips.js'

export interface ParseOptions {
  /** Words that name sections, added to the built-in Korean and English ones. */
  vocabulary?: ExtraVocabulary
  /** The calendar's start date: the year for dates written without one. */
  startDate?: IsoDate | null
  /** The learner's date: with no year in the log nor a start date, written weekdays choose the latest year up to its. */
  today?: IsoDate | null
  /** `whole` parses the document in one call; only the differential test needs it. */
  mode?: 'chunked' | 'whole'
  /**
   * micromark, for what the line reader cannot read (src/log/micromark.ts). Without it, a log that needs it
   * throws `MarkdownParserNeeded` (src/markdown-on-demand.ts loads it then and reads again).
   */
  markdown?: MarkdownParser
  /** The learner's entry pattern (named groups `day`, `date`, `week`): when given, it alone decides what a day is. */
  entryPattern?: RegExp | null
}

export interface ParsedLog {
  entries: Entry[]
  language: Language
  reading: Reading
  /** What the reader could read only in part: a stretch nested too deep for any reader, dates that do not exist. */
  notes: ReadNote[]
}

/** How many labels naming a day that does not exist the note quotes. */
const NO_SUCH_DATE_SHOWN = 3
/** How many headings typed without their space the note quotes. */
const UNSPACED_SHOWN = 3

/** This many table rows named by days make a note that they were not read as days. */
const TABLE_DAYS = 3

/** This much writing (blocks, a list's bullets one each) without a single entry means the engine could not read the log. */
const UNREAD_WRITING = 5

function normalizeNewlines(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
}

function readBlocks(
  text: string,
  lines: readonly string[],
  mode: 'chunked' | 'whole',
  vocabulary: Vocabulary,
  parseMarkdown: MarkdownParser
): { reader: BlockReader; notes: ReadNote[] } {
  const reader = new BlockReader(lines, (words) => roleOf(words, vocabulary) !== null)
  if (mode === 'whole') {
    reader.read(parseMarkdown(text), 0)
    return { reader, notes: [] }
  }
  // The line reader where it is certain, micromark in stretches for the rest.
  const { notes } = readBlocksFast(text, reader, parseMarkdown)
  return { reader, notes }
}

/** A separator left at a label's end where its topic was never written (`2024.03.05 화 -`; `-- 17 Jan 2024 --` is a frame). */
const DANGLING_SEPARATOR = /\s+[-–—:|·]+$/u
const FRAMED = /^[-–—:|·]/u

function labelOf(draft: EntryDraft): string {
  const numbers = draft.info.numbers
  if (numbers.length === 0) return FRAMED.test(draft.title) ? draft.title : draft.title.replace(DANGLING_SEPARATOR, '')
  // No spread: a label may list many numbers.
  let first = numbers[0]!
  let last = first
  for (const n of numbers) {
    if (n < first) first = n
    if (n > last) last = n
  }
  const prefix = draft.info.kind === 'week' ? 'WEEK' : 'Day'
  return last === first ? `${prefix}${first}` : `${prefix}${first}-${last}`
}

/**
 * What was read only in part, beside the markdown itself: labels naming a day that does not exist (`lostDate`, by
 * draft), tables whose rows are days (a date in the first cell, no link) in a log where no day was read, and days
 * kept in files of their own with the rows of their index that name no day.
 */
function readInPart(blocks: readonly Block[], drafts: readonly EntryDraft[], lostDate: readonly boolean[]): ReadNote[] {
  const notes: ReadNote[] = []
  const unreal = drafts.filter((_, i) => lostDate[i])
  if (unreal.length > 0) {
    const labels = unreal.slice(0, NO_SUCH_DATE_SHOWN).map((d) => ({ line: d.line, text: d.title }))
    notes.push({ kind: 'no-such-date', labels, total: unreal.length })
  }
  let rows = 0
  let line = 0
  for (const block of blocks)
    if (block.type === 'content' && block.dayRows) {
      rows += block.dayRows
      line ||= block.line
    }
  // Rows of days in one shape are read as days; beside days read otherwise, a dated table is a day's writing (a
  // schedule, hours). Only where no day was read were such rows left unread.
  if (rows >= TABLE_DAYS && drafts.length === 0) notes.push({ kind: 'table-days', rows, line })
  const unnamed = blocks.filter((b) => b.type === 'indexRow' && b.unnamed)
  if (unnamed.length > 0) notes.push({ kind: 'index-rows-unnamed', rows: unnamed.length, line: unnamed[0]!.line })
  const elsewhere = drafts.filter((d) => d.external).length
  if (elsewhere > 0) notes.push({ kind: 'kept-elsewhere', days: elsewhere })
  return notes
}

/** Entries found; none in a title or template; none in a log with writing, date-like lines or a table of days. */
function statusOf(entries: Entry[], blocks: readonly Block[], template: Template, tableDays: boolean): ReadStatus {
  if (entries.length > 0) return 'entries'
  if (template.skippedCount > 0 || tableDays) return 'unread'
  let writing = 0
  // A bold label with words after it (`**Progress:** built the parser`) is writing too; so is each bullet of a list (a
  // list of 96 dated lines is a log, not a new one).
  for (const block of blocks) {
    if (block.type === 'items') writing += block.items.length
    else if (block.type === 'content' || (block.type === 'label' && block.rest)) writing++
  }
  return writing >= UNREAD_WRITING ? 'unread' : 'empty'
}

/**
 * The label forms with the entries each started (a week wrapper or a duplicate heading starts none); a day form whose
 * days count within weeks says how (`stretch`).
 */
function formsRead(template: Template, drafts: EntryDraft[], stretches: StretchCount | null): LabelForm[] {
  const counts = template.forms.map(() => 0)
  const inStretch = template.forms.map(() => false)
  for (const draft of drafts) {
    const form = template.formOf.get(draft.labelIndex)
    if (form === undefined) continue
    counts[form]!++
    if (draft.stretch) inStretch[form] = true
  }
  return template.forms
    .map((form, i) => ({ ...form, count: counts[i]!, ...(stretches && inStretch[i] ? { stretch: stretches } : {}) }))
    .filter((form) => form.count > 0)
    .sort((a, b) => a.example.line - b.example.line)
}

function sectionWords(entries: Entry[]): Partial<Record<SectionRole, string[]>> {
  const words: Partial<Record<SectionRole, Set<string>>> = {}
  // `DAY 1 소감`, `DAY 2 소감` … are one label: `DAY N 소감`.
  for (const entry of entries)
    for (const s of entry.sections) if (s.title !== '') (words[s.role] ??= new Set()).add(s.title.replace(/\d+/g, 'N'))
  return Object.fromEntries(Object.entries(words).map(([role, set]) => [role, [...set]]))
}

/**
 * The log read into entries (days and weeks, their sections, tasks and lines), with how it was read: the
 * engine's first step, and the only one that looks at markdown.
 */
export function parseLog(source: string, options: ParseOptions = {}): ParsedLog {
  const text = normalizeNewlines(source)
  const vocabulary = buildVocabulary(options.vocabulary)
  // The one split of the text into lines; headings typed without their space (`##2018.05.30`) read as headings.
  const spaced = spaceHeadings(text.split('\n'))
  const { lines } = spaced
  const { reader, notes } = readBlocks(
    spaced.fixed.length > 0 ? lines.join('\n') : text,
    lines,
    options.mode ?? 'chunked',
    vocabulary,
    markdownParser(options.markdown)
  )
  if (spaced.fixed.length > 0)
    notes.push({ kind: 'unspaced-heading', labels: spaced.fixed.slice(0, UNSPACED_SHOWN), total: spaced.fixed.length })
  const template = inferTemplate(reader.blocks, vocabulary, options.entryPattern ?? null)
  const drafts = settleNeighbours(assembleEntries(reader.blocks, vocabulary, lines.length, template))
  const stretches = countAcrossStretches(drafts)
  for (const draft of drafts) {
    while (draft.endLine > draft.line && (lines[draft.endLine - 1] ?? '').trim() === '') draft.endLine--
  }

  const slash = resolveAmbiguousDates(drafts.map((d) => d.info.slashDates))
  const dated = drafts.map((d) => ({
    dates: [...d.info.dates.map((x) => ({ ...x })), ...slash.read(d.info.slashDates)],
    yearAbove: d.yearAbove,
    ...(d.info.weekday === undefined ? {} : { weekday: d.info.weekday })
  }))
  const { lost: lostDate, fromWeekdays } = resolveYears(dated, options.startDate ?? null, options.today ?? null)

  const entries: Entry[] = drafts.map((draft, i) => {
    const dates = [...new Set(dated[i]!.dates.map(formatDate))].sort()
    const kind = draft.info.kind === 'week' ? 'week' : 'day'
    const numbers = [...draft.info.numbers].sort((a, b) => a - b)
    return {
      kind,
      label: labelOf(draft),
      title: draft.title,
      number: numbers[0] ?? null,
      numbers,
      date: dates[0] ?? null,
      dates,
      dateSource: dates.length > 0 ? 'label' : null,
      line: draft.line,
      endLine: draft.endLine,
      sections: draft.sections,
      hasContent: draft.hasContent,
      external: draft.external,
      ...(draft.info.weekday !== undefined && dates.length === 1 ? { weekday: draft.info.weekday } : {}),
      ...(draft.row ? { row: true as const } : {})
    }
  })
  // `2024-12-31`, then `2024-01-01`: a year not moved on at New Year; those days are read a year on.
  moveSlippedYears(entries, options.today ?? null)
  const partly = readInPart(reader.blocks, drafts, lostDate)
  notes.push(...partly)
  if (fromWeekdays) notes.push({ kind: 'year-from-weekdays', year: fromWeekdays.year, also: fromWeekdays.also })
  const hidden = hiddenDayHeadings(lines, reader.blocks, template)
  if (hidden) notes.push(hidden)
  const { language, otherLetters } = readLanguage(text)
  const reading: Reading = {
    status: statusOf(
      entries,
      reader.blocks,
      template,
      partly.some((n) => n.kind === 'table-days')
    ),
    language,
    ...(otherLetters ? { otherLanguage: true as const } : {}),
    pattern: options.entryPattern?.source ?? null,
    forms: formsRead(template, drafts, stretches).map((f) => ({ ...f, form: formInOrder(f.form, slash.order) })),
    skipped: template.skipped,
    skippedCount: template.skippedCount,
    indexRows: drafts.filter((d) => d.external && !d.linked).length,
    rowsInPlace: drafts.filter((d) => d.inPlace).length,
    linked: drafts.filter((d) => d.external && d.linked).length,
    sections: sectionWords(entries)
  }
  return { entries, language, reading, notes }
}
