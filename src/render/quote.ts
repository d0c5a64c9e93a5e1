/**
 * Text quoted from the learner's log, made safe to put in an issue or a file
 * the bot writes: it cannot mention people, link issues or inject HTML.
 */
const ZERO_WIDTH_SPACE = '\u200b'

/** The learner's text, safe to write: no mentions, issue links or HTML. */
export function quote(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      // `@name` and `@org/team` would notify; a zero-width space after `@` keeps the text and drops the ping.
      .replace(/@(?=[A-Za-z0-9_-])/g, `@${ZERO_WIDTH_SPACE}`)
      // `#12`, `GH-12` and `owner/repo#12` would link (and notify) issues.
      .replace(/#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`)
      .replace(/\bGH-(?=\d)/gi, (m) => `${m.slice(0, 2)}${ZERO_WIDTH_SPACE}-`)
      .replace(/[\r\n]+/g, ' ')
  )
}

/** The same, for a markdown table cell. */
export function quoteCell(text: string): string {
  return quote(text).replace(/\|/g, '\\|')
}
