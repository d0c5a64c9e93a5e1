import { holdsSummaries } from '../../src/review/calendar-sanity.js'
import { checkLog } from '../../src/review/check.js'
import { koreanLog } from '../helpers/study-log.js'
import { checkOptions, resolveSettings } from '../../src/settings.js'
import { messages } from '../../src/render/messages.js'
import { reportJson } from '../../src/render/report-json.js'

const LOG = ['# TIL', '', '## 2026-03-02', '- [ ] 과제 1', '', '## 2026-03-03', '- 정리', '', '## 2026-03-04', '- [x] 과제 1', ''].join(
  '\n'
)

function check(startDate: string, today: string, log = LOG) {
  return checkLog(log, checkOptions(resolveSettings({ 'start-date': startDate, today, timezone: 'Asia/Seoul' }), new Date()))
}

describe('a start date that cannot be right', () => {
  it('after today: one warning naming the first entry’s date, and the entries are checked without the calendar', () => {
    const report = check('2027-03-02', '2026-03-05')
    expect(reportJson(report).warnings).toEqual([
      {
        type: 'start-after-today',
        setting: 'start-date',
        expected: '2026-03-02',
        calendarIgnored: true,
        message:
          'start-date 2027-03-02가 오늘(2026-03-05)보다 뒤예요. 첫 기록의 날짜인 2026-03-02를 쓰려던 게 아닌지 확인해 주세요. 이번에는 달력 없이 적힌 기록만 확인했고, 고칠 때까지 주간 요약 파일은 쓰지 않아요.'
      }
    ])
    // Not hidden: the three entries and the carried task are still there.
    expect(report.due.map((d) => d.entry)).toEqual(['2026-03-02', '2026-03-03', '2026-03-04'])
    expect(report.carryOver.map((c) => [c.text, c.resolvedIn])).toEqual([['과제 1', '2026-03-04']])
  })

  it('after the last dated entry', () => {
    const [warning] = check('2026-04-01', '2026-04-10').warnings
    expect(warning).toMatchObject({ type: 'start-after-last-entry', expected: '2026-03-02', calendarIgnored: true })
    expect(messages('ko').warning(warning!.doubt)).toContain('마지막 기록의 날짜(2026-03-04)보다 뒤예요')
  })

  it('more than a month before the first dated entry: a warning, the calendar kept', () => {
    const report = check('2025-03-02', '2026-03-05')
    expect(reportJson(report).warnings).toEqual([
      expect.objectContaining({ type: 'start-long-before-first-entry', expected: '2026-03-02', calendarIgnored: false })
    ])
    expect(messages(report.language).warning(report.warnings[0]!.doubt)).toBe(
      'start-date 2025-03-02가 첫 기록의 날짜(2026-03-02)보다 한 달 넘게 앞서요. 첫 기록의 날짜인 2026-03-02를 쓰려던 게 아닌지 확인해 주세요. 첫 기록 전의 날짜로는 알림을 보내지 않아요.'
    )
    expect(report.findings.filter((f) => f.type === 'missing-day').length).toBeGreaterThan(200)
  })

  it('says nothing for a start date that fits, a start date of today, or a log without dated entries', () => {
    expect(check('2026-03-02', '2026-03-05').warnings).toEqual([])
    expect(check('2026-02-09', '2026-03-05').warnings).toEqual([])
    expect(check('2026-03-02', '2026-03-02').warnings).toEqual([])
    expect(check('2026-03-02', '2026-03-05', '# TIL\n\n## Day1\n- 정리\n').warnings).toEqual([])
  })

  it('after today, in English, for an English log without a date it can suggest', () => {
    const log = '# TIL\n\n## Day 1\n**Done**\n- read the docs\n'
    const [warning] = check('2027-01-01', '2026-03-05', log).warnings
    expect(messages('en').warning(warning!.doubt)).toBe(
      'start-date 2027-01-01 is after today (2026-03-05). Set it to the date of your first entry. This run checked the entries as written, without the calendar, and writes no weekly files until it is fixed.'
    )
  })

  it('a log numbered without dates, counted from a start date a year off: named, and its missing days not reminded', () => {
    const log = koreanLog(Array.from({ length: 13 }, () => ({})))
    const report = check('2025-03-02', '2026-03-18', log)
    expect(reportJson(report).warnings).toEqual([
      {
        type: 'entries-end-long-ago',
        setting: 'start-date',
        expected: '2026-03-02',
        calendarIgnored: false,
        message:
          'start-date 2025-03-02로 세면 마지막 기록 Day13이 2025-03-18이라, 그 뒤로 한 달 넘게 기록이 없는 셈이에요. 2026-03-02를 쓰려던 게 아닌지 확인해 주세요. 고칠 때까지 빠진 날로는 알림을 보내지 않고 주간 요약 파일도 쓰지 않아요.'
      }
    ])
    expect(report.warnings.some(holdsSummaries)).toBe(true)
    // The same log, two months after its last entry with the right start date: the learner paused, nothing is doubted.
    expect(check('2026-03-02', '2026-05-20', log).warnings).toEqual([])
  })
})
