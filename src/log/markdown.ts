/**
 * micromark's side of the reading: how a stretch the line reader left is parsed, the
 * checks that say where such a stretch may end, and link definitions.
 *
 * `mdast-util-from-markdown` is super-linear on long documents (micromark#169),
 * so it only ever sees stretches, never the whole log. A definition reaches every
 * reference in the document; a stretch is given the definitions found elsewhere
 * that it references (and only those), put before it, so the work stays linear
 * whatever the number of definitions.
 */
import type { Nodes, Root, RootContent } from 'mdast'
import { normalizeIdentifier } from 'micromark-util-normalize-identifier'

const FENCE = /^ {0,3}(`{3,}|~{3,})/
/** Raw HTML blocks (CommonMark kinds 1–5) that run on past blank lines, each with what ends it. */
const RAW_HTML: Array<[RegExp, RegExp]> = [
  [/^ {0,3}<(?:pre|script|style|textarea)(?:\s|>|$)/i, /<\/(?:pre|script|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/]
]
/** A bracketed label (no unescaped brackets inside); with `:` after it, a possible definition. */
const LABEL = /\[((?:[^[\]\\]|\\[\s\S])*)\]/g

/**
 * What reads a stretch the line reader leaves: micromark (src/log/micromark.ts), given by the caller so that
 * the core does not load it for a log that never needs it.
 */
export type MarkdownParser = (text: string) => Root

/** Thrown where a stretch needs micromark and the caller gave none: load it and read again. */
export class MarkdownParserNeeded extends Error {
  constructor() {
    super('this log has a stretch only micromark reads, and no markdown parser was given')
    this.name = 'MarkdownParserNeeded'
  }
}

/** The caller's parser, or one that asks for it. */
export function markdownParser(given: MarkdownParser | undefined): MarkdownParser {
  return (
    given ??
    (() => {
      throw new MarkdownParserNeeded()
    })
  )
}

/** A backtick fence's info string may not hold a backtick: "```a``` b" is inline code. */
export function fenceOpening(line: string): string | null {
  const open = FENCE.exec(line)
  if (!open) return null
  if (open[1]![0] === '`' && line.slice(open[0].length).includes('`')) return null
  return open[1]!
}

/** Whether `line` closes the code fence opened by `fence` (same character, at least as long, nothing after). */
export function closesFence(line: string, fence: string): boolean {
  const close = FENCE.exec(line)
  if (close === null || close[1]![0] !== fence[0] || close[1]!.length < fence.length) return false
  for (let i = close[0].length; i < line.length; i++) if (line.charCodeAt(i) !== 32 && line.charCodeAt(i) !== 9) return false
  return true
}

/**
 * Where a stretch's last block is still open at its end (a fence or raw HTML
 * block that is not closed), the test that finds the line that closes it; null where
 * the stretch ends cleanly. Containers need no check: the unindented line that starts
 * the next stretch closes them.
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

/** A definition's key: its normalized label, `^` first for a footnote. */
export type DefinitionKey = string

/** The definitions in a tree, by key, each as a line that defines the same label (`[label]: #`, `[^label]: .`). */
export function collectDefinitions(tree: Root, out: Map<DefinitionKey, string>): void {
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'definition' || node.type === 'footnoteDefinition') {
      const label = node.label ?? node.identifier
      const key = (node.type === 'definition' ? '' : '^') + normalizeIdentifier(label)
      if (!out.has(key)) out.set(key, definitionLine(label, node.type === 'footnoteDefinition'))
    }
    if ('children' in node) for (const child of node.children as Nodes[]) stack.push(child)
  }
}

/** A line defining `label` (as written: labels match as written, escapes and all), for putting before a stretch. */
export function definitionLine(label: string, footnote: boolean): string {
  return footnote ? `[^${label}]: .` : `[${label}]: #`
}

/**
 * The keys of every bracketed label in `text`: what it may reference. `[^x]` gives
 * both `^X` and `^X`'s plain form, since a footnote call and a link label look alike.
 */
export function referencedKeys(text: string): Set<DefinitionKey> {
  const keys = new Set<DefinitionKey>()
  if (!text.includes('[')) return keys
  LABEL.lastIndex = 0
  for (let m = LABEL.exec(text); m; m = LABEL.exec(text)) {
    const key = normalizeIdentifier(m[1]!)
    keys.add(key)
    if (key.startsWith('^')) keys.add('^' + normalizeIdentifier(m[1]!.slice(1)))
    // Labels may nest ([a [b]]): go on right after the opening bracket.
    LABEL.lastIndex = m.index + 1
  }
  return keys
}

/** How far back `startsLine` looks for the start of a line. */
const LINE_START_LOOKBACK = 64

/**
 * Whether only indentation and container markers (`>`, list bullets, `1.`, `1)`) stand
 * between the start of its line and `at`: where a definition's label can start. Beyond
 * the look-back, yes.
 */
function startsLine(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && at - i <= LINE_START_LOOKBACK; i--) {
    const c = text.charCodeAt(i)
    if (c === 10) return true
    // space, tab, > - * + . ) and digits
    if (c !== 32 && c !== 9 && c !== 62 && c !== 45 && c !== 42 && c !== 43 && c !== 46 && c !== 41 && (c < 48 || c > 57)) return false
  }
  return true
}

/**
 * The labels `text` likely defines: each `[label]:` at the start of a line (after
 * container markers). A guess: the reader checks it against the definitions it finds.
 */
export function possibleDefinitions(text: string): Set<DefinitionKey> {
  const keys = new Set<DefinitionKey>()
  if (!text.includes(']:')) return keys
  LABEL.lastIndex = 0
  for (let m = LABEL.exec(text); m; m = LABEL.exec(text)) {
    if (text.charCodeAt(m.index + m[0].length) === 58 && startsLine(text, m.index)) {
      keys.add(normalizeIdentifier(m[1]!))
      if (m[1]!.startsWith('^')) keys.add('^' + normalizeIdentifier(m[1]!.slice(1)))
    }
    LABEL.lastIndex = m.index + 1
  }
  return keys
}

/**
 * Parses `text` with definition lines put before it, each its own block, then an
 * HTML comment that ends any footnote definition and a blank line, so that the
 * text starts as it would in the document. Positions stay relative to `text`.
 */
export function parseWithDefinitions(text: string, definitions: readonly string[], parseMarkdown: MarkdownParser): Root {
  if (definitions.length === 0) return parseMarkdown(text)
  const prefix = `${definitions.join('\n\n')}\n\n<!---->\n\n`
  const prefixLines = 2 * definitions.length + 2
  const tree = parseMarkdown(prefix + text)
  // The definitions put before the text are not part of it.
  tree.children = tree.children.filter((node) => (node.position?.start.line ?? 0) > prefixLines)
  const stack: Nodes[] = [...tree.children]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.position) {
      node.position.start.line -= prefixLines
      node.position.end.line -= prefixLines
    }
    if ('children' in node) for (const child of node.children as Nodes[]) stack.push(child)
  }
  return tree
}
