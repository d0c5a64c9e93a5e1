/**
 * Day headings markdown did not read as headings: a code fence left open swallows every day after it, and GitHub
 * shows them as code too. The log is not guessed at; the report says where they start.
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
  return count >= HIDDEN_DAYS ? { kind: 'hidden-days', days: count, line: first } : null
}
