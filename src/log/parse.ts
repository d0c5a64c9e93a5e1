/**
 * Reads a whole log: markdown in, entries with sections and items out.
 */
import { BlockReader } from './blocks.js'
import { assembleEntries, type EntryDraft } from './entries.js'
import { detectLanguage } from './language.js'
import { readBlocksFast } from './fast-blocks.js'
import { parseMarkdown } from './markdown.js'
import type { Entry, IsoDate, Language } from './types.js'
import { buildVocabulary, type ExtraVocabulary } from './vocabulary.js'
import { formatDate, resolveSlashDates, resolveYears } from './years.js'

export interface ParseOptions {
  /** Words that name sections, added to the built-in Korean and English ones. */
  vocabulary?: ExtraVocabulary
  /** The calendar's start date: the year for dates written without one. */
  startDate?: IsoDate | null
  /** `whole` parses the document in one call; only the differential test needs it. */
  mode?: 'chunked' | 'whole'
}

export interface ParsedLog {
  entries: Entry[]
  language: Language
}

function normalizeNewlines(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
}

function readBlocks(text: string, mode: 'chunked' | 'whole'): BlockReader {
  const reader = new BlockReader(text)
  if (mode === 'whole') {
    reader.read(parseMarkdown(text), 0)
    return reader
  }
  // The line reader where it is certain, micromark in chunks for the rest.
  readBlocksFast(text, reader)
  return reader
}

function labelOf(draft: EntryDraft): string {
  const [first] = draft.info.numbers
  if (first === undefined) return draft.title
  const last = draft.info.numbers[draft.info.numbers.length - 1]!
  const prefix = draft.info.kind === 'week' ? 'WEEK' : 'Day'
  return last === first ? `${prefix}${first}` : `${prefix}${first}-${last}`
}

export function parseLog(source: string, options: ParseOptions = {}): ParsedLog {
  const text = normalizeNewlines(source)
  const vocabulary = buildVocabulary(options.vocabulary)
  const reader = readBlocks(text, options.mode ?? 'chunked')
  const lines = text.split('\n')
  const drafts = assembleEntries(reader.blocks, vocabulary, lines.length)
  for (const draft of drafts) {
    while (draft.endLine > draft.line && (lines[draft.endLine - 1] ?? '').trim() === '') draft.endLine--
  }

  const slash = resolveSlashDates(drafts.map((d) => d.info.slashDates))
  const dated = drafts.map((d) => ({
    dates: [...d.info.dates.map((x) => ({ ...x })), ...slash(d.info.slashDates)],
    monthContext: d.monthContext
  }))
  resolveYears(dated, options.startDate ?? null)

  const entries: Entry[] = drafts.map((draft, i) => {
    const dates = [...new Set(dated[i]!.dates.map(formatDate))].sort()
    const kind = draft.info.kind === 'week' ? 'week' : 'day'
    return {
      kind,
      label: labelOf(draft),
      title: draft.title,
      number: draft.info.numbers.length > 0 ? Math.min(...draft.info.numbers) : null,
      numbers: [...draft.info.numbers].sort((a, b) => a - b),
      date: dates[0] ?? null,
      dates,
      dateSource: dates.length > 0 ? 'label' : null,
      line: draft.line,
      endLine: draft.endLine,
      sections: draft.sections,
      hasContent: draft.hasContent,
      external: draft.external
    }
  })
  return { entries, language: detectLanguage(text) }
}
