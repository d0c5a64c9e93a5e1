// The calendar with the real holiday libraries (no mocks) and the due date.
import { createCalendar, type CalendarSettings } from '../../src/calendar/calendar.js'
import { lastDueDate } from '../../src/calendar/due.js'
import { holidayProvider, loadHolidayRules, type HolidayProvider } from '../../src/calendar/holidays.js'
import { parseDueAfter, parseWorkdays, type Weekday } from '../../src/calendar/workdays.js'

// date-holidays loads on demand; one test asks for US holidays.
beforeAll(() => loadHolidayRules('us'))

const MON_FRI: Weekday[] = [1, 2, 3, 4, 5]

function seoul(overrides: Partial<CalendarSettings> = {}): ReturnType<typeof createCalendar> {
  return createCalendar({
    startDate: '2026-09-21', // a Monday
    workdays: MON_FRI,
    holidays: holidayProvider('kr'),
    skipDates: [],
    ...overrides
  })
}

describe('a Seoul mon-fri calendar from 2026-09-21 with Korean holidays', () => {
  const cal = seoul()

  it.each<[number, string]>([
    [1, '2026-09-21'],
    [3, '2026-09-23'],
    [4, '2026-09-28'], // Chuseok 09-24..26
    [8, '2026-10-02'],
    [9, '2026-10-06'], // 10-05 is the substitute for 개천절 (Sat 10-03)
    [11, '2026-10-08'],
    [12, '2026-10-12'], // 10-09 Hangul Day
    [14, '2026-10-14']
  ])('Day %i is %s, and back', (n, date) => {
    expect(cal.dateOfDay(n)).toBe(date)
    expect(cal.dayOfDate(date)).toBe(n)
  })

  it('asks dayOfDate in any order, not just growing', () => {
    const fresh = seoul()
    expect(fresh.dayOfDate('2026-10-14')).toBe(14)
    expect(fresh.dayOfDate('2026-09-22')).toBe(2)
    expect(fresh.dateOfDay(12)).toBe('2026-10-12')
  })

  it('has no Day for holidays, weekends and dates before the start', () => {
    for (const d of ['2026-09-24', '2026-09-25', '2026-10-05', '2026-10-09', '2026-10-03', '2026-10-04', '2026-09-18']) {
      expect(cal.dayOfDate(d)).toBeNull()
      expect(cal.isDueDay(d)).toBe(false)
    }
    expect(cal.isDueDay('2026-10-06')).toBe(true)
  })

  it('lists the due days through a date', () => {
    expect(cal.dueDays('2026-10-02')).toEqual([
      '2026-09-21',
      '2026-09-22',
      '2026-09-23',
      '2026-09-28',
      '2026-09-29',
      '2026-09-30',
      '2026-10-01',
      '2026-10-02'
    ])
    expect(cal.dueDays('2026-10-14')).toHaveLength(14)
    expect(cal.dueDays('2026-09-21')).toEqual(['2026-09-21'])
    expect(cal.dueDays('2026-09-20')).toEqual([])
  })

  it('counts due days in (from, to]', () => {
    expect(cal.workdaysBetween('2026-09-21', '2026-10-14')).toBe(13)
    expect(cal.workdaysBetween('2026-09-23', '2026-09-28')).toBe(1) // over Chuseok
    expect(cal.workdaysBetween('2026-10-02', '2026-10-06')).toBe(1) // over 10-05
    expect(cal.workdaysBetween('2026-10-14', '2026-10-14')).toBe(0)
    expect(cal.workdaysBetween('2026-10-14', '2026-09-21')).toBe(-13)
    expect(cal.workdaysBetween('2026-09-01', '2026-09-22')).toBe(2) // from before the start
  })

  it('numbers Monday–Sunday weeks from the start week', () => {
    expect(cal.weekOf('2026-09-21')).toBe(1)
    expect(cal.weekOf('2026-09-27')).toBe(1) // Sunday closes week 1
    expect(cal.weekOf('2026-09-28')).toBe(2)
    expect(cal.weekOf('2026-10-14')).toBe(4)
    expect(cal.weekOf('2026-09-20')).toBe(0) // the week before the start
    expect(cal.weekRange(1)).toEqual({ start: '2026-09-21', end: '2026-09-27' })
    expect(cal.weekRange(2)).toEqual({ start: '2026-09-28', end: '2026-10-04' })
    expect(cal.weekRange(cal.weekOf('2027-01-01'))).toEqual({ start: '2026-12-28', end: '2027-01-03' })
  })

  it('has no notes while the Korean data cover the range', () => {
    expect(cal.notes('2027-06-01')).toEqual([])
  })

  it('rejects Day 0 and fractional days', () => {
    expect(() => cal.dateOfDay(0)).toThrow('calendar: Day 0 does not exist; days count from 1')
    expect(() => cal.dateOfDay(1.5)).toThrow(/^calendar: Day 1\.5 does not exist/)
  })

  it('throws a one-line error for a malformed date', () => {
    expect(() => cal.dayOfDate('2026-10-32')).toThrow('"2026-10-32" is not a date; use YYYY-MM-DD')
  })
})

describe('the start date and skip dates', () => {
  it('a skip date removes a day and shifts the later ones', () => {
    const cal = seoul({ skipDates: ['2026-09-23'] })
    expect(cal.dateOfDay(3)).toBe('2026-09-28')
    expect(cal.dayOfDate('2026-09-23')).toBeNull()
    expect(cal.dayOfDate('2026-10-14')).toBe(13)
    expect(cal.dateOfDay(14)).toBe('2026-10-15')
  })

  it('the start date is Day 1 even on a Sunday', () => {
    const cal = seoul({ startDate: '2026-09-20' })
    expect(cal.dateOfDay(1)).toBe('2026-09-20')
    expect(cal.dateOfDay(2)).toBe('2026-09-21')
    expect(cal.isDueDay('2026-09-20')).toBe(true)
    expect(cal.isDueDay('2026-09-27')).toBe(false) // later Sundays are not
    expect(cal.weekOf('2026-09-20')).toBe(1) // its week is week 1
    expect(cal.weekRange(1)).toEqual({ start: '2026-09-14', end: '2026-09-20' })
  })

  it('the start date is Day 1 even on a holiday', () => {
    const cal = seoul({ startDate: '2026-09-24' })
    expect(cal.dateOfDay(1)).toBe('2026-09-24')
    expect(cal.dateOfDay(2)).toBe('2026-09-28')
  })
})

describe('other schedules', () => {
  it('sun-thu without holidays', () => {
    const cal = createCalendar({
      startDate: '2026-09-20',
      workdays: parseWorkdays('sun-thu'),
      holidays: holidayProvider('none'),
      skipDates: []
    })
    expect(cal.dateOfDay(5)).toBe('2026-09-24') // Thursday
    expect(cal.dateOfDay(6)).toBe('2026-09-27') // Sunday
    expect(cal.isDueDay('2026-09-25')).toBe(false) // Friday
  })

  it('US holidays: Friday 2026-07-03 (Independence Day observed) is skipped', () => {
    const cal = createCalendar({
      startDate: '2026-06-29',
      workdays: MON_FRI,
      holidays: holidayProvider('us'),
      skipDates: []
    })
    expect(cal.dateOfDay(4)).toBe('2026-07-02')
    expect(cal.dateOfDay(5)).toBe('2026-07-06')
    expect(cal.dayOfDate('2026-07-03')).toBeNull()
    expect(cal.dayOfDate('2026-11-26')).toBeNull() // Thanksgiving
    expect(cal.isDueDay('2026-11-27')).toBe(true)
  })

  it('past the Korean data: no holidays, and a note', () => {
    const cal = seoul({ startDate: '2027-12-20' })
    // 2027-12-27 is still covered (substitute for Christmas on Saturday)…
    expect(cal.dayOfDate('2027-12-27')).toBeNull()
    expect(cal.dateOfDay(6)).toBe('2027-12-28')
    // …but Seollal 2028 (around 01-26) is not in the data, so those days are due.
    expect(cal.isDueDay('2028-01-26')).toBe(true)
    expect(cal.isDueDay('2028-01-27')).toBe(true)
    expect(cal.notes('2028-02-01')).toEqual(['Korean holiday data end at 2027; dates after 2027-12-31 are checked without holidays.'])
    expect(cal.notes('2027-12-31')).toEqual([])
  })
})

describe('long logs', () => {
  it('dateOfDay and dayOfDate are inverses over four years', () => {
    const cal = seoul()
    const fourYears = cal.dueDays('2030-09-20')
    // Roughly 52 weeks × 5 days − ~15 holidays per year.
    expect(fourYears.length).toBeGreaterThan(4 * 230)
    expect(fourYears.length).toBeLessThan(4 * 261)
    for (let round = 0; round < 5; round++) {
      for (let n = 1; n <= fourYears.length; n++) {
        const date = cal.dateOfDay(n)
        expect(date).toBe(fourYears[n - 1])
        expect(cal.dayOfDate(date!)).toBe(n)
      }
    }
    // Strictly increasing: no date counted twice.
    expect(fourYears.every((d, i) => i === 0 || d > fourYears[i - 1]!)).toBe(true)
  })

  it('workdaysBetween agrees with counting dueDays', () => {
    const cal = seoul()
    const all = cal.dueDays('2027-12-31')
    const between = all.filter((d) => d > '2026-12-15' && d <= '2027-03-10').length
    expect(cal.workdaysBetween('2026-12-15', '2027-03-10')).toBe(between)
  })
})

describe('guards', () => {
  it('refuses empty workdays at creation', () => {
    expect(() => seoul({ workdays: [] })).toThrow('calendar: no workdays are set; use e.g. mon-fri')
  })

  // The start date, the zone and the workdays are checked once, as settings (resolveSettings); the types carry the rest.
  it('refuses a skip date that is not a date', () => {
    expect(() => seoul({ skipDates: ['2026-9-1'] })).toThrow(/^calendar: skip date "2026-9-1" is not a date/)
  })

  it('stops instead of looping forever when no day is ever due', () => {
    const everyDayOff: HolidayProvider = {
      name: 'every day',
      isHoliday: () => true,
      holidayName: () => 'rest',
      notes: () => []
    }
    const cal = seoul({ holidays: everyDayOff })
    expect(cal.dateOfDay(1)).toBe('2026-09-21') // the start still counts
    expect(cal.dateOfDay(2)).toBeNull()
  })

  it('looks no further than 2100-12-31, whatever it is asked', () => {
    const cal = seoul()
    const all = cal.dueDays('2100-12-31')
    expect(all.length).toBeGreaterThan(19_000)
    expect(cal.dateOfDay(all.length)).toBe(all[all.length - 1])
    expect(cal.dateOfDay(all.length + 1)).toBeNull()
    expect(cal.dateOfDay(100_000_000)).toBeNull()
    expect(cal.dayOfDate('2101-01-03')).toBeNull()
    expect(cal.isDueDay('9999-12-31')).toBe(false)
    expect(cal.dueDays('9999-12-31')).toEqual(all)
    expect(cal.workdaysBetween('2026-09-21', '9999-12-31')).toBe(all.length - 1)
  })
})

describe('lastDueDate', () => {
  // 14:00 UTC is 23:00 in Seoul and 07:00 in Los Angeles, both on 2026-10-14.
  const now = new Date('2026-10-14T14:00:00Z')

  it('in Seoul at 23:00, due after 22:00 → today counts', () => {
    expect(lastDueDate({ now, timeZone: 'Asia/Seoul', dueAfterMinutes: parseDueAfter('22:00') })).toBe('2026-10-14')
  })

  it('in Seoul at 23:00, due after 23:30 → yesterday', () => {
    expect(lastDueDate({ now, timeZone: 'Asia/Seoul', dueAfterMinutes: parseDueAfter('23:30') })).toBe('2026-10-13')
  })

  it('is due from the due time on, inclusive', () => {
    expect(lastDueDate({ now, timeZone: 'Asia/Seoul', dueAfterMinutes: 23 * 60 })).toBe('2026-10-14')
    expect(lastDueDate({ now, timeZone: 'Asia/Seoul', dueAfterMinutes: 23 * 60 + 1 })).toBe('2026-10-13')
  })

  it('in Los Angeles the same instant is 07:00 → yesterday with due 22:00', () => {
    expect(lastDueDate({ now, timeZone: 'America/Los_Angeles', dueAfterMinutes: parseDueAfter('22:00') })).toBe('2026-10-13')
    expect(lastDueDate({ now, timeZone: 'America/Los_Angeles', dueAfterMinutes: parseDueAfter('06:30') })).toBe('2026-10-14')
  })

  it('without a due time, today is not due until it is over', () => {
    expect(lastDueDate({ now, timeZone: 'Asia/Seoul', dueAfterMinutes: null })).toBe('2026-10-13')
    // One minute after Seoul midnight, 10-14 is over and due.
    const justAfter = new Date('2026-10-14T15:01:00Z')
    expect(lastDueDate({ now: justAfter, timeZone: 'Asia/Seoul', dueAfterMinutes: null })).toBe('2026-10-14')
  })

  it('crosses a month end when stepping back', () => {
    const early = new Date('2026-09-30T16:00:00Z') // 2026-10-01 01:00 in Seoul
    expect(lastDueDate({ now: early, timeZone: 'Asia/Seoul', dueAfterMinutes: 22 * 60 })).toBe('2026-09-30')
  })

  it('a given today wins over the clock', () => {
    expect(lastDueDate({ today: '2026-10-20', now, timeZone: 'Asia/Seoul', dueAfterMinutes: null })).toBe('2026-10-20')
    expect(() => lastDueDate({ today: '2026-10-32', now, timeZone: 'Asia/Seoul', dueAfterMinutes: null })).toThrow(
      'today: "2026-10-32" is not a date; use YYYY-MM-DD'
    )
  })

  it('throws a one-line error for an unknown zone', () => {
    expect(() => lastDueDate({ now, timeZone: 'Asia/Seul', dueAfterMinutes: null })).toThrow(
      /^timezone: "Asia\/Seul" is not an IANA time zone/
    )
  })
})
