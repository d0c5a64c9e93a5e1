/**
 * The carry-over block in the learner's README, between two markers the
 * learner places. Pure: text in, text out.
 *
 * The block is ONE line of HTML (a `<p>` and a `<table>`), so its height never
 * changes as tasks open and close: the `#L<line>` links in it, in the weekly
 * files and in issues stay right however the table grows.
 */
import type { Report } from '../review/types.js'
import { openTasks } from '../review/weeks.js'
import { messages } from './messages.js'
import { quote } from './quote.js'

export const SUMMARY_START = '<!-- til-keeper:summary:start -->'
export const SUMMARY_END = '<!-- til-keeper:summary:end -->'

/** The most open tasks the table lists; the rest are counted below it. */
export const SUMMARY_ROWS = 10

/** Learner text in HTML: no tags, no mentions, and no quote that could end an attribute. */
function html(text: string): string {
  return quote(text).replace(/"/g, '&quot;')
}

function href(readmeUrl: string, line: number): string {
  return `${readmeUrl}#L${line}`.replace(/&/g, '&amp;').replace(/"/g, '%22')
}

function anchor(label: string, line: number, readmeUrl: string): string {
  return `<a href="${href(readmeUrl, line)}">${html(label)}</a>`
}

/** The README block: the open carried-over tasks as one line of HTML, linking to their lines at `readmeUrl`. */
export function renderReadmeSummary(report: Report, readmeUrl: string): string {
  const t = messages(report.language).readmeBlock
  const { open, rows, resolved, dropped } = openTasks(report, SUMMARY_ROWS)
  if (open === 0) return `<p><b>${t.heading}</b> · ${t.none(resolved)} <sub>${t.footer}</sub></p>`

  const header = `<tr>${t.columns.map((c) => `<th>${c}</th>`).join('')}</tr>`
  const cells = rows.map((r) => {
    const row = [
      html(r.text),
      anchor(r.source.label, r.source.line, readmeUrl),
      t.age(r.age),
      anchor(r.lastOpen.label, r.lastOpen.line, readmeUrl)
    ]
    return `<tr>${row.map((x) => `<td>${x}</td>`).join('')}</tr>`
  })
  const more = open > SUMMARY_ROWS ? `<p>${t.more(open - SUMMARY_ROWS)}</p>` : ''
  return (
    `<p><b>${t.heading}</b> · ${t.counts(open, resolved, dropped)}</p>` +
    `<table><thead>${header}</thead><tbody>${cells.join('')}</tbody></table>` +
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
