/**
 * readLabel: the grammar of a label — day numbers, dates in every notation, weeks,
 * month wrappers, the decoration around them and the topic after them — and the
 * look-alikes that are text.
 */
import { plainLabel, readLabel, readYearAlone } from '../../src/log/labels.js'

const date = (year: number | null, month: number, day: number) => ({ year, month, day })

describe('readLabel: day numbers', () => {
  it.each([
    ['Day7 Review', [7], 'Day N', 'review'],
    ['## Day 12', [12], 'Day N', ''],
    ['Day 05', [5], 'Day N', ''],
    ['DAY-05', [5], 'Day N', ''],
    ['Day #5', [5], 'Day N', ''],
    ['### R1D7', [7], 'RnDN', ''],
    ['<summary>Day11 Review</summary>  ', [11], 'Day N', 'review'],
    ['**Day 3**', [3], 'Day N', ''],
    ['🚩 Day 4', [4], 'Day N', ''],
    ['day 9', [9], 'Day N', ''],
    ['DAY 10 review', [10], 'Day N', 'review'],
    ['Day 0:', [0], 'Day N', ''],
    ['D+5', [5], 'D+N', ''],
    ['D + 12 회고', [12], 'D+N', '회고'],
    ['16일차 학습', [16], 'N일차', '학습'],
    ['5일째', [5], 'N일째', ''],
    ['5日目', [5], 'N日目', ''],
    ['第5天', [5], '第N天', ''],
    ['第 12 日', [12], '第N天', ''],
    // Han numerals count days too, and full-width digits (a Japanese or Chinese input method) are digits.
    ['第一天', [1], '第N天', ''],
    ['第十一天', [11], '第N天', ''],
    ['第二十三天', [23], '第N天', ''],
    ['第一百零五天', [105], '第N天', ''],
    ['第一〇五天', [105], '第N天', ''],
    ['５日目', [5], 'N日目', ''],
    ['Day １２', [12], 'Day N', ''],
    ['#5', [5], '#N', ''],
    // Numbers in English words, one to ninety-nine.
    ['Day One', [1], 'Day N', ''],
    ['Day Two: CSS grid', [2], 'Day N', 'css grid'],
    ['DAY TWENTY-THREE', [23], 'Day N', ''],
    ['Day Forty Two', [42], 'Day N', ''],
    ['Day Nineteen', [19], 'Day N', ''],
    ['Day Ninety', [90], 'Day N', '']
  ])('%j is day %j (%s)', (label, numbers, form, topic) => {
    expect(readLabel(label)).toEqual({ kind: 'day', numbers, dates: [], slashDates: [], form, topic })
  })

  it.each([
    ['Days 67, 68, 69', [67, 68, 69]],
    ['Days 4 and 5', [4, 5]],
    ['R1D27-29', [27, 28, 29]],
    ['R5D1-D3', [1, 2, 3]],
    ['R1D21/22', [21, 22]],
    ['R1D23/24/25', [23, 24, 25]],
    ['42 - 44일차', [42, 43, 44]],
    ['50 ~ 53일차', [50, 51, 52, 53]],
    ['3〜5日目', [3, 4, 5]],
    ['第3-5天', [3, 4, 5]],
    ['1、2日目', [1, 2]],
    ['0・1日目', [0, 1]],
    ['第1、2天', [1, 2]],
    ['第三、四天', [3, 4]],
    ['3, 4일차', [3, 4]],
    ['171/172日目', [171, 172]],
    // Written high to low, still every day between.
    ['Days 38 - 31', [31, 32, 33, 34, 35, 36, 37, 38]],
    // As many days as dates before them, the range spaced or tight.
    ['5 月 1 日 ～ 5 日（Day 10 - 14）', [10, 11, 12, 13, 14]],
    ['03/03-03/07 Day10-14', [10, 11, 12, 13, 14]]
  ])('the range or list %j covers %j', (label, numbers) => {
    expect(readLabel(label)).toMatchObject({ kind: 'day', numbers })
  })

  it('a word that only starts like a number, or a hundred, is no day number', () => {
    expect(readLabel('Day Oneness')).toBeNull()
    expect(readLabel('Day One Hundred')).toBeNull()
    expect(readLabel('Days Off')).toBeNull()
    expect(readLabel('Day Ten - Day Twelve')).toMatchObject({ numbers: [10, 11, 12] })
  })

  it('`Day1-2` is part 2 of day 1, not days 1 and 2 (a range needs the plural)', () => {
    expect(readLabel('Day1-2')).toMatchObject({ kind: 'day', numbers: [1] })
    expect(readLabel('Day 2-3')).toMatchObject({ kind: 'day', numbers: [2] })
  })

  it('a number after `Day 12,` is a list only where it is the next day and no word or date follows it', () => {
    expect(readLabel('Day 12, 13 March 2024')).toMatchObject({ numbers: [12], dates: [date(2024, 3, 13)] })
    expect(readLabel('Day 1, 2 hours')).toMatchObject({ numbers: [1], topic: '2 hours' })
    expect(readLabel('Day 9, 10/3')).toMatchObject({ numbers: [9], slashDates: [{ parts: [10, 3] }] })
    expect(readLabel('Day 4, 9: review')).toMatchObject({ numbers: [4] })
  })

  it('`January, 01, 2020` and `Thu Jul 26 21:36:50 EDT 2018` (as `date` prints it) are dates with their year', () => {
    expect(readLabel('Day 1: January, 01, 2020')).toMatchObject({ numbers: [1], dates: [date(2020, 1, 1)], topic: '' })
    expect(readLabel('R1D29 - Thu Jul 26 21:36:50 EDT 2018')).toMatchObject({ numbers: [29], dates: [date(2018, 7, 26)], topic: '' })
    // A time of day after the date says when the day was written: no topic, a session of the day.
    expect(readLabel('Mar 5 10:30 standup')).toMatchObject({ dates: [date(null, 3, 5)], topic: 'standup', timed: true })
    expect(readLabel('2016-09-02 09:34:22 星期五')).toMatchObject({ dates: [date(2016, 9, 2)], topic: '', weekday: 5, timed: true })
    expect(readLabel('2024-01-02 10:00-12:00 study')).toMatchObject({ dates: [date(2024, 1, 2)], topic: 'study', timed: true })
    expect(readLabel('Day 3 - 2024-01-02 10:30 am')).toMatchObject({ numbers: [3], dates: [date(2024, 1, 2)], topic: '' })
    // Not a time: a ratio, a score.
    expect(readLabel('2024.03.05 3:1 meeting')).toMatchObject({ topic: '3:1 meeting' })
    expect(readLabel('2024.03.05 3:1 meeting')?.timed).toBeUndefined()
  })

  it('the day’s number before the word, as Portuguese, Spanish, French and German count: `11º Dia`, `1er jour`, `3. Tag`', () => {
    expect(readLabel('11º Dia: Faça um programa')).toMatchObject({ numbers: [11], form: 'Nº Dia', topic: 'faça um programa' })
    expect(readLabel('1 dia de código - Consultas')).toMatchObject({ numbers: [1], form: 'Nº Dia' })
    expect(readLabel('1er jour')).toMatchObject({ numbers: [1], topic: '' })
    expect(readLabel('3. Tag')).toMatchObject({ numbers: [3] })
    // A count of days is no label.
    expect(readLabel('3 dias depois')).toBeNull()
  })

  it('`3/19日`: 日 right after the digits says "day", not Sunday; `3/19(日)` is a Sunday', () => {
    expect(readLabel('3/19日')?.weekday).toBeUndefined()
    expect(readLabel('3/19(日)')).toMatchObject({ weekday: 0 })
    expect(readLabel('3/19（月）')).toMatchObject({ weekday: 1 })
  })

  it('an ordinal day of the month (`1º de Setembro`, `1er janvier`) and Turkish months cut short (`02 Haz`)', () => {
    expect(readLabel('Dia 14: 1º de Setembro, 2018')).toMatchObject({ numbers: [14], dates: [date(2018, 9, 1)], topic: '' })
    expect(readLabel('1er janvier 2024')).toMatchObject({ dates: [date(2024, 1, 1)] })
    expect(readLabel('02 Haz')).toMatchObject({ dates: [date(null, 6, 2)] })
    expect(readLabel('21 Ara 2025')).toMatchObject({ dates: [date(2025, 12, 21)] })
  })

  it('a range after a full date runs forward, a few weeks at most: `2026-08-15 — 8-1 엔딩` is one day and a part’s number', () => {
    expect(readLabel('2024-03-04 ~ 03-08')?.dates).toHaveLength(5)
    expect(readLabel('2023.12.30 ~ 01.02')?.dates).toEqual([date(2023, 12, 30), date(2023, 12, 31), date(2024, 1, 1), date(2024, 1, 2)])
    expect(readLabel('2026-08-15 — 8-1 엔딩')).toMatchObject({ dates: [date(2026, 8, 15)], topic: '8-1 엔딩' })
    expect(readLabel('2026-08-20 — 1-1 시작')).toMatchObject({ dates: [date(2026, 8, 20)], topic: '1-1 시작' })
  })

  it('`2022 12/1(목)`: the year, then the month and day after a space', () => {
    expect(readLabel('2022 12/1(목)')).toMatchObject({ dates: [date(2022, 12, 1)], form: 'YYYY M/D', topic: '', weekday: 4 })
    expect(readLabel('2022 12/31 (토) 회고')).toMatchObject({ dates: [date(2022, 12, 31)], topic: '회고' })
    // No month 13; `1/2분기` is a half of the year, not a day.
    expect(readLabel('2022 13/1')).toBeNull()
    expect(readLabel('2024 1/2분기')).toBeNull()
  })

  it('`Day17-18`: a second number no part is numbered so high ends a range', () => {
    expect(readLabel('Day17-18')).toMatchObject({ kind: 'day', numbers: [17, 18], topic: '' })
    expect(readLabel('Day3-4')).toMatchObject({ kind: 'day', numbers: [3, 4] })
    // With a date, the dates say: one date, one day.
    expect(readLabel('Day 17-18 (2024-03-05)')).toMatchObject({ numbers: [17], dates: [date(2024, 3, 5)] })
  })

  it.each([
    ['< Day1 >', [1], ''],
    ['< Day 13 > (수)', [13], ''],
    ['Day 13 (수)', [13], ''],
    ['13일차 (Wed)', [13], ''],
    ['Day 13 (수) 정렬', [13], '정렬'],
    // A word that only starts like a weekday is the topic.
    ['Day 5 Sunset photos', [5], 'sunset photos'],
    ['Day 3 Monday.com clone', [3], 'monday.com clone']
  ])('%j: angle brackets around the label are decoration, a weekday after the day no topic', (label, numbers, topic) => {
    expect(readLabel(label)).toMatchObject({ kind: 'day', numbers, topic })
  })

  it('`a < b > c` stays text: brackets with a space inside are no tag, and no label', () => {
    expect(readLabel('a < b > c')).toBeNull()
  })

  it('a range too long to be days is read as its first number', () => {
    expect(readLabel('Days 1 - 900')).toMatchObject({ numbers: [1] })
  })

  it('a day number above 100,000 is not a label; 100,000 is', () => {
    expect(readLabel('## Day 99999999999999999999')).toBeNull()
    expect(readLabel('Day 100001')).toBeNull()
    expect(readLabel('Day 100000')).toMatchObject({ numbers: [100000] })
  })

  it('a label listing a great many numbers is read in bounded work, and names no entry', () => {
    const many = `Days ${Array.from({ length: 300_000 }, (_, i) => i + 1).join(', ')}`
    expect(readLabel(many)).toBeNull()
  })

  it('more days than a month has head a part of the log (`Days 1-100`), not one entry; a month of days is one entry', () => {
    expect(readLabel('Days 1-100')).toBeNull()
    expect(readLabel('Dias 1 a 100')).toBeNull()
    expect(readLabel('Day 1-40')).toBeNull()
    expect(readLabel('Days 1-31')?.numbers).toHaveLength(31)
    expect(readLabel('Days 1, 2, 3')?.numbers).toEqual([1, 2, 3])
  })
})

describe('readLabel: dates', () => {
  it.each([
    ['## 2024-03-05', date(2024, 3, 5), 'YYYY-MM-DD', undefined],
    ['2024-3-5', date(2024, 3, 5), 'YYYY-MM-DD', undefined],
    ['20240305', date(2024, 3, 5), 'YYYYMMDD', undefined],
    ['## 240305', date(2024, 3, 5), 'YYMMDD', undefined],
    ['230313 월요일', date(2023, 3, 13), 'YYMMDD', 1],
    ['Oct-01,2019', date(2019, 10, 1), 'Month D, YYYY', undefined],
    ['Oct 26,2019', date(2019, 10, 26), 'Month D, YYYY', undefined],
    ['2024/03/05', date(2024, 3, 5), 'YYYY/MM/DD', undefined],
    ['2024.03.05', date(2024, 3, 5), 'YYYY.MM.DD', undefined],
    ['2024. 3. 5.', date(2024, 3, 5), 'YYYY. M. D.', undefined],
    ['2024년 3월 5일', date(2024, 3, 5), 'YYYY년 M월 D일', undefined],
    ['## 3월 13일 월요일', date(null, 3, 13), 'M월 D일', 1],
    ['3월 5일 (금)', date(null, 3, 5), 'M월 D일', 5],
    ['2024年11月26日', date(2024, 11, 26), 'YYYY年M月D日', undefined],
    ['2024年 11月 26日', date(2024, 11, 26), 'YYYY年M月D日', undefined],
    ['11月26日（火）', date(null, 11, 26), 'M月D日', 2],
    ['March 5, 2024', date(2024, 3, 5), 'Month D, YYYY', undefined],
    ['5 March 2024', date(2024, 3, 5), 'D Month YYYY', undefined],
    ['15MAY2020', date(2020, 5, 15), 'D Month YYYY', undefined],
    // A year in two digits after the day, by a slash or a dot.
    ['sept 8/19', date(2019, 9, 8), 'Month D, YYYY', undefined],
    ['Dec 17.19', date(2019, 12, 17), 'Month D, YYYY', undefined],
    // The month's name between slashes or dashes, as a server's log writes it.
    ['Wed 20/Dec/2023', date(2023, 12, 20), 'D Month YYYY', 3],
    ['Dec/20/2023', date(2023, 12, 20), 'Month D, YYYY', undefined],
    ['Mar-5-2024', date(2024, 3, 5), 'Month D, YYYY', undefined],
    ['Mar 5', date(null, 3, 5), 'Month D', undefined],
    ['Tuesday, March 5th', date(null, 3, 5), 'Month D', 2],
    ['September 3, 2020:', date(2020, 9, 3), 'Month D, YYYY', undefined],
    ['2024-03-05 星期五', date(2024, 3, 5), 'YYYY-MM-DD', 5],
    ['2024-03-05 周五', date(2024, 3, 5), 'YYYY-MM-DD', 5],
    ['2024-03-05 (金)', date(2024, 3, 5), 'YYYY-MM-DD', 5],
    ['2024-03-05 (Fri)', date(2024, 3, 5), 'YYYY-MM-DD', 5],
    ['24년 3월 5일 (화)', date(2024, 3, 5), 'YY년 M월 D일', 2],
    // A weekday set off by a dash or bar, ending the label.
    ['November 10, 2019 ~ Saturday', date(2019, 11, 10), 'Month D, YYYY', 6],
    ['2024-03-05 - Tuesday', date(2024, 3, 5), 'YYYY-MM-DD', 2],
    ['2024-03-05 | 화요일', date(2024, 3, 5), 'YYYY-MM-DD', 2]
  ])('%j is %j written %s (weekday written: %j)', (label, expected, form, weekday) => {
    const written = weekday === undefined ? {} : { weekday }
    expect(readLabel(label)).toEqual({ kind: 'day', numbers: [], dates: [expected], slashDates: [], form, topic: '', ...written })
  })

  it('a weekday after a dash with words after it starts a topic: it is not the weekday of the date', () => {
    expect(readLabel('2024-03-04 - Mon review')).toEqual({
      kind: 'day',
      numbers: [],
      dates: [date(2024, 3, 4)],
      slashDates: [],
      form: 'YYYY-MM-DD',
      topic: 'mon review'
    })
  })

  it.each([
    ['Tag 1: 20. Februar 2021', [1], date(2021, 2, 20)],
    ['Tag 10: 01. März 2021', [10], date(2021, 3, 1)],
    ['Día 41: 24 de Mayo, 2020', [41], date(2020, 5, 24)],
    ['Dia 5 - 3 de março de 2021', [5], date(2021, 3, 3)],
    ['Jour 3 : 5 mars 2021', [3], date(2021, 3, 5)],
    ['Giorno 2 - 12 settembre 2022', [2], date(2022, 9, 12)],
    ['Dag 7 (4 juli 2023)', [7], date(2023, 7, 4)],
    ['marzo 5, 2021', [], date(2021, 3, 5)],
    ['1. Dezember', [], date(null, 12, 1)],
    ['3 Мая 2025', [], date(2025, 5, 3)],
    ['20 декабря 2024', [], date(2024, 12, 20)],
    ['День 4: 5 травня 2024', [4], date(2024, 5, 5)],
    ['Dzień 2 - 5 maja 2024', [2], date(2024, 5, 5)],
    ['Dag 3: 4 maart 2024', [3], date(2024, 3, 4)],
    ['Hari 12: 3 Mei 2024', [12], date(2024, 5, 3)],
    ['Gün 5: 3 Mayıs 2024', [5], date(2024, 5, 3)],
    ['17 Ağustos 2024', [], date(2024, 8, 17)]
  ])(
    '%j: day words and month names of German, Spanish, Portuguese, French, Italian, Dutch, Russian, Ukrainian, Polish, Indonesian and Turkish logs',
    (label, numbers, expected) => {
      expect(readLabel(label)).toMatchObject({ kind: 'day', numbers, dates: [expected], topic: '' })
    }
  )

  it.each([
    ['días 8 a 10: 22 a 24 de octubre de 2021', [8, 9, 10], [22, 23, 24]],
    ['Día 36-37: 18 y 19 de Mayo, 2020 - Lunes y Martes', [36, 37], [18, 19]],
    ['Days 8 to 10: Oct 22-24, 2021', [8, 9, 10], [22, 23, 24]],
    ['Tage 4 und 5: 4. und 5. Januar 2021', [4, 5], [4, 5]],
    ['dias 4 e 5', [4, 5], []],
    ['3-5 March 2024', [], [3, 4, 5]]
  ])('%j: several days in one label, in the plural word for days and with words for "to" and "and"', (label, numbers, days) => {
    const info = readLabel(label)
    expect(info).toMatchObject({ kind: 'day', numbers })
    expect(info?.dates.map((d) => d.day)).toEqual(days)
  })

  it.each([
    ['令和6年6月1日', date(2024, 6, 1)],
    ['■ 令和元年5月1日（水）', date(2019, 5, 1)],
    ['平成31年4月30日', date(2019, 4, 30)],
    ['2024 Mar 4', date(2024, 3, 4)],
    ['2024, March 4th', date(2024, 3, 4)]
  ])('%j: a Japanese era year, and an English date with its year first', (label, expected) => {
    expect(readLabel(label)).toMatchObject({ kind: 'day', dates: [expected], topic: '' })
  })

  it.each([
    ['三月五日', { year: null, month: 3, day: 5 }, ''],
    ['十一月二十号 复习', { year: null, month: 11, day: 20 }, '复习'],
    ['二〇二四年十二月三十一日 星期二', date(2024, 12, 31), '']
  ])('%j: a date written in Han numerals', (label, expected, topic) => {
    expect(readLabel(label)).toMatchObject({ kind: 'day', dates: [expected], form: expected.year ? 'YYYY年M月D日' : 'M月D日', topic })
  })

  it.each([
    ['Thur 23th, July 2020 JavaScript', date(2020, 7, 23), 'javascript'],
    ['Thu 22, July 2020 [Rails]', date(2020, 7, 22), 'rails'],
    ['Tues 10th, November 2020', date(2020, 11, 10), '']
  ])('%j: a comma between the day and the month, with the year', (label, expected, topic) => {
    expect(readLabel(label)).toMatchObject({ kind: 'day', dates: [expected], form: 'D Month YYYY', topic })
  })

  it('`July 8 , 2018`: a space before the comma keeps the year', () => {
    expect(readLabel('July 8 , 2018')).toMatchObject({ dates: [date(2018, 7, 8)], form: 'Month D, YYYY', topic: '' })
  })

  it('`Feb 04,05,06 2020`: days listed after the month, each a few days after the last, then the year', () => {
    expect(readLabel('Day 35,36,37:Feb 04,05,06 2020')).toMatchObject({
      numbers: [35, 36, 37],
      dates: [date(2020, 2, 4), date(2020, 2, 5), date(2020, 2, 6)],
      topic: ''
    })
    expect(readLabel('Mar 5, 6')).toMatchObject({ dates: [date(null, 3, 5), date(null, 3, 6)] })
    // Not a list: a count with words, days running back, a day far on.
    expect(readLabel('Mar 5, 10 problems')).toMatchObject({ dates: [date(null, 3, 5)], topic: '10 problems' })
    expect(readLabel('Mar 6, 5')).toMatchObject({ dates: [date(null, 3, 6)], topic: '5' })
    expect(readLabel('March 5, 24')).toMatchObject({ dates: [date(null, 3, 5)], topic: '24' })
  })

  it('`5, March` without a year is no date (a list, a count)', () => {
    expect(readLabel('5, March')).toBeNull()
    expect(readLabel('23rd, July')).toBeNull()
  })

  it('`Day 8 - 9`, spaced, is days 8 and 9 where nothing but a mark follows; `Day 8 - 9 hours` and `Day 1 - 2` (a part) are not', () => {
    expect(readLabel('Day 8 - 9')).toMatchObject({ numbers: [8, 9], topic: '' })
    expect(readLabel('Day 24 - 26: Closures')).toMatchObject({ numbers: [24, 25, 26], topic: 'closures' })
    expect(readLabel('Day 8 - 9: March 5-6')).toMatchObject({ numbers: [8, 9], dates: [date(null, 3, 5), date(null, 3, 6)] })
    expect(readLabel('Day 8 - 9 hours')).toMatchObject({ numbers: [8], topic: '9 hours' })
    expect(readLabel('Day 1 - 2')).toMatchObject({ numbers: [1], topic: '2' })
    expect(readLabel('Day 10 - 10:30 standup')).toMatchObject({ numbers: [10], topic: '10:30 standup' })
    expect(readLabel('Day 5 - 3')).toMatchObject({ numbers: [5], topic: '3' })
  })

  it('`2 dias de código`: the challenge counted in the plural; `3 dias depois` is no day', () => {
    expect(readLabel('2 dias de código - LINQ')).toMatchObject({ numbers: [2], form: 'Nº Dia', topic: 'linq' })
    expect(readLabel('3 dias depois')).toBeNull()
  })

  it('a time of day before the date (`2:30 PM 8/23/2023`, `07:56:10 2023/09/04`) heads a session of that day', () => {
    expect(readLabel('2:30 PM 8/23/2023 =====')).toMatchObject({ slashDates: [{ parts: [8, 23, 2023] }], topic: '', timed: true })
    expect(readLabel('07:56:10 2023/09/04 =====')).toMatchObject({ dates: [date(2023, 9, 4)], timed: true })
    expect(readLabel('10:30 standup')).toBeNull()
    expect(readLabel('10:30 3 problems')).toBeNull()
  })

  it('a bare month and day before a word for the day’s log (`12-14打卡`, `03.05 TIL`); not before other words', () => {
    expect(readLabel('12-14打卡')).toMatchObject({ slashDates: [{ parts: [12, 14] }], topic: '打卡' })
    expect(readLabel('03.05 TIL')).toMatchObject({ slashDates: [{ parts: [3, 5] }], topic: 'til' })
    for (const label of ['03.05 Tiling', '1.1 공부', '3-1 배열']) expect(readLabel(label)).toBeNull()
  })

  it('a hyphen typed as Unicode’s (`2025‑08‑17`, non-breaking) is a hyphen', () => {
    expect(readLabel('2025\u201108\u201117')).toMatchObject({ dates: [date(2025, 8, 17)], form: 'YYYY-MM-DD' })
  })

  it('`2024_9_19`: a date with underscores', () => {
    expect(readLabel('2024_9_19 a01~a22')).toMatchObject({ dates: [date(2024, 9, 19)], form: 'YYYY_MM_DD', topic: 'a01~a22' })
    expect(readLabel('test_2024_01')).toBeNull()
  })

  it('a journal named in German before its day or week: `Lernjournal – Dienstag, 10.06.2025`, `Lernjournal – Woche 20`', () => {
    expect(readLabel('🧠 Lernjournal – Dienstag, 10.06.2025')).toMatchObject({ kind: 'day', weekday: 2, form: '… DD.MM.YYYY' })
    expect(readLabel('🧠 Lernjournal – Woche 20 (13.05.2025)')).toMatchObject({ kind: 'week', numbers: [20], form: '… Week N' })
    expect(readLabel('Dev Log - Week 2 (2024-03-04)')).toMatchObject({ kind: 'week', numbers: [2] })
    // A stretch before a date is still no day, nor a week of the log's own.
    expect(readLabel('1주차 (3/3 ~ 3/7)')).toMatchObject({ kind: 'week' })
  })

  it.each([
    ['2022', 2022],
    ['📅 2022 年', 2022],
    ['2023년', 2023],
    ['Year 2021', 2021]
  ])('%j: a year alone heads the days written without one', (label, year) => {
    expect(readYearAlone(label)).toMatchObject({ kind: 'year', year })
  })

  it('no year alone: a year with words, a number out of range, a month', () => {
    for (const label of ['2022 회고', '1234', '2023.03', '2022년 목표']) expect(readYearAlone(label)).toBeNull()
  })

  it('a Han numeral that is no date: a month alone, an outline number, a thirteenth month, a 32nd day', () => {
    for (const label of ['十二月', '一、概述', '十三月五日', '五月三十二日']) expect(readLabel(label)).toBeNull()
  })

  it('`Day 12 of 100`: the challenge’s days are no topic; `Day 5 of 7` and `Day 3 of learning Rust` keep theirs', () => {
    expect(readLabel('Day 12 of 100: Mar 4, 2024')).toMatchObject({ numbers: [12], dates: [date(2024, 3, 4)], topic: '' })
    expect(readLabel('Day 5 of 7')).toMatchObject({ numbers: [5], topic: 'of 7' })
    expect(readLabel('Day 3 of learning Rust')).toMatchObject({ numbers: [3], topic: 'of learning rust' })
    expect(readLabel('令和6年度 計画')).toBeNull()
  })

  it('`09.01 : 저장소 만들기`: a month and day in two digits each, then a colon, is a date and its topic; `3.1: 배열` is a section', () => {
    expect(readLabel('09.01 : GitHub 저장소 만들기 <br>')).toMatchObject({ slashDates: [{ parts: [9, 1] }], topic: 'github 저장소 만들기' })
    expect(readLabel('12.25: x')).toMatchObject({ slashDates: [{ parts: [12, 25] }], topic: 'x' })
    expect(readLabel('3.1: 배열')).toBeNull()
    expect(readLabel('09.01 공부')).toBeNull()
  })

  it('`R1D14 R1D15`, `Day 5 Day 6`: the next day’s label written on after a space joins it; another day does not', () => {
    expect(readLabel('R1D14 R1D15')).toMatchObject({ numbers: [14, 15], topic: '' })
    expect(readLabel('Day 5 Day 6')).toMatchObject({ numbers: [5, 6], topic: '' })
    expect(readLabel('Day 5 Day 7')).toMatchObject({ numbers: [5], topic: 'day 7' })
  })

  it('a round and its day set apart by a dash or dot: `R5-D100: July 22, 2020 - Wednesday`', () => {
    expect(readLabel('R5-D100: July 22, 2020 - Wednesday')).toMatchObject({ numbers: [100], dates: [date(2020, 7, 22)], weekday: 3 })
    expect(readLabel('r1.d5')).toMatchObject({ numbers: [5], form: 'RnDN' })
    expect(readLabel('R5-Dxx: July 19, 2020')).toBeNull()
  })

  it('a bare count, then only its date in brackets or after a dash: `11 (18.05.2020)`; with words after it, a numbered topic', () => {
    expect(readLabel('## 11 (18.05.2020)')).toMatchObject({ numbers: [11], slashDates: [{ parts: [18, 5, 2020] }], topic: '' })
    expect(readLabel('12 - 2024-05-19')).toMatchObject({ numbers: [12], dates: [date(2024, 5, 19)], form: 'N · YYYY-MM-DD' })
    expect(readLabel('3 (Tue, Mar 5)')).toMatchObject({ numbers: [3], dates: [date(null, 3, 5)], weekday: 2 })
    expect(readLabel('1 (2024-03-05) 알고리즘')).toBeNull()
    expect(readLabel('2024 (03.05)')).toBeNull()
    // `1. ` numbers the heading as an outline does: the date alone, no day 1.
    expect(readLabel('1. 2024-03-05')).toMatchObject({ numbers: [], dates: [date(2024, 3, 5)] })
  })

  it('a range of days over a month end without its first month is not read as one month (`30 ~ 2 May`)', () => {
    expect(readLabel('30 ~ 2 May')).toBeNull()
    // With a dash, a bare count before its date.
    expect(readLabel('30 - 2 May')).toMatchObject({ numbers: [30], dates: [date(null, 5, 2)] })
    expect(readLabel('Day 5, 6 March')).toMatchObject({ numbers: [5], dates: [date(null, 3, 6)] })
  })

  it.each([
    ['Hari ke-1', 'day', [1]],
    ['Dzień 5', 'day', [5]],
    ['Gün 3', 'day', [3]],
    ['Woche 3', 'week', [3]],
    ['Semana 4 - Resumen', 'week', [4]],
    ['Minggu ke-2', 'week', [2]],
    ['Settimana 1: riepilogo', 'week', [1]]
  ])('%j: days and weeks in Indonesian, Polish, Turkish, German, Spanish and Italian', (label, kind, numbers) => {
    expect(readLabel(label)).toMatchObject({ kind, numbers, topic: kind === 'week' ? expect.any(String) : '' })
  })

  it('a second label of the same shape naming the next day, joined on with & or and: one entry of both days', () => {
    expect(readLabel('R2D34 (22/07/2021) & R2D35 (23/07/2021)')).toMatchObject({
      numbers: [34, 35],
      slashDates: [
        { parts: [22, 7, 2021], sep: '/' },
        { parts: [23, 7, 2021], sep: '/' }
      ],
      topic: ''
    })
    expect(readLabel('R2D68 & R2D69 (28/08/2021)')).toMatchObject({ numbers: [68, 69], form: 'RnDN · M/D/Y' })
    expect(readLabel('Day 5 and Day 6: recap')).toMatchObject({ numbers: [5, 6], topic: 'recap' })
    expect(readLabel('Day 5 & Day 6 & Day 7')).toMatchObject({ numbers: [5, 6, 7], topic: '' })
    // Not the next day: the second is what the first is about.
    expect(readLabel('Day 5 & Day 9')).toMatchObject({ numbers: [5], topic: 'day 9' })
  })

  it('a round day range written with a tilde, a list of the next day, and a month range with a tilde', () => {
    expect(readLabel('R1D30~32 - May 1st ~ 3rd, 2018')).toMatchObject({
      numbers: [30, 31, 32],
      dates: [date(2018, 5, 1), date(2018, 5, 2), date(2018, 5, 3)],
      topic: ''
    })
    expect(readLabel('R1D42, 43 - May 19th')).toMatchObject({ numbers: [42, 43], dates: [date(null, 5, 19)] })
  })

  it.each(['Day 5 (YYYY-MM-DD)', 'Day 001 - [日付]', 'Day 3 - YYYY.MM.DD', 'Day 4 - MM/DD', 'Day 6 - [날짜]'])(
    '%j: a template example, its date yet to be written, is no day',
    (label) => {
      expect(readLabel(label)).toBeNull()
    }
  )

  it('a topic that only starts like a date placeholder is a topic', () => {
    expect(readLabel('Day 12 - dates in JS')).toMatchObject({ numbers: [12], topic: 'dates in js' })
    expect(readLabel('Day 12 - Date')).toMatchObject({ numbers: [12], topic: 'date' })
  })

  it('a month name in another language is a whole word: `Mars rover` is no date, `Tag` without its number no day', () => {
    expect(readLabel('Mars rover 2020')).toBeNull()
    expect(readLabel('Tag: javascript')).toBeNull()
    expect(readLabel('Día de muertos')).toBeNull()
  })

  it('`26/9 2022`: a year after a space belongs to the date; a number that is no year does not', () => {
    expect(readLabel('R5D3 (26/9 2022)')).toMatchObject({
      numbers: [3],
      slashDates: [{ parts: [26, 9, 2022], fullYear: 'last', sep: '/' }]
    })
    expect(readLabel('3/5 1000 words')).toMatchObject({ slashDates: [{ parts: [3, 5], fullYear: null }], topic: '1000 words' })
  })

  it.each([
    ['20250303+20250304', [date(2025, 3, 3), date(2025, 3, 4)]],
    ['20250301 && 20250302', [date(2025, 3, 1), date(2025, 3, 2)]],
    ['20250303, 20250310', [date(2025, 3, 3), date(2025, 3, 10)]],
    ['20250303~04', [date(2025, 3, 3), date(2025, 3, 4)]],
    ['20250303~20250305', [date(2025, 3, 3), date(2025, 3, 4), date(2025, 3, 5)]],
    ['230318~230319 토, 일요일', [date(2023, 3, 18), date(2023, 3, 19)]]
  ])('the compact dates %j are %j', (label, dates) => {
    expect(readLabel(label)).toMatchObject({ kind: 'day', dates, topic: '' })
  })

  it.each([
    // Six digits are more often a number: a year before 2015, or a day its month lacks, is no date.
    '120812 풀이',
    '240230',
    '991231'
  ])('%j is no YYMMDD date', (label) => {
    expect(readLabel(label)).toBeNull()
  })

  it('### Day 1: 2017-06-04 (Sunday) is day 1 on that date', () => {
    expect(readLabel('### Day 1: 2017-06-04 (Sunday)')).toEqual({
      kind: 'day',
      numbers: [1],
      dates: [date(2017, 6, 4)],
      slashDates: [],
      form: 'Day N · YYYY-MM-DD',
      topic: '',
      weekday: 0
    })
  })

  it.each([
    ['Day 5 - 2024-03-05', 'Day N · YYYY-MM-DD'],
    ['Day 5 – 2024-03-05', 'Day N · YYYY-MM-DD'],
    ['Day 5 — 2024-03-05', 'Day N · YYYY-MM-DD'],
    ['Day 5 − 2024-03-05', 'Day N · YYYY-MM-DD'],
    ['Day 5: 2024-03-05', 'Day N · YYYY-MM-DD'],
    ['Day 5 | 2024-03-05', 'Day N · YYYY-MM-DD'],
    ['Day 5 / 2024-03-05', 'Day N · YYYY-MM-DD'],
    ['Day 5 · 2024-03-05', 'Day N · YYYY-MM-DD'],
    ['Day 5 • 2024-03-05', 'Day N · YYYY-MM-DD'],
    ['5日目・2024/03/05', 'N日目 · YYYY/MM/DD'],
    ['**Day 5 – Nov 18, 2017**', 'Day N · Month D, YYYY']
  ])('separators between a number and its date: %j', (label, form) => {
    expect(readLabel(label)).toMatchObject({ numbers: [5], form, topic: '' })
    expect(readLabel(label)!.dates).toHaveLength(1)
  })

  it('## 37일차 (11월 1일) is day 37 on 1 November', () => {
    expect(readLabel('## 37일차 (11월 1일)')).toMatchObject({ numbers: [37], dates: [date(null, 11, 1)], form: 'N일차 · M월 D일' })
  })

  it('a date first, then its day number: `2025-10-02 (Day 1)`, `2日目: 2018/11/24 Sat`, `12/18 Day 1:`', () => {
    expect(readLabel('2025-10-02 (Day 1)')).toMatchObject({ numbers: [1], dates: [date(2025, 10, 2)], form: 'YYYY-MM-DD · Day N' })
    expect(readLabel('2日目: 2018/11/24 Sat')).toMatchObject({ numbers: [2], dates: [date(2018, 11, 24)], topic: '' })
    expect(readLabel('### 12/18 Day 1:')).toMatchObject({ numbers: [1], slashDates: [{ parts: [12, 18], fullYear: null, sep: '/' }] })
  })

  it('ranges: `42 - 44일차 (11월 8~10일)`, `2021-4-28~29`, `[2022/07/14~2022/07/15]`, across months', () => {
    expect(readLabel('## 42 - 44일차 (11월 8~10일)')!.dates).toEqual([date(null, 11, 8), date(null, 11, 9), date(null, 11, 10)])
    expect(readLabel('2021-4-28~29')!.dates).toEqual([date(2021, 4, 28), date(2021, 4, 29)])
    expect(readLabel('[2022/07/14~2022/07/15]')!.dates).toEqual([date(2022, 7, 14), date(2022, 7, 15)])
    expect(readLabel('2024年 11月 30日 - 2024年 12月 1日')!.dates).toEqual([date(2024, 11, 30), date(2024, 12, 1)])
  })

  it('`R1D…` lists and ranges with their dates', () => {
    expect(readLabel('### R1D1 - 2018-09-15')).toMatchObject({ numbers: [1], dates: [date(2018, 9, 15)] })
    expect(readLabel('### R1D27-29 - 2018-10-11-13')).toMatchObject({
      numbers: [27, 28, 29],
      dates: [date(2018, 10, 11), date(2018, 10, 12), date(2018, 10, 13)]
    })
    expect(readLabel('R1D23/24/25 - 2018-10-07/08/09')!.dates).toEqual([date(2018, 10, 7), date(2018, 10, 8), date(2018, 10, 9)])
    expect(readLabel('R1D30-33 2018-10-14 -> 17')).toMatchObject({ numbers: [30, 31, 32, 33] })
    expect(readLabel('R1D1 - 15MAY2020')).toMatchObject({ numbers: [1], dates: [date(2020, 5, 15)] })
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

  it('numeric dates whose order the log decides wait as written', () => {
    expect(readLabel('03.09(목)')).toMatchObject({ dates: [], slashDates: [{ parts: [3, 9], fullYear: null, sep: '.' }], form: 'MM.DD' })
    expect(readLabel('Day 1 - 03/12/25')).toMatchObject({ slashDates: [{ parts: [3, 12, 25], fullYear: null, sep: '/' }] })
    expect(readLabel('24.03.05')).toMatchObject({ slashDates: [{ parts: [24, 3, 5], fullYear: null, sep: '.' }], form: 'YY.MM.DD' })
    expect(readLabel('05.03.2024')).toMatchObject({ slashDates: [{ parts: [5, 3, 2024], fullYear: 'last', sep: '.' }] })
  })

  it('`## 0401`: four digits alone are a month and day; with words after them they are a number', () => {
    expect(readLabel('0401')).toEqual({ kind: 'day', numbers: [], dates: [date(null, 4, 1)], slashDates: [], form: 'MMDD', topic: '' })
    expect(readLabel('1231 (火)')).toMatchObject({ dates: [date(null, 12, 31)], form: 'MMDD' })
    for (const text of ['1012 유기농 배추', '1012번', '2023', '1300', '0401 TIL']) expect(readLabel(text)).toBeNull()
    // A month and day no year has is a number (`| 0431 |` counts problems), not a date; February 29 is a date.
    for (const text of ['0431', '0230', '1131 (화)']) expect(readLabel(text)).toBeNull()
    expect(readLabel('0229')).toMatchObject({ dates: [date(null, 2, 29)] })
  })

  it('an outline number before a label (`3. Day 5`, `2　2025年7月`) is no part of it; alone, it names nothing', () => {
    expect(readLabel('3. Day 5')).toMatchObject({ kind: 'day', numbers: [5], form: 'Day N' })
    expect(readLabel('1.1 2024-03-05 회고')).toMatchObject({ dates: [date(2024, 3, 5)], topic: '회고' })
    expect(readLabel('2　2025年7月')).toMatchObject({ kind: 'month', month: { year: 2025, month: 7 } })
    for (const text of ['1. 배운 것', '2.1 Setup', '10 Days of Code']) expect(readLabel(text)).toBeNull()
  })

  it('`D1 (12-09-19)`: a bare D and its number, with the date after it; alone (`D1：`), `D3.js`, `D-30` are no days', () => {
    expect(readLabel('D1 (12-09-19)')).toMatchObject({ numbers: [1], slashDates: [{ parts: [12, 9, 19], fullYear: null, sep: '-' }] })
    expect(readLabel('D60: 2024-03-05 recap')).toMatchObject({
      numbers: [60],
      dates: [date(2024, 3, 5)],
      form: 'DN · YYYY-MM-DD',
      topic: 'recap'
    })
    for (const text of ['D1：', 'D12', 'D3.js 공부', 'D2Coding', 'D-30', 'D2.0', 'D1-3', 'D_1']) expect(readLabel(text)).toBeNull()
  })

  it('a Chinese weekday before the date: `周二 2021.11.16`, `星期二`, `礼拜二`', () => {
    for (const weekday of ['周二', '星期二', '週二', '礼拜二'])
      expect(readLabel(`${weekday} 2021.11.16`)).toMatchObject({ dates: [date(2021, 11, 16)] })
    expect(readLabel('周报 2021.11.16')).toBeNull()
  })

  it('a compact date, then a day number after a dash: the number is the day’s, not the end of a range', () => {
    expect(readLabel('20200102 - 10일째')).toMatchObject({ numbers: [10], dates: [date(2020, 1, 2)], form: 'YYYYMMDD · N일째' })
    expect(readLabel('240305 - 3日目')).toMatchObject({ numbers: [3], dates: [date(2024, 3, 5)] })
    expect(readLabel('20250303~05')).toMatchObject({ numbers: [], dates: [date(2025, 3, 3), date(2025, 3, 4), date(2025, 3, 5)] })
  })

  it.each([
    ["Mar 05 '24", 'Month D, YYYY'],
    ['March 5 ’24', 'Month D, YYYY'],
    ["5 Mar '24", 'D Month YYYY']
  ])('%j: a two-digit year after an apostrophe is the year', (label, form) => {
    expect(readLabel(label)).toMatchObject({ kind: 'day', dates: [date(2024, 3, 5)], form, topic: '' })
  })

  it.each([
    ['3일차_2022.05.23 (월) - 1차 피드백', [3], [date(2022, 5, 23)], '1차 피드백'],
    ['Thurs, Mar 7', [], [date(null, 3, 7)], ''],
    ['Weds 2024-03-06', [], [date(2024, 3, 6)], '']
  ])('%j: an underscore between day and date, and the short weekdays', (label, numbers, dates, topic) => {
    expect(readLabel(label)).toMatchObject({ kind: 'day', numbers, dates, topic })
  })

  it('`07-15` alone (or before a weekday) is a month and day whose order the log decides; with words after it, or a digit alone, it is none', () => {
    expect(readLabel('07-15 (화)')).toMatchObject({ form: 'MM-DD', slashDates: [{ parts: [7, 15], fullYear: null, sep: '-' }] })
    expect(readLabel('10-20 배열')).toBeNull()
    expect(readLabel('3-1')).toBeNull()
    expect(readLabel('13-45')).toBeNull()
  })

  it('`24-03-05`: three two-digit parts with dashes wait for the order the log decides; no order, no date', () => {
    expect(readLabel('24-03-05 (화)')).toMatchObject({ form: 'YY-MM-DD', slashDates: [{ parts: [24, 3, 5], fullYear: null, sep: '-' }] })
    // A one-digit first part before a two-digit month and year (`5-02-25` among `15-02-25`) is a date, not day 5.
    expect(readLabel('5-02-25')).toMatchObject({ numbers: [], slashDates: [{ parts: [5, 2, 25], fullYear: null, sep: '-' }] })
    expect(readLabel('12-34-56')).toBeNull()
    expect(readLabel('24-03-0512')).toBeNull()
  })

  it('with dashes, a numeric date needs its four-digit year last (`3-1 배열` numbers a section)', () => {
    expect(readLabel('03-15-2024')).toMatchObject({
      slashDates: [{ parts: [3, 15, 2024], fullYear: 'last', sep: '-' }],
      form: 'MM-DD-YYYY'
    })
    expect(readLabel('15-3-2024 (Fri)')).toMatchObject({ slashDates: [{ parts: [15, 3, 2024], fullYear: 'last', sep: '-' }] })
    expect(readLabel('3-1 배열')).toBeNull()
    expect(readLabel('03-15-1850')).toBeNull()
  })

  it('an impossible month or day, or a year outside 1970–2100, is not a date', () => {
    expect(readLabel('## 13월 40일')).toBeNull()
    expect(readLabel('## 0000-01-01')).toBeNull()
    expect(readLabel('## 1900-01-01')).toBeNull()
    expect(readLabel('2101-01-01')).toBeNull()
    expect(readLabel('1970-01-01')).toMatchObject({ dates: [date(1970, 1, 1)] })
  })
})

describe('readLabel: decoration and topics', () => {
  it.each([
    '■ 2024-03-05',
    '● 2024-03-05',
    '▶ 2024-03-05',
    '★ 2024-03-05',
    '✅ 2024-03-05',
    '📅 2024-03-05',
    '🔥🔥 2024-03-05',
    // With a variation selector (U+FE0F for emoji style, U+FE0E for text style), a joiner or a keycap mark: none is a symbol.
    '✏\ufe0f 2024-03-05',
    '🗓\ufe0f 2024-03-05',
    '☀\ufe0e 2024-03-05',
    '👩\u200d💻 2024-03-05',
    '#\ufe0f\u20e3 2024-03-05',
    '[2024-03-05]',
    '`2024-03-05`',
    '**2024-03-05**',
    '*2024-03-05*',
    '__2024-03-05__',
    '\u30002024-03-05\u3000',
    '<b>2024-03-05</b>',
    '&nbsp;2024-03-05'
  ])('%j is the date alone', (label) => {
    expect(readLabel(label)).toMatchObject({ kind: 'day', dates: [date(2024, 3, 5)], topic: '' })
  })

  it('words after the label are its topic; a trailing link is a topic too', () => {
    expect(readLabel('Day 3 – Pytorch 기초')).toMatchObject({ numbers: [3], topic: 'pytorch 기초' })
    expect(readLabel('Day01 - [初识Python](./task/day-01.md)')).toMatchObject({ numbers: [1] })
    expect(readLabel('📅 2025-11-21 (木) 18:53 - 19:51')).toMatchObject({ dates: [date(2025, 11, 21)], topic: '18:53 - 19:51' })
  })
})

describe('readLabel: weeks and month wrappers', () => {
  it.each([
    ['WEEK1 Review', [1], 'Week N'],
    ['<b>WEEK1</b>', [1], 'Week N'],
    ['Week 4, 5', [4, 5], 'Week N'],
    ['Week 3 retro', [3], 'Week N'],
    ['1주차', [1], 'N주차'],
    ['3주차 회고', [3], 'N주차'],
    ['## 📆 1주차 : 2021.12.08', [1], 'N주차'],
    ['第3周', [3], '第N周'],
    ['第3周 总结', [3], '第N周'],
    ['第三周', [3], '第N周'],
    ['3週目 振り返り', [3], 'N週目'],
    ['## Week 2 - Review', [2], 'Week N'],
    ['Week 1 (2024-03-04 ~ 03-08)', [1], 'Week N'],
    ['1주차 (3/3 ~ 3/7)', [1], 'N주차'],
    ['Week 1: 3/3 - 3/7', [1], 'Week N'],
    ['1주차 회고 (3/3 ~ 3/7)', [1], 'N주차'],
    // Dotted month and day, which alone must stand last or before a weekday.
    ['WEEK 2 (03.10 ~ 03.14)', [2], 'Week N'],
    ['2주차 (3.10 - 3.14)', [2], 'N주차'],
    ['Week 2: 03.10(월) ~ 03.14(금)', [2], 'Week N']
  ])('%j is week %j', (label, numbers, form) => {
    expect(readLabel(label)).toMatchObject({ kind: 'week', numbers, form })
  })

  it.each([
    ['2023.03', 2023, 3],
    ['2023년 4월', 2023, 4],
    ['2024年11月', 2024, 11],
    ['24年11月 November:', 2024, 11],
    ['March 2024', 2024, 3],
    // Words after it that hold no number: a month's fold (`<summary>📝 2021년 5월) Problem Solving</summary>`).
    ['📝 2021년 5월) Problem Solving', 2021, 5],
    ['2023년 4월 회고', 2023, 4]
  ])('%j is a month wrapper for %i-%i', (label, year, month) => {
    expect(readLabel(label)).toMatchObject({ kind: 'month', month: { year, month } })
  })

  it('emoji written as HTML character references are decoration; a week’s full dates give it the year and month', () => {
    expect(readLabel('<strong> &#127804; 1주차 &#127804; (2021/07/23 ~ 2021/07/30)</strong>')).toMatchObject({
      kind: 'week',
      numbers: [1],
      month: { year: 2021, month: 7 }
    })
    expect(readLabel('&#x1F4C5; 2024-03-05')).toMatchObject({ kind: 'day', dates: [date(2024, 3, 5)] })
    // Without a year the week gives none.
    expect(readLabel('1주차 (3/3 ~ 3/7)')!.month).toBeUndefined()
  })

  it('two weekdays joined by `and` before one date read as the date, held to neither weekday', () => {
    const info = readLabel('Friday and Saturday, May 1, 2021')
    expect(info).toMatchObject({ kind: 'day', dates: [date(2021, 5, 1)], topic: '' })
    expect(info!.weekday).toBeUndefined()
  })

  it('`Oct 11/12` is 11 October, the next day after it no year', () => {
    expect(readLabel('Oct 11/12')).toMatchObject({ dates: [date(null, 10, 11)] })
  })

  it('a number after the month makes it no month: a day, a week or a topic', () => {
    expect(readLabel('2024-03 Day 5')?.kind).not.toBe('month')
    expect(readLabel('2024.03 - 1주차')?.kind).not.toBe('month')
    expect(readLabel('2023-03-05')?.kind).toBe('day')
  })

  it('`5-1일차`, `5-2일차` are day 5 in parts (a range runs up, and a part is numbered low)', () => {
    expect(readLabel('5-1일차 2023-12-31')).toMatchObject({ numbers: [5], dates: [date(2023, 12, 31)] })
    expect(readLabel('5-2일차')).toMatchObject({ numbers: [5] })
    expect(readLabel('12-10일차')).toMatchObject({ numbers: [10, 11, 12] })
  })

  it('a date range across a month’s or a year’s end covers every day of it', () => {
    expect(readLabel('2023.10.30 ~ 11.02')?.dates).toEqual([date(2023, 10, 30), date(2023, 10, 31), date(2023, 11, 1), date(2023, 11, 2)])
    expect(readLabel('2024.12.31 ~ 01.01')?.dates).toEqual([date(2024, 12, 31), date(2025, 1, 1)])
    expect(readLabel('2023-12-31 ~ 2024-01-01')?.dates).toEqual([date(2023, 12, 31), date(2024, 1, 1)])
    // Longer than a month: the two ends, as before (a span of weeks is no day's).
    expect(readLabel('2024-01-01 ~ 2024-03-01')?.dates).toEqual([date(2024, 1, 1), date(2024, 3, 1)])
  })
})

describe('readLabel: text that is not a label', () => {
  it.each([
    '1.1 대체 텍스트',
    '1.4.10 리플로우 (AA)',
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
    // `#1 Two Sum` numbers a problem; `D-30` counts down to a deadline.
    '#1 Two Sum',
    'D-30',
    // `第一次` is "the first time", not a day.
    '第一次 面试',
    'Monday',
    '',
    '###',
    '   '
  ])('%j is not a label', (label) => {
    expect(readLabel(label)).toBeNull()
  })

  it('a day after the last | is the label, the words before it its topic (a copied #100DaysOfCode template)', () => {
    expect(readLabel('## Logistic Regression | Day 4')).toEqual({
      kind: 'day',
      numbers: [4],
      dates: [],
      slashDates: [],
      form: '… | Day N',
      topic: 'logistic regression'
    })
    expect(readLabel('Topic | Day 1 : June 07, 2022')).toMatchObject({ numbers: [1], dates: [date(2022, 6, 7)], topic: 'topic' })
    // Words after the day, or a bare number sign, make it text again.
    expect(readLabel('Review | Day 3 notes')).toBeNull()
    expect(readLabel('Data | #5')).toBeNull()
  })

  it('a day mentioned after other words is text', () => {
    expect(readLabel('복습: Day 3 내용')).toBeNull()
    expect(readLabel('Review of Day 3')).toBeNull()
    expect(readLabel('Started on 2024-03-05')).toBeNull()
  })
})

describe('readLabel: full-width digits in dates', () => {
  it('a date typed with full-width digits is the date', () => {
    expect(readLabel('### ５日目: 2021年8月2９日（日）')).toMatchObject({ numbers: [5], dates: [date(2021, 8, 29)] })
    expect(readLabel('２０２４-０３-０５')).toMatchObject({ dates: [date(2024, 3, 5)] })
  })
})

describe('plainLabel', () => {
  it('strips tags, emphasis, emoji, &nbsp; and leading punctuation', () => {
    expect(plainLabel('<span style="font-size:150%">🚩**DAY 1 소감**</span>')).toBe('DAY 1 소감')
    expect(plainLabel('### - Day&nbsp;5 ~~x~~')).toBe('Day 5 x')
    expect(plainLabel('`Day 2`')).toBe('Day 2')
    expect(plainLabel('■ #5')).toBe('#5')
    // A day's page linked as Obsidian and Logseq write it.
    expect(plainLabel('[[2025-01-06]]')).toBe('2025-01-06')
    expect(plainLabel('### [[2025-05-23 Fri]]')).toBe('2025-05-23 Fri')
    // A link to the day's page in a folder shows its alias (`[[Journal/2022-09-19|2022-09-19]]`).
    expect(plainLabel('**Monday** *[[Journal/2022-09-19|2022-09-19]]* (6)')).toBe('Monday 2022-09-19 (6)')
    expect(readLabel('## **Monday** *[[Journal/2022-09-19|2022-09-19]]* (6)')).toMatchObject({ dates: [date(2022, 9, 19)], weekday: 1 })
    // The label as written: digits are read as ASCII by the grammar, not rewritten for display.
    expect(plainLabel('### 第一天：５日')).toBe('第一天：５日')
  })
})

// Each asserts the result on a 100k-character run of the character that makes a careless
// regex backtrack; the generous timeout is for the machine, the assertion is on the answer.
describe('the grammar is linear on long runs', () => {
  const run = (c: string) => c.repeat(100_000)
  it.each([
    ['spaces', `Day 1${run(' ')}x`, { numbers: [1] }],
    ['spaces before a date', `${run(' ')}2024-03-05`, { dates: [date(2024, 3, 5)] }],
    // An unclosed `<` is decoration like any other symbol.
    ['`<` without `>`', `${run('<')}Day 2`, { numbers: [2] }],
    ['tags', `${run('<b>')}Day 3`, { numbers: [3] }],
    ['punctuation', `${run('!')}Day 4${run('.')}`, { numbers: [4] }],
    ['dashes after a date', `2024-03-05${run('-')}x`, { dates: [date(2024, 3, 5)] }],
    ['digits', run('1'), null],
    ['digits after a day', `Day 5 ${run('9')}`, { numbers: [5] }],
    ['commas in a list', `Days 1${run(',')}`, { numbers: [1] }],
    ['slashes after a round', `R1D1${run('/')}`, { numbers: [1] }],
    ['spaces in a week label', `Week 1${run(' ')}review`, { kind: 'week' }],
    ['colons after a month', `2023.03${run(':')}`, { kind: 'month' }],
    ['full-width spaces', `\u3000${run('\u3000')}第5天`, { numbers: [5] }],
    ['Han numerals', `第${run('一')}天`, null],
    ['Han numerals in a list', `第一${run('、一')}天`, null],
    ['full-width digits', `${run('５')}日目`, null],
    ['compact dates joined', `20250303${run('+20250304')}`, { dates: expect.arrayContaining([date(2025, 3, 4)]) }],
    ['emoji', `${run('🔥')}D+5`, { numbers: [5] }]
  ])(
    '%s',
    (_, label, expected) => {
      const info = readLabel(label)
      if (expected === null) expect(info).toBeNull()
      else expect(info).toMatchObject(expected)
    },
    20_000
  )

  it('plainLabel on 100k `<` and spaces', () => {
    expect(plainLabel(`${run('<')} ${run(' ')}x`)).toBe('x')
  }, 20_000)
})

describe('readLabel: a date after the topic', () => {
  it.each([
    ['Day 3: Todo board (2025-09-15)', [3], date(2025, 9, 15), 'todo board', 'Day N … YYYY-MM-DD'],
    ['Day 6 - Access keys & policies (2025/09/20)', [6], date(2025, 9, 20), 'access keys & policies', 'Day N … YYYY/MM/DD'],
    ['Day 22: 配列の基礎（2025年11月15日）', [22], date(2025, 11, 15), '配列の基礎', 'Day N … YYYY年M月D日'],
    ['60일차 / 팀 과제 1일차 (12월 9일)', [60], { year: null, month: 12, day: 9 }, '팀 과제 1일차', 'N일차 … M월 D일'],
    ['Day 1: Setup – 2025-08-05', [1], date(2025, 8, 5), 'setup', 'Day N … YYYY-MM-DD'],
    ['Day 1 – Setup (August 5, 2025)', [1], date(2025, 8, 5), 'setup', 'Day N … Month D, YYYY'],
    ['Day 2 – Notes app (05-Aug-2025)', [2], date(2025, 8, 5), 'notes app', 'Day N … D Month YYYY'],
    // A weekday after the date, in brackets, is no words after it.
    ['Day 0 (Prerequisites): May 26, 2024 (Sunday)', [0], date(2024, 5, 26), 'prerequisites', 'Day N … Month D, YYYY']
  ])('%j', (label, numbers, day, topic, form) => {
    expect(readLabel(label)).toEqual({ kind: 'day', numbers, dates: [day], slashDates: [], form, topic })
  })

  it.each([
    // A slash pair without its year is a part or a score there.
    'Day 7 - Graphs (2/3)',
    // Words after the date: the date is what the day was about, not when.
    'Day 3 - fixed the bug from the 2024-03-01 release',
    'Day 9: read chapter 5, 2024'
  ])('%j keeps no date', (label) => {
    expect(readLabel(label)).toMatchObject({ kind: 'day', dates: [], slashDates: [] })
  })

  it('a numbered problem stays no label, dated or not', () => {
    expect(readLabel('#5 Two Sum (2024-03-05)')).toBeNull()
  })
})

describe('readLabel: month names joined by hyphens', () => {
  it.each([
    ['05-August-2025', date(2025, 8, 5)],
    ['5-Mar-2025', date(2025, 3, 5)],
    ['Mar-05-2025', date(2025, 3, 5)]
  ])('%j', (label, day) => {
    expect(readLabel(label)).toMatchObject({ kind: 'day', dates: [day], topic: '' })
  })

  it('a range ends at its day: the year after a hyphen is no day of it', () => {
    expect(readLabel('Mar 5-2024')).toMatchObject({ dates: [date(2024, 3, 5)] })
    expect(readLabel('March 6-8')).toMatchObject({ dates: [6, 7, 8].map((d) => ({ year: null, month: 3, day: d })) })
  })
})

describe('readLabel: ranges written out at both ends', () => {
  const days = (year: number | null, month: number, from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, i) => date(year, month, from + i))

  it.each([
    ['2025-03-03 (Mon) ~ 2025-03-07 (Fri)', 'YYYY-MM-DD'],
    ['2025년 3월 3일(월) ~ 3월 7일(금)', 'YYYY년 M월 D일'],
    ['2025.03.03(월)-2025.03.07(금)', 'YYYY.MM.DD']
  ])('%j: a weekday after the first date does not end the range', (label, form) => {
    expect(readLabel(label)).toEqual({ kind: 'day', numbers: [], dates: days(2025, 3, 3, 7), slashDates: [], form, topic: '' })
  })

  it.each([
    ['23일차 ~ 25일차 (10월 5일 ~ 10월 7일)', [23, 24, 25], days(null, 10, 5, 7)],
    ['Day 5 - Day 7', [5, 6, 7], []],
    ['5日目〜7日目', [5, 6, 7], []],
    // `Day1-2` is part 2 of day 1, unless as many dates follow.
    ['Day 58-60: March 6-8, Monday-Wednesday', [58, 59, 60], days(null, 3, 6, 8)],
    // Past any part's number, a range of dates makes it a range of days, a day off or not.
    ['Day 45-50: February 17-21, 2020', [45, 46, 47, 48, 49, 50], days(2020, 2, 17, 21)],
    // The next day's number after a comma, `&`, `and` or `+`.
    ['Day 56, 57: Mar 28, 2020', [56, 57], [date(2020, 3, 28)]],
    ['Day 5 & 6', [5, 6], []],
    ['[Day 7 and 8]', [7, 8], []],
    ['Day 5-2 (2024-03-05)', [5], [date(2024, 3, 5)]],
    ['Day1-2', [1], []]
  ])('%j', (label, numbers, dates) => {
    expect(readLabel(label)).toMatchObject({ kind: 'day', numbers, dates, topic: '' })
  })

  it.each([
    ['Sunday May 30, 2021 - Monday May 31, 2021', days(2021, 5, 30, 31)],
    ['Saturday October 9, 2021 - Monday, October 11, 2021', days(2021, 10, 9, 11)],
    ['July 20th, 2023 - July 21st, 2023', days(2023, 7, 20, 21)],
    ['Tuesday & Wednesday March 30-31, 2021', days(2021, 3, 30, 31)],
    ['May 30 - June 1, 2021', [date(2021, 5, 30), date(2021, 5, 31), date(2021, 6, 1)]],
    ['Dec 31, 2024 - Jan 2, 2025', [date(2024, 12, 31), date(2025, 1, 1), date(2025, 1, 2)]],
    ['Dec 30 - Jan 1', [date(null, 12, 30), date(null, 12, 31), date(null, 1, 1)]]
  ])('%j covers every day of it', (label, dates) => {
    expect(readLabel(label)).toMatchObject({ kind: 'day', dates, topic: '' })
  })

  it.each([
    ['3/3 ~ 3/7', 'M/D', [3, 7], ''],
    ['03.10 (월) ~ 03.14 (금)', 'MM.DD', [3, 14], ''],
    ['3/10(Mon)-3/11(Tue): 정렬', 'M/D', [3, 11], '정렬'],
    ['24.03.10 ~ 24.03.14', 'YY.MM.DD', [24, 3, 14], '']
  ])('a numeric range %j waits, with its last day, for the order the log decides', (label, form, through, topic) => {
    const info = readLabel(label)!
    expect(info).toMatchObject({ kind: 'day', form, topic })
    expect(info.slashDates).toHaveLength(1)
    expect(info.slashDates[0]!.through).toEqual(through)
  })

  it('a numeric date before a dash and a plain number is one day (`3/3 - 2024`, `1.1 대체`)', () => {
    expect(readLabel('3/3 - 2024')!.slashDates[0]!.through).toBeUndefined()
    expect(readLabel('1.1 대체 텍스트')).toBeNull()
  })

  it('a month apart at most: further, the second date is the topic', () => {
    expect(readLabel('March 1, 2024 - May 1, 2024')).toMatchObject({ dates: [date(2024, 3, 1)], topic: 'may 1, 2024' })
  })
})

describe('readLabel: a word that says a date follows', () => {
  it.each([
    ['Date: 2024-03-05', date(2024, 3, 5), 'Date: YYYY-MM-DD'],
    ['**Date:** March 5, 2024', date(2024, 3, 5), 'Date: Month D, YYYY'],
    ['今日の日付: 2026-03-08', date(2026, 3, 8), 'Date: YYYY-MM-DD'],
    ['日期：2024年3月5日', date(2024, 3, 5), 'Date: YYYY年M月D日'],
    ['날짜: 3월 5일', date(null, 3, 5), 'Date: M월 D일']
  ])('%j', (label, day, form) => {
    expect(readLabel(label)).toEqual({ kind: 'day', numbers: [], dates: [day], slashDates: [], form, topic: '' })
  })

  it.each(['Date: TBD', 'Date: Day 5', 'Dates: 2024'])('%j is no label', (label) => {
    expect(readLabel(label)).toBeNull()
  })
})

describe('readLabel: a word naming the log before the day', () => {
  it.each([
    ['TIL 2025-03-03', [], [date(2025, 3, 3)], '… YYYY-MM-DD'],
    ['[TIL] 2025.03.03', [], [date(2025, 3, 3)], '… YYYY.MM.DD'],
    ['📚 Today I Learned - Day 3', [3], [], '… Day N'],
    ['Dev Log #12 (2025-03-03)', [12], [date(2025, 3, 3)], '… #N · YYYY-MM-DD'],
    ['오늘의 TIL 2025년 3월 3일', [], [date(2025, 3, 3)], '… YYYY년 M월 D일'],
    ['학습 일지 3월 3일', [], [date(null, 3, 3)], '… M월 D일'],
    ['日報 2025/3/3', [], [date(2025, 3, 3)], '… YYYY/MM/DD'],
    ['学习笔记 第3天', [3], [], '… 第N天'],
    ['오늘의 공부 - 3월 3일', [], [date(null, 3, 3)], '… M월 D일'],
    ['코딩 일기 3일차', [3], [], '… N일차'],
    ['Notes 2025-03-03', [], [date(2025, 3, 3)], '… YYYY-MM-DD'],
    ['今日の学習 2025/03/03', [], [date(2025, 3, 3)], '… YYYY/MM/DD'],
    ['作業ログ 2025-03-03', [], [date(2025, 3, 3)], '… YYYY-MM-DD'],
    ['每日总结 2025年3月3日', [], [date(2025, 3, 3)], '… YYYY年M月D日'],
    ['学习打卡 第3天', [3], [], '… 第N天']
  ])('%j', (label, numbers, dates, form) => {
    expect(readLabel(label)).toEqual({ kind: 'day', numbers, dates, slashDates: [], form, topic: '' })
  })

  it.each([
    ['Sprint 1 - Day 2 (2025-03-04)', date(2025, 3, 4), '… Day N · YYYY-MM-DD'],
    ['第2週 3日目 2025/3/4', date(2025, 3, 4), '… N日目 · YYYY/MM/DD']
  ])('%j: within a stretch, the date alone says the day (its number counts from the stretch)', (label, day, form) => {
    expect(readLabel(label)).toEqual({ kind: 'day', numbers: [], dates: [day], slashDates: [], form, topic: '' })
  })

  it.each([
    ['100 Days of Code - Day 3', [3], '… Day N'],
    ['#100DaysOfCode Day 12', [12], '… Day N'],
    ['100DaysOfCSS: Day 7', [7], '… Day N'],
    ['100일 코딩 챌린지 - 3일차', [3], '… N일차'],
    ['30일 챌린지 5일째', [5], '… N일째']
  ])('%j: the challenge the days count in comes first, and the day keeps its number', (label, numbers, form) => {
    expect(readLabel(label)).toEqual({ kind: 'day', numbers, dates: [], slashDates: [], form, topic: '' })
  })

  it.each(['100 Days of Code', '#100DaysOfCode Week 2', '100일 챌린지 후기', 'Notes', 'Notes on closures'])('%j is no day', (label) => {
    expect(readLabel(label)).toBeNull()
  })

  it.each([
    ['Week 2 Day 1', [1], 'Week N Day N', { number: 2, form: 'Week N' }],
    ['WEEK3, DAY 4', [4], 'Week N Day N', { number: 3, form: 'Week N' }],
    ['3주차 2일차', [2], 'N주차 N일차', { number: 3, form: 'N주차' }],
    ['Sprint 2 - Day 3', [3], 'Sprint N Day N', { number: 2, form: 'Sprint N' }],
    ['第2週 3日目', [3], '第N週 N日目', { number: 2, form: '第N週' }]
  ])('%j, with no date, is a day placed in its stretch: the whole log says how it counts', (label, numbers, form, stretch) => {
    expect(readLabel(label)).toEqual({ kind: 'day', numbers, dates: [], slashDates: [], form, topic: '', stretch })
  })

  it.each(['TIL', 'TIL about closures', 'Tiling 2025-03-03', 'Logistics 2025-03-03', 'Log 3', 'Journal: Week 2'])(
    '%j is no day',
    (label) => {
      expect(readLabel(label)).toBeNull()
    }
  )
})

describe('readLabel: a day counted out of a challenge', () => {
  it('`Day 017/100 [June 28, 2020]`: the total after the day is no topic, and the date after it is the day’s', () => {
    expect(readLabel('Day 017/100 [June 28, 2020]: Codechef')).toEqual({
      kind: 'day',
      numbers: [17],
      dates: [date(2020, 6, 28)],
      slashDates: [],
      form: 'Day N · Month D, YYYY',
      topic: 'codechef'
    })
    expect(readLabel('Day 3/100')).toMatchObject({ numbers: [3], topic: '' })
    // Fewer than 30, or fewer than the day's number: no challenge's total, and left to the topic.
    expect(readLabel('Day 3/7')).toMatchObject({ numbers: [3], topic: '7' })
    expect(readLabel('Day 45/30')).toMatchObject({ numbers: [45], topic: '30' })
    // With spaces around the slash, a date follows: `Day 1 / 30 October 2027`.
    expect(readLabel('Day 1 / 30 October 2027')).toMatchObject({ numbers: [1], dates: [date(2027, 10, 30)] })
  })

  it.each([
    ['🗓️010/366 📚2.5h/32.5h', [10], '2.5h/32.5h'],
    ['003/100', [3], ''],
    ['100/100', [100], '']
  ])('%j', (label, numbers, topic) => {
    expect(readLabel(label)).toMatchObject({ kind: 'day', numbers, dates: [], form: 'N/M', topic })
  })

  it('out of 31 or fewer it is a date; a third number makes it one too', () => {
    expect(readLabel('12/31')).toMatchObject({ numbers: [], slashDates: [{ parts: [12, 31] }] })
    expect(readLabel('12/31/2024')).toMatchObject({ numbers: [], slashDates: [{ parts: [12, 31, 2024] }] })
  })

  it('hours after it are no version number (a changelog)', () => {
    expect(readLabel('003/100 1.5h/4h')).toMatchObject({ numbers: [3], topic: '1.5h/4h' })
  })
})

describe('readLabel: weekdays in other languages', () => {
  it.each([
    ['Thứ Hai (04/03/2024) — Ngày 1', 1],
    ['Thứ 7, 09/03/2024', 6],
    ['Chủ Nhật (10/03/2024)', 0],
    ['Sábado, 9 de marzo de 2024', 6],
    ['Montag, 4. März 2024', 1],
    ['mercredi 6 mars 2024', 3],
    ['Cuma 08.03.2024', 5],
    ['Cumartesi 09.03.2024', 6],
    ['04.03.2024 (понедельник)', 1],
    ['Kamis, 07.03.2024', 4]
  ])('%j: the weekday is read beside its date', (label, weekday) => {
    const info = readLabel(label)
    expect(info).toMatchObject({ kind: 'day', weekday })
    expect(info!.dates.length + info!.slashDates.length).toBe(1)
  })

  it('a date in brackets after the weekday is the day’s, and a day number after it too', () => {
    expect(readLabel('Thứ Hai (04/03/2024) — Ngày 1')).toMatchObject({
      numbers: [1],
      slashDates: [{ parts: [4, 3, 2024] }],
      topic: ''
    })
    expect(readLabel('Mon [2024-03-04] setup')).toMatchObject({ dates: [date(2024, 3, 4)], topic: 'setup', weekday: 1 })
  })

  it('Vietnamese and Russian day words number days; a Vietnamese date (`ngày 5 tháng 3`) does not', () => {
    expect(readLabel('Ngày 5')).toMatchObject({ kind: 'day', numbers: [5] })
    expect(readLabel('День 12: массивы')).toMatchObject({ kind: 'day', numbers: [12], topic: 'массивы' })
    expect(readLabel('Ngày 5 tháng 3')).toBeNull()
  })

  it('`Ngày` before a date is the word for a day, not a day number (`Ngày 04/12` is 4 December or 12 April)', () => {
    expect(readLabel('Ngày 04/12')).toMatchObject({ kind: 'day', numbers: [], slashDates: [{ parts: [4, 12] }], topic: '' })
    expect(readLabel('Ngày 04.12.2019')).toMatchObject({ numbers: [], slashDates: [{ parts: [4, 12, 2019] }] })
    expect(readLabel('Ngày 4 (04/03/2024)')).toMatchObject({ numbers: [4], slashDates: [{ parts: [4, 3, 2024] }] })
  })

  it('a note in brackets after a leading weekday is passed over to the date (`Friday (started Thursday), 2/6/2026`)', () => {
    expect(readLabel('Friday (Started Thursday), 2/6/2026 - Day 2 of 90')).toMatchObject({
      numbers: [2],
      slashDates: [{ parts: [2, 6, 2026] }],
      weekday: 5,
      topic: ''
    })
    // A note with a digit in it is no note: `Friday (day 3)` names its own day.
    expect(readLabel('Friday (shift 2), 2/6/2026')).toBeNull()
  })

  it('Indonesian `Minggu` stays a week, not a Sunday', () => {
    expect(readLabel('Minggu ke-2')).toMatchObject({ kind: 'week', numbers: [2] })
  })
})

describe('readLabel: several days after one day word', () => {
  it.each([
    ['Day 12 ,13,14', [12, 13, 14], ''],
    ['Day 12, 13, 14: recursion', [12, 13, 14], 'recursion'],
    ['R1D42, 43, 44 - May 19th', [42, 43, 44], ''],
    ['Ngày 4,5 & 6 (theo guideline)', [4, 5, 6], 'theo guideline']
  ])('%j', (label, numbers, topic) => {
    expect(readLabel(label)).toMatchObject({ kind: 'day', numbers, topic })
  })

  it('only the days after one another: a gap or a count of something else leaves the rest to the topic', () => {
    expect(readLabel('Day 3, 4, 6')).toMatchObject({ numbers: [3], topic: '4, 6' })
    expect(readLabel('Day 1, 2 hours')).toMatchObject({ numbers: [1], topic: '2 hours' })
  })
})

describe('readLabel: a weekday between the parts of a label', () => {
  it.each([
    ['R1D1 [August 28, Wednesday, 2019]', [1], date(2019, 8, 28)],
    ['Day 74 | Sunday | November 27, 2022', [74], date(2022, 11, 27)],
    ['Day 5 - Tue - 2024-03-05', [5], date(2024, 3, 5)]
  ])('%j keeps its date and year', (label, numbers, expected) => {
    expect(readLabel(label)).toMatchObject({ kind: 'day', numbers, dates: [expected], topic: '' })
  })

  it('a weekday with words after it is still the topic, not a way to a date', () => {
    expect(readLabel('Day 3 | Monday | notes')).toMatchObject({ numbers: [3], dates: [], topic: 'notes' })
    expect(readLabel('March 5, Tuesday')).toMatchObject({ dates: [date(null, 3, 5)], weekday: 2, topic: '' })
  })
})

describe('readLabel: a weekday, then `the` and the day of the month', () => {
  it.each([
    ['Wednesday the 9th of April 2025', date(2025, 4, 9), 3],
    ['Wednesday the 5th of February, 2025', date(2025, 2, 5), 3],
    ['Monday the 3rd of March', date(null, 3, 3), 1]
  ])('%j', (label, expected, weekday) => {
    expect(readLabel(label)).toMatchObject({ kind: 'day', dates: [expected], weekday, topic: '' })
  })
})

describe('readLabel: weeks with a note, and a month’s week that is no date', () => {
  it('a short note in brackets after a week number is no topic: still a week review', () => {
    expect(readLabel('Week 59 ( 미뤄짐 )')).toMatchObject({ kind: 'week', numbers: [59] })
    expect(readLabel('3주차 (연기)')).toMatchObject({ kind: 'week', numbers: [3] })
    expect(readLabel('Week 77 & 78 (late)')).toMatchObject({ kind: 'week', numbers: [77, 78] })
    // Words that are no note stay a topic, which is no review.
    expect(readLabel('Week 3 quiz')).toBeNull()
  })

  it('`4.5日目` and `3.5일차` count half days: `日` and `일` there are no Sunday after a date', () => {
    expect(readLabel('4.5日目: 2023年2月3日（土）')).toBeNull()
    expect(readLabel('3.5일차')).toBeNull()
    expect(readLabel('4.5 (日)')).toMatchObject({ slashDates: [{ parts: [4, 5] }], weekday: 0 })
  })

  it('`7월 1주차` is the first week of July, not the 1st of July', () => {
    expect(readLabel('📓 7월 1주차')).toBeNull()
    expect(readLabel('7월 1 (월)')).toMatchObject({ dates: [date(null, 7, 1)] })
  })
})

describe('readLabel: Chinese ranges and lists of days', () => {
  it.each([
    ['2022-01-17 至 2022-01-23：', [17, 23]],
    ['11月27日至11月29日', [27, 29]],
    ['7月11~14日', [11, 14]]
  ])('%j names every day from the first to the last', (label, [from, to]) => {
    expect(readLabel(label)?.dates.map((d) => d.day)).toEqual(Array.from({ length: to! - from! + 1 }, (_, i) => from! + i))
  })

  it('`7月11、12日` and `7月11、15日` name two days each, not the days between', () => {
    expect(readLabel('7月11、12日')?.dates.map((d) => d.day)).toEqual([11, 12])
    expect(readLabel('7月11、15日')?.dates.map((d) => d.day)).toEqual([11, 15])
  })
})

describe('readLabel: a range with the full-width tilde', () => {
  it('`～` joins two dates as `〜` does', () => {
    for (const dash of ['～', '〜', '-'])
      expect(readLabel(`2-3日目: 2020年11月8日 (日) ${dash} 2020年11月9日 (月)`)).toMatchObject({
        numbers: [2, 3],
        dates: [date(2020, 11, 8), date(2020, 11, 9)]
      })
  })
})

describe('readLabel: a template’s blanks filled in', () => {
  it('a word or number in square brackets is read as the word (`[Thursday], [2/12/2026] - Day [8] of 90`)', () => {
    expect(readLabel('[Thursday], [2/12/2026] - Day [8] of 90')).toMatchObject({
      numbers: [8],
      slashDates: [{ parts: [2, 12, 2026] }],
      weekday: 4,
      topic: ''
    })
    // A blank still to fill is no day; `[TIL]` still names the log.
    expect(readLabel('Day 001 - [日付]')).toBeNull()
    expect(readLabel('[TIL] Day 5')).toMatchObject({ numbers: [5], form: '… Day N' })
  })

  it('a challenge’s total after a day number that follows the date is no topic either', () => {
    expect(readLabel('2/5/2026 - Day 1 of 90')).toMatchObject({ numbers: [1], topic: '' })
    expect(readLabel('2024-03-05 Day 3 of 7')).toMatchObject({ numbers: [3], topic: 'of 7' })
  })

  it('a holiday after the weekday is no version number', () => {
    expect(readLabel('24.03.01 금요일(3.1절)')).toMatchObject({ kind: 'day', weekday: 5 })
  })
})
