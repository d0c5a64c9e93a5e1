/**
 * `##2018.05.30`: a day heading typed without the space after its `#`s. Markdown, and GitHub, show it as text (and
 * under a list, as more of the last item), but the learner meant a day. Such a line is read as the heading it was
 * meant to be, and said so, where its label has the shape of the log's day headings: those typed right, or two
 * typed the same way. The file itself is never changed.
 */
import { readLabel } from './labels.js'

/** The line's `#`s with no space after them, or 0. */
function hashRun(line: string): number {
  let n = 0
  while (n < line.length && line.charCodeAt(n) === 35) n++
  if (n === 0 || n > 6 || n >= line.length) return 0
  const next = line.charCodeAt(n)
  return next === 32 || next === 9 ? 0 : n
}

/** A code fence's opening at any indent (list items indent theirs): lines in code are no headings. */
const FENCE = /^\s*(`{3,}|~{3,})/
/** `#100DaysOfCode Day 12: …`, a tweet pasted under the day, is a hashtag, not a heading. */
const HASHTAG = /^\d{2,3}\s*days?\s*of/i

/**
 * `#1 | 2020-01-02`: a day numbered with a number sign, as written, not a heading missing its space. A number of a
 * year's size after it (`#2018.05.30`) starts a date: that is the heading.
 */
function isNumberSign(line: string): boolean {
  if (hashRun(line) !== 1) return false
  const info = readLabel(line)
  return info !== null && info.form.startsWith('#N') && info.numbers.length > 0 && info.numbers[0]! < SIGN_NUMBER_BELOW
}

/** Numbers this size and above after a single `#` are years (`#2018.05.30`), not a day's number. */
const SIGN_NUMBER_BELOW = 1000

/** The label's shape where the text is a day or week label with a number or a date, else null. */
function labelForm(text: string): string | null {
  const info = readLabel(text)
  if (info === null || (info.kind !== 'day' && info.kind !== 'week') || info.form === '#N') return null
  return info.numbers.length + info.dates.length + info.slashDates.length > 0 ? info.form : null
}

export interface SpacedLines {
  /** The lines as read: those headings with their space, or the same array where there were none. */
  lines: readonly string[]
  /** The headings read so, 1-based, as written. */
  fixed: Array<{ line: number; text: string }>
}

export function spaceHeadings(lines: readonly string[]): SpacedLines {
  // Most logs have none: one cheap pass before anything else.
  const candidates: number[] = []
  for (let i = 0; i < lines.length; i++) if (lines[i]!.charCodeAt(0) === 35 && hashRun(lines[i]!) > 0) candidates.push(i)
  if (candidates.length === 0) return { lines, fixed: [] }

  const inCode = codeLines(lines)
  const typed = new Map<string, number[]>()
  for (const i of candidates) {
    const line = lines[i]!
    const rest = line.slice(hashRun(line)).trim()
    if (inCode.has(i) || HASHTAG.test(rest) || isNumberSign(line)) continue
    const form = labelForm(rest)
    if (form === null) continue
    const same = typed.get(form)
    if (same) same.push(i)
    else typed.set(form, [i])
  }
  if (typed.size === 0) return { lines, fixed: [] }

  const spacedForms = new Set<string>()
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (line.charCodeAt(0) !== 35 || inCode.has(i)) continue
    const heading = /^#{1,6}[ \t]+(.*)$/.exec(line)
    const form = heading && labelForm(heading[1]!.trim())
    if (form) spacedForms.add(form)
  }
  const read = [...lines]
  const fixed: SpacedLines['fixed'] = []
  for (const [form, at] of typed) {
    if (!spacedForms.has(form) && at.length < 2) continue
    for (const i of at) {
      const n = hashRun(lines[i]!)
      read[i] = `${lines[i]!.slice(0, n)} ${lines[i]!.slice(n)}`
      fixed.push({ line: i + 1, text: lines[i]!.trim() })
    }
  }
  fixed.sort((a, b) => a.line - b.line)
  return fixed.length === 0 ? { lines, fixed } : { lines: read, fixed }
}

/** The lines inside fenced code (the fences too), by index. */
function codeLines(lines: readonly string[]): Set<number> {
  const code = new Set<number>()
  let fence: string | null = null
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const m = FENCE.exec(line)
    if (fence !== null) {
      code.add(i)
      if (m && m[1]![0] === fence[0] && m[1]!.length >= fence.length && line.trim() === m[1]) fence = null
    } else if (m) {
      fence = m[1]!
      code.add(i)
    }
  }
  return code
}
