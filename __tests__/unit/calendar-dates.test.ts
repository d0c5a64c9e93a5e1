import fc from 'fast-check'
import {
  addDays,
  compareDates,
  daysBetween,
  isIsoDate,
  isoWeek,
  isoWeekLabel,
  isValidTimeZone,
  localNow,
  mondayOf,
  weekdayOf
} from '../../src/calendar/dates.js'

// Dates 1900..2199 generated independently of the code under test, through the
// platform's Date in UTC (the oracle for arithmetic and weekdays).
const MS = 86_400_000
const dayArb = fc.integer({ min: -25567, max: 84000 })
const iso = (dayNumber: number): string => new Date(dayNumber * MS).toISOString().slice(0, 10)

describe('isIsoDate', () => {
  it.each(['2026-09-21', '2024-02-29', '2000-02-29', '1999-12-31', '0001-01-01'])('accepts %s', (d) => {
    expect(isIsoDate(d)).toBe(true)
  })

  it.each([
    '2026-02-30',
    '2026-02-29', // 2026 is not a leap year
    '1900-02-29', // nor is 1900
    '2026-13-01',
    '2026-00-10',
    '2026-04-31',
    '2026-9-21',
    '26-09-21',
    '2026/09/21',
    ' 2026-09-21',
    '2026-09-21T00:00',
    ''
  ])('rejects %j', (d) => {
    expect(isIsoDate(d)).toBe(false)
  })

  it('rejects non-strings', () => {
    expect(isIsoDate(20260921)).toBe(false)
    expect(isIsoDate(null)).toBe(false)
  })
})

describe('day arithmetic', () => {
  it('adds across month, year and leap-day boundaries', () => {
    expect(addDays('2026-09-30', 1)).toBe('2026-10-01')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
    expect(addDays('2026-09-21', 0)).toBe('2026-09-21')
  })

  it('does not shift across DST changes (the machine zone is irrelevant)', () => {
    // Europe and the US change clocks on these weekends.
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30')
    expect(addDays('2026-11-01', 1)).toBe('2026-11-02')
  })

  it('counts b − a', () => {
    expect(daysBetween('2026-09-21', '2026-10-14')).toBe(23)
    expect(daysBetween('2026-10-14', '2026-09-21')).toBe(-23)
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366)
  })

  it('throws a one-line error on a bad date', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow('"2026-02-30" is not a date; use YYYY-MM-DD')
  })

  it('agrees with Date.UTC arithmetic (property)', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: -4000, max: 4000 }), (a, n) => {
        expect(addDays(iso(a), n)).toBe(iso(a + n))
        expect(daysBetween(iso(a), iso(a + n))).toBe(n)
      })
    )
  })

  it('orders dates', () => {
    expect(compareDates('2026-09-21', '2026-10-01')).toBeLessThan(0)
    expect(compareDates('2026-10-01', '2026-09-21')).toBeGreaterThan(0)
    expect(compareDates('2026-10-01', '2026-10-01')).toBe(0)
    expect(['2027-01-01', '2026-12-31', '2026-02-01'].sort(compareDates)).toEqual(['2026-02-01', '2026-12-31', '2027-01-01'])
  })
})

describe('day numbers without Date objects', () => {
  it('agree with Date over every year from 0001 to 9999, both ways, and refuse the days a month lacks (property)', () => {
    // Day numbers of 0001-01-01 and 9999-12-31 (the four-digit years).
    const wide = fc.integer({ min: -719162 + 400, max: 2932896 - 400 })
    const oracle = (n: number): string => {
      const d = new Date(n * MS)
      return `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`
    }
    fc.assert(
      fc.property(wide, fc.integer({ min: -400, max: 400 }), (n, k) => {
        const date = oracle(n)
        expect(isIsoDate(date)).toBe(true)
        expect(addDays(date, k)).toBe(oracle(n + k))
        expect(daysBetween(date, oracle(n + k))).toBe(k)
      }),
      { numRuns: 5000 }
    )
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const text = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
        const real =
          m >= 1 &&
          m <= 12 &&
          d >= 1 &&
          new Date(Date.UTC(2000, m - 1, d)).getUTCDate() === d &&
          !(m === 2 && d === 29 && !((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0))
        expect(isIsoDate(text)).toBe(real)
      }),
      { numRuns: 5000 }
    )
  })
})

describe('weekdays and weeks', () => {
  it('knows known weekdays', () => {
    expect(weekdayOf('2026-09-21')).toBe(1) // Monday
    expect(weekdayOf('2026-10-03')).toBe(6) // Saturday
    expect(weekdayOf('2026-10-04')).toBe(0) // Sunday
    expect(weekdayOf('1969-12-31')).toBe(3) // Wednesday, before the epoch
  })

  it('agrees with Date#getUTCDay (property)', () => {
    fc.assert(
      fc.property(dayArb, (a) => {
        expect(weekdayOf(iso(a))).toBe(new Date(a * MS).getUTCDay())
      })
    )
  })

  it('finds the Monday of a Monday–Sunday week', () => {
    expect(mondayOf('2026-09-21')).toBe('2026-09-21')
    expect(mondayOf('2026-09-27')).toBe('2026-09-21') // Sunday belongs to the week before
    expect(mondayOf('2026-10-01')).toBe('2026-09-28')
    expect(mondayOf('2027-01-01')).toBe('2026-12-28')
  })

  it.each([
    ['2026-10-01', 2026, 40, '2026-W40'],
    ['2026-01-01', 2026, 1, '2026-W01'], // a Thursday: week 1 of its own year
    ['2027-01-01', 2026, 53, '2026-W53'], // a Friday: the last week of 2026
    ['2021-01-03', 2020, 53, '2020-W53'],
    ['2024-12-30', 2025, 1, '2025-W01'],
    ['2026-12-28', 2026, 53, '2026-W53']
  ])('ISO week of %s is %i-W%i', (d, year, week, label) => {
    expect(isoWeek(d)).toEqual({ year, week })
    expect(isoWeekLabel(d)).toBe(label)
  })
})

describe('time zones', () => {
  it('validates IANA names', () => {
    expect(isValidTimeZone('Asia/Seoul')).toBe(true)
    expect(isValidTimeZone('America/Los_Angeles')).toBe(true)
    expect(isValidTimeZone('UTC')).toBe(true)
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false)
    expect(isValidTimeZone('')).toBe(false)
    // Node 24 accepts offsets and Node 20 does not; we refuse them on both.
    expect(isValidTimeZone('+09:00')).toBe(false)
  })

  const instant = new Date('2026-10-14T14:00:00Z')

  it('gives the local date and minutes in Seoul (UTC+9)', () => {
    expect(localNow(instant, 'Asia/Seoul')).toEqual({ date: '2026-10-14', minutes: 23 * 60 })
  })

  it('gives the local date and minutes in Los Angeles (PDT, UTC−7)', () => {
    expect(localNow(instant, 'America/Los_Angeles')).toEqual({ date: '2026-10-14', minutes: 7 * 60 })
  })

  it('crosses the date line to the previous day', () => {
    expect(localNow(new Date('2026-10-14T03:00:00Z'), 'America/Los_Angeles')).toEqual({
      date: '2026-10-13',
      minutes: 20 * 60
    })
  })

  it('reports local midnight as minute 0 of the new day, never 24:00', () => {
    expect(localNow(new Date('2026-10-14T15:00:00Z'), 'Asia/Seoul')).toEqual({ date: '2026-10-15', minutes: 0 })
    expect(localNow(new Date('2026-01-01T00:00:00Z'), 'UTC')).toEqual({ date: '2026-01-01', minutes: 0 })
    // A half-hour zone.
    expect(localNow(new Date('2026-01-01T18:30:00Z'), 'Asia/Kolkata')).toEqual({ date: '2026-01-02', minutes: 0 })
  })

  it('follows DST: LA is UTC−8 in winter', () => {
    expect(localNow(new Date('2026-12-01T08:30:00Z'), 'America/Los_Angeles')).toEqual({
      date: '2026-12-01',
      minutes: 30
    })
  })

  it('reads UTC without Intl exactly as Intl reads it (Etc/UTC)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2100, 11, 31) }), (ms) => {
        expect(localNow(new Date(ms), 'UTC')).toEqual(localNow(new Date(ms), 'Etc/UTC'))
      })
    )
  })

  it('throws a one-line error for an unknown zone', () => {
    expect(() => localNow(instant, 'Asia/Seul')).toThrow('timezone: "Asia/Seul" is not an IANA time zone; use e.g. Asia/Seoul or UTC')
  })
})
