/**
 * Reads a log into `BlockReader`'s blocks: the line reader (`block-parser.ts`)
 * where it can, micromark for the stretches it leaves.
 *
 * The line reader starts at a safe point and gives up on a line it cannot read
 * exactly. The stretch from its last safe point to the first safe point after
 * that line goes to micromark; where micromark's tree ends inside an open fence
 * or raw HTML block, the stretch runs on to the line that closes it. A safe point
 * is a line after a blank line that starts at column 0 with a character that
 * cannot continue a list, outside fenced code and raw HTML: it closes every open
 * block, so what comes before it reads the same alone as in the whole document.
 *
 * Definitions: the first pass takes every `[label]:` starting a line for a
 * definition and reads references to those labels; where the definitions found
 * differ, a second pass reads with exactly those (reusing micromark's trees). Each stretch micromark reads is given the
 * definitions from elsewhere that it references (and only those), so the work
 * stays linear whatever the number of definitions.
 *
 * A stretch micromark would take minutes over (containers nested hundreds deep,
 * thousands of nested brackets or delimiters in one paragraph) is not parsed: it
 * counts as plain content, and `notes` says so.
 */
import type { Root, RootContent } from 'mdast'
import { atxHeading, BlockParser, cutsAfterBlank, isBlank } from './block-parser.js'
import { BlockReader, type Block } from './blocks.js'
import type { PlainTextReason, ReadNote } from './types.js'
import { collapseWhitespace } from './whitespace.js'
import { onlyPictures, parseInline, toText, type InlineOptions } from './inline.js'
import {
  closesFence,
  collectDefinitions,
  fenceOpening,
  openAtEnd,
  parseWithDefinitions,
  type MarkdownParser,
  possibleDefinitions,
  referencedKeys,
  type DefinitionKey
} from './markdown.js'

export interface FastStats {
  /** Lines read by the line reader. */
  fastLines: number
  /** Lines given to micromark. */
  slowLines: number
  /** How many stretches went to micromark. */
  slowRegions: number
  /** What the reader could not read as markdown (for the report's notes). */
  notes: ReadNote[]
  /** The lines (1-based) the line reader gave up on. */
  stops: number[]
}

/** A stretch micromark read: kept with its text, in case definitions from elsewhere must be put before it. */
interface Stretch {
  lineOffset: number
  text: string
  tree: Root
  own: Map<DefinitionKey, string>
}

/** Beyond these, micromark's time grows with the square of the input: such a stretch is not given to it. */
const MAX_CONTAINER_DEPTH = 32
const MAX_INDENT = 256
const MAX_BRACKET_DEPTH = 64
const MAX_MARKS_PER_PARAGRAPH = 4000

/** The first safe point at or after `at`, counting fences opened from `from` on so as not to cut inside one. */
function nextSafePoint(lines: readonly string[], from: number, at: number): number {
  let fence: string | null = null
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!
    if (fence !== null) {
      if (closesFence(line, fence)) fence = null
      continue
    }
    if (i >= at && i > 0 && isBlank(lines[i - 1]!) && cutsAfterBlank(line)) return i
    fence = fenceOpening(line)
  }
  return lines.length
}

/**
 * Why micromark should not be given these lines (too deep, too many nested
 * brackets or delimiter runs in one paragraph), with the limit passed, or null where it may.
 */
function tooHardForMicromark(lines: readonly string[]): { why: PlainTextReason; limit: number } | null {
  let brackets = 0
  let deepest = 0
  let marks = 0
  for (const line of lines) {
    if (isBlank(line)) {
      brackets = 0
      marks = 0
      continue
    }
    // Container markers at the start of the line: `>` and list markers, with spaces or tabs between (a tab runs to
    // the next multiple of four columns).
    let depth = 0
    let i = 0
    let column = 0
    for (;;) {
      for (; i < line.length; i++) {
        const c = line.charCodeAt(i)
        if (c === 32) column++
        else if (c === 9) column += 4 - (column % 4)
        else break
      }
      if (column > MAX_INDENT) return { why: 'indent', limit: MAX_INDENT }
      const c = line.charCodeAt(i)
      if (c === 62) {
        i++
        column++
      } else if ((c === 45 || c === 43 || c === 42) && line.charCodeAt(i + 1) === 32) {
        i += 2
        column += 2
      } else break
      if (++depth > MAX_CONTAINER_DEPTH) return { why: 'nesting', limit: MAX_CONTAINER_DEPTH }
    }
    for (; i < line.length; i++) {
      const c = line.charCodeAt(i)
      if (c === 91) {
        brackets++
        if (brackets > deepest) deepest = brackets
        if (deepest > MAX_BRACKET_DEPTH) return { why: 'brackets', limit: MAX_BRACKET_DEPTH }
      } else if (c === 93) {
        if (brackets > 0) brackets--
      }
      if (c === 91 || c === 93 || c === 40 || c === 42 || c === 95 || c === 126 || c === 96 || c === 60) {
        if (++marks > MAX_MARKS_PER_PARAGRAPH) return { why: 'marks', limit: MAX_MARKS_PER_PARAGRAPH }
      }
    }
  }
  return null
}

/**
 * A stretch read as plain content. Its headings stay headings: a `#` line at column 0 after a blank line (or
 * first), outside fenced code and HTML comments, is one in any reading, and a day label above the hard part must
 * not be lost.
 * The writing under each heading (or before the first) is one content block at its first written line.
 */
function asContent(lines: readonly string[], lineOffset: number, options: InlineOptions): Block[] {
  const blocks: Block[] = []
  let fence: string | null = null
  let inComment = false
  let written = false
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (fence !== null) {
      if (closesFence(line, fence)) fence = null
      continue
    }
    if (inComment) {
      inComment = !line.includes('-->')
      continue
    }
    const heading = (i === 0 || isBlank(lines[i - 1]!)) && line.charCodeAt(0) === 35 ? atxHeading(line) : null
    if (heading) {
      const inline = parseInline(heading.text, options)
      if (inline !== null && onlyPictures(inline)) {
        // A heading of a picture only is writing (as blocks.ts reads it).
        blocks.push({ type: 'content', line: lineOffset + i + 1 })
        written = true
        continue
      }
      const text = collapseWhitespace(inline === null ? heading.text : toText(inline, false))
      blocks.push({ type: 'heading', depth: heading.depth, text, line: lineOffset + i + 1 })
      written = false
      continue
    }
    if (!written && !isBlank(line)) {
      blocks.push({ type: 'content', line: lineOffset + i + 1 })
      written = true
    }
    fence = fenceOpening(line)
    // An HTML comment left open runs on past blank lines.
    const comment = line.lastIndexOf('<!--')
    inComment = comment >= 0 && !line.includes('-->', comment + 4)
  }
  return blocks
}

type Region = { blocks: Block[] } | Stretch

/** One pass over the document: the line reader, and micromark for the stretches it leaves. */
function readOnce(
  lines: readonly string[],
  namesSection: (words: string) => boolean,
  options: InlineOptions,
  stats: FastStats,
  parsed: Map<string, Root>,
  parseMarkdown: MarkdownParser
): { regions: Region[]; definitions: Map<DefinitionKey, string> } {
  const parser = new BlockParser(lines, options)
  // The line reader's nodes become blocks as soon as they stand: a long log's tree is never held whole.
  const converter = new BlockReader(lines, namesSection)
  const toBlocks = (nodes: RootContent[]): void => converter.read({ type: 'root', children: nodes }, 0)
  const regions: Region[] = []
  const definitions = new Map<DefinitionKey, string>()
  let position = 0
  while (position < lines.length) {
    const read = parser.read(position, toBlocks)
    toBlocks(read.nodes)
    stats.fastLines += read.safe - position
    regions.push({ blocks: converter.blocks.splice(0) })
    for (const [key, line] of read.definitions) if (!definitions.has(key)) definitions.set(key, line)
    if (read.gaveUpAt === null) break
    stats.stops.push(read.gaveUpAt + 1)
    const { safe } = read
    let to = nextSafePoint(lines, safe, read.gaveUpAt + 1)
    let part = lines.slice(safe, to)
    const refused = tooHardForMicromark(part)
    if (refused !== null) {
      regions.push({ blocks: asContent(part, safe, options) })
      stats.notes.push({ kind: 'plain-text', from: safe + 1, to, ...refused })
      stats.slowLines += to - safe
      stats.slowRegions++
      position = to
      continue
    }
    // A stretch the first pass parsed is the same tree in the second: micromark does not depend on the labels.
    const parse = (text: string): Root => {
      let tree = parsed.get(text)
      if (tree === undefined) parsed.set(text, (tree = parseMarkdown(text)))
      return tree
    }
    let tree = parse(part.join('\n'))
    let closes = openAtEnd(tree, part)
    while (closes && to < lines.length) {
      // The stretch ends inside a fence or raw HTML: run on to the line that closes it.
      let close = to
      while (close < lines.length && !closes(lines[close]!)) close++
      to = nextSafePoint(lines, close + 1, close + 1)
      part = lines.slice(safe, to)
      tree = parse(part.join('\n'))
      closes = openAtEnd(tree, part)
    }
    const own = new Map<DefinitionKey, string>()
    // Every definition holds `]:`; without one there is nothing to look for.
    if (part.some((l) => l.includes(']:'))) collectDefinitions(tree, own)
    for (const [key, line] of own) if (!definitions.has(key)) definitions.set(key, line)
    regions.push({ lineOffset: safe, text: part.join('\n'), tree, own })
    stats.slowLines += to - safe
    stats.slowRegions++
    position = to
  }
  return { regions, definitions }
}

/** Whether the definitions found are exactly the labels assumed (found ones are always among them). */
function sameKeys(found: ReadonlyMap<DefinitionKey, string>, assumed: ReadonlySet<DefinitionKey>): boolean {
  if (found.size !== assumed.size) return false
  for (const key of found.keys()) if (!assumed.has(key)) return false
  return true
}

/**
 * Reads the document into `reader.blocks`: the line reader where it can, micromark
 * for the rest. Gives the blocks a parse of the whole document gives.
 */
export function readBlocksFast(text: string, reader: BlockReader, parseMarkdown: MarkdownParser): FastStats {
  const { lines } = reader
  const fresh = (): FastStats => ({ fastLines: 0, slowLines: 0, slowRegions: 0, notes: [], stops: [] })
  let stats = fresh()
  // Block structure and definitions do not depend on which labels are defined; only references do. So the
  // first pass assumes every `[label]:` starting a line defines its label and reads references to them.
  const possible = possibleDefinitions(text)
  const parsed = new Map<string, Root>()
  let { regions, definitions } = readOnce(lines, reader.namesSection, { labels: possible }, stats, parsed, parseMarkdown)
  if (!sameKeys(definitions, possible)) {
    // Some `[label]:` was no definition (in code, inside a paragraph), or one was missed: read again, knowing them exactly.
    stats = fresh()
    ;({ regions, definitions } = readOnce(
      lines,
      reader.namesSection,
      { labels: new Set(definitions.keys()) },
      stats,
      parsed,
      parseMarkdown
    ))
  }

  for (const region of regions) {
    if ('blocks' in region) {
      // One at a time: a region may hold more blocks than a call takes arguments.
      for (const block of region.blocks) reader.blocks.push(block)
      continue
    }
    if (definitions.size > region.own.size) {
      // Definitions from elsewhere that this stretch references: parse it again with them before it.
      const wanted: string[] = []
      for (const key of referencedKeys(region.text)) {
        const line = definitions.get(key)
        if (line !== undefined && !region.own.has(key)) wanted.push(line)
      }
      if (wanted.length > 0) region.tree = parseWithDefinitions(region.text, wanted, parseMarkdown)
    }
    reader.read(region.tree, region.lineOffset)
  }
  return stats
}
