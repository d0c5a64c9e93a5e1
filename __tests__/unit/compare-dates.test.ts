import { compareDates } from '../../src/log/years.js'
import { count } from '../../src/render/phrases.js'

test('dates order as the calendar does, full or year-less, and as localeCompare ordered them', () => {
  const full = ['2026-03-02', '2025-12-31', '2026-02-28', '2026-03-10', '2024-02-29', '2026-03-02']
  const sorted = [...full].sort(compareDates)
  expect(sorted).toEqual(['2024-02-29', '2025-12-31', '2026-02-28', '2026-03-02', '2026-03-02', '2026-03-10'])
  expect(sorted).toEqual([...full].sort((a, b) => a.localeCompare(b)))
  expect([...['--12-01', '--01-15', '--03-09']].sort(compareDates)).toEqual(['--01-15', '--03-09', '--12-01'])
  expect(compareDates('2026-03-02', '2026-03-02')).toBe(0)
  expect(Math.sign(compareDates('', '2026-01-01'))).toBe(-1)
})

test('counts are written with thousands separated by commas', () => {
  expect(count(0)).toBe('0')
  expect(count(999)).toBe('999')
  expect(count(1000)).toBe('1,000')
  expect(count(1234567)).toBe('1,234,567')
  expect(count(1234567)).toBe((1234567).toLocaleString('en-US'))
})
