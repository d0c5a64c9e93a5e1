// Golden files: whole weekly summaries (and README blocks) of two small logs, read by hand once and kept.
// After a deliberate change to the output, review the new text and rewrite them with:
//   UPDATE_GOLDEN=1 NODE_OPTIONS=--experimental-vm-modules npx jest __tests__/unit/weekly-golden.test.ts
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { renderReadmeSummary } from '../../src/render/readme-block.js'
import { weeklySummaries } from '../../src/render/weekly-file.js'
import { checkLog } from '../../src/review/check.js'
import { checkOptions, resolveSettings, type RawSettings } from '../../src/settings.js'

const GOLDEN = fileURLToPath(new URL('../golden/', import.meta.url))
const UPDATE = process.env.UPDATE_GOLDEN === '1'
const README_URL = 'https://github.com/learner/til/blob/main/README.md?plain=1'

/** Where two texts first differ, shown line by line, with what to do about it. */
function diffHint(name: string, expected: string, actual: string): string {
  const want = expected.split('\n')
  const got = actual.split('\n')
  let i = 0
  while (i < want.length && i < got.length && want[i] === got[i]) i++
  const a = [...(want[i] ?? '')]
  const b = [...(got[i] ?? '')]
  let column = 0
  while (column < a.length && column < b.length && a[column] === b[column]) column++
  const show = (lines: string[]) =>
    lines
      .slice(Math.max(0, i - 2), i + 3)
      .map((l, k) => `    ${String(Math.max(0, i - 2) + k + 1).padStart(4)}| ${l}`)
      .join('\n')
  return [
    `${name} differs from the golden file __tests__/golden/${name}`,
    `first difference at line ${i + 1}${i < want.length && i < got.length ? `, column ${column + 1}` : ''} (golden ${want.length} lines, output ${got.length} lines)`,
    '  golden:',
    show(want),
    '  output:',
    show(got),
    'If the change is intended, read the new output, then rewrite the golden files with',
    '  UPDATE_GOLDEN=1 NODE_OPTIONS=--experimental-vm-modules npx jest __tests__/unit/weekly-golden.test.ts',
    'and review `git diff __tests__/golden` before committing.'
  ].join('\n')
}

function expectGolden(name: string, actual: string): void {
  const path = resolve(GOLDEN, name)
  if (UPDATE) {
    writeFileSync(path, actual)
    return
  }
  if (!existsSync(path)) {
    throw new Error(
      `__tests__/golden/${name} is missing. Write it with UPDATE_GOLDEN=1 (see the top of this file) and read it by hand before committing.`
    )
  }
  const expected = readFileSync(path, 'utf8')
  if (expected !== actual) throw new Error(diffHint(name, expected, actual))
}

interface Case {
  name: string
  log: string
  settings: RawSettings
  weeks: string[]
}

const CASES: Case[] = [
  {
    // Korean, `## DayN` headings, checkboxes in 오늘 한 일; Children's Day (5/5) off, Day4 missing, Day6 empty.
    name: 'ko-calendar',
    log: 'logs/ko-calendar.md',
    settings: { 'start-date': '2026-05-04', timezone: 'Asia/Seoul', holidays: 'kr', today: '2026-05-19' },
    weeks: ['week-01', 'week-02']
  },
  {
    // English, date headings with checkboxes, no calendar: ISO weeks, age in logged days.
    name: 'en-iso',
    log: 'logs/en-iso.md',
    settings: { today: '2026-10-11' },
    weeks: ['2026-W40', '2026-W41']
  }
]

describe.each(CASES)('golden weekly summaries: $name', ({ name, log, settings, weeks }) => {
  const text = readFileSync(resolve(GOLDEN, log), 'utf8')
  const options = checkOptions(resolveSettings(settings), new Date('2026-01-01T00:00:00Z'))
  const report = checkLog(text, options)
  const files = weeklySummaries(report, { calendar: options.calendar, lastDue: options.lastDue!, dir: 'weekly', readmeUrl: README_URL })

  it('writes the ended weeks', () => {
    expect(files.map((f) => f.week)).toEqual(weeks)
  })

  it.each(weeks)('matches __tests__/golden/' + name + '.%s.md', (week) => {
    const content = files.find((f) => f.week === week)?.content ?? ''
    expectGolden(`${name}.${week}.md`, content)
  })

  it('matches the golden README block', () => {
    expectGolden(`${name}.readme-summary.md`, renderReadmeSummary(report, README_URL) + '\n')
  })
})

describe('the golden harness', () => {
  it('points at the first differing line and column and says how to update', () => {
    const hint = diffHint('x.md', 'a\nb\nc\n', 'a\nbX\nc\n')
    expect(hint).toContain('first difference at line 2, column 2')
    expect(hint).toContain('UPDATE_GOLDEN=1')
  })
})
