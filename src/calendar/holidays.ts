/**
 * Public holidays, behind one small synchronous interface so the calendar can
 * ask about thousands of dates without awaiting anything.
 *
 * - `kr` uses @hyunbinseo/holidays-kr, which follows the official gazette
 *   (substitute and one-off holidays included). date-holidays' Korean rules
 *   get 2026 wrong, so they are not used for Korea.
 * - Any other ISO 3166 country (and `US-CA` style regions) uses date-holidays,
 *   which computes holidays from rules for any year. It is large (most of the
 *   program's start-up went into loading it), so it is imported only when such a
 *   country is asked for: `loadHolidayRules(spec)` first, then `holidayProvider(spec)`.
 */

// The `/all` entry gives every year's table as a plain object. The package's
// main entry is async (it imports each year on demand), which would make
// every calendar query async.
import * as krYears from '@hyunbinseo/holidays-kr/all'
// A type only: the module itself loads in loadHolidayRules.
import type HolidayRules from 'date-holidays'
import { addDays, type IsoDate } from './dates.js'

export interface HolidayProvider {
  readonly name: string
  isHoliday(date: IsoDate): boolean
  /** The holiday's name(s), joined with ", " when a date has several; null on other days. */
  holidayName(date: IsoDate): string | null
  /** One-line notes about the range, e.g. that holiday data stop before its end. */
  notes(fromDate: IsoDate, toDate: IsoDate): string[]
}

const noHolidays: HolidayProvider = {
  name: 'none',
  isHoliday: () => false,
  holidayName: () => null,
  notes: () => []
}

/**
 * Korea from the gazette tables. The tables cover a fixed span of years
 * (2018–2027 in 5.2027.x); the span is read from the package, so an update
 * widens it without code changes. Outside it no date is a holiday, and
 * `notes` says so.
 */
function koreanProvider(): HolidayProvider {
  const names = new Map<IsoDate, string>()
  const years: number[] = []
  for (const [key, table] of Object.entries(krYears)) {
    const m = /^y(\d{4})$/.exec(key)
    if (!m || typeof table !== 'object' || table === null) continue
    years.push(Number(m[1]))
    for (const [date, list] of Object.entries(table as Record<string, readonly string[]>)) {
      names.set(date, list.join(', '))
    }
  }
  if (years.length === 0) throw new Error('holidays: the Korean holiday package has no data')
  const first = Math.min(...years)
  const last = Math.max(...years)
  const dataStart = `${first}-01-01`
  const dataEnd = `${last}-12-31`

  return {
    name: 'kr',
    isHoliday: (date) => names.has(date),
    holidayName: (date) => names.get(date) ?? null,
    notes(fromDate, toDate) {
      const notes: string[] = []
      if (fromDate > toDate) return notes
      if (fromDate < dataStart) {
        notes.push(`Korean holiday data start at ${first}; dates before ${dataStart} are checked without holidays.`)
      }
      if (toDate > dataEnd) {
        notes.push(`Korean holiday data end at ${last}; dates after ${dataEnd} are checked without holidays.`)
      }
      return notes
    }
  }
}

let Holidays: typeof HolidayRules | null = null

const countryOf = (spec: string): string | null => /^([a-z]{2})(?:[-_][a-z0-9]{1,3})?$/i.exec(spec.trim())?.[1]!.toUpperCase() ?? null

/** Loads date-holidays where `spec` names a country other than Korea; resolves at once otherwise. */
export async function loadHolidayRules(spec: string): Promise<void> {
  const country = countryOf(spec)
  if (Holidays !== null || country === null || country === 'KR') return
  Holidays = (await import('date-holidays')).default
}

/** Built once: the tables do not change while the program runs. */
let korean: HolidayProvider | null = null

function unknownCountry(spec: string): Error {
  return new Error(`holidays: "${spec}" is not a known country; use kr, none or an ISO 3166 country code such as us`)
}

/**
 * A date-holidays country, public holidays only. Lookups are cached per
 * year: the first question about a year computes all of its holidays once.
 */
function ruleProvider(spec: string, country: string, region: string | undefined): HolidayProvider {
  const Rules = Holidays
  if (Rules === null) throw new Error(`holidays: the rules for "${spec}" were not loaded (loadHolidayRules comes first)`)
  const catalogue = new Rules()
  const countries = catalogue.getCountries('en')
  if (!Object.hasOwn(countries, country)) throw unknownCountry(spec)
  if (region !== undefined) {
    const regions = catalogue.getStates(country, 'en') ?? {}
    if (!Object.hasOwn(regions, region)) {
      const example = Object.keys(regions)[0]
      const hint = example ? `use e.g. ${country}-${example}, or ${country} alone` : `use ${country} alone`
      throw new Error(`holidays: "${spec}" is not a known region of ${country}; ${hint}`)
    }
  }
  const options = { types: ['public' as const] }
  const rules = region ? new Rules(country, region, options) : new Rules(country, options)

  // Every public holiday that starts in `year`, spread over the days it lasts.
  const startingIn = new Map<number, Array<[IsoDate, string]>>()
  function holidaysStartingIn(year: number): Array<[IsoDate, string]> {
    let list = startingIn.get(year)
    if (!list) {
      list = []
      for (const h of rules.getHolidays(year, 'en')) {
        // Half-day holidays (e.g. from 12:00) still leave a study day.
        if (h.type !== 'public' || !/^\d{4}-\d{2}-\d{2} 00:00:00/.test(h.date)) continue
        // Some holidays last several days (a 72-hour Eid); hours can be off by one across DST.
        const days = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / 86_400_000))
        for (let i = 0; i < days; i++) list.push([addDays(h.date.slice(0, 10), i), h.name])
      }
      startingIn.set(year, list)
    }
    return list
  }

  const byYear = new Map<number, Map<IsoDate, string>>()
  function namesIn(year: number): Map<IsoDate, string> {
    let map = byYear.get(year)
    if (!map) {
      map = new Map()
      const prefix = `${String(year).padStart(4, '0')}-`
      // A holiday starting late in the previous year may run into this one.
      for (const [date, name] of [...holidaysStartingIn(year - 1), ...holidaysStartingIn(year)]) {
        if (!date.startsWith(prefix)) continue
        const before = map.get(date)
        if (before === undefined) map.set(date, name)
        else if (!before.split(', ').includes(name)) map.set(date, `${before}, ${name}`)
      }
      byYear.set(year, map)
    }
    return map
  }

  const name = region ? `${country}-${region}` : country
  return {
    name,
    isHoliday: (date) => namesIn(Number(date.slice(0, 4))).has(date),
    holidayName: (date) => namesIn(Number(date.slice(0, 4))).get(date) ?? null,
    notes: () => []
  }
}

/**
 * `none` or empty → no holidays; `kr` → Korean gazette; `us`, `DE`, `US-CA` →
 * date-holidays. Anything else throws a one-line Error.
 */
export function holidayProvider(spec: string): HolidayProvider {
  const text = spec.trim()
  const lower = text.toLowerCase()
  if (lower === '' || lower === 'none') return noHolidays
  if (lower === 'kr') return (korean ??= koreanProvider())
  const m = /^([a-z]{2})(?:[-_]([a-z0-9]{1,3}))?$/i.exec(text)
  if (!m) throw unknownCountry(text)
  const country = m[1]!.toUpperCase()
  if (country === 'KR') {
    throw new Error(`holidays: "${text}" has a region, but Korean holidays are national; use kr`)
  }
  return ruleProvider(text, country, m[2]?.toUpperCase())
}
