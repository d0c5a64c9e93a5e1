/**
 * Every sentence the bot writes, in Korean and English. Korean is written as a
 * Korean learner would say it, not translated word for word.
 */
import type { Language } from '../log/types.js'
import type { CalendarDoubt } from '../review/calendar-sanity.js'

export interface Messages {
  missingDay(entry: string, date: string | null): string
  missingWeekReview(entry: string, range: string | null): string
  emptyDay(entry: string, sections: string[]): string
  emptySection(entry: string, section: string): string
  /** `expected`: the entry's own day number, to say what the title should read. */
  labelMismatch(entry: string, section: string, named: number, expected?: number | null): string
  /** A start date that cannot be right, naming the date the log suggests. */
  calendarDoubt(doubt: CalendarDoubt): string
  /** A cohort run: the log is in another repository, so no line annotations. */
  emptySectionsElsewhere(count: number): string
  /** The empty sections beyond GitHub's annotation limit. */
  moreEmptySections(count: number): string
  /** A calendar note (written in English by the holiday data) in the log's language. */
  calendarNote(note: string): string
  /** Too many missing days (or week reviews) to list: only the newest are. */
  omittedMissing(kind: 'day' | 'week', shown: number, total: number): string
  /** A numbered, dated entry whose number goes back from the entry dated before it. */
  numberOutOfOrder(entry: string, date: string, previous: string, previousDate: string): string
  /** A numbered, dated entry whose date is another day of the calendar. */
  numberOffCalendar(entry: string, date: string, day: number): string
}

const count = (n: number): string => n.toLocaleString('en-US')

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
function particle(word: string, afterConsonant: string, afterVowel: string, rieulAsVowel = false): string {
  const sound = finalSound(word)
  return sound === 'none' || (sound === 'rieul' && rieulAsVowel) ? afterVowel : afterConsonant
}

/** The word with its particle: `josa('Day13', '과', '와')` → `Day13과`. */
export function josa(word: string, afterConsonant: string, afterVowel: string, rieulAsVowel = false): string {
  return word + particle(word, afterConsonant, afterVowel, rieulAsVowel)
}

function topic(word: string): string {
  return josa(word, '은', '는')
}

/** `A, B and C`. */
export function andList(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

/** A section's name in a sentence: `**Thoughts:**` is the "Thoughts" section. */
export function sectionName(title: string): string {
  return title.replace(/\s*[:：]+\s*$/u, '')
}

/** The title with its day number made the entry's: `DAY 12 소감` in Day13 → `DAY 13 소감`; null when it names no day. */
export function fixedTitle(title: string, number: number | null): string | null {
  const named = /\b(day\s*)(\d+)/i.exec(title)
  if (!named || number === null) return null
  return title.slice(0, named.index) + named[1] + String(number) + title.slice(named.index + named[0].length)
}

/** `WEEK3` + `2026-10-05 ~ 2026-10-11` → `3주차(10/5~10/11)`. */
function weekName(entry: string, range: string | null): string {
  const number = /(\d+)/.exec(entry)?.[1]
  const name = number ? `${number}주차` : entry
  const dates = range?.match(/\d{4}-(\d{2})-(\d{2})/g)
  if (!dates || dates.length < 2) return name
  const md = (d: string) => `${Number(d.slice(5, 7))}/${Number(d.slice(8, 10))}`
  return `${name}(${md(dates[0]!)}~${md(dates[1]!)})`
}

const ko: Messages = {
  missingDay: (entry, date) => `${entry}${date ? ` (${date})` : ''} 기록이 없어요.`,
  missingWeekReview: (entry, range) => `${weekName(entry, range)} 회고가 아직 없어요.`,
  emptyDay: (entry, sections) =>
    sections.length > 0
      ? `${topic(entry)} 비어 있어요. ${sections.map(sectionName).join(', ')} 섹션에 적힌 내용이 없어요.`
      : `${entry}에 적힌 내용이 없어요.`,
  emptySection: (entry, section) => `${entry}의 "${sectionName(section)}" 섹션이 비어 있어요.`,
  labelMismatch: (entry, section, _named, expected) => {
    const fixed = fixedTitle(section, expected ?? null)
    return `${entry}에 있는 "${section}"의 번호가 맞지 않아요.${fixed ? ` ${josa(`"${fixed}"`, '으로', '로', true)} 고쳐 주세요.` : ' 제목의 번호를 확인해 주세요.'}`
  },
  calendarDoubt: (d) => {
    const start = `start-date ${josa(d.startDate, '이', '가')}`
    if (d.problem === 'entries-end-long-ago')
      return `start-date ${josa(d.startDate, '으로', '로', true)} 세면 마지막 기록 ${josa(d.entry ?? '', '이', '가')} ${josa(d.against, '이라', '라')}, 그 뒤로 한 달 넘게 기록이 없는 셈이에요. ${josa(d.expected ?? '', '을', '를')} 쓰려던 게 아닌지 확인해 주세요. 고칠 때까지 빠진 날로는 알림을 보내지 않고 주간 요약 파일도 쓰지 않아요.`
    const what = {
      'start-after-today': `${start} 오늘(${d.against})보다 뒤예요.`,
      'start-after-last-entry': `${start} 마지막 기록의 날짜(${d.against})보다 뒤예요.`,
      'start-long-before-first-entry': `${start} 첫 기록의 날짜(${d.against})보다 한 달 넘게 앞서요.`
    }[d.problem]
    const expected = d.expected
      ? ` 첫 기록의 날짜인 ${josa(d.expected, '을', '를')} 쓰려던 게 아닌지 확인해 주세요.`
      : ' 첫 기록을 쓴 날짜로 고쳐 주세요.'
    const effect = d.ignored
      ? ' 이번에는 달력 없이 적힌 기록만 확인했고, 고칠 때까지 주간 요약 파일은 쓰지 않아요.'
      : ' 첫 기록 전의 날짜로는 알림을 보내지 않아요.'
    return what + expected + effect
  },
  emptySectionsElsewhere: (n) => `비어 있는 섹션 ${n}개는 작업 요약에서 볼 수 있어요. 다른 저장소의 기록이라 줄 표시는 달지 않았어요.`,
  moreEmptySections: (n) => `그 밖에 비어 있는 섹션 ${n}개는 작업 요약에서 볼 수 있어요.`,
  calendarNote: (note) => {
    const start = /^Korean holiday data start at (\d{4}); dates before (\S+) are checked/.exec(note)
    if (start) return `공휴일 자료가 ${start[1]}년부터 있어서 ${start[2]} 전의 날짜는 공휴일 없이 확인했어요.`
    const end = /^Korean holiday data end at (\d{4}); dates after (\S+) are checked/.exec(note)
    if (end) return `공휴일 자료가 ${end[1]}년까지만 있어서 ${end[2]} 뒤의 날짜는 공휴일 없이 확인했어요.`
    return note
  },
  omittedMissing: (kind, shown, total) =>
    kind === 'day'
      ? `빠진 날이 ${count(total)}일이나 돼서 가장 최근 ${count(shown)}일만 적었어요. 시작 날짜나 Day 번호가 맞는지 확인해 주세요.`
      : `빠진 주간 회고가 ${count(total)}개나 돼서 가장 최근 ${count(shown)}개만 적었어요. 시작 날짜나 주차 번호가 맞는지 확인해 주세요.`,
  numberOutOfOrder: (entry, date, previous, previousDate) =>
    `${previous}(${previousDate}) 뒤에 ${entry}(${date})이 있어요. 번호나 날짜를 확인해 주세요.`,
  numberOffCalendar: (entry, date, day) =>
    // A date is read ending in 일 (일, 이일, …): always 이/은.
    `${entry}(${date})은 달력으로 Day${day}${particle(String(day), '이에요', '예요')}. 번호나 날짜를 확인해 주세요.`
}

const en: Messages = {
  missingDay: (entry, date) => `${entry}${date ? ` (${date})` : ''} has no entry.`,
  missingWeekReview: (entry, range) => {
    const number = /(\d+)/.exec(entry)?.[1]
    return `The ${number ? `Week ${number}` : entry} review${range ? ` (${range})` : ''} has not been written yet.`
  },
  emptyDay: (entry, sections) =>
    sections.length > 0
      ? `${entry} is empty: nothing is written under ${andList(sections.map(sectionName))}.`
      : `${entry} has nothing written in it.`,
  emptySection: (entry, section) => `The "${sectionName(section)}" section of ${entry} is empty.`,
  labelMismatch: (entry, section, named, expected) => {
    const fixed = fixedTitle(section, expected ?? null)
    return `${entry} holds "${section}", which is numbered for Day${named}.${fixed ? ` Rename it "${fixed}".` : ' Check the number in its title.'}`
  },
  calendarDoubt: (d) => {
    if (d.problem === 'entries-end-long-ago')
      return `Counted from start-date ${d.startDate}, the last entry (${d.entry ?? ''}) falls on ${d.against}, more than a month ago. Did you mean ${d.expected ?? ''}? Until it is fixed, no reminders are sent for missing days and no weekly files are written.`
    const what = {
      'start-after-today': `start-date ${d.startDate} is after today (${d.against}).`,
      'start-after-last-entry': `start-date ${d.startDate} is after the log's last dated entry (${d.against}).`,
      'start-long-before-first-entry': `start-date ${d.startDate} is more than a month before the log's first dated entry (${d.against}).`
    }[d.problem]
    const expected = d.expected ? ` Did you mean ${d.expected}, the date of the first entry?` : ' Set it to the date of your first entry.'
    const effect = d.ignored
      ? ' This run checked the entries as written, without the calendar, and writes no weekly files until it is fixed.'
      : ' No reminders are sent for days before the first entry.'
    return what + expected + effect
  },
  emptySectionsElsewhere: (n) =>
    `${n} empty section${n === 1 ? '' : 's'}: see the job summary (no line annotations, as the log is in another repository).`,
  moreEmptySections: (n) => `…and ${n} more empty section${n === 1 ? '' : 's'}: see the job summary.`,
  calendarNote: (note) => note,
  omittedMissing: (kind, shown, total) =>
    kind === 'day'
      ? `${count(total)} days are missing; only the newest ${count(shown)} are listed. Check the start date and the day numbers.`
      : `${count(total)} week reviews are missing; only the newest ${count(shown)} are listed. Check the start date and the week numbers.`,
  numberOutOfOrder: (entry, date, previous, previousDate) =>
    `${entry} (${date}) comes after ${previous} (${previousDate}). Check its day number or date.`,
  numberOffCalendar: (entry, date, day) => `${entry} is dated ${date}, which is Day${day} in the calendar. Check its day number or date.`
}

export function messages(language: Language): Messages {
  return language === 'ko' ? ko : en
}
