/**
 * Section labels and the role each one plays. Built in for Korean, English,
 * Japanese and Chinese; a config file adds words of its own, which are tried first.
 */
import { remember } from './memo.js'
import { EMOJI } from './emoji.js'
import { trimDecorationEnd } from './labels.js'
import type { SectionRole } from './types.js'
import { collapseWhitespace } from './whitespace.js'

export type Vocabulary = ReadonlyArray<{ role: SectionRole; pattern: RegExp }>

export type ExtraVocabulary = Partial<Record<SectionRole, string[]>>

/** `振り返りアプリの実装`, `目標達成アプリ`: a role word running on into a loanword names a project, not a section. */
const NO_COMPOUND = '(?![\\u30a0-\\u30ff])'
/**
 * The end of an English word: `\\b` would end `todo` in `todoアプリ作成` (a project), since Japanese letters are not
 * word characters to it.
 */
const WORD_END = '(?![\\w\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af])'

/**
 * Korean, English, Japanese and Chinese words for each role, and the section words of the #100DaysOfCode log
 * in the languages it is translated into. Order matters:
 * `완료하지 못한` before `완료`, `not done` before `done`, `未完成` before `完成`.
 */
const BUILT_IN: Array<[SectionRole, string]> = [
  [
    'notDone',
    '완료\\s*하?지\\s*못한|못\\s*한\\s*(?:것|일|사항)|미완료|not\\s*(?:yet\\s*)?done|unfinished|incomplete|not\\s*completed|blocked|' +
      'できなかった|未完了|終わらなかった|積み残し|残タスク|未完成|没(?:有)?完成|沒(?:有)?完成|未做完'
  ],
  [
    'goals',
    `(?:내일|주말|다음\\s*주|금주|이번\\s*주|오늘의?|개인\\s*학습)\\s*(?:의\\s*)?(?:목표|계획|할\\s*(?:일|것))|^목표|^계획|^할\\s*(?:일|것)|^todo${WORD_END}|^try${WORD_END}|^to\\s*do${WORD_END}|tomorrow|^goals?${WORD_END}|^plans?${WORD_END}|next\\s*(?:day|steps?|up)|^next$|^objectives?|` +
      `(?:明日|明天|今日|今天|次回|来週|來週|下周|下週)\\s*(?:の\\s*)?(?:的\\s*)?(?:目標|目标|予定|計画|计划|計劃|やること|やる事|タスク|任务|任務)|^(?:目標|目标|計画|计划)${NO_COMPOUND}|^やること|` +
      '次に?やること|やりたいこと|今後の課題|^下一步|^待办|^待完成'
  ],
  [
    'done',
    `완료한|완료\\s*사항|^한\\s*(?:것|일)$|오늘\\s*한\\s*(?:것|일)|진행\\s*(?:한|사항|상황|률)|해결한\\s*(?:문제|것|일)|^done${WORD_END}|achievements?|accomplish|^completed|what\\s*i\\s*did|^work\\s*done|worked\\s*on|^working\\s*on|^work$|^tasks?\\s*completed|^completed\\s*tasks?|` +
      // Progress, and the #100DaysOfCode log's word for it in its translations: `Progreso de hoy`, `Progrès`, `Fortschritt`.
      'progres|progrès|fortschritt|voortgang|napredak|' +
      'やったこと|やった事|進捗|達成したこと|完了したこと|できたこと|(?:今日|本日)\\s*の\\s*作業|^作業内容|^実施内容|^成果(?!\\s*(?:链接|鏈接|リンク))|(?:今日|今天)\\s*(?:的\\s*)?(?:完成|做了|进展|進展|进度|進度)|^已完成|^完成|^进展|^進展|^进度|^進度'
  ],
  [
    'learned',
    `알게\\s*된|알게된|새로\\s*안|배운|학습\\s*내용|공부한\\s*(?:것|내용)|^til${WORD_END}|today\\s*i\\s*learned|learn(?:ed|ings?|t)|key\\s*(?:learning|concepts?)|^description$|` +
      "^aprend|^(?:lo|o)\\s+que\\s+aprend|gelernt|^appris|^ce\\s+que\\s+j['’]\\s*ai\\s+appris|imparato|geleerd|" +
      '学んだ|学び|気づき|気付き|分かったこと|わかったこと|学習内容|勉強内容|(?:今日|本日)\\s*の\\s*(?:学習|勉強)|学到|学习内容|學習內容|(?:今日|今天)\\s*学|收获|收穫|知识点|知識點'
  ],
  [
    'reflection',
    `소감|회고|느낀\\s*점|느낀점|생각\\s*정리|반성|(?:어려웠던|아쉬웠던|아쉬운|힘들었던|개선할)\\s*점|^keep${WORD_END}|` +
      `^thoughts?${WORD_END}|^[a-z]+\\s+thoughts?$|feelings?|reflections?|retro(?:spective)?|^lessons?(?:\\s+learned)?$|^summary$|^challenges?${WORD_END}|what\\s*went\\s*well|` +
      `^reflex|^pensamientos|^pensamentos|^pensées|^gedanken|^gedachten|^pensieri|^przemyślenia|^appunti|^tanker|` +
      `感想|振り返り${NO_COMPOUND}|所感|思ったこと|反省|困ったこと|ハマったこと|詰まったこと|遇到的问题|总结|總結|反思|心得|体会|體會|复盘|復盤|^思考|^想法`
  ],
  [
    'other',
    `^(?:피어\\s*세션|링크|참고|질문|이슈|개선\\s*방안|links?${WORD_END}|link\\s*to|enlaces?${WORD_END}|enllaç|liens?${WORD_END}|linki${WORD_END}|linkovi${WORD_END}|resources?$|minutes\\s*worked|notes?$|note:|references?$|questions?$|リンク|参考|質問|链接|鏈接|问题|問題|(?:工作)?成果\\s*(?:链接|鏈接))`
  ]
]

const NUMBERED = /^\d+\s*[.)]/
const TOMORROW = /내일|주말|다음\s*날|tomorrow|next\s*(?:day|steps?|up)|weekend|明日|明天|次回|翌日/i

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** The section words, the learner's own (from `sections:`) before the built-in ones: what `roleOf` matches against. */
export function buildVocabulary(extra: ExtraVocabulary = {}): Vocabulary {
  const custom = Object.entries(extra).flatMap(([role, words]) =>
    (words ?? []).filter((w) => w.trim() !== '').map((w) => ({ role: role as SectionRole, pattern: new RegExp(escape(w.trim()), 'i') }))
  )
  // The built-in words are written in lower case and matched against the label in lower case: a case-blind pattern
  // costs V8 about half as much again to compile, and a small log's first check compiles every one of them.
  return [...custom, ...BUILT_IN.map(([role, source]) => ({ role, pattern: new RegExp(source) }))]
}

/** The label reduced to its words: no emoji, emphasis, trailing colon or day mention. */
export function normalizeLabel(label: string): string {
  const text = label
    .replace(EMOJI, '')
    .replace(/[*_`]/g, '')
    .replace(/\(\s*s\s*\)/gi, 's')
  return collapseWhitespace(trimDecorationEnd(text, /[\s:：.!?-]/u).replace(/^[\s:：.#-]+/u, ''))
}

/** Labels judged, per vocabulary; bounded, so a long-running process does not keep every label it met. */
const ROLES = new WeakMap<Vocabulary, Map<string, SectionRole | null>>()

/** The role a section label plays (done, not done, learned, goals, reflection, other), or null: how empty sections are judged. */
export function roleOf(label: string, vocabulary: Vocabulary): SectionRole | null {
  // A log repeats its labels entry after entry: each is judged once per vocabulary (an object of its own per parse,
  // so a vocabulary with other words never reads this one's answers).
  let roles = ROLES.get(vocabulary)
  if (roles === undefined) ROLES.set(vocabulary, (roles = new Map()))
  return remember(roles, label, (text) => judge(text, vocabulary))
}

function judge(label: string, vocabulary: Vocabulary): SectionRole | null {
  const text = normalizeLabel(label)
  // `DAY 1 소감` is the reflection of day 1: the day mention is not part of the label's meaning.
  const words = text.replace(/^day\s*\d+\s*/i, '').toLowerCase()
  // `2. Call by object reference` is a numbered topic, not a label.
  if (words === '' || words.length > 40 || NUMBERED.test(words)) return null
  for (const { role, pattern } of vocabulary) if (pattern.test(words)) return role
  return null
}

/** Whether a goals label speaks of the next stretch (tomorrow, the weekend): such goals are checked against the next entry, for carry-over and goal results. */
export function isForTomorrow(label: string): boolean {
  return TOMORROW.test(label)
}
