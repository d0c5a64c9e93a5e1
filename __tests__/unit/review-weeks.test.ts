/**
 * The week model (review/weeks.ts): what each ended week holds, as plain data.
 * Logs here are a few lines written for the test.
 */
import { checkLog } from '../../src/review/check.js'
import type { Report } from '../../src/review/types.js'
import { endedWeeks, openTasks, reviewWeeks, type WeekReview, type WeekReviewOptions } from '../../src/review/weeks.js'
import { checkOptions, resolveSettings, type RawSettings } from '../../src/settings.js'

const lines = (...rows: string[]): string => rows.join('\n')

// Mon 2 March, Wed 4 March (Notes left empty), Mon 9 March: ISO weeks 10 and 11.
const FIRST_WEEK = lines(
  '# TIL',
  '',
  '## 2026-03-02',
  '',
  '### Done',
  '- [x] Alpha',
  '- [ ] Bravo',
  '',
  '### Notes',
  '- a note',
  '',
  '### Tomorrow',
  '- Charlie task',
  '- Delta task',
  '- Finish Foxtrot',
  '',
  '## 2026-03-04',
  '',
  '### Done',
  '- [x] Charlie task',
  '- [ ] Bravo',
  '',
  '### Notes',
  '',
  '### Tomorrow',
  '- Echo',
  ''
)
const ISO_LOG = lines(FIRST_WEEK, '## 2026-03-09', '', '### Done', '- [x] Bravo', '- [ ] Foxtrot', '', '### Notes', '- another', '')

function review(text: string, raw: RawSettings, extra: Partial<WeekReviewOptions> = {}): { report: Report; weeks: WeekReview[] } {
  const options = checkOptions(resolveSettings(raw), new Date(`${raw.today}T12:00:00Z`))
  const report = checkLog(text, options)
  const weeks = reviewWeeks(report, { calendar: options.calendar, lastDue: options.lastDue!, carryRows: 10, trendWeeks: 26, ...extra })
  return { report, weeks }
}

describe('reviewWeeks without a calendar (ISO weeks)', () => {
  const { weeks } = review(ISO_LOG, { today: '2026-03-15' })
  const [w10, w11] = weeks

  it('lists the ended ISO weeks from the Monday of the first date', () => {
    expect(weeks.map((w) => w.week)).toEqual([
      { kind: 'iso', year: 2026, number: 10, start: '2026-03-02', end: '2026-03-08' },
      { kind: 'iso', year: 2026, number: 11, start: '2026-03-09', end: '2026-03-15' }
    ])
  })

  it('counts the logged days, with no due days and none missing', () => {
    expect(w10!.days).toMatchObject({ due: null, logged: 2, empty: 0, missing: 0 })
    expect(w10!.days.rows.map((r) => [r.date, r.line, r.state, r.dayOff])).toEqual([
      ['2026-03-02', 3, 'logged', false],
      ['2026-03-04', 17, 'logged', false]
    ])
  })

  it('groups empty sections by day, with the day and section lines', () => {
    expect(w10!.empty).toEqual([
      { entry: '2026-03-04', date: '2026-03-04', entryLine: 17, whole: false, sections: [{ title: 'Notes', line: 23 }] }
    ])
    expect(w11!.empty).toEqual([])
  })

  it('gives carry-over rows as of the week end: the name then, the written day and line, age in logged days', () => {
    expect(w10!.carryOver).toMatchObject({ total: 3, open: 3, done: 0, dropped: 0 })
    expect(w10!.carryOver.rows).toEqual([
      // Became carried over on 03-04, but was written on 03-02: labelled and aged from there.
      { text: 'Finish Foxtrot', source: { label: '2026-03-02', line: 15 }, age: 2, status: 'open', resolved: null },
      { text: 'Delta task', source: { label: '2026-03-02', line: 14 }, age: 2, status: 'open', resolved: null },
      { text: 'Bravo', source: { label: '2026-03-02', line: 7 }, age: 2, status: 'open', resolved: null }
    ])
  })

  it('renames a task only from the week the new name was written, and resolves it in the week it was done', () => {
    const rows = w11!.carryOver.rows
    expect(rows.map((r) => r.text)).toEqual(['Echo', 'Foxtrot', 'Delta task', 'Bravo'])
    expect(rows[3]).toEqual({
      text: 'Bravo',
      source: { label: '2026-03-02', line: 7 },
      age: 3,
      status: 'done',
      resolved: { label: '2026-03-09', line: 28 }
    })
    expect(w11!.carryOver).toMatchObject({ total: 4, open: 3, done: 1, dropped: 0 })
  })

  it('checks goals against the next logged day, leaving the last day’s goals pending for next week', () => {
    expect(w10!.goals.rows.map((g) => [g.text, g.setOn.line, g.checkedOn?.label ?? null, g.result])).toEqual([
      ['Charlie task', 13, '2026-03-04', 'met'],
      ['Delta task', 14, '2026-03-04', 'missed'],
      ['Finish Foxtrot', 15, '2026-03-04', 'missed'],
      ['Echo', 26, null, 'pending']
    ])
    expect(w10!.goals).toMatchObject({ checked: 3, met: 1 })
    expect(w11!.goals.rows).toEqual([
      { text: 'Echo', setOn: { label: '2026-03-04', line: 26 }, checkedOn: { label: '2026-03-09', line: 28 }, result: 'missed' }
    ])
  })

  it('gives the trend: the open count at each week end up to this one', () => {
    expect(w10!.trend.map((p) => [p.week.number, p.open])).toEqual([[10, 3]])
    expect(w11!.trend.map((p) => [p.week.number, p.open])).toEqual([
      [10, 3],
      [11, 3]
    ])
  })

  it('does not change an ended week as later days are logged', () => {
    const early = review(FIRST_WEEK, { today: '2026-03-15' }).weeks
    expect(early[0]).toEqual(w10)
  })

  it('reviews only the newest weeks, caps the rows and the trend, and keeps the counts', () => {
    const { weeks: newest } = review(ISO_LOG, { today: '2026-03-15' }, { newest: 1, carryRows: 2, trendWeeks: 1 })
    expect(newest.map((w) => w.week.number)).toEqual([11])
    expect(newest[0]!.carryOver.rows.map((r) => r.text)).toEqual(['Echo', 'Foxtrot'])
    expect(newest[0]!.carryOver.total).toBe(4)
    expect(newest[0]!.trend.map((p) => p.week.number)).toEqual([11])
  })

  it('counts a task let go as dropped, not done', () => {
    const log = lines(FIRST_WEEK, '## 2026-03-05', '', '### Done', '- [x] Echo', '- ~~Bravo~~', '', '### Notes', '- n', '')
    const [week] = review(log, { today: '2026-03-08' }).weeks
    expect(week!.carryOver).toMatchObject({ open: 2, done: 0, dropped: 1 })
    expect(week!.carryOver.rows.find((r) => r.text === 'Bravo')).toMatchObject({
      status: 'dropped',
      resolved: { label: '2026-03-05', line: 28 }
    })
  })
})

describe('reviewWeeks with a calendar', () => {
  // Start Mon 4 May 2026; Tue 5 May is Children's Day. Day3 (Thu 7 May) is missing; Day2's 느낀 점 is empty.
  const log = lines(
    '# 학습 일지',
    '',
    '## Day1',
    '',
    '### 오늘 한 일',
    '- [x] 큐 구현',
    '- [ ] 스택 구현',
    '',
    '### 느낀 점',
    '- 좋았다',
    '',
    '## Day2',
    '',
    '### 오늘 한 일',
    '- [ ] 스택 구현',
    '',
    '### 느낀 점',
    '',
    '## Day4',
    '',
    '### 오늘 한 일',
    '- [x] 스택 구현',
    '',
    '### 느낀 점',
    '- 끝',
    ''
  )
  const settings: RawSettings = { 'start-date': '2026-05-04', timezone: 'Asia/Seoul', holidays: 'kr', today: '2026-05-12' }
  const { report, weeks } = review(log, settings)

  it('numbers the weeks from the start date and lists only ended ones', () => {
    expect(weeks.map((w) => w.week)).toEqual([{ kind: 'calendar', number: 1, start: '2026-05-04', end: '2026-05-10' }])
    const options = checkOptions(resolveSettings(settings), new Date('2026-05-12T12:00:00Z'))
    expect(endedWeeks(report, options.calendar, '2026-05-17')).toHaveLength(2)
  })

  it('counts the due days, skipping the holiday, and fills in the missing one', () => {
    expect(weeks[0]!.days).toMatchObject({ due: 4, logged: 3, empty: 0, missing: 1 })
    expect(weeks[0]!.days.rows.map((r) => [r.entry, r.date, r.line, r.state])).toEqual([
      ['Day1', '2026-05-04', 3, 'logged'],
      ['Day2', '2026-05-06', 12, 'logged'],
      ['Day3', '2026-05-07', null, 'missing'],
      ['Day4', '2026-05-08', 19, 'logged']
    ])
  })

  it('ages a task in study days, leaving out the holiday', () => {
    expect(weeks[0]!.carryOver.rows).toEqual([
      { text: '스택 구현', source: { label: 'Day1', line: 7 }, age: 4, status: 'done', resolved: { label: 'Day4', line: 19 } }
    ])
    expect(weeks[0]!.goals).toEqual({ rows: [], checked: 0, met: 0 })
    expect(weeks[0]!.trend.map((p) => p.open)).toEqual([0])
  })
})

describe('openTasks', () => {
  it('lists the open tasks newest first, up to the limit, and counts the rest', () => {
    const { report } = review(ISO_LOG, { today: '2026-03-15' })
    const open = openTasks(report, 2)
    expect(open).toMatchObject({ open: 3, resolved: 1, dropped: 0 })
    expect(open.rows).toEqual([
      { text: 'Echo', source: { label: '2026-03-04', line: 26 }, age: 2, lastOpen: { label: '2026-03-09', line: 28 } },
      { text: 'Foxtrot', source: { label: '2026-03-02', line: 15 }, age: 3, lastOpen: { label: '2026-03-09', line: 28 } }
    ])
  })
})
