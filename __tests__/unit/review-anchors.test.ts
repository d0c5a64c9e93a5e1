/**
 * Where a missing entry belongs: right after the nearest earlier entry (by day
 * number, or by date in a log labelled by date), the first such entry when a
 * number is written twice. The check answers that by binary search over entries
 * sorted once; these properties hold it to the plain definition, on logs with
 * duplicates, gaps and any order.
 */
import fc from 'fast-check'
import { addDays } from '../../src/calendar/dates.js'
import { checkLog } from '../../src/review/check.js'
import type { Report } from '../../src/review/types.js'
import { checkOptions, resolveSettings } from '../../src/settings.js'

type Day = Report['entries'][number]

/** The end line of the first entry (in log order) with the greatest key below `wanted`. */
function expected(days: Day[], key: (d: Day) => number | string | null, wanted: number | string): number | null {
  let best: Day | null = null
  for (const d of days) {
    const k = key(d)
    if (k === null || k >= wanted) continue
    if (best === null || k > key(best)!) best = d
  }
  return best ? best.endLine : null
}

const log = (headings: string[], fillers: number[]) =>
  '# TIL\n\n' + headings.map((h, i) => `## ${h}\n\n${'- 메모\n'.repeat(fillers[i] ?? 0)}\n`).join('')

// Every day from 2026-11-02 through the 24th is due.
const DAILY = checkOptions(resolveSettings({ 'start-date': '2026-11-02', workdays: 'daily', today: '2026-11-24' }), new Date())

describe('the line a missing entry is placed after', () => {
  it('by number: the first entry with the greatest number below it', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 30 }), fc.array(fc.nat(3)), (numbers, fillers) => {
        const report = checkLog(
          log(
            numbers.map((n) => `Day ${n}`),
            fillers
          ),
          { calendar: null, lastDue: '2026-11-30' }
        )
        const days = report.entries.filter((e) => e.kind === 'day')
        for (const f of report.findings.filter((f) => f.type === 'missing-day')) {
          expect(f.line).toBe(expected(days, (d) => d.number, f.number!))
        }
      })
    )
  })

  it('by date: the first entry with the latest date before it', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 20 }), fc.array(fc.nat(3)), (offsets, fillers) => {
        const report = checkLog(
          log(
            offsets.map((n) => addDays('2026-11-02', n)),
            fillers
          ),
          DAILY
        )
        const days = report.entries.filter((e) => e.kind === 'day')
        expect(report.findings.some((f) => f.type === 'missing-day')).toBe(true)
        for (const f of report.findings.filter((f) => f.type === 'missing-day')) {
          expect(f.line).toBe(expected(days, (d) => d.date, f.date!))
        }
      })
    )
  })
})
