/**
 * Flattens mdast into the few kinds of block the entry reader cares about:
 * `<details>` opening and closing, summaries, headings, section labels, content,
 * and task items. Everything is plain data with 1-based document line numbers.
 */
import type { Code, Heading, Html, List, ListItem, Nodes, Paragraph, Root, Table } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { EMOJI, LEADING_EMOJI } from './emoji.js'

export interface RawItem {
  text: string
  /** From a checkbox or a status word; null for a plain bullet or an emoji line. */
  checked: boolean | null
  /** The emoji that marked an indented line (🙂 🙃 💪), if any. */
  marker: string | null
  /** Came from a checkbox or a status table, so its state stands wherever it is. */
  explicit: boolean
  line: number
}

export type Block =
  | { type: 'open'; line: number }
  | { type: 'close'; line: number }
  | { type: 'summary'; text: string; line: number; nested: boolean }
  | { type: 'heading'; depth: number; text: string; line: number }
  | { type: 'label'; text: string; line: number; styled: boolean; rest: boolean }
  | { type: 'content'; line: number }
  | { type: 'items'; items: RawItem[]; line: number }
  | { type: 'indexRow'; text: string; line: number }

const TAG_TOKEN = /<details\b[^>]*>|<\/details\s*>|<summary\b[^>]*>([\s\S]*?)<\/summary\s*>/gi
// The class lists single code points (joiner, variation selector) on purpose, not a combined sequence.
// eslint-disable-next-line no-misleading-character-class
export const BOLD_LABEL = /^\s*(?:[\p{Extended_Pictographic}\u200d\ufe0f]\s*)*(?:\*\*|__)(.+?)(?:\*\*|__)\s*([:：]?)\s*(.*)$/u

/** True when text carries nothing a reader would call content. */
export function isPlaceholder(text: string): boolean {
  const stripped = text
    .replace(/&nbsp;|&#160;|\u00a0/gi, ' ')
    .replace(EMOJI, '')
    .replace(/[#*_\-=:：|>~`.,\s]/g, '')
  return stripped === ''
}

export function stripTags(html: string): string {
  return html.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]*>/g, ' ')
}

function hasLinkOrMedia(node: Nodes): boolean {
  if (node.type === 'link' || node.type === 'image' || node.type === 'linkReference' || node.type === 'imageReference') return true
  return 'children' in node && (node.children as Nodes[]).some(hasLinkOrMedia)
}

function plainText(node: Nodes): string {
  return toString(node, { includeHtml: false }).replace(/\s+/g, ' ').trim()
}

/**
 * The blocks of one HTML node: `value` is its raw text, `first` its 1-based document line.
 * Shared by the mdast reader and the line reader in fast-blocks.ts.
 */
export function htmlBlocks(out: Block[], html: string, first: number, topLevel: boolean): void {
  const value = html.replace(/<!--[\s\S]*?(?:-->|$)/g, (comment) => comment.replace(/[^\n]/g, ''))
  const lines = value.split('\n')
  // A <summary> may open on one line and close on a later one: read tags over the whole value.
  const lineStarts: number[] = []
  let position = 0
  for (const line of lines) {
    lineStarts.push(position)
    position += line.length + 1
  }
  const lineAt = (index: number): number => {
    let i = lineStarts.length - 1
    while (i > 0 && lineStarts[i]! > index) i--
    return first + i
  }
  const remainder = value.replace(TAG_TOKEN, (token, summary: string | undefined, index: number) => {
    const line = lineAt(index)
    if (summary !== undefined) out.push({ type: 'summary', text: summary, line, nested: !topLevel })
    else if (token.startsWith('</')) out.push({ type: 'close', line })
    else out.push({ type: 'open', line })
    return token.replace(/[^\n]/g, '')
  })
  // What is left may hold a section label (a `<span>**완료한 사항**</span>` line right under
  // a <summary>, with no blank line between) or plain content.
  remainder.split('\n').forEach((line, i) => {
    const styled = /<span\b/i.test(line)
    const text = stripTags(line)
    if (isPlaceholder(text)) return
    const bold = BOLD_LABEL.exec(text)
    if (topLevel && bold) {
      out.push({ type: 'label', text: bold[1]!, line: first + i, styled, rest: !isPlaceholder(bold[3]!) })
    } else {
      out.push({ type: 'content', line: first + i })
    }
  })
}

/** The blocks of one code node: `source` is the document line it starts on, `value` its text. */
export function codeBlocks(out: Block[], source: string, value: string, line: number): void {
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
  private readonly lines: string[]
  private offset = 0

  constructor(source: string) {
    this.lines = source.split('\n')
  }

  /** Reads a tree whose line 1 is document line `lineOffset + 1`. */
  read(tree: Root, lineOffset: number): void {
    this.offset = lineOffset
    for (const node of tree.children) this.node(node, true)
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
      case 'blockquote':
      case 'footnoteDefinition':
        for (const child of node.children) this.node(child, false)
        return
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
    this.blocks.push({ type: 'heading', depth: node.depth, text: plainText(node), line: this.lineOf(node) })
  }

  private paragraph(node: Paragraph, topLevel: boolean): void {
    const line = this.lineOf(node)
    const text = plainText(node)
    const hasLink = hasLinkOrMedia(node)
    if (topLevel) {
      const firstLine = stripTags(this.lines[line - 1] ?? '')
      const bold = BOLD_LABEL.exec(firstLine)
      if (bold) {
        const more = (node.position?.end.line ?? 0) + this.offset > line
        const rest = !isPlaceholder(bold[3]!) || more || hasLink
        this.blocks.push({ type: 'label', text: bold[1]!, line, styled: /<span\b/i.test(this.lines[line - 1] ?? ''), rest })
        return
      }
    }
    if (hasLink || !isPlaceholder(text)) this.blocks.push({ type: 'content', line })
  }

  private code(node: Code): void {
    const line = this.lineOf(node)
    codeBlocks(this.blocks, this.lines[line - 1] ?? '', node.value, line)
  }

  private list(node: List): void {
    const items: RawItem[] = []
    const collect = (list: List, parentChecked: boolean | null | undefined): void => {
      for (const item of list.children) this.listItem(item, parentChecked, items, collect)
    }
    collect(node, undefined)
    if (items.length > 0) this.blocks.push({ type: 'items', items, line: this.lineOf(node) })
    if (plainText(node) !== '' || hasLinkOrMedia(node)) this.blocks.push({ type: 'content', line: this.lineOf(node) })
  }

  private listItem(
    item: ListItem,
    parentChecked: boolean | null | undefined,
    items: RawItem[],
    collect: (list: List, parentChecked: boolean | null) => void
  ): void {
    const checked = item.checked ?? null
    const head = item.children[0]
    // A plain bullet under a checkbox is a note on that task, not a task.
    const isNote = checked === null && parentChecked !== undefined && parentChecked !== null
    const struck = head?.type === 'paragraph' && head.children.length === 1 && head.children[0]?.type === 'delete'
    if (head?.type === 'paragraph' && !isNote && !struck) {
      const text = plainText(head).split('\n')[0]!.trim()
      if (!isPlaceholder(text)) items.push({ text, checked, marker: null, explicit: checked !== null, line: this.lineOf(item) })
    }
    for (const child of item.children) {
      if (child.type === 'list') collect(child, checked)
      else if (child.type === 'html') this.html(child, false)
    }
  }

  private table(node: Table): void {
    const [header, ...rows] = node.children
    if (!header) return
    const titles = header.children.map((cell) => plainText(cell).toLowerCase())
    const status = titles.findIndex((t) => /complete|done|status|state|완료|상태|결과|result/.test(t))
    const task = titles.findIndex((_, i) => i !== status)
    const items: RawItem[] = []
    let content = false
    for (const row of rows) {
      const cells = row.children.map((cell) => plainText(cell))
      if (cells.some((c) => !isPlaceholder(c))) content = true
      const first = cells[0] ?? ''
      if (/^\s*day\s*\d/i.test(first) && row.children[0] && hasLinkOrMedia(row.children[0])) {
        this.blocks.push({ type: 'indexRow', text: first, line: this.lineOf(row) })
        continue
      }
      if (status >= 0 && task >= 0 && !isPlaceholder(cells[task] ?? '')) {
        items.push({ text: cells[task]!, checked: statusWord(cells[status] ?? ''), marker: null, explicit: true, line: this.lineOf(row) })
      }
    }
    if (items.length > 0) this.blocks.push({ type: 'items', items, line: this.lineOf(node) })
    if (content) this.blocks.push({ type: 'content', line: this.lineOf(node) })
  }
}

/**
 * `yes`, `done`, `완료`, `✅` → done; anything else written there (`nope`, `kinda`, `not yet`,
 * `완료 못함`) → not done. `\b` knows only ASCII words, so Korean and emoji are matched apart.
 */
export function statusWord(word: string): boolean | null {
  const w = word.trim().toLowerCase()
  if (w === '') return null
  if (/^(?:yes|yep|y|done|okay|ok|o|true)(?![a-z0-9])/.test(w)) return true
  if (/^(?:ㅇ|✅|✔|☑)/u.test(w)) return true
  if (/^(?:완료|했음|했다|함$|됨$)/.test(w) && !/못|않|안\s*(?:함|했|됨)/.test(w)) return true
  return false
}
