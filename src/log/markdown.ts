/**
 * Markdown → mdast, and the splitting that keeps it linear.
 *
 * `mdast-util-from-markdown` is super-linear on long documents (micromark#169),
 * so a log is parsed in chunks cut where a new block must start anyway: at an
 * unindented heading or `<details>`/`<summary>` line after a blank line, outside
 * fenced code and HTML comments. Each cut is then checked against the parse of
 * the chunk before it: where that chunk ends inside an open fence or raw HTML
 * block, the cut was wrong and the chunks are joined. Link and footnote
 * definitions are put before every chunk so that references resolve as they
 * would in one parse.
 */
import type { Nodes, Root, RootContent } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'

export interface Chunk {
  /** 0-based index of the chunk's first line in the whole document. */
  lineOffset: number
  text: string
}

export interface ParsedChunk {
  /** 0-based index of the chunk's first line: tree line 1 is document line `lineOffset + 1`. */
  lineOffset: number
  tree: Root
}

/** The smallest chunk worth a parser call of its own; smaller runs are merged. */
const MIN_CHUNK_LINES = 60

const FENCE = /^ {0,3}(`{3,}|~{3,})/
const BOUNDARY = /^(?:#{1,6}(?:\s|$)|<details\b|<summary\b|<font\b[^>]*>\s*<details\b)/i
const DEFINITION = /^ {0,3}\[(?:\^[^\]]+|[^\]^][^\]]*)\]:\s*\S/
/** Raw HTML blocks (CommonMark kinds 1–5) that run on past blank lines, each with what ends it. */
const RAW_HTML: Array<[RegExp, RegExp]> = [
  [/^ {0,3}<(?:pre|script|style|textarea)(?:\s|>|$)/i, /<\/(?:pre|script|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/]
]

/**
 * Built once, not per chunk. The mdast half drops GFM's tree transforms: they only
 * re-scan every text node for bare URLs, which the tokenizer already turns into
 * links, and cost a sixth of the parse.
 */
const EXTENSIONS = [gfm()]
const MDAST_EXTENSIONS = gfmFromMarkdown().map((extension) => ({ ...extension, transforms: [] }))

export function parseMarkdown(text: string): Root {
  return fromMarkdown(text, { extensions: EXTENSIONS, mdastExtensions: MDAST_EXTENSIONS })
}

/** A backtick fence's info string may not hold a backtick: "```a``` b" is inline code. */
export function fenceOpening(line: string): string | null {
  const open = FENCE.exec(line)
  if (!open) return null
  if (open[1]![0] === '`' && line.slice(open[0].length).includes('`')) return null
  return open[1]!
}

function closesFence(line: string, fence: string): boolean {
  const close = FENCE.exec(line)
  return close !== null && close[1]![0] === fence[0] && close[1]!.length >= fence.length && line.trim() === close[1]
}

/** Proposes the cuts; `parseChunks` checks them. `definitions` are the lines that look like definitions. */
export function splitIntoChunks(text: string): { chunks: Chunk[]; definitions: string[] } {
  const lines = text.split('\n')
  const chunks: Chunk[] = []
  const definitions: string[] = []
  let start = 0
  let fence: string | null = null
  let rawEnd: RegExp | null = null
  let previousBlank = true

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (fence !== null) {
      if (closesFence(line, fence)) fence = null
      previousBlank = false
      continue
    }
    if (rawEnd !== null) {
      if (rawEnd.test(line)) rawEnd = null
      previousBlank = false
      continue
    }
    if (previousBlank && BOUNDARY.test(line) && i - start >= MIN_CHUNK_LINES) {
      chunks.push({ lineOffset: start, text: lines.slice(start, i).join('\n') })
      start = i
    }
    const open = fenceOpening(line)
    const raw = open === null ? RAW_HTML.find(([opens]) => opens.test(line)) : undefined
    if (open !== null) fence = open
    else if (raw && !raw[1].test(line)) rawEnd = raw[1]
    else if (line.includes('<!--') && !line.slice(line.lastIndexOf('<!--')).includes('-->')) rawEnd = /-->/
    else if (DEFINITION.test(line)) definitions.push(line)
    previousBlank = line.trim() === ''
  }
  chunks.push({ lineOffset: start, text: lines.slice(start).join('\n') })
  return { chunks, definitions }
}

function shiftLines(node: Nodes, by: number): void {
  if (node.position) {
    node.position.start.line -= by
    node.position.end.line -= by
  }
  if ('children' in node) for (const child of node.children as Nodes[]) shiftLines(child, by)
}

/**
 * Parses one chunk with the document's definitions before it, each its own block,
 * then an HTML comment that ends any footnote definition and a blank line, so that
 * the chunk starts as it would in the document. Positions stay relative to the chunk (add `lineOffset`).
 */
export function parseChunk(chunk: Chunk, definitions: string[]): Root {
  if (definitions.length === 0) return parseMarkdown(chunk.text)
  const prefix = `${definitions.join('\n\n')}\n\n<!---->\n\n`
  const prefixLines = 2 * definitions.length + 2
  const tree = parseMarkdown(prefix + chunk.text)
  // The definitions put before the chunk are not part of it.
  tree.children = tree.children.filter((node) => (node.position?.start.line ?? 0) > prefixLines)
  for (const node of tree.children) shiftLines(node, prefixLines)
  return tree
}

/**
 * Where a chunk's last block is still open at its end (a fence or raw HTML block
 * that is not closed), the test that finds the line that closes it; null where
 * the chunk ends cleanly. Containers need no check: the unindented line that starts
 * the next chunk closes them.
 */
export function openAtEnd(tree: Root, lines: readonly string[]): ((line: string) => boolean) | null {
  const last: RootContent | undefined = tree.children[tree.children.length - 1]
  if (!last?.position) return null
  const first = lines[last.position.start.line - 1] ?? ''
  if (last.type === 'code') {
    const fence = fenceOpening(first)
    if (fence === null) return null
    const end = last.position.end.line
    const closed = end > last.position.start.line && closesFence(lines[end - 1] ?? '', fence)
    return closed ? null : (line) => closesFence(line, fence)
  }
  if (last.type === 'html') {
    const raw = RAW_HTML.find(([opens]) => opens.test(first))
    if (!raw || raw[1].test(last.value)) return null
    return (line) => raw[1].test(line)
  }
  return null
}

export function collectDefinitions(node: Nodes, out: string[]): void {
  if (node.type === 'definition' || node.type === 'footnoteDefinition') {
    const label = (node.label ?? node.identifier).replace(/[\\[\]]/g, '\\$&')
    out.push(node.type === 'definition' ? `[${label}]: #` : `[^${label}]: .`)
  }
  if ('children' in node) for (const child of node.children as Nodes[]) collectDefinitions(child, out)
}

function identifiers(definitions: readonly string[]): string {
  const out: string[] = []
  collectDefinitions(parseMarkdown(definitions.join('\n\n')), out)
  return [...new Set(out.map((d) => d.toLowerCase()))].sort().join('\n')
}

/** The document as parsed chunks, each equal to that stretch of a parse of the whole. */
export function parseChunks(text: string): ParsedChunk[] {
  const { chunks: proposed, definitions } = splitIntoChunks(text)
  if (proposed.length === 1) return [{ lineOffset: 0, tree: parseMarkdown(text) }]
  const lines = text.split('\n')
  const accepted: Array<Chunk & { tree: Root }> = []
  let i = 0
  while (i < proposed.length) {
    let chunk = proposed[i]!
    let tree = parseChunk(chunk, definitions)
    let closes = openAtEnd(tree, chunk.text.split('\n'))
    while (closes && i + 1 < proposed.length) {
      // The cut fell inside a block: join the chunks up to the line that closes it (or the end).
      let to = proposed[i + 1]!.lineOffset
      while (to < lines.length && !closes(lines[to]!)) to++
      do {
        i++
      } while (i + 1 < proposed.length && proposed[i + 1]!.lineOffset <= to)
      const end = proposed[i + 1]?.lineOffset ?? lines.length
      chunk = { lineOffset: chunk.lineOffset, text: lines.slice(chunk.lineOffset, end).join('\n') }
      tree = parseChunk(chunk, definitions)
      closes = openAtEnd(tree, chunk.text.split('\n'))
    }
    accepted.push({ ...chunk, tree })
    i++
  }

  // Lines that only look like definitions (inside a paragraph or raw HTML), or definitions
  // the pattern missed (in a list or quote): parse again with the ones the parser found.
  const found: string[] = []
  // Every definition holds `]:`; without one there is nothing to look for.
  if (text.includes(']:')) for (const { tree } of accepted) collectDefinitions(tree, found)
  if ((found.length > 0 || definitions.length > 0) && identifiers(found) !== identifiers(definitions)) {
    for (const chunk of accepted) chunk.tree = parseChunk(chunk, found)
  }
  return accepted.map(({ lineOffset, tree }) => ({ lineOffset, tree }))
}
