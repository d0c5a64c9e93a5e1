/**
 * A line reader that gives the blocks `BlockReader` would read from micromark's
 * tree, for the plain lines most logs are made of, and hands everything else to
 * micromark.
 *
 * It knows a small part of CommonMark exactly: blank lines, ATX headings whose
 * text holds no inline markup, fenced and indented code, HTML blocks that end at
 * a blank line (`<details>`, `<summary>`), paragraphs (read only where the text
 * cannot hold a link and its markup cannot change what BlockReader sees), and
 * bullet lists whose items are single plain lines, with checkboxes and nesting.
 * On any other line it gives up on the stretch since its last safe point.
 *
 * Safe points are the only places the document is cut: a line after a blank
 * line that starts at column 0 with a character that cannot continue a list
 * (not `-`, `+`, `*` or a digit), outside fenced code and raw HTML. Such a line
 * closes every open container, so what comes before it reads the same alone as
 * in the whole document. A stretch given to micromark runs from the last safe
 * point to the first safe point after the line the reader gave up on; where its
 * tree ends inside an open fence or raw HTML block the stretch is extended, as
 * `parseChunks` does. A definition can only sit in a stretch micromark reads (the
 * line reader takes no line that starts with `[` or holds `]:`); where one is found,
 * the whole document goes to `parseChunks`, which puts definitions before every chunk.
 */
import { BOLD_LABEL, codeBlocks, htmlBlocks, isPlaceholder, stripTags, type Block, type BlockReader, type RawItem } from './blocks.js'
import { collectDefinitions, fenceOpening, openAtEnd, parseChunks, parseMarkdown } from './markdown.js'

export interface FastStats {
  /** Lines read by the line reader. */
  fastLines: number
  /** Lines given to micromark. */
  slowLines: number
  /** How many stretches went to micromark. */
  slowRegions: number
}

/** CommonMark's kind-6 HTML block names (as in micromark-util-html-tag-name). */
const BLOCK_NAMES = new Set(
  (
    'address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt fieldset ' +
    'figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link main menu menuitem ' +
    'nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead title tr track ul'
  ).split(' ')
)

/** Whitespace other than the space (tabs, NBSP, …) or NUL: the reader leaves such lines to micromark. */
const ODD = /[^\S ]|\0/
const BLANK = /^ *$/
const ATX = /^ {0,3}(#{1,6})(?:[ \t]|$)/
const THEMATIC = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/
const SETEXT = /^ {0,3}(?:=+|-+)[ \t]*$/
/** A table delimiter row, or anything like one. */
const DELIMITER_LIKE = /^[ \t]*\|?[ \t]*:?-[-:| \t]*$/
const RAW_HTML_START = /^ {0,3}<(?:[!?]|(?:pre|script|style|textarea)(?![A-Za-z0-9-]))/i
const BLOCK_TAG = /^ {0,3}<\/?([A-Za-z][A-Za-z0-9]*)(?:[ \t>]|\/>|$)/
const BULLET = /^( *)([-+*])( +)(.*)$/
const ORDERED = /^ {0,3}\d{1,9}[.)](?:[ \t]|$)/
const BULLET_START = /^ {0,3}[-+*](?:[ \t]|$)/
const ANY_BULLET = /^ *[-+*](?:[ \t]|$)/
/** Characters whose inline meaning could change the text BlockReader reads. */
const MARKUP = /[\\&[\]`<>*_~!|@]|www\.|:\/\//i
/** In paragraphs: `*`, `_`, `~` and backticks only remove characters that the placeholder test ignores. */
const PARAGRAPH_MARKUP = /[\\[\]<>!|@]|&(?!nbsp;|#160;)|www\.|:\/\//i
/** What could make a paragraph hold a link or an image (BlockReader's `hasLinkOrMedia`). */
const LINK_LIKE = /[[\]@]|www\.|:\/\/|<[A-Za-z][A-Za-z0-9+.-]{1,31}:/i
const CHECKBOX = /^\[([ xX])\] +(?=\S)/
const FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/

class GiveUp {
  constructor(readonly line: number) {}
}

const indentOf = (line: string): number => {
  let i = 0
  while (line.charCodeAt(i) === 32) i++
  return i
}

/** A line that cannot continue anything open before a blank line: the document may be cut before it. */
function cutsAfterBlank(line: string): boolean {
  const c = line.charCodeAt(0)
  if (Number.isNaN(c) || c === 32 || c === 9) return false
  if (c === 45 || c === 43 || c === 42) return false // - + *
  if (c >= 48 && c <= 57) return false // digits
  return true
}

/**
 * Could the line be an HTML block of kind 7 (one complete tag alone on the line)?
 * False only where it certainly is not: a `<` outside quotes, or text after the tag's `>`.
 */
function maybeCompleteTag(rest: string): boolean {
  let i = rest[1] === '/' ? 2 : 1
  if (!/[A-Za-z]/.test(rest[i] ?? '')) return false
  let quote = ''
  for (; i < rest.length; i++) {
    const ch = rest[i]!
    if (quote) {
      if (ch === quote) quote = ''
      continue
    }
    if (ch === '"' || ch === "'") quote = ch
    else if (ch === '<') return false
    else if (ch === '>') return /^[ \t]*$/.test(rest.slice(i + 1))
  }
  return true
}

interface OpenItem {
  contentColumn: number
  checked: boolean | null
  /** The marker of the list open inside this item, if any. */
  childMarker: string | null
}

class LineReader {
  /** Blocks since the last safe point. */
  private pending: Block[] = []

  constructor(
    private readonly lines: readonly string[],
    private readonly out: Block[]
  ) {}

  /** Reads from `from` (a safe point) on; returns where it stopped: the end, or the last safe point before a line it gave up on. */
  run(from: number): { safe: number; gaveUpAt: number | null } {
    const { lines } = this
    let safe = from
    this.pending = []
    let i = from
    try {
      while (i < lines.length) {
        const line = lines[i]!
        if (BLANK.test(line)) {
          i++
          continue
        }
        if (i === from || (BLANK.test(lines[i - 1]!) && cutsAfterBlank(line))) {
          for (const block of this.pending) this.out.push(block)
          this.pending = []
          safe = i
        }
        i = this.block(i)
      }
    } catch (error) {
      if (error instanceof GiveUp) return { safe, gaveUpAt: error.line }
      throw error
    }
    for (const block of this.pending) this.out.push(block)
    return { safe: lines.length, gaveUpAt: null }
  }

  /** One top-level block starting at line `i` (not blank, nothing open); returns the line after it. */
  private block(i: number): number {
    const line = this.lines[i]!
    if (ODD.test(line)) throw new GiveUp(i)
    const indent = indentOf(line)
    if (indent >= 4) return this.indentedCode(i)
    if (ATX.test(line)) return this.heading(i)
    if (fenceOpening(line) !== null) return this.fenced(i)
    if (THEMATIC.test(line)) return i + 1
    const first = line[indent]
    if (first === '>') throw new GiveUp(i)
    if (first === '<') {
      if (RAW_HTML_START.test(line)) throw new GiveUp(i)
      const tag = BLOCK_TAG.exec(line)
      if (tag && BLOCK_NAMES.has(tag[1]!.toLowerCase())) return this.html(i)
      if (maybeCompleteTag(line.slice(indent))) throw new GiveUp(i)
      return this.paragraph(i)
    }
    if (BULLET_START.test(line)) return this.list(i)
    if (ORDERED.test(line)) throw new GiveUp(i)
    return this.paragraph(i)
  }

  private heading(i: number): number {
    const line = this.lines[i]!
    const open = ATX.exec(line)!
    let text = line.slice(open[0].length).replace(/^[ \t]+|[ \t]+$/g, '')
    if (/^#+$/.test(text)) text = ''
    else text = text.replace(/[ \t]+#+$/, '').replace(/[ \t]+$/, '')
    if (MARKUP.test(text)) throw new GiveUp(i)
    this.pending.push({ type: 'heading', depth: open[1]!.length, text: text.replace(/\s+/g, ' ').trim(), line: i + 1 })
    return i + 1
  }

  private fenced(i: number): number {
    const { lines } = this
    const fence = fenceOpening(lines[i]!)!
    let end = i + 1
    let content = false
    for (; end < lines.length; end++) {
      const close = FENCE_CLOSE.exec(lines[end]!)
      if (close && close[1]![0] === fence[0] && close[1]!.length >= fence.length) break
      if (lines[end]!.trim() !== '') content = true
    }
    if (content) this.pending.push({ type: 'content', line: i + 1 })
    return Math.min(end + 1, lines.length)
  }

  private indentedCode(i: number): number {
    const { lines } = this
    let end = i
    let last = i
    while (end < lines.length) {
      const line = lines[end]!
      if (BLANK.test(line)) {
        end++
        continue
      }
      if (indentOf(line) < 4) break
      last = end
      end++
    }
    codeBlocks(this.pending, lines[i]!, lines.slice(i, last + 1).join('\n'), i + 1)
    return last + 1
  }

  /** A kind-6 HTML block: to the next blank line. */
  private html(i: number): number {
    const { lines } = this
    let end = i + 1
    while (end < lines.length && !BLANK.test(lines[end]!)) {
      if (ODD.test(lines[end]!)) throw new GiveUp(end)
      end++
    }
    htmlBlocks(this.pending, lines.slice(i, end).join('\n'), i + 1, true)
    return end
  }

  /** Does a line that follows a paragraph line end the paragraph? Gives up where unsure. */
  private interrupts(j: number): boolean {
    const line = this.lines[j]!
    if (ODD.test(line)) throw new GiveUp(j)
    const indent = indentOf(line)
    if (indent >= 4) return false
    if (ATX.test(line) || fenceOpening(line) !== null) return true
    if (SETEXT.test(line) || DELIMITER_LIKE.test(line)) throw new GiveUp(j)
    if (THEMATIC.test(line)) return true
    const first = line[indent]
    if (first === '>') throw new GiveUp(j)
    if (first === '<') {
      if (RAW_HTML_START.test(line)) throw new GiveUp(j)
      const tag = BLOCK_TAG.exec(line)
      // Kind 6 interrupts a paragraph; kind 7 cannot.
      return tag !== null && BLOCK_NAMES.has(tag[1]!.toLowerCase())
    }
    if (BULLET_START.test(line)) {
      if (/^ {0,3}[-+*][ \t]+\S/.test(line)) return true
      throw new GiveUp(j)
    }
    if (ORDERED.test(line)) throw new GiveUp(j)
    return false
  }

  private paragraph(i: number): number {
    const { lines } = this
    let end = i + 1
    while (end < lines.length && !BLANK.test(lines[end]!) && !this.interrupts(end)) end++
    const body = lines.slice(i, end)
    if (body.some((l) => l.includes('|'))) throw new GiveUp(i)
    const bold = BOLD_LABEL.exec(stripTags(lines[i]!))
    if (bold) {
      if (body.some((l) => LINK_LIKE.test(l))) throw new GiveUp(i)
      const inline = !isPlaceholder(bold[3]!)
      const rest = inline || end - i > 1
      this.pending.push({ type: 'label', text: bold[1]!, line: i + 1, styled: /<span\b/i.test(lines[i]!), rest, inline })
      return end
    }
    if (body.some((l) => PARAGRAPH_MARKUP.test(l))) throw new GiveUp(i)
    if (!isPlaceholder(body.join('\n'))) this.pending.push({ type: 'content', line: i + 1, text: lines[i]!, more: end - i > 1 })
    return end
  }

  /** A bullet list of single-line items, nested by indentation. */
  private list(start: number): number {
    const { lines } = this
    const items: RawItem[] = []
    const open: OpenItem[] = []
    let topMarker = ''
    let anyText = false
    let i = start
    for (;;) {
      const line = lines[i]!
      if (ODD.test(line)) throw new GiveUp(i)
      const bullet = BULLET.exec(line)
      // Item lines only (a thematic break like `- - -` is not one).
      if (!bullet || THEMATIC.test(line)) throw new GiveUp(i)
      const column = bullet[1]!.length
      const marker = bullet[2]!
      const spaces = bullet[3]!.length
      const content = bullet[4]!
      if (spaces > 4 || content === '') throw new GiveUp(i)
      // Where the item goes: inside the deepest open item whose content it reaches.
      let depth = open.length
      while (depth > 0 && column < open[depth - 1]!.contentColumn) depth--
      const base = depth === 0 ? 0 : open[depth - 1]!.contentColumn
      if (column - base > 3) throw new GiveUp(i)
      const listMarker = depth === 0 ? (open.length > 0 ? topMarker : null) : open[depth - 1]!.childMarker
      if (listMarker !== null && listMarker !== marker) throw new GiveUp(i)
      if (depth === 0) topMarker = marker
      else open[depth - 1]!.childMarker = marker
      const parentChecked = depth === 0 ? undefined : open[depth - 1]!.checked
      open.length = depth

      const box = CHECKBOX.exec(content)
      const checked = box ? box[1] !== ' ' : null
      const text = box ? content.slice(box[0].length) : content
      if (MARKUP.test(text) || (!box && /^(?:[#=+-]|\d{1,9}[.)])/.test(text))) throw new GiveUp(i)
      const plain = text.replace(/\s+/g, ' ').trim()
      if (plain !== '') anyText = true
      const isNote = checked === null && parentChecked !== undefined && parentChecked !== null
      if (!isNote && !isPlaceholder(plain)) items.push({ text: plain, checked, marker: null, explicit: checked !== null, line: i + 1 })
      open.push({ contentColumn: column + 1 + spaces, checked, childMarker: null })

      // The next item, or the end of the list.
      let next = i + 1
      while (next < lines.length && BLANK.test(lines[next]!)) next++
      if (next >= lines.length) {
        i = next
        break
      }
      const following = lines[next]!
      if (ODD.test(following)) throw new GiveUp(next)
      if (ANY_BULLET.test(following)) {
        i = next
        continue
      }
      const afterBlank = next > i + 1
      if (indentOf(following) > 0) throw new GiveUp(next)
      // At column 0 after a blank line anything but an item ends the list; right under an
      // item only what cannot be a lazy continuation line does.
      if (afterBlank || ATX.test(following) || fenceOpening(following) !== null) {
        i = afterBlank ? i + 1 : next
        break
      }
      const tag = following.startsWith('<') && !RAW_HTML_START.test(following) ? BLOCK_TAG.exec(following) : null
      if (tag && BLOCK_NAMES.has(tag[1]!.toLowerCase())) {
        i = next
        break
      }
      throw new GiveUp(next)
    }
    if (items.length > 0) this.pending.push({ type: 'items', items, line: start + 1 })
    if (anyText) this.pending.push({ type: 'content', line: start + 1 })
    return i
  }
}

/** The first safe point at or after `at`, counting fences opened from `from` on so as not to cut inside one. */
function nextSafePoint(lines: readonly string[], from: number, at: number): number {
  let fence: string | null = null
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!
    if (fence !== null) {
      const close = FENCE_CLOSE.exec(line)
      if (close && close[1]![0] === fence[0] && close[1]!.length >= fence.length) fence = null
      continue
    }
    if (i >= at && i > 0 && BLANK.test(lines[i - 1]!) && cutsAfterBlank(line)) return i
    fence = fenceOpening(line)
  }
  return lines.length
}

/**
 * Reads the document into `reader.blocks`: the line reader where it can, micromark
 * (through `reader.read`) for the rest. Gives the blocks a whole-document parse gives.
 */
export function readBlocksFast(text: string, reader: BlockReader): FastStats {
  const lines = text.split('\n')
  const stats: FastStats = { fastLines: 0, slowLines: 0, slowRegions: 0 }
  const fast = new LineReader(lines, reader.blocks)
  let position = 0
  let hasDefinitions = false
  while (position < lines.length) {
    const { safe, gaveUpAt } = fast.run(position)
    stats.fastLines += safe - position
    if (gaveUpAt === null) break
    let to = nextSafePoint(lines, safe, gaveUpAt + 1)
    let part = lines.slice(safe, to)
    let tree = parseMarkdown(part.join('\n'))
    let closes = openAtEnd(tree, part)
    while (closes && to < lines.length) {
      // The stretch ends inside a fence or raw HTML: run on to the line that closes it.
      let close = to
      while (close < lines.length && !closes(lines[close]!)) close++
      to = nextSafePoint(lines, close + 1, close + 1)
      part = lines.slice(safe, to)
      tree = parseMarkdown(part.join('\n'))
      closes = openAtEnd(tree, part)
    }
    // Every definition holds `]:`; without one there is nothing to look for.
    if (hasDefinitions || part.some((l) => l.includes(']:'))) {
      const found: string[] = []
      collectDefinitions(tree, found)
      if (found.length > 0) hasDefinitions = true
    }
    reader.read(tree, safe)
    stats.slowLines += to - safe
    stats.slowRegions++
    position = to
  }
  if (hasDefinitions) {
    // A link or footnote definition (never on a line the line reader takes) reaches every
    // reference in the document: read it all as `parseChunks` does, definitions before every chunk.
    reader.blocks.length = 0
    for (const chunk of parseChunks(text)) reader.read(chunk.tree, chunk.lineOffset)
    return { fastLines: 0, slowLines: lines.length, slowRegions: 1 }
  }
  return stats
}
