/**
 * Flattens mdast into the few kinds of block the entry reader cares about:
 * `<details>` opening and closing, summaries, headings, section labels, content,
 * and task items. Everything is plain data with 1-based document line numbers.
 */
import type { Code, Heading, Html, List, ListItem, Nodes, Paragraph, Root, RootContent, Table, TableCell, TableRow } from 'mdast'
import { EMOJI, LEADING_EMOJI, markerState } from './emoji.js'
import { onlyPictures, toText } from './inline.js'
import { mayBeLabel, readLabel, type LabelInfo } from './labels.js'
import { collapseWhitespace } from './whitespace.js'

export interface RawItem {
  text: string
  /** From a checkbox or a status word; null for a plain bullet or an emoji line. */
  checked: boolean | null
  /** The emoji that marked an indented line (🙂 🙃 💪), if any. */
  marker: string | null
  /** Came from a checkbox or a status table, so its state stands wherever it is. */
  explicit: boolean
  line: number
  /** The whole task is struck through (`- [ ] ~~…~~`): the learner let it go. */
  struck?: boolean
}

export type Block =
  | { type: 'open'; line: number }
  | { type: 'close'; line: number }
  | { type: 'summary'; text: string; line: number; nested: boolean }
  /** `setext`: underlined (`text` over `---` or `===`); a learner often puts `---` under a line as a rule, not a heading. */
  /** `link`: the heading holds a link that leaves the page (`##### Day01 - [环境搭建](./day-01.md)`). */
  | { type: 'heading'; depth: number; text: string; line: number; setext?: boolean; html?: boolean; link?: boolean }
  /**
   * A bold line. `inline`: text follows the bold part on its own line (`after`, as written; `below` beside it where more
   * lines or a link follow too); `rest`: any of that. `item`: the bold part opens a bullet (`- **Thoughts:** …`), which
   * is that item where its words name no section. `bare`: a bullet of a few plain words naming a section (`- 느낀 점`)
   * with nothing under it and no colon after it (`- 배운 점` over its own bullets has none).
   */
  | {
      type: 'label'
      text: string
      line: number
      styled: boolean
      rest: boolean
      inline: boolean
      after?: string
      below?: boolean
      item?: RawItem
      bare?: boolean
    }
  /**
   * `text`: the first line of a top-level paragraph as written, where a date-only label may stand; `more`: lines follow
   * it. `dayRows`: a table's rows named by a day with no link out, which are not read as days. `link`: the line (all
   * there is of it) links off the page; a paragraph of such lines is a block per line.
   */
  | { type: 'content'; line: number; text?: string; more?: boolean; dayRows?: number; link?: boolean }
  | { type: 'items'; items: RawItem[]; line: number }
  /**
   * A bullet of a top-level list that opens with a date or day number (`- **09.11** 백준`): perhaps a day. `rest`: words
   * follow. `checked`: a checkbox that counts days (`- [x] Day 3: CSS grid`), ticked for a day done, not for one to do.
   * `row`: the first cell of a table row that links nowhere (`| 2025-03-03 | 정렬 | 2h |`), the other cells its words.
   * `link`: the bullet is a link out and nothing else (`* [13일차 - 2021.10.18](./TIL/13일차.md)`): the day is written there.
   */
  | { type: 'itemLabel'; text: string; line: number; rest: boolean; checked?: boolean; row?: boolean; link?: boolean }
  /** A table row naming a day that links to its writing elsewhere; `unnamed`: a row of such a table naming none. */
  | { type: 'indexRow'; text: string; line: number; unnamed?: boolean; inPlace?: true; written?: boolean }

/** A letter or digit in the scripts logs are written in. */
const CONTENT_CHAR = /[0-9A-Za-z\u00c0-\u024f\u0400-\u04ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/
const TAG_TOKEN = /<details\b[^>]*>|<\/details\s*>|<summary\b[^>]*>([\s\S]*?)<\/summary\s*>/gi
/** The marks of a quote (`> `, `> > `) before a line's words. */
const QUOTE_MARKS = /^(?: {0,3}>[ \t]?)+/
// The class lists single code points (joiner, variation selector) on purpose, not a combined sequence.
// eslint-disable-next-line no-misleading-character-class
const BOLD_LABEL = /^\s*(?:[\p{Extended_Pictographic}\u200d\ufe0f]\s*)*(?:\*\*|__)(.+?)(?:\*\*|__)\s*([:：]?)\s*(.*)$/u

/** `` `DAY-12` : Today I … ``: a day number or date set off in code, then a colon, read as a bold label is. */
const CODE_LABEL = /^\s*`([^`]{1,40})`\s*([:：])\s*(.*)$/u

function codeLabel(line: string): RegExpExecArray | null {
  const m = CODE_LABEL.exec(line)
  return m && namedDay(m[1]!) !== null ? m : null
}

/** A bold line's whole label: the bold words, and the words after them on its line (`**Day 12** - 2025/03/03`). */
export function labelText(block: Extract<Block, { type: 'label' }>): string {
  return block.after === undefined ? block.text : `${block.text} ${block.after}`
}

/** Words after the bold ones longer than this are the day's writing (`**July 10, 2026** (mo) Three build fixes. …`). */
const MAX_TITLE_AFTER = 60

/** A bold line's label as the day's title: with the words after it where they are few, else the bold words alone. */
export function labelTitle(block: Extract<Block, { type: 'label' }>): string {
  return (block.after?.length ?? 0) > MAX_TITLE_AFTER ? block.text : labelText(block)
}

/** True when text carries nothing a reader would call content. */
export function isPlaceholder(text: string): boolean {
  // Most text has a letter or digit outside `&nbsp;`: content, without the three passes below.
  if (CONTENT_CHAR.test(text) && !text.includes('&')) return false
  const stripped = text
    .replace(/&nbsp;|&#160;|\u00a0/gi, ' ')
    .replace(EMOJI, '')
    .replace(/[#*_\-=:：|>~`.,\s()[\]{}]/g, '')
  return stripped === ''
}

/** Whether a text is spaces and line endings only. */
function onlySpaces(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c !== 32 && c !== 10) return false
  }
  return true
}

function stripTags(html: string): string {
  return html.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]*>/g, ' ')
}

/** A task box at the start of a struck-through item's text. */
const STRUCK_BOX = /^\[([ xX])\]\s+/

/** An HTML tag that shows something: a screenshot (`<img>`), a video, an embed. */
const MEDIA_TAG = /<(?:img|video|iframe|picture|audio|embed|object)\b/i
/** An inline HTML node that is such a tag (not a comment that mentions one). */
const IS_MEDIA_TAG = new RegExp(`^${MEDIA_TAG.source}`, 'i')

/** Whether a tree holds a link or an image (by reference, or as an HTML tag, too); iterative, so depth cannot overflow the stack. */
function hasLinkOrMedia(node: Nodes): boolean {
  const stack: Nodes[] = [node]
  while (stack.length > 0) {
    const next = stack.pop()!
    if (next.type === 'link' || next.type === 'image' || next.type === 'linkReference' || next.type === 'imageReference') return true
    if (next.type === 'html' && IS_MEDIA_TAG.test(next.value)) return true
    if ('children' in next) for (const child of next.children as Nodes[]) stack.push(child)
  }
  return false
}

function plainText(node: Nodes): string {
  return collapseWhitespace(toText([node], false))
}

/** Whether a tree holds any text but whitespace (what `plainText(node) !== ''` says, without building the text). */
function hasText(node: Nodes): boolean {
  const stack: Nodes[] = [node]
  while (stack.length > 0) {
    const next = stack.pop()!
    if ('value' in next) {
      if (next.type !== 'html' && /\S/.test(next.value)) return true
    } else if ('alt' in next && next.alt && /\S/.test(next.alt)) return true
    else if ('children' in next) for (const child of next.children as Nodes[]) stack.push(child)
  }
  return false
}

/** The blocks of one HTML node: `value` is its raw text, `first` its 1-based document line. */
function htmlBlocks(out: Block[], html: string, first: number, topLevel: boolean): void {
  const value = html.includes('<!--') ? html.replace(/<!--[\s\S]*?(?:-->|$)/g, (comment) => comment.replace(/[^\n]/g, '')) : html
  // Tags and headings in the order they stand, with their offsets; blanked out (length kept) for the per-line pass.
  // Each block is made with line 0 and given its line once the newlines before it are counted.
  const events: Array<{ index: number; block: Block }> = []
  let remainder = value.replace(TAG_TOKEN, (token, summary: string | undefined, index: number) => {
    if (summary !== undefined) events.push({ index, block: { type: 'summary', text: summary, line: 0, nested: !topLevel } })
    else if (token.startsWith('</')) events.push({ index, block: { type: 'close', line: 0 } })
    else events.push({ index, block: { type: 'open', line: 0 } })
    return token.replace(/[^\n]/g, ' ')
  })
  // `<h3 align="center">Day 5</h3>`: a heading written in HTML.
  const headings = htmlHeadings(remainder)
  for (const h of headings) events.push({ index: h.start, block: { type: 'heading', depth: h.depth, text: h.text, line: 0, html: true } })
  remainder = blankRanges(remainder, headings)
  // `<tr><td>2022.10.01</td><td>O</td></tr>`: a row of a table of days written in HTML, as a markdown table's row is.
  const rows = htmlDayRows(remainder)
  for (const row of rows) events.push({ index: row.start, block: { type: 'itemLabel', text: row.day, line: 0, rest: row.rest, row: true } })
  remainder = blankRanges(remainder, rows)
  // What is left may hold a section label (a `<span>**완료한 사항**</span>` line right under
  // a <summary>, with no blank line between) or plain content. Most often it is only the blanked-out tags.
  // Each line's block stands where its first word does, among the tags: inside the <details> it is written in.
  if (!onlySpaces(remainder)) {
    let offset = 0
    for (const text of remainder.split('\n')) {
      const block = remainderBlock(text, topLevel)
      if (block) events.push({ index: offset + text.length - text.trimStart().length, block })
      offset += text.length + 1
    }
  }
  if (events.length > 1) events.sort((a, b) => a.index - b.index)
  let line = first
  let position = 0
  for (const event of events) {
    // Events come in order: count the newlines up to each once.
    for (; position < event.index; position++) if (value.charCodeAt(position) === 10) line++
    event.block.line = line
    out.push(event.block)
  }
}

/** A line of an HTML block, its tags blanked out: a section label, content, or nothing (given line 0). */
function remainderBlock(line: string, topLevel: boolean): Block | null {
  const styled = /<span\b/i.test(line)
  const text = stripTags(line)
  if (isPlaceholder(text)) return MEDIA_TAG.test(line) ? { type: 'content', line: 0 } : null
  const bold = BOLD_LABEL.exec(text) ?? htmlBold(line)
  if (topLevel && bold) {
    const inline = !isPlaceholder(bold[3]!)
    return { type: 'label', text: bold[1]!, line: 0, styled, rest: inline, inline, ...(inline ? { after: bold[3]! } : {}) }
  }
  return { type: 'content', line: 0 }
}

/** Where `<b>` or `<strong>` opens on a line; then, from there, the bold part (read once: linear on any line). */
const HTML_BOLD_OPEN = /<(?:b|strong)\b/i
const HTML_BOLD = /<(b|strong)\b[^<>]*>(.+?)<\/\1\s*>\s*([:：]?)/iy

/**
 * `<p align="center"><b>Day 1</b></p>`: a line of an HTML block whose words open in bold, as `BOLD_LABEL` reads a
 * `**…**` line (the bold words, a colon, the words after them); null where words stand before the bold part.
 */
function htmlBold(line: string): [string, string, string, string] | null {
  const open = HTML_BOLD_OPEN.exec(line)
  if (!open || !isPlaceholder(stripTags(line.slice(0, open.index)))) return null
  HTML_BOLD.lastIndex = open.index
  const m = HTML_BOLD.exec(line)
  if (!m) return null
  const words = collapseWhitespace(stripTags(m[2]!))
  return words === '' ? null : [m[0], words, m[3]!, collapseWhitespace(stripTags(line.slice(open.index + m[0].length)))]
}

const HEADING_OPEN = /<h([1-6])\b[^<>]*>/gi

/**
 * The `<h1>`…`<h6>` elements of an HTML block, with their text. Each opening tag is
 * matched with the next closing tag of its level; a level with no closing tag left
 * is not looked for again, so the scan stays linear however many tags are open.
 */
function htmlHeadings(value: string): Array<{ depth: number; text: string; start: number; end: number }> {
  const found: Array<{ depth: number; text: string; start: number; end: number }> = []
  if (!/<h[1-6]/i.test(value)) return found
  const lower = value.toLowerCase()
  const unclosed = new Set<string>()
  HEADING_OPEN.lastIndex = 0
  let open: RegExpExecArray | null
  while ((open = HEADING_OPEN.exec(value)) !== null) {
    const level = open[1]!
    if (unclosed.has(level)) continue
    const inner = open.index + open[0].length
    const close = lower.indexOf(`</h${level}`, inner)
    const closeEnd = close < 0 ? -1 : lower.indexOf('>', close)
    if (close < 0 || closeEnd < 0) {
      unclosed.add(level)
      continue
    }
    const text = collapseWhitespace(stripTags(value.slice(inner, close)))
    found.push({ depth: Number(level), text, start: open.index, end: closeEnd + 1 })
    HEADING_OPEN.lastIndex = closeEnd + 1
  }
  return found
}

/**
 * `text` with the characters of each range (in order, not overlapping) but its newlines turned to spaces, in one pass:
 * a range blanked at a time copied the whole block once per heading or row.
 */
function blankRanges(text: string, ranges: ReadonlyArray<{ start: number; end: number }>): string {
  if (ranges.length === 0) return text
  let out = ''
  let at = 0
  for (const { start, end } of ranges) {
    if (start < at) continue
    out += text.slice(at, start) + text.slice(start, end).replace(/[^\n]/g, ' ')
    at = end
  }
  return out + text.slice(at)
}

const ROW_OPEN = /<tr\b[^>]*>/gi
const CELL_OPEN = /<t[dh]\b[^>]*>/i

/**
 * The rows of HTML tables whose first cell names a day and that link nowhere (a row with a link is an index's, its day
 * written elsewhere): each row's day, whether other cells hold words, and where the row stands.
 */
function htmlDayRows(value: string): Array<{ day: string; rest: boolean; start: number; end: number }> {
  const found: Array<{ day: string; rest: boolean; start: number; end: number }> = []
  if (!/<tr\b/i.test(value)) return found
  const lower = value.toLowerCase()
  ROW_OPEN.lastIndex = 0
  let open: RegExpExecArray | null
  while ((open = ROW_OPEN.exec(value)) !== null) {
    const inner = open.index + open[0].length
    const close = lower.indexOf('</tr', inner)
    if (close < 0) break
    ROW_OPEN.lastIndex = close
    const row = value.slice(inner, close)
    if (/<a\b/i.test(row)) continue
    const cells = row
      .split(CELL_OPEN)
      .slice(1)
      .map((cell) => collapseWhitespace(stripTags(cell)))
    const day = cells[0] !== undefined && namedDay(cells[0]) !== null ? cells[0] : undefined
    if (day === undefined) continue
    const rest = cells.slice(1).some((c) => !isPlaceholder(c) && !NOT_WRITTEN.test(c))
    found.push({ day, rest, start: open.index, end: lower.indexOf('>', close) + 1 || close })
  }
  return found
}

/** The blocks of one code node: `source` is the document line it starts on, `value` its text. */
function codeBlocks(out: Block[], source: string, value: string, line: number): void {
  const fenced = /^\s*(```|~~~)/.test(source)
  if (fenced) {
    if (value.trim() !== '') out.push({ type: 'content', line })
    return
  }
  // Indented code: the template's `    🙂 task` lines are items, not code.
  const items: RawItem[] = []
  let content = false
  value.split('\n').forEach((text, i) => {
    const marker = LEADING_EMOJI.exec(text.trim())
    if (marker) {
      const task = text.trim().slice(marker[0].length).trim()
      if (!isPlaceholder(task)) items.push({ text: task, checked: null, marker: marker[1]!, explicit: false, line: line + i })
    } else if (!isPlaceholder(text)) {
      content = true
    }
  })
  if (items.length > 0) out.push({ type: 'items', items, line })
  if (content) out.push({ type: 'content', line })
}

export class BlockReader {
  readonly blocks: Block[] = []
  private offset = 0

  /**
   * `lines`: the document's lines, which labels are read from as written. `namesSection`: whether plain words name a
   * section (the vocabulary's say), so that only such plain bullets split a list as labels (`- 배운 점`).
   */
  constructor(
    readonly lines: readonly string[],
    readonly namesSection: (words: string) => boolean = () => false
  ) {}

  /** Reads a tree whose line 1 is document line `lineOffset + 1`. */
  read(tree: Root, lineOffset: number): void {
    this.offset = lineOffset
    // Depth-first in document order, with an explicit stack: nesting depth comes from the input.
    const stack: Array<{ node: Nodes; topLevel: boolean }> = []
    for (let i = tree.children.length - 1; i >= 0; i--) stack.push({ node: tree.children[i]!, topLevel: true })
    while (stack.length > 0) {
      const { node, topLevel } = stack.pop()!
      if (node.type === 'blockquote' || node.type === 'footnoteDefinition') {
        // A log may quote each day (`> **2024.03.05 화요일**`): a quote's lines stand where the quote stands.
        const inside = topLevel && node.type === 'blockquote'
        for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, topLevel: inside })
      } else {
        this.node(node, topLevel)
      }
    }
  }

  private lineOf(node: Nodes): number {
    return (node.position?.start.line ?? 1) + this.offset
  }

  private node(node: Nodes, topLevel: boolean): void {
    switch (node.type) {
      case 'html':
        return this.html(node, topLevel)
      case 'heading':
        return this.heading(node)
      case 'paragraph':
        return this.paragraph(node, topLevel)
      case 'code':
        return this.code(node)
      case 'list':
        return this.list(node)
      case 'table':
        return this.table(node)
      case 'thematicBreak':
      case 'definition':
        return
      default:
        if (plainText(node) !== '') this.blocks.push({ type: 'content', line: this.lineOf(node) })
    }
  }

  private html(node: Html, topLevel: boolean): void {
    htmlBlocks(this.blocks, node.value, this.lineOf(node), topLevel)
  }

  private heading(node: Heading): void {
    const line = this.lineOf(node)
    // `![Notes: ](notes.jpg)` over `---`: a picture of the day's work, writing, not a section named by its alt text.
    if (onlyPictures(node.children)) {
      this.blocks.push({ type: 'content', line })
      return
    }
    // An ATX heading is one line; a setext heading runs to its underline.
    const setext = (node.position?.end.line ?? 0) + this.offset > line
    const link = linksOut(node)
    this.blocks.push({
      type: 'heading',
      depth: node.depth,
      text: plainText(node),
      line,
      ...(setext ? { setext } : {}),
      ...(link ? { link } : {})
    })
  }

  private paragraph(node: Paragraph, topLevel: boolean): void {
    const line = this.lineOf(node)
    // A paragraph's first line starts with `>` only inside a quote: its words are what follows the marks.
    const written = (this.lines[line - 1] ?? '').replace(QUOTE_MARKS, '')
    if (topLevel) {
      // Only a line with `*` or `_` in it can be a bold label; a day set off in code before a colon is one too.
      const bold =
        ((written.includes('*') || written.includes('_')) && BOLD_LABEL.exec(stripTags(written))) ||
        (written.includes('`') ? codeLabel(written) : null)
      const end = (node.position?.end.line ?? 0) + this.offset
      const each = bold && end > line ? boldLines(this.lines, line, end) : null
      if (each) {
        // `**2024.02.16** 과제 등록  ` line after line: a log of one line a day, each opening with bold words.
        for (const [i, m] of each.entries()) {
          const inline = !isPlaceholder(m[3]!)
          this.blocks.push({
            type: 'label',
            text: m[1]!,
            line: line + i,
            styled: false,
            rest: inline,
            inline,
            ...(inline ? { after: m[3]! } : {})
          })
        }
        return
      }
      if (bold) {
        const below = end > line || hasLinkOrMedia(node)
        const inline = !isPlaceholder(bold[3]!)
        const rest = inline || below
        const after = inline ? { after: bold[3]!, ...(below ? { below } : {}) } : {}
        this.blocks.push({ type: 'label', text: bold[1]!, line, styled: /<span\b/i.test(written), rest, inline, ...after })
        return
      }
    }
    if (!isPlaceholder(plainText(node)) || hasLinkOrMedia(node)) {
      const end = (node.position?.end.line ?? 0) + this.offset
      if (!topLevel) this.blocks.push({ type: 'content', line })
      else if (end > line && linkLines(this.lines, line, end)) {
        // `[1일차 - 설치](./day1.md)\` line after line: an index of days, one line each.
        for (let at = line; at <= end; at++)
          this.blocks.push({ type: 'content', line: at, text: this.lines[at - 1]!, more: false, link: true })
      } else {
        const link = end === line && LINK_OUT.test(written) && linksOut(node)
        this.blocks.push({ type: 'content', line, text: written, more: end > line, ...(link ? { link } : {}) })
      }
    }
  }

  private code(node: Code): void {
    const line = this.lineOf(node)
    codeBlocks(this.blocks, this.lines[line - 1] ?? '', node.value, line)
  }

  /** A list's task items, nested lists included (iteratively); HTML inside items is read as it comes. */
  private list(node: List): void {
    const items: RawItem[] = []
    /** Notes on a ticked or open box (`- [x] 1월 13일` over `  * 버블정렬 구현`): writing where they stand, no tasks. */
    const notes = new Set<RawItem>()
    // Where the list splits: a heading inside an item, or an item that may be a day.
    const splits: Array<{ node: Block | { heading: Heading }; before: number }> = []
    // Items in document order: a stack of what is left to read, each with its list's parent item state.
    const stack: Array<
      | { item: ListItem; parentChecked: boolean | null | undefined; parentLabelled: boolean }
      | { html: Html }
      | { heading: Heading }
      | { writing: RootContent }
    > = []
    const pushList = (list: List, parentChecked: boolean | null | undefined, parentLabelled: boolean): void => {
      for (let i = list.children.length - 1; i >= 0; i--) stack.push({ item: list.children[i]!, parentChecked, parentLabelled })
    }
    pushList(node, undefined, false)
    // Days linked two to a bullet (`[(22.01.11)](…) [(22.01.12)](…)`) are not read one per bullet: none of the list's
    // nested bullets is then a day (the log is said to be unread, not read in part).
    const nestedIndex = !linksTwoToABullet(node)
    while (stack.length > 0) {
      const next = stack.pop()!
      if ('html' in next) {
        // Its blocks stand where it does among the items: a `  </details>` under the last bullet closes after them.
        const before = items.length
        const html: Block[] = []
        htmlBlocks(html, next.html.value, this.lineOf(next.html), false)
        for (const block of html) splits.push({ node: block, before })
        continue
      }
      if ('heading' in next) {
        splits.push({ node: { heading: next.heading }, before: items.length })
        continue
      }
      if ('writing' in next) {
        splits.push({ node: { type: 'content', line: this.lineOf(next.writing) }, before: items.length })
        continue
      }
      const { item, parentChecked, parentLabelled } = next
      let checked = item.checked ?? null
      let labelled = false
      const head = item.children[0]
      // A plain bullet under a checkbox is a note on that task, not a task.
      const isNote = checked === null && parentChecked !== undefined && parentChecked !== null
      const struck = head?.type === 'paragraph' && head.children.length === 1 && head.children[0]?.type === 'delete'
      if (head?.type === 'paragraph' && isNote) {
        if (!isPlaceholder(plainText(head))) {
          const note: RawItem = { text: '', checked: null, marker: null, explicit: false, line: this.lineOf(item) }
          notes.add(note)
          items.push(note)
        }
      } else if (head?.type === 'paragraph') {
        // One line already: `plainText` turns every run of whitespace, newlines too, into one space, and trims.
        let written = plainText(head)
        // `~~[ ] 背单词~~`: the strike took the box with it; the task is still a task, let go.
        const box = struck && checked === null ? STRUCK_BOX.exec(written) : null
        if (box) {
          checked = box[1] !== ' '
          written = written.slice(box[0].length)
        }
        const topItem = parentChecked === undefined && checked === null
        // A checklist of days (`- [x] Day 3: CSS grid`) ticks each day off: its boxes may be days too. Under a plain
        // bullet that is no day (`- 영문법` over `  - [1일차](…)`), an index of days kept in files of their own.
        let label = parentChecked === undefined ? itemLabel(head, written, this.lineOf(item), checked) : null
        if (parentChecked === null && checked === null && !parentLabelled && nestedIndex) {
          const nested = itemLabel(head, written, this.lineOf(item), checked)
          if (nested?.link) label = nested
        }
        if (label) splits.push({ node: label, before: items.length })
        labelled = label !== null
        // `- ✅ Install PostgreSQL`, `- ❌ 블로그 정리`: a plain bullet marked done or not done, as an emoji line is.
        const lead = checked === null ? LEADING_EMOJI.exec(written) : null
        const marker = lead && markerState(lead[1]!) !== null ? lead[1]! : null
        const text = marker ? written.slice(lead![0].length) : written
        const own = { text, checked, marker, explicit: checked !== null, line: this.lineOf(item), ...(struck ? { struck } : {}) }
        const bold =
          topItem && !label ? (boldItemLabel(head) ?? plainItemLabel(head, item, node.ordered === true, this.namesSection)) : null
        // `- **Thoughts:**`, then its words in a paragraph of the same item after a blank line: written under it.
        if (bold && !bold.rest && item.children.some((c, i) => i > 0 && c.type !== 'list' && (hasText(c) || hasLinkOrMedia(c))))
          bold.rest = true
        // `- **Tomorrow:**` over its own bullets: a section label, written as a bullet. Whether its words name a
        // section, the entry reader decides; where they do not, the bullet is an item as before.
        if (bold) splits.push({ node: { type: 'label', ...bold, line: own.line, styled: false, item: own }, before: items.length })
        // `- AI 글쓰기 기능` over its own checkboxes names a group of tasks; it is no task itself.
        else if (!isPlaceholder(text) && !(checked === null && holdsBoxes(item))) items.push(own)
      }
      // After a heading inside the item (a log kept whole inside one bullet, `- # Journal`), what follows is writing
      // under that heading.
      // So is what follows a bullet that may be a day (`* 2019-11-02` over its table of problems, indented under it).
      const firstHeading = item.children.findIndex((c) => c.type === 'heading')
      const writingFrom = labelled ? 1 : firstHeading >= 0 ? firstHeading + 1 : item.children.length
      for (let i = item.children.length - 1; i >= 0; i--) {
        const child = item.children[i]!
        if (child.type === 'list') pushList(child, checked, labelled)
        else if (child.type === 'html') stack.push({ html: child })
        else if (child.type === 'heading') stack.push({ heading: child })
        else if (i >= writingFrom && (hasText(child) || hasLinkOrMedia(child))) stack.push({ writing: child })
      }
    }
    const line = this.lineOf(node)
    const tasks = (part: RawItem[]): RawItem[] => (notes.size === 0 ? part : part.filter((item) => !notes.has(item)))
    if (splits.length === 0) {
      const listed = tasks(items)
      if (listed.length > 0) this.blocks.push({ type: 'items', items: listed, line })
      // An item read has text, so the list does: the walks are for lists of placeholders.
      if (items.length > 0 || hasText(node) || hasLinkOrMedia(node)) this.blocks.push({ type: 'content', line })
      return
    }
    // `- …\n  ## 2025-10-03 (Day 2)`: a heading inside an item splits the list where it stands; so does an item
    // that may be a day, which stays an item too (the template decides what it is).
    let from = 0
    let start = line
    let labelLine = 0
    for (const split of [...splits, null]) {
      const to = split ? split.before : items.length
      const part = items.slice(from, to)
      const listed = tasks(part)
      if (listed.length > 0) this.blocks.push({ type: 'items', items: listed, line: start })
      // The label's own item is not writing under it (its words after the label are the block's `rest`).
      if (part.some((item) => item.line !== labelLine)) this.blocks.push({ type: 'content', line: start })
      if (!split) break
      const at = split.node
      if ('heading' in at) this.heading(at.heading)
      else this.blocks.push(at)
      labelLine = 'type' in at && at.type === 'itemLabel' ? at.line : 0
      from = to
      start = 'heading' in at ? this.lineOf(at.heading) : at.line
    }
  }

  private table(node: Table): void {
    const [header, ...rows] = node.children
    if (!header) return
    const titles = header.children.map((cell) => plainText(cell).toLowerCase())
    const dayColumn = DAY_COLUMN.test(titles[0] ?? '')
    const dateColumn = titles.findIndex((t) => DATE_COLUMN.test(t))
    const read = rows.map((row) => {
      const written = row.children.map((cell) => plainText(cell))
      const cells = rowCells(written, dayColumn, dateColumn)
      const label = cells[0]!
      // `| [Day 1](./day-01.md) |` links to where the day is written; `| [Day 1](#day-1) |` to its heading here (contents).
      const day = /^\s*day\s*\d/i.test(label) && row.children[0] && linksOut(row.children[0]) ? label : dayCellLinkingOut(cells, row)
      return { row, written, cells, first: label, day }
    })
    const titled = titles.findIndex((t) => /complete|done|status|state|완료|상태|결과|result/.test(t))
    // A status is a word or two (`done`, `진행중`, `✅`), or starts with one (`nope (but close)`); a column of sentences
    // under `Example Result` or `State Testing` is writing.
    const statuses = titled < 0 ? [] : read.map((r) => r.written[titled] ?? '')
    const said = statuses.some((text) => statusWord(text) === true || NOT_DONE.test(text))
    const status = titled >= 0 && (said || statuses.every((text) => width(text) <= STATUS_WIDTH)) ? titled : -1
    // The task is the first column that says neither whether it was done nor which day.
    const task = titles.findIndex((t, i) => i !== status && i !== dateColumn && !(i === 0 && dayColumn) && !COUNTER_COLUMN.test(t))
    const items: RawItem[] = []
    const dayLabels: Block[] = []
    let content = false
    let dayRows = 0
    const index = read.some((r) => r.day !== null)
    // The day row above, while the rows under it leave the label cell empty (`| 230926 (화) | |` over `| | [문제](…) |`).
    let continued: Extract<Block, { type: 'itemLabel' }> | null = null
    for (const { row, written, cells, first, day } of read) {
      if (cells.some((c) => !isPlaceholder(c))) content = true
      if (continued && isPlaceholder(first)) {
        continued.rest ||= cells.some(writtenCell)
        this.tableTask(items, written, status, task, row)
        continue
      }
      continued = null
      if (day !== null) {
        this.blocks.push({ type: 'indexRow', text: day, line: this.lineOf(row) })
        continue
      }
      // `| 다시 0 일차 | [React](./react.md) |` among index rows: a linked row naming no day, which the report owns up to.
      if (index && row.children.some(onlyLinksOut)) {
        this.blocks.push({ type: 'indexRow', text: first, line: this.lineOf(row), unnamed: true })
        continue
      }
      // A row that starts with a date and has no cell of links (a table of contents links to the log's own headings).
      const linksNowhere = !row.children.some((cell) => linkCell(cell) !== null)
      // `| 03/05 | ✅ | 시험 성적 | |` among rows that link to their days: a day of that table written in the row itself.
      const inPlace = index && linksNowhere ? dayCell(cells) : undefined
      if (inPlace !== undefined) {
        const written = cells.some((c) => c !== inPlace && !isPlaceholder(c) && !NOT_WRITTEN.test(c))
        this.blocks.push({ type: 'indexRow', text: inPlace, line: this.lineOf(row), inPlace: true, written })
        continue
      }
      if (datedFirstCell(cells) && linksNowhere) dayRows++
      // Perhaps a day, where the log writes its days as rows: the template decides.
      if (linksNowhere && namedDay(first) !== null) {
        continued = { type: 'itemLabel', text: first, line: this.lineOf(row), rest: cells.slice(1).some(writtenCell), row: true }
        dayLabels.push(continued)
      }
      this.tableTask(items, written, status, task, row)
    }
    // `|*Participated in the online test*|` over `|---|` and no row: a sentence written as a header alone is writing (a
    // header of column titles, `| 문제 | 풀이 |`, is a table yet to be filled).
    if (rows.length === 0 && titles.some((title) => width(title) > TITLE_WIDTH && !isPlaceholder(title))) content = true
    // The table's writing is said where the table starts, before any row that may be a day.
    if (content) this.blocks.push({ type: 'content', line: this.lineOf(node), ...(dayRows > 0 ? { dayRows } : {}) })
    if (items.length > 0) this.blocks.push({ type: 'items', items, line: this.lineOf(node) })
    this.blocks.push(...dayLabels)
  }

  /** A row of a table with a status column: its task (in the row's cells as written), done or not. */
  private tableTask(items: RawItem[], cells: readonly string[], status: number, task: number, row: TableRow): void {
    if (status >= 0 && task >= 0 && !isPlaceholder(cells[task] ?? ''))
      items.push({ text: cells[task]!, checked: statusWord(cells[status] ?? ''), marker: null, explicit: true, line: this.lineOf(row) })
  }
}

/**
 * A first column headed by the word for a day or the days counted (`| Tag | Thema |`, `| Dia | Data |`, `| 일차 |`,
 * `| 天数 |`): its bare numbers number days (`| 0001 |` is day 1).
 */
const DAY_COLUMN = /^(?:days?|tag|d[ií]a|jour|giorno|dag|일차|일수|日目|日数|天|天数)$/

/** The widest a status cell is written (`완료 못함`, `in progress`), counted as `width` counts. */
const STATUS_WIDTH = 16
/** The widest a column's title is written (`| 문제 | 풀이 |`, `| Example Result |`); a wider header is a sentence. */
const TITLE_WIDTH = 16
/** A status cell saying not done, with a note after it (`nope (out of time)`, `미완료 - 내일`). */
const NOT_DONE = /^\s*(?:no|nope|not|nah|x|❌|✖|미완료|미완|못|아직|未)(?![a-z])/iu

/** A cell of a table of days that says nothing was written: `N/A`, `TBD`, `TODO`, `...`. */
const NOT_WRITTEN = /^\s*(?:n\/?a|tbd|todo|\.{3}|…)\s*$/i

/** A cell of a day's row with something written in it; a check mark (`✅`, done that day) is, though an emoji. */
const writtenCell = (cell: string): boolean => (!isPlaceholder(cell) || statusWord(cell) === true) && !NOT_WRITTEN.test(cell)

/** A column that counts the rows (`| # |`, `| No. |`, `| 순번 |`): no task is written there. */
const COUNTER_COLUMN = /^(?:#|no\.?|nr\.?|num|번호|순번|序号|番号|№)$/

/** A column headed for the date (`| No | Date |`, `| # | 日付 |`, `| 번호 | 날짜 |`). */
const DATE_COLUMN = /^(?:date|dates|日付|記入日|作成日|実施日|日時|日期|날짜|일자|작성일|학습일|data|fecha|datum|tanggal|tarih|ngày|дата)$/

const COUNTER = /^\s*\d{1,4}\s*$/

/**
 * A row's cells, its label first: `| 1 |` under a day column is `Day 1`; a day numbered in one cell and dated in the
 * next (`| Day57 | 01/23 |`, `| 1 | [28/04] |`) is both; a counter or a week before the date is the date, and so is a
 * date column further on (`| 순번 | 제목 | 날짜 |`) where the first cell names no day.
 */
function rowCells(cells: readonly string[], dayColumn: boolean, dateColumn: number): string[] {
  const first = cells[0] ?? ''
  // `| 31 | 2025/07/25 | … |` under `| # | 日付 |`, or `| 03 | 26/03 |` under any header: a row counter, then the day's date.
  if (!dayColumn && COUNTER.test(first) && (dateColumn === 1 || dateAlone(cells[1]))) return cells.slice(1)
  // `| 1주차 | 2025.01.20(월) | … |`, `|  | 2025.01.21(화) | … |` under `| 주차 | 날짜 |`: the week, then the day's date.
  if (!dayColumn && dateColumn === 1 && namedDay(first) === null && dateAlone(cells[1])) return cells.slice(1)
  // `| 1 | 2 | [최소 공배수](…) | 220309 |` under `| 순번 | 레벨 | 제목 | 날짜 |`: the date, then the row's words.
  if (!dayColumn && dateColumn > 1 && (COUNTER.test(first) || namedDay(first) === null) && dateAlone(cells[dateColumn]))
    return [cells[dateColumn]!, ...cells.filter((_, i) => i !== dateColumn && !(i === 0 && COUNTER.test(first)))]
  const label = dayColumn && COUNTER.test(first) ? `Day ${first.trim()}` : first
  // The date of a numbered day: in the next cell, or under the date column.
  const at = dateColumn > 0 ? dateColumn : 1
  const date = cells[at]
  if (date === undefined || !/\d/.test(date)) return [label, ...cells.slice(1)]
  const day = namedDay(label)
  if (day && day.numbers.length > 0 && day.dates.length + day.slashDates.length === 0 && dateAlone(date))
    return [`${label} (${date.trim()})`, ...cells.filter((_, i) => i !== 0 && i !== at)]
  return [label, ...cells.slice(1)]
}

/** A cell that is a date and nothing else (`26/03`, `2024-03-05 (화)`). */
function dateAlone(cell: string | undefined): boolean {
  const info = cell === undefined ? null : namedDay(cell)
  return info !== null && info.numbers.length === 0 && info.topic === ''
}

/** The day a text names by its number or date, or null. */
function namedDay(text: string): LabelInfo | null {
  const info = readLabel(text)
  return info?.kind === 'day' && (info.numbers.length > 0 || info.dates.length > 0 || info.slashDates.length > 0) ? info : null
}

const ITEM_LABEL_START =
  // eslint-disable-next-line no-misleading-character-class -- single code points (joiner, selectors), not a sequence
  /^(?:\[\]\s*)?[\s[(（【\p{S}\u200d\ufe0e\ufe0f\u20e3]*(?:til\s*[\]】)]\s*)?(?:\d|第|(?:days?|d[ií]as?|tage?|jours?|giorno|dag|dzie[nń]|g[uü]n|hari(?:\s*ke-?)?|ngày|день)\s*[-#.]?\s*\d|r\d{1,3}d\d|d\s*\+\s*\d|d\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d))/iu

/**
 * A bullet that opens with a date or a day number, bold (`**09.11** 백준`) or not (`2024-03-05: 정렬`): the
 * label and whether words follow it; null for any other bullet. Whether such bullets are days, the template decides.
 */
function itemLabel(head: Paragraph, written: string, line: number, checked: boolean | null): Extract<Block, { type: 'itemLabel' }> | null {
  const first = head.children[0]
  const bold = first?.type === 'strong' ? plainText(first) : null
  const text = bold ?? written
  // Most bullets are writing: only one that starts with a digit, `第`, `Day 5` (`Día 5` …), `Mar 5` or a weekday and a
  // date (`Monday 04/03/2024`) is read as a label; after emoji, or a box typed without its space (`- [] day43 9/25`).
  if (!ITEM_LABEL_START.test(text)) return null
  const info = namedDay(text)
  if (info === null || info.form === '#N') return null
  // A box with a date and words is a deadline (`- [ ] 2024-03-05 발표`); a box that counts days (`- [x] Day 3`), or
  // ticks off a date alone (`- [x] 1월 13일 월요일`, its writing under it), may be a day.
  if (checked !== null && info.numbers.length === 0 && info.topic !== '') return null
  // `- Día 1: ✔️`: a check mark after the day says it was done, as a check-mark cell does in a table of days.
  const rest =
    bold === null
      ? info.topic !== '' || CHECK_MARK.test(written)
      : head.children.length > 1 && !isPlaceholder(plainText({ ...head, children: head.children.slice(1) }))
  const link = linkCell(head) === 'out'
  return { type: 'itemLabel', text, line, rest, ...(checked === null ? {} : { checked }), ...(link ? { link } : {}) }
}

/**
 * `- **Today's Progress:** …`, `- 📝 **Notes**: …`: the bold words that open a bullet, and whether words follow them on
 * its line (`inline`) or a link does (`rest`); null for a bullet that does not open with bold words.
 */
function boldItemLabel(head: Paragraph): { text: string; inline: boolean; rest: boolean } | null {
  let at = 0
  // Emoji and spaces before the bold part.
  while (at < head.children.length - 1) {
    const child = head.children[at]!
    if (child.type !== 'text' || !isPlaceholder(child.value)) break
    at++
  }
  const strong = head.children[at]
  if (strong?.type !== 'strong') return null
  const text = plainText(strong)
  if (text === '' || isPlaceholder(text)) return null
  const after = head.children.slice(at + 1)
  const rest = collapseWhitespace(toText(after, false))
  const inline = !isPlaceholder(rest.replace(/^[:：]/, ''))
  // `- **React** is a library`: bold words opening a sentence, not a label (`**React:**` and `**React**:` are).
  if (inline && !/[:：]$/.test(text) && !/^[:：]/.test(rest)) return null
  return { text, inline, rest: inline || after.some(hasLinkOrMedia) }
}

/** Whether a bullet's own list holds a checkbox. */
function holdsBoxes(item: ListItem): boolean {
  return item.children.some((child) => child.type === 'list' && child.children.some((sub) => typeof sub.checked === 'boolean'))
}

/** Wider plain bullets are writing, not a section's name: Latin letters count one, Hangul and CJK two (they say more). */
const PLAIN_ITEM_LABEL = 30

function width(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) n += text.charCodeAt(i) >= 0x1100 ? 2 : 1
  return n
}

/**
 * `- 배운 점` over its own bullets, `- Next steps:`: a bullet of a few plain words naming a section. `bare`: nothing
 * under it and no colon, a section only in a log that writes its sections as bullets (the entry reader decides);
 * a numbered one is none (`2. Completed CS231N CNN lecture` counts what was done).
 */
function plainItemLabel(
  head: Paragraph,
  item: ListItem,
  ordered: boolean,
  namesSection: (words: string) => boolean
): { text: string; inline: false; rest: false; bare?: true } | null {
  const only = head.children.length === 1 ? head.children[0] : undefined
  if (only?.type !== 'text' || only.value.length > PLAIN_ITEM_LABEL || only.value.includes('\n')) return null
  if (width(only.value) > PLAIN_ITEM_LABEL) return null
  const text = only.value.trim()
  // `- チャプター 3 までの感想です。`: a sentence over its bullets, not a name.
  if (text === '' || isPlaceholder(text) || /[。.!?！？]$/.test(text) || !namesSection(text)) return null
  const bare = !item.children.some((child) => child.type === 'list') && !/[:：]$/.test(text)
  if (bare && ordered) return null
  return { text, inline: false, rest: false, ...(bare ? { bare } : {}) }
}

/** Whether a bullet nested in the list holds nothing but two links or more. */
function linksTwoToABullet(list: List): boolean {
  const stack: Array<{ list: List; nested: boolean }> = [{ list, nested: false }]
  while (stack.length > 0) {
    const { list: next, nested } = stack.pop()!
    for (const item of next.children) {
      const head = item.children[0]
      if (nested && head?.type === 'paragraph' && linkCell(head) === 'out' && head.children.filter(isLink).length > 1) return true
      for (const child of item.children) if (child.type === 'list') stack.push({ list: child, nested: true })
    }
  }
  return false
}

const isLink = (node: Nodes): boolean => node.type === 'link' || node.type === 'linkReference'

const CHECK_MARK = /[✅✔☑]/u

/** A markdown link written inline to somewhere off the page: `](./day1.md)`, not `](#day-1)`. */
const LINK_OUT = /\]\(\s*<?[^\s#)<]/

/**
 * Lines (1-based, `from` to `to`) each opening with bold words that may name a day (`**2024.02.16** 과제 등록`): the
 * bold part of each, or null where one line does not.
 */
function boldLines(lines: readonly string[], from: number, to: number): RegExpExecArray[] | null {
  const found: RegExpExecArray[] = []
  for (let at = from; at <= to; at++) {
    const bold = BOLD_LABEL.exec(stripTags(lines[at - 1] ?? ''))
    if (!bold || !mayBeLabel(bold[1]!) || readLabel(bold[1]!) === null) return null
    found.push(bold)
  }
  return found
}

/** A line that starts with an image (`![Day 2 Progress](shot.png)`): a picture of the day's work, no day's file. */
const IMAGE_FIRST = /^\s*!\[/

/** Whether every line of a paragraph (1-based, `from` to `to`) holds a link off the page: an index, a line per day. */
function linkLines(lines: readonly string[], from: number, to: number): boolean {
  for (let at = from; at <= to; at++) {
    const line = lines[at - 1] ?? ''
    if (!LINK_OUT.test(line) || IMAGE_FIRST.test(line)) return false
  }
  return true
}

/** Whether a link leaves the page (an anchor `#…` points at this log's own heading). */
function linksOut(node: Nodes): boolean {
  const stack: Nodes[] = [node]
  while (stack.length > 0) {
    const next = stack.pop()!
    if ((next.type === 'link' || next.type === 'definition') && !next.url.startsWith('#')) return true
    if (next.type === 'linkReference') return true
    if ('children' in next) for (const child of next.children as Nodes[]) stack.push(child)
  }
  return false
}

/**
 * `| 2021.08.02 | TIL - Day 1 | … | [링크](https://…) |`, `| Week 1 | 19.11.04 | [Git](https://…) |`: the cell, first or
 * second, that names an index row's day by its date or number, where the row links to its writing elsewhere; else null.
 */
function dayCellLinkingOut(cells: readonly string[], row: TableRow): string | null {
  const day = dayCell(cells)
  return day !== undefined && row.children.some(onlyLinksOut) ? day : null
}

/** Judges and problem sites: a link there names a problem solved, not where the day is written. */
const PROBLEM_SITE =
  /^https?:\/\/(?:www\.)?(?:acmicpc\.net|boj\.kr|leetcode\.(?:com|cn)|leetcode-cn\.com|school\.programmers\.co\.kr|programmers\.co\.kr|codeforces\.com|atcoder\.jp|hackerrank\.com|codewars\.com|swexpertacademy\.com|softeer\.ai|codeup\.kr|solved\.ac|luogu\.com\.cn|nowcoder\.com|projecteuler\.net|exercism\.org|codechef\.com|spoj\.com|kattis\.com|open\.kattis\.com|solvesql\.com|codetree\.ai|algospot\.com|jungol\.co\.kr|app\.codility\.com)\//i

const INLINE_LINK = /\]\(\s*<?([^\s)<>]*)/g

/** Whether every inline link of a line as written names a judge's problem (`2일: 백준 [A + B](https://www.acmicpc.net/…)`). */
export function linksOnlyProblems(line: string): boolean {
  let found = false
  INLINE_LINK.lastIndex = 0
  for (let m = INLINE_LINK.exec(line); m; m = INLINE_LINK.exec(line)) {
    if (!PROBLEM_SITE.test(m[1]!)) return false
    found = true
  }
  return found
}

/** Text that joins links in a cell (`, `, ` / `, `·`, an emoji), and no words. */
// An emoji's joiner and selectors are marks (`⛑️`, `👨‍🎨`), not words.
// eslint-disable-next-line no-misleading-character-class -- single code points (joiner, selectors), not a sequence
const JOINING = /^[\s\p{P}\p{S}\u200d\ufe0e\ufe0f\u20e3]*$/u

/**
 * Where a cell (or a bullet's line) that is nothing but links points: `out` (`[링크](https://…)`, `[📄](./03-05.md),
 * [노트](…)`: where a row's day is written), `here` (`[Day 1](#day-1)`: a table of contents); null for a cell of words,
 * a link among them (`- Nghe [podcast #12](https://…)`) part of the row's own writing.
 */
function linkCell(cell: TableCell | Paragraph): 'out' | 'here' | null {
  let links: 'out' | 'here' | null = null
  const stack: Nodes[] = [...cell.children]
  while (stack.length > 0) {
    const next = stack.pop()!
    if (next.type === 'link' || next.type === 'linkReference') {
      if (next.type === 'link' && next.url.startsWith('#')) links = 'here'
      // `[A+B](https://www.acmicpc.net/problem/1000)`: a problem solved that day, named by its page, is the row's writing.
      else if (next.type === 'link' && PROBLEM_SITE.test(next.url)) return null
      else links ??= 'out'
    } else if (next.type === 'text' || next.type === 'inlineCode') {
      if (!JOINING.test(next.value)) return null
    } else if (next.type === 'strong' || next.type === 'emphasis' || next.type === 'delete') stack.push(...next.children)
    else if (next.type !== 'break' && next.type !== 'image' && next.type !== 'html') return null
  }
  return links
}

const onlyLinksOut = (cell: TableCell): boolean => linkCell(cell) === 'out'

/** Whether a row's first cell names a day by its date (`| 06.03.2023 M |`), not only by a number (`| 25 days |`). */
function datedFirstCell(cells: readonly string[]): boolean {
  const info = namedDay(cells[0] ?? '')
  return info !== null && (info.dates.length > 0 || info.slashDates.length > 0)
}

/** The first or second cell of a row, where it names a day by its date or number. */
function dayCell(cells: readonly string[]): string | undefined {
  return cells.slice(0, 2).find((cell) => namedDay(cell) !== null)
}

/**
 * `yes`, `done`, `완료`, `✅` → done; anything else written there (`nope`, `kinda`, `not yet`,
 * `완료 못함`) → not done. `\b` knows only ASCII words, so Korean and emoji are matched apart.
 */
export function statusWord(word: string): boolean | null {
  const w = word.trim().toLowerCase()
  if (w === '') return null
  if (/^(?:yes|yep|y|done|okay|ok|o|true)(?![a-z0-9])/.test(w)) return true
  // A ticked box or check mark, as a character or as GitHub's shortcode (`[X]`, `:white_check_mark:`).
  if (/^(?:ㅇ|✅|✔|☑|\[x\]|:(?:white_check_mark|heavy_check_mark|ballot_box_with_check):)/u.test(w)) return true
  if (/^(?:완료|했음|했다|함$|됨$)/.test(w) && !/못|않|안\s*(?:함|했|됨)/.test(w)) return true
  return false
}
