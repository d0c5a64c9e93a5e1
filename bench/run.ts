/**
 * `npm run bench`: how long a check takes, against markdown-it parsing the same
 * text, on generated logs, on every real log in ../shared, at start-up and on a
 * 50 MB log. Speed is measured here, never in tests. Targets (issue #11):
 *
 * - real logs: the first check in a fresh process, modules loaded, ≤ 3× markdown-it's first
 *   parse of the same text (or ≤ 30 ms where markdown-it takes under 10 ms); the line reader
 *   takes ≥ 90% of the corpus lines; the log four times over takes ≤ 4.5× the log once;
 * - generated four-year logs: the first check ≤ 1× markdown-it's first parse;
 *   four years ≤ 5× one year (no worse than linear, with room);
 * - start-up: `til-keeper check` on the seed ≤ 2.5× `node -e 0`, `til-keeper --help` ≤ 1.5×;
 * - a 50 MB log costs per MB at most twice what a four-year log costs.
 *
 *   npm run bench                     everything
 *   npm run bench -- --runs 15        more runs per measurement (medians are reported)
 *   npm run bench -- --only real      one section: generated, real, startup or big
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import MarkdownIt from 'markdown-it'
import { ensureFreshDist } from '../__tests__/helpers/fresh-dist.js'
import { BlockReader } from '../src/log/blocks.js'
import { readBlocksFast } from '../src/log/fast-blocks.js'
import { parseMarkdown } from '../src/log/micromark.js'
import { parseLog } from '../src/log/parse.js'
import { checkOnce, generated, loadCase, realLogs, ROOT, SEED, SEED_SETTINGS, SHARED, type Case, type CaseSpec } from './cases.js'
import { templateLog } from './generate.js'
import { median, warm as warmRuns } from './timing.js'

const PROBE = fileURLToPath(new URL('./probe.ts', import.meta.url))

const args = process.argv.slice(2)
const runsAt = args.indexOf('--runs')
const RUNS = runsAt >= 0 ? Math.max(1, Number(args[runsAt + 1]) || 7) : 7
const onlyAt = args.indexOf('--only')
const ONLY = onlyAt >= 0 ? args[onlyAt + 1] : null
const section = (name: string): boolean => ONLY === null || ONLY === name

const warm = (fn: () => unknown): number => warmRuns(fn, RUNS)

function child(args: string[]): string {
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 20, cwd: ROOT })
  if (run.status !== 0) throw new Error(`${args.join(' ')} failed: ${run.stderr}`)
  return run.stdout
}

/** Medians of the first check and the first markdown-it parse, each in fresh processes. */
function cold(spec: CaseSpec): { check: number; markdownIt: number } {
  const checks: number[] = []
  const parses: number[] = []
  // Seven processes at least: a first call moves by a quarter from one process to the next.
  for (let i = 0; i < Math.max(7, RUNS); i++) {
    const out = JSON.parse(child(['--import', 'tsx', PROBE, 'cold', JSON.stringify(spec), i % 2 ? 'md-first' : 'check-first'])) as {
      check: number
      markdownIt: number
    }
    checks.push(out.check)
    parses.push(out.markdownIt)
  }
  return { check: median(checks), markdownIt: median(parses) }
}

/**
 * The warm time of the log four times over against once, in a fresh process per log: timed in the
 * bench's own process, a log was charged with the heap and compiled code the logs before it left.
 */
function fourOverOnce(spec: CaseSpec): number {
  // The median of three processes: which functions V8 optimizes, and when, differs from one process to the next.
  const ratios = [0, 1, 2].map(
    () => (JSON.parse(child(['--import', 'tsx', PROBE, 'linear', JSON.stringify(spec), String(RUNS)])) as { ratio: number }).ratio
  )
  return median(ratios)
}

function peakRss(what: 'check' | 'md', spec: CaseSpec): number {
  return (JSON.parse(child(['--expose-gc', '--import', 'tsx', PROBE, 'memory', what, JSON.stringify(spec)])) as { rssMB: number }).rssMB
}

function lineShare(text: string): { fast: number; all: number } {
  const source = text.replace(/\r\n?/g, '\n')
  const stats = readBlocksFast(source, new BlockReader(source.split('\n')), parseMarkdown)
  return { fast: stats.fastLines, all: stats.fastLines + stats.slowLines }
}

const pad = (s: string | number, n: number): string => String(s).padStart(n)
const kb = (text: string): string => `${Math.round(Buffer.byteLength(text) / 1024)} KB`
const ms = (n: number): string => (n >= 100 ? n.toFixed(0) : n.toFixed(1))
const results: string[] = []
let failed = false
/** Records a target: `value` at most `limit`, or at least it where `floor` is set. */
function target(label: string, value: number, limit: number, unit: string, digits = 2, floor = false): void {
  const pass = floor ? value >= limit : value <= limit
  failed ||= !pass
  results.push(`${pass ? 'PASS' : 'FAIL'}  ${label}: ${value.toFixed(digits)}${unit} (${floor ? 'at least' : 'limit'} ${limit}${unit})`)
}

const md = new MarkdownIt()

function generatedLogs(): void {
  console.log('Generated logs (bench/generate.ts). "first" = the first call in a fresh process; "warm" = median after warm-up.\n')
  console.log(
    `${'log'.padEnd(24)}${pad('size', 9)}${pad('first check', 13)}${pad('first md-it', 13)}${pad('ratio', 8)}` +
      `${pad('warm check', 12)}${pad('warm parse', 12)}${pad('warm md-it', 12)}${pad('ratio', 8)}${pad('peak RSS', 10)}${pad('md-it RSS', 11)}`
  )
  const warmChecks = new Map<string, number>()
  for (const template of ['details', 'heading'] as const) {
    for (const years of [1, 4]) {
      const spec = generated(template, years)
      const c = loadCase(spec)
      const first = cold(spec)
      const check = warm(checkOnce(c))
      const parse = warm(() => parseLog(c.text, { startDate: c.settings['start-date'], markdown: parseMarkdown }))
      const markdownIt = warm(() => md.parse(c.text, {}))
      warmChecks.set(`${template}${years}`, check)
      console.log(
        `${c.name.padEnd(24)}${pad(kb(c.text), 9)}${pad(ms(first.check), 13)}${pad(ms(first.markdownIt), 13)}${pad(`${(first.check / first.markdownIt).toFixed(2)}×`, 8)}` +
          `${pad(ms(check), 12)}${pad(ms(parse), 12)}${pad(ms(markdownIt), 12)}${pad(`${(check / markdownIt).toFixed(2)}×`, 8)}` +
          `${pad(`${peakRss('check', spec)} MB`, 10)}${pad(`${peakRss('md', spec)} MB`, 11)}`
      )
      if (years === 4) target(`${c.name}: first check ≤ 1× markdown-it's first parse`, first.check / first.markdownIt, 1, '×')
    }
    const name = template === 'details' ? '<details> template' : 'headings+checkboxes'
    target(`${name}: 4-year warm check / 1-year ≤ 5`, warmChecks.get(`${template}4`)! / warmChecks.get(`${template}1`)!, 5, '')
  }
  console.log()
}

function realLogRows(): void {
  const files = realLogs()
  if (files.length === 0) {
    console.log(`Real logs: skipped, ${SHARED} is absent (it holds the corpus and the seed; the bench reads them in place).\n`)
    return
  }
  console.log(
    `Real logs in ${path.relative(ROOT, SHARED)} (first check and first markdown-it parse in fresh processes; "4×" = warm time of the log four times over / once, timed in turns in a fresh process per log)\n`
  )
  console.log(
    `${'log'.padEnd(38)}${pad('size', 8)}${pad('reader', 8)}${pad('first check', 13)}${pad('first md-it', 13)}${pad('ratio', 9)}${pad('limit', 9)}${pad('4×', 7)}`
  )
  let corpusFast = 0
  let corpusAll = 0
  for (const file of files) {
    const spec: CaseSpec = { kind: 'file', file, repeat: 1 }
    const c = loadCase(spec)
    const share = lineShare(c.text)
    if (file !== SEED) {
      corpusFast += share.fast
      corpusAll += share.all
    }
    const first = cold(spec)
    const linear = fourOverOnce(spec)
    // Markdown-it under 10 ms: the check may take 30 ms, whatever the ratio.
    const small = first.markdownIt < 10
    const ratio = first.check / first.markdownIt
    console.log(
      `${c.name.padEnd(38)}${pad(kb(c.text), 8)}${pad(`${Math.round((100 * share.fast) / share.all)}%`, 8)}${pad(ms(first.check), 13)}` +
        `${pad(ms(first.markdownIt), 13)}${pad(`${ratio.toFixed(1)}×`, 9)}${pad(small ? '30 ms' : '3×', 9)}${pad(`${linear.toFixed(2)}`, 7)}`
    )
    if (small && first.check <= 30)
      target(`${c.name}: first check ≤ 30 ms (markdown-it ${ms(first.markdownIt)} ms)`, first.check, 30, ' ms', 1)
    else target(`${c.name}: first check ≤ 3× markdown-it's first parse`, ratio, 3, '×')
    target(`${c.name}: four times over ≤ 4.5× once`, linear, 4.5, '×')
  }
  if (corpusAll > 0) target('corpus lines the line reader takes', (100 * corpusFast) / corpusAll, 90, '%', 1, true)
  console.log()
}

function startup(): void {
  ensureFreshDist()
  const cli = path.join(ROOT, 'dist', 'cli.js')
  const seedArgs = [cli, 'check', SEED, ...Object.entries(SEED_SETTINGS).flatMap(([k, v]) => [`--${k}`, v!])]
  const commands: Array<[string, string[]]> = [
    ['node -e 0', ['-e', '0']],
    ['til-keeper --help', [cli, '--help']],
    ...(realLogs().includes(SEED) ? [['til-keeper check <seed>', seedArgs] as [string, string[]]] : [])
  ]
  const samples = commands.map((): number[] => [])
  const runs = Math.max(11, RUNS)
  for (let i = 0; i < runs + 2; i++) {
    commands.forEach(([, argv], k) => {
      const start = performance.now()
      const run = spawnSync(process.execPath, argv, { stdio: 'ignore' })
      const elapsed = performance.now() - start
      if (run.status !== 0) throw new Error(`${argv.join(' ')} exited with ${run.status}`)
      if (i >= 2) samples[k]!.push(elapsed)
    })
  }
  const base = median(samples[0]!)
  console.log(`Start-up (dist/, whole process, median of ${runs})\n`)
  commands.forEach(([name], k) => {
    const t = median(samples[k]!)
    console.log(`${name.padEnd(26)}${pad(`${ms(t)} ms`, 10)}${pad(`${(t / base).toFixed(2)}×`, 8)}`)
  })
  console.log()
  target('til-keeper --help ≤ 1.5× node -e 0', median(samples[1]!) / base, 1.5, '×')
  if (samples[2]) target('til-keeper check <seed> ≤ 2.5× node -e 0', median(samples[2]) / base, 2.5, '×')
  else results.push(`SKIP  til-keeper check <seed>: ${SEED} is absent`)
}

function bigLog(): void {
  const four = loadCase(generated('details', 4))
  // About 50 MB of the same template.
  const days = Math.ceil((50 * 2 ** 20 * 1000) / Buffer.byteLength(four.text))
  // No calendar: some 36,000 numbered days lie far beyond any calendar's horizon.
  const big: Case = { name: '50 MB', text: templateLog(Math.round(days)), settings: {} }
  const fourPlain: Case = { ...four, settings: {} }
  const perMb = (c: Case, runs: number): number => {
    const fn = checkOnce(c)
    fn()
    const samples: number[] = []
    for (let i = 0; i < runs; i++) {
      const start = performance.now()
      fn()
      samples.push(performance.now() - start)
    }
    return median(samples) / (Buffer.byteLength(c.text) / 2 ** 20)
  }
  const small = perMb(fourPlain, 5)
  const large = perMb(big, 1)
  console.log(`A ${kb(big.text)} generated log: ${ms(large)} ms per MB (4-year log: ${ms(small)} ms per MB)\n`)
  target('50 MB log: time per MB ≤ 2× the 4-year log', large / small, 2, '×')
}

function main(): void {
  console.log(`til-keeper bench — node ${process.version}, ${RUNS} runs per warm measurement, medians\n`)
  // Let the JIT see every code path once before anything is timed in this process.
  for (const template of ['details', 'heading'] as const) {
    const small = loadCase(generated(template, 1))
    for (let i = 0; i < 3; i++) {
      checkOnce(small)()
      md.parse(small.text, {})
    }
  }
  if (section('generated')) generatedLogs()
  if (section('real')) realLogRows()
  if (section('startup')) startup()
  if (section('big')) bigLog()
  console.log(results.join('\n'))
  if (failed) process.exitCode = 1
}

main()
