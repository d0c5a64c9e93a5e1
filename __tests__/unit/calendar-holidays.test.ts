// The real holiday libraries, imported as ESM under jest: no mocks.
import { holidayProvider, loadHolidayRules } from '../../src/calendar/holidays.js'

// date-holidays loads on demand (start-up does not pay for it): these tests ask for other countries.
beforeAll(() => loadHolidayRules('us'))

describe('holidays: none', () => {
  it.each(['none', '', ' NONE '])('%j knows no holidays', (spec) => {
    const p = holidayProvider(spec)
    expect(p.name).toBe('none')
    expect(p.isHoliday('2026-12-25')).toBe(false)
    expect(p.holidayName('2026-01-01')).toBeNull()
    expect(p.notes('2010-01-01', '2040-01-01')).toEqual([])
  })
})

describe('holidays: kr (official gazette data)', () => {
  const kr = holidayProvider('kr')

  it('is named kr and accepts upper case', () => {
    expect(kr.name).toBe('kr')
    expect(holidayProvider('KR').isHoliday('2026-10-03')).toBe(true)
  })

  it('has Chuseok 2026 on 09-24..26 and not around it', () => {
    expect(kr.isHoliday('2026-09-23')).toBe(false)
    expect(kr.isHoliday('2026-09-24')).toBe(true)
    expect(kr.isHoliday('2026-09-25')).toBe(true)
    expect(kr.isHoliday('2026-09-26')).toBe(true)
    expect(kr.isHoliday('2026-09-28')).toBe(false)
    expect(kr.holidayName('2026-09-25')).toContain('추석')
  })

  it('has the substitute holiday 2026-10-05 for 개천절 on Saturday 10-03', () => {
    expect(kr.isHoliday('2026-10-03')).toBe(true)
    expect(kr.isHoliday('2026-10-05')).toBe(true)
    expect(kr.holidayName('2026-10-05')).toContain('대체공휴일')
    expect(kr.holidayName('2026-10-05')).toContain('개천절')
    expect(kr.isHoliday('2026-10-06')).toBe(false)
  })

  it('has Hangul Day 2026-10-09 and one-off holidays such as the 2026 local election', () => {
    expect(kr.holidayName('2026-10-09')).toBe('한글날')
    expect(kr.isHoliday('2026-06-03')).toBe(true)
  })

  it('joins the names of a date with two holidays', () => {
    // 2025-05-05 was both Children's Day and Buddha's Birthday.
    expect(kr.holidayName('2025-05-05')).toBe('어린이날, 부처님 오신 날')
  })

  it('returns null for ordinary days', () => {
    expect(kr.holidayName('2026-10-14')).toBeNull()
  })

  it('knows no holidays past its data, without throwing', () => {
    // 2028-10-03 is 개천절 in reality, but the data end with 2027.
    expect(kr.isHoliday('2028-10-03')).toBe(false)
    expect(kr.holidayName('2028-01-01')).toBeNull()
    expect(kr.isHoliday('2017-10-03')).toBe(false)
    expect(kr.isHoliday('2027-12-27')).toBe(true) // the last year in the data still works
  })

  it('notes when a range passes the end of the data', () => {
    expect(kr.notes('2026-09-21', '2028-03-01')).toEqual([
      'Korean holiday data end at 2027; dates after 2027-12-31 are checked without holidays.'
    ])
    expect(kr.notes('2026-09-21', '2027-12-31')).toEqual([])
  })

  it('notes when a range starts before the data', () => {
    expect(kr.notes('2017-12-31', '2026-01-01')).toEqual([
      'Korean holiday data start at 2018; dates before 2018-01-01 are checked without holidays.'
    ])
  })
})

describe('holidays: other countries (date-holidays, public only)', () => {
  it('knows US Independence Day observed on Friday 2026-07-03, and Thanksgiving', () => {
    const us = holidayProvider('us')
    expect(us.name).toBe('US')
    expect(us.isHoliday('2026-07-03')).toBe(true)
    expect(us.isHoliday('2026-07-04')).toBe(true)
    expect(us.isHoliday('2026-11-26')).toBe(true)
    expect(us.holidayName('2026-11-26')).toBe('Thanksgiving Day')
    expect(us.isHoliday('2026-11-27')).toBe(false)
    expect(us.isHoliday('2026-07-06')).toBe(false)
    expect(us.notes('2026-01-01', '2040-01-01')).toEqual([])
  })

  it('leaves out observances (Valentine’s Day is not a day off)', () => {
    expect(holidayProvider('US').isHoliday('2026-02-14')).toBe(false)
  })

  it('computes years far from now', () => {
    const us = holidayProvider('US')
    expect(us.isHoliday('2031-12-25')).toBe(true)
    expect(us.isHoliday('2030-11-28')).toBe(true) // Thanksgiving 2030: fourth Thursday
  })

  it('supports a region: California adds César Chávez Day and the day after Thanksgiving', () => {
    const ca = holidayProvider('US-CA')
    expect(ca.name).toBe('US-CA')
    expect(ca.isHoliday('2026-03-31')).toBe(true)
    expect(ca.isHoliday('2026-11-27')).toBe(true)
    expect(holidayProvider('us-ca').isHoliday('2026-11-27')).toBe(true)
  })

  it('reads Germany and Japan in either case', () => {
    expect(holidayProvider('de').isHoliday('2026-10-03')).toBe(true) // German Unity Day
    expect(holidayProvider('DE').isHoliday('2026-10-05')).toBe(false)
    expect(holidayProvider('JP').isHoliday('2026-01-12')).toBe(true) // Coming of Age Day, 2nd Monday
    expect(holidayProvider('jp').isHoliday('2026-01-13')).toBe(false)
  })

  it('counts every day of a multi-day holiday (Armenia: 1–2 January)', () => {
    const am = holidayProvider('AM')
    expect(am.isHoliday('2026-01-01')).toBe(true)
    expect(am.isHoliday('2026-01-02')).toBe(true)
  })

  it('does not count half-day holidays (Iceland: Christmas Eve from 13:00)', () => {
    const is = holidayProvider('IS')
    expect(is.isHoliday('2026-12-24')).toBe(false)
    expect(is.isHoliday('2026-12-25')).toBe(true)
  })

  it.each(['xx', 'QQ', 'usa', 'u', '12', 'korea'])('rejects %j with a one-line error', (spec) => {
    expect(() => holidayProvider(spec)).toThrow(
      `holidays: "${spec}" is not a known country; use kr, none or an ISO 3166 country code such as us`
    )
  })

  it('rejects an unknown region, naming it', () => {
    expect(() => holidayProvider('US-XX')).toThrow(/^holidays: "US-XX" is not a known region of US; use e\.g\. US-/)
  })

  it('rejects a region for Korea', () => {
    expect(() => holidayProvider('KR-11')).toThrow(/^holidays: "KR-11" has a region.*use kr$/)
  })

  it('answers four years of daily questions consistently (cached per year)', () => {
    const us = holidayProvider('US')
    let count = 0
    for (let pass = 0; pass < 20; pass++) {
      for (let d = Date.UTC(2026, 0, 1); d < Date.UTC(2030, 0, 1); d += 86_400_000) {
        if (us.isHoliday(new Date(d).toISOString().slice(0, 10))) count++
      }
    }
    // 20 passes over four years give the same answers every pass.
    expect(count % 20).toBe(0)
    expect(count / 20).toBeGreaterThanOrEqual(4 * 10)
  })
})
