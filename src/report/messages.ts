/**
 * Every sentence the bot writes, in Korean and English. Korean is written as a
 * Korean learner would say it, not translated word for word.
 */
import type { Language } from '../log/types.js'

export interface Messages {
  missingDay(entry: string, date: string | null): string
  missingWeekReview(entry: string, range: string | null): string
  emptyDay(entry: string, sections: string[]): string
  emptySection(entry: string, section: string): string
  labelMismatch(entry: string, section: string, named: number): string
  /** Too many missing days (or week reviews) to list: only the newest are. */
  omittedMissing(kind: 'day' | 'week', shown: number, total: number): string
}

const count = (n: number): string => n.toLocaleString('en-US')

/** Whether a word ends in a final consonant when read aloud in Korean (picks 은/는, 이/가). */
function hasFinalConsonant(word: string): boolean {
  const last = word.trim().slice(-1)
  if (/[0-9]/.test(last)) return '013678'.includes(last)
  const code = last.charCodeAt(0)
  if (code >= 0xac00 && code <= 0xd7a3) return (code - 0xac00) % 28 !== 0
  return /[lmnr]/i.test(last)
}

/** The particle that fits the word: `particle('Day13', '과', '와')` → `과`. */
export function particle(word: string, afterConsonant: string, afterVowel: string): string {
  return hasFinalConsonant(word) ? afterConsonant : afterVowel
}

/** The word with its particle: `josa('Day13', '과', '와')` → `Day13과`. */
export function josa(word: string, afterConsonant: string, afterVowel: string): string {
  return word + particle(word, afterConsonant, afterVowel)
}

export function topic(word: string): string {
  return josa(word, '은', '는')
}

const ko: Messages = {
  missingDay: (entry, date) => `${entry}${date ? ` (${date})` : ''} 기록이 없어요.`,
  missingWeekReview: (entry, range) => `${entry} 주간 회고${range ? ` (${range})` : ''}가 아직 없어요.`,
  emptyDay: (entry, sections) =>
    sections.length > 0
      ? `${topic(entry)} 비어 있어요. ${sections.join(', ')} 섹션에 적힌 내용이 없어요.`
      : `${entry}에 적힌 내용이 없어요.`,
  emptySection: (entry, section) => `${entry}의 "${section}" 섹션이 비어 있어요.`,
  labelMismatch: (entry, section, named) =>
    `${entry}에 Day${named}의 제목 "${section}"${particle(section, '이', '가')} 붙어 있어요. 제목의 날짜를 확인해 주세요.`,
  omittedMissing: (kind, shown, total) =>
    kind === 'day'
      ? `빠진 날이 ${count(total)}일이나 돼서 가장 최근 ${count(shown)}일만 적었어요. 시작 날짜나 Day 번호가 맞는지 확인해 주세요.`
      : `빠진 주간 회고가 ${count(total)}개나 돼서 가장 최근 ${count(shown)}개만 적었어요. 시작 날짜나 주차 번호가 맞는지 확인해 주세요.`
}

const en: Messages = {
  missingDay: (entry, date) => `${entry}${date ? ` (${date})` : ''} has no entry.`,
  missingWeekReview: (entry, range) => `The ${entry} review${range ? ` (${range})` : ''} has not been written yet.`,
  emptyDay: (entry, sections) =>
    sections.length > 0 ? `${entry} is empty: nothing is written under ${sections.join(', ')}.` : `${entry} has nothing written in it.`,
  emptySection: (entry, section) => `The "${section}" section of ${entry} is empty.`,
  labelMismatch: (entry, section, named) => `${entry} holds "${section}", which is titled for Day${named}. Check the day in its title.`,
  omittedMissing: (kind, shown, total) =>
    kind === 'day'
      ? `${count(total)} days are missing; only the newest ${count(shown)} are listed. Check the start date and the day numbers.`
      : `${count(total)} week reviews are missing; only the newest ${count(shown)} are listed. Check the start date and the week numbers.`
}

export function messages(language: Language): Messages {
  return language === 'ko' ? ko : en
}
