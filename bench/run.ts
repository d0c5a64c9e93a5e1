/**
 * `npm run bench`: how long the whole check takes on one-year and four-year
 * logs, against markdown-it parsing the same text in the same process, and how
 * much memory it needs. Speed is measured here, never in tests.
 *
 * Targets: a four-year log is checked in at most 3× markdown-it's parse time,
 * and takes at most 5× the one-year time (no worse than linear, with room).
 *
 *   npm run bench                  all cases
 *   npm run bench -- --runs 15     more timed runs per case (the median is reported; 7 by default)
 */
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import MarkdownIt from 'markdown-it'
import { parseLog } from '../src/log/parse.js'
import { checkLog } from '../src/review/check.js'
import { checkOptions, resolveSettings, type RawSettings } from '../src/settings.js'
import { headingLog, templateLog } from './generate.js'

const YEAR = 250 // study days in a year
const WARMUP = 3

interface Case {
  template: 'details' | 'heading'
  years: 1 | 4
  text: string
  settings: RawSettings
}

function addDays(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10)
}

function makeCase(template: Case['template'], years: Case['years']): Case {
  const days = YEAR * years
  if (template === 'details') {
    // The seed's calendar: Korean holidays, the last day due about `years` years on.
    const settings = { 'start-date': '2026-09-21', timezone: 'Asia/Seoul', holidays: 'kr', today: addDays('2026-09-21', 365 * years) }
    return { template, years, text: templateLog(days), settings }
  }
  // Weekdays from Monday 2026-03-02, no holidays: the last entry is the last day due.
  const weeks = Math.ceil(days / 5)
  return { template, years, text: headingLog(days), settings: { 'start-date': '2026-03-02', today: addDays('2026-03-02', weeks * 7) } }
}

const optionsFor = (c: Case) => checkOptions(resolveSettings(c.settings), new Date())

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** Median wall time of `fn` in ms, after warm-up runs; `setup` runs untimed before each call. */
function time<T>(runs: number, setup: () => T, fn: (input: T) => unknown): number {
  const samples: number[] = []
  for (let i = 0; i < WARMUP + runs; i++) {
    const input = setup()
    const start = performance.now()
    fn(input)
    const elapsed = performance.now() - start
    if (i >= WARMUP) samples.push(elapsed)
  }
  return median(samples)
}

/** Peak memory of one call, in a fresh process so that earlier cases do not count. */
function peakMemory(c: Case, what: 'check' | 'markdown-it'): { rssMB: number; growthMB: number } {
  const script = fileURLToPath(import.meta.url)
  const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', script, '--memory', what, c.template, String(c.years)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20
  })
  if (child.status !== 0) throw new Error(`memory probe failed: ${child.stderr}`)
  return JSON.parse(child.stdout) as { rssMB: number; growthMB: number }
}

function memoryProbe(what: string, template: Case['template'], years: Case['years']): void {
  const c = makeCase(template, years)
  const options = optionsFor(c)
  const md = new MarkdownIt()
  globalThis.gc?.()
  const before = process.memoryUsage().rss
  if (what === 'check') checkLog(c.text, options)
  else md.parse(c.text, {})
  const peak = process.resourceUsage().maxRSS * 1024
  const mb = (bytes: number): number => Math.round((bytes / 2 ** 20) * 10) / 10
  process.stdout.write(JSON.stringify({ rssMB: mb(peak), growthMB: mb(Math.max(0, peak - before)) }))
}

function main(): void {
  const args = process.argv.slice(2)
  if (args[0] === '--memory') return memoryProbe(args[1]!, args[2] as Case['template'], Number(args[3]) as Case['years'])
  const runsAt = args.indexOf('--runs')
  const runs = runsAt >= 0 ? Math.max(1, Number(args[runsAt + 1]) || 7) : 7
  if (!globalThis.gc) console.log('(run with --expose-gc: the memory probes collect garbage before they measure)')

  const md = new MarkdownIt()
  // Let the JIT see every code path once before anything is timed.
  for (const template of ['details', 'heading'] as const) {
    const small = makeCase(template, 1)
    for (let i = 0; i < 3; i++) {
      checkLog(small.text, optionsFor(small))
      md.parse(small.text, {})
    }
  }
  const rows: Array<
    Case & {
      check: number
      parse: number
      markdownIt: number
      memory: { rssMB: number; growthMB: number }
      mdMemory: { rssMB: number; growthMB: number }
    }
  > = []
  for (const template of ['details', 'heading'] as const) {
    for (const years of [1, 4] as const) {
      const c = makeCase(template, years)
      const check = time(
        runs,
        () => optionsFor(c),
        (options) => checkLog(c.text, options)
      )
      const parse = time(
        runs,
        () => null,
        () => parseLog(c.text, { startDate: c.settings['start-date'] })
      )
      const markdownIt = time(
        runs,
        () => null,
        () => md.parse(c.text, {})
      )
      rows.push({ ...c, check, parse, markdownIt, memory: peakMemory(c, 'check'), mdMemory: peakMemory(c, 'markdown-it') })
    }
  }

  const pad = (s: string | number, n: number): string => String(s).padStart(n)
  console.log(`til-keeper bench — node ${process.version}, median of ${runs} runs after ${WARMUP} warm-up runs\n`)
  console.log(
    `${'log'.padEnd(22)}${pad('size', 9)}${pad('check ms', 10)}${pad('parse ms', 10)}${pad('md-it ms', 10)}${pad('ratio', 7)}${pad('peak RSS', 10)}${pad('md-it RSS', 11)}`
  )
  for (const r of rows) {
    const name = `${r.template === 'details' ? '<details> template' : 'headings+checkboxes'} ${r.years}y`
    console.log(
      `${name.padEnd(22)}${pad(`${Math.round(Buffer.byteLength(r.text) / 1024)} KB`, 9)}${pad(r.check.toFixed(1), 10)}${pad(r.parse.toFixed(1), 10)}` +
        `${pad(r.markdownIt.toFixed(1), 10)}${pad(`${(r.check / r.markdownIt).toFixed(2)}×`, 7)}${pad(`${r.memory.rssMB} MB`, 10)}${pad(`${r.mdMemory.rssMB} MB`, 11)}`
    )
  }
  console.log('\n(size in UTF-8 KB; "parse" is parseLog alone; RSS is the peak of a fresh process doing one call)\n')

  let failed = false
  const target = (label: string, value: number, limit: number, unit: string): void => {
    const pass = value <= limit
    failed ||= !pass
    console.log(`${pass ? 'PASS' : 'FAIL'}  ${label}: ${value.toFixed(2)}${unit} (limit ${limit}${unit})`)
  }
  for (const template of ['details', 'heading'] as const) {
    const one = rows.find((r) => r.template === template && r.years === 1)!
    const four = rows.find((r) => r.template === template && r.years === 4)!
    const name = template === 'details' ? '<details> template' : 'headings+checkboxes'
    target(`${name}: 4-year check ≤ 3× markdown-it parse`, four.check / four.markdownIt, 3, '×')
    target(`${name}: 4-year time / 1-year time ≤ 5`, four.check / one.check, 5, '')
  }
  if (failed) process.exitCode = 1
}

main()
