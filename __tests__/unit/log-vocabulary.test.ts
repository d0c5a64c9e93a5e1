/**
 * Section labels and their roles, Korean and English, and the words a config
 * file adds.
 */
import { parseLog } from '../../src/log/parse.js'
import { buildVocabulary, isForTomorrow, normalizeLabel, roleOf } from '../../src/log/vocabulary.js'

const builtIn = buildVocabulary()

describe('roleOf: Korean labels', () => {
  it.each([
    ['완료한 사항', 'done'],
    ['오늘 한 일', 'done'],
    ['완료하지 못한 사항', 'notDone'],
    ['미완료', 'notDone'],
    ['못 한 것', 'notDone'],
    ['새롭게 알게된 내용', 'learned'],
    ['자세히 짚고 넘어갈 학습 내용', 'learned'],
    ['새로 안 것', 'learned'],
    ['한 것 / 새로 알게된 것', 'learned'],
    ['오늘 배운 것', 'learned'],
    ['내일 목표', 'goals'],
    ['주말 목표', 'goals'],
    ['개인 학습 목표', 'goals'],
    ['내일 할 것', 'goals'],
    ['할 것', 'goals'],
    ['🚩DAY 1 소감', 'reflection'],
    ['학습회고', 'reflection'],
    ['(부족함을)느낀점', 'reflection'],
    ['피어세션 정리', 'other'],
    ['🔧 해결한 문제', 'done'],
    ['📊 진행률', 'done'],
    ['🚨 이슈/질문', 'other'],
    ['Working on:', 'done'],
    ['Work:', 'done'],
    ['Key Concepts', 'learned'],
    ['Before Thoughts:', 'reflection'],
    ['After Thoughts', 'reflection'],
    ['개선방안', 'other'],
    ['어려웠던 점', 'reflection'],
    ['아쉬운 점', 'reflection']
  ])('%j → %s', (label, role) => {
    expect(roleOf(label, builtIn)).toBe(role)
  })

  it('a KPT retrospective (Keep, Problem, Try): Keep is a reflection, Try the goals; Problem alone names no section', () => {
    expect(['Keep', 'Problem', 'Try', '💡 Try:'].map((label) => roleOf(label, builtIn))).toEqual(['reflection', null, 'goals', 'goals'])
    // A problem statement (`### Problem` in a solved-problems log) stays the day's writing; other words starting the same stay words.
    expect(['Keeper', 'Trying new things'].map((label) => roleOf(label, builtIn))).toEqual([null, null])
  })

  it('thoughts after one word are a reflection; thoughts opening a sentence about something are words', () => {
    expect(['Final thoughts', 'Some thoughts on closures'].map((label) => roleOf(label, builtIn))).toEqual(['reflection', null])
  })
})

describe('roleOf: the #100DaysOfCode log in its translations', () => {
  it.each([
    ['Progreso de hoy:', 'done'],
    ['Progrès', 'done'],
    ['Fortschritt heute', 'done'],
    ['Voortgang van vandaag', 'done'],
    ['Dzisiejszy Progres', 'done'],
    ['Reflexiones:', 'reflection'],
    ['Pensées', 'reflection'],
    ['Gedanken:', 'reflection'],
    ['Aprendizados:', 'learned'],
    ['Lo que aprendí', 'learned'],
    ['Enlace(s) a mi trabajo:', 'other'],
    ['Liens vers les travaux', 'other'],
    ['Link(s) do(s) trabalho(s)', 'other'],
    ['Linki', 'other']
  ])('%j → %s', (label, role) => {
    expect(roleOf(label, builtIn)).toBe(role)
  })

  it('words that only start like them name no section', () => {
    expect(['Pensamientos sobre closures en JavaScript y otros temas largos'].map((l) => roleOf(l, builtIn))).toEqual([null])
    expect(['Lienzo', 'Enlaces'].map((l) => roleOf(l, builtIn))).toEqual([null, 'other'])
  })
})

describe('roleOf: English labels', () => {
  it.each([
    ["Today's Progress", 'done'],
    ['Progress:', 'done'],
    ['Achievements of the day', 'done'],
    ['Done', 'done'],
    ['Not done', 'notDone'],
    ['Blocked', 'notDone'],
    ['Challenges faced', 'reflection'],
    ['What went well', 'reflection'],
    ['TIL', 'learned'],
    ['Key Learning', 'learned'],
    ['**Summary**', 'reflection'],
    ['What I worked on:', 'done'],
    ['Today I worked on', 'done'],
    ['Tasks Completed', 'done'],
    ['What I learned', 'learned'],
    ['description', 'learned'],
    ['TODO', 'goals'],
    ['Tomorrow', 'goals'],
    ['Goals', 'goals'],
    ['Next steps', 'goals'],
    ['Next:', 'goals'],
    ['Thoughts:', 'reflection'],
    ['thoughts / feelings', 'reflection'],
    ['Reflection', 'reflection'],
    ['Link(s) to work', 'other'],
    ['Link to work:', 'other'],
    ['Minutes Worked:', 'other'],
    ['Note:', 'other'],
    ['Resources', 'other'],
    ["Ce que j'ai appris", 'learned'],
    ['O que aprendi', 'learned']
  ])('%j → %s', (label, role) => {
    expect(roleOf(label, builtIn)).toBe(role)
  })
})

describe('roleOf: not labels', () => {
  it.each([
    '2. Call by object reference',
    'Next.js',
    'Next week I rest',
    'split & join',
    'view vs reshape',
    '',
    '**',
    'a'.repeat(41) + ' done'
  ])('%j has no role', (label) => {
    expect(roleOf(label, builtIn)).toBeNull()
  })

  it('the day mention in `DAY 12 소감` does not hide the reflection', () => {
    expect(roleOf('DAY 12 소감', builtIn)).toBe('reflection')
  })
})

describe('goals for tomorrow', () => {
  it.each([
    ['내일 목표', true],
    ['주말 목표', true],
    ['Tomorrow', true],
    ['Next steps', true],
    ['개인 학습 목표', false],
    ['TODO', false],
    ['Goals', false]
  ])('%j for the next entry: %s', (label, expected) => {
    expect(isForTomorrow(label)).toBe(expected)
  })
})

describe('normalizeLabel', () => {
  it('drops emoji, emphasis, a trailing colon and leading marks; `(s)` becomes `s`', () => {
    expect(normalizeLabel('🚩**DAY 1 소감**:')).toBe('DAY 1 소감')
    expect(normalizeLabel('## Link(s) to work')).toBe('Links to work')
    expect(normalizeLabel('  Thoughts  :  ')).toBe('Thoughts')
  })
})

describe('config words', () => {
  it('add labels the built-in words do not know', () => {
    expect(roleOf('해낸 것', builtIn)).toBeNull()
    expect(roleOf('해낸 것', buildVocabulary({ done: ['해낸 것'] }))).toBe('done')
    expect(roleOf('Shipped', buildVocabulary({ done: ['shipped'] }))).toBe('done')
  })

  it('are tried before the built-in words', () => {
    expect(roleOf('완료한 사항', buildVocabulary({ learned: ['완료한'] }))).toBe('learned')
  })

  it('are matched as text, not as patterns', () => {
    const vocabulary = buildVocabulary({ other: ['a.b (c)'] })
    expect(roleOf('a.b (c)', vocabulary)).toBe('other')
    expect(roleOf('axb c', vocabulary)).toBeNull()
  })

  it('blank words are ignored', () => {
    expect(buildVocabulary({ done: ['', '  '] })).toHaveLength(builtIn.length)
  })

  it('reach the parser: a section named in the config gets its role and its items', () => {
    const log = ['## Day 1', '', '**해낸 것**', '', '- [x] 큐 구현', '', '**막힌 것**', '', '- [ ] 힙 구현'].join('\n')
    const plain = parseLog(log).entries[0]!
    // Unknown bold lines are text; the checkboxes land in an untitled section.
    expect(plain.sections.map((s) => [s.role, s.title])).toEqual([['other', '']])
    const configured = parseLog(log, { vocabulary: { done: ['해낸 것'], notDone: ['막힌 것'] } }).entries[0]!
    expect(configured.sections.map((s) => [s.role, s.title, s.line])).toEqual([
      ['done', '해낸 것', 3],
      ['notDone', '막힌 것', 7]
    ])
    expect(configured.sections.map((s) => s.items.map((i) => i.done))).toEqual([[true], [false]])
  })
})

describe('Japanese and Chinese section words', () => {
  const vocabulary = buildVocabulary()
  it.each([
    ['今日やったこと', 'done'],
    ['### 今日の進捗', 'done'],
    ['✅ 達成したこと', 'done'],
    ['今日完成', 'done'],
    ['できなかったこと', 'notDone'],
    ['未完成', 'notDone'],
    ['学んだこと', 'learned'],
    ['今日学んだこと', 'learned'],
    ['学到了', 'learned'],
    ['学习内容', 'learned'],
    ['感想', 'reflection'],
    ['振り返り', 'reflection'],
    ['总结', 'reflection'],
    // The Chinese #100DaysOfCode template: 今天的进展 / 思考 / 工作成果链接.
    ['**今天的进展：**', 'done'],
    ['思考：', 'reflection'],
    ['工作成果链接：', 'other'],
    ['成果', 'done'],
    ['明日の目標', 'goals'],
    ['🎯 今日の目標', 'goals'],
    ['次回の予定', 'goals'],
    ['明日计划', 'goals'],
    ['リンク', 'other'],
    ['## 今日の作業', 'done'],
    ['作業内容', 'done'],
    ['できたこと', 'done'],
    ['本日の学習', 'learned'],
    ['勉強内容', 'learned'],
    ['次にやること', 'goals'],
    ['今後の課題', 'goals'],
    ['下一步', 'goals'],
    ['待办', 'goals'],
    ['ハマったこと', 'reflection'],
    ['遇到的问题', 'reflection']
  ])('%j is %s', (label, role) => {
    expect(roleOf(label, vocabulary)).toBe(role)
  })

  it.each(['todoアプリ作成', 'TODOリスト作成', '目標アプリ', '振り返りアプリの実装'])(
    '%j is a project, not a section: a role word running on into a Japanese word',
    (label) => {
      expect(roleOf(label, vocabulary)).toBeNull()
    }
  )

  it('goals for tomorrow in Japanese and Chinese are carried to the next day', () => {
    expect(isForTomorrow('明日の目標')).toBe(true)
    expect(isForTomorrow('明日计划')).toBe(true)
    expect(isForTomorrow('今日の目標')).toBe(false)
  })

  it('a numbered lesson title is a topic, not the reflection "Lessons"', () => {
    expect(roleOf('Lesson 1.2: Box Model & Flexbox', vocabulary)).toBeNull()
    expect(roleOf('Lessons', vocabulary)).toBe('reflection')
  })
})

describe('roleOf: answers kept per vocabulary', () => {
  it('a label judged under one vocabulary is judged afresh under another', () => {
    const own = buildVocabulary({ done: ['오늘의 성과'] })
    const other = buildVocabulary({ learned: ['오늘의 성과'] })
    expect(roleOf('오늘의 성과', builtIn)).toBeNull()
    expect(roleOf('오늘의 성과', own)).toBe('done')
    expect(roleOf('오늘의 성과', other)).toBe('learned')
    expect(roleOf('오늘의 성과', builtIn)).toBeNull()
    expect(roleOf('오늘의 성과', own)).toBe('done')
  })
})
