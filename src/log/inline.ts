/**
 * Inline markdown → mdast phrasing nodes, for the line reader: the text of a
 * heading, paragraph or table cell read the way micromark with GFM reads it
 * (escapes, character references, code spans, autolinks, inline HTML, emphasis,
 * strikethrough, links and images, literal autolinks, hard breaks).
 *
 * It follows micromark's own procedure rather than the spec's prose where the
 * two could differ: characters are classified by UTF-16 unit as micromark does,
 * emphasis and strikethrough are resolved in the order their first run appears,
 * and literal autolinks are not read after an unclosed `[`.
 *
 * Where a label could name a definition (`labels`), it returns null: the caller
 * leaves that block to micromark, which knows the document's definitions.
 * Nodes carry no positions; `url` and `title` are the raw text between the parentheses.
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference'
import type { Nodes, PhrasingContent } from 'mdast'
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference'
import { normalizeIdentifier } from 'micromark-util-normalize-identifier'

export interface InlineOptions {
  /** The document's definition keys (normalized labels, `^` first for footnotes): references to them are read. */
  labels: ReadonlySet<string>
}

/** A run of `*`, `_` or `~` that may open or close emphasis or strikethrough. */
interface Sequence {
  type: 'sequence'
  marker: number
  size: number
  open: boolean
  close: boolean
}

/** `[` or `![`: a link or image may start here. */
interface LabelStart {
  type: 'labelStart'
  image: boolean
  /** Source index after the bracket: where the label text starts. */
  from: number
  /** Inside a link that formed later: it can no longer be a link. */
  inactive: boolean
  /** Its `]` came and formed nothing: it is plain text now. */
  balanced: boolean
}

type Item = PhrasingContent | Sequence | LabelStart
export type Finder = (needle: string, from: number) => number

const ASTERISK = 42
const UNDERSCORE = 95
const TILDE = 126

// Character groups as micromark-util-classify-character sees a UTF-16 unit: 1 whitespace, 2 punctuation, 0 other.
const groups = new Uint8Array(65536)
const WHITESPACE = /\s/
const PUNCTUATION = /\p{P}|\p{S}/u
function group(code: number): number {
  if (code < 0) return 1
  let g = groups[code]!
  if (g === 0) {
    const ch = String.fromCharCode(code)
    g = WHITESPACE.test(ch) ? 2 : PUNCTUATION.test(ch) ? 3 : 1
    groups[code] = g
  }
  return g - 1
}

const isAsciiAlpha = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
const isDigit = (c: number): boolean => c >= 48 && c <= 57
const isAsciiAlphanumeric = (c: number): boolean => isAsciiAlpha(c) || isDigit(c)
const isAsciiControl = (c: number): boolean => (c >= 0 && c < 32) || c === 127
/** micromark's `asciiAtext`: /[#-'*+\--9=?A-Z^-~]/. */
const isAsciiAtext = (c: number): boolean =>
  (c >= 35 && c <= 39) ||
  c === 42 ||
  c === 43 ||
  (c >= 45 && c <= 57) ||
  c === 61 ||
  c === 63 ||
  (c >= 65 && c <= 90) ||
  (c >= 94 && c <= 126)
/** GFM's email atext: `+ - . _` and ASCII alphanumerics. */
const isGfmAtext = (c: number): boolean => c === 43 || c === 45 || c === 46 || c === 95 || isAsciiAlphanumeric(c)
const isAsciiPunctuation = (c: number): boolean =>
  (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)
const isSpaceOrEol = (c: number): boolean => c === 32 || c === 10
/** Whitespace for the autolink literal rules: markdown's and Unicode's. */
const isAnyWhitespace = (c: number): boolean => c < 0 || group(c) === 1
const isUnicodePunctuation = (c: number): boolean => c >= 0 && group(c) === 2

const ENTITY = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z0-9]{1,31}));/y
/** Characters where something other than plain text may start (before literal autolinks are considered). */
const SPECIAL = /[\\`&<*_~[\]!\n]/g
/** `SPECIAL`, tested once over a whole text. */
const PLAIN_BREAKER = /[\\`&<*_~[\]!\n]/
const MAX_DESTINATION_BALANCE = 32

/** Text of a phrasing tree as mdast-util-to-string gives it; iterative, so depth cannot overflow the stack. */
export function toText(nodes: readonly Nodes[], includeHtml: boolean): string {
  let out = ''
  const stack: Nodes[] = [...nodes].reverse()
  while (stack.length > 0) {
    const node = stack.pop()!
    if ('value' in node) {
      if (node.type !== 'html' || includeHtml) out += node.value
    } else if ('alt' in node && node.alt) {
      out += node.alt
    } else if ('children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes)
    }
  }
  return out
}

/**
 * Whether a heading's phrasing is nothing but pictures (`![Notes: ](notes.jpg)` over `---`): a picture of the day's
 * work, whose alt text names no section.
 */
export function onlyPictures(nodes: readonly Nodes[]): boolean {
  let picture = false
  for (const node of nodes) {
    if (node.type === 'image' || node.type === 'imageReference') picture = true
    else if (node.type !== 'text' || node.value.trim() !== '') return false
  }
  return picture
}

class Unsure extends Error {}

/** Reads one stretch of inline content; see `parseInline`. */
class InlineReader {
  private items: Item[] = []
  private buffer = ''
  private labelStarts: LabelStart[] = []
  /** Label starts neither formed into a link nor failed: literal autolinks are not read while one is open. */
  private openLabels = 0
  /** The first of attention (`*`, `_`) and strikethrough (`~`) to appear is resolved first, as in micromark. */
  private firstResolver: 'attention' | 'strikethrough' | null = null
  private codeRuns: Map<number, { at: number[]; next: number }> | null = null
  private found: Map<string, { from: number; at: number }> | null = null
  /** `find` bound to this reader, made only where a construct needs it (most stretches never do). */
  private finder: Finder | null = null
  /** Where literal autolinks may start, sorted; each list is consumed from the front. */
  private readonly literalStarts: number[]

  constructor(
    private readonly s: string,
    private readonly options: InlineOptions
  ) {
    this.literalStarts = literalCandidates(s)
  }

  run(): PhrasingContent[] {
    const { s } = this
    let i = 0
    let nextLiteral = 0
    SPECIAL.lastIndex = 0
    while (i < s.length) {
      // Jump over plain text to the next character that may start something.
      while (nextLiteral < this.literalStarts.length && this.literalStarts[nextLiteral]! < i) nextLiteral++
      const literalAt = nextLiteral < this.literalStarts.length ? this.literalStarts[nextLiteral]! : s.length
      SPECIAL.lastIndex = i
      const special = SPECIAL.exec(s)
      const at = Math.min(special ? special.index : s.length, literalAt)
      if (at > i) {
        this.buffer += s.slice(i, at)
        i = at
        if (i >= s.length) break
      }
      if (i === literalAt) {
        const end = this.literal(i)
        if (end > i) {
          i = end
          continue
        }
      }
      i = this.construct(i)
    }
    this.flush()
    const nodes = this.resolve(
      this.items,
      this.firstResolver === 'strikethrough' ? ['strikethrough', 'attention'] : ['attention', 'strikethrough']
    )
    return nodes
  }

  /** The construct starting at `i` (a special character); returns the index after it. */
  private construct(i: number): number {
    const { s } = this
    const c = s.charCodeAt(i)
    switch (c) {
      case 92: // backslash
        return this.escape(i)
      case 96: // `
        return this.codeSpan(i)
      case 38: // &
        return this.characterReference(i)
      case 60: // <
        return this.angle(i)
      case ASTERISK:
      case UNDERSCORE:
      case TILDE:
        return this.sequence(i, c)
      case 91: // [
        if (s.charCodeAt(i + 1) === 94) {
          const call = this.footnoteCall(i)
          if (call > 0) return call
        }
        return this.labelStart(i, false)
      case 33: // !
        if (s.charCodeAt(i + 1) === 91) return this.labelStart(i, true)
        this.buffer += '!'
        return i + 1
      case 93: // ]
        return this.labelEnd(i)
      case 10:
        return this.lineEnding(i)
      default:
        this.buffer += s[i]
        return i + 1
    }
  }

  private flush(): void {
    if (this.buffer === '') return
    const last = this.items[this.items.length - 1]
    if (last?.type === 'text') last.value += this.buffer
    else this.items.push({ type: 'text', value: this.buffer })
    this.buffer = ''
  }

  private push(item: Item): void {
    this.flush()
    this.items.push(item)
  }

  private escape(i: number): number {
    const next = this.s.charCodeAt(i + 1)
    if (next === 10) {
      this.push({ type: 'break' })
      return this.skipLinePrefix(i + 2)
    }
    if (isAsciiPunctuation(next)) {
      this.buffer += this.s[i + 1]
      return i + 2
    }
    this.buffer += '\\'
    return i + 1
  }

  /** A line ending: two or more spaces before it make a hard break; other trailing spaces go. */
  private lineEnding(i: number): number {
    let spaces = 0
    while (spaces < this.buffer.length && this.buffer.charCodeAt(this.buffer.length - 1 - spaces) === 32) spaces++
    // Only spaces written right before the line ending count (not ones a character reference produced).
    let source = 0
    while (source < spaces && this.s.charCodeAt(i - 1 - source) === 32) source++
    if (source > 0) this.buffer = this.buffer.slice(0, this.buffer.length - source)
    if (source >= 2) this.push({ type: 'break' })
    else this.buffer += '\n'
    return this.skipLinePrefix(i + 1)
  }

  private skipLinePrefix(i: number): number {
    while (this.s.charCodeAt(i) === 32) i++
    return i
  }

  private codeSpan(i: number): number {
    const { s } = this
    let size = 0
    while (s.charCodeAt(i + size) === 96) size++
    const close = this.closingRun(size, i + size)
    if (close < 0) {
      this.buffer += s.slice(i, i + size)
      return i + size
    }
    let value = s.slice(i + size, close)
    const first = value.charCodeAt(0)
    const last = value.charCodeAt(value.length - 1)
    // One space or line ending is stripped from each side, unless the span is nothing but those.
    if (value.length > 2 && isSpaceOrEol(first) && isSpaceOrEol(last) && /[^ \n]/.test(value)) value = value.slice(1, -1)
    this.push({ type: 'inlineCode', value })
    return close + size
  }

  /** The next backtick run of exactly `size` at or after `from`, or -1. Runs are indexed once, so this stays linear. */
  private closingRun(size: number, from: number): number {
    if (this.codeRuns === null) {
      this.codeRuns = new Map()
      const { s } = this
      for (let j = s.indexOf('`'); j >= 0;) {
        let n = 0
        while (s.charCodeAt(j + n) === 96) n++
        let runs = this.codeRuns.get(n)
        if (!runs) this.codeRuns.set(n, (runs = { at: [], next: 0 }))
        runs.at.push(j)
        j = s.indexOf('`', j + n)
      }
    }
    const runs = this.codeRuns.get(size)
    if (!runs) return -1
    // Spans are read left to right, so the list is consumed from the front.
    while (runs.next < runs.at.length && runs.at[runs.next]! < from) runs.next++
    return runs.next < runs.at.length ? runs.at[runs.next]! : -1
  }

  private characterReference(i: number): number {
    ENTITY.lastIndex = i
    const m = ENTITY.exec(this.s)
    if (m) {
      const decoded =
        m[1] !== undefined
          ? decodeNumericCharacterReference(m[1], 16)
          : m[2] !== undefined
            ? decodeNumericCharacterReference(m[2], 10)
            : decodeNamedCharacterReference(m[3]!)
      if (decoded !== false) {
        this.buffer += decoded
        return i + m[0].length
      }
    }
    this.buffer += '&'
    return i + 1
  }

  private angle(i: number): number {
    const auto = autolinkEnd(this.s, i)
    if (auto > 0) {
      const inner = this.s.slice(i + 1, auto - 1)
      const email = !/^[A-Za-z][A-Za-z0-9+.-]{1,31}:/.test(inner)
      this.push({ type: 'link', url: email ? `mailto:${inner}` : inner, title: null, children: [{ type: 'text', value: inner }] })
      return auto
    }
    const html = this.htmlEnd(i)
    if (html > 0) {
      this.push({ type: 'html', value: this.s.slice(i, html) })
      return html
    }
    this.buffer += '<'
    return i + 1
  }

  /** `find` as a function to hand on. */
  private get boundFind(): Finder {
    return (this.finder ??= (needle, from) => this.find(needle, from))
  }

  /** The first `needle` at or after `from`, remembered so that repeated searches stay linear. */
  private find(needle: string, from: number): number {
    this.found ??= new Map()
    const known = this.found.get(needle)
    if (known && from >= known.from && (known.at < 0 || known.at >= from)) return known.at
    const at = this.s.indexOf(needle, from)
    this.found.set(needle, { from, at })
    return at
  }

  /** Inline HTML (micromark's html-text): the index after it, or -1. */
  private htmlEnd(i: number): number {
    const { s } = this
    const c = s.charCodeAt(i + 1)
    if (c === 33) {
      // <! comment, CDATA or declaration
      const d = s.charCodeAt(i + 2)
      if (d === 45) {
        if (s.charCodeAt(i + 3) !== 45) return -1
        const end = this.find('-->', i + 2)
        return end < 0 ? -1 : end + 3
      }
      if (d === 91) {
        if (!s.startsWith('CDATA[', i + 3)) return -1
        const end = this.find(']]>', i + 9)
        return end < 0 ? -1 : end + 3
      }
      if (isAsciiAlpha(d)) {
        const end = this.find('>', i + 3)
        return end < 0 ? -1 : end + 1
      }
      return -1
    }
    if (c === 63) {
      const end = this.find('?>', i + 2)
      return end < 0 ? -1 : end + 2
    }
    if (c === 47) return closingTagEnd(s, i)
    if (isAsciiAlpha(c)) return openTagEnd(s, i, this.boundFind)
    return -1
  }

  private sequence(i: number, marker: number): number {
    const { s } = this
    let size = 0
    while (s.charCodeAt(i + size) === marker) size++
    if (marker === TILDE && size > 2) {
      // More than two tildes are plain text (micromark refuses each of them).
      this.buffer += s.slice(i, i + size)
      return i + size
    }
    const previous = i > 0 ? s.charCodeAt(i - 1) : -1
    const next = i + size < s.length ? s.charCodeAt(i + size) : -1
    const before = group(previous)
    const after = group(next)
    let open: boolean
    let close: boolean
    if (marker === TILDE) {
      open = after === 0 || (after === 2 && before !== 0)
      close = before === 0 || (before === 2 && after !== 0)
      this.firstResolver ??= 'strikethrough'
    } else {
      // A `~` next to the run counts as an attention marker of another kind.
      const o = after === 0 || (after === 2 && before !== 0) || next === TILDE
      const c = before === 0 || (before === 2 && after !== 0) || previous === TILDE
      open = marker === ASTERISK ? o : o && (before !== 0 || !c)
      close = marker === ASTERISK ? c : c && (after !== 0 || !o)
      this.firstResolver ??= 'attention'
    }
    this.push({ type: 'sequence', marker, size, open, close })
    return i + size
  }

  private labelStart(i: number, image: boolean): number {
    const start: LabelStart = { type: 'labelStart', image, from: i + (image ? 2 : 1), inactive: false, balanced: false }
    this.push(start)
    this.labelStarts.push(start)
    this.openLabels++
    return start.from
  }

  private fail(start: LabelStart): void {
    start.balanced = true
    this.openLabels--
  }

  private labelEnd(i: number): number {
    const { s, labelStarts } = this
    while (labelStarts.length > 0 && labelStarts[labelStarts.length - 1]!.balanced) labelStarts.pop()
    const start = labelStarts[labelStarts.length - 1]
    if (!start || start.inactive) {
      if (start) this.fail(start)
      this.buffer += ']'
      return i + 1
    }
    const resource = s.charCodeAt(i + 1) === 40 ? resourceEnd(s, i + 1, this.boundFind) : null
    if (resource !== null) {
      this.form(start, resource.end, (children) =>
        start.image
          ? { type: 'image', url: resource.destination, title: resource.title, alt: toText(children, true) }
          : { type: 'link', url: resource.destination, title: resource.title, children }
      )
      return resource.end
    }
    if (this.options.labels.size > 0) {
      const end = this.reference(start, i)
      if (end > 0) return end
    }
    this.fail(start)
    this.buffer += ']'
    return i + 1
  }

  /** A link or image from `start` to here: what follows the label start becomes its content. */
  private form(start: LabelStart, end: number, make: (children: PhrasingContent[]) => PhrasingContent): void {
    void end
    this.flush()
    const at = this.items.lastIndexOf(start)
    const inside = this.items.splice(at).slice(1)
    this.labelStarts.pop()
    this.openLabels--
    this.items.push(make(this.resolve(inside, ['strikethrough', 'attention'])))
    // No links inside links: earlier link openers can no longer form one.
    if (!start.image) for (const other of this.labelStarts) if (!other.image) other.inactive = true
  }

  /**
   * A reference with the document's definitions known (micromark's label end): full `[text][label]`,
   * collapsed `[text][]` or shortcut `[text]`. The index after it, or -1.
   */
  private reference(start: LabelStart, i: number): number {
    const { s } = this
    const { labels } = this.options
    const raw = s.slice(start.from, i)
    const own = normalizeIdentifier(raw)
    // `![^x]` where `^x` is a footnote: micromark reads a footnote call there.
    if (start.image && raw.startsWith('^') && labels.has('^' + normalizeIdentifier(raw.slice(1)))) throw new Unsure()
    const defined = labels.has(own)
    let end = i + 1
    let label = raw
    let referenceType: 'shortcut' | 'collapsed' | 'full' = 'shortcut'
    if (s.charCodeAt(i + 1) === 91) {
      const full = fullReferenceLabel(s, i + 1)
      if (full !== null && labels.has(normalizeIdentifier(full))) {
        end = i + 1 + full.length + 2
        label = full
        referenceType = 'full'
      } else if (!defined) return -1
      else if (s.charCodeAt(i + 2) === 93) {
        end = i + 3
        referenceType = 'collapsed'
      } else return -1
    } else if (!defined) return -1
    const identifier = normalizeIdentifier(label).toLowerCase()
    this.form(start, end, (children) =>
      start.image
        ? { type: 'imageReference', identifier, label, referenceType, alt: toText(children, true) }
        : { type: 'linkReference', identifier, label, referenceType, children }
    )
    return end
  }

  /** A footnote call `[^label]` to a defined footnote; the index after it, or -1. */
  private footnoteCall(i: number): number {
    const { s } = this
    let j = i + 2
    for (; j < s.length && j - i < 1002; j++) {
      const c = s.charCodeAt(j)
      if (c === 93) break
      if (c === 91 || c === 32 || c === 10) return -1
      if (c === 92 && (s.charCodeAt(j + 1) === 91 || s.charCodeAt(j + 1) === 92 || s.charCodeAt(j + 1) === 93)) j++
    }
    if (j >= s.length || j === i + 2 || s.charCodeAt(j) !== 93) return -1
    const label = s.slice(i + 2, j)
    if (!this.options.labels.has('^' + normalizeIdentifier(label))) return -1
    this.push({ type: 'footnoteReference', identifier: normalizeIdentifier(label).toLowerCase(), label })
    return j + 1
  }

  /** A literal autolink (www., http(s)://, email) starting at `i`; returns the index after it, or `i`. */
  private literal(i: number): number {
    if (this.openLabels > 0) return i
    const { s } = this
    const end = literalAutolinkEnd(s, i)
    if (end <= i) return i
    const value = s.slice(i, end)
    // The email tokenizer goes first, so `www.a@b.c` is an address, not a web link.
    const url = isEmailAt(s, i, end) ? `mailto:${value}` : /^https?:/i.test(value) ? value : `http://${value}`
    this.push({ type: 'link', url, title: null, children: [{ type: 'text', value }] })
    return end
  }

  /**
   * Emphasis and strikethrough over a list of items, in micromark's order; what
   * stays unmatched becomes text. Returns the nodes, adjacent texts merged.
   */
  private resolve(items: Item[], order: Array<'attention' | 'strikethrough'>): PhrasingContent[] {
    let list = items
    for (const kind of order) list = this.match(list, kind)
    const out: PhrasingContent[] = []
    for (const item of list) {
      let node: PhrasingContent
      if (item.type === 'sequence') node = { type: 'text', value: String.fromCharCode(item.marker).repeat(item.size) }
      else if (item.type === 'labelStart') node = { type: 'text', value: item.image ? '![' : '[' }
      else node = item
      const last = out[out.length - 1]
      if (node.type === 'text' && last?.type === 'text') out[out.length - 1] = { type: 'text', value: last.value + node.value }
      else out.push(node)
    }
    return out
  }

  /** One resolver (micromark's resolveAllAttention or resolveAllStrikethrough) over `list`. */
  private match(list: Item[], kind: 'attention' | 'strikethrough'): Item[] {
    const strike = kind === 'strikethrough'
    let budget = 64 * (list.length + 16)
    for (let index = 0; index < list.length; index++) {
      const closer = list[index]!
      if (!isMine(closer, strike) || !closer.close) continue
      for (let open = index - 1; open >= 0; open--) {
        if (--budget < 0) throw new Unsure()
        const opener = list[open]!
        if (!isMine(opener, strike) || !opener.open) continue
        let use: number
        if (kind === 'strikethrough') {
          if (opener.size !== closer.size) continue
          use = opener.size
        } else {
          if (opener.marker !== closer.marker) continue
          if ((opener.close || closer.open) && closer.size % 3 && !((opener.size + closer.size) % 3)) continue
          use = opener.size > 1 && closer.size > 1 ? 2 : 1
        }
        const inside = this.resolve(list.slice(open + 1, index), ['strikethrough', 'attention'])
        const node: PhrasingContent =
          kind === 'strikethrough'
            ? { type: 'delete', children: inside }
            : use > 1
              ? { type: 'strong', children: inside }
              : { type: 'emphasis', children: inside }
        opener.size -= use
        closer.size -= use
        const replacement: Item[] = []
        if (opener.size > 0) replacement.push(opener)
        replacement.push(node)
        if (closer.size > 0) replacement.push(closer)
        list.splice(opener.size > 0 ? open : open, index - open + 1, ...replacement)
        // Look at what is left of the closer again, or go on after the new node.
        index = open + replacement.length - (closer.size > 0 ? 2 : 1)
        break
      }
    }
    return list
  }
}

/** A sequence of the resolver's own marker: `~` for strikethrough, `*` or `_` for attention (a module function: no closure per call). */
function isMine(item: Item, strike: boolean): item is Sequence {
  return item.type === 'sequence' && strike === (item.marker === TILDE)
}

/**
 * The phrasing nodes of inline content, or null where the reader is unsure (a
 * possible reference to a definition, or a pathological run of delimiters).
 * `text` is the content as micromark's text tokenizer sees it: lines joined with
 * `\n`, container prefixes and the first line's indent removed, the last line's
 * trailing spaces removed.
 */
export function parseInline(text: string, options: InlineOptions): PhrasingContent[] | null {
  // Most labels and items are plain text: nothing in them can start a construct, nor a literal autolink.
  if (!PLAIN_BREAKER.test(text) && literalCandidates(text).length === 0) return text === '' ? [] : [{ type: 'text', value: text }]
  try {
    return new InlineReader(text, options).run()
  } catch (error) {
    if (error instanceof Unsure) return null
    throw error
  }
}

/** The label of a full reference `[label]` at `i` (micromark's factoryLabel: no unescaped `[`, not blank, ≤ 999), or null. */
function fullReferenceLabel(s: string, i: number): string | null {
  let j = i + 1
  let seen = false
  for (; j < s.length; j++) {
    const c = s.charCodeAt(j)
    if (c === 93) break
    if (c === 91 || j - i > 999) return null
    if (c !== 32 && c !== 10) seen = true
    if (c === 92 && (s.charCodeAt(j + 1) === 91 || s.charCodeAt(j + 1) === 92 || s.charCodeAt(j + 1) === 93)) j++
  }
  return j < s.length && seen ? s.slice(i + 1, j) : null
}

/** Where a literal autolink could start (before the checks that need the parse state). */
function literalCandidates(s: string): number[] {
  const starts: number[] = []
  const hasAt = s.includes('@')
  const hasWww = includesWww(s)
  const hasHttp = s.includes('://') && /https?:\/\//i.test(s)
  if (!hasAt && !hasWww && !hasHttp) return starts
  if (hasWww || hasHttp) {
    const re = /www\.|https?:\/\//gi
    for (let m = re.exec(s); m; m = re.exec(s)) starts.push(m.index)
  }
  if (hasAt) {
    // An email starts at the first of the atext run before `@`, where the character before is neither atext nor `/`.
    for (let at = s.indexOf('@'); at >= 0; at = s.indexOf('@', at + 1)) {
      let start = at
      while (start > 0 && isGfmAtext(s.charCodeAt(start - 1))) start--
      if (start < at && (start === 0 || s.charCodeAt(start - 1) !== 47)) starts.push(start)
    }
    starts.sort((a, b) => a - b)
  }
  return starts
}

/** Whether `www.` stands anywhere in `s`, in any case: dots are looked up, not every character tried (as a regex would). */
function includesWww(s: string): boolean {
  // `| 32` lowers `W` to `w` and leaves `w` as it is; no other character becomes `w`.
  for (let dot = s.indexOf('.', 3); dot >= 0; dot = s.indexOf('.', dot + 1))
    if ((s.charCodeAt(dot - 1) | 32) === 119 && (s.charCodeAt(dot - 2) | 32) === 119 && (s.charCodeAt(dot - 3) | 32) === 119) return true
  return false
}

/** Whether an email address may start at `i`: an atext character after neither atext nor `/`. */
function mayStartEmail(s: string, i: number): boolean {
  const previous = i > 0 ? s.charCodeAt(i - 1) : -1
  return isGfmAtext(s.charCodeAt(i)) && !(previous === 47 || isGfmAtext(previous))
}

/** Whether the literal autolink from `i` to `end` is the email tokenizer's. */
function isEmailAt(s: string, i: number, end: number): boolean {
  return mayStartEmail(s, i) && emailEnd(s, i) === end
}

/** micromark-extension-gfm-autolink-literal's three tokenizers at `i`; the index after the link, or -1. */
function literalAutolinkEnd(s: string, i: number): number {
  const c = s.charCodeAt(i)
  const previous = i > 0 ? s.charCodeAt(i - 1) : -1
  // Email first (it is tried first at every character that can start one).
  if (mayStartEmail(s, i)) {
    const end = emailEnd(s, i)
    if (end > 0) return end
  }
  if ((c === 104 || c === 72) && !isAsciiAlpha(previous)) {
    const m = /^https?:\/\//i.exec(s.slice(i, i + 8))
    if (m) {
      const after = i + m[0].length
      const next = after < s.length ? s.charCodeAt(after) : -1
      if (next < 0 || isAsciiControl(next) || isAnyWhitespace(next) || isUnicodePunctuation(next)) return -1
      const domain = domainEnd(s, after)
      return domain < 0 ? -1 : pathEnd(s, domain)
    }
  }
  if ((c === 119 || c === 87) && previousWww(previous) && /^www\./i.test(s.slice(i, i + 4)) && i + 4 < s.length) {
    const domain = domainEnd(s, i)
    return domain < 0 ? -1 : pathEnd(s, domain)
  }
  return -1
}

function previousWww(c: number): boolean {
  return c < 0 || c === 40 || c === 42 || c === 95 || c === 91 || c === 93 || c === 126 || c === 32 || c === 10
}

function emailEnd(s: string, i: number): number {
  let j = i
  while (isGfmAtext(s.charCodeAt(j))) j++
  if (s.charCodeAt(j) !== 64) return -1
  j++
  let dot = false
  let data = false
  for (;;) {
    const c = s.charCodeAt(j)
    if (c === 46) {
      // A dot followed by an alphanumeric continues the domain; otherwise it is trailing punctuation.
      if (isAsciiAlphanumeric(s.charCodeAt(j + 1))) {
        dot = true
        j++
        continue
      }
      break
    }
    if (c === 45 || c === 95 || isAsciiAlphanumeric(c)) {
      data = true
      j++
      continue
    }
    break
  }
  return data && dot && isAsciiAlpha(s.charCodeAt(j - 1)) ? j : -1
}

/** Trailing punctuation at `i` that ends a literal autolink (micromark's `trail`). */
function isTrail(s: string, i: number): boolean {
  for (;;) {
    const c = i < s.length ? s.charCodeAt(i) : -1
    if (
      c === 33 ||
      c === 34 ||
      c === 39 ||
      c === 41 ||
      c === 42 ||
      c === 44 ||
      c === 46 ||
      c === 58 ||
      c === 59 ||
      c === 63 ||
      c === 95 ||
      c === 126
    ) {
      i++
      continue
    }
    if (c === 38) {
      // `&name;` counts as trailing.
      let j = i + 1
      if (!isAsciiAlpha(s.charCodeAt(j))) return false
      while (isAsciiAlpha(s.charCodeAt(j))) j++
      if (s.charCodeAt(j) !== 59) return false
      i = j + 1
      continue
    }
    if (c === 93) {
      const next = i + 1 < s.length ? s.charCodeAt(i + 1) : -1
      if (next < 0 || next === 40 || next === 91 || isAnyWhitespace(next)) return true
      i++
      continue
    }
    return c === 60 || c < 0 || isAnyWhitespace(c)
  }
}

function domainEnd(s: string, i: number): number {
  let underscoreInLast = false
  let underscoreInLastButOne = false
  let seen = false
  let j = i
  for (;;) {
    const c = j < s.length ? s.charCodeAt(j) : -1
    if (c === 46 || c === 95) {
      if (isTrail(s, j)) break
      if (c === 95) underscoreInLast = true
      else {
        underscoreInLastButOne = underscoreInLast
        underscoreInLast = false
      }
      j++
      continue
    }
    if (c < 0 || isAnyWhitespace(c) || (c !== 45 && isUnicodePunctuation(c))) break
    seen = true
    j++
  }
  return underscoreInLast || underscoreInLastButOne || !seen ? -1 : j
}

function pathEnd(s: string, i: number): number {
  let opened = 0
  let closed = 0
  let j = i
  for (;;) {
    const c = j < s.length ? s.charCodeAt(j) : -1
    if (c === 40) {
      opened++
      j++
      continue
    }
    if (c === 41 && closed < opened) {
      closed++
      j++
      continue
    }
    if (
      c === 33 ||
      c === 34 ||
      c === 38 ||
      c === 39 ||
      c === 41 ||
      c === 42 ||
      c === 44 ||
      c === 46 ||
      c === 58 ||
      c === 59 ||
      c === 60 ||
      c === 63 ||
      c === 93 ||
      c === 95 ||
      c === 126
    ) {
      if (isTrail(s, j)) return j
      if (c === 41) closed++
      j++
      continue
    }
    if (c < 0 || isAnyWhitespace(c)) return j
    j++
  }
}

/** micromark's autolink (`<scheme:…>` or `<email>`) at `i`; the index after `>`, or -1. */
function autolinkEnd(s: string, i: number): number {
  let j = i + 1
  let c = s.charCodeAt(j)
  if (isAsciiAlpha(c)) {
    let size = 1
    j++
    while (j < s.length) {
      c = s.charCodeAt(j)
      if (c === 58 && size >= 2) {
        // The URL part: anything but space, `<` and controls, up to `>`.
        for (j++; j < s.length; j++) {
          c = s.charCodeAt(j)
          if (c === 62) return j + 1
          if (c === 32 || c === 60 || isAsciiControl(c)) return -1
        }
        return -1
      }
      if ((c === 43 || c === 45 || c === 46 || isAsciiAlphanumeric(c)) && size < 32) {
        size++
        j++
        continue
      }
      break
    }
  } else if (c === 64) {
    return -1
  }
  // An email: atext, `@`, dot-separated labels of alphanumerics and inner dashes (at most 63).
  while (j < s.length && isAsciiAtext(s.charCodeAt(j))) j++
  if (s.charCodeAt(j) !== 64) return -1
  j++
  for (;;) {
    if (!isAsciiAlphanumeric(s.charCodeAt(j))) return -1
    let size = 0
    for (;;) {
      c = s.charCodeAt(j)
      if (c === 45 || isAsciiAlphanumeric(c)) {
        if (size++ >= 63) return -1
        j++
        continue
      }
      break
    }
    if (s.charCodeAt(j - 1) === 45) return -1
    if (c === 46) {
      j++
      continue
    }
    return c === 62 ? j + 1 : -1
  }
}

/** The index after a closing tag (`</name >`) that starts at `i`, or -1: raw inline HTML, without a parser. */
export function closingTagEnd(s: string, i: number): number {
  let j = i + 2
  if (!isAsciiAlpha(s.charCodeAt(j))) return -1
  while (s.charCodeAt(j) === 45 || isAsciiAlphanumeric(s.charCodeAt(j))) j++
  while (s.charCodeAt(j) === 32 || s.charCodeAt(j) === 10) j++
  return s.charCodeAt(j) === 62 ? j + 1 : -1
}

/** An open tag: name, attributes (whitespace before each), optional `/`, `>`; line endings count as whitespace. */
export function openTagEnd(s: string, i: number, find: Finder = (needle, from) => s.indexOf(needle, from)): number {
  let j = i + 1
  while (s.charCodeAt(j) === 45 || isAsciiAlphanumeric(s.charCodeAt(j))) j++
  let c = s.charCodeAt(j)
  if (!(c === 47 || c === 62 || isSpaceOrEol(c))) return -1
  for (;;) {
    // Between attributes.
    let spaced = false
    while (isSpaceOrEol(s.charCodeAt(j))) {
      j++
      spaced = true
    }
    c = s.charCodeAt(j)
    if (c === 47) return s.charCodeAt(j + 1) === 62 ? j + 2 : -1
    if (c === 62) return j + 1
    if (!spaced || !(c === 58 || c === 95 || isAsciiAlpha(c))) return -1
    // Attribute name.
    j++
    while (true) {
      c = s.charCodeAt(j)
      if (c === 45 || c === 46 || c === 58 || c === 95 || isAsciiAlphanumeric(c)) j++
      else break
    }
    // Optional value.
    let k = j
    while (isSpaceOrEol(s.charCodeAt(k))) k++
    if (s.charCodeAt(k) !== 61) continue
    k++
    while (isSpaceOrEol(s.charCodeAt(k))) k++
    c = s.charCodeAt(k)
    if (Number.isNaN(c) || c === 60 || c === 61 || c === 62 || c === 96) return -1
    if (c === 34 || c === 39) {
      const close = find(String.fromCharCode(c), k + 1)
      if (close < 0) return -1
      j = close + 1
      const after = s.charCodeAt(j)
      if (!(after === 47 || after === 62 || isSpaceOrEol(after))) return -1
      continue
    }
    for (;;) {
      c = s.charCodeAt(k)
      if (Number.isNaN(c) || c === 34 || c === 39 || c === 60 || c === 61 || c === 96) return -1
      if (c === 47 || c === 62 || isSpaceOrEol(c)) break
      k++
    }
    j = k
  }
}

/** A link resource `(destination "title")` starting at the `(` at `i`, or null. */
function resourceEnd(s: string, i: number, find: Finder): { end: number; destination: string; title: string | null } | null {
  let j = i + 1
  while (isSpaceOrEol(s.charCodeAt(j))) j++
  if (s.charCodeAt(j) === 41) return { end: j + 1, destination: '', title: null }
  let destination: string
  let c = s.charCodeAt(j)
  if (c === 60) {
    const start = j + 1
    for (j = start; ; j++) {
      c = s.charCodeAt(j)
      if (c === 62) break
      if (Number.isNaN(c) || c === 60 || c === 10) return null
      if (c === 92 && (s.charCodeAt(j + 1) === 60 || s.charCodeAt(j + 1) === 62 || s.charCodeAt(j + 1) === 92)) j++
    }
    destination = s.slice(start, j)
    j++
  } else {
    if (Number.isNaN(c) || c === 32 || c === 41 || isAsciiControl(c)) return null
    const start = j
    let balance = 0
    for (;;) {
      c = s.charCodeAt(j)
      if (!balance && (Number.isNaN(c) || c === 41 || isSpaceOrEol(c))) break
      if (balance < MAX_DESTINATION_BALANCE && c === 40) {
        balance++
        j++
        continue
      }
      if (c === 41) {
        balance--
        j++
        continue
      }
      if (Number.isNaN(c) || c === 32 || c === 40 || isAsciiControl(c)) return null
      if (c === 92 && (s.charCodeAt(j + 1) === 40 || s.charCodeAt(j + 1) === 41 || s.charCodeAt(j + 1) === 92)) j++
      j++
    }
    destination = s.slice(start, j)
  }
  let title: string | null = null
  if (isSpaceOrEol(s.charCodeAt(j))) {
    while (isSpaceOrEol(s.charCodeAt(j))) j++
    c = s.charCodeAt(j)
    if (c === 34 || c === 39 || c === 40) {
      const marker = c === 40 ? 41 : c
      const start = j + 1
      // The first unescaped marker (a backslash escapes the marker and itself).
      const close = String.fromCharCode(marker)
      for (j = find(close, start); j >= 0; j = find(close, j + 1)) {
        let slashes = 0
        while (s.charCodeAt(j - 1 - slashes) === 92 && j - 1 - slashes >= start) slashes++
        if (slashes % 2 === 0) break
      }
      if (j < 0) return null
      title = s.slice(start, j)
      j++
      while (isSpaceOrEol(s.charCodeAt(j))) j++
    }
  }
  return s.charCodeAt(j) === 41 ? { end: j + 1, destination, title } : null
}
