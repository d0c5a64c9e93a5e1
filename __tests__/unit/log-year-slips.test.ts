/**
 * A year not moved on at New Year: the days after `2024-12-31` written `2024-01-01`, `2024-01-02` … are read a year
 * on, and the report names them once.
 */
import { parseLog } from '../../src/log/parse.js'
import { yearLater, yearSlips } from '../../src/log/year-slips.js'
import { messages } from '../../src/render/messages.js'
import { checkLog } from '../../src/review/check.js'
import type { LabelMismatch } from '../../src/review/types.js'

describe('yearSlips', () => {
  it('a run from New Year to the end of the log, oldest first', () => {
    expect(yearSlips(['2024-12-30', '2024-12-31', '2024-01-01', '2024-01-02', '2024-01-04'])).toEqual([{ first: 2, last: 4 }])
  })

  it('a run that ends where the log writes the right year again', () => {
    const dates = ['2024-12-31', '2024-01-01', '2024-01-02', '2025-01-03', '2025-01-06']
    expect(yearSlips(dates)).toEqual([{ first: 1, last: 2 }])
  })

  it('newest first: the run is the top of the log', () => {
    expect(yearSlips(['2023-11-22', '2023-11-15', '2024-11-12', '2024-11-05', '2024-10-29'])).toEqual([{ first: 0, last: 1 }])
  })

  it('days without a full date are passed over, and keep their places', () => {
    expect(yearSlips(['2024-12-30', null, '2024-12-31', '2024-01-02', null, '2024-01-03'])).toEqual([{ first: 3, last: 5 }])
  })

  it('none in a log that is not in order, where a day a year back is no slip, or where the year on is after today', () => {
    // Grouped by topic, not by date: a step back is how the log is written.
    expect(yearSlips(['2024-03-05', '2024-01-02', '2024-06-01', '2024-02-01', '2024-05-01', '2024-01-10'])).toEqual([])
    // A year back that a year on would not put next to the day before: a log started again a year later, or a typo of another kind.
    expect(yearSlips(['2024-06-01', '2024-06-02', '2023-01-15', '2023-01-16'])).toEqual([])
    expect(yearSlips(['2024-12-30', '2024-12-31', '2024-01-01', '2024-01-02'], '2024-01-05')).toEqual([])
    // Two dates are no order to hold them to.
    expect(yearSlips(['2024-12-31', '2024-01-01'])).toEqual([])
  })

  it('the 29th of February has no day a year on', () => {
    expect(yearLater('2024-02-29')).toBeNull()
    expect(yearLater('2024-01-01')).toBe('2025-01-01')
    expect(yearSlips(['2025-02-27', '2025-02-28', '2024-02-29', '2024-03-01'])).toEqual([])
  })
})

describe('a log whose year was not moved on at New Year', () => {
  const log = (dates: string[]) => dates.map((d, i) => `## Day ${i + 1}: ${d}\n\n- studied\n`).join('\n')
  const written = ['2024-12-30', '2024-12-31', '2024-01-01', '2024-01-02', '2024-01-03']

  it('reads those days a year on and keeps the date as written', () => {
    const { entries } = parseLog(log(written))
    expect(entries.map((e) => [e.date, e.writtenDate])).toEqual([
      ['2024-12-30', undefined],
      ['2024-12-31', undefined],
      ['2025-01-01', '2024-01-01'],
      ['2025-01-02', '2024-01-02'],
      ['2025-01-03', '2024-01-03']
    ])
  })

  it('says so once, for the run, in the log’s language, and finds no day missing for it', () => {
    const report = checkLog(log(written), { calendar: null, lastDue: null })
    const slips = report.findings.filter((f): f is LabelMismatch => f.type === 'label-mismatch')
    expect(slips.map((f) => [f.line, f.why])).toEqual([[9, { kind: 'year-slip', written: '2024-01-01', count: 3, last: 'Day5' }]])
    expect(messages('en').finding(slips[0]!)).toBe(
      'Day3 to Day5: 3 entries dated a year before the days around them (from 2024-01-01) are read a year on. Check their year.'
    )
    expect(messages('ko').finding(slips[0]!)).toBe(
      'Day3부터 Day5까지 기록 3개는 날짜가 앞뒤 기록보다 1년 이르게 적혀 있어서(2024-01-01부터) 1년 뒤로 읽었어요. 연도를 확인해 주세요.'
    )
    const one = checkLog(log(['2024-12-30', '2024-12-31', '2024-01-01', '2025-01-02']), { calendar: null, lastDue: null })
    const alone = one.findings.find((f): f is LabelMismatch => f.type === 'label-mismatch')!
    expect(messages('en').finding(alone)).toBe(
      'Day3 is dated 2024-01-01, a year before the days around it: read as 2025-01-01. Check its year.'
    )
    expect(messages('ko').finding(alone)).toBe(
      'Day3의 날짜(2024-01-01)가 앞뒤 기록보다 1년 이르게 적혀 있어서 1년 뒤 날짜(2025-01-01)로 읽었어요. 연도를 확인해 주세요.'
    )
  })

  it('keeps the year as written where the weekdays beside the dates fit it', () => {
    // 2024-01-01 was a Monday; 2025-01-01 a Wednesday.
    const text = ['2024-12-30 (Mon)', '2024-12-31 (Tue)', '2024-01-01 (Mon)', '2024-01-02 (Tue)'].map((d) => `## ${d}\n\n- x\n`).join('\n')
    expect(parseLog(text).entries.map((e) => e.date)).toEqual(['2024-12-30', '2024-12-31', '2024-01-01', '2024-01-02'])
    const moved = ['2024-12-30 (Mon)', '2024-12-31 (Tue)', '2024-01-01 (Wed)', '2024-01-02 (Thu)'].map((d) => `## ${d}\n\n- x\n`).join('\n')
    expect(parseLog(moved).entries.map((e) => e.date)).toEqual(['2024-12-30', '2024-12-31', '2025-01-01', '2025-01-02'])
  })
})
