import { parseDueAfter, parseSkipDates, parseWorkdays } from '../../src/calendar/workdays.js'

const SUN = 0
const MON = 1
const TUE = 2
const WED = 3
const THU = 4
const FRI = 5
const SAT = 6

describe('parseWorkdays', () => {
  it.each<[string, number[]]>([
    ['mon-fri', [MON, TUE, WED, THU, FRI]],
    ['sun-thu', [SUN, MON, TUE, WED, THU]],
    ['mon,wed,fri', [MON, WED, FRI]],
    ['mon-sat', [MON, TUE, WED, THU, FRI, SAT]],
    ['daily', [SUN, MON, TUE, WED, THU, FRI, SAT]],
    ['all', [SUN, MON, TUE, WED, THU, FRI, SAT]],
    ['Mon-Fri', [MON, TUE, WED, THU, FRI]],
    ['MON, WED, FRI', [MON, WED, FRI]],
    ['mon - fri', [MON, TUE, WED, THU, FRI]],
    ['monday-friday', [MON, TUE, WED, THU, FRI]],
    ['tue thu', [TUE, THU]],
    ['fri-mon', [SUN, MON, FRI, SAT]], // wraps past Saturday
    ['sat-sun', [SUN, SAT]],
    ['wed-wed', [WED]],
    ['mon-wed,fri', [MON, TUE, WED, FRI]],
    ['월-금', [MON, TUE, WED, THU, FRI]],
    ['월~금', [MON, TUE, WED, THU, FRI]],
    ['월,수,금', [MON, WED, FRI]],
    ['월수금', [MON, WED, FRI]],
    ['월요일-금요일', [MON, TUE, WED, THU, FRI]],
    ['일-목', [SUN, MON, TUE, WED, THU]],
    ['매일', [SUN, MON, TUE, WED, THU, FRI, SAT]]
  ])('%j → %j', (spec, days) => {
    expect(parseWorkdays(spec)).toEqual(days)
  })

  it('names the bad value and what is accepted', () => {
    expect(() => parseWorkdays('mon-fry')).toThrow('workdays: "mon-fry" is not a day range; use e.g. mon-fri or mon,wed,fri')
  })

  it.each(['', '   ', 'weekdayz', 'mon-', 'mon-tue-wed', 'mo', '1-5', 'mon;fri'])('rejects %j in one line', (spec) => {
    expect(() => parseWorkdays(spec)).toThrow(/^workdays: ".*" is not a day range; use e\.g\. mon-fri/)
    try {
      parseWorkdays(spec)
    } catch (e) {
      expect((e as Error).message).not.toContain('\n')
    }
  })

  it('names the bad part of a longer list', () => {
    expect(() => parseWorkdays('mon,wdn,fri')).toThrow('workdays: "wdn" is not a day range')
  })
})

describe('parseSkipDates', () => {
  it('reads comma- and space-separated dates, sorted and without repeats', () => {
    expect(parseSkipDates('2026-10-16, 2026-10-02 2026-10-16')).toEqual(['2026-10-02', '2026-10-16'])
  })

  it('is empty for an empty setting', () => {
    expect(parseSkipDates('')).toEqual([])
    expect(parseSkipDates('  ')).toEqual([])
  })

  it('expands inclusive ranges, across a month end', () => {
    expect(parseSkipDates('2026-09-29..2026-10-02')).toEqual(['2026-09-29', '2026-09-30', '2026-10-01', '2026-10-02'])
    expect(parseSkipDates('2026-12-31 .. 2027-01-01, 2026-10-20')).toEqual(['2026-10-20', '2026-12-31', '2027-01-01'])
    expect(parseSkipDates('2026-10-01..2026-10-01')).toEqual(['2026-10-01'])
  })

  it.each(['2026-02-30', '2026-10-1', 'tomorrow', '2026-10-01..', '2026-10-01..2026-10-05..2026-10-09'])('rejects %j naming it', (spec) => {
    expect(() => parseSkipDates(`2026-10-02, ${spec}`)).toThrow(
      `skip-dates: "${spec}" is not a date or date range; use YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD`
    )
  })

  it('rejects a backwards range', () => {
    expect(() => parseSkipDates('2026-10-05..2026-10-01')).toThrow('skip-dates: "2026-10-05..2026-10-01" ends before it starts')
  })
})

describe('parseDueAfter', () => {
  it.each<[string, number]>([
    ['00:00', 0],
    ['22:00', 22 * 60],
    ['23:59', 23 * 60 + 59],
    ['09:30', 9 * 60 + 30],
    ['9:30', 9 * 60 + 30],
    [' 21:15 ', 21 * 60 + 15]
  ])('%j → %i minutes', (spec, minutes) => {
    expect(parseDueAfter(spec)).toBe(minutes)
  })

  it.each(['24:00', '23:60', '2200', '22', '22:0', '10pm', '-1:00', '', '22:00:00'])('rejects %j', (spec) => {
    expect(() => parseDueAfter(spec)).toThrow(`due-after: "${spec}" is not a time; use HH:MM between 00:00 and 23:59`)
  })
})
