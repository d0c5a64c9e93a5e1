/**
 * readLabel: which headings, summaries and table cells name a day, a week or a
 * month wrapper, with their numbers and dates; and which are only text.
 */
import { plainLabel, readLabel } from '../../src/log/labels.js'

const date = (year: number | null, month: number, day: number) => ({ year, month, day })

describe('readLabel: day numbers', () => {
  it.each([
    ['Day7 Review', [7]],
    ['## Day 12', [12]],
    ['### R1D7', [7]],
    ['<summary>Day11 Review</summary>  ', [11]],
    ['**Day 3**', [3]],
    ['🚩 Day 4', [4]],
    ['day 9', [9]],
    ['DAY 10 review', [10]],
    ['16일차 학습', [16]],
    ['Day 0:', [0]]
  ])('%j is day %j', (label, numbers) => {
    expect(readLabel(label)).toEqual({ kind: 'day', numbers, dates: [], slashDates: [] })
  })

  it.each([
    ['Days 67, 68, 69', [67, 68, 69]],
    ['Days 4 and 5', [4, 5]],
    ['R1D27-29', [27, 28, 29]],
    ['R1D21/22', [21, 22]],
    ['R1D23/24/25', [23, 24, 25]],
    ['42 - 44일차', [42, 43, 44]],
    ['50 ~ 53일차', [50, 51, 52, 53]],
    // Written high to low, still every day between.
    ['Days 38 - 31', [31, 32, 33, 34, 35, 36, 37, 38]]
  ])('the range or list %j covers %j', (label, numbers) => {
    expect(readLabel(label)).toMatchObject({ kind: 'day', numbers })
  })

  it('`Day1-2` is part 2 of day 1, not days 1 and 2 (a range needs the plural)', () => {
    expect(readLabel('Day1-2')).toMatchObject({ kind: 'day', numbers: [1] })
  })

  it('a range too long to be days is read as its first number', () => {
    expect(readLabel('Days 1 - 900')).toMatchObject({ numbers: [1] })
  })
})

describe('readLabel: dates', () => {
  it('### Day 1: 2017-06-04 (Sunday) is day 1 on that date', () => {
    expect(readLabel('### Day 1: 2017-06-04 (Sunday)')).toEqual({ kind: 'day', numbers: [1], dates: [date(2017, 6, 4)], slashDates: [] })
  })

  it('## 2024-03-05 is a dated entry without a number', () => {
    expect(readLabel('## 2024-03-05')).toEqual({ kind: 'day', numbers: [], dates: [date(2024, 3, 5)], slashDates: [] })
  })

  it('## 3월 13일 월요일 has a month and day but no year', () => {
    expect(readLabel('## 3월 13일 월요일')).toEqual({ kind: 'day', numbers: [], dates: [date(null, 3, 13)], slashDates: [] })
  })

  it('## 37일차 (11월 1일) is day 37 on 1 November', () => {
    expect(readLabel('## 37일차 (11월 1일)')).toEqual({ kind: 'day', numbers: [37], dates: [date(null, 11, 1)], slashDates: [] })
  })

  it('`42 - 44일차 (11월 8~10일)` gives three days and three dates', () => {
    expect(readLabel('## 42 - 44일차 (11월 8~10일)')).toEqual({
      kind: 'day',
      numbers: [42, 43, 44],
      dates: [date(null, 11, 8), date(null, 11, 9), date(null, 11, 10)],
      slashDates: []
    })
  })

  it('`R1D1 - 2018-09-15` keeps its date after the day number', () => {
    expect(readLabel('### R1D1 - 2018-09-15')).toEqual({ kind: 'day', numbers: [1], dates: [date(2018, 9, 15)], slashDates: [] })
  })

  it('`R1D27-29 - 2018-10-11-13` gives days 27–29 on 11–13 October', () => {
    expect(readLabel('### R1D27-29 - 2018-10-11-13')).toEqual({
      kind: 'day',
      numbers: [27, 28, 29],
      dates: [date(2018, 10, 11), date(2018, 10, 12), date(2018, 10, 13)],
      slashDates: []
    })
  })

  it('`R1D23/24/25 - 2018-10-07/08/09` lists three days and three dates', () => {
    expect(readLabel('R1D23/24/25 - 2018-10-07/08/09')).toMatchObject({
      numbers: [23, 24, 25],
      dates: [date(2018, 10, 7), date(2018, 10, 8), date(2018, 10, 9)]
    })
  })

  it('`R1D30-33 2018-10-14 -> 17` is a range of four', () => {
    expect(readLabel('R1D30-33 2018-10-14 -> 17')).toMatchObject({
      numbers: [30, 31, 32, 33],
      dates: [date(2018, 10, 14), date(2018, 10, 15), date(2018, 10, 16), date(2018, 10, 17)]
    })
  })

  it('English dates: with a weekday, without a comma, and a range across weekdays', () => {
    expect(readLabel('### Day 29: Monday March 1, 2021')).toMatchObject({ numbers: [29], dates: [date(2021, 3, 1)] })
    expect(readLabel('### Day 1: Thursday, January 7, 2021')).toMatchObject({ numbers: [1], dates: [date(2021, 1, 7)] })
    expect(readLabel('### Day 76 Thursday May 20, 2021')).toMatchObject({ numbers: [76], dates: [date(2021, 5, 20)] })
    expect(readLabel('### Days 67, 68, 69: Tuesday May 11 - Thursday May 13, 2021')).toMatchObject({
      numbers: [67, 68, 69],
      dates: [date(2021, 5, 11), date(2021, 5, 12), date(2021, 5, 13)]
    })
  })

  it('`MM.DD(요일)` needs its weekday: `03.09(목)` is a date', () => {
    expect(readLabel('03.09(목)')).toEqual({ kind: 'day', numbers: [], dates: [date(null, 3, 9)], slashDates: [] })
  })

  it('slash dates wait for the whole log to say which number is the month', () => {
    expect(readLabel('### 12/18 Day 1:')).toEqual({
      kind: 'day',
      numbers: [1],
      dates: [],
      slashDates: [{ first: 12, second: 18, year: null }]
    })
    expect(readLabel('Day 1 - 03/12/25')).toEqual({
      kind: 'day',
      numbers: [1],
      dates: [],
      slashDates: [{ first: 3, second: 12, year: 2025 }]
    })
  })

  it('an impossible month or day is not a date', () => {
    expect(readLabel('## 13월 40일')).toBeNull()
  })
})

describe('readLabel: weeks and month wrappers', () => {
  it.each([
    ['WEEK1 Review', [1]],
    ['<b>WEEK1</b>', [1]],
    ['Week 4, 5', [4, 5]],
    ['1주차', [1]],
    ['3주차 회고', [3]],
    ['## Week 2 - Review', [2]]
  ])('%j is week %j', (label, numbers) => {
    expect(readLabel(label)).toEqual({ kind: 'week', numbers, dates: [], slashDates: [] })
  })

  it('`2023.03` is a month wrapper that gives its year to the days inside', () => {
    expect(readLabel('2023.03')).toEqual({ kind: 'month', numbers: [], dates: [], slashDates: [], month: { year: 2023, month: 3 } })
    expect(readLabel('2023년 4월')).toMatchObject({ kind: 'month', month: { year: 2023, month: 4 } })
  })
})

describe('readLabel: text that is not a label', () => {
  it.each([
    '1.1 대체 텍스트',
    'split & join',
    '2. Call by object reference',
    // A week number followed by a topic names the topic, not a week: no review is expected of it.
    '4주차 질문',
    '## Week 3 - Pytorch',
    'Level1 Project Review',
    '주말',
    '완료한 사항',
    "Today's Progress",
    'Hackbright',
    'view vs reshape',
    '',
    '###',
    '   '
  ])('%j is not a label', (label) => {
    expect(readLabel(label)).toBeNull()
  })

  it('a day mentioned after other words is text', () => {
    expect(readLabel('복습: Day 3 내용')).toBeNull()
    expect(readLabel('Review of Day 3')).toBeNull()
  })
})

describe('plainLabel', () => {
  it('strips tags, emphasis, emoji, &nbsp; and leading punctuation', () => {
    expect(plainLabel('<span style="font-size:150%">🚩**DAY 1 소감**</span>')).toBe('DAY 1 소감')
    expect(plainLabel('### - Day&nbsp;5 ~~x~~')).toBe('Day 5 x')
    expect(plainLabel('`Day 2`')).toBe('Day 2')
  })
})
