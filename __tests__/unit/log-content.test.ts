/**
 * What counts as content in a section, and what counts as a task item.
 * Every log here is a few lines written for the test.
 */
import { isPlaceholder, statusWord } from '../../src/log/blocks.js'
import { parseLog } from '../../src/log/parse.js'
import { checkLog } from '../../src/review/check.js'
import type { Entry, Section } from '../../src/log/types.js'

const lines = (...rows: string[]): string => rows.join('\n')
const only = (text: string): Entry => {
  const { entries } = parseLog(text)
  expect(entries).toHaveLength(1)
  return entries[0]!
}
const section = (entry: Entry, role: string): Section => entry.sections.find((s) => s.role === role)!

/** A `<details>` day in the bootcamp template with one section holding `body`. */
const templateDay = (...body: string[]): string =>
  lines(
    '<details>',
    '<summary>Day3 Review</summary>',
    '',
    '<span style="font-size:150%">**완료한 사항**</span>',
    '',
    ...body,
    '',
    '</details>'
  )

describe('emptiness: what is not content', () => {
  it.each([
    ['blank and whitespace-only lines', ['', '   ', '\t']],
    ['a lone emoji placeholder in an indented line', ['    🙂  ']],
    ['emoji placeholders of every kind', ['    🙂', '    🙃', '    💪']],
    ['an empty ATX heading `#`', ['#      ']],
    ['an empty `###`', ['###']],
    ['a thematic break `***`', ['***']],
    ['a non-breaking space entity', ['&nbsp;']],
    ['an HTML comment', ['<!-- 여기에 적기 -->']],
    ['an image tag inside a comment', ['<!-- <img src="later.png"> -->']],
    ['an image tag inside a comment in a list', ['- <!-- <img src="later.png"> -->']],
    ['an empty fenced code block', ['```', '```']]
  ])('%s', (_, body) => {
    const day = only(templateDay(...body))
    expect(section(day, 'done')).toMatchObject({ empty: true, items: [] })
  })

  it('a label followed only by a colon is a section with nothing in it', () => {
    const day = only(lines('### Day 4: 2024-03-05', '', "**Today's Progress**:", '', '**Thoughts:**', '', 'Slow but steady.'))
    expect(day.sections.map((s) => [s.role, s.line, s.empty])).toEqual([
      ['done', 3, true],
      ['reflection', 5, false]
    ])
  })

  it('a label typed with stray emphasis marks (`*** Thoughts***`) is named without them', () => {
    const day = only(lines('### Day 4: 2024-03-05', '', "**Today's Progress**: parser", '', '*** Thoughts***', '', '**Links**', '', 'x'))
    expect(day.sections.map((s) => [s.title, s.empty])).toEqual([
      ["Today's Progress", false],
      ['Thoughts', true],
      ['Links', false]
    ])
  })

  it('isPlaceholder agrees: marks, emoji and spaces only', () => {
    for (const text of ['', ' ', '🙂', '💪 ', '#', '***', '&nbsp;', '\u00a0', ':', '- -', '| |', '> '])
      expect(isPlaceholder(text)).toBe(true)
    for (const text of ['a', '1', '할 일', '🙂 a', '?']) expect(isPlaceholder(text)).toBe(false)
  })
})

describe('emptiness: what is content', () => {
  it.each([
    ['a link alone', ['[정리 노트](./notes/day3.md)']],
    ['a list of links', ['- [트리](./tree.md)', '- [그래프](./graph.md)']],
    ['an image', ['![diagram](./d.png)']],
    ['an HTML image', ['<img src="shots/day3.png" width="400">']],
    ['HTML images in a list', ['1. <img src="shots/a.png"></img>', '2. <img src="shots/b.png"></img>']],
    ['an image in a paragraph of tags', ['<p align="center"><img src="a.png"></p>']],
    ['a sentence', ['오늘은 포인터를 다시 봤다.']],
    ['an emoji line with a task', ['    🙂 포인터 복습']],
    ['a code fence with code', ['```js', 'let x = 1', '```']],
    ['a table with a value', ['| 항목 | 메모 |', '|---|---|', '| 힙 | 정리함 |']],
    ['a quote', ['> 천천히 꾸준히']]
  ])('%s', (_, body) => {
    const day = only(templateDay(...body))
    expect(section(day, 'done').empty).toBe(false)
  })

  it('text on the label line itself is content', () => {
    const day = only(lines('### Day 4: 2024-03-05', '', "**Today's Progress**: finished the parser tests"))
    expect(day.sections[0]).toMatchObject({ role: 'done', empty: false })
  })

  it('a section heading with its writing after a colon is named by the words before it, and is not empty', () => {
    const entry = only(lines('## Day 2', '#### 完成功能：首页，分类页面', '#### 完成进度: 购物车页面', '### 배운 점: -', '### 10:30 회의'))
    expect(entry.sections.map((s) => [s.title, s.role, s.empty])).toEqual([
      ['完成功能', 'done', false],
      ['完成进度', 'done', false],
      // A placeholder after the colon is no writing; a time is no section name.
      ['배운 점: -', 'learned', true]
    ])
  })

  it('text on the line after a label is content', () => {
    const day = only(lines('### Day 4: 2024-03-05', '', "**Today's Progress**:", 'finished the parser tests'))
    expect(day.sections[0]).toMatchObject({ role: 'done', empty: false })
  })

  it.each(['---', '==='])(
    'a last line with %s right under it (a setext heading in markdown) is the section writing, and the day goes on',
    (rule) => {
      const { entries } = parseLog(
        lines(
          '## Day 1',
          '',
          '**Progress**',
          '',
          'built the navbar',
          '',
          '**Thoughts**',
          '',
          'CSS is hard',
          rule,
          '',
          'more notes',
          '',
          '## Day 2',
          '',
          '**Progress**',
          '',
          'footer'
        )
      )
      expect(entries.map((e) => e.label)).toEqual(['Day1', 'Day2'])
      expect(entries[0]!.sections.map((s) => [s.role, s.empty])).toEqual([
        ['done', false],
        ['reflection', false]
      ])
      expect(entries[0]!.endLine).toBe(12)
    }
  )

  it('section headings at the level of the day heading belong to the day, up to the next day', () => {
    const { entries } = parseLog(
      lines(
        '### Day 1: March 4, 2024',
        "### Today's Progress",
        '- Built the navbar',
        '### Thoughts',
        '',
        '### Day 2: March 5, 2024',
        '### 1. 마크다운',
        '- 제목'
      )
    )
    expect(entries.map((e) => [e.label, e.hasContent, e.sections.map((s) => [s.role, s.empty])])).toEqual([
      [
        'Day1',
        false,
        [
          ['done', false],
          ['reflection', true]
        ]
      ],
      ['Day2', true, []]
    ])
  })

  it('a heading at the level of the day, after the writing of the day, still ends the day', () => {
    const { entries } = parseLog(
      lines('## 3월 13일 월요일', '### TODO', '- [ ] 강의', '## 주말', '- [ ] 쉬기', '## 3월 14일 화요일', '### TODO', '- [x] 강의')
    )
    expect(entries.map((e) => [e.label, e.endLine])).toEqual([
      ['3월 13일 월요일', 3],
      ['3월 14일 화요일', 8]
    ])
  })

  it('a day without sections: content or not', () => {
    expect(only(lines('## Day 1', '', '- 배열 복습')).hasContent).toBe(true)
    expect(only(lines('## Day 1', '', '   ', '#')).hasContent).toBe(false)
  })
})

describe('items', () => {
  it('4-space emoji lines: 🙂 done, 🙃 not done, and the section decides for 💪', () => {
    const day = only(
      lines(
        '<details>',
        '<summary>Day2 Review</summary>',
        '',
        '**완료한 사항**',
        '',
        '    🙂 스택 구현',
        '    🙂큐 구현',
        '',
        '**완료하지 못한 사항**',
        '',
        '    🙃 덱 구현',
        '',
        '**내일 목표**',
        '',
        '    💪 덱 마무리',
        '',
        '</details>'
      )
    )
    expect(day.sections.map((s) => [s.role, s.items])).toEqual([
      [
        'done',
        [
          { text: '스택 구현', done: true, line: 6 },
          { text: '큐 구현', done: true, line: 7 }
        ]
      ],
      ['notDone', [{ text: '덱 구현', done: false, line: 11 }]],
      ['goals', [{ text: '덱 마무리', done: null, line: 15 }]]
    ])
  })

  it('GFM checkboxes, lower and upper case X, with nested boxes', () => {
    const day = only(lines('## 2024-03-05', '### TODO', '- [x] 읽기', '- [X] 쓰기', '- [ ] 발표', '  - [x] 자료 준비', '  - [ ] 리허설'))
    expect(section(day, 'goals').items.map((i) => [i.text, i.done, i.line])).toEqual([
      ['읽기', true, 3],
      ['쓰기', true, 4],
      ['발표', false, 5],
      ['자료 준비', true, 6],
      ['리허설', false, 7]
    ])
  })

  it('plain bullets are items in a task section, with the state the section gives', () => {
    const day = only(
      lines('## Day 2', '**Done**', '- lexer', '- parser', '', '**Not done**', '- printer', '', '**Tomorrow**', '- printer again')
    )
    expect(day.sections.map((s) => s.items.map((i) => [i.text, i.done]))).toEqual([
      [
        ['lexer', true],
        ['parser', true]
      ],
      [['printer', false]],
      [['printer again', null]]
    ])
  })

  it('a bullet marked ✅ or ❌ is done or not done whatever the section says; other emoji stay part of the task', () => {
    const day = only(
      lines(
        '## Day 2',
        '**Goals for tomorrow:**',
        '- ✅ Install PostgreSQL',
        '- ✔️ Create the repo',
        '- ❌ 블로그 정리',
        '- 📌 Write tests'
      )
    )
    expect(day.sections[0]!.items.map((i) => [i.text, i.done])).toEqual([
      ['Install PostgreSQL', true],
      ['Create the repo', true],
      ['블로그 정리', false],
      ['📌 Write tests', null]
    ])
  })

  it('bullets in a learned or reflection section are notes, not items', () => {
    const day = only(lines('## Day 2', '**TIL**', '- closures capture variables', '', '**Thoughts**', '- fun'))
    expect(day.sections.map((s) => [s.role, s.items.length, s.empty])).toEqual([
      ['learned', 0, false],
      ['reflection', 0, false]
    ])
  })

  it('a checkbox counts wherever it is, even in a learned section', () => {
    const day = only(lines('## Day 2', '**TIL**', '- [ ] read about closures'))
    expect(section(day, 'learned').items).toEqual([{ text: 'read about closures', done: false, line: 3 }])
  })

  it('struck-through items are kept and marked struck, so carry-over can retire them', () => {
    const day = only(lines('## Day 2', '### TODO', '- [ ] 정렬', '- ~~탐색~~', '- [ ] ~~그래프~~', '- [ ] 트리 ~~순회~~'))
    expect(section(day, 'goals').items).toEqual([
      { text: '정렬', done: false, line: 3 },
      { text: '탐색', done: null, line: 4, struck: true },
      { text: '그래프', done: false, line: 5, struck: true },
      // Only a task struck through as a whole is let go.
      { text: '트리 순회', done: false, line: 6 }
    ])
  })

  it('plain notes under a checkbox are not items', () => {
    const day = only(lines('## Day 2', '### TODO', '- [x] 미션 1단계', '  - 생각보다 오래 걸림', '  - 리뷰 반영', '- [ ] 미션 2단계'))
    expect(section(day, 'goals').items.map((i) => [i.text, i.done])).toEqual([
      ['미션 1단계', true],
      ['미션 2단계', false]
    ])
  })

  it('a plain bullet holding checkboxes is a group, not a task of its own; its boxes are items', () => {
    const day = only(lines('## Day 2', '### TODO', '- 알고리즘', '  - [x] 문제 1', '  - [ ] 문제 2', '- 복습'))
    expect(section(day, 'goals').items.map((i) => [i.text, i.done])).toEqual([
      ['문제 1', true],
      ['문제 2', false],
      ['복습', null]
    ])
  })

  it('status tables: the status column decides; status words in Korean and English', () => {
    const day = only(
      lines(
        '### R1D4 - 2018-09-18',
        '',
        'Task | completed',
        '---|---',
        'two-fer | yes',
        'hamming | no (out of time)',
        'series | kinda',
        'anagram | not yet',
        '',
        '#### notes',
        '',
        '| 할 일 | 상태 |',
        '|---|---|',
        '| 트리 | 완료 |',
        '| 힙 | 진행 중 |'
      )
    )
    const items = day.sections.flatMap((s) => s.items).map((i) => [i.text, i.done, i.line])
    expect(items).toEqual([
      ['two-fer', true, 5],
      ['hamming', false, 6],
      ['series', false, 7],
      ['anagram', false, 8],
      ['트리', true, 14],
      ['힙', false, 15]
    ])
  })

  it('a column titled like a status but written in sentences is writing, not a status: its rows are no tasks', () => {
    const day = only(
      lines(
        '## Day 50',
        '',
        '| Technique | Local | Example Result |',
        '| --- | --- | --- |',
        '| t-SNE | kept | Tight clusters, with arbitrary spacing between them |',
        '| UMAP | kept | Tight clusters, with meaningful spacing between them |',
        '',
        '| Feature | State Testing |',
        '| --- | --- |',
        '| Goal | verify a single client’s state transitions |',
        '| Execution | single client |'
      )
    )
    expect(day.sections.flatMap((s) => s.items)).toEqual([])
    // A status with a note after it is still a status.
    const noted = only(
      lines('## Day 4', '', '| Task | completed |', '|---|---|', '| 4clj-79 | nope (but I am close to a first solution) |')
    )
    expect(noted.sections.flatMap((s) => s.items).map((i) => [i.text, i.done])).toEqual([['4clj-79', false]])
  })

  it('a table of a header alone: a sentence is writing; column titles are a table yet to be filled', () => {
    const text = lines('## Day 18 : Jan 18,2020', '', '|*Participated in the online coding test*|', '|-----------|', '')
    expect(parseLog(text).entries.map((e) => e.hasContent)).toEqual([true])
    const titles = lines('## Day 2', '', '| 문제 | 풀이 |', '|---|---|', '')
    expect(parseLog(titles).entries.map((e) => e.hasContent)).toEqual([false])
  })

  it('a heading of a picture alone (`![Notes: ](notes.jpg)` over `---`) is writing, not an empty "Notes" section', () => {
    const text = lines(
      '## Day 48',
      '',
      '**Notes:**',
      '',
      '- kmeans',
      '',
      '![Notes: ](day48_notes.jpg)',
      '---',
      '',
      '## Day 49',
      '',
      '## ![Notes:](n.png)',
      ''
    )
    const [day48, day49] = parseLog(text).entries
    expect(day48!.sections.map((s) => [s.title, s.empty])).toEqual([['Notes:', false]])
    expect([day49!.sections.length, day49!.hasContent]).toEqual([0, true])
    expect(checkLog(text, { calendar: null, lastDue: null }).findings).toEqual([])
  })

  it.each([
    'yes',
    'Yes (not optimized yet)',
    'done!',
    'ok',
    '완료',
    '완료함',
    '했음',
    '함',
    'ㅇ',
    '✅',
    '✔️',
    '☑️',
    '[X]',
    ':white_check_mark:'
  ])('statusWord(%j) is done', (word) => {
    expect(statusWord(word)).toBe(true)
  })

  it.each([
    'no',
    'nope',
    'kinda',
    'almost-ish :)',
    'not yet',
    '아직',
    '완료 못함',
    '완료못함',
    '진행 중',
    'yesterday',
    'doneish',
    '[ ]',
    ':x:'
  ])('statusWord(%j) is not done', (word) => {
    expect(statusWord(word)).toBe(false)
  })

  it('statusWord of an empty cell says nothing', () => {
    expect(statusWord('  ')).toBeNull()
  })
})

describe('where a section ends', () => {
  const day = (...body: string[]) => only(lines('## 2025-03-03', '', ...body))

  it('at a heading of its own level, though its words name no section: what follows is no task of it', () => {
    const entry = day(
      '### 📝 Tomorrow',
      '- read the functions chapter',
      '',
      '### 📊 Study time',
      '- **Hours**: about 1',
      '- **Focus**: 4/5'
    )
    expect(section(entry, 'goals').items.map((i) => i.text)).toEqual(['read the functions chapter'])
    expect(entry.hasContent).toBe(true)
  })

  it('not at a deeper heading: a topic under the section is still the section', () => {
    const entry = day('### Done', '#### Parser', '- wrote the tokenizer', '#### Tests', '- covered the edge cases')
    expect(section(entry, 'done').items.map((i) => i.text)).toEqual(['wrote the tokenizer', 'covered the edge cases'])
  })

  it('not at a heading after a bold label: the label has no level to compare with', () => {
    const entry = day('**Today I learned**', '', '### Hash tables', 'Collisions chain in buckets.')
    expect(section(entry, 'learned').empty).toBe(false)
  })
})

describe('writing inside an HTML block', () => {
  it('stands inside the <details> it is written in, with its bold labels, whatever the tags around it', () => {
    const day = (n: number) => [
      '<details>',
      `<summary><b>Day ${n} (1${n} May 2026)</b></summary>`,
      '<b>Objective:</b><br>learning about 2-3 trees<br>',
      '<b>Wins:</b><br>insertion on paper<br>',
      '</details>'
    ]
    const { entries } = parseLog([...day(2), ...day(1)].join('\n'))
    expect(entries.map((e) => [e.number, e.line, e.endLine])).toEqual([
      [2, 2, 5],
      [1, 7, 10]
    ])
    expect(entries[0]!.sections.map((s) => [s.title, s.role, s.empty])).toEqual([['Objective:', 'goals', false]])
    expect(entries.every((e) => e.hasContent || e.sections.some((s) => !s.empty))).toBe(true)
  })
})

describe('bold words inside a section a heading opened', () => {
  it('head part of its writing: the heading section holds what they head, and is empty where they head nothing', () => {
    const entry = only(
      lines(
        '### 📅 2025-12-01 (Day 6)',
        '#### 💡 배운 것',
        '',
        '**새로 알게 된 개념**',
        '',
        '- 디바운싱',
        '',
        '#### 🔧 해결한 문제',
        '',
        '**문제**:',
        '',
        '**해결**:',
        '',
        '#### 📌 내일 할 일',
        '- [ ] 배포'
      )
    )
    expect(entry.sections.map((s) => [s.title, s.role, s.empty])).toEqual([
      ['💡 배운 것', 'learned', false],
      ['🔧 해결한 문제', 'done', true],
      ['📌 내일 할 일', 'goals', false]
    ])
  })
})

describe('sections written as bullets', () => {
  const day = (...body: string[]) => only(lines('### Day 2: November 3, 2026', '', ...body))
  const shape = (entry: Entry) => entry.sections.map((s) => [s.role, s.title, s.empty, s.items.map((i) => i.text)])

  it("a bullet's bold words name a section, with its words on the line or its own bullets under it", () => {
    const entry = day(
      "- **Today's Progress:** finished the form",
      '- **Thoughts:**',
      '- **Tomorrow**:',
      '  - add local storage',
      '  - write tests'
    )
    expect(shape(entry)).toEqual([
      ['done', "Today's Progress:", false, []],
      ['reflection', 'Thoughts:', true, []],
      ['goals', 'Tomorrow', false, ['add local storage', 'write tests']]
    ])
  })

  it('its words may stand in a paragraph of the same bullet after a blank line', () => {
    const entry = only(lines('## Day 69', '', ' - **Thoughts and Feelings:** ', ' ', '   I need a spell checker.', '', ' - **Links:** '))
    expect(entry.sections.map((s) => [s.title, s.empty])).toEqual([
      ['Thoughts and Feelings:', false],
      ['Links:', true]
    ])
  })

  it('a bold bullet naming no section ends one written as a bullet, and is writing of the day', () => {
    const entry = day('- 💡 **Next Steps**:', '  - check the logs', '- 📅 **To Resume**: another day')
    expect(shape(entry)).toEqual([['goals', 'Next Steps', false, ['check the logs']]])
    expect(entry.hasContent).toBe(true)
  })

  it('bold words opening a sentence are no label: the bullet stays a task of its section', () => {
    const entry = day('### Done', '- **Parser** rewritten from scratch', '- **Tests:** all green')
    expect(shape(entry)).toEqual([['done', 'Done', false, ['Parser rewritten from scratch', 'Tests: all green']]])
  })

  it('inside a section under a heading, bold bullets are its writing, not sections of their own', () => {
    const entry = day(
      '#### Tasks Completed',
      '##### Task A',
      '- **Time:** 45 minutes',
      '- **Description:** set up the project',
      '  - ✅ ran the wizard'
    )
    expect(shape(entry)).toEqual([
      ['done', 'Tasks Completed', false, ['Time: 45 minutes', 'Description: set up the project', 'ran the wizard']]
    ])
  })

  it('a bullet that names a day is still a day, not a section', () => {
    const { entries } = parseLog(
      lines('# Log', '', '- **Day 1 (15 Dec 2025):** setup', '- **Day 2 (16 Dec 2025):** loops', '- **Day 3 (17 Dec 2025):** lists')
    )
    expect(entries.map((e) => [e.label, e.sections.length])).toEqual([
      ['Day1', 0],
      ['Day2', 0],
      ['Day3', 0]
    ])
  })
})

describe('sections written as plain bullets', () => {
  const shape = (entry: Entry) => entry.sections.map((s) => [s.role, s.title, s.empty, s.items.map((i) => [i.text, i.done])])

  it('a bullet of a few plain words naming a section, over its own bullets, is that section', () => {
    const log = lines(
      '## 2024.03.04',
      '- 배운 점',
      '  - 정렬',
      '- 느낀 점',
      '- 내일 할 일:',
      '  - [ ] 복습',
      '## 2024.03.05',
      '- 느낀 점',
      '- done',
      '  - 복습'
    )
    const [first, second] = parseLog(log).entries
    expect(shape(first!)).toEqual([
      ['learned', '배운 점', false, []],
      // Nothing under it, after a section written as a bullet: an empty section, not a task.
      ['reflection', '느낀 점', true, []],
      ['goals', '내일 할 일:', false, [['복습', false]]]
    ])
    // The log writes its sections as bullets: so the next day's first bullet names one too.
    expect(shape(second!)).toEqual([
      ['reflection', '느낀 점', true, []],
      ['done', 'done', false, [['복습', true]]]
    ])
  })

  it('a numbered item with nothing under it counts what was done, in a log whose sections are bullets too', () => {
    const log = lines(
      '## Day 2',
      '1. Learned about PCA',
      '   - eigenvectors',
      '## Day 1',
      '> 1. Completed lecture 2 of the course',
      '> 2. Completed the CNN lecture'
    )
    const [second, first] = parseLog(log).entries
    expect(shape(second!)).toEqual([['learned', 'Learned about PCA', false, []]])
    // Numbered and bare: no section named `Completed the CNN lecture`, and no empty one.
    expect(shape(first!)).toEqual([])
    expect(first!.hasContent).toBe(true)
  })

  it('`- 배운 것: 힙`: a section’s name, then its writing after a colon on the bullet; `- 느낀 점:` with nothing after it is empty', () => {
    const log = lines('**3월 5일 (화)**', '- 배운 것: 스택과 큐', '- 느낀 점:', '', '**3월 6일 (수)**', '- 배운 것:', '- 느낀 점: 재밌다')
    const [first, second] = parseLog(log).entries
    expect(shape(first!)).toEqual([
      ['learned', '배운 것', false, []],
      ['reflection', '느낀 점:', true, []]
    ])
    expect(shape(second!)).toEqual([
      ['learned', '배운 것:', true, []],
      ['reflection', '느낀 점', false, []]
    ])
    // A bullet whose words before a colon name no section stays the day's writing.
    expect(only(lines('## 2024.03.04', '- React: hooks', '- CSS: grid')).sections).toEqual([])
  })

  it('alone, with nothing under it, or a sentence, or long, such a bullet is the day’s writing', () => {
    const entry = only(lines('## 2024.03.04', '- 알고리즘 공부', '- 회고', '- 今日の感想です。', '  - 楽しかった'))
    expect(entry.sections).toEqual([])
    expect(entry.hasContent).toBe(true)
    const long = only(lines('## 2024/07/16', '- 学んだことを端的にまとめて思い出せるようにしたい', '  - メモ'))
    expect(long.sections).toEqual([])
  })

  it('inside a section under a heading, plain bullets are its writing', () => {
    const entry = only(lines('## 2024.03.04', '### 내일 할 일', '- 회고', '  - [ ] 정리'))
    expect(shape(entry)).toEqual([
      [
        'goals',
        '내일 할 일',
        false,
        [
          ['회고', null],
          ['정리', false]
        ]
      ]
    ])
  })
})

describe('sections written as plain lines', () => {
  const day = (...body: string[]) => only(lines('### Day 2: November 3, 2026', ...body))
  const shape = (entry: Entry) => entry.sections.map((s) => [s.role, s.title, s.empty, s.items.map((i) => i.text)])

  it('a short line ending with a colon, whose words name a section, opens it: `✅ What I Worked On:`', () => {
    const entry = day('✅ What I Worked On:', '- built the parser', '', '📚 What I Learned:', '', '🎯 Next Steps:', '- [ ] tests')
    expect(shape(entry)).toEqual([
      ['done', 'What I Worked On', false, ['built the parser']],
      ['learned', 'What I Learned', true, []],
      ['goals', 'Next Steps', false, ['tests']]
    ])
  })

  it('inside a section a heading opened, such a line is its writing; words that name no section are writing', () => {
    const entry = only(lines('## Day 6', '### 📚 오늘 공부한 내용', '', '오늘 배운 주제:', '', 'CSS 카드 UI', ''))
    expect(shape(entry)).toEqual([['learned', '📚 오늘 공부한 내용', false, []]])
    expect(day('', 'Some thoughts on closures:', '- they capture').sections).toEqual([])
    expect(day('', 'What I Learned: closures capture variables').sections).toEqual([])
  })
})

describe('where a day ends', () => {
  it('not at a heading folded in a <details> the day opened, whatever its level', () => {
    const text = lines(
      '## 2025-05-12',
      '### Learned',
      '<details>',
      '<summary>Sorting notes</summary>',
      '',
      '# Sorting in short',
      '',
      '- bubble sort compares neighbours',
      '',
      '</details>',
      '',
      '### Tomorrow',
      '- [ ] review heap sort',
      '## 2025-05-13',
      '- queues'
    )
    const entries = parseLog(text).entries
    expect(entries.map((e) => [e.date, e.line, e.endLine])).toEqual([
      ['2025-05-12', 1, 13],
      ['2025-05-13', 14, 15]
    ])
    expect(section(entries[0]!, 'goals').items.map((i) => i.text)).toEqual(['review heap sort'])
  })

  it('after its last bullets where a month’s <details> closes indented under them', () => {
    const text = lines(
      '<details>',
      '<summary>2021년 6월</summary>',
      '',
      '#### 6월 29일',
      '',
      '- [x] 배열 복습',
      '',
      '#### 6월 30일',
      '',
      '- [x] 제네릭 정리',
      '- [x] 유틸리티 타입',
      '  - [Partial](https://example.com/partial)',
      '  </details>',
      '',
      '<details>',
      '<summary>2021년 7월</summary>',
      '',
      '#### 7월 1일',
      '',
      '- [x] 복습',
      '',
      '</details>'
    )
    const entries = parseLog(text).entries
    expect(entries.map((e) => [e.label, e.hasContent, e.sections.flatMap((s) => s.items.map((i) => i.text))])).toEqual([
      ['6월 29일', false, ['배열 복습']],
      ['6월 30일', false, ['제네릭 정리', '유틸리티 타입']],
      ['7월 1일', false, ['복습']]
    ])
    expect(checkLog(text, { calendar: null, lastDue: null }).findings.filter((f) => f.type === 'empty-day')).toEqual([])
  })

  it('at such a heading outside any <details>', () => {
    const entries = parseLog(lines('## 2025-05-12', '- sorting', '# Appendix', '- links')).entries
    expect(entries.map((e) => [e.line, e.endLine])).toEqual([[1, 2]])
  })
})

describe('a day written on its label alone', () => {
  const emptyDays = (text: string): string[] =>
    checkLog(text, { calendar: null, lastDue: null })
      .findings.filter((f) => f.type === 'empty-day')
      .map((f) => f.entry)

  it('where most days are a label and its topic with nothing under it, each topic is its day’s writing', () => {
    const text = [
      '# 기록',
      '',
      '#### 2024.03.04 월 - 배열 정리',
      '#### 2024.03.05 화 - 클로저 공부',
      '#### 2024.03.06 수 -',
      '#### 2024.03.07 목 - 프로미스'
    ].join('\n')
    expect(parseLog(text).entries.map((e) => [e.label, e.hasContent])).toEqual([
      ['2024.03.04 월 - 배열 정리', true],
      ['2024.03.05 화 - 클로저 공부', true],
      // The day with no topic is left empty, and its label loses the dash that waited for one.
      ['2024.03.06 수', false],
      ['2024.03.07 목 - 프로미스', true]
    ])
    expect(emptyDays(text)).toEqual(['2024.03.06 수'])
  })

  it('where the days are written under their labels, one with only its topic is a day left empty', () => {
    const text = [
      '## Day 1: Arrays',
      '- slicing',
      '## Day 2: Closures',
      '- scope chains',
      '## Day 3: Promises',
      '## Day 4: Modules',
      '- import maps'
    ].join('\n')
    expect(emptyDays(text)).toEqual(['Day3'])
  })
})

describe('bold words under a section heading', () => {
  const sectionOf = (...body: string[]): Section =>
    section(only(['## 2024-03-05', '### 배운 것', ...body, '### 느낀 점', '- 재미있었다'].join('\n\n')), 'learned')

  it('a bold sentence or a long bold line is writing; a short bold sub-heading with nothing under it is not', () => {
    expect(sectionOf('**왜 이렇게 설계했을까?**').empty).toBe(false)
    expect(sectionOf('**为什么要这样设计？**').empty).toBe(false)
    expect(sectionOf('**클로저는 함수가 만들어질 때의 스코프를 기억하고, 나중에 호출되어도 그 변수에 접근할 수 있다**').empty).toBe(false)
    expect(sectionOf('**새로 알게 된 개념**').empty).toBe(true)
  })
})

describe('sections headed under a section', () => {
  it('`# 今日总结` over `## 今日目标` and its writing: both hold writing; a sub-section left empty is still empty', () => {
    const entry = only(lines('# 2026-07-27', '# 今日学习总结', '## 🎯 今日目标', '完善项目', '## 📖 今日学习内容', '# 反思'))
    expect(entry.sections.map((s) => [s.title, s.empty])).toEqual([
      ['今日学习总结', false],
      ['🎯 今日目标', false],
      ['📖 今日学习内容', true],
      ['反思', true]
    ])
  })

  it('a task in a sub-section fills the section over it', () => {
    const entry = only(lines('## 2024-03-05', '### 배운 것', '#### 내일 할 것', '- [ ] 복습'))
    expect(entry.sections.map((s) => [s.title, s.role, s.empty])).toEqual([
      ['배운 것', 'learned', false],
      ['내일 할 것', 'goals', false]
    ])
  })
})
