// The settings are parsed once, into the values the core uses; a bad value is one line naming the setting.
import { checkOptions, resolveSettings, SettingsError, type RawSettings } from '../../src/settings.js'

describe('resolveSettings: typed values, parsed once', () => {
  it('keeps what it parsed: weekdays, a holiday provider, skip dates, minutes, a checked zone', () => {
    const s = resolveSettings(
      { 'start-date': '2026-09-21', workdays: '월수금', holidays: 'kr', 'skip-dates': '2026-12-24..2026-12-26', 'due-after': '22:30' },
      { timezone: 'Asia/Seoul', workdays: 'daily' }
    )
    expect(s.workdays).toEqual([1, 3, 5])
    expect(s.holidays.name).toBe('kr')
    expect(s.holidays.isHoliday('2026-09-25')).toBe(true) // Chuseok
    expect(s.skipDates).toEqual(['2026-12-24', '2026-12-25', '2026-12-26'])
    expect(s.dueAfter).toBe(22 * 60 + 30)
    expect(s.timeZone).toBe('Asia/Seoul')
  })

  it('defaults: mon-fri, no holidays, no skip dates, no due time, UTC', () => {
    const s = resolveSettings({})
    expect(s).toMatchObject({ workdays: [1, 2, 3, 4, 5], skipDates: [], dueAfter: null, timeZone: 'UTC', startDate: null })
    expect(s.holidays.name).toBe('none')
  })

  it('checkOptions assembles the calendar from those values', () => {
    const s = resolveSettings({ 'start-date': '2026-09-21', workdays: 'mon,wed', 'skip-dates': '2026-09-23', today: '2026-10-01' })
    const { calendar, lastDue } = checkOptions(s, new Date('2026-10-02T00:00:00Z'))
    expect(lastDue).toBe('2026-10-01')
    expect(calendar!.settings.workdays).toBe(s.workdays)
    expect(calendar!.dueDays('2026-10-01')).toEqual(['2026-09-21', '2026-09-28', '2026-09-30'])
  })

  it.each<[string, RawSettings, RegExp]>([
    ['start-date', { 'start-date': '2026-13-01' }, /^start-date: "2026-13-01" is not a date/],
    ['timezone', { timezone: 'Mars/Base' }, /^timezone: "Mars\/Base" is not an IANA time zone/],
    ['workdays', { workdays: 'weekdayz' }, /^workdays: "weekdayz" is not a day range/],
    ['holidays', { holidays: 'XX1' }, /^holidays: "XX1" is not a known country/],
    ['skip-dates', { 'skip-dates': '2026-09-31' }, /^skip-dates: "2026-09-31" is not a date/],
    ['due-after', { 'due-after': '25:00' }, /^due-after: "25:00" is not a time/],
    ['remind-days', { 'remind-days': 'soon' }, /^remind-days: "soon" is not a number of days/],
    ['summary-branch', { 'summary-branch': 'a..b' }, /^summary-branch: "a\.\.b" is not a branch name/],
    ['entry-pattern', { 'entry-pattern': 'Day \\d+' }, /^entry-pattern: "Day \\d\+" has no/]
  ])('a bad %s is a SettingsError of one line naming it', (_, raw, message) => {
    let thrown: unknown
    try {
      resolveSettings(raw)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(SettingsError)
    expect((thrown as Error).message).toMatch(message)
    expect((thrown as Error).message).not.toContain('\n')
  })
})
