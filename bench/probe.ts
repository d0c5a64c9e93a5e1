/**
 * One measurement in a fresh process, so that nothing an earlier case did (JIT
 * warm-up, a grown heap) counts. bench/run.ts spawns it and reads one JSON line.
 *
 *   probe.ts cold '<case spec>'     the first check of the log, and the first markdown-it
 *                                   parse, each timed after the modules are loaded
 *   probe.ts memory check|md '<case spec>'   peak RSS of one call
 *   probe.ts linear '<case spec>' <runs>     the warm check of the log four times over against once
 */
import MarkdownIt from 'markdown-it'
import { renderText } from '../src/render/cli-text.js'
import { checkLog } from '../src/review/check.js'
import { compileOnlyHotPatterns } from '../src/regex-tiering.js'
import { caseOptions, checkOnce, loadCase, type Case, type CaseSpec } from './cases.js'
import { warmPair } from './timing.js'

/** What `til-keeper check` does once its modules are loaded: settings, check, the text report. */
function check(c: Case): void {
  renderText(checkLog(c.text, caseOptions(c)), c.name)
}

function cold(c: Case, checkFirst: boolean): { check: number; markdownIt: number } {
  const md = new MarkdownIt()
  const timed = (fn: () => unknown): number => {
    const start = performance.now()
    fn()
    return performance.now() - start
  }
  // Both run cold; which goes first alternates between runs so that neither always meets the other's garbage.
  let checkMs = 0
  let markdownItMs = 0
  if (checkFirst) checkMs = timed(() => check(c))
  markdownItMs = timed(() => md.parse(c.text, {}))
  if (!checkFirst) checkMs = timed(() => check(c))
  return { check: checkMs, markdownIt: markdownItMs }
}

function memory(c: Case, what: string): { rssMB: number } {
  const md = new MarkdownIt()
  globalThis.gc?.()
  if (what === 'check') check(c)
  else md.parse(c.text, {})
  return { rssMB: Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10 }
}

/** The log four times over against once, both warm, timed in turns (the check only, as `checkLog` does it). */
function linear(spec: Extract<CaseSpec, { kind: 'file' }>, runs: number): { ratio: number } {
  const [once, four] = [1, 4].map((repeat) => checkOnce(loadCase({ ...spec, repeat })))
  const [fourTimes, single] = warmPair(four!, once!, runs)
  return { ratio: fourTimes / single }
}

// As the CLI and the action set it up (src/bin.ts, src/index.ts).
compileOnlyHotPatterns()
const [mode, ...rest] = process.argv.slice(2)
if (mode === 'cold') {
  const c = loadCase(JSON.parse(rest[0]!) as CaseSpec)
  process.stdout.write(JSON.stringify(cold(c, rest[1] !== 'md-first')))
} else if (mode === 'linear') {
  const spec = JSON.parse(rest[0]!) as Extract<CaseSpec, { kind: 'file' }>
  process.stdout.write(JSON.stringify(linear(spec, Number(rest[1]) || 7)))
} else if (mode === 'memory') {
  const c = loadCase(JSON.parse(rest[1]!) as CaseSpec)
  process.stdout.write(JSON.stringify(memory(c, rest[0]!)))
} else {
  throw new Error(`probe: unknown mode ${mode}`)
}
