/**
 * The line reader: CommonMark's block structure, with GFM tables and task list
 * items, read line by line into the mdast micromark gives (inlines by
 * `inline.ts`). It follows the reference parser's procedure (commonmark.js:
 * open blocks, continuation markers, lazy lines, block starts in a fixed order)
 * for what it knows exactly, and gives up, naming the line, on anything else:
 * control characters, tabs other than in indentation, code and HTML, raw HTML
 * blocks other than comments, footnote definitions, multi-line link definitions,
 * tables inside containers, a reference to a possible definition, more than
 * `MAX_OPEN` open blocks.
 *
 * With tabs, indentation is counted in columns (a tab runs to the next multiple
 * of four) and a tab taken in part by a container becomes spaces, as in commonmark.js.
 *
 * It reads from a safe point, where the document may be cut (see `cutsAfterBlank`),
 * and keeps the top-level nodes read before the last safe point it passed.
 * Nodes carry lines only in their positions (columns and offsets are 0);
 * `spread` is always false and a code block's `lang`/`meta` are its info string's
 * words as written: the block reader does not read them.
 */
import type {
  Blockquote,
  FootnoteDefinition,
  Code,
  Definition,
  Heading,
  Html,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Table,
  TableCell,
  TableRow
} from 'mdast'
import { normalizeIdentifier } from 'micromark-util-normalize-identifier'
import { closingTagEnd, openTagEnd, parseInline, type InlineOptions } from './inline.js'
import { definitionLine } from './markdown.js'

class GiveUp {
  constructor(readonly line: number) {}
}

/** Open blocks at most (containers and a leaf): deeper nesting is left to the caller's guard. */
const MAX_OPEN = 64

/** CommonMark's kind-6 HTML block names (as in micromark-util-html-tag-name). */
const BLOCK_NAMES = new Set(
  (
    'address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt fieldset ' +
    'figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link main menu menuitem ' +
    'nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead title tr track ul'
  ).split(' ')
)

/** Control characters and CR (tabs apart): the reader leaves such lines to micromark. */
const ODD = /[\0-\x08\x0b-\x1f\x7f]/
/** First characters of a block start: headings, fences, HTML, quotes, setext, breaks, list markers, footnotes. */
const MAY_START_BLOCK = new Set('#`~<>=-+*_[0123456789')
const ATX = /^#{1,6}(?: |$)/
const FENCE = /^(?:`{3,}|~{3,})/
const RAW_HTML = /^<(?:(?:script|pre|style|textarea)(?![A-Za-z0-9-])|\?|![A-Za-z]|!\[CDATA\[)/i
const TAG_NAME = /^<\/?([A-Za-z][A-Za-z0-9-]*)/
const ORDERED = /^(\d{1,9})([.)])/

/** A line after a blank one that no open container can take, so the document may be cut before it. */
export function cutsAfterBlank(line: string): boolean {
  if (line.length === 0) return false
  const c = line.charCodeAt(0)
  if (c === 32 || c === 9) return false
  if (c === 45 || c === 43 || c === 42) return false // - + *
  if (c >= 48 && c <= 57) return false // digits
  return true
}

/**
 * An ATX heading's depth and text as written (`## Day 5 ##` → 2, `Day 5`), or null. The text runs from after the
 * marker and spaces to before a closing run of #s that follows a space. A loop: the line may be hostile.
 */
export function atxHeading(line: string): { depth: number; text: string } | null {
  let depth = 0
  while (depth < line.length && line.charCodeAt(depth) === 35) depth++
  if (depth === 0 || depth > 6 || (depth < line.length && line.charCodeAt(depth) !== 32)) return null
  let start = depth
  while (start < line.length && line.charCodeAt(start) === 32) start++
  let end = line.length
  while (end > start && line.charCodeAt(end - 1) === 32) end--
  let hashes = end
  while (hashes > start && line.charCodeAt(hashes - 1) === 35) hashes--
  if (hashes < end && (hashes === start || line.charCodeAt(hashes - 1) === 32)) {
    end = hashes
    while (end > start && line.charCodeAt(end - 1) === 32) end--
  }
  return { depth, text: line.slice(start, end) }
}

/** Whether a line holds nothing but spaces: a character loop, no regex, as the line reader asks it of every line. */
export const isBlank = (line: string): boolean => {
  for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) !== 32) return false
  return true
}

type Position = NonNullable<Paragraph['position']>

function position(start: number, end: number): Position {
  return { start: { line: start + 1, column: 0, offset: 0 }, end: { line: end + 1, column: 0, offset: 0 } }
}

type Block =
  | { kind: 'root'; node: Root }
  | { kind: 'blockquote'; node: Blockquote }
  | { kind: 'list'; node: List; marker: string }
  | { kind: 'item'; node: ListItem; width: number; line: number }
  | { kind: 'footnote'; node: FootnoteDefinition }
  /** A paragraph, or (no lines yet) the rest of a run of definitions, which reads like one. */
  | { kind: 'paragraph'; node: Paragraph; lines: string[]; start: number; runStart: number }
  | { kind: 'fenced'; node: Code; fence: string; indent: number; lines: string[]; closed?: boolean }
  /** Lines of indented code; null for a blank line (one indented less than the code). */
  | { kind: 'indented'; node: Code; lines: Array<string | null> }
  | { kind: 'html'; node: Html; type: 2 | 6 | 7; lines: string[] }
  | { kind: 'table'; node: Table }

export interface ReadResult {
  /** Top-level nodes read, positions in document lines. */
  nodes: RootContent[]
  /** The line the reader stopped at: the end, or the last safe point before the line it gave up on. */
  safe: number
  /** The line it gave up on, or null. */
  gaveUpAt: number | null
  /** Definitions it read: each key (normalized label, `^` first for a footnote) with a line that defines it. */
  definitions: Array<[string, string]>
}

export class BlockParser {
  private stack: Block[] = []
  private root!: Root
  private line = ''
  private lineNo = 0
  private offset = 0
  /** Columns, kept on lines with tabs only: elsewhere a column is the offset, and these are neither kept nor read. */
  private tabs = false
  private column = 0
  private nextColumn = 0
  private partialTab = false
  /** The line continued indented code as a blank line. */
  private blankInCode = false
  /** Closing what is open at the document's end. */
  private atEnd = false
  /** Closing blocks because the line starts a container. */
  private closingForContainer = false
  private nextNonspace = 0
  private indent = 0
  private blank = false
  private allClosed = true
  private lastMatched = 0
  private definitions: Array<[string, string]> = []
  /** micromark's `interrupt` for the line: whether the flow it goes into has a block in progress. */
  private interrupt = false
  private lastIndented: Code | null = null
  /** The last top-level node handed over at a safe point: still the root's last child for `interrupts`. */
  private handedOver: RootContent | undefined = undefined
  /** The line after a table's header was its delimiter row, read with it. */
  private skip = -1

  constructor(
    private readonly lines: readonly string[],
    /** The document's definitions (keys), exactly, or those it may have (then a reference to one is left to micromark). */
    private readonly inlineOptions: InlineOptions
  ) {}

  /**
   * Reads from `from`, a safe point, to the end or to a line it cannot read. With `done`, the nodes
   * read before each safe point are handed to it as soon as they stand (and are not in the result),
   * so that a long log's tree is never held whole.
   */
  read(from: number, done?: (nodes: RootContent[]) => void): ReadResult {
    const { lines } = this
    this.root = { type: 'root', children: [] }
    this.stack = [{ kind: 'root', node: this.root }]
    this.definitions = []
    this.skip = -1
    this.atEnd = false
    this.lastIndented = null
    this.handedOver = undefined
    let safe = from
    let kept = 0
    let keptDefinitions = 0
    try {
      // A final empty line is the document's closing line ending, not a line.
      const end = lines.length > from + 1 && lines[lines.length - 1] === '' ? lines.length - 1 : lines.length
      for (let n = from; n < end; n++) {
        if (n === this.skip) continue
        const line = lines[n]!
        if (n > from && isBlank(lines[n - 1]!) && cutsAfterBlank(line) && !this.inSpanningLeaf()) {
          // Nothing open can take this line: close everything, and what was read so far stands.
          this.closingForContainer = line.charCodeAt(0) === 62 || (line.startsWith('[^') && footnoteLabel(line) !== null)
          this.closeAbove(0, n - 1)
          this.closingForContainer = false
          safe = n
          if (done !== undefined && this.root.children.length > 0) {
            this.handedOver = this.root.children[this.root.children.length - 1]
            done(this.root.children)
            this.root.children = []
          }
          kept = this.root.children.length
          keptDefinitions = this.definitions.length
        }
        this.incorporate(n)
      }
      // An HTML comment open at the end takes the closing line ending too (micromark's reading).
      if (end < lines.length && this.tip.kind === 'html') this.incorporate(end)
      this.atEnd = true
      this.closeAbove(0, end - 1)
      return { nodes: this.root.children, safe: lines.length, gaveUpAt: null, definitions: this.definitions }
    } catch (error) {
      if (!(error instanceof GiveUp)) throw error
      return {
        nodes: this.root.children.slice(0, kept),
        safe,
        gaveUpAt: error.line,
        definitions: this.definitions.slice(0, keptDefinitions)
      }
    }
  }

  /** A fenced code block or HTML comment open at the top level runs on past blank lines. */
  private inSpanningLeaf(): boolean {
    const tip = this.stack[this.stack.length - 1]!
    return tip.kind === 'fenced' || (tip.kind === 'html' && tip.type === 2)
  }

  private get tip(): Block {
    return this.stack[this.stack.length - 1]!
  }

  private findNextNonspace(): void {
    let i = this.offset
    const { line } = this
    if (!this.tabs) {
      while (i < line.length && line.charCodeAt(i) === 32) i++
      this.nextNonspace = i
      this.indent = i - this.offset
      this.blank = i >= line.length
      return
    }
    // With tabs, indentation is counted in columns (a tab runs to the next multiple of 4).
    let column = this.column
    while (i < line.length) {
      const c = line.charCodeAt(i)
      if (c === 32) column++
      else if (c === 9) column += 4 - (column % 4)
      else break
      i++
    }
    this.nextNonspace = i
    this.nextColumn = column
    this.indent = column - this.column
    this.blank = i >= line.length
  }

  /** Moves past `count` columns (commonmark.js's advanceOffset with columns): a tab may be taken in part. */
  private advance(count: number): void {
    if (!this.tabs) {
      this.offset += count
      return
    }
    const { line } = this
    while (count > 0 && this.offset < line.length) {
      if (line.charCodeAt(this.offset) === 9) {
        const toTab = 4 - (this.column % 4)
        this.partialTab = toTab > count
        const step = Math.min(toTab, count)
        this.column += step
        if (!this.partialTab) this.offset++
        count -= step
      } else {
        this.partialTab = false
        this.offset++
        this.column++
        count--
      }
    }
  }

  private toNextNonspace(): void {
    this.offset = this.nextNonspace
    this.column = this.nextColumn
    this.partialTab = false
  }

  /** Moves to `offset`, at or past the next non-space, with no tab in between (`blockStart` leaves a line with one to micromark). */
  private moveTo(offset: number): void {
    this.offset = offset
    this.column = this.nextColumn + (offset - this.nextNonspace)
    this.partialTab = false
  }

  /** The rest of the line from the offset; what is left of a tab taken in part becomes spaces. */
  private restOfLine(): string {
    if (!this.partialTab) return this.line.slice(this.offset)
    return ' '.repeat(4 - (this.column % 4)) + this.line.slice(this.offset + 1)
  }

  /** commonmark.js's incorporateLine. */
  private incorporate(n: number): void {
    const line = this.lines[n]!
    // Tabs are read in indentation (counted in columns) and in code; elsewhere the line is left to micromark.
    const tab = line.includes('\t')
    if (ODD.test(line)) throw new GiveUp(n)
    this.line = line
    this.lineNo = n
    this.offset = 0
    this.tabs = tab
    this.blankInCode = false
    this.column = 0
    this.nextColumn = 0
    this.partialTab = false
    let container = 0
    // Which open blocks does the line continue?
    while (container + 1 < this.stack.length) {
      const block = this.stack[container + 1]!
      this.findNextNonspace()
      const result = this.continues(block)
      if (result === 2) return
      if (result === 1) break
      container++
    }
    this.allClosed = container === this.stack.length - 1
    this.lastMatched = container
    this.interrupt = this.interrupts(this.stack[container]!)
    // Paragraph text keeps its indent after the container markers: a code span that spans lines keeps it.
    let textStart = this.offset

    const kind = this.stack[container]!.kind
    let matchedLeaf = kind === 'fenced' || kind === 'indented' || kind === 'html'
    while (!matchedLeaf) {
      this.findNextNonspace()
      // Only these can start a block; an indented line may be code.
      if (this.indent < 4 && !MAY_START_BLOCK.has(line[this.nextNonspace] ?? '')) {
        this.toNextNonspace()
        break
      }
      const started = this.blockStart(container)
      if (started === 0) {
        this.toNextNonspace()
        break
      }
      if (started === 3) return
      container = this.stack.length - 1
      textStart = this.offset
      if (started === 2) matchedLeaf = true
    }

    // What is left is text.
    const tip = this.tip
    if (!this.allClosed && !this.blank && tip.kind === 'paragraph') {
      // A lazy continuation line.
      if (tip.lines.length === 0 || tab) throw new GiveUp(n)
      // Indented four or more, the tag cannot start an HTML block: the line is plain lazy text.
      if (this.indent < 4 && line.charCodeAt(this.offset) === 60 && isCompleteTag(line.slice(this.offset))) {
        this.lazyTag(n, textStart)
        return
      }
      if (maybeDelimiterRow(line.slice(this.offset)) || maybeDelimiterRow(this.lines[n + 1] ?? '')) throw new GiveUp(n)
      tip.lines.push(line.slice(textStart))
      return
    }
    // A table row on a line that leaves the table's containers: micromark may read it as a lazy row.
    if (!this.allClosed && !this.blank && tip.kind === 'table') throw new GiveUp(n)
    this.closeUnmatched()
    const target = this.stack[container]!
    // A tab in what is left of the line is read only in code and HTML (in indentation, it was counted in columns above).
    if (target.kind === 'paragraph') {
      if (tab && line.includes('\t', target.lines.length === 0 ? this.nextNonspace : textStart)) throw new GiveUp(n)
      if (this.tableStarts(n)) return
      // A table's delimiter row under a paragraph line (a table the line reader did not take): left to micromark.
      if (maybeDelimiterRow(line.slice(this.offset))) throw new GiveUp(n)
      if (target.lines.length === 0) this.contentLine(target, n)
      else target.lines.push(line.slice(textStart))
    } else if (target.kind === 'fenced') {
      const text = this.restOfLine()
      // The document's last line, with nothing past its prefixes (`>`, an indent): micromark ends the code before it.
      if (text !== '' || line === '' || n < this.lines.length - 1) target.lines.push(text)
    } else if (target.kind === 'indented') {
      target.lines.push(this.blankInCode ? null : this.restOfLine())
    } else if (target.kind === 'html') {
      const text = this.restOfLine()
      target.lines.push(text)
      // A comment ends on the line that holds `-->` (after the opening `<!--` on its first line).
      if (target.type === 2 && text.indexOf('-->', target.lines.length === 1 ? text.indexOf('<!--') + 4 : 0) >= 0) this.close(n)
    } else if (target.kind === 'table' && !this.blank) {
      if (tab && line.includes('\t', this.nextNonspace)) throw new GiveUp(n)
      this.tableRow(target, n)
    } else if (!this.blank) {
      if (tab && line.includes('\t', this.nextNonspace)) throw new GiveUp(n)
      this.toNextNonspace()
      if (this.tableStarts(n)) return
      this.paragraphStart(n)
    }
  }

  /**
   * A lazy line that is one complete tag: micromark ends the paragraph and starts an HTML block
   * (kind 7) in the paragraph's container, as though the line went on in every container; the
   * document's last line (with no line ending after it) starts one after the containers instead.
   */
  private lazyTag(n: number, textStart: number): void {
    const last = n === this.lines.length - 1
    if (last) this.closeUnmatched()
    else {
      this.close(n - 1)
      this.allClosed = true
    }
    this.addChild({
      kind: 'html',
      node: { type: 'html', value: '', position: position(n, n) },
      type: 7,
      lines: [this.line.slice(textStart)]
    })
  }

  /**
   * Whether a list item starting on this line interrupts something (then it may not be empty, nor
   * ordered from other than 1): a paragraph the line continues, or indented code last in the
   * container (micromark keeps indented code in progress past blank lines), for every item the line starts.
   */
  private interrupts(container: Block): boolean {
    if (container.kind === 'paragraph') return true
    // The container's last block is indented code exactly when it is the newest indented code (blocks come in order).
    // Indented code handed over at the last safe point still interrupts: micromark keeps it in progress past the blank.
    const last = lastChild(container) ?? (container.kind === 'root' ? this.handedOver : undefined)
    return this.lastIndented !== null && last === this.lastIndented
  }

  /** 0: the line continues the block; 1: it does not; 2: it closed the block (a closing fence) and is used up. */
  private continues(block: Block): 0 | 1 | 2 {
    const { line } = this
    switch (block.kind) {
      case 'blockquote':
        if (this.indent <= 3 && line.charCodeAt(this.nextNonspace) === 62) {
          this.toNextNonspace()
          this.offset++
          this.column++
          const c = line.charCodeAt(this.offset)
          if (c === 32 || c === 9) this.advance(1)
          return 0
        }
        return 1
      case 'list':
        return 0
      case 'footnote':
        // A blank line goes on as it is: its spaces stay (in fenced code, say).
        if (this.blank) return 0
        if (this.indent >= 4) {
          this.advance(4)
          return 0
        }
        return 1
      case 'item':
        if (this.blank) {
          // An item that began with a blank line ends at a second one.
          if (block.node.children.length === 0) return 1
          // Spaces past the item's indent stay (a blank line in fenced code keeps them).
          if (this.indent >= block.width) this.advance(block.width)
          else this.toNextNonspace()
          return 0
        }
        if (this.indent >= block.width) {
          this.advance(block.width)
          return 0
        }
        return 1
      case 'fenced': {
        const rest = line.slice(this.nextNonspace)
        const close = FENCE.exec(rest)
        if (
          this.indent <= 3 &&
          close &&
          close[0][0] === block.fence[0] &&
          close[0].length >= block.fence.length &&
          isBlank(rest.slice(close[0].length))
        ) {
          block.closed = true
          this.close(this.lineNo)
          return 2
        }
        // A closing fence followed by a tab: left to micromark.
        if (this.tabs && close && this.indent <= 3 && /^[ \t]*$/.test(rest.slice(close[0].length))) throw new GiveUp(this.lineNo)
        let skip = block.indent
        while (skip > 0 && (line.charCodeAt(this.offset) === 32 || line.charCodeAt(this.offset) === 9)) {
          this.advance(1)
          skip--
        }
        return 0
      }
      case 'indented':
        this.blankInCode = false
        if (this.indent >= 4) {
          this.advance(4)
          return 0
        }
        if (this.blank) {
          this.toNextNonspace()
          this.blankInCode = true
          return 0
        }
        return 1
      case 'html':
        return this.blank && block.type !== 2 ? 1 : 0
      case 'paragraph':
      case 'table':
        return this.blank ? 1 : 0
      default:
        return 1
    }
  }

  /**
   * Tries the block starts in commonmark.js's order. 0: none; 1: a container opened;
   * 2: a leaf opened that takes the rest of the line as text; 3: a leaf that used the line up.
   */
  private blockStart(container: number): 0 | 1 | 2 | 3 {
    const { line, lineNo } = this
    const indented = this.indent >= 4
    const at = this.nextNonspace
    const rest = line.slice(at)
    const c = at < line.length ? line.charCodeAt(at) : -1
    const inParagraph = this.stack[container]!.kind === 'paragraph'
    // A tab after the indentation (`-\tx`, `#\tx`, a fence's info string): left to micromark.
    if (this.tabs && !indented && rest.includes('\t')) throw new GiveUp(lineNo)

    if (!indented && c === 91 && line.charCodeAt(at + 1) === 94) {
      const label = footnoteLabel(rest)
      if (label !== null) {
        // A footnote definition: a container whose content starts after `]:` and any spaces.
        let offset = at + label.length + 4
        while (line.charCodeAt(offset) === 32) offset++
        this.moveTo(offset)
        this.closeUnmatched(true)
        const node: FootnoteDefinition = {
          type: 'footnoteDefinition',
          identifier: normalizeIdentifier(label).toLowerCase(),
          label,
          children: [],
          position: position(lineNo, lineNo)
        }
        this.addChild({ kind: 'footnote', node })
        this.definitions.push(['^' + normalizeIdentifier(label), definitionLine(label, true)])
        return 1
      }
    }
    if (!indented && c === 62) {
      // Block quote.
      this.moveTo(line.charCodeAt(at + 1) === 32 ? at + 2 : at + 1)
      this.closeUnmatched(true)
      this.addChild({ kind: 'blockquote', node: { type: 'blockquote', children: [], position: position(lineNo, lineNo) } })
      return 1
    }
    if (!indented && c === 35 && ATX.test(rest)) {
      this.closeUnmatched()
      this.heading(rest)
      return 3
    }
    if (!indented && (c === 96 || c === 126)) {
      const fence = FENCE.exec(rest)
      if (fence && !(c === 96 && rest.slice(fence[0].length).includes('`'))) {
        this.closeUnmatched()
        const info = rest.slice(fence[0].length).trim()
        const space = info.search(/ /)
        const node: Code = {
          type: 'code',
          lang: info === '' ? null : space < 0 ? info : info.slice(0, space),
          meta: space < 0 ? null : info.slice(space + 1).trim() || null,
          value: '',
          position: position(lineNo, lineNo)
        }
        this.addChild({ kind: 'fenced', node, fence: fence[0], indent: this.indent, lines: [] })
        return 3
      }
    }
    if (!indented && c === 60) {
      const type = this.htmlType(rest, inParagraph)
      if (type !== 0) {
        this.closeUnmatched()
        const block: Block = { kind: 'html', node: { type: 'html', value: '', position: position(lineNo, lineNo) }, type, lines: [] }
        this.addChild(block)
        // The line, indentation included, is the block's (added as text below).
        return 2
      }
    }
    if (!indented && inParagraph && (c === 61 || c === 45) && isSetextUnderline(rest)) {
      this.closeUnmatched()
      this.setext(c === 61 ? 1 : 2)
      return 3
    }
    if (!indented && (c === 42 || c === 45 || c === 95) && isThematicBreak(rest)) {
      this.closeUnmatched()
      this.addChild(null, { type: 'thematicBreak', position: position(lineNo, lineNo) })
      return 3
    }
    if (!indented && (c === 45 || c === 43 || c === 42 || (c >= 48 && c <= 57 && ORDERED.test(rest)))) {
      const started = this.listItem(container, rest)
      if (started) return 1
    }
    if (indented && this.tip.kind !== 'paragraph' && !this.blank) {
      // Indented code on the line that closes a container: micromark splits it oddly.
      if (!this.allClosed || this.tip.kind === 'list') throw new GiveUp(lineNo)
      this.advance(4)
      this.closeUnmatched()
      const node: Code = { type: 'code', lang: null, meta: null, value: '', position: position(lineNo, lineNo) }
      this.lastIndented = node
      this.addChild({ kind: 'indented', node, lines: [] })
      return 2
    }
    return 0
  }

  /** The kind of HTML block the line starts (2, 6 or 7), 0 for none; gives up on raw kinds 1, 3, 4, 5. */
  private htmlType(rest: string, inParagraph: boolean): 0 | 2 | 6 | 7 {
    if (RAW_HTML.test(rest)) throw new GiveUp(this.lineNo)
    if (rest.startsWith('<!--')) {
      // A comment that closes in its own opener (`<!-->`, `<!--->`) reads differently across parsers.
      if (/^<!---?>/.test(rest)) throw new GiveUp(this.lineNo)
      return 2
    }
    const name = TAG_NAME.exec(rest)
    if (!name) return 0
    if (BLOCK_NAMES.has(name[1]!.toLowerCase())) {
      const after = rest.slice(name[0].length)
      if (after === '' || after[0] === ' ' || after[0] === '>' || after.startsWith('/>')) return 6
    }
    // Kind 7 cannot interrupt a paragraph, nor start on a lazy line.
    if (inParagraph || (!this.allClosed && !this.blank && this.tip.kind === 'paragraph')) return 0
    return isCompleteTag(rest) ? 7 : 0
  }

  private listItem(container: number, rest: string): boolean {
    const { lineNo } = this
    const interrupting = this.interrupt
    let marker: string
    let start: number | null = null
    const first = rest.charCodeAt(0)
    if (first === 45 || first === 43 || first === 42) marker = rest[0]!
    else {
      const ordered = ORDERED.exec(rest)!
      start = Number(ordered[1])
      // An ordered list interrupts a paragraph only from 1.
      if (interrupting && start !== 1) return false
      marker = ordered[0]
    }
    const after = marker.length
    if (after < rest.length && rest.charCodeAt(after) !== 32) return false
    const blankItem = isBlank(rest.slice(after))
    if (interrupting && blankItem) return false
    // The content starts after one to four spaces; five or more, or none, count as one.
    let spaces = 0
    while (spaces < 5 && after + spaces < rest.length && rest.charCodeAt(after + spaces) === 32) spaces++
    const padding = spaces >= 5 || spaces < 1 || blankItem ? marker.length + 1 : marker.length + spaces
    const width = this.indent + padding
    this.moveTo(this.nextNonspace + Math.min(padding, rest.length))
    this.closeUnmatched(true)
    const kind = start === null ? marker : marker[marker.length - 1]!
    const tip = this.tip
    if (tip.kind !== 'list' || tip.marker !== kind) {
      const list: List = { type: 'list', ordered: start !== null, start, spread: false, children: [], position: position(lineNo, lineNo) }
      this.addChild({ kind: 'list', node: list, marker: kind })
    }
    const item: ListItem = { type: 'listItem', spread: false, checked: null, children: [], position: position(lineNo, lineNo) }
    this.addChild({ kind: 'item', node: item, width, line: lineNo })
    return true
  }

  private heading(rest: string): void {
    const { lineNo } = this
    const { depth, text } = atxHeading(rest)!
    const node: Heading = {
      type: 'heading',
      depth: depth as Heading['depth'],
      children: this.inline(text),
      position: position(lineNo, lineNo)
    }
    this.addChild(null, node)
  }

  private setext(depth: 1 | 2): void {
    const paragraph = this.tip
    if (paragraph.kind !== 'paragraph' || paragraph.lines.length === 0) throw new GiveUp(this.lineNo)
    const parent = this.stack[this.stack.length - 2]!.node as { children: RootContent[] }
    const node: Heading = {
      type: 'heading',
      depth,
      children: this.inline(paragraphText(paragraph.lines)),
      // micromark starts a setext heading at the first definition before it.
      position: position(paragraph.runStart, this.lineNo)
    }
    parent.children[parent.children.indexOf(paragraph.node)] = node
    this.stack.pop()
  }

  /** A paragraph starts here, unless the line is a link definition. */
  private paragraphStart(n: number): void {
    const block: Extract<Block, { kind: 'paragraph' }> = {
      kind: 'paragraph',
      node: { type: 'paragraph', children: [], position: position(n, n) },
      lines: [],
      start: n,
      runStart: n
    }
    // Not added to its parent until it has a line: definitions may come first.
    this.addChild(block, undefined, false)
    this.contentLine(block, n)
  }

  /** The first line of a paragraph, or one more definition before it (definitions and a paragraph read as one run). */
  private contentLine(block: Extract<Block, { kind: 'paragraph' }>, n: number): void {
    this.findNextNonspace()
    const text = this.line.slice(this.nextNonspace)
    if (text.charCodeAt(0) === 91) {
      if (this.indent >= 4) throw new GiveUp(n)
      const definition = this.definition(text, n)
      if (definition) {
        ;(this.stack[this.stack.length - 2]!.node as { children: RootContent[] }).children.push(definition)
        return
      }
    }
    block.lines.push(text)
    block.start = n
    block.node.position = position(n, n)
    ;(this.stack[this.stack.length - 2]!.node as { children: RootContent[] }).children.push(block.node)
  }

  /** A one-line link definition; null where the line is not one; gives up where it might be one that goes on. */
  private definition(text: string, n: number): Definition | null {
    if (text.startsWith('[^')) {
      if (/^\[\^[^\]]*\]:/.test(text) || !text.includes(']')) throw new GiveUp(n)
    }
    // The label: no unescaped brackets, on this line.
    let i = 1
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (c === 92) i++
      else if (c === 91) return null
      else if (c === 93) break
    }
    if (i >= text.length) {
      // `[` with no `]` on the line: a label could go on to the next line.
      throw new GiveUp(n)
    }
    if (text.charCodeAt(i + 1) !== 58) return null
    const label = text.slice(1, i)
    if (label.length > 999 || isBlank(label)) return null
    let j = i + 2
    while (text.charCodeAt(j) === 32) j++
    if (j >= text.length) throw new GiveUp(n) // the destination may be on the next line
    // The destination.
    let url: string
    if (text.charCodeAt(j) === 60) {
      const start = j + 1
      for (j = start; j < text.length; j++) {
        const c = text.charCodeAt(j)
        if (c === 62) break
        if (c === 60) return null
        if (c === 92) j++
      }
      if (j >= text.length) return null
      url = text.slice(start, j)
      j++
    } else {
      const start = j
      let balance = 0
      for (; j < text.length; j++) {
        const c = text.charCodeAt(j)
        if (c === 32) break
        if (c === 40) balance++
        else if (c === 41) {
          if (balance === 0) break
          balance--
        } else if (c === 92) j++
        else if (c < 32 || c === 127) return null
      }
      if (balance !== 0 || j === start) return null
      if (j < text.length && text.charCodeAt(j) !== 32) return null
      url = text.slice(start, j)
    }
    let title: string | null = null
    const afterDestination = j
    while (text.charCodeAt(j) === 32) j++
    if (j >= text.length) {
      // A title may follow on the next line.
      const next = this.lines[n + 1]
      if (next !== undefined && /^ *["'(]/.test(next)) throw new GiveUp(n)
    } else {
      const open = text.charCodeAt(j)
      if (j === afterDestination || !(open === 34 || open === 39 || open === 40)) return null
      const close = open === 40 ? 41 : open
      const start = j + 1
      for (j = start; j < text.length; j++) {
        const c = text.charCodeAt(j)
        if (c === close) break
        if (c === 92) j++
        else if (open === 40 && c === 40) return null
      }
      // An unclosed title may close on a later line.
      if (j >= text.length) throw new GiveUp(n)
      title = text.slice(start, j)
      if (!isBlank(text.slice(j + 1))) return null
    }
    this.definitions.push([normalizeIdentifier(label), definitionLine(label, false)])
    return {
      type: 'definition',
      identifier: normalizeIdentifier(label).toLowerCase(),
      label,
      url,
      title,
      position: position(n, n)
    }
  }

  /** A GFM table whose header is this line and whose delimiter row is the next (inside the same containers). */
  private tableStarts(n: number): boolean {
    const next = this.lines[n + 1]
    const text = this.line.slice(this.offset)
    // A header indented four or more is paragraph text (or code), never a table's.
    if (next === undefined || this.indent > 3) return false
    // The next line's containers are found by counting spaces: with a tab, a possible table is left to micromark.
    if (this.tabs || next.includes('\t')) {
      if (maybeDelimiterRow(next)) throw new GiveUp(n)
      return false
    }
    const containers = this.stack.length - (this.tip.kind === 'paragraph' ? 1 : 0)
    const after = this.continuation(next, containers)
    if (after < 0) {
      // The next line leaves these containers: if it looks like a delimiter row, micromark may still read a table.
      if (maybeDelimiterRow(next)) throw new GiveUp(n)
      return false
    }
    const rest = next.slice(after)
    if (!maybeDelimiterRow(rest)) return false
    const row = rest.slice(indentOf(rest))
    const delimiters = delimiterCells(row)
    // A delimiter row that could be a list item, or a header with a code span: left to micromark.
    if (delimiters === null || row.startsWith('- ') || indentOf(rest) > 3 || text.includes('`')) throw new GiveUp(n)
    if (ODD.test(next)) throw new GiveUp(n + 1)
    const head = splitRow(text)
    if (head.length !== delimiters.length) throw new GiveUp(n)
    if (this.tip.kind === 'paragraph') {
      if ((this.tip as Extract<Block, { kind: 'paragraph' }>).lines.length === 0) throw new GiveUp(n)
      this.close(n - 1)
    }
    const align = delimiters.map((d) => {
      const left = d.startsWith(':')
      const right = d.endsWith(':')
      return left && right ? 'center' : left ? 'left' : right ? 'right' : null
    })
    const table: Table = { type: 'table', align, children: [this.row(head, n)], position: position(n, n + 1) }
    this.addChild({ kind: 'table', node: table })
    this.skip = n + 1
    return true
  }

  /** Where `line`'s content starts inside the first `count` open blocks (root included), or -1 where it leaves one. */
  private continuation(line: string, count: number): number {
    let offset = 0
    for (let k = 1; k < count; k++) {
      const block = this.stack[k]!
      let i = offset
      while (i < line.length && line.charCodeAt(i) === 32) i++
      const indent = i - offset
      if (i >= line.length) return -1
      if (block.kind === 'blockquote') {
        if (indent > 3 || line.charCodeAt(i) !== 62) return -1
        offset = i + 1
        if (line.charCodeAt(offset) === 32) offset++
      } else if (block.kind === 'item' || block.kind === 'footnote') {
        const width = block.kind === 'item' ? block.width : 4
        if (indent < width) return -1
        offset += width
      } else if (block.kind !== 'list') {
        return -1
      }
    }
    return offset
  }

  private row(cells: string[], n: number): TableRow {
    return {
      type: 'tableRow',
      children: cells.map((cell): TableCell => ({ type: 'tableCell', children: this.inline(cell), position: position(n, n) })),
      position: position(n, n)
    }
  }

  /** A body row (a line that starts another block has ended the table before this). */
  private tableRow(table: Extract<Block, { kind: 'table' }>, n: number): void {
    table.node.children.push(this.row(splitRow(this.line.slice(this.nextNonspace)), n))
    table.node.position!.end.line = n + 1
  }

  private inline(text: string): PhrasingContent[] {
    const nodes = parseInline(text, this.inlineOptions)
    if (nodes === null) throw new GiveUp(this.lineNo)
    return nodes
  }

  /** Adds an open block (or, with `leaf`, a finished node) to the innermost block that can hold it, closing those that cannot. */
  private addChild(block: Block | null, leaf?: RootContent, attach = true): void {
    const node = leaf ?? (block!.node as RootContent)
    const isItem = node.type === 'listItem'
    for (;;) {
      const tip = this.tip
      const holds = isItem
        ? tip.kind === 'list'
        : tip.kind === 'root' || tip.kind === 'blockquote' || tip.kind === 'item' || tip.kind === 'footnote'
      if (holds) break
      this.close(this.lineNo - 1)
    }
    if (attach) (this.tip.node as { children: RootContent[] }).children.push(node)
    if (block) {
      if (this.stack.length >= MAX_OPEN) throw new GiveUp(this.lineNo)
      this.stack.push(block)
    }
  }

  /** Closes the blocks the line did not continue (once per line); `forContainer`: the line starts a quote, item or footnote. */
  private closeUnmatched(forContainer = false): void {
    if (this.allClosed) return
    this.closingForContainer = forContainer
    this.closeAbove(this.lastMatched, this.lineNo - 1)
    this.closingForContainer = false
    this.allClosed = true
  }

  private closeAbove(index: number, end: number): void {
    while (this.stack.length - 1 > index) this.close(end)
  }

  /** Finishes the innermost open block; `end` is its last line. */
  private close(end: number): void {
    const block = this.stack.pop()!
    const node = block.node as RootContent
    if (node.position && block.kind !== 'table') node.position.end.line = Math.max(node.position.start.line, end + 1)
    switch (block.kind) {
      case 'paragraph':
        this.finishParagraph(block, end)
        break
      case 'fenced': {
        // Closed with its container by a line that starts no other container (nor by a fence, nor at the end):
        // micromark leaves out a last empty line.
        if (!this.atEnd && !block.closed && !this.closingForContainer && block.lines[block.lines.length - 1] === '') block.lines.pop()
        block.node.value = block.lines.join('\n')
        break
      }
      case 'indented': {
        // Blank lines indented less than the code go at the end; the code runs to its last line indented as far,
        // and its value loses one line ending at the end (mdast-util-from-markdown's reading).
        const lines = block.lines
        while (lines.length > 0 && lines[lines.length - 1] === null) lines.pop()
        const value = lines.map((line) => line ?? '').join('\n')
        block.node.value = value.endsWith('\n') ? value.slice(0, -1) : value
        block.node.position!.end.line = block.node.position!.start.line + lines.length - 1
        break
      }
      case 'html':
        block.node.value = block.lines.join('\n')
        // A comment left open, ended with its container by a line that starts another: micromark keeps the line
        // ending, and the node runs to the start of that line.
        if (block.type === 2 && this.closingForContainer) {
          block.node.value += '\n'
          block.node.position!.end.line = end + 2
        }
        break
      case 'item':
      case 'list':
      case 'footnote':
      case 'blockquote': {
        const children = block.node.children as RootContent[]
        const last = children[children.length - 1]
        if (last?.position) block.node.position!.end.line = Math.max(block.node.position!.start.line, last.position.end.line)
        break
      }
    }
  }

  private finishParagraph(block: Extract<Block, { kind: 'paragraph' }>, end: number): void {
    if (block.lines.length === 0) return
    const parent = this.tip
    block.node.position = position(block.start, Math.max(block.start, end))
    let text = paragraphText(block.lines)
    // `www.` last, with spaces after it that the paragraph drops: micromark still sees them, and links `www`.
    if (block.lines[block.lines.length - 1]!.endsWith(' ') && /www\.$/i.test(text)) throw new GiveUp(block.start)
    // A task list item: `[ ]`, `[x]` or `[X]` first in the first paragraph of an item, then whitespace and more.
    if (parent.kind === 'item' && parent.node.children[0] === block.node && text.charCodeAt(0) === 91) {
      const check = /^\[([ xX])\](?=[ \n])/.exec(text)
      if (check) {
        if (parent.line !== block.start) throw new GiveUp(block.start)
        const after = text.slice(3)
        const firstLine = after.split('\n', 1)[0]!
        if (isBlank(firstLine) && after.includes('\n')) throw new GiveUp(block.start)
        if (!isBlank(after)) {
          parent.node.checked = check[1] !== ' '
          text = after
          const children = this.inline(text)
          const head = children[0]
          if (head?.type === 'text') {
            head.value = head.value.slice(1)
            if (head.value === '') children.shift()
          }
          block.node.children = children
          return
        }
      }
    }
    block.node.children = this.inline(text)
  }
}

const indentOf = (line: string): number => {
  let i = 0
  while (line.charCodeAt(i) === 32) i++
  return i
}

/** A paragraph's inline content: its lines as written (continuation indents stay: code spans keep them), trailing spaces gone. */
function paragraphText(lines: readonly string[]): string {
  const text = lines.join('\n')
  let end = text.length
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--
  return text.slice(0, end)
}

/** A table row's cells: split at unescaped pipes, the outer pipes dropped, each trimmed. */
function splitRow(text: string): string[] {
  const cells: string[] = []
  let cell = ''
  let i = 0
  let end = text.length
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--
  if (text.charCodeAt(0) === 124) i = 1
  for (; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c === 92 && i + 1 < end) {
      cell += text[i]! + text[i + 1]!
      i++
    } else if (c === 124) {
      cells.push(cell)
      cell = ''
    } else cell += text[i]
  }
  if (cell !== '' || text.charCodeAt(end - 1) !== 124 || end <= 1) cells.push(cell)
  return cells.map((c) => c.trim())
}

/** A run of three or more `*`, `-` or `_` (one kind), spaces allowed between. */
function isThematicBreak(text: string): boolean {
  const marker = text.charCodeAt(0)
  let count = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === marker) count++
    else if (c !== 32) return false
  }
  return count >= 3
}

/** `===` or `---` (one kind), then only spaces. */
function isSetextUnderline(text: string): boolean {
  const marker = text.charCodeAt(0)
  let i = 0
  while (text.charCodeAt(i) === marker) i++
  return isBlank(text.slice(i))
}

/** Anything like a table's delimiter row: spaces, an optional pipe, then `-`, `:`, `|` and spaces only, with a dash. */
const isSpaceOrTab = (c: number): boolean => c === 32 || c === 9

function isDelimiterLike(text: string): boolean {
  // Tabs count as spaces here: this is a first, generous test.
  // Indices stay inside the text: reading past the end costs the compiled code a deoptimization.
  const n = text.length
  let i = 0
  while (i < n && isSpaceOrTab(text.charCodeAt(i))) i++
  if (i < n && text.charCodeAt(i) === 124) i++
  while (i < n && isSpaceOrTab(text.charCodeAt(i))) i++
  if (i < n && text.charCodeAt(i) === 58) i++
  if (i >= n || text.charCodeAt(i) !== 45) return false
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c !== 45 && c !== 58 && c !== 124 && !isSpaceOrTab(c)) return false
  }
  return true
}

/** A delimiter row with a pipe or a colon (a bare `---` is a setext underline or a break). */
function maybeDelimiterRow(text: string): boolean {
  return isDelimiterLike(text) && (text.includes('|') || text.includes(':'))
}

/** The cells of a delimiter row (`:--`, `--:`, `:-:`, `---`), or null where it is not one. */
function delimiterCells(row: string): string[] | null {
  const cells = splitRow(row)
  for (const cell of cells) if (!/^:?-+:?$/.test(cell)) return null
  return cells
}

/** One complete open or closing tag and nothing after it but spaces (an HTML block of kind 7, where one may start). */
function isCompleteTag(text: string): boolean {
  if (/^<(?:script|pre|style|textarea)(?![A-Za-z0-9-])/i.test(text)) return false
  const end = text.charCodeAt(1) === 47 ? closingTagEnd(text, 0) : openTagEnd(text, 0)
  return end > 0 && isBlank(text.slice(end))
}

function lastChild(block: Block): RootContent | undefined {
  const children = (block.node as { children?: RootContent[] }).children
  return children ? children[children.length - 1] : undefined
}

/** The label of a footnote definition opening `text` (`[^label]:`), or null: no spaces, no `[`, at most 999 characters. */
function footnoteLabel(text: string): string | null {
  let i = 2
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 93) break
    if (c === 32 || c === 91 || i > 1000) return null
    if (c === 92 && (text.charCodeAt(i + 1) === 91 || text.charCodeAt(i + 1) === 92 || text.charCodeAt(i + 1) === 93)) i++
  }
  if (i >= text.length || i === 2 || text.charCodeAt(i + 1) !== 58) return null
  return text.slice(2, i)
}
