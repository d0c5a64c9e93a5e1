/**
 * The log's language: Korean, Japanese, Chinese or English (or another language, told in English). Letters are
 * counted outside fenced code, HTML tags, URLs and link destinations, one character code at a time (no array
 * of the text is built). A Hangul syllable or a CJK character carries about three
 * Latin letters' worth of text, so a log whose CJK letters weigh at least a sixth
 * of its Latin ones is written in that script (Hangul a tenth: Korean logs are full
 * of English terms and titles); kana make it Japanese, Hangul Korean, Han characters
 * alone Chinese.
 */
import type { Language } from './types.js'

const enum Code {
  Newline = 10,
  Space = 32,
  Lt = 60,
  Gt = 62,
  OpenParen = 40,
  CloseBracket = 93,
  Backtick = 96,
  Tilde = 126
}

/** Beyond this many characters, letters are counted on a sample of lines: a language shows in far fewer. */
const SAMPLE_CHARACTERS = 200_000

interface Counts {
  hangul: number
  kana: number
  han: number
  latin: number
  /** Letters of no English word: Latin with marks (`é`, `ñ`, `ư`), Cyrillic, Greek, Arabic, Devanagari, Thai … */
  other: number
}

function isHangul(c: number): boolean {
  return (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f)
}

function isKana(c: number): boolean {
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x31f0 && c <= 0x31ff) || (c >= 0xff66 && c <= 0xff9f)
}

function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)
}

/** A fence line: three or more backticks or tildes after at most three spaces. */
function isFence(text: string, start: number, end: number): boolean {
  let i = start
  while (i < end && i - start < 3 && text.charCodeAt(i) === Code.Space) i++
  if (i >= end) return false
  const mark = text.charCodeAt(i)
  if (mark !== Code.Backtick && mark !== Code.Tilde) return false
  let n = 0
  while (i < end && text.charCodeAt(i) === mark) {
    i++
    n++
  }
  return n >= 3
}

/** Counts the letters of one line, skipping `<…>` tags and `http(s)://…` up to the next space. */
function countLine(text: string, start: number, end: number, counts: Counts): void {
  let i = start
  while (i < end) {
    const c = text.charCodeAt(i)
    if (c === Code.Lt) {
      const close = text.indexOf('>', i)
      // An unclosed `<` on this line is a letter like any other, not a tag.
      if (close !== -1 && close < end) {
        i = close + 1
        continue
      }
    } else if (c === Code.CloseBracket && text.charCodeAt(i + 1) === Code.OpenParen) {
      // A link's destination (`[Day3](notes/Day3.md)`) is a path, not words of the log.
      const close = text.indexOf(')', i)
      if (close !== -1 && close < end) {
        i = close + 1
        continue
      }
    } else if ((c === 104 || c === 72) && text.startsWith('://', i + (text.startsWith('https', i) ? 5 : 4))) {
      while (i < end && text.charCodeAt(i) > Code.Space) i++
      continue
    }
    // Compared in place, not through the helpers above: this loop runs once per character, mostly before
    // the JIT has compiled it, where a call per character costs more than the comparison.
    if (c < 0x1100) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) counts.latin++
      // Not IPA, spacing modifiers or combining marks (0x250–0x36f): a pronunciation (`/ʃɪp/`) is no language.
      else if ((c >= 0xc0 && c < 0x250 && c !== 0xd7 && c !== 0xf7) || c >= 0x370) counts.other++
    } else if (c >= 0x1e00 && c <= 0x1eff) counts.other++
    else if (isHangul(c)) counts.hangul++
    else if (isKana(c)) counts.kana++
    else if (isHan(c)) counts.han++
    i++
  }
}

/**
 * Of a log read as English, letters of other languages this share of its letters or more (French, Portuguese and
 * German mark about one in fifty; an English log, a name or a café now and then) say it is written in another language.
 */
const OTHER_SHARE = 0.006

/**
 * The log's language from its letters outside code fences (Hangul, kana, Han, Latin): the reminders are written in it.
 * For a log read as English, also whether it is written in another language of Latin (or other) letters (`Hoje
 * aprendi…`, `Сегодня…`): its reminders are in English all the same.
 */
export function readLanguage(text: string): { language: Language; otherLetters: boolean } {
  const counts: Counts = { hangul: 0, kana: 0, han: 0, latin: 0, other: 0 }
  // A long log is known by a sample: every `step`-th line, spread over the whole of it (fences are followed on all).
  const step = Math.max(1, Math.ceil(text.length / SAMPLE_CHARACTERS))
  let inFence = false
  let start = 0
  for (let line = 0; start <= text.length; line++) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    if (isFence(text, start, end)) inFence = !inFence
    else if (!inFence && line % step === 0) countLine(text, start, end, counts)
    start = end + 1
  }
  const { hangul, kana, han, latin, other } = counts
  const english = { language: 'en' as const, otherLetters: other > 0 && other >= OTHER_SHARE * (latin + other) }
  // Korean logs carry many English terms and titles (`[Python] Dictionary`): Hangul needs a tenth of the Latin letters.
  if (hangul > 0 && hangul >= kana + han) return hangul * 10 >= latin ? { language: 'ko', otherLetters: false } : english
  const cjk = kana + han
  if (cjk === 0 || cjk * 6 < latin) return english
  // Japanese writes kana between its kanji; a Chinese text has (almost) none.
  return { language: kana * 20 >= han ? 'ja' : 'zh', otherLetters: false }
}
