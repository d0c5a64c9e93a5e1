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
  return count >= HIDDEN_DAYS
    ? { kind: 'hidden-days', days: count, line: first, inside: insideFence(lines, first - 1) ? 'code' : 'html' }
    : null
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/

/** Whether a fence is open at line `at` (0-based): what else hides a heading is an HTML block. */
function insideFence(lines: readonly string[], at: number): boolean {
  let open: string | null = null
  for (let i = 0; i < at; i++) {
    const m = FENCE.exec(lines[i]!)
    if (!m) continue
    const run = m[1]!
    if (open === null) open = run
    else if (run[0] === open[0] && run.length >= open.length && lines[i]!.slice(m[0].length).trim() === '') open = null
  }
  return open !== null
}
