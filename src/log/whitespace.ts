/** Whitespace as the reader compares text: the regex way, without a regex or a copy where the text is clean already. */

const WHITESPACE_RUN = /\s+/g

/** What `\s` matches but the space: tab, line endings, form feed, the no-break and the other Unicode spaces. */
function isOtherSpace(c: number): boolean {
  if (c < 0x1680) return (c >= 9 && c <= 13) || c === 0xa0
  return (
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  )
}

/** Runs of whitespace as one space, trimmed (`replace(/\s+/g, ' ').trim()`); most texts need neither, and are returned as they are. */
export function collapseWhitespace(text: string): string {
  let previousSpace = true // a space at the start must go
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 32) {
      if (previousSpace) return text.replace(WHITESPACE_RUN, ' ').trim()
      previousSpace = true
    } else if (isOtherSpace(c)) {
      return text.replace(WHITESPACE_RUN, ' ').trim()
    } else previousSpace = false
  }
  return previousSpace && text.length > 0 ? text.slice(0, -1) : text
}
