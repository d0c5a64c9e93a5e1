/**
 * When two task lines are the same task. Spacing, case, punctuation and a
 * trailing "finish it" verb do not matter (`기본과제1` = `기본 과제 1 마무리하기`);
 * numbers always do (`과제 4` ≠ `과제 5`), since they stay in the key.
 */
import { EMOJI } from '../log/emoji.js'
import type { Entry } from '../log/types.js'

const COMPLETION_SUFFIX = /(?:완료\s*하기|마무리\s*하기|끝내기|끝내|완료|마무리|하기|finish(?:ed)?|complete[d]?|done)$/iu
const COMPLETION_PREFIX = /^(?:finish|complete|do)\s+/i

export function taskKey(text: string): string {
  let key = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(EMOJI, '')
    .replace(COMPLETION_PREFIX, '')
    .replace(/[\s\p{P}\p{S}]+/gu, '')
  // `기본 과제 2 완료` is the task `기본 과제 2`; strip one verb at most so `하기` alone stays.
  const stripped = key.replace(COMPLETION_SUFFIX, '')
  if (stripped !== '') key = stripped
  return key
}

/** The keys of the tasks a day lists as done. */
export function doneKeys(day: Entry): Set<string> {
  const keys = new Set<string>()
  for (const section of day.sections) for (const item of section.items) if (item.done === true) keys.add(taskKey(item.text))
  return keys
}

export function sameTask(a: string, b: string): boolean {
  return taskKey(a) === taskKey(b)
}
