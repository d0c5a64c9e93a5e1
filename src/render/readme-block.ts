/**
 * The carry-over block in the learner's README, between two markers the
 * learner places. Pure: text in, text out.
 *
 * The block is ONE line of HTML (a `<p>` and a `<table>`), so its height never
 * changes as tasks open and close: the `#L<line>` links in it, in the weekly
 * files and in issues stay right however the table grows.
 */
import type { CarryOver, Report } from '../review/types.js'
import { quote } from './quote.js'

export const SUMMARY_START = '<!-- til-keeper:summary:start -->'
export const SUMMARY_END = '<!-- til-keeper:summary:end -->'

/** The most open tasks the table lists; the rest are counted below it. */
export const SUMMARY_ROWS = 10

const KO = {
  heading: '이월된 할 일',
  counts: (open: number, resolved: number, dropped: number) =>
    `아직 진행 중 ${open}개 · 지금까지 끝낸 것 ${resolved}개${dropped > 0 ? ` · 그만둔 것 ${dropped}개` : ''}`,
  none: (resolved: number) => (resolved === 0 ? '이월된 할 일이 없어요.' : `남은 할 일이 없어요. 지금까지 ${resolved}개를 끝냈어요.`),
  columns: ['할 일', '처음 적은 날', '밀린 기간', '마지막으로 적은 날'],
  age: (n: number) => `${n}일째`,
  more: (n: number) => `그 밖에 ${n}개가 더 있어요.`,
  footer: 'til-keeper가 자동으로 고치는 부분이에요.'
}

type Strings = typeof KO

const EN: Strings = {
  heading: 'Carried-over tasks',
  counts: (open, resolved, dropped) => `${open} still open · ${resolved} done so far${dropped > 0 ? ` · ${dropped} dropped` : ''}`,
  none: (resolved) => (resolved === 0 ? 'No carried-over tasks.' : `No carried-over tasks left open; ${resolved} done so far.`),
  columns: ['Task', 'First written', 'Age', 'Last listed'],
  age: (n) => `${n} ${n === 1 ? 'day' : 'days'}`,
  more: (n) => `…and ${n} more.`,
  footer: 'til-keeper keeps this part up to date.'
}

/** Learner text in HTML: no tags, no mentions, and no quote that could end an attribute. */
function html(text: string): string {
  return quote(text).replace(/"/g, '&quot;')
}

function href(readmeUrl: string, line: number): string {
  return `${readmeUrl}#L${line}`.replace(/&/g, '&amp;').replace(/"/g, '%22')
}

function anchor(label: string, line: number | null, readmeUrl: string): string {
  return line === null ? html(label) : `<a href="${href(readmeUrl, line)}">${html(label)}</a>`
}

/** Due days in (from, to], as the report lists them: how much older the written day is than the carried one. */
function dueDaysBetween(report: Report, from: string | null, to: string | null): number {
  if (from === null || to === null || from >= to) return 0
  return new Set(report.due.filter((d) => d.date !== null && d.date > from && d.date <= to).map((d) => d.date)).size
}

/** The README block: the open carried-over tasks as one line of HTML, linking to their lines at `readmeUrl`. */
export function renderReadmeSummary(report: Report, readmeUrl: string): string {
  const t = report.language === 'ko' ? KO : EN
  // Newest first: a long log's oldest tasks are counted, not listed.
  const open: CarryOver[] = report.carryOver
    .filter((c) => c.resolvedIn === null)
    .sort((a, b) => (b.fromDate ?? '').localeCompare(a.fromDate ?? '') || b.line - a.line)
  const dropped = report.carryOver.filter((c) => c.dropped).length
  const resolved = report.carryOver.length - open.length - dropped
  if (open.length === 0) return `<p><b>${t.heading}</b> · ${t.none(resolved)} <sub>${t.footer}</sub></p>`

  const header = `<tr>${t.columns.map((c) => `<th>${c}</th>`).join('')}</tr>`
  const rows = open.slice(0, SUMMARY_ROWS).map((c) => {
    // A goal written on Day2 and carried from Day3: the link points into Day2, is labelled Day2,
    // and the age counts from Day2 as day 1.
    const written = report.entries.find((e) => e.kind === 'day' && e.line <= c.line && c.line <= e.endLine)
    const cells = [
      html(c.text),
      anchor(written?.label ?? c.from, c.line, readmeUrl),
      t.age(c.age + 1 + dueDaysBetween(report, written?.date ?? null, c.fromDate)),
      anchor(c.lastOpen, c.lastOpenLine, readmeUrl)
    ]
    return `<tr>${cells.map((x) => `<td>${x}</td>`).join('')}</tr>`
  })
  const more = open.length > SUMMARY_ROWS ? `<p>${t.more(open.length - SUMMARY_ROWS)}</p>` : ''
  return (
    `<p><b>${t.heading}</b> · ${t.counts(open.length, resolved, dropped)}</p>` +
    `<table><thead>${header}</thead><tbody>${rows.join('')}</tbody></table>` +
    `${more}<p><sub>${t.footer}</sub></p>`
  )
}

const lineOf = (text: string, index: number): number => text.slice(0, index).split('\n').length
const countLines = (text: string): number => text.split('\n').length - 1

/**
 * Replaces what is between the markers, keeping everything else byte for byte.
 * Returns null when the markers are absent or out of order (never adds them
 * itself); returns the input unchanged (same string) when the block is already
 * up to date. The block is written on lines of its own, with the README's line
 * ending. Links `href="…#L<n>"` in the block count lines of the README as it
 * is now; where the new block is taller or shorter than the old one, links to
 * lines below it are moved by the difference so they stay right.
 */
export function updateReadmeSummary(readme: string, block: string): string | null {
  const start = readme.indexOf(SUMMARY_START)
  const end = readme.indexOf(SUMMARY_END)
  if (start < 0 || end < 0 || end < start + SUMMARY_START.length) return null
  const innerStart = start + SUMMARY_START.length
  const old = readme.slice(innerStart, end)

  const after = readme.slice(innerStart)
  const eol = after.startsWith('\r\n') ? '\r\n' : after.startsWith('\n') ? '\n' : firstEol(readme)
  const body = block.replace(/\r\n?|\n/g, '\n').replace(/^\n+|\n+$/g, '')
  let inner = `${eol}${body.split('\n').join(eol)}${eol}`

  const shift = countLines(inner) - countLines(old)
  if (shift !== 0) {
    const endLine = lineOf(readme, end)
    inner = inner.replace(/(href="[^"]*#L)(\d+)(")/g, (_, head: string, n: string, tail: string) => {
      const line = Number(n)
      return `${head}${line >= endLine ? line + shift : line}${tail}`
    })
  }
  if (inner === old) return readme
  return readme.slice(0, innerStart) + inner + readme.slice(end)
}

/** The README's line ending: that of its first line, `\n` for a one-line file. */
function firstEol(text: string): string {
  const i = text.indexOf('\n')
  return i > 0 && text[i - 1] === '\r' ? '\r\n' : '\n'
}
