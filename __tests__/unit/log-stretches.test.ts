/**
 * Days counted within weeks: `Week 2 Day 3` labels, and `### Day 3` under `## Week 2`. Where the count starts again
 * each week, the log's days are numbered on from its first week and named back as the log names them; where it runs
 * on, the numbers stand as written.
 */
import { parseLog } from '../../src/log/parse.js'
import { entryNames } from '../../src/render/entry-names.js'
import { renderText } from '../../src/render/cli-text.js'
import { checkLog } from '../../src/review/check.js'
import { createCalendar, holidayProvider, parseWorkdays } from '../../src/calendar/index.js'

/** Weeks of days, each day with one line of writing; `skip` leaves out `[week, day]` pairs. */
function weeks(label: (week: number, day: number) => string, count: number, perWeek: number, skip: Array<[number, number]> = []): string {
  const out: string[] = ['# Journal', '']
  for (let w = 1; w <= count; w++)
    for (let d = 1; d <= perWeek; d++)
      if (!skip.some(([sw, sd]) => sw === w && sd === d)) out.push(label(w, d), '', `- learned ${w}.${d}`, '')
  return out.join('\n')
}

/** The same, with each week a heading of its own over its days. */
function wrapped(count: number, perWeek: number, skip: Array<[number, number]> = []): string {
  const out: string[] = ['# Journal', '']
  for (let w = 1; w <= count; w++) {
    out.push(`## Week ${w}`, '')
    for (let d = 1; d <= perWeek; d++)
      if (!skip.some(([sw, sd]) => sw === w && sd === d)) out.push(`### Day ${d}`, '', `- learned ${w}.${d}`, '')
  }
  return out.join('\n')
}

const numbers = (text: string): number[] => parseLog(text).entries.map((e) => e.number!)

describe('days counted within weeks', () => {
  it('`Week 2 Day 3` labels are numbered on from the first week, so many days a week as the log shows', () => {
    const text = weeks((w, d) => `## Week ${w} Day ${d}`, 3, 5, [[2, 2]])
    expect(numbers(text)).toEqual([1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 15])
    expect(parseLog(text).reading.forms).toEqual([
      expect.objectContaining({ form: 'Week N Day N', stretch: { form: 'Week N', days: 5, first: 1 } })
    ])
  })

  it('`### Day 3` under `## Week 2` is numbered so too, and no day is written twice', () => {
    const text = wrapped(3, 5, [[2, 2]])
    expect(numbers(text)).toEqual([1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 15])
    const report = checkLog(text, { calendar: null, lastDue: null })
    expect(report.findings.map((f) => [f.type, f.entry])).toEqual([['missing-day', 'Day7']])
  })

  it('a count that runs on from week to week stands as written', () => {
    const text = weeks((w, d) => `## Week ${w} Day ${(w - 1) * 5 + d}`, 2, 5)
    expect(numbers(text)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect(parseLog(text).reading.forms[0]!.stretch).toBeUndefined()
  })

  it('counts from the first week written: a log that starts at week 3 starts at its day 1', () => {
    const text = weeks((w, d) => `## Week ${w + 2} Day ${d}`, 2, 3)
    expect(numbers(text)).toEqual([1, 2, 3, 4, 5, 6])
  })

  it('a missing day is named as the log names its days, in its language', () => {
    const calendar = createCalendar({
      startDate: '2024-03-04',
      workdays: parseWorkdays('mon-fri'),
      holidays: holidayProvider('none'),
      skipDates: []
    })
    const english = renderText(
      checkLog(
        weeks((w, d) => `## Week ${w} Day ${d}`, 2, 5, [[2, 2]]),
        { calendar, lastDue: '2024-03-15' }
      ),
      'log.md'
    )
    expect(english).toContain('Week 2 Day 2 (2024-03-12) has no entry.')
    const korean = renderText(
      checkLog(
        weeks((w, d) => `## ${w}주차 ${d}일차\n\n배운 것`, 2, 5, [[2, 2]]),
        { calendar, lastDue: '2024-03-15' }
      ),
      'log.md'
    )
    expect(korean).toContain('2주차 2일차 (2024-03-12) 기록이 없어요.')
  })

  it('entry names: a range within weeks names both ends; a log without weeks keeps its identifiers', () => {
    const stretch = { form: 'Week N', days: 5, first: 1 }
    const form = {
      kind: 'day' as const,
      position: 'h2' as const,
      form: 'Week N Day N',
      count: 3,
      example: { line: 1, text: 'Week 1 Day 1' }
    }
    const names = entryNames('en', [{ ...form, stretch }])
    expect(names.entry('Day5-6')).toBe('Week 1 Day 5~Week 2 Day 1')
    expect(names.entry('Day11')).toBe('Week 3 Day 1')
    expect(entryNames('en', [form]).entry('Day11')).toBe('Day11')
  })

  it('a book’s chapters are as long as the learner made them: each starts after the last day written in the one before', () => {
    const chapters = [2, 4, 3]
    const day = (c: number, d: number) => `## Chapter ${c}, Day ${d}\n\n- answered ${c}.${d}\n`
    const text = chapters.flatMap((days, i) => Array.from({ length: days }, (_, d) => day(i + 1, d + 1))).join('\n')
    expect(numbers(text)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9])
    expect(checkLog(text, { calendar: null, lastDue: null }).findings).toEqual([])
    // A day left out inside a chapter is missing, and named as the log names it.
    const gap = text.replace(day(2, 2), '')
    expect(renderText(checkLog(gap, { calendar: null, lastDue: null }), 'log.md')).toContain('Chapter 2 Day 2 has no entry.')
  })
})
