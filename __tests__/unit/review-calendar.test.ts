/**
 * The check with a calendar: which days are due, through settings and the
 * clock, on small logs written for the test. Dates worked out by hand:
 * 2026-09-24/25 are Chuseok (Thu/Fri), 2026-10-12 is a Monday, 2026-03-02 a Monday.
 */
import { checkLog } from '../../src/review/check.js'
import type { Report } from '../../src/review/types.js'
import { checkOptions, resolveSettings, type RawSettings } from '../../src/settings.js'
import { HAS_SEED, readSeed } from '../fixtures/shared.js'

const numbered = (count: number): string =>
  Array.from({ length: count }, (_, i) => `## Day ${i + 1}\n\n- 오늘 공부한 내용 ${i + 1}\n`).join('\n')

const check = (log: string, settings: RawSettings, now = new Date('2026-01-01T00:00:00Z')): Report =>
  checkLog(log, checkOptions(resolveSettings(settings), now))

const missing = (report: Report): Array<[string, string | null]> =>
  report.findings.filter((f) => f.type === 'missing-day').map((f) => [f.entry, f.date])

describe('holidays', () => {
  it('a holiday is not a missing day, and the days after it move past it', () => {
    const report = check(numbered(3), { 'start-date': '2026-09-23', holidays: 'kr', today: '2026-09-29', timezone: 'Asia/Seoul' })
    expect(report.entries.map((e) => e.date)).toEqual(['2026-09-23', '2026-09-28', '2026-09-29'])
    expect(report.findings).toEqual([])
  })

  it('without holidays the same dates are workdays, so two days are missing', () => {
    const report = check(numbered(3), { 'start-date': '2026-09-23', holidays: 'none', today: '2026-09-29' })
    expect(report.entries.map((e) => e.date)).toEqual(['2026-09-23', '2026-09-24', '2026-09-25'])
    expect(missing(report)).toEqual([
      ['Day4', '2026-09-28'],
      ['Day5', '2026-09-29']
    ])
  })

  it('weekends are not due unless the workdays say so', () => {
    const weekdays = check(numbered(5), { 'start-date': '2026-10-12', today: '2026-10-18' })
    expect(missing(weekdays)).toEqual([])
    const everyDay = check(numbered(5), { 'start-date': '2026-10-12', today: '2026-10-18', workdays: 'mon-sun' })
    expect(missing(everyDay)).toEqual([
      ['Day6', '2026-10-17'],
      ['Day7', '2026-10-18']
    ])
  })
})

describe('the clock: --due-after, --now and the time zone', () => {
  const log = numbered(2) // Day1 Mon 2026-10-12, Day2 Tue 2026-10-13; Day3 is due Wed 2026-10-14.
  const seoul = { 'start-date': '2026-10-12', timezone: 'Asia/Seoul' }

  it('before the due time today is not due yet; from it, it is', () => {
    // 11:59Z is 20:59 in Seoul; 12:00Z is 21:00.
    expect(missing(check(log, { ...seoul, 'due-after': '21:00' }, new Date('2026-10-14T11:59:00Z')))).toEqual([])
    expect(missing(check(log, { ...seoul, 'due-after': '21:00' }, new Date('2026-10-14T12:00:00Z')))).toEqual([['Day3', '2026-10-14']])
  })

  it('the time zone decides what time it is: 12:00Z is not yet 21:00 in UTC', () => {
    const utc = check(log, { 'start-date': '2026-10-12', timezone: 'UTC', 'due-after': '21:00' }, new Date('2026-10-14T12:00:00Z'))
    expect(utc.lastDue).toBe('2026-10-13')
    expect(missing(utc)).toEqual([])
  })

  it('without a due time, today is due only once it is over where the learner lives', () => {
    expect(check(log, seoul, new Date('2026-10-14T14:59:00Z')).lastDue).toBe('2026-10-13')
    const nextMorning = check(log, seoul, new Date('2026-10-14T15:00:00Z'))
    expect(nextMorning.lastDue).toBe('2026-10-14')
    expect(missing(nextMorning)).toEqual([['Day3', '2026-10-14']])
  })

  it('`today` overrides the clock', () => {
    const report = check(log, { ...seoul, today: '2026-10-13', 'due-after': '00:00' }, new Date('2026-10-20T12:00:00Z'))
    expect(report.lastDue).toBe('2026-10-13')
    expect(missing(report)).toEqual([])
  })

  it('days written ahead of the last due day are not checked', () => {
    const report = check(numbered(4), { ...seoul, today: '2026-10-13' })
    expect(report.findings).toEqual([])
    expect(report.due.map((d) => d.entry)).toEqual(['Day1', 'Day2'])
  })
})

describe('skip dates', () => {
  it('a skip date is not due, and the days after it move past it', () => {
    const report = check(numbered(2), { 'start-date': '2026-10-12', 'skip-dates': '2026-10-13', today: '2026-10-14' })
    expect(report.entries.map((e) => e.date)).toEqual(['2026-10-12', '2026-10-14'])
    expect(report.findings).toEqual([])
  })

  it('without it the same log misses a day', () => {
    expect(missing(check(numbered(2), { 'start-date': '2026-10-12', today: '2026-10-14' }))).toEqual([['Day3', '2026-10-14']])
  })
})

describe('a date-labelled log against the calendar', () => {
  // Two weeks of `## YYYY-MM-DD` entries from Monday 2026-03-02; Tuesday 03-10 is not written,
  // and Saturday 03-07 is written although it is not a workday.
  const written = ['03-02', '03-03', '03-04', '03-05', '03-06', '03-07', '03-09', '03-11', '03-12', '03-13']
  const log = written
    .map((d, i) => [`## 2026-${d}`, '', '### TODO', `- [x] 연습 문제 ${i + 1}`, '- [ ] 오답 노트', ''].join('\n'))
    .join('\n')

  it('finds the one missing weekday, named by its date as the log names days, with its Day number, after the entry before it', () => {
    const report = check(log, { 'start-date': '2026-03-02', today: '2026-03-13' })
    expect(report.findings).toEqual([
      expect.objectContaining({ type: 'missing-day', entry: '2026-03-10', number: 7, date: '2026-03-10', line: 41 })
    ])
    expect(report.entries.every((e) => e.dateSource === 'label')).toBe(true)
  })

  it('lists the due days in date order with the gap', () => {
    const report = check(log, { 'start-date': '2026-03-02', today: '2026-03-13' })
    expect(report.due.filter((d) => d.state === 'missing').map((d) => d.date)).toEqual(['2026-03-10'])
    expect(report.due.map((d) => d.date)).toEqual([...report.due.map((d) => d.date)].sort())
  })

  it('carries the box left open every day, aged in workdays', () => {
    const report = check(log, { 'start-date': '2026-03-02', today: '2026-03-13' })
    expect(report.carryOver).toEqual([
      expect.objectContaining({ text: '오답 노트', from: '2026-03-02', lastOpen: '2026-03-13', resolvedIn: null, line: 5, age: 9 })
    ])
    expect(report.carryOver[0]!.openIn).toHaveLength(written.length)
  })

  it('a date the calendar does not reach yet is not missing', () => {
    const report = check(log, { 'start-date': '2026-03-02', today: '2026-03-09' })
    expect(report.findings).toEqual([])
  })
})

const describeSeed = HAS_SEED ? describe : describe.skip
if (!HAS_SEED) console.warn('review-calendar.test.ts: the seed log in ../shared is absent; its calendar cases are skipped')

describeSeed('the seed with other settings', () => {
  const seed = { 'start-date': '2026-09-21', timezone: 'Asia/Seoul', holidays: 'kr' }

  it('with 2026-10-14 skipped, nothing is missing that day', () => {
    const report = check(readSeed(), { ...seed, today: '2026-10-14', 'skip-dates': '2026-10-14' })
    expect(missing(report)).toEqual([])
  })

  it('without holidays, Day4 is 9/24 and five days are missing by 10/14', () => {
    const report = check(readSeed(), { ...seed, holidays: 'none', today: '2026-10-14' })
    expect(report.entries.find((e) => e.label === 'Day4')!.date).toBe('2026-09-24')
    expect(missing(report).map(([entry]) => entry)).toEqual(['Day14', 'Day15', 'Day16', 'Day17', 'Day18'])
  })

  it('at 20:59 in Seoul with `due-after: 21:00`, Day14 is not due yet; at 21:00 it is', () => {
    const before = check(readSeed(), { ...seed, 'due-after': '21:00' }, new Date('2026-10-14T11:59:00Z'))
    expect(missing(before)).toEqual([])
    const after = check(readSeed(), { ...seed, 'due-after': '21:00' }, new Date('2026-10-14T12:00:00Z'))
    expect(missing(after)).toEqual([['Day14', '2026-10-14']])
  })
})
