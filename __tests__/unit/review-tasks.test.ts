/**
 * When two task lines are the same task, and how tasks are carried from day
 * to day. Logs here are a few lines written for the test.
 */
import { explainLines } from '../../src/render/explain.js'
import { messages } from '../../src/render/messages.js'
import { checkLog } from '../../src/review/check.js'
import { isDropped, sameTask, taskKey } from '../../src/review/tasks.js'

const noCalendar = { calendar: null, lastDue: null }
const lines = (...rows: string[]): string => rows.join('\n')

describe('taskKey', () => {
  it.each([
    ['기본과제1', '기본 과제 1'],
    ['기본 과제 1 마무리하기', '기본 과제 1'],
    ['기본 과제 2 완료', '기본 과제 2'],
    ['Finish the parser', 'the parser'],
    ['Write Tests!', 'write tests'],
    ['🙂 큐 구현', '큐 구현'],
    ['ＡＢＣ 과제', 'abc 과제'],
    ['chapter 3 강의', 'Chapter3 강의'],
    // The place in the day's numbered list is no part of the task.
    ['5. Take Quiz 1', '3. Take Quiz 1'],
    ['2) 강의 듣기', '강의 듣기'],
    // Chinese and Japanese: `了` after the verb, `完成` before or after the task, `完了` / `済み` after it.
    ['学习了Vuex', '学习Vuex'],
    ['完成作业3', '作业3'],
    ['作业3已完成', '作业3'],
    ['テスト作成完了', 'テスト作成'],
    ['レビュー済み', 'レビュー']
  ])('%j is the same task as %j', (a, b) => {
    expect(taskKey(a)).toBe(taskKey(b))
    expect(sameTask(a, b)).toBe(true)
  })

  it.each([
    ['기본 과제 1', '기본 과제 2'],
    ['과제 4', '과제 5'],
    ['기본과제1 hook & apply', '기본 과제 1'],
    ['chapter 3', 'chapter 4'],
    ['기본과제 1,2,3 완료', '기본 과제 1'],
    ['3.5 강의', '5 강의'],
    ['2. 과제 4', '2. 과제 5']
  ])('%j is not %j', (a, b) => {
    expect(taskKey(a)).not.toBe(taskKey(b))
  })

  it('strips one finishing word at most, and never the whole task', () => {
    expect(taskKey('하기')).toBe('하기')
    expect(taskKey('완료')).toBe('완료')
    expect(taskKey('발표 준비 완료하기')).toBe('발표준비')
  })

  it('punctuation and emoji alone make an empty key', () => {
    expect(taskKey(' - ! 🙂 ')).toBe('')
  })

  it('a template’s blank in square brackets makes an empty key: a line to fill, no task', () => {
    expect(['[Main goal 3]', ' [Any carry-over tasks] '].map((t) => taskKey(t))).toEqual(['', ''])
    expect(taskKey('[BOJ] 1012 유기농 배추')).not.toBe('')
  })
})

describe('carry-over', () => {
  it('a template’s blank left unticked is no task left undone', () => {
    const log = lines('## Day 1', '**Goals**', '- [ ] [Main goal 1]', '- [ ] read chapter 2', '', '## Day 2', '**Done**', '- other things')
    expect(checkLog(log, noCalendar).carryOver.map((c) => c.text)).toEqual(['read chapter 2'])
  })

  it('a task left undone stays open until a later day does it', () => {
    const log = lines(
      '## Day 1',
      '**Done**',
      '- a',
      '',
      '**Not done**',
      '- write the lexer',
      '',
      '## Day 2',
      '**Not done**',
      '- Write the lexer!',
      '',
      '## Day 3',
      '**Done**',
      '- write the lexer'
    )
    const { carryOver } = checkLog(log, noCalendar)
    expect(carryOver).toEqual([
      {
        text: 'write the lexer',
        from: 'Day1',
        fromDate: null,
        lastOpen: 'Day2',
        lastOpenDate: null,
        resolvedIn: 'Day3',
        resolvedDate: null,
        dropped: false,
        age: 2,
        line: 6,
        openIn: ['Day1', 'Day2'],
        // The lines of the labels `## Day 1`, `## Day 2` and `## Day 3`, for links without a lookup by label.
        fromLine: 1,
        lastOpenLine: 8,
        resolvedLine: 12
      }
    ])
  })

  it('a goal for tomorrow that the next day does not do is carried, from that day', () => {
    const log = lines(
      '## Day 1',
      '**Tomorrow**',
      '- read chapter 2',
      '',
      '## Day 2',
      '**Done**',
      '- other things',
      '',
      '## Day 3',
      '**Done**',
      '- other things'
    )
    const { carryOver } = checkLog(log, noCalendar)
    expect(carryOver).toMatchObject([{ text: 'read chapter 2', from: 'Day2', resolvedIn: null, line: 3, age: 1 }])
  })

  it('a goal done the next day is not carried', () => {
    const log = lines('## Day 1', '**Tomorrow**', '- read chapter 2', '', '## Day 2', '**Done**', '- Read chapter 2')
    expect(checkLog(log, noCalendar).carryOver).toEqual([])
  })

  it('goals that are not for tomorrow (this week, TODO) are not expected the next day', () => {
    const log = lines('## Day 1', '**이번 주 목표**', '- 책 한 권', '', '## Day 2', '**완료한 사항**', '- 다른 일')
    expect(checkLog(log, noCalendar).carryOver).toEqual([])
  })

  it('a task done the same day it is listed undone is not carried', () => {
    const log = lines('## Day 1', '- [x] 과제 4', '- [ ] 과제 5', '- [x] 과제 5')
    expect(checkLog(log, noCalendar).carryOver).toEqual([])
  })

  it('re-listing an open task adds the day, not a record', () => {
    const log = lines('## Day 1', '- [ ] 오답 노트', '## Day 2', '- [ ] 오답노트', '## Day 3', '- [ ] 오답 노트!')
    const { carryOver } = checkLog(log, noCalendar)
    expect(carryOver).toHaveLength(1)
    expect(carryOver[0]!.openIn).toEqual(['Day1', 'Day2', 'Day3'])
  })

  it('external days (index rows) take no part', () => {
    const log = lines('| Day | Topic |', '|---|---|', '| [Day1](./day1.md) | trees |', '| [Day2](./day2.md) | graphs |')
    const report = checkLog(log, noCalendar)
    expect(report.entries.map((e) => [e.label, e.external])).toEqual([
      ['Day1', true],
      ['Day2', true]
    ])
    expect(report.carryOver).toEqual([])
    expect(report.findings).toEqual([])
    // --explain says where those days came from, not that none was read.
    expect(report.reading.indexRows).toBe(2)
    const explained = explainLines(report.reading, 'index.md')
    expect(explained).toContain('  2 days from index table rows (each links to a file of its own, not checked here)')
    expect(explained.join('\n')).not.toContain('No line was read as a day.')
  })

  it('linked rows of such a table that name no day are not counted, and the report says so', () => {
    const log = lines(
      '| 일차 | 제목 |',
      '|---|---|',
      '| 1 일차 | [정렬](./day1.md) |',
      '| 2 일차 | [탐색](./day2.md) |',
      '| 다시 0 일차 | [리액트](./again0.md) |',
      '| 프로젝트 1일차 | [기획](./project1.md) |',
      '| 참고 | 없음 |'
    )
    const report = checkLog(log, noCalendar)
    expect(report.entries.map((e) => e.label)).toEqual(['Day1', 'Day2'])
    // The row that links nowhere is the table's writing, not an index row.
    expect(report.notes).toContainEqual({ type: 'reading', kind: 'index-rows-unnamed', rows: 2, line: 5 })
    expect(report.notes.map((n) => messages('ko').note(n))).toContain(
      '5번째 줄부터 목차 표의 2줄은 다른 파일로 링크하지만 날짜나 일차를 읽을 수 없어서 기록으로 세지 않았고 확인하지 않았어요.'
    )
    // A table with no day in it at all is writing: nothing to own up to.
    const plain = checkLog(lines('| 주제 | 링크 |', '|---|---|', '| 정렬 | [글](./sort.md) |'), noCalendar)
    expect(plain.notes.filter((n) => 'kind' in n && n.kind === 'index-rows-unnamed')).toEqual([])
  })

  it('an index row may name its day by date, in any notation, with the link in another cell', () => {
    const log = lines(
      '## Week 1',
      '',
      '| 날짜 | 제목 | 링크 |',
      '| --- | --- | --- |',
      '| 2024.03.04 | TIL - Day 1 | [글](https://example.com/til-1) |',
      '| 240305 | TIL - Day 2 | [글](./day2.md) |'
    )
    const report = checkLog(log, noCalendar)
    // The week heading wraps the days listed under it: it is no week review.
    expect(report.entries.map((e) => [e.kind, e.date, e.external])).toEqual([
      ['day', '2024-03-04', true],
      ['day', '2024-03-05', true]
    ])
  })

  it('the day may stand in the second cell, after a week column', () => {
    const log = lines(
      '| Week | Date | Subjects |',
      '| --- | --- | --- |',
      '| **Week 1** | 19.11.04 | [Git](https://example.com/git.md) |',
      '| | 19.11.05 | [Swift](https://example.com/swift.md) |'
    )
    expect(checkLog(log, noCalendar).entries.map((e) => [e.date, e.external])).toEqual([
      ['2019-11-04', true],
      ['2019-11-05', true]
    ])
  })

  it('a table of contents linking to headings of the log itself adds no days', () => {
    const log = lines('| 날짜 | 바로가기 |', '| --- | --- |', '| 2024.03.04 | [보기](#20240304) |', '', '## 2024.03.04', '', '배운 것')
    expect(checkLog(log, noCalendar).entries.map((e) => [e.date, e.external])).toEqual([['2024-03-04', false]])
  })
})

describe('a strike around the box', () => {
  it('keeps the task a task, with its box, where only boxes make tasks', () => {
    const log = lines('## 2025-03-03', '', '> 学习', '> - [x] 阅读 第一章', '> - ~~[ ] 背单词 20 个~~', '> - [ ] ~~跑步 3km~~')
    const items = checkLog(log, noCalendar).entries[0]!.sections.flatMap((s) => s.items)
    expect(items.map((i) => [i.text, i.done, i.struck ?? false])).toEqual([
      ['阅读 第一章', true, false],
      ['背单词 20 个', false, true],
      ['跑步 3km', false, true]
    ])
  })
})

describe('tasks a learner lets go', () => {
  const open = (report: ReturnType<typeof checkLog>) => report.carryOver.filter((c) => c.resolvedIn === null).map((c) => c.text)

  it.each([
    ['a struck-through checkbox', '- [ ] ~~과제 2~~'],
    ['a struck-through bullet', '- ~~과제 2~~'],
    ['a struck-through emoji line', '    🙃 ~~과제 2~~'],
    ['(drop)', '- [ ] 과제 2 (drop)'],
    ['(안 함), spaced any way', '- [ ] 과제 2 (안함)'],
    ['(취소)', '- [ ] 과제 2 (취소)'],
    ['(보류)', '- [ ] 과제 2 (보류)'],
    ['❌', '- [ ] ❌ 과제 2'],
    ['a checked box that is struck through', '- [x] ~~과제 2~~'],
    ['a strike around the box as well', '- ~~[ ] 과제 2~~']
  ])('%s retires the task: its record says dropped on that day, and it leaves the open list', (_, line) => {
    const log = lines(
      '## Day 1',
      '**완료하지 못한 사항**',
      '- [ ] 과제 1',
      '- [ ] 과제 2',
      '',
      '## Day 2',
      '**완료하지 못한 사항**',
      '',
      line
    )
    const report = checkLog(log, noCalendar)
    const record = report.carryOver.find((c) => c.text === '과제 2')!
    expect(record).toMatchObject({ from: 'Day1', resolvedIn: 'Day2', dropped: true })
    expect(open(report)).toEqual(['과제 1'])
    // Letting a task go makes no second record of it.
    expect(report.carryOver).toHaveLength(2)
  })

  it('a task let go the first time it is written makes no record, and a goal let go is not carried', () => {
    const log = lines(
      '## Day 1',
      '**내일 목표**',
      '- [ ] ~~논문 읽기~~',
      '- [ ] 복습 (보류)',
      '',
      '## Day 2',
      '- [ ] ~~책 읽기~~',
      '- [ ] 코딩'
    )
    expect(checkLog(log, noCalendar).carryOver.map((c) => c.text)).toEqual(['코딩'])
  })

  it('plain goals for tomorrow in a log that never lists anything done are not carried, and a note says why', () => {
    const day = (n: number, goal: string) =>
      lines(`## 22.10.${n + 10}`, '', `${n}일차 공부를 했다.`, '', '## 내일 할 것', '', `- ${goal}`, '')
    const log = [day(1, 'GIT 강의 마저 듣기'), day(2, '알고리즘 1문제'), day(3, '블로그 정리')].join('\n')
    const report = checkLog(log, noCalendar)
    expect(report.carryOver).toEqual([])
    expect(report.notes).toEqual([{ type: 'untracked-goals', goals: 3 }])
    expect(messages('ko').note(report.notes[0]!)).toBe(
      '내일 할 일이 3개 적혀 있지만 한 일을 적은 날(체크한 박스나 한 일 섹션)이 없어서 이월된 할 일은 확인하지 않았어요. 할 일에 체크하거나 한 일을 적으면 확인할 수 있어요.'
    )
    // One ticked box anywhere says the log follows what it did: the goals it did not tick are carried.
    const ticked = log.replace('- 알고리즘 1문제', '- [x] 알고리즘 1문제')
    expect(checkLog(ticked, noCalendar).carryOver.map((c) => c.text)).toEqual(['GIT 강의 마저 듣기'])
    expect(checkLog(ticked, noCalendar).notes).toEqual([])
  })

  it('a task done after being dropped in name only is done, not dropped: a partial strike is not a drop', () => {
    const log = lines('## Day 1', '- [ ] 트리 순회', '## Day 2', '- [ ] 트리 ~~순회~~ 구현', '## Day 3', '- [x] 트리 순회')
    const [record] = checkLog(log, noCalendar).carryOver
    expect(record).toMatchObject({ text: '트리 순회', resolvedIn: 'Day3', dropped: false })
  })

  it('the words that retire a task can be set (drop-words), and then replace the built-in ones', () => {
    const log = lines('## Day 1', '- [ ] 과제 1', '- [ ] 과제 2', '## Day 2', '- [ ] 과제 1 (포기)', '- [ ] 과제 2 (보류)')
    const report = checkLog(log, { ...noCalendar, dropWords: ['(포기)'] })
    expect(report.carryOver.map((c) => [c.text, c.dropped, c.resolvedIn])).toEqual([
      ['과제 1', true, 'Day2'],
      // `(보류)` is not a drop word here: `과제 2` stays open, and `과제 2 (보류)` is a task of its own.
      ['과제 2', false, null],
      ['과제 2 (보류)', false, null]
    ])
  })
})

describe('answers kept per drop-word list', () => {
  const item = (text: string) => ({ text, done: false as const, line: 1 })

  it('a text asked about under one list is answered afresh under another, and again under the first', () => {
    expect(taskKey('과제 1 (포기)')).toBe('과제1포기')
    expect(taskKey('과제 1 (포기)', ['(포기)'])).toBe('과제1')
    expect(taskKey('과제 1 (포기)')).toBe('과제1포기')
    expect(taskKey('과제 1 (취소)', ['(포기)'])).toBe('과제1취소')
    expect(taskKey('과제 1 (취소)')).toBe('과제1')
  })

  it('isDropped: the same text, dropped under one list and not under another', () => {
    expect(isDropped(item('과제 2 (보류)'))).toBe(true)
    expect(isDropped(item('과제 2 (보류)'), ['(포기)'])).toBe(false)
    expect(isDropped(item('과제 2 (보류)'))).toBe(true)
    expect(isDropped(item('과제 2 (보류)'), ['(포기)', '(보류)'])).toBe(true)
  })

  it('a struck-through item is dropped whatever its text was answered before', () => {
    expect(isDropped(item('과제 3'))).toBe(false)
    expect(isDropped({ ...item('과제 3'), struck: true })).toBe(true)
    expect(isDropped(item('과제 3'))).toBe(false)
  })
})
