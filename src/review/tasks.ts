/**
 * When two task lines are the same task, and when the learner let one go.
 * Spacing, case, punctuation, a trailing "finish it" verb, a leading list number
 * and a drop mark do not matter (`기본과제1` = `2. 기본 과제 1 마무리하기` =
 * `~~기본 과제 1~~ (취소)`, `学习了Vuex` = `学习Vuex`); other numbers always do (`과제 4` ≠ `과제 5`).
 */
import { remember } from '../log/memo.js'
import { EMOJI } from '../log/emoji.js'
import type { Entry, Item } from '../log/types.js'

const COMPLETION_SUFFIX = /(?:완료\s*하기|마무리\s*하기|끝내기|끝내|완료|마무리|하기|已?完成|完了|済み?|finish(?:ed)?|complete[d]?|done)$/iu
const COMPLETION_PREFIX = /^(?:(?:finish|complete|do)\s+|完成)/i
/** `学习了Vuex` is the task `学习Vuex`: Chinese marks a done action with 了 after its verb. */
const PERFECTIVE = /了/g
/** `3. Take Quiz 1`, `2) 강의 듣기`: the task's place in the day's list, which changes from day to day. */
const LIST_NUMBER = /^\s*\d{1,3}[.)]\s+/

/** Words that mark a task as let go, unless the config file names others (`drop-words`). */
export const DROP_WORDS: readonly string[] = ['(drop)', '(dropped)', '(안 함)', '(취소)', '(보류)', '❌']

/** Case and spacing do not matter in a drop word: `(안함)` = `(안 함)`, `(Drop)` = `(drop)`. */
const squash = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '')

/** The whole task written struck through, as an emoji line keeps it: `~~심화 과제~~`. */
const STRUCK = /^~~[^~].*~~$/s

/** What one drop-word list needs, built once: the pattern, the squashed words, and the answers given so far. */
interface DropList {
  pattern: RegExp | null
  squashed: string[]
  /** Task text → key, and task text → whether a drop word marks it: a log repeats its tasks day after day. */
  keys: Map<string, string>
  dropped: Map<string, boolean>
}

const lists = new Map<string, DropList>()
/** The same list again (the default, or a settings' list), without joining its words on every task line. */
const byArray = new WeakMap<readonly string[], DropList>()
const escapeChar = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Every drop word wherever it stands in a task, spaced any way, as one
 * pattern: built once per list (keyed by the words themselves, so two lists
 * never share answers), since keys are made for every task line.
 */
function dropList(words: readonly string[]): DropList {
  const known = byArray.get(words)
  if (known !== undefined) return known
  const id = words.join('\u0000')
  let list = lists.get(id)
  if (list === undefined) {
    const squashed = words.filter((w) => w.trim() !== '').map(squash)
    const alternatives = words
      .map(squash)
      .filter((w) => w !== '')
      .map((w) => Array.from(w).map(escapeChar).join('\\s*'))
    const pattern = alternatives.length === 0 ? null : new RegExp(alternatives.join('|'), 'giu')
    list = { pattern, squashed, keys: new Map(), dropped: new Map() }
    lists.set(id, list)
  }
  byArray.set(words, list)
  return list
}

/** The task's identity: what stays of its text without drop words, emoji, punctuation, spacing, case or one trailing "finish" verb. */
export function taskKey(text: string, dropWords: readonly string[] = DROP_WORDS): string {
  const list = dropList(dropWords)
  return remember(list.keys, text, (t) => computeKey(t, list))
}

/** A template's blank left as written (`[Main goal 3]`, `[Any carry-over tasks]`): a line to fill, no task. */
const TEMPLATE_BLANK = /^\s*\[[^[\]]+\]\s*$/

function computeKey(text: string, list: DropList): string {
  // No key, as for a task of no words: no day carries it over or counts it done.
  if (TEMPLATE_BLANK.test(text)) return ''
  let key = text.normalize('NFKC').toLowerCase().replace(LIST_NUMBER, '')
  const drop = list.pattern
  if (drop) key = key.replace(drop, ' ')
  key = key.replace(EMOJI, '').trim().replace(COMPLETION_PREFIX, '')
  key = key.replace(/[\s\p{P}\p{S}]+/gu, '')
  // `기본 과제 2 완료` is the task `기본 과제 2`; strip one verb at most so `하기` alone stays.
  const stripped = key.replace(COMPLETION_SUFFIX, '')
  if (stripped !== '') key = stripped
  // After the finishing word, which may hold 了 itself (`完了`).
  return key.replace(PERFECTIVE, '') || key
}

/** Struck through, or marked with a drop word: the learner let the task go. */
export function isDropped(item: Item, dropWords: readonly string[] = DROP_WORDS): boolean {
  if (item.struck) return true
  const list = dropList(dropWords)
  return remember(list.dropped, item.text, (t) => droppedText(t, list))
}

function droppedText(text: string, list: DropList): boolean {
  if (STRUCK.test(text.trim())) return true
  const squashed = squash(text)
  return list.squashed.some((word) => squashed.includes(word))
}

/** The keys of the tasks a day lists as done (a struck-through task is dropped, not done). */
export function doneKeys(day: Entry, dropWords: readonly string[] = DROP_WORDS): Set<string> {
  const keys = new Set<string>()
  for (const section of day.sections)
    for (const item of section.items) if (item.done === true && !isDropped(item, dropWords)) keys.add(taskKey(item.text, dropWords))
  return keys
}

/** The keys of the tasks a day lets go. */
export function droppedKeys(day: Entry, dropWords: readonly string[] = DROP_WORDS): Set<string> {
  const keys = new Set<string>()
  for (const section of day.sections)
    for (const item of section.items) if (isDropped(item, dropWords)) keys.add(taskKey(item.text, dropWords))
  return keys
}

/** Whether two task texts name the same task (their keys match). */
export function sameTask(a: string, b: string): boolean {
  return taskKey(a) === taskKey(b)
}
