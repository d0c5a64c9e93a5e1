/**
 * What counts as an emoji, in one place: a lone 🙂 is a placeholder, 🚩 before a
 * label is decoration, and neither is part of a task's or a label's words.
 */
const EMOJI_CLASS = '\\p{Extended_Pictographic}\\u{1F3FB}-\\u{1F3FF}\\u200d\\ufe0e\\ufe0f\\u20e3'

/** One emoji character (pictograph, skin tone, joiner, either variation selector or keycap). */
// eslint-disable-next-line no-misleading-character-class -- single code points (joiner, selectors), not a sequence
export const EMOJI = new RegExp(`[${EMOJI_CLASS}]`, 'gu')

/** What an emoji marker means when the section does not say: 🙂 ✅ done, 🙃 ❌ not done; null for any other. */
export function markerState(marker: string | null): boolean | null {
  if (marker === null) return null
  if (/🙂|✅|✔|☑|😀|😄|😊/u.test(marker)) return true
  if (/🙃|❌|✖|⬜|😢|😥/u.test(marker)) return false
  return null
}

/** The run of emoji a line starts with, and the spaces after it. */
// eslint-disable-next-line no-misleading-character-class -- as above
export const LEADING_EMOJI = new RegExp(`^((?:[${EMOJI_CLASS}])+)\\s*`, 'u')
