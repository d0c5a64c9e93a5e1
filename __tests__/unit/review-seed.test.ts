/**
 * The whole check on the seed log with the calendar its learner uses: start
 * 2026-09-21, Asia/Seoul, Korean holidays, today 2026-10-14. Each expectation
 * was read off the seed (`cat -n`) and worked out on a paper calendar:
 *
 *   Day1 9/21  Day2 9/22  Day3 9/23  (9/24–25 Chuseok; 9/26 is a Saturday, and
 *   Chuseok moves only off a Sunday)  Day4 9/28  Day5 9/29  Day6 9/30  Day7 10/1
 *   Day8 10/2  (10/5 stands in for 10/3, a Saturday)  Day9 10/6  Day10 10/7
 *   Day11 10/8  (10/9 Hangul Day)  Day12 10/12  Day13 10/13  Day14 10/14.
 *
 * Week 1 is Mon 9/21 – Sun 9/27, week 3 ends Sun 10/11.
 */
import { checkLog } from '../../src/review/check.js'
import type { Report } from '../../src/review/types.js'
import { checkOptions, resolveSettings } from '../../src/settings.js'
import { HAS_SEED, readSeed } from '../fixtures/shared.js'
import { messages } from '../../src/render/messages.js'

const describeSeed = HAS_SEED ? describe : describe.skip
if (!HAS_SEED) console.warn('review-seed.test.ts: ../shared/fixtures/boostcamp-ai-tech-til.md is absent; the seed tests are skipped')

const SETTINGS = { 'start-date': '2026-09-21', timezone: 'Asia/Seoul', holidays: 'kr', today: '2026-10-14' }
const NOW = new Date('2026-10-14T03:00:00Z')

let report: Report
beforeAll(() => {
  if (HAS_SEED) report = checkLog(readSeed(), checkOptions(resolveSettings(SETTINGS), NOW))
})

const carried = (text: string) => report.carryOver.filter((c) => c.text === text)

describeSeed('check: the seed log', () => {
  it('places each day on its calendar date, holidays skipped', () => {
    const days = report.entries.filter((e) => e.kind === 'day')
    expect(days.map((e) => [e.label, e.date])).toEqual([
      ['Day1', '2026-09-21'],
      ['Day2', '2026-09-22'],
      ['Day3', '2026-09-23'],
      ['Day4', '2026-09-28'],
      ['Day5', '2026-09-29'],
      ['Day6', '2026-09-30'],
      ['Day7', '2026-10-01'],
      ['Day8', '2026-10-02'],
      ['Day9', '2026-10-06'],
      ['Day10', '2026-10-07'],
      ['Day11', '2026-10-08'],
      ['Day12', '2026-10-12'],
      ['Day13', '2026-10-13']
    ])
    expect(days.every((e) => e.dateSource === 'calendar')).toBe(true)
    expect(report.lastDue).toBe('2026-10-14')
    expect(report.language).toBe('ko')
  })

  it('finds exactly the problems a reader finds', () => {
    const found = report.findings.map((f) => [f.type, f.entry, f.line])
    expect(found).toEqual([
      ['empty-day', 'Day5', 591],
      ['empty-section', 'Day10', 931],
      ['empty-section', 'Day10', 941],
      ['missing-week-review', 'WEEK3', 957],
      ['empty-section', 'Day11', 992],
      ['empty-section', 'Day12', 1032],
      ['empty-section', 'Day13', 1057],
      ['empty-section', 'Day13', 1074],
      ['label-mismatch', 'Day13', 1074],
      ['missing-day', 'Day14', 1077]
    ])
  })

  it('Day14 (2026-10-14) is missing, to be written after Day13', () => {
    const missing = report.findings.filter((f) => f.type === 'missing-day')
    expect(missing).toEqual([expect.objectContaining({ entry: 'Day14', number: 14, date: '2026-10-14', line: 1077 })])
    expect(messages(report.language).finding(missing[0]!)).toContain('Day14')
  })

  it('the WEEK3 review is missing; WEEK1 and WEEK2 are written, WEEK4 is not over', () => {
    const weeks = report.findings.filter((f) => f.type === 'missing-week-review')
    expect(weeks).toEqual([expect.objectContaining({ entry: 'WEEK3', number: 3, date: '2026-10-11' })])
    // Named by its week and dates, as a reader names it.
    expect(messages(report.language).finding(weeks[0]!)).toBe('3주차(10/5~10/11) 회고가 아직 없어요.')
  })

  it('Day5 is an empty day: every section but its weekend goal is empty', () => {
    const day5 = report.findings.find((f) => f.type === 'empty-day')!
    expect(day5).toMatchObject({ entry: 'Day5', date: '2026-09-29', line: 591 })
    expect(day5.sections).toEqual([
      { title: '완료한 사항', line: 592 },
      { title: '완료하지 못한 사항', line: 601 },
      { title: '자세히 짚고 넘어갈 학습 내용', line: 608 },
      { title: 'DAY 5 소감', line: 620 }
    ])
    // Day5's empty sections are reported once, as the day, not one by one.
    expect(report.findings.filter((f) => f.entry === 'Day5')).toHaveLength(1)
  })

  it('names the empty sections of Day10–Day13 at their lines; a link alone (Day11, Day12) is content', () => {
    const sections = report.findings.filter((f) => f.type === 'empty-section').map((f) => [f.entry, f.section, f.line])
    expect(sections).toEqual([
      ['Day10', '자세히 짚고 넘어갈 학습 내용', 931],
      ['Day10', 'DAY 10 소감', 941],
      ['Day11', 'DAY 11 소감', 992],
      ['Day12', 'DAY 12 소감', 1032],
      ['Day13', '자세히 짚고 넘어갈 학습 내용', 1057],
      ['Day13', 'DAY 12 소감', 1074]
    ])
  })

  it('Day13 has a reflection labelled `DAY 12 소감`', () => {
    const mismatch = report.findings.filter((f) => f.type === 'label-mismatch')
    expect(mismatch).toEqual([expect.objectContaining({ entry: 'Day13', section: 'DAY 12 소감', line: 1074 })])
  })

  it('due days: Day1–Day13 logged (Day5 empty), Day14 missing', () => {
    expect(report.due.map((d) => [d.entry, d.state])).toEqual([
      ...Array.from({ length: 13 }, (_, i) => [`Day${i + 1}`, i === 4 ? 'empty' : 'logged']),
      ['Day14', 'missing']
    ])
    expect(report.notes).toEqual([])
  })
})

describeSeed('check: carry-over on the seed', () => {
  it('`기본 과제 1` is open from Day6 and done in Day8', () => {
    expect(carried('기본 과제 1')).toEqual([
      expect.objectContaining({
        from: 'Day6',
        fromDate: '2026-09-30',
        resolvedIn: 'Day8',
        resolvedDate: '2026-10-02',
        line: 659,
        // Day6's goal `기본과제 1 마무리하기` was not done on Day7 either.
        openIn: ['Day6', 'Day7'],
        age: 2
      })
    ])
  })

  it('`기본 과제 2` is open from Day8, still open on Day9, and not done since', () => {
    expect(carried('기본 과제 2')).toEqual([
      expect.objectContaining({
        from: 'Day8',
        fromDate: '2026-10-02',
        lastOpen: 'Day9',
        lastOpenDate: '2026-10-06',
        resolvedIn: null,
        openIn: ['Day8', 'Day9'],
        // Workdays from 10/2 to the last due day 10/14: 10/6, 7, 8, 12, 13, 14.
        age: 6
      })
    ])
    // Day7's goal `기본 과제 2 완료` is the same task, not a record of its own.
    expect(report.carryOver.some((c) => c.text === '기본 과제 2 완료')).toBe(false)
  })

  it('`과제 4` and `과제 5` are different tasks: doing 4 on Day12 leaves 5 open until Day13', () => {
    expect(carried('과제 5')).toEqual([expect.objectContaining({ from: 'Day12', resolvedIn: 'Day13', line: 1012, age: 1 })])
    expect(carried('과제 4')).toEqual([])
  })

  it('`기본과제1 hook & apply` is not `기본 과제 1`', () => {
    expect(carried('기본과제1 hook & apply')).toEqual([expect.objectContaining({ from: 'Day7', resolvedIn: null })])
  })

  it('a goal for tomorrow that the next day does is not carried: `Day 8, Day 9 내용정리` is done in Day10', () => {
    expect(carried('Day 8, Day 9 내용정리')).toEqual([expect.objectContaining({ from: 'Day9', resolvedIn: 'Day10' })])
  })

  it('every record points at a line inside its first day or the goal before it', () => {
    const lines = readSeed().split('\n')
    for (const record of report.carryOver) {
      const text = lines[record.line - 1]!
      expect(text.replace(/\s+/g, ' ')).toContain(record.text.split(' ')[0])
    }
  })
})
