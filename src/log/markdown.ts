/**
 * Markdown → mdast, and the splitting that keeps it linear.
 *
 * `mdast-util-from-markdown` is super-linear on long documents (micromark#169),
 * so a log is parsed in chunks cut where a new block must start anyway: at an
 * unindented heading or `<details>`/`<summary>` line after a blank line, outside
 * fenced code and HTML comments. Link and footnote definitions are appended to
 * every chunk so that references resolve as they would in one parse.
 */
import type { Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'

export interface Chunk {
  /** 0-based index of the chunk's first line in the whole document. */
  lineOffset: number
  text: string
}

/** The smallest chunk worth a parser call of its own; smaller runs are merged. */
const MIN_CHUNK_LINES = 60

const FENCE = /^ {0,3}(`{3,}|~{3,})/
const BOUNDARY = /^(?:#{1,6}(?:\s|$)|<details\b|<summary\b|<font\b[^>]*>\s*<details\b)/i
const DEFINITION = /^ {0,3}\[(?:\^[^\]]+|[^\]^][^\]]*)\]:\s*\S/

export function parseMarkdown(text: string): Root {
  return fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] })
}

export function splitIntoChunks(text: string): { chunks: Chunk[]; definitions: string[] } {
  const lines = text.split('\n')
  const chunks: Chunk[] = []
  const definitions: string[] = []
  let start = 0
  let fence: string | null = null
  let inComment = false
  let previousBlank = true

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (fence !== null) {
      const close = FENCE.exec(line)
      if (close && close[1]![0] === fence[0] && close[1]!.length >= fence.length && line.trim() === close[1]) fence = null
      previousBlank = false
      continue
    }
    if (inComment) {
      if (line.includes('-->')) inComment = false
      previousBlank = false
      continue
    }
    if (previousBlank && BOUNDARY.test(line) && i - start >= MIN_CHUNK_LINES) {
      chunks.push({ lineOffset: start, text: lines.slice(start, i).join('\n') })
      start = i
    }
    const open = FENCE.exec(line)
    if (open) fence = open[1]!
    else if (line.includes('<!--') && !line.slice(line.lastIndexOf('<!--')).includes('-->')) inComment = true
    else if (DEFINITION.test(line)) definitions.push(line)
    previousBlank = line.trim() === ''
  }
  chunks.push({ lineOffset: start, text: lines.slice(start).join('\n') })
  return { chunks, definitions }
}

/** Parses one chunk; positions stay relative to the chunk (add `lineOffset`). */
export function parseChunk(chunk: Chunk, definitions: string[]): Root {
  if (definitions.length === 0) return parseMarkdown(chunk.text)
  const tree = parseMarkdown(`${chunk.text}\n\n${definitions.join('\n')}\n`)
  // The appended definitions are not part of the chunk.
  const chunkLines = chunk.text.split('\n').length
  tree.children = tree.children.filter((node) => (node.position?.start.line ?? 0) <= chunkLines)
  return tree
}
