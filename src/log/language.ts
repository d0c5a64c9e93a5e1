/**
 * Korean or English: what the bot writes back in. A log counts as Korean when a
 * fair share of its letters (outside code) are Hangul; English otherwise.
 */
import type { Language } from './types.js'

export function detectLanguage(text: string): Language {
  const prose = text
    .replace(/```[\s\S]*?```/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/https?:\/\/\S+/g, '')
  const hangul = prose.match(/[\uac00-\ud7a3]/g)?.length ?? 0
  const latin = prose.match(/[A-Za-z]/g)?.length ?? 0
  // A Hangul syllable carries about three Latin letters' worth of text.
  return hangul * 3 >= latin * 0.5 && hangul > 0 ? 'ko' : 'en'
}
