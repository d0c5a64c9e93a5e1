/**
 * Day headings markdown did not read as headings: a code fence left open swallows every day after it, and so does an
 * HTML line with no blank line after it (`<br>` over `## 2024-03-02`); GitHub shows them as code or text too. The log
 * is not guessed at; the report says where they start and what holds them.
 */
import type { Block } from './blocks.js'
import { readLabel } from './labels.js'
import type { Template } from './template.js'
import type { ReadNote } from './types.js'

/** Day headings in code worth saying: two or more. */
const HIDDEN_DAYS = 2

const ATX_LINE = /^#{1,6}[ \t]+(.+)$/

/** `## 7일차` lines not read as headings, in the shape of the log's day headings: a note where two or more are. */
export function hiddenDayHeadings(lines: readonly string[], blocks: readonly Block[], template: Template): ReadNote | null {
  const forms = new Set(template.forms.filter((f) => f.kind === 'day' && f.position.startsWith('h')).map((f) => f.form))
  if (forms.size === 0) return null
  let headings: Set<number> | null = null
  let count = 0
  let first = 0
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (line.charCodeAt(0) !== 35) continue
    const atx = ATX_LINE.exec(line)
    if (!atx) continue
    if (headings === null) {
      headings = new Set<number>()
      for (const b of blocks) if (b.type === 'heading') headings.add(b.line)
    }
    if (headings.has(i + 1)) continue
    const info = readLabel(atx[1]!)
    if (info?.kind !== 'day' || !forms.has(info.form)) continue
    count++
    first ||= i + 1
  }
  // One alone is most often an example of the log's own format, in a fence closed after it.
  if (count < HIDDEN_DAYS) return null
  const fence = fenceAt(lines, first - 1)
  if (fence === null) return { kind: 'hidden-days', days: count, line: first, inside: 'html' }
  return {
    kind: 'hidden-days',
    days: count,
    line: first,
    inside: 'code',
    ...(closedAfter(lines, first - 1, fence) ? { closed: true } : {})
  }
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/

/** The fence open at line `at` (0-based), or null: what else hides a heading is an HTML block. */
function fenceAt(lines: readonly string[], at: number): string | null {
  let open: string | null = null
  for (let i = 0; i < at; i++) {
    const m = FENCE.exec(lines[i]!)
    if (!m) continue
    if (open === null) open = m[1]!
    else if (closes(lines[i]!, m, open)) open = null
  }
  return open
}

/** Whether a line (its fence match `m`) closes the fence `open`: the same character, as long at least, nothing after. */
const closes = (line: string, m: RegExpExecArray, open: string): boolean =>
  m[1]![0] === open[0] && m[1]!.length >= open.length && line.slice(m[0].length).trim() === ''

/** Whether the fence `open` holding line `at` is closed further down: a block quoted on purpose, not a fence left open. */
function closedAfter(lines: readonly string[], at: number, open: string): boolean {
  for (let i = at + 1; i < lines.length; i++) {
    const m = FENCE.exec(lines[i]!)
    if (m && closes(lines[i]!, m, open)) return true
  }
  return false
}
