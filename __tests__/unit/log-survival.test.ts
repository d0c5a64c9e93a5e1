/**
 * Logs as people really write them: stray closing tags, commented-out days,
 * markup inside code, numbers out of order, newest first, dates without a year.
 * Every log here is a few lines written for the test.
 */
import { checkLog, parseLog } from '../helpers/with-micromark.js'

const lines = (...rows: string[]): string => rows.join('\n')
const noCalendar = { calendar: null, lastDue: null }

describe('unbalanced <details>', () => {
  it('an extra </details> closes nothing and breaks nothing after it', () => {
    const log = lines(
      '<details>',
      '<summary>Day1 Review</summary>',
      '',
      '**완료한 사항**',
      '',
      '    🙂 배열',
      '',
      '</details>',
      '</details>',
      '',
      '<details>',
      '<summary>Day2 Review</summary>',
      '',
      '**완료한 사항**',
      '',
      '    🙂 연결 리스트',
      '',
      '</details>'
    )
    const { entries } = parseLog(log)
    expect(entries.map((e) => [e.label, e.line, e.endLine])).toEqual([
      ['Day1', 2, 8],
      ['Day2', 12, 18]
    ])
    expect(entries[1]!.sections[0]!.items.map((i) => i.text)).toEqual(['연결 리스트'])
  })

  it('a nested <details> that is never closed does not swallow the next day', () => {
    const log = lines(
      '<details><summary>03.14(화)</summary>',
      '',
      '<details><summary>잠깐, 동기와 비동기</summary>',
      '',
      '메모',
      '',
      '### Achievements of the day',
      '',
      '- 입력 처리',
      '',
      '</details>',
      '',
      '<details><summary>03.15(수)</summary>',
      '',
      '### Achievements of the day',
      '',
      '</details>'
    )
    const { entries } = parseLog(log)
    expect(entries.map((e) => [e.title, e.line])).toEqual([
      ['03.14(화)', 1],
      ['03.15(수)', 13]
    ])
    expect(entries[1]!.sections).toMatchObject([{ role: 'done', empty: true, line: 15 }])
  })

  it('a week wrapper around days is not an entry; the week review inside is', () => {
    const log = lines(
      '<details>',
      '<summary><b>WEEK1</b></summary>',
      '',
      '<details>',
      '<summary>Day1 Review</summary>',
      '',
      '- 공부',
      '',
      '</details>',
      '',
      '<details>',
      '<summary>WEEK1 Review</summary>',
      '',
      '**학습회고**',
      '- 좋았다',
      '</details>',
      '',
      '</details>'
    )
    const { entries } = parseLog(log)
    expect(entries.map((e) => [e.kind, e.label, e.line])).toEqual([
      ['day', 'Day1', 5],
      ['week', 'WEEK1', 12]
    ])
  })
})

describe('HTML comments', () => {
  it('a commented-out template day is not a day', () => {
    const log = lines(
      '## Day 1',
      '- 파서 작성',
      '',
      '<!--',
      '## Day N',
      '**완료한 사항**',
      '',
      '**내일 목표**',
      '-->',
      '',
      '## Day 2',
      '- 테스트 작성'
    )
    const report = checkLog(log, noCalendar)
    expect(report.entries.map((e) => e.label)).toEqual(['Day1', 'Day2'])
    expect(report.findings).toEqual([])
  })

  it('a one-line comment inside a day is neither content nor a label', () => {
    const log = lines('## Day 1', '<!-- ## Day 7 -->', '', '**Done**', '<!-- fill me in -->')
    const [day] = parseLog(log).entries
    expect(parseLog(log).entries).toHaveLength(1)
    expect(day!.sections).toMatchObject([{ role: 'done', empty: true }])
  })

  it('a comment in the middle of a section leaves the rest of it alone', () => {
    const log = lines('## Day 1', '**Done**', '<!--', 'old notes', '-->', '- wrote the lexer')
    expect(parseLog(log).entries[0]!.sections[0]).toMatchObject({ empty: false, items: [{ text: 'wrote the lexer', done: true, line: 6 }] })
  })
})

describe('markup inside code fences', () => {
  it('a `#` line and <details> tags inside a fence are code', () => {
    const log = lines(
      '<details>',
      '<summary>Day1 Review</summary>',
      '',
      '**새롭게 알게된 내용**',
      '',
      '```python',
      '# 주석입니다',
      '## Day 9',
      '</details>',
      '<details><summary>Day8 Review</summary>',
      '```',
      '',
      '**내일 목표**',
      '',
      '    💪 정리',
      '',
      '</details>'
    )
    const { entries } = parseLog(log)
    expect(entries.map((e) => e.label)).toEqual(['Day1'])
    expect(entries[0]!.sections.map((s) => [s.role, s.empty])).toEqual([
      ['learned', false],
      ['goals', false]
    ])
    expect(entries[0]!.endLine).toBe(17)
  })

  it('a tilde fence and a longer backtick fence hold markup too', () => {
    const log = lines('## Day 1', '~~~', '## Day 2', '~~~', '````md', '```', '## Day 3', '```', '````', '## Day 4', '- 끝')
    expect(parseLog(log).entries.map((e) => e.label)).toEqual(['Day1', 'Day4'])
  })
})

describe('numbers out of order', () => {
  it('keeps duplicates and out-of-order days as written', () => {
    const log = lines('## Day 1', '- a', '## Day 3', '- c', '## Day 2', '- b', '## Day 3', '- c again')
    const report = checkLog(log, noCalendar)
    expect(report.entries.map((e) => [e.number, e.line])).toEqual([
      [1, 1],
      [3, 3],
      [2, 5],
      [3, 7]
    ])
    expect(report.findings.filter((f) => f.type === 'missing-day')).toEqual([])
  })

  it('a gap is a missing day, placed after the nearest earlier day', () => {
    const report = checkLog(lines('## Day 1', '- a', '', '## Day 2', '- b', '', '## Day 4', '- d'), noCalendar)
    expect(report.findings).toMatchObject([{ type: 'missing-day', entry: 'Day3', number: 3, line: 5 }])
  })
})

describe('newest first', () => {
  const log = lines(
    '### Day 3: Wednesday March 3, 2021',
    '**Done**',
    '- [x] queue',
    '',
    '### Day 2: Tuesday March 2, 2021',
    '**Done**',
    '- [x] stack',
    '- [ ] queue',
    '',
    '### Day 1: Monday March 1, 2021',
    '**Done**',
    '- [ ] stack'
  )

  it('reads every day with its own date', () => {
    const { entries } = parseLog(log)
    expect(entries.map((e) => [e.number, e.date])).toEqual([
      [3, '2021-03-03'],
      [2, '2021-03-02'],
      [1, '2021-03-01']
    ])
  })

  it('follows carried-over tasks in the order the days happened', () => {
    const { carryOver } = checkLog(log, noCalendar)
    expect(carryOver.map((c) => [c.text, c.from, c.resolvedIn])).toEqual([
      ['stack', 'Day1', 'Day2'],
      ['queue', 'Day2', 'Day3']
    ])
  })
})

describe('dates without a year', () => {
  it('run on across new year, in both directions', () => {
    const forward = parseLog(lines('## 12월 30일', '- a', '## 12월 31일', '- b', '## 1월 2일', '- c'), { startDate: '2025-12-30' })
    expect(forward.entries.map((e) => e.date)).toEqual(['2025-12-30', '2025-12-31', '2026-01-02'])
    const backward = parseLog(lines('### 1/2 Day 3:', '- c', '### 1/1 Day 2:', '- b', '### 12/31 Day 1:', '- a'), {
      startDate: '2025-12-31'
    })
    expect(backward.entries.map((e) => e.date)).toEqual(['2026-01-02', '2026-01-01', '2025-12-31'])
  })

  it('take the year of a dated neighbour when there is no start date', () => {
    const { entries } = parseLog(lines('## 2024-12-30', '- a', '## 12월 31일', '- b', '## 1월 2일', '- c'))
    expect(entries.map((e) => e.date)).toEqual(['2024-12-30', '2024-12-31', '2025-01-02'])
  })

  it('stay `--MM-DD` where nothing gives the year', () => {
    expect(parseLog(lines('## 2월 28일', '- a', '## 3월 1일', '- b')).entries.map((e) => e.date)).toEqual(['--02-28', '--03-01'])
  })

  it('take the year of their month wrapper', () => {
    const log = lines(
      '<details><summary>2024.02</summary>',
      '',
      '<details><summary>02.29(목)</summary>',
      '',
      '- 윤일',
      '',
      '</details>',
      '',
      '</details>'
    )
    expect(parseLog(log).entries.map((e) => e.date)).toEqual(['2024-02-29'])
  })

  it('a slash date is day-first where the log writes a day above 12', () => {
    const dayFirst = parseLog(lines('## Day 1 - 03/12/25', '- a', '## Day 2 - 28/12/25', '- b'))
    expect(dayFirst.entries.map((e) => e.date)).toEqual(['2025-12-03', '2025-12-28'])
    const monthFirst = parseLog(lines('### 12/18 Day 1:', '- a', '### 12/19 Day 2:', '- b'), { startDate: '2022-12-18' })
    expect(monthFirst.entries.map((e) => e.date)).toEqual(['2022-12-18', '2022-12-19'])
  })

  it('an impossible date is dropped, the day kept', () => {
    const { entries } = parseLog(lines('## Day 1: 2023-02-30', '- a'))
    expect(entries).toMatchObject([{ number: 1, date: null, dates: [] }])
  })
})

describe('encodings and line endings', () => {
  it('CRLF line endings and a BOM give the same entries and lines as LF', () => {
    const lf = lines('## Day 1', '**Done**', '- a', '', '## Day 2', '**Done**', '')
    const crlf = '\uFEFF' + lf.replace(/\n/g, '\r\n')
    expect(parseLog(crlf)).toEqual(parseLog(lf))
    expect(parseLog(crlf).entries[1]!.sections[0]).toMatchObject({ line: 6, empty: true })
  })

  it('an empty file and a file with no days have no entries', () => {
    expect(parseLog('').entries).toEqual([])
    expect(parseLog('# Notes\n\nJust some notes.\n').entries).toEqual([])
    expect(checkLog('', noCalendar).findings).toEqual([])
  })
})

describe('long logs are parsed in chunks without changing anything', () => {
  it('a fence that opens inside an HTML block does not fool the chunker', () => {
    // `~~~` right under an HTML line is part of that HTML block, not a fence. The fences
    // after it pair up the other way from how a line-by-line scan pairs them: the last one
    // runs to the end and hides the heading at the bottom.
    const filler = Array.from({ length: 70 }, () => '')
    const log = lines('</pre>', '~~~', ...filler, '~~~', '', '~~~', '', '~~~', ...filler, '## Day 9', '')
    expect(parseLog(log)).toEqual(parseLog(log, { mode: 'whole' }))
    expect(parseLog(log).entries).toEqual([])
  })

  it('a reference definition at the end resolves in every chunk', () => {
    const days = Array.from({ length: 40 }, (_, i) => lines(`## Day ${i + 1}`, '', `- [x] [kata ${i + 1}][k]`, ''))
    const log = lines(...days, '[k]: https://example.com/kata')
    const chunked = parseLog(log)
    expect(chunked).toEqual(parseLog(log, { mode: 'whole' }))
    expect(chunked.entries[39]!.sections[0]!.items[0]!.text).toBe('kata 40')
  })

  it('a line that only looks like a definition (inside a paragraph) defines nothing', () => {
    const days = Array.from({ length: 40 }, (_, i) => lines(`## Day ${i + 1}`, '', `- [x] [kata]`, ''))
    const log = lines(...days, 'a paragraph line', '[kata]: https://example.com/kata')
    const chunked = parseLog(log)
    expect(chunked).toEqual(parseLog(log, { mode: 'whole' }))
    expect(chunked.entries[0]!.sections[0]!.items[0]!.text).toBe('[kata]')
  })
})

describe('a day-named section heading inside a day', () => {
  it('is a section of the open <details> day, not a new day', () => {
    const text = [
      '<details>',
      '<summary>Day2 Review</summary>',
      '',
      '**완료한 사항**',
      '',
      '    🙂 정렬 복습',
      '',
      '## DAY 1 소감',
      '',
      '- 제목을 어제 것으로 붙였다.',
      '',
      '</details>',
      ''
    ].join('\n')
    const { entries } = parseLog(text)
    expect(entries.map((e) => e.label)).toEqual(['Day2'])
    expect(entries[0]!.sections.map((s) => [s.role, s.title, s.empty])).toEqual([
      ['done', '완료한 사항', false],
      ['reflection', 'DAY 1 소감', false]
    ])
  })
})
