/**
 * The grammar of an entry label — a heading, a `<summary>`, a bold line, a date
 * line or a table cell. A label is read left to right as a few tokens: a day
 * number (`Day 5`, `5일차`, `5日目`, `第5天`, `D+5`, `R1D5`, `#5`), a date in any of
 * the notations people write, or a week number (`Week 3`, `3주차`, `第3周`); around
 * them decoration (emoji, symbols, brackets, weekdays, separators) that means
 * nothing; and after them, a topic. A label counts only when a day number, a date
 * or a week comes first: `Day 8, Day 9 내용정리` in the middle of a sentence is text.
 *
 * Every pattern here is tried at one position (sticky) on one short label, so the
 * grammar stays a line-at-a-time test.
 */
import { EMOJI } from './emoji.js'
import type { LabelDate } from './types.js'

type LabelKind = 'day' | 'week' | 'month' | 'year'

/**
 * A numeric date whose part order the whole log decides (see `resolveAmbiguousDates`):
 * `12/18` (month/day or day/month), `03/12/25`, `24.03.05` (year first or last).
 */
export interface AmbiguousDate {
  /** The numbers as written, left to right: two, or three with a two- or four-digit year. */
  parts: number[]
  /** A four-digit year written last (`05.03.2024`); otherwise a third part is a two-digit year. */
  fullYear: 'last' | null
  sep: '/' | '.' | '-'
  /** The last day of a range written with it (`3/3 ~ 3/7`, `03.10 ~ 03.14`): its parts, read in the same order. */
  through?: number[]
}

export interface LabelInfo {
  kind: LabelKind
  numbers: number[]
  dates: LabelDate[]
  /** Dates whose order (month/day, day/month, year first or last) the whole log decides. */
  slashDates: AmbiguousDate[]
  /** For a month wrapper (`2023.03`): the year and month it gives the days inside. */
  month?: { year: number; month: number }
  /** For a year wrapper (`## 2022`, `# 2023년`): the year it gives the days inside. */
  year?: number
  /** The label's shape without its values, e.g. `Day N · YYYY-MM-DD`: what the log's template repeats. */
  form: string
  /** The words after the label, in lower case (`review`, `pytorch 기초`); '' when it is only a number or a date. */
  topic: string
  /**
   * `Week 2 Day 3`, `2주차 3일차` with no date: the stretch the day counts within, whose numbers are the day's place in it
   * (`form` the stretch's shape, `Week N`). The whole log says whether they restart each stretch (see `stretches.ts`).
   */
  stretch?: StretchLabel
  /** The weekday written beside the label's one date (`2025-03-04 (화)`, `Tue, Mar 4`): 0 for Sunday to 6. */
  weekday?: number
  /** A time of day written after the date (`Feb 03, 2025 09:44`): the label heads one session of that day. */
  timed?: true
}

/** The stretch a day is written in: its number and its shape (`Week N`, `N주차`). */
export interface StretchLabel {
  number: number
  form: string
}

/** Day numbers and years outside these are not labels (a year 0000, `Day 99999999999999999999`). */
const MAX_DAY = 100_000
export const MIN_YEAR = 1970
export const MAX_YEAR = 2100
/** A range longer than this is read as its first number: no label spans more days. */
const MAX_RANGE = 366
/** The most days one entry's label may name (`Days 4-10`, a week caught up): more is a heading over many entries. */
const MAX_DAYS_IN_LABEL = 31

/**
 * Month names and the month each names: English, in full and cut short (`Sept`), and German, Spanish, Portuguese,
 * French and Italian, in full, with and without their accents (`20. Februar 2021`, `24 de mayo de 2020`, `5 mars 2021`);
 * Dutch, Indonesian and Turkish (in full and cut short: `02 Haz`); Russian, Ukrainian and Polish as a date writes them,
 * after the day (`3 мая 2025`, `5 травня`, `5 maja`), and Russian's nominative and short forms too. In lower case: labels are read lowered.
 */
const MONTHS_BY_NAME: ReadonlyMap<string, number> = new Map(
  [
    'jan january januar jänner enero janeiro janvier gennaio januari ocak oca января январь янв січня stycznia',
    'feb february februar febrero fevereiro février fevrier febbraio februari şubat subat şub февраля февраль фев лютого lutego',
    'mar march märz maerz marzo março mars maart maret mart марта март березня marca',
    'apr april abril avril aprile nisan nis апреля апрель апр квітня kwietnia',
    'may mai mayo maio maggio mei mayıs mayis мая май травня maja',
    'jun june juni junio junho juin giugno haziran haz июня июнь июн червня czerwca',
    'jul july juli julio julho juillet luglio temmuz июля июль июл липня lipca',
    'aug august agosto août aout augustus agustus ağustos agustos ağu августа август авг серпня sierpnia',
    'sep sept september septiembre setiembre setembro septembre settembre eylül eylul eyl сентября сентябрь сен сент вересня września wrzesnia',
    'oct october oktober octubre outubro octobre ottobre ekim eki октября октябрь окт жовтня października pazdziernika',
    'nov november noviembre novembro novembre kasım kasim kas ноября ноябрь ноя листопада listopada',
    'dec december dezember diciembre dezembro décembre decembre dicembre desember aralık aralik ara декабря декабрь дек грудня grudnia'
  ].flatMap((names, i) => names.split(' ').map((name) => [name, i + 1] as const))
)
/** Any of them, the longest first (`march`, not `mar` of it), then an abbreviation's dot. */
const MONTH_NAME = `(?:${[...MONTHS_BY_NAME.keys()].sort((a, b) => b.length - a.length).join('|')})\\.?`
/** The letters month names are written in: Latin with its accents, Cyrillic. */
const MONTH_LETTERS = 'a-zà-ÿā-žа-яёіїєґ'
const MONTH_LETTER = new RegExp(`[${MONTH_LETTERS}]`)
/**
 * Whether the letters at `pos` are a month's name: tested before a pattern with a month name is tried, so that a
 * log with no such date never compiles one.
 */
function monthNameAt(text: string, pos: number): boolean {
  let end = pos
  while (end < text.length && MONTH_LETTER.test(text[end]!)) end++
  return MONTHS_BY_NAME.has(text.slice(pos, end))
}
/** What may not follow a month name: a letter (`marzo` is no `mar`, `mars` no `mar`). */
const NO_LETTER = `(?![${MONTH_LETTERS}])`
/**
 * Weekdays in the other languages learners write, in lower case, Sunday first: Spanish, Portuguese, French, German,
 * Italian, Dutch, Polish, Indonesian, Turkish, Vietnamese (with its marks, and `thứ 2` for Monday), Russian. Not
 * Indonesian `minggu` (it is also "week": `Minggu ke-1`).
 */
const OTHER_WEEKDAYS = [
  'domingo|dimanche|sonntag|domenica|zondag|niedziela|pazar|chủ nhật|воскресенье',
  'lunes|segunda-feira|segunda|lundi|montag|lunedì|lunedi|maandag|poniedziałek|senin|pazartesi|thứ hai|thứ 2|понедельник',
  'martes|terça-feira|terca-feira|terça|terca|mardi|dienstag|martedì|martedi|dinsdag|wtorek|selasa|salı|thứ ba|thứ 3|вторник',
  'miércoles|miercoles|quarta-feira|quarta|mercredi|mittwoch|mercoledì|mercoledi|woensdag|środa|rabu|çarşamba|thứ tư|thứ 4|среда',
  'jueves|quinta-feira|quinta|jeudi|donnerstag|giovedì|giovedi|donderdag|czwartek|kamis|perşembe|thứ năm|thứ 5|четверг',
  "viernes|sexta-feira|sexta|vendredi|freitag|venerdì|venerdi|vrijdag|piątek|jum'at|jumat|cuma|thứ sáu|thứ 6|пятница",
  'sábado|sabado|samedi|samstag|sonnabend|sabato|zaterdag|sobota|sabtu|cumartesi|thứ bảy|thứ 7|суббота'
].map((names) => names.split('|'))
/** English's three letters for each weekday, Sunday first: what the grammar's weekday patterns read. */
const EN_DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']
const EN_WEEKDAY_OF = new Map(OTHER_WEEKDAYS.flatMap((names, day) => names.map((name) => [name, EN_DAYS[day]!] as const)))
/** Letters a weekday word may not run on into (Latin with its marks, Vietnamese, Cyrillic), nor a digit after it. */
const WORD_LETTER = 'a-zà-ÿ\\u0100-\\u024f\\u0400-\\u04ff\\u1e00-\\u1eff'
/** The other languages' weekdays, as whole words, longest first (`cumartesi` before `cuma`). */
const OTHER_WEEKDAY = new RegExp(
  `(?<![${WORD_LETTER}])(?:${[...EN_WEEKDAY_OF.keys()]
    .sort((a, b) => b.length - a.length)
    .map((name) => name.replace(/ /g, '\\s*'))
    .join('|')})(?![\\d${WORD_LETTER}])`,
  'g'
)

/** A weekday in Korean, English, Japanese or Chinese, bracketed or not (other languages' are read as English's). */
const WEEKDAY =
  '(?:[(（]\\s*)?(?:[월화수목금토일](?:요일)?|[月火水木金土日](?:曜日?)?|(?:星期|周|週|礼拜|禮拜)[一二三四五六日天]|(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:s|nesday)?|thu(?:r(?:s(?:day)?)?)?|thr|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\\.?(?![a-z.]))(?:\\s*[)）])?'
/** An HTML tag: `<` then a name, `/`, `!` or `?` (`< Day1 >` is text, as markdown reads it). */
const TAGS = /<[A-Za-z/!?][^<>]*>/g
const EMPHASIS = /\*+|_{2,}|`+|~~/g
const SPACES = /[\s\u3000\u00a0]+/g
/** Leading decoration: punctuation, symbols (■ ● ▶ ★ 📅), brackets, and `#` unless it numbers a day. */
const LEADING = /^(?:[\s\p{P}\p{S}](?<!#(?=\d)))+/u
const DECORATION = /[\s\p{P}\p{S}]/u

/** Drops trailing decoration one character at a time (a `[…]+$` pattern retries from every position of a long run). */
export function trimDecorationEnd(text: string, decoration: RegExp = DECORATION): string {
  let end = text.length
  while (end > 0) {
    const code = text.charCodeAt(end - 1)
    // A surrogate pair (an emoji) is tested whole.
    const width = code >= 0xdc00 && code <= 0xdfff && end > 1 ? 2 : 1
    if (!decoration.test(text.slice(end - width, end))) break
    end -= width
  }
  return text.slice(0, end)
}

const FULL_WIDTH_DIGIT = /[\uff10-\uff19]/g
/** `第十一天`, and lists and ranges of them: `第三、四天`, `第三-五天`. */
const HAN_COUNT =
  /第\s*([〇零一二两三四五六七八九十百千]{1,8}(?:\s*[、・,\-~〜]\s*[〇零一二两三四五六七八九十百千]{1,8}){0,31})(?=\s*[天日周週])/g
const HAN_RUN = /[〇零一二两三四五六七八九十百千]+/g
/** `三月五日`, `十一月二十号`, `二〇二四年三月五日`: a date in Han numerals, its year digit by digit. */
const HAN_DATE =
  /(?:([〇零一二三四五六七八九]{4})\s*年\s*)?([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,4})\s*(?=[日号號])/g
const HAN_DIGITS = '〇一二三四五六七八九'

/** A number written in Han numerals: `十一` 11, `二十三` 23, `一百零五` 105, `一〇五` 105 (digit by digit). */
function hanNumber(text: string): number {
  const digit = (ch: string): number => (ch === '零' ? 0 : ch === '两' ? 2 : HAN_DIGITS.indexOf(ch))
  const units: Record<string, number> = { 十: 10, 百: 100, 千: 1000 }
  if (![...text].some((ch) => ch in units)) return Number([...text].map(digit).join(''))
  let total = 0
  let current = 0
  for (const ch of text) {
    const unit = units[ch]
    if (unit === undefined) current = digit(ch)
    else {
      total += (current || 1) * unit
      current = 0
    }
  }
  return total + current
}

/** One word or number in square brackets, no space inside (`[Thursday]`, `[8]`, `[2022/07/18]`). */
const BRACKETED_WORD = /\[([^[\]\s]{1,24})\]/g

/** A Japanese era's year (`令和6年`, `令和元年`, `平成31年`), and the year each era's first year was. */
const ERA_YEAR = /(令和|平成)\s*(元|\d{1,2})\s*年/g
const ERA_START: Record<string, number> = { 令和: 2019, 平成: 1989 }

/**
 * Digits as the grammar reads them: full-width digits (typed with a Japanese or Chinese input method) as ASCII,
 * a Han numeral counting days or weeks (`第十一天`, `第三周`) or writing a date (`三月五日`) in digits, and a Japanese
 * era's year as the Western one (`令和6年6月1日` is 2024-06-01).
 */
function asciiDigits(text: string): string {
  let wide = text.replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
  // The full-width tilde is typed for the wave dash (`2020年11月8日 ～ 11月9日`): the grammar reads the wave dash.
  if (wide.includes('\uff5e')) wide = wide.replace(/\uff5e/g, '\u301c')
  // A hyphen typed as Unicode's (`2025‑08‑17`, non-breaking): the ASCII one.
  if (/[\u2010\u2011]/.test(wide)) wide = wide.replace(/[\u2010\u2011]/g, '-')
  // `sábado`, `thứ hai`, `понедельник`: other languages' weekdays read as English's, which the weekday patterns know.
  wide = wide.replace(OTHER_WEEKDAY, (name) => EN_WEEKDAY_OF.get(name.replace(/\s+/g, ' '))!)
  if (wide.includes('令和') || wide.includes('平成'))
    wide = wide.replace(ERA_YEAR, (_, era: string, year: string) => `${ERA_START[era]! + (year === '元' ? 1 : Number(year)) - 1}年`)
  if (wide.includes('月'))
    wide = wide.replace(HAN_DATE, (_, year: string | undefined, month: string, day: string) =>
      [year ? `${hanNumber(year)}年` : '', `${hanNumber(month)}月`, String(hanNumber(day))].join('')
    )
  if (!wide.includes('第')) return wide
  return wide.replace(HAN_COUNT, (_, han: string) => `第${han.replace(HAN_RUN, (run) => String(hanNumber(run)))}`)
}

/**
 * A wiki link as Obsidian and Logseq write a day's page (`[[2025-01-06]]`): its words, or the alias it shows
 * (`[[Journal/2025-01-06|2025-01-06]]`).
 */
const WIKI_LINK = /\[\[(?:[^[\]|]*\|)?([^[\]]*)\]\]/g

/** Strips what decorates a label: tags, emphasis, emoji, full-width spaces, leading symbols (its digits as written). */
export function plainLabel(raw: string): string {
  const text = (raw.includes('[[') ? raw.replace(WIKI_LINK, '$1') : raw)
    .replace(TAGS, ' ')
    // `&nbsp;`, and emoji written as character references in HTML (`&#127804; 1주차 &#127804;`): decoration.
    .replace(/&nbsp;|&#(?:x[0-9a-f]{1,6}|\d{1,7});/gi, ' ')
    .replace(EMPHASIS, '')
    .replace(EMOJI, '')
    .replace(SPACES, ' ')
    .trim()
  return text.replace(LEADING, '').trim()
}

/**
 * A sticky pattern, matched against text in lower case (`readLabel`): written in lower case, built without the `i`
 * flag, and with `u` only where a `\p{…}` class needs it. Case-blind, V8 builds each class over all of Unicode's case
 * folds, several times slower (and a check's first call builds every pattern it meets).
 */
const at = (pattern: string): RegExp => new RegExp(pattern, pattern.includes('\\p{') ? 'yu' : 'y')

/** A sticky pattern tried at one position of the text. */
function execAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos
  return re.exec(text)
}

// First characters, tested before a pattern is tried: most patterns never run on a given log.
const isDigit = (c: number): boolean => c >= 48 && c <= 57
/** `c | 0x20` is an ASCII letter's lower case. */
const isAsciiLetter = (c: number): boolean => (c | 0x20) >= 97 && (c | 0x20) <= 122
/** Where a weekday (and so an English date that starts with one) may begin. */
const WEEKDAY_FIRST = new Set([...'(（월화수목금토일月火水木金土日星周週礼禮'].map((ch) => ch.charCodeAt(0)))
const mayStartWeekday = (c: number): boolean => isAsciiLetter(c) || WEEKDAY_FIRST.has(c)

function range(a: number, b: number): number[] {
  const [lo, hi] = a <= b ? [a, b] : [b, a]
  if (hi - lo > MAX_RANGE) return [a]
  return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i)
}

const saneDay = (n: number): boolean => Number.isInteger(n) && n >= 0 && n <= MAX_DAY
const saneYear = (y: number): boolean => y >= MIN_YEAR && y <= MAX_YEAR
const fullYear = (y: number): number => (y < 100 ? 2000 + y : y)
const validDay = (month: number, day: number): boolean => month >= 1 && month <= 12 && day >= 1 && day <= 31
/** Whether the month has that day (`2024-02-30` has not). */
export function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}
/** A leap year: a month and day with no year name a real day if any year has it (`0229`). */
const LEAP_YEAR = 2024
function monthOf(written: string): number {
  return MONTHS_BY_NAME.get(written.toLowerCase().replace(/\.$/, '')) ?? 0
}

interface Token {
  end: number
}
interface NumberToken extends Token {
  numbers: number[]
  form: string
  /** `Day1-2`: the second number, where it is above the first (part 2 of day 1, or days 1 to 2). */
  upTo?: number
}
interface DateToken extends Token {
  dates: LabelDate[]
  slashDates: AmbiguousDate[]
  form: string
  /** A time of day follows the date. */
  timed?: true
}

// ---- day numbers ----------------------------------------------------------------------

/** The plural of the word for a day: English, German, Spanish and Portuguese, French, Italian, Dutch, Polish. */
const DAYS_WORD = '(?:days|tage|d[ií]as|jours|giorni|dagen|dni)'
/** `and` between two numbers (`Days 4 and 5`, `días 18 y 19`, `Tage 4 und 5`). */
const AND = '\\s*(?:,|and|&)\\s*|\\s+(?:y|und|et|e|en|i)\\s+'
/** `to` between two numbers (`Days 8 to 10`, `días 8 a 10`, `Tage 8 bis 10`, `jours 8 à 10`). */
const TO = '\\s*[-~–]\\s*|\\s+(?:to|through|thru|a|al|bis|à|au|tot|do)\\s+'
/** `Days 67, 68, 69`, `Days 4 and 5`, `días 18 y 19` */
const DAYS_LIST = at(`${DAYS_WORD}\\s+(\\d{1,6})((?:(?:${AND})\\d{1,6}){1,366})(?!\\d)`)
/** `Days 38 - 31`, `días 8 a 10`: a range needs the plural, since `Day1-2` is part 2 of day 1 and `Day 1 - 03/12/25` a date. */
const DAYS_RANGE = at(`${DAYS_WORD}\\s*(\\d{1,6})(?:${TO})(\\d{1,6})(?!\\d)`)
/** `Day1-2`, `Day 3-3`: a day written in parts numbers them this high at most; a higher second number ends a range. */
const MAX_PART = 3
/**
 * `Day 5`, `Day5`, `DAY-05`, `Day #5`, `Day1-2`; not `Day 3월` (a date). `Day1-2` is most often part 2 of day 1; it
 * is days 1 to 2 where a range of as many dates follows (`Day 58-60: March 6-8`), or where no part could be
 * numbered so high (`Day17-18`).
 */
/**
 * The word for a day: English, and German `Tag`, Spanish and Portuguese `Día`/`Dia`, French `Jour`, Italian `Giorno`,
 * Dutch `Dag`, Polish `Dzień`, Turkish `Gün`, Indonesian `Hari ke-`, Vietnamese `Ngày` (not in a date: `ngày 5 tháng 3`),
 * Russian `День`, and their plurals (`Tage`, `días`, `dni`).
 */
const OTHER_DAY_WORDS =
  'tage?|d[ií]as?|jours?|giorn[oi]|dag(?:en)?|dzie[nń]|dni|g[uü]n|hari(?:\\s*ke)?|ngày(?!\\s*\\d{1,2}\\s*(?:tháng|[/.-]\\s*\\d))|день'
const DAY_WORD_ANY = `(?:days?|${OTHER_DAY_WORDS})`
const DAY = at(`${DAY_WORD_ANY}\\s*[-#.]?\\s*(\\d{1,6})(?:-(\\d{1,3}))?(?![\\d.]*\\s*[일월])(?!\\d)`)
/** After `Day 56`: `, 57`, `& 57`, `and 57` (`Day 12 ,13,14`: each the day after the one before it). */
const DAY_NEXT = at('\\s*(?:,|&|and|\\+)\\s*(\\d{1,6})(?!\\d)')
/** After the list: nothing, a separator or a bracket (a word or a month after it makes it a date or a count). */
const DAY_LIST_END = at('\\s*(?:$|[:)\\]|(（[])|\\s+[-–—]')

/** The days after `last` listed from `end` (`, 57, 58`), one after another, and where they end; null for none. */
function nextDays(text: string, end: number, last: number): { numbers: number[]; end: number } | null {
  const numbers: number[] = []
  let pos = end
  for (let m = execAt(DAY_NEXT, text, pos); m && Number(m[1]) === last + numbers.length + 1; m = execAt(DAY_NEXT, text, pos)) {
    numbers.push(Number(m[1]))
    pos += m[0].length
    if (numbers.length >= MAX_DAYS_IN_LABEL) break
  }
  return numbers.length > 0 && execAt(DAY_LIST_END, text, pos) ? { numbers, end: pos } : null
}
/** `Day One`, `Day Twenty-Three`: a day number in English words, one to ninety-nine. */
const ONES = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen']
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
const DAY_WORD = at(
  `day\\s*[-#.:]?\\s*(?:(${TENS.join('|')})(?:[-\\s]?(${ONES.join('|')}))?|(${TEENS.join('|')})|(${ONES.join('|')}))(?![a-z])(?!\\s*hundred)`
)

/** The number a `DAY_WORD` match names. */
function wordNumber(m: RegExpExecArray): number {
  const one = (word: string | undefined): number => (word === undefined ? 0 : ONES.indexOf(word) + 1)
  if (m[1] !== undefined) return 10 * (TENS.indexOf(m[1]) + 2) + one(m[2])
  if (m[3] !== undefined) return 10 + TEENS.indexOf(m[3])
  return one(m[4])
}

/** `D+5`: days since a start (`D-30` counts down to a deadline, not a day of the log). */
const D_PLUS = at('d\\s*\\+\\s*(\\d{1,6})(?!\\d)')
/** `D1 (12-09-19)`: a day's number after a bare D, written tight, with its date (not `D3.js`, `D2Coding`, `D1-3`, `D2.0`). */
const D_NUMBER = at('d(\\d{1,3})(?![\\d\\p{L}_]|[.,\\-+/]\\w)')
/** `R1D21/22` lists days, `R1D27-29` and `R5D1-D3` are ranges (written tight); `R1D1 - 2018-09-15` and `R1D1 / 2 May` are day 1 and its date. */
const ROUND = at(
  'r\\d{1,3}\\s*[-_.]?\\s*d(\\d{1,6})((?:\\/\\d{1,3}(?![\\d.\\p{L}])){0,366})(?:(?:-|\\s*[~〜]\\s*)d?(\\d{1,3})(?![\\d.\\p{L}]))?'
)
/** `5일차`, `5일째`, `42 - 44일차`, `5日目`, `第5天`, `第5日`, `第3-5天`; lists `1、2日目`, `第1、2天`, `3, 4일차`, `171/172日目` */
const COUNTED_NUMBERS = '(\\d{1,6})\\s*(?:[-~〜]\\s*(\\d{1,6})\\s*|((?:[、・,]\\s*\\d{1,6}\\s*){1,31}|\\/\\s*\\d{1,6}\\s*))?'
const KO_DAY = at(`${COUNTED_NUMBERS}일\\s*(차|째)`)
const JA_DAY = at(`${COUNTED_NUMBERS}日目`)
const ZH_DAY = at(`第\\s*${COUNTED_NUMBERS}[天日]`)
/** `010/366`, `12/100`: a day counted out of a challenge's days. */
const COUNTER = at('(\\d{1,4})\\s*/\\s*(\\d{2,4})(?![\\d./])')
/**
 * After `Day 17`: `/100` written tight, or `of 100`, the days of the challenge (30 to 999, and no fewer than the day's
 * number). A slash with spaces is a date's separator: `Day 1 / 30 October 2027`, `Day 5 / 2024-03-05`.
 */
const OUT_OF = at('(?:/|\\s+of\\s+)(\\d{2,3})(?![\\d./\\-])')
/** `#5`: a bare number sign, only where the label is nothing else or a date follows. */
const HASH = at('#\\s?(\\d{1,6})(?!\\d)')

function sane(numbers: number[]): number[] | null {
  const kept = numbers.filter(saneDay)
  return kept.length === numbers.length && kept.length > 0 ? kept : null
}

/**
 * `11º Dia`, `1 dia de código`, `2 dias de código`, `1er jour`, `3. Tag`: the day's number before the word, as
 * Portuguese, Spanish, French and German count (the plural only as the challenge's `dias de código`).
 */
const NUMBER_THEN_DAY = at(
  '(\\d{1,3})\\s*(?:(?:º|ª|°|er|ème|e|\\.)?\\s*(?:dia|día|jour|giorno|tag)|d[ií]as\\s+de\\s+c[óo]digo)(?![a-zà-ÿ])'
)
/** Counted days and the form each names (`''`: the Korean form, named by its suffix). */
const COUNTED_FROM_DIGIT: ReadonlyArray<readonly [RegExp, string]> = [
  [KO_DAY, ''],
  [JA_DAY, 'N日目'],
  [NUMBER_THEN_DAY, 'Nº Dia']
]
const COUNTED_FROM_HAN: ReadonlyArray<readonly [RegExp, string]> = [[ZH_DAY, '第N天']]

function readDayNumber(text: string, pos: number): NumberToken | null {
  const first = text.charCodeAt(pos)
  let m: RegExpExecArray | null
  // The first letters of `DAY_WORD_ANY`'s words.
  const lower = first | 0x20
  // (and Vietnamese `ngày`, Russian `день`)
  if (
    lower === 100 /* d */ ||
    lower === 116 /* t */ ||
    lower === 106 /* j */ ||
    lower === 103 /* g */ ||
    lower === 104 /* h */ ||
    lower === 110 /* n */ ||
    first === 0x434 /* д */
  ) {
    m = execAt(DAYS_LIST, text, pos)
    if (m) {
      const numbers = sane([m[1]!, ...(m[2]!.match(/\d+/g) ?? [])].map(Number))
      return numbers && { numbers, form: 'Day N', end: pos + m[0].length }
    }
    m = execAt(DAYS_RANGE, text, pos)
    if (m) {
      const numbers = sane([Number(m[1]), Number(m[2])])
      return numbers && { numbers: range(numbers[0]!, numbers[1]!), form: 'Day N', end: pos + m[0].length }
    }
    m = execAt(DAY, text, pos)
    if (m) {
      const numbers = sane([Number(m[1])])
      const upTo = m[2] === undefined ? undefined : Number(m[2])
      const end = pos + m[0].length
      // `Day 56, 57: Mar 28`: the days after it (`Day 12, 13 March` is day 12 and its date; `Day 1, 2 hours` no list).
      const next = upTo === undefined && numbers ? nextDays(text, end, numbers[0]!) : null
      if (next) return { numbers: [numbers![0]!, ...next.numbers], form: 'Day N', end: next.end }
      return numbers && { numbers, form: 'Day N', end, ...(upTo! > numbers[0]! ? { upTo } : {}) }
    }
    m = execAt(DAY_WORD, text, pos)
    if (m) return { numbers: [wordNumber(m)], form: 'Day N', end: pos + m[0].length }
    m = execAt(D_PLUS, text, pos)
    if (m) {
      const numbers = sane([Number(m[1])])
      return numbers && { numbers, form: 'D+N', end: pos + m[0].length }
    }
    m = execAt(D_NUMBER, text, pos)
    if (m) {
      const numbers = sane([Number(m[1])])
      return numbers && { numbers, form: 'DN', end: pos + m[0].length }
    }
    return null
  }
  if ((first | 0x20) === 114 /* r */) {
    m = execAt(ROUND, text, pos)
    if (!m) return null
    const listed = sane([Number(m[1]), ...(m[2]!.match(/\d+/g) ?? []).map(Number)])
    if (!listed) return null
    const numbers = m[3] === undefined ? listed : [...listed.slice(0, -1), ...range(listed[listed.length - 1]!, Number(m[3]))]
    const end = pos + m[0].length
    // `R1D42, 43 - May 19th`: the next day after it, as after `Day 42`.
    const next = m[3] === undefined && m[2] === '' ? nextDays(text, end, numbers[numbers.length - 1]!) : null
    if (next) return { numbers: [...numbers, ...next.numbers], form: 'RnDN', end: next.end }
    return { numbers, form: 'RnDN', end }
  }
  if (first === 35 /* # */) {
    m = execAt(HASH, text, pos)
    if (!m) return null
    const numbers = sane([Number(m[1])])
    return numbers && { numbers, form: '#N', end: pos + m[0].length }
  }
  const counted = isDigit(first) ? COUNTED_FROM_DIGIT : first === 0x7b2c /* 第 */ ? COUNTED_FROM_HAN : []
  for (const [re, form] of counted) {
    m = execAt(re, text, pos)
    if (m) {
      const named = form || `N일${m[4]}`
      const end = pos + m[0].length
      if (m[3] !== undefined) {
        const listed = sane([Number(m[1]), ...(m[3].match(/\d+/g) ?? []).map(Number)])
        return listed && { numbers: listed, form: named, end }
      }
      const ends = sane(m[2] === undefined ? [Number(m[1])] : [Number(m[1]), Number(m[2])])
      if (!ends) return null
      // `5-1일차`, `5-2일차`: day 5 in parts, as `Day1-2` is.
      if (ends.length === 2 && ends[1]! < ends[0]! && ends[1]! <= MAX_PART) return { numbers: [ends[0]!], form: named, end }
      const numbers = ends.length === 1 ? ends : range(ends[0]!, ends[1]!)
      return { numbers, form: named, end }
    }
  }
  m = isDigit(first) ? execAt(COUNTER, text, pos) : null
  // `010/366`: day 10 of a 366-day challenge. Out of more than 31, so no day of a month.
  if (m && Number(m[2]) > 31 && Number(m[1]) <= Number(m[2])) {
    const numbers = sane([Number(m[1])])
    return numbers && { numbers, form: 'N/M', end: pos + m[0].length }
  }
  return null
}

// ---- dates ---------------------------------------------------------------------------

/** `2024-03-05`, `2024-3-5`, `2024/03/05`, `2024.03.05`, `2024_9_19`, Korean `2024. 3. 5.`; with lists and ranges. */
const YMD = at('(\\d{4})\\s*([-./_])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})(?!\\d)\\.?')
/** `2022 12/1`: the year, then the month and day after a space. */
const YEAR_THEN_MONTH_DAY = at('(\\d{4})\\s+(\\d{1,2})/(\\d{1,2})(?![\\d/a-z가-힣])')
/** After a full date: `/08/09` (a list), `-13`, `~29`, `-> 17` (a range), or a whole end date. */
const YMD_LIST = at('(?:\\/\\d{1,2}(?!\\d)){1,31}')
const RANGE_SEP = at('\\s*(?:->|~|〜|–|—|−|-|至|到)\\s*')
const RANGE_MONTH_DAY = at('(\\d{1,2})[-./](\\d{1,2})(?![\\d./\\-])')
const RANGE_DAY = at('(\\d{1,2})(?![\\d./\\-\\p{L}])')
/**
 * Compact `20240305`, and `240305`: six digits are more often a number than a date, so the short form takes
 * years 2015–2049 and a day its month has.
 */
const COMPACT = at('(\\d{4})(\\d{2})(\\d{2})(?!\\d)')
const COMPACT_SHORT = at('(1[5-9]|[2-4]\\d)(\\d{2})(\\d{2})(?!\\d)')
const MONTH_DAY_DIGITS = at(`(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?=(?:\\s*${WEEKDAY})?\\s*$)`)
/** After a compact date: another (`+`, `&&`, `,`: a list; `~`, `-`: a range), or a range's end day (`~04`, not `- 10일째`). */
const COMPACT_SEP = at('\\s*(\\+|&&?|,|~|〜|-)\\s*')
const COMPACT_END_DAY = at('(\\d{2})(?![\\d./\\-\\p{L}])')
/** `2024년 3월 5일`, `24년 3월 5일`, `3월 5일`, `2024年11月26日`, `11月26日`, with `~ 10일` / `~ 12월 1일` ranges. */
const KO_DATE = at(
  '(?:(\\d{4}|\\d{2})\\s*년\\s*)?(\\d{1,2})\\s*월\\s*(\\d{1,2})(?:\\s*일|(?!\\s*(?:주|째|차)))(?:\\s*[~-]\\s*(?:(\\d{1,2})\\s*월\\s*)?(\\d{1,2})\\s*일(?!\\s*[차째]))?'
)
/** `11月26日`, `2024年11月26日`; with a range (`~ 28日`, `至 12月1日`) or a second day (`7月11、12日`). */
const CJK_DATE = at(
  '(?:(\\d{4})\\s*年\\s*)?(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号號]?(?:\\s*[~〜\\-–至到、，,]\\s*(?:(\\d{4})\\s*年\\s*)?(?:(\\d{1,2})\\s*月\\s*)?(\\d{1,2})\\s*[日号號](?!目))?'
)
/** A year in two digits after an apostrophe: `Mar 5 '24`. */
const SHORT_YEAR = "\\s*['’](\\d{2})(?!\\d)"
/** After a month's name and its day: a slash or dot and a year in two digits (`sept 8/19`, `Dec 17.19`). */
const TWO_DIGIT_YEAR_AFTER = at('([/.])(\\d{2})(?![\\d./])')
/** `21:36:50 EDT` between a date and its year, as the `date` command prints it (`Thu Jul 26 21:36:50 EDT 2018`). */
const CLOCK = '(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s+[a-z]{2,5})?)?'
/**
 * `March 5, 2024`, `Mar 5`, `Mar 5 '24`, `Oct-01,2019`, `Mar-05-2025`, `January, 01, 2020`, `July 8 , 2018`,
 * `May 11 - Thursday May 13, 2021`, `Jul 26 21:36:50 EDT 2018`, `August 28, Wednesday, 2019` (a weekday before the date
 * is skipped before it: `skipWeekdays`).
 */
const EN_MONTH_FIRST = at(
  `(${MONTH_NAME})(?:,?\\s*|[-/])(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:\\s*[-–~〜]\\s*(?:${WEEKDAY},?\\s*)?(?:(${MONTH_NAME})\\s+)?(\\d{1,2})(?:st|nd|rd|th)?(?!\\d))?(?:${CLOCK}(?:,\\s*${WEEKDAY}(?=,))?(?:\\s*,?\\s*|[-/])(\\d{4})(?!\\d)|${SHORT_YEAR})?`
)
/** The most days between two days listed after a month's name (`Feb 04,05,06`, `Mar 3, 5`). */
const LIST_STEP = 7
/** After a month's name and its day: more days, comma-separated, then perhaps the year, and the label's end or a mark. */
const MONTH_DAY_LIST = at('((?:\\s*,\\s*\\d{1,2}(?!\\d)){1,6})(?:\\s*,?\\s*(\\d{4})(?!\\d))?(?=\\s*(?:$|[:：\\-–—|(（[]))')
/** A day of the month before its month's name: `5`, `5th`, `1º`, `1er`, `20.` (before a space). */
const DAY_OF = '(\\d{1,2})(?:st|nd|rd|th|º|ª|°|er|\\.(?=\\s))?'
/**
 * `5 March 2024`, `15MAY2020`, `5th of March`, `05-Aug-2025`, `20/Dec/2023`, `5 Mar '24`, `23rd, July 2020`;
 * `20. Februar 2021`, `24 de mayo de 2020`, `5 mars 2021`; two days of the month (`22 a 24 de octubre de 2021`,
 * `18 y 19 de Mayo`, `3-5 March`).
 */
const EN_DAY_FIRST = at(
  `${DAY_OF}(?:(?:${TO})${DAY_OF}|(?:${AND})${DAY_OF})?(?:,?\\s*|[-/])(?:(?:of|de)\\s+)?(${MONTH_NAME})${NO_LETTER}(?:(?:,?\\s*(?:del?\\s+)?|[-/])(\\d{4})(?!\\d)|${SHORT_YEAR})?`
)
/** `2024 Mar 4`, `2024, March 4th`: the year first, then the month's name and the day. */
const YEAR_MONTH_DAY = at(`(\\d{4}),?\\s+(${MONTH_NAME})\\s*(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)`)
const YEAR_BEFORE_MONTH = at('\\d{4},?\\s+')
/** What `EN_DAY_FIRST` may have before its month name (and more), to find where the name would start. */
const DAY_BEFORE_MONTH = at(
  `\\d{1,2}(?:st|nd|rd|th|º|ª|°|er|\\.)?(?:(?:${TO}|${AND})\\d{1,2}(?:st|nd|rd|th|º|ª|°|er|\\.)?)?,?\\s*[-/]?\\s*(?:(?:of|de)\\s+)?`
)
/** A comma between the day and the month's name (`23rd, July 2020`). */
const DAY_COMMA_MONTH = /\d(?:st|nd|rd|th|º|ª|°|er)?,/
/** Numeric dates with slashes or dots whose order the log decides: `12/18`, `1/9/21`, `03/12/25`, `24.03.05`, `05.03.2024`. */
const NUMERIC = at('(\\d{1,2})\\s*([./])\\s*(\\d{1,2})(?:\\s*\\2\\s*(\\d{4}|\\d{2})(?!\\d))?(?![\\d/])\\.?')
/**
 * `03-15-2024`, `15-3-2024`: with dashes, only before a four-digit year (`3-1 배열` numbers a section), or with the
 * last two parts in two digits (`24-03-05`, and `5-02-25` among `15-02-25`).
 */
const NUMERIC_DASHED = at('(\\d{1,2})-(\\d{1,2})-(\\d{4})(?!\\d)|(\\d{1,2})-(\\d{2})-(\\d{2})(?![\\d\\-])')
/** `07-15` alone: a month and day with a dash, both in two digits (`3-1 배열` numbers a section). */
const DASHED_MONTH_DAY = at('(\\d{2})-(\\d{2})(?![\\d\\-])')
/** `26/9 2022`: a year after a space. */
const SPACED_YEAR = at('\\s+(\\d{4})(?!\\d)')
/** A word for the day's log after a bare month and day (`12-14打卡`, `03.05 TIL`): no section's topic. */
const LOGGED_WORD = '(?:打卡|日记|日記|日報|til(?![a-z])|일지)'
/**
 * A bare month and day (`03.10`, `07-15`) needs its weekday, a word for the day's log, or nothing but closing brackets
 * after it: `1.1 대체 텍스트` is a numbered topic, `Week 2 (03.10 ~ 03.14)` holds one.
 */
// `日` before `目` counts a day (`4.5日目`), it is no Sunday.
const AFTER_BARE_MONTH_DAY = at(`\\s*(?:${WEEKDAY}(?![目째차])|[)）\\]]*\\s*$|${LOGGED_WORD})`)
/** `09.01 : 저장소 만들기`: a month and day in two digits each, then a colon, is a date and its topic (`3.1: 배열` a section). */
const TWO_DIGIT_PAIR = /^\d{2}\s*\.\s*\d{2}$/
const COLON_AFTER = at('\\s*[:：]')
/** A weekday and what joins it to the next (`Tuesday & Wednesday March 30-31`, `Friday and Saturday, May 1`, `月/火`). */
const WEEKDAY_AT = at(`[\\s,&/]*${WEEKDAY}(?![\\p{L}])(?:[\\s,&/\\-–]*and(?![\\p{L}]))?[\\s,&/\\-–]*`)

function push(out: LabelDate[], year: number | null, month: number, day: number): boolean {
  if (year !== null && !saneYear(year)) return false
  if (!validDay(month, day)) return false
  out.push({ year, month, day })
  return true
}

/** Days `from`..`to` of one month, after the first, which the caller has pushed. */
function pushRange(out: LabelDate[], year: number | null, month: number, from: number, to: number): void {
  for (const d of range(from, to).slice(1)) push(out, year, month, d)
}

/** The days after the one date in `out` up to `last`, across a month's end (`2023.10.26 ~ 11.02`); `last` alone if far off. */
function pushSpan(out: LabelDate[], last: LabelDate): void {
  const span = spanDates(out[0]!, last)
  if (span) out.push(...span.slice(1))
  else push(out, last.year, last.month, last.day)
}

function dateToken(form: string, end: number, dates: LabelDate[], slashDates: AmbiguousDate[] = []): DateToken | null {
  return dates.length > 0 || slashDates.length > 0 ? { form, end, dates, slashDates } : null
}

/** How far a range written after a full date (`2024-03-04 ~ 03-08`) may run, in days. */
const MAX_RANGE_AFTER_DATE = 62

/** Days from one date to a later one; Infinity where the second is not later (no range runs back). */
function daysOn(y1: number, m1: number, d1: number, y2: number, m2: number, d2: number): number {
  const diff = (Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / DAY_MS
  return diff > 0 ? diff : Infinity
}

function readDate(text: string, pos: number): DateToken | null {
  const first = text.charCodeAt(pos)
  if (!isDigit(first)) return mayStartWeekday(first) ? readNamedOrAmbiguousDate(text, pos) : null
  let m = execAt(YMD, text, pos)
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[3]), Number(m[4])]
    const dates: LabelDate[] = []
    if (!push(dates, year, month, day)) return null
    const sep = m[2]!
    const form = sep === '.' && /\.\s/.test(m[0]) ? 'YYYY. M. D.' : `YYYY${sep}MM${sep}DD`
    let end = pos + m[0].length
    const list = sep === '/' ? null : execAt(YMD_LIST, text, end)
    if (list) {
      for (const d of list[0].match(/\d+/g)!) push(dates, year, month, Number(d))
      return dateToken(form, end + list[0].length, dates)
    }
    const sepAt = execAt(RANGE_SEP, text, end)
    if (sepAt) {
      const after = end + sepAt[0].length
      const whole = execAt(YMD, text, after)
      if (whole) {
        const [y2, m2, d2] = [Number(whole[1]), Number(whole[3]), Number(whole[4])]
        if (y2 === year && m2 === month) pushRange(dates, year, month, day, d2)
        else pushSpan(dates, { year: y2, month: m2, day: d2 })
        return dateToken(form, after + whole[0].length, dates)
      }
      // `2024-03-04 ~ 03-08`: the end month and day, a few weeks on at most (`2026-08-15 — 8-1 엔딩` names a part).
      const monthDay = execAt(RANGE_MONTH_DAY, text, after)
      const [m2, d2] = monthDay ? [Number(monthDay[1]), Number(monthDay[2])] : [0, 0]
      // `2023.12.30 ~ 01.02`: into the next year.
      const y2 = m2 < month ? year + 1 : year
      if (monthDay && isRealDay(y2, m2, d2) && daysOn(year, month, day, y2, m2, d2) <= MAX_RANGE_AFTER_DATE) {
        if (m2 === month) pushRange(dates, year, month, day, d2)
        else pushSpan(dates, { year: y2, month: m2, day: d2 })
        return dateToken(form, after + monthDay[0].length, dates)
      }
      const short = execAt(RANGE_DAY, text, after)
      if (short && Number(short[1]) > day) {
        pushRange(dates, year, month, day, Number(short[1]))
        end = after + short[0].length
      }
    }
    return dateToken(form, end, dates)
  }
  m = execAt(YEAR_THEN_MONTH_DAY, text, pos)
  if (m) {
    const dates: LabelDate[] = []
    return push(dates, Number(m[1]), Number(m[2]), Number(m[3])) ? dateToken('YYYY M/D', pos + m[0].length, dates) : null
  }
  const compact = readCompactDates(text, pos)
  if (compact) return compact
  // `## 0401`: a month and day in four digits, with nothing after them but a weekday (`1012 유기농 배추` is a problem);
  // a day no year has (`0431`) makes them a number (`| 0431 |` counts a problem), not a date to report.
  m = execAt(MONTH_DAY_DIGITS, text, pos)
  if (m && isRealDay(LEAP_YEAR, Number(m[1]), Number(m[2])))
    return dateToken('MMDD', pos + m[0].length, [{ year: null, month: Number(m[1]), day: Number(m[2]) }])
  for (const [re, ko] of [
    [KO_DATE, true],
    [CJK_DATE, false]
  ] as const) {
    m = execAt(re, text, pos)
    if (!m) continue
    const dates: LabelDate[] = []
    const year = m[1] === undefined ? null : fullYear(Number(m[1]))
    const [month, day] = [Number(m[2]), Number(m[3])]
    if (!push(dates, year, month, day)) return null
    const [endYear, endMonth, endDay] = ko ? [undefined, m[4], m[5]] : [m[4], m[5], m[6]]
    if (endDay !== undefined) {
      const y2 = endYear === undefined ? year : Number(endYear)
      const m2 = endMonth === undefined ? month : Number(endMonth)
      // `7月11、12日` names two days; `7月11~14日` all the days between.
      if (y2 === year && m2 === month && !/[、，,]/.test(m[0])) pushRange(dates, year, month, day, Number(endDay))
      else push(dates, y2, m2, Number(endDay))
    }
    const yearForm = m[1]?.length === 2 ? 'YY' : 'YYYY'
    const form = ko ? (year === null ? 'M월 D일' : `${yearForm}년 M월 D일`) : year === null ? 'M月D日' : 'YYYY年M月D日'
    return dateToken(form, pos + m[0].length, dates)
  }
  return readNamedOrAmbiguousDate(text, pos)
}

/** `20250303`, `240305`, and lists and ranges of them: `20250303+20250304`, `230318~230319`, `20250303~04`. */
function readCompactDates(text: string, pos: number): DateToken | null {
  const long = execAt(COMPACT, text, pos)
  const m = long ?? execAt(COMPACT_SHORT, text, pos)
  if (!m) return null
  const pattern = long ? COMPACT : COMPACT_SHORT
  const yearOf = (digits: string): number => (long ? Number(digits) : 2000 + Number(digits))
  const dates: LabelDate[] = []
  const [year, month, day] = [yearOf(m[1]!), Number(m[2]), Number(m[3])]
  if (!long && !isRealDay(year, month, day)) return null
  if (!push(dates, year, month, day)) return null
  let end = pos + m[0].length
  for (let more = 0; more < MAX_RANGE; more++) {
    const sep = execAt(COMPACT_SEP, text, end)
    if (!sep) break
    const after = end + sep[0].length
    const isRange = sep[1] === '~' || sep[1] === '〜' || sep[1] === '-'
    const last = dates[dates.length - 1]!
    const next = execAt(pattern, text, after)
    if (next) {
      const [y2, m2, d2] = [yearOf(next[1]!), Number(next[2]), Number(next[3])]
      if (isRange && y2 === last.year && m2 === last.month) pushRange(dates, y2, m2, last.day, d2)
      else if (!push(dates, y2, m2, d2)) break
      end = after + next[0].length
      continue
    }
    const day = isRange ? execAt(COMPACT_END_DAY, text, after) : null
    if (!day || Number(day[1]) <= last.day) break
    pushRange(dates, last.year, last.month, last.day, Number(day[1]))
    end = after + day[0].length
  }
  return dateToken(long ? 'YYYYMMDD' : 'YYMMDD', end, dates)
}

/** English month names (`March 5, 2024`, `Tuesday, March 5th`, `5 March 2024`), then numeric dates whose order the log decides (`12/18`). */
function readNamedOrAmbiguousDate(text: string, pos: number): DateToken | null {
  // A month name cannot start with a digit; a day before the month (`5 March`) and a numeric date must.
  const digit = isDigit(text.charCodeAt(pos))
  let m = !digit && monthNameAt(text, pos) ? execAt(EN_MONTH_FIRST, text, pos) : null
  if (m) {
    const dates: LabelDate[] = []
    let year = m[5] !== undefined ? Number(m[5]) : m[6] !== undefined ? 2000 + Number(m[6]) : null
    let end = pos + m[0].length
    // `sept 8/19`, `Dec 17.19`: a year in two digits after the day (`Oct 11/12` is two days, the next after the first).
    const short = year === null && m[4] === undefined ? execAt(TWO_DIGIT_YEAR_AFTER, text, end) : null
    if (short && Number(short[2]) >= 10 && (short[1] === '.' || Number(short[2]) !== Number(m[2]) + 1)) {
      year = 2000 + Number(short[2])
      end += short[0].length
    }
    // `Feb 04,05,06 2020`: more days of the month, each a few days after the last (`March 5, 24` is no list), then the
    // year; the label ends there.
    const list = year === null && m[4] === undefined ? execAt(MONTH_DAY_LIST, text, end) : null
    const listed = list ? list[1]!.match(/\d+/g)!.map(Number) : []
    const ascending = listed.every((day, i) => {
      const before = i === 0 ? Number(m![2]) : listed[i - 1]!
      return day > before && day - before <= LIST_STEP
    })
    if (list && ascending) {
      year = list[2] !== undefined ? Number(list[2]) : null
      end += list[0].length
    }
    const month = monthOf(m[1]!)
    if (!push(dates, year, month, Number(m[2]))) return null
    if (list && ascending) for (const day of listed) push(dates, year, month, day)
    if (m[4] !== undefined) {
      const endMonth = m[3] === undefined ? month : monthOf(m[3])
      const span = endMonth === month ? null : spanDates(dates[0]!, { year, month: endMonth, day: Number(m[4]) })
      if (endMonth === month) pushRange(dates, year, month, Number(m[2]), Number(m[4]))
      else if (span) dates.splice(0, 1, ...span)
      else push(dates, year, endMonth, Number(m[4]))
    }
    return dateToken(year === null ? 'Month D' : 'Month D, YYYY', end, dates)
  }
  const yearPart = digit ? execAt(YEAR_BEFORE_MONTH, text, pos) : null
  m = yearPart && monthNameAt(text, pos + yearPart[0].length) ? execAt(YEAR_MONTH_DAY, text, pos) : null
  if (m) {
    const dates: LabelDate[] = []
    if (!push(dates, Number(m[1]), monthOf(m[2]!), Number(m[3]))) return null
    return dateToken('YYYY Month D', pos + m[0].length, dates)
  }
  const dayPart = digit ? execAt(DAY_BEFORE_MONTH, text, pos) : null
  m = dayPart && monthNameAt(text, pos + dayPart[0].length) ? execAt(EN_DAY_FIRST, text, pos) : null
  // `30 - 2 May` runs back over a month's end: not one month's days.
  if (m?.[2] !== undefined && Number(m[2]) <= Number(m[1])) m = null
  // `23rd, July 2020` with its year; without one, `5, March` is a list, not a date.
  if (m && m[5] === undefined && m[6] === undefined && DAY_COMMA_MONTH.test(m[0])) m = null
  if (m) {
    const dates: LabelDate[] = []
    const year = m[5] !== undefined ? Number(m[5]) : m[6] !== undefined ? 2000 + Number(m[6]) : null
    const month = monthOf(m[4]!)
    if (!push(dates, year, month, Number(m[1]))) return null
    if (m[2] !== undefined) pushRange(dates, year, month, Number(m[1]), Number(m[2]))
    else if (m[3] !== undefined) push(dates, year, month, Number(m[3]))
    return dateToken(year === null ? 'D Month' : 'D Month YYYY', pos + m[0].length, dates)
  }
  m = digit ? execAt(NUMERIC_DASHED, text, pos) : null
  if (m && m[4] !== undefined) {
    const parts = [Number(m[4]), Number(m[5]), Number(m[6])]
    const [a, b, c] = parts as [number, number, number]
    // Some order must make it a date: year first, month first or day first.
    if (!validDay(b, c) && !validDay(a, b) && !validDay(b, a)) return null
    return dateToken('YY-MM-DD', pos + m[0].length, [], [{ parts, fullYear: null, sep: '-' }])
  }
  if (m && saneYear(Number(m[3]))) {
    const parts = [Number(m[1]), Number(m[2]), Number(m[3])]
    return dateToken('MM-DD-YYYY', pos + m[0].length, [], [{ parts, fullYear: 'last', sep: '-' }])
  }
  m = digit ? execAt(DASHED_MONTH_DAY, text, pos) : null
  if (m && execAt(AFTER_BARE_MONTH_DAY, text, pos + m[0].length)) {
    const [a, b] = [Number(m[1]), Number(m[2])]
    if (!validDay(a, b) && !validDay(b, a)) return null
    return dateToken('MM-DD', pos + m[0].length, [], [{ parts: [a, b], fullYear: null, sep: '-' }])
  }
  m = digit ? execAt(NUMERIC, text, pos) : null
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[3])]
    const sep = m[2] as '/' | '.'
    let end = pos + m[0].length
    let year = m[4]
    const range = numericRangeEnd(text, end, sep, year !== undefined)
    if (range) end = range.end
    const through = range ? { through: range.through } : {}
    if (year === undefined && sep === '/' && !range) {
      // `26/9 2022`: a year after a space, where it is one.
      const spaced = execAt(SPACED_YEAR, text, end)
      if (spaced && saneYear(Number(spaced[1]))) {
        year = spaced[1]!
        end += spaced[0].length
      }
    }
    if (year === undefined) {
      if (sep === '.' && !execAt(AFTER_BARE_MONTH_DAY, text, end) && !(TWO_DIGIT_PAIR.test(m[0]) && execAt(COLON_AFTER, text, end)))
        return null
      if (!validDay(a, b) && !validDay(b, a)) return null
      return dateToken(sep === '/' ? 'M/D' : 'MM.DD', end, [], [{ parts: [a, b], fullYear: null, sep, ...through }])
    }
    const c = Number(year)
    const four = year.length === 4
    if (four && !saneYear(c)) return null
    // `24.03.05` writes every part in two digits; `1.4.10` numbers a section.
    if (sep === '.' && !four && (m[1]!.length !== 2 || m[3]!.length !== 2)) return null
    return dateToken(
      sep === '/' ? 'M/D/Y' : four ? 'DD.MM.YYYY' : 'YY.MM.DD',
      end,
      [],
      [{ parts: [a, b, c], fullYear: four ? 'last' : null, sep, ...through }]
    )
  }
  return null
}

/**
 * The last day of a numeric range after a numeric date (`3/3 ~ 3/7`, `24.03.10 - 24.03.14`): written with the same
 * separator, with a year where the first has one; or null.
 */
function numericRangeEnd(text: string, pos: number, sep: '/' | '.', withYear: boolean): { through: number[]; end: number } | null {
  // `03.10 (월) ~ 03.14 (금)`: the first day's weekday stands before the dash.
  const weekday = execAt(ONE_WEEKDAY, text, pos)
  const at = weekday ? pos + weekday[0].length : pos
  const dash = execAt(RANGE_SEP, text, at)
  const m = dash && execAt(NUMERIC, text, at + dash[0].length)
  if (!m || m[2] !== sep || (m[4] !== undefined) !== withYear) return null
  const through = [Number(m[1]), Number(m[3]), ...(m[4] === undefined ? [] : [Number(m[4])])]
  return { through, end: at + dash[0].length + m[0].length }
}

/** A dash or bar before a weekday that ends the label (`November 10, 2019 ~ Saturday`); tested first without `\p{…}`. */
const DASH_FIRST = /^\s*[-~〜–—|]/
const DASHED_WEEKDAY = at(`\\s*[-~〜–—|]\\s*(?=${WEEKDAY}(?![\\p{L}])\\s*$)`)

/** Where the weekday starts that a dash or bar sets off at the end of the label, from `pos`; -1 for none. */
function dashedWeekday(text: string, pos: number): number {
  if (!DASH_FIRST.test(text.slice(pos, pos + 8))) return -1
  const m = execAt(DASHED_WEEKDAY, text, pos)
  return m ? pos + m[0].length : -1
}

/** Moves past weekdays (`(금)`, `Friday`, `星期五`, ` ~ Saturday` at the end) after a date. */
function skipWeekdays(text: string, pos: number): number {
  for (;;) {
    if (pos >= text.length || isDigit(text.charCodeAt(pos))) return pos
    WEEKDAY_AT.lastIndex = pos
    const m = WEEKDAY_AT.exec(text)
    if (!m || m[0].length === 0) {
      const dashed = dashedWeekday(text, pos)
      if (dashed < 0) return pos
      pos = dashed
      continue
    }
    pos += m[0].length
  }
}

/** Separators between a day number and its date: spaces, `- – — − : | / , . _`, middle dots, brackets (`< Day 3 >`). */
const BETWEEN = at('[\\s\\-–—−:|/,.·•・ㆍ()（）\\[\\]{}_<>]*')

const OPENING = at('[(（[]\\s*')
/** A few words in brackets, no digit among them: a note after a weekday (`Friday (started Thursday), 2/6/2026`). */
const NOTE = at('[(（][^()（）\\d]{1,40}[)）][\\s,、]*')

/** Past a bracketed note at `pos`, if one stands there. */
function skipNote(text: string, pos: number): number {
  NOTE.lastIndex = pos
  return NOTE.test(text) ? NOTE.lastIndex : pos
}

function skipOpening(text: string, pos: number): number {
  OPENING.lastIndex = pos
  return OPENING.test(text) ? OPENING.lastIndex : pos
}

function skipBetween(text: string, pos: number): number {
  BETWEEN.lastIndex = pos
  const m = BETWEEN.exec(text)
  return m ? pos + m[0].length : pos
}

// ---- weeks and months ----------------------------------------------------------------

/** The word for a week in German, Spanish, Portuguese, French, Italian, Indonesian, Polish and Turkish. */
const OTHER_WEEK_WORDS = 'woche|semana|semaine|settimana|minggu(?:\\s*ke)?|tydzie[nń]|hafta'
const WEEK = at(
  `(?:week|wk|${OTHER_WEEK_WORDS})\\s*[-#.]?\\s*(\\d{1,6})((?:\\s*[,&]\\s*\\d{1,6}){0,52})(?:\\s*[-~]\\s*(\\d{1,6})(?!\\S*\\s*(?:day|일)))?(?!\\d)`
)
const KO_WEEK = at('(\\d{1,6})\\s*주\\s*차')
const CJK_WEEK = at('(?:第\\s*(\\d{1,6})\\s*[周週])|(?:(\\d{1,6})\\s*週目)')
/**
 * What may follow a week number in a week review's label. Other words (`4주차 질문`,
 * `Week 3 quiz`) name a topic, which is not a review.
 */
const WEEK_WORDS =
  /^(?:[\s\-–—:|()[\]]|review|retro(?:spective)?|recap|summary|회고|리뷰|정리|돌아보기|학습|요약|振り返り|まとめ|总结|總結|回顾|回顧|复盘|周报|週報|rückblick|zusammenfassung|resumen|resumo|revisão|bilan|riepilogo|kesimpulan|ringkasan|podsumowanie)*$/u

/**
 * A short note in brackets ending a label: `( 미뤄짐 )`, `【延期】`. (Square brackets never reach it: `plainLabel` reads
 * `[postponed]` as its word, which is a topic.)
 */
const BRACKETED_NOTE = /[([（【][^()[\]（）【】]{1,20}[)\]）】]\s*$/u

function readWeek(text: string): { numbers: number[]; form: string; rest: string } | null {
  const first = text.charCodeAt(0)
  // The first letters of `Week` and `OTHER_WEEK_WORDS` (`Woche`, `Semana`, `Minggu ke-`, `Tydzień`, `Hafta`).
  if (!'wsmth'.includes(String.fromCharCode(first | 0x20)) && !isDigit(first) && first !== 0x7b2c /* 第 */) return null
  let m = execAt(WEEK, text, 0)
  if (m) {
    const numbers = sane([Number(m[1]), ...(m[2]?.match(/\d+/g) ?? []).map(Number)])
    if (!numbers) return null
    const last = m[3] === undefined ? null : Number(m[3])
    const all = last !== null && last > numbers[0]! && last - numbers[0]! < 10 ? range(numbers[0]!, last) : numbers
    return { numbers: all, form: 'Week N', rest: text.slice(m[0].length) }
  }
  m = execAt(KO_WEEK, text, 0)
  if (m) return saneDay(Number(m[1])) ? { numbers: [Number(m[1])], form: 'N주차', rest: text.slice(m[0].length) } : null
  m = execAt(CJK_WEEK, text, 0)
  const n = Number(m?.[1] ?? m?.[2])
  if (m) return saneDay(n) ? { numbers: [n], form: m[1] ? '第N周' : 'N週目', rest: text.slice(m[0].length) } : null
  return null
}

/**
 * `2023.03`, `2023-03`, `2023년 4월`, `2024年11月`, `24年11月 November:`, `March 2024`; with words after it that hold no
 * number (`2021년 5월) Problem Solving`, a month's fold).
 */
const MONTH_NUMERIC = /^(\d{4}|\d{2}(?=\s*年))\s*[.\-/년年]\s*(\d{1,2})\s*[월月]?(?:[\s:：)）\]]+[^\d\s.\-/][^\d]*|[\s:：]*)$/
const MONTH_YEAR_WORDS = new RegExp(`^(${MONTH_NAME})\\s+(\\d{4})[\\s:：]*$`)

function readMonth(text: string): { year: number; month: number } | null {
  const first = text.charCodeAt(0)
  let m = isDigit(first) ? MONTH_NUMERIC.exec(text) : null
  if (m) {
    const year = fullYear(Number(m[1]))
    const month = Number(m[2])
    return saneYear(year) && month >= 1 && month <= 12 ? { year, month } : null
  }
  m = monthNameAt(text, 0) ? MONTH_YEAR_WORDS.exec(text) : null
  if (m) {
    const year = Number(m[2])
    return saneYear(year) ? { year, month: monthOf(m[1]!) } : null
  }
  return null
}

// ---- the label -------------------------------------------------------------------------

/** The words left after the label's tokens, without the decoration around them. */
function topicOf(rest: string): string {
  return trimDecorationEnd(rest.replace(LEADING, '')).trim()
}

/**
 * What a label can start with: a digit, `#`, `第`, a weekday in Korean or Japanese,
 * or the first letters of a day, week, round, month or weekday word. Most section
 * labels (`완료한 사항`, `Today's Progress`) stop here, before the grammar runs.
 */
const LABEL_START = new RegExp(
  '^(?:\\d|#|第|[월화수목금토일月火水木金土日周週星礼禮(（]|days?\\b|day\\d|d\\s*\\+|d\\d|r\\d|w(?:ee)?k|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|' +
    `mon|tue|wed|thu|thr|fri|sat|sun|(?:${OTHER_DAY_WORDS}|${OTHER_WEEK_WORDS})\\s*[-#.:]?\\s*\\d|` +
    // Months of other languages that English month names do not start (`enero`, `März`, `août`).
    'ene|fev|fév|abr|avr|mai|ago|aoû|out|okt|ott|dez|dic|déc|gen|mag|giu|lug|jui)'
)

/** Spaces, punctuation, symbols and the emoji marks that are neither (variation selectors, the joiner, the keycap). */
const LEADING_MARKS = '[\\s\\p{P}\\p{S}\\u200d\\ufe0e\\ufe0f\\u20e3]*'

/** Text as the grammar reads it: in lower case, its decoration stripped, its digits ASCII (see `readLabel`). */
const asGrammarReads = (raw: string): string => grammarText(raw.toLowerCase())

/**
 * Lower-cased text as the grammar reads it: a word in brackets as the word (`[Thursday], [2/12/2026] - Day [8] of 90`,
 * a template's blanks filled in), decoration stripped, digits ASCII.
 */
function grammarText(lower: string): string {
  return asciiDigits(plainLabel(lower.includes('[') ? lower.replace(BRACKETED_WORD, '$1') : lower))
}

/**
 * Before any stripping: text whose first letter is none of those, or of a word naming the log (`오늘의 TIL`, `학습 일지`,
 * `学习笔记`) or a Han numeral (`三月五日`), is no label (a tag or an entity aside). Emoji
 * marks that are neither punctuation nor symbols count as decoration too: the variation selectors (`✏️` is ✏ and
 * U+FE0F), the joiner, the keycap.
 */
const FIRST_CHARACTERS =
  '<&\\d\\uff10-\\uff19#第월화수목금토일月火水木金土日周週星礼禮〇零一二三四五六七八九十(（오학공개코学學今勉作振每打令平çśпвсчд'
// eslint-disable-next-line no-misleading-character-class -- single code points (joiner, selectors), not a sequence
const RAW_START = new RegExp(`^${LEADING_MARKS}(?:[${FIRST_CHARACTERS}]|[a-zA-Z])`, 'u')

/** A cheap first test, before any stripping: false where the text cannot be a label. */
export function mayBeLabel(raw: string): boolean {
  return RAW_START.test(raw)
}

/**
 * What a heading or bold line says as a label: day or week, its numbers and dates, its topic; null when it is
 * not a label. The template is inferred from these.
 */
export function readLabel(raw: string): LabelInfo | null {
  // Lower case once: the grammar's patterns are written in it and built without the `i` flag, with which V8 folds
  // every class (weekdays, `\p{L}`) over all of Unicode's cases when it compiles them, most of a small log's first check.
  const lower = raw.toLowerCase()
  const named = DATE_WORD.exec(lower)
  if (named) return datedByWord(grammarText(lower.slice(named[0].length)))
  if (!RAW_START.test(lower)) return null
  const text = grammarText(lower)
  return labelAtStart(text) ?? labelAfterLogWord(text) ?? labelAfterBar(text) ?? labelAfterOutlineNumber(text) ?? labelAfterTime(text)
}

/** A heading's outline number before its label: `1.1 23日`, `2 2025年7月` (often with an ideographic space), `3. Day 5`. */
const OUTLINE_NUMBER = /^\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+(?=\S)/

/** The label after an outline number, where the text read whole is none (`1.1 2024-03-05` is no date `1.1`). */
function labelAfterOutlineNumber(text: string): LabelInfo | null {
  const outline = OUTLINE_NUMBER.exec(text)
  return outline ? labelAtStart(text.slice(outline[0].length)) : null
}

/** A stretch of the log its days count within: `Week 2`, `Sprint 1`, `3주차`, `第2週`, `2週目`. */
const STRETCH =
  '(?:week|sprint|phase|round|stage|module|unit|season|chapter)\\s*\\d{1,3}(?!\\d)|\\d{1,3}\\s*주\\s*차|第\\s*\\d{1,3}\\s*[周週]|\\d{1,3}\\s*週目'
/** A challenge the days count in: `100 Days of Code`, `#100DaysOfCode`, `100일 코딩 챌린지`. */
const CHALLENGE = '#?\\d{2,3}\\s*days?\\s*of\\s*[a-z]+(?:\\s*challenge)?|\\d{2,3}\\s*일\\s*(?:[가-힣a-z]+\\s*)?챌린지'
/**
 * `TIL 2025-03-03`, `[TIL] Day 3`, `Dev Log #12 (2025-03-03)`, `학습 일지 25.03.03`, `日報 2025/3/3`, `学习笔记 第3天`,
 * `Lernjournal – 10.06.2025`: a word that names the log itself, or the challenge it keeps (`100 Days of Code - Day 3`),
 * before the day; or the stretch the day belongs to (`Sprint 1 - Day 4 (2025-03-06)`, `Week 2 Day 3`, `3주차 2일차`).
 * None says which day it is, so the form keeps it only as `…`.
 */
const LOG_WORD = new RegExp(
  `^(?:(?<stretch>${STRETCH})|${CHALLENGE}|today\\s*i\\s*learned|til|daily(?:\\s*(?:log|notes?|journal|report|study))?|dev\\s*log|` +
    'study\\s*(?:log|journal|notes?)|learning\\s*(?:log|journal)|journal(?:\\s*de\\s*bord)?|log|diary|notes?|' +
    'lern(?:journal|tagebuch)|tagebuch|diario|bit[aá]cora|logboek|dagboek|' +
    '오늘의\\s*(?:til|공부|학습|기록)|til\\s*(?:일지|일기)|(?:학습|공부|개발|코딩)(?:\\s*(?:일지|기록|일기|로그))?|일지|' +
    '日報|日记|日記|学習(?:記録|ログ|日記|メモ)|学习(?:笔记|日志|记录)|學習(?:筆記|日誌|記錄)|' +
    '今日の(?:学習|勉強|学び|作業|til)|勉強(?:記録|ログ|メモ|日記)?|作業(?:ログ|記録|日報)|振り返り|' +
    '每日(?:总结|總結|学习|學習|笔记|筆記|打卡|记录|記錄)|今[天日](?:学习|學習|总结|總結|笔记|筆記)|(?:学习)?打卡|' +
    // Vietnamese `Ngày 04/12`: the word for a day before a date is no day number.
    'ngày(?=\\s*\\d{1,2}\\s*[/.-]\\s*\\d))' +
    '(?![\\p{L}])(?:(?!#)[\\s\\p{P}\\p{S}])*',
  'u'
)

/** A date written in a week's label: `13.05.2025`, `2024-03-04`, `3/4`. */
const WEEK_DATED = /\d[./-]\d/

function labelAfterLogWord(text: string): LabelInfo | null {
  const word = LOG_WORD.exec(text)
  if (!word) return null
  const info = labelAtStart(text.slice(word[0].length))
  const stretch = word.groups?.stretch
  // `Lernjournal – Woche 20 (13.05.2025)`: the log's week, where its dates say so (`Journal: Week 2` may head a part).
  if (info?.kind === 'week' && !stretch && WEEK_DATED.test(text)) return { ...info, form: `… ${info.form}` }
  if (info?.kind !== 'day') return null
  // A stretch's dates with no day after it are the stretch's own (`1주차 (3/3 ~ 3/7)`): no day.
  if (stretch && info.numbers.length === 0) return null
  if (stretch && info.dates.length === 0 && info.slashDates.length === 0) {
    // `Week 2 Day 3`: the day's place in its stretch, until the whole log says how its days count.
    const form = stretchForm(stretch)
    return { ...info, form: `${form} ${info.form}`, stretch: { number: Number(/\d+/.exec(stretch)![0]), form } }
  }
  // Within a stretch, a day's number may count from the stretch's start (`Week 2 Day 1`): the date alone says the day.
  const numbers = stretch ? [] : info.numbers
  if (numbers.length === 0 && info.dates.length === 0 && info.slashDates.length === 0) return null
  return { ...info, numbers, form: `… ${info.form}` }
}

/** A stretch's shape, its number `N`, from the lower-cased label: `week2` → `Week N`, `2 주 차` → `N주차`, `第2週` → `第N週`. */
function stretchForm(stretch: string): string {
  const form = stretch.replace(/\d+/, 'N')
  if (/[a-z]/.test(stretch)) return form.charAt(0).toUpperCase() + form.slice(1).replace(/\s*N$/, ' N')
  return form.replace(/\s+/g, '')
}

/** `Date: 2024-03-05`, `今日の日付: 2026-03-08`, `日期：2024年3月5日`, `날짜: 3월 5일`: a word that says a date follows. */
// eslint-disable-next-line no-misleading-character-class -- single code points (joiner, selectors), not a sequence
const DATE_WORD = new RegExp(`^${LEADING_MARKS}(?:date|(?:今日|本日)の日付|日付|日期|날짜)\\s*[:：]\\s*`, 'u')

/** Longer bold words are no word saying a date follows. */
const MAX_DATE_WORD = 40
/** The word alone, in bold before its date (`**Date:** 2024-03-05`, `**날짜**: 3월 5일`). */
// eslint-disable-next-line no-misleading-character-class -- single code points (joiner, selectors), not a sequence
const DATE_WORD_ALONE = new RegExp(`^${LEADING_MARKS}(?:date|(?:今日|本日)の日付|日付|日期|날짜)\\s*[:：]?\\s*$`, 'u')

/** `Date: 2024-03-05` from bold words that say a date follows and the words after them; null for other bold words. */
export function dateAfterWord(bold: string, after: string): string | null {
  // The word is short: a long bold text is no such word, and is not tried (spaces then `$` would retry from each).
  return bold.length <= MAX_DATE_WORD && DATE_WORD_ALONE.test(bold.toLowerCase()) ? `${bold.replace(/\s*[:：]?\s*$/u, '')}: ${after}` : null
}

/** The day a date after such a word names: that date alone (a day number after it is no day's, here). */
function datedByWord(text: string): LabelInfo | null {
  const info = labelAtStart(text)
  if (info?.kind !== 'day' || info.numbers.length > 0 || (info.dates.length === 0 && info.slashDates.length === 0)) return null
  return { ...info, form: `Date: ${info.form}` }
}

/** A time of day before a date: `2:30 PM 8/23/2023`, `07:56:10 2023/09/04`. */
const TIME_FIRST = /^\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?\s+(?=\d)/

/** `# 2:30 PM 8/23/2023 =====`: a session of the day its date names, the time written first. */
function labelAfterTime(text: string): LabelInfo | null {
  const time = TIME_FIRST.exec(text)
  const info = time ? labelAtStart(text.slice(time[0].length)) : null
  if (info?.kind !== 'day' || info.numbers.length > 0 || (info.dates.length === 0 && info.slashDates.length === 0)) return null
  return { ...info, timed: true }
}

/**
 * `Logistic Regression | Day 4`, `Topic | Day 1 : June 07, 2022` (a widely copied #100DaysOfCode template): the day
 * after the last `|`, with nothing after it, and the words before it as its topic.
 */
function labelAfterBar(text: string): LabelInfo | null {
  const bar = text.lastIndexOf('|')
  if (bar <= 0) return null
  const info = labelAtStart(text.slice(bar + 1).trim())
  if (info?.kind !== 'day' || info.topic !== '' || info.form === '#N') return null
  return { ...info, form: `… | ${info.form}`, topic: topicOf(text.slice(0, bar)) }
}

const RANGE_DASH = at('\\s*(?:[-~〜–—]|to\\b)\\s*')
/** One weekday after a date, and nothing after it (`skipWeekdays` would take the dash after it too). */
const ONE_WEEKDAY = at(`\\s*${WEEKDAY}(?![\\p{L}])`)

/**
 * A date yet to be written in a template: `yyyy-mm-dd`, `yy.mm.dd`, `xx/xx`, `[日付]`, `[날짜]` (lower case, as read). Not
 * `date`: `Day 12 - Date` may be a day about JavaScript's `Date`.
 */
const DATE_TO_WRITE =
  /^(?:(?:y{2,4}|x{2,4})\s*[-./년年]\s*(?:mm?|xx?)\s*[-./월月]\s*(?:dd?|xx?)|(?:mm?|xx?)\s*[-./]\s*(?:dd?|xx?)|日付|日期|날짜)$/

const JOINED = /^\s*(?:(?:&|and|\+|,)\s*)?/

/**
 * `R2D34 (22/07/2021) & R2D35 (23/07/2021)`, `Day 5 & Day 6`, `R1D14 R1D15`: a second label of the same shape, naming
 * the next day, joined on after the first (`rest`); the two are one entry of both days, with both dates. Null where
 * none is.
 */
function joinedDay(number: NumberToken, date: DateToken | null, rest: string): LabelInfo | null {
  const joint = JOINED.exec(rest)
  const next = joint ? labelAtStart(rest.slice(joint[0].length)) : null
  const last = number.numbers[number.numbers.length - 1]!
  if (next?.kind !== 'day' || !next.form.startsWith(number.form) || next.numbers[0] !== last + 1) return null
  return {
    kind: 'day',
    // `Day 5 & Day 6 & Day 7`: the next label joins on its own next one.
    numbers: [...number.numbers, ...next.numbers],
    dates: [...(date?.dates ?? []), ...next.dates],
    slashDates: [...(date?.slashDates ?? []), ...next.slashDates],
    // `R2D68 & R2D69 (28/08/2021)`: dated by the second label, in the shape the log's other days have.
    form: date ? `${number.form} · ${date.form}` : next.form,
    topic: next.topic
  }
}

/** `23일차 ~ 25일차`, `Day 5 - Day 7`, `5日目〜7日目`: a range written with its unit at both ends. */
function numberRange(text: string, number: NumberToken): NumberToken {
  const dash = execAt(RANGE_DASH, text, number.end)
  const next = dash && readDayNumber(text, number.end + dash[0].length)
  if (!next || next.form !== number.form || next.numbers.length !== 1) return number
  const from = number.numbers[number.numbers.length - 1]!
  const to = next.numbers[0]!
  if (to <= from || to - from > MAX_RANGE) return number
  return { numbers: [...number.numbers, ...range(from, to).slice(1)], form: number.form, end: next.end }
}

const DAY_MS = 86_400_000

/**
 * The days from `first` to `last`, a month apart at most, or null. A date without its year takes the other's; two
 * without one are counted in a leap year and stay without (`Dec 30 - Jan 2` runs into the next year).
 */
export function spanDates(first: LabelDate, last: LabelDate): LabelDate[] | null {
  const year = first.year ?? last.year
  const from = Date.UTC(year ?? 2000, first.month - 1, first.day)
  let to = Date.UTC(last.year ?? year ?? 2000, last.month - 1, last.day)
  if (year === null && to < from) to = Date.UTC(2001, last.month - 1, last.day)
  const days = (to - from) / DAY_MS
  if (!(days >= 1 && days <= 31)) return null
  return Array.from({ length: days + 1 }, (_, i) => {
    const d = new Date(from + i * DAY_MS)
    return { year: year === null ? null : d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }
  })
}

/**
 * `May 30, 2021 - June 1, 2021`, `Thursday May 13 - Sunday May 16, 2021`: two dates joined by a dash are the days from
 * one to the other (`spanDates`).
 */
function dateRange(text: string, date: DateToken): DateToken {
  if (date.dates.length !== 1 || date.slashDates.length > 0) return date
  let pos = date.end
  let dash = execAt(RANGE_DASH, text, pos)
  // `2025-03-03 (Mon) ~ 2025-03-07 (Fri)`, `3월 3일(월) ~ 3월 7일(금)`: the first date's weekday stands before the dash.
  const weekday = dash ? null : execAt(ONE_WEEKDAY, text, pos)
  if (weekday) {
    pos += weekday[0].length
    dash = execAt(RANGE_DASH, text, pos)
  }
  const next = dash && readDate(text, skipWeekdays(text, pos + dash[0].length))
  if (!next || next.dates.length !== 1 || next.slashDates.length > 0) return date
  const dates = spanDates(date.dates[0]!, next.dates[0]!)
  return dates ? { ...date, dates, end: next.end } : date
}

/**
 * The dates at `pos`, one date and its weekday or two joined by a dash (`3/3 ~ 3/7`): where they end, and the year and
 * month of the first where it has its year (a week's first day: `2021/07/23 ~ 2021/07/30`); null for none.
 */
function dateSpan(text: string, pos: number): { end: number; month: { year: number; month: number } | null } | null {
  const first = readDate(text, skipWeekdays(text, pos))
  if (!first) return null
  const day = first.dates[0]
  const month = day?.year == null ? null : { year: day.year, month: day.month }
  const end = skipWeekdays(text, first.end)
  const dash = execAt(RANGE_DASH, text, end)
  const last = dash && readDate(text, skipWeekdays(text, end + dash[0].length))
  return { end: last ? skipWeekdays(text, last.end) : end, month }
}

/** A time of day after a date (`2016-09-02 09:34:22`, `3/5 10:00-12:30 pm`): when the day was written, not its topic. */
const TIME_OF_DAY = at('\\s*\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[-~〜–]\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?(?:\\s*[ap]\\.?m\\.?)?(?![\\d:a-z])')

/** The date with the time of day written after it, if any. */
function withTimeOfDay(text: string, date: DateToken): DateToken {
  const m = execAt(TIME_OF_DAY, text, date.end)
  return m ? { ...date, end: date.end + m[0].length, timed: true } : date
}

/** The label the text starts with, or null. */
function labelAtStart(text: string): LabelInfo | null {
  if (text === '' || !LABEL_START.test(text)) return null

  const month = readMonth(text)
  if (month) return { kind: 'month', numbers: [], dates: [], slashDates: [], month, form: 'month', topic: '' }

  const week = readWeek(text)
  if (week) {
    // `Week 1 (2024-03-04 ~ 03-08)`, `1주차 (3/3 ~ 3/7)`: the week's dates are not a topic, before its words or after them.
    let rest = week.rest
    const span = dateSpan(rest, skipBetween(rest, 0))
    let month = span?.month ?? null
    if (span) rest = rest.slice(skipBetween(rest, span.end))
    const bracket = Math.max(rest.lastIndexOf('('), rest.lastIndexOf('（'))
    const bracketed = bracket >= 0 && /[)）]\s*$/.test(rest) ? dateSpan(rest, bracket + 1) : null
    if (bracketed && skipBetween(rest, bracketed.end) >= rest.length) {
      month ??= bracketed.month
      rest = rest.slice(0, bracket)
    }
    // `Week 59 ( 미뤄짐 )`, `Week 77 & 78 (late)`: a short note in brackets at the end is no topic.
    if (!WEEK_WORDS.test(rest) && !WEEK_WORDS.test(rest.replace(BRACKETED_NOTE, ''))) return null
    const info: LabelInfo = { kind: 'week', numbers: week.numbers, dates: [], slashDates: [], form: week.form, topic: topicOf(rest) }
    return month ? { ...info, month } : info
  }

  const read = readDayNumber(text, 0)
  if (read) {
    let number = numberRange(text, read)
    // `Day 017/100`: the day out of the challenge's days; the total is no topic, and a date may follow it.
    const outOf = number.form === 'Day N' ? execAt(OUT_OF, text, number.end) : null
    if (outOf && Number(outOf[1]) >= Math.max(30, number.numbers[number.numbers.length - 1]!))
      number = { ...number, end: number.end + outOf[0].length }
    // `Day 8 - 9`, spaced, past any part's number, and nothing but a mark after it (`Day 8 - 9 hours` counts hours):
    // read as `Day8-9` is.
    const spaced = number.upTo === undefined && number.form === 'Day N' ? spacedRange(text, number) : null
    if (spaced) number = { ...number, upTo: spaced.upTo, end: spaced.end }
    let pos = skipBetween(text, number.end)
    const before = pos
    // `Day 74 | Sunday | November 27, 2022`: the weekday set off by the same bar as the day.
    const afterWeekday = skipWeekdays(text, pos)
    const first = readDate(text, afterWeekday) ?? (afterWeekday > pos ? readDate(text, skipBetween(text, afterWeekday)) : null)
    const date = first && withTimeOfDay(text, dateRange(text, first))
    // A weekday after the day, dated or not (`Day 13 (수)`), is no topic.
    pos = skipBetween(text, skipWeekdays(text, date ? date.end : pos))
    // `Day 58-60: March 6-8`: as many days as dates. Past any part's number, `Day17-18` with no date, or with a range of
    // dates (`Day 45-50: February 17-21`, a day off between), all the days; with one date (`Day 17-18 (3/5)`), one day.
    const count = date ? dateCount(date) : 0
    if (number.upTo !== undefined && rangeOfDays(number.numbers[0]!, number.upTo, count))
      number = { ...number, numbers: range(number.numbers[0]!, number.upTo) }
    // `Days 1-100`, `Dias 1 a 100`: more days than a month has head a part of the log, not one entry of it.
    if (number.numbers.length > MAX_DAYS_IN_LABEL) return null
    let topic = topicOf(text.slice(pos))
    // `#5` alone or with its date; `#5 Two Sum` is a numbered problem.
    if (number.form === '#N' && topic !== '' && !date) return null
    // `Day 5 (YYYY-MM-DD)`, `Day 001 - [日付]`: a template's example, where the date is yet to be written: no day.
    if (!date && DATE_TO_WRITE.test(topic)) return null
    const joined = joinedDay(number, date, text.slice(pos))
    if (joined) return joined
    const last = date || number.form === '#N' ? null : closingDate(text, pos)
    // `D1` alone numbers many things (exercises, dialogues `D1：`, diagrams); with its date it is a day.
    if (number.form === 'DN' && !date && !last) return null
    if (last) topic = topicOf(text.slice(pos, last.at))
    const form = date ? `${number.form} · ${date.form}` : last ? `${number.form} … ${last.date.form}` : number.form
    const dated = date ?? last?.date
    const weekday = date ? weekdayBeside(text, before, date) : null
    return {
      kind: 'day',
      numbers: number.numbers,
      dates: dated?.dates ?? [],
      slashDates: dated?.slashDates ?? [],
      form,
      topic,
      ...(weekday === null ? {} : { weekday }),
      ...(date?.timed ? { timed: true as const } : {})
    }
  }

  // `Thứ Hai (04/03/2024)`, `Mon [2024-03-04]`: after a weekday, the date may stand in brackets.
  const afterWeekday = skipWeekdays(text, 0)
  const opened = afterWeekday > 0 ? skipOpening(text, skipNote(text, afterWeekday)) : 0
  // `Wednesday the 9th of April 2025`: the day of the month after `the`.
  const first = readDate(text, afterWeekday > 0 && text.startsWith('the ', opened) ? opened + 4 : opened)
  if (!first) return countBeforeDate(text)
  const date = withTimeOfDay(text, dateRange(text, first))
  // `12/18 Day 1:`, `2025-10-02 (Day 1)`: a date first, then the day number.
  let pos = skipBetween(text, skipWeekdays(text, date.end))
  let trailing = readDayNumber(text, pos)
  // `5月1日～5日（Day 10 - 14）`, `03/03-03/07 Day10-14`: as many days as dates.
  if (trailing?.form === 'Day N' && trailing.numbers.length === 1) {
    const spaced = trailing.upTo === undefined ? execAt(SPACED_UP_TO, text, trailing.end) : null
    const upTo = trailing.upTo ?? (spaced ? Number(spaced[1]) : undefined)
    if (upTo !== undefined && rangeOfDays(trailing.numbers[0]!, upTo, dateCount(date)))
      trailing = { ...trailing, numbers: range(trailing.numbers[0]!, upTo), end: trailing.end + (spaced?.[0].length ?? 0) }
  }
  if (trailing && trailing.form !== '#N') {
    // `2/5/2026 - Day 1 of 90`: the challenge's total after the day is no topic.
    const outOf = trailing.form === 'Day N' ? execAt(OUT_OF, text, trailing.end) : null
    const total = outOf && Number(outOf[1]) >= Math.max(30, trailing.numbers[trailing.numbers.length - 1]!) ? outOf[0].length : 0
    pos = skipBetween(text, trailing.end + total)
  }
  const numbers = trailing && trailing.form !== '#N' ? trailing.numbers : []
  const form = numbers.length > 0 ? `${date.form} · ${trailing!.form}` : date.form
  const weekday = weekdayBeside(text, 0, date)
  const info: LabelInfo = { kind: 'day', numbers, dates: date.dates, slashDates: date.slashDates, form, topic: topicOf(text.slice(pos)) }
  if (date.timed) info.timed = true
  return weekday === null ? info : { ...info, weekday }
}

/** How many days a date token names; a numeric range waits for the log's order to be read (`through`): two, at least. */
function dateCount(date: DateToken): number {
  return date.dates.length + date.slashDates.reduce((n, d) => n + (d.through ? 2 : 1), 0)
}

/**
 * Whether `Day 58-60` with `count` dates beside it is days 58 to 60: with as many dates; past any part's number, with
 * none or a range of dates (a day off between); not with one date (`Day 17-18 (3/5)` is one day).
 */
function rangeOfDays(first: number, upTo: number, count: number): boolean {
  return count === upTo - first + 1 || (upTo > MAX_PART && count !== 1)
}

/** After a day number: a dash and the last day of a range (`Day 10 - 14`), not a date (`Day 1 - 03/12`). */
const SPACED_UP_TO = at('\\s*[-–~〜]\\s*(?:day\\s*)?(\\d{1,3})(?![\\d./:\\p{L}])')
/** After a day number: a spaced dash and a higher number, then the label's end or a mark before its topic or date. */
const SPACED_RANGE = at('\\s+[-–~〜]\\s+(\\d{1,3})(?=\\s*(?:$|[:：\\-–—|(（[]))(?!:\\d)')

/** `Day 8 - 9`: the range's last day and where it ends; null where a part may be meant (`Day 1 - 2`). */
function spacedRange(text: string, number: NumberToken): { upTo: number; end: number } | null {
  if (number.numbers.length !== 1) return null
  const m = execAt(SPACED_RANGE, text, number.end)
  const upTo = m ? Number(m[1]) : 0
  return upTo > MAX_PART && upTo > number.numbers[0]! ? { upTo, end: number.end + m![0].length } : null
}

/** A bare count, then a bracket or dash before the day's date: `11 (18.05.2020)`, `12 - 2024-05-19`. */
const BARE_COUNT = /^(\d{1,3})\s*(?:[(（[]|[-–—:]\s*[(（[]?)\s*/
const CLOSING_ONLY = /^[\s)）\]]*$/

/** `## 11 (18.05.2020)`: a day counted by a bare number, its date beside it, and nothing more (else a numbered topic). */
function countBeforeDate(text: string): LabelInfo | null {
  const count = BARE_COUNT.exec(text)
  if (!count) return null
  const number = Number(count[1])
  const date = readDate(text, skipWeekdays(text, count[0].length))
  if (!date || !saneDay(number) || date.dates.length + date.slashDates.length !== 1) return null
  if (!CLOSING_ONLY.test(text.slice(skipWeekdays(text, date.end)))) return null
  const weekday = weekdayBeside(text, count[0].length, date)
  const info: LabelInfo = {
    kind: 'day',
    numbers: [number],
    dates: date.dates,
    slashDates: date.slashDates,
    form: `N · ${date.form}`,
    topic: ''
  }
  return weekday === null ? info : { ...info, weekday }
}

/** The month a heading names for the days below it; its year where the heading says it (`## 7월` does not). */
export interface MonthAbove {
  year: number | null
  month: number
}

/** `7월`, `7月`, `July`: a heading naming a month alone, without its year. */
const MONTH_ALONE = /^(?:(\d{1,2})\s*[월月]|([a-zà-ÿ]+)\.?)[\s:：]*$/

/** `## 7월`, `## 6月`, `## July`: the month a heading of no other label names alone, or null. */
export function readMonthAlone(raw: string): MonthAbove | null {
  const m = MONTH_ALONE.exec(asGrammarReads(raw))
  const month = m ? (m[1] !== undefined ? Number(m[1]) : (MONTHS_BY_NAME.get(m[2]!) ?? 0)) : 0
  return month >= 1 && month <= 12 ? { year: null, month } : null
}

/** `2022`, `2022년`, `2022 年`, `Year 2022`: a heading naming a year alone. */
const YEAR_ALONE = /^(?:year\s*)?(\d{4})\s*(?:년|年|year)?[\s:：]*$/

/** `## 2022`, `# 2023년`: a year wrapper over days written without their year, or null. */
export function readYearAlone(raw: string): LabelInfo | null {
  const m = YEAR_ALONE.exec(asGrammarReads(raw))
  const year = m ? Number(m[1]) : 0
  return saneYear(year) ? { kind: 'year', numbers: [], dates: [], slashDates: [], year, form: 'year', topic: '' } : null
}

/** `1일`, `2日`, `8号`, `3rd`: a day of the month alone (not `1일차`, `1日目`). */
const DAY_OF_MONTH = /^(\d{1,2})\s*(일|日|号|號|st|nd|rd|th)(?![차째目a-z])/
const DAY_OF_MONTH_FORMS: Record<string, string> = { 일: 'D일', 日: 'D日', 号: 'D号', 號: 'D號' }

/**
 * `### 1일 목요일`, `### 2日(土)`, `## 3rd` under a month's heading (`# 2022년 12월`, `## 2024年6月`, `# March 2024`): a
 * day of that month. Alone such a line names no date, so only the log's template, which knows the month above it,
 * reads it; null where it is none.
 */
export function readDayOfMonth(raw: string, month: MonthAbove): LabelInfo | null {
  const text = asGrammarReads(raw)
  const m = DAY_OF_MONTH.exec(text) ?? DAY_OF_MONTH.exec(text.replace(OUTLINE_NUMBER, ''))
  if (!m) return null
  const day = Number(m[1])
  // Without its year, a day the month has in a leap year (`29일` under `## 2월`).
  if (!isRealDay(month.year ?? LEAP_YEAR, month.month, day)) return null
  const at = skipBetween(text, m[0].length)
  const weekday = weekdayAt(text, at)
  const topic = topicOf(text.slice(skipBetween(text, skipWeekdays(text, at))))
  const form = DAY_OF_MONTH_FORMS[m[2]!]
  // An English ordinal takes no words after it: `3rd place` is a ranking, `1일 - 스택` a day and its topic.
  if (form === undefined && topic !== '') return null
  const info: LabelInfo = {
    kind: 'day',
    numbers: [],
    dates: [{ year: month.year, month: month.month, day }],
    slashDates: [],
    form: form ?? 'Dth',
    topic
  }
  return weekday === null ? info : { ...info, weekday }
}

/** A weekday word: Chinese first (`周日` is Sunday, not the `日` of Japanese), then Korean, Japanese, English. */
const WEEKDAY_WORD = /(?:星期|周|週|礼拜|禮拜)([一二三四五六日天])|([월화수목금토일])|([月火水木金土日])|(sun|mon|tue|wed|thu|thr|fri|sat)/
const ZH_DAYS = '日一二三四五六'
const KO_DAYS = '일월화수목금토'
const JA_DAYS = '日月火水木金土'
/** The weekday written right before the label's one date (from `at`) or right after it; null for none or for a range. */
function weekdayBeside(text: string, at: number, date: DateToken): number | null {
  if (date.dates.length + date.slashDates.length !== 1 || date.slashDates.some((d) => d.through)) return null
  const dashed = dashedWeekday(text, date.end)
  return weekdayAt(text, at) ?? weekdayAt(text, dashed < 0 ? date.end : dashed)
}

function weekdayAt(text: string, pos: number): number | null {
  if (pos >= text.length || isDigit(text.charCodeAt(pos))) return null
  // `3/19日`: 日 right after the day's digits says "day", not Sunday (which is written `3/19(日)`, `3/19 日曜`).
  if (text.charCodeAt(pos) === 0x65e5 && pos > 0 && isDigit(text.charCodeAt(pos - 1))) return null
  WEEKDAY_AT.lastIndex = pos
  const written = WEEKDAY_AT.exec(text)?.[0]
  const m = written ? WEEKDAY_WORD.exec(written) : null
  if (!m) return null
  // `Friday and Saturday, May 1`: two days' weekdays over one date hold it to neither.
  if (execAt(WEEKDAY_AT, text, pos + written!.length)) return null
  if (m[1]) return m[1] === '天' ? 0 : ZH_DAYS.indexOf(m[1])
  if (m[2]) return KO_DAYS.indexOf(m[2])
  if (m[3]) return JA_DAYS.indexOf(m[3])
  return m[4] === 'thr' ? 4 : EN_DAYS.indexOf(m[4]!)
}

/** Where a date may follow a day's topic: after an opening bracket, or a dash, bar, slash, colon or comma between words. */
const BEFORE_CLOSING_DATE = /[(（[]\s*|\s[-–—|/]\s*|[,:：]\s*/g
/** What may stand after such a date: closing brackets, and the decoration `topicOf` drops. */
const AFTER_CLOSING_DATE = at('[\\s)）\\]]*$')

/**
 * `Day 3: ToDo App (2025-09-15)`, `60일차 / 프로젝트 1일차 (12월 9일)`, `Day 1: Setup – 2025-08-05`: a date that ends the
 * label after its topic, with where it starts (`at`). A slash date without its year (`(2/3)`) is more often a part
 * or a score than a date there, and is not taken.
 */
function closingDate(text: string, from: number): { date: DateToken; at: number } | null {
  BEFORE_CLOSING_DATE.lastIndex = from
  for (let m = BEFORE_CLOSING_DATE.exec(text); m; m = BEFORE_CLOSING_DATE.exec(text)) {
    const start = m.index + m[0].length
    const date = readDate(text, skipWeekdays(text, start))
    // The weekday after the date may take the closing bracket that the trimmed text has lost (`May 26, 2024 (Sunday)`).
    const trimmed = date ? trimDecorationEnd(text) : ''
    if (date && execAt(AFTER_CLOSING_DATE, trimmed, Math.min(trimmed.length, skipWeekdays(text, date.end)))) {
      if (date.slashDates.some((d) => d.parts.length < 3)) return null
      return { date, at: m.index }
    }
    // Step past the separator's first character only: the next one may open the date (`- (2025-09-15)`).
    BEFORE_CLOSING_DATE.lastIndex = m.index + 1
  }
  return null
}

/** A label's topic that is a version number (`20240424-1.5.10 (24)`, `2024-03-05 v2.1`): a changelog line. */
export function isVersionTopic(topic: string): boolean {
  // `1.5h/4h` after a day counter is hours, not a version.
  // `(3.1절)`, `3.1 운동` are a holiday and a date's words: a version runs into no letter of any script.
  return /^v?\d+\.\d+(?:\.\d+)*(?![\w\p{L}])/iu.test(topic)
}

/** Reads the dates written in a piece of text that an entry pattern's `date` group captured. */
export function readDates(text: string): { dates: LabelDate[]; slashDates: AmbiguousDate[] } | null {
  const plain = asGrammarReads(text)
  const date = readDate(plain, skipWeekdays(plain, 0))
  return date && { dates: date.dates, slashDates: date.slashDates }
}

/** Day numbers that an entry pattern's `day` group captured: `5`, `05`, `5-7`, `Day 5`. */
export function readNumbers(text: string): number[] {
  const all = (text.match(/\d{1,6}/g) ?? []).slice(0, 2).map(Number)
  const numbers = sane(all)
  if (!numbers) return []
  return numbers.length === 2 && /\d\s*[-~–]\s*\d/.test(text) ? range(numbers[0]!, numbers[1]!) : numbers.slice(0, 1)
}
