/**
 * Korean particles that depend on the word before them: 이/가, 을/를, 은/는,
 * 과/와, (으)로, 이라/라 … chosen by how the word ends when read aloud.
 */

/** How a word ends when read aloud in Korean: no final consonant, ㄹ, or another one. */
function finalSound(word: string): 'none' | 'rieul' | 'other' {
  // The particle follows the word, not the quote or bracket around it: `"DAY 12 소감"을`.
  const last = word
    .trim()
    .replace(/[\s"'”’)\]}>*_~`.,!?:]+$/u, '')
    .slice(-1)
  if (/[0-9]/.test(last)) return '17'.includes(last) || last === '8' ? 'rieul' : '036'.includes(last) ? 'other' : 'none'
  const code = last.charCodeAt(0)
  if (code >= 0xac00 && code <= 0xd7a3) {
    const final = (code - 0xac00) % 28
    return final === 0 ? 'none' : final === 8 ? 'rieul' : 'other'
  }
  if (/[lr]/i.test(last)) return 'rieul'
  return /[mn]/i.test(last) ? 'other' : 'none'
}

/**
 * The particle that fits the word: `particle('Day13', '과', '와')` → `과`. With
 * `rieulAsVowel`, a word ending in ㄹ takes the vowel form, as `(으)로` does: `Day1로`.
 */
export function particle(word: string, afterConsonant: string, afterVowel: string, rieulAsVowel = false): string {
  const sound = finalSound(word)
  return sound === 'none' || (sound === 'rieul' && rieulAsVowel) ? afterVowel : afterConsonant
}

/** The word with its particle: `josa('Day13', '과', '와')` → `Day13과`. */
export function josa(word: string, afterConsonant: string, afterVowel: string, rieulAsVowel = false): string {
  return word + particle(word, afterConsonant, afterVowel, rieulAsVowel)
}
