/**
 * What the bench checks: generated logs (bench/generate.ts) and the real logs in
 * ../shared, read in place and never copied. A case is plain data, so a child
 * process can be told which one to load.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseMarkdown } from '../src/log/micromark.js'
import { checkLog, type CheckOptions } from '../src/review/check.js'
import { checkOptions, resolveSettings, type RawSettings } from '../src/settings.js'
import { headingLog, templateLog } from './generate.js'

export const ROOT = fileURLToPath(new URL('../', import.meta.url))
export const SHARED = path.resolve(ROOT, '..', 'shared')
export const SEED = path.join(SHARED, 'fixtures', 'boostcamp-ai-tech-til.md')
const CORPUS = path.join(SHARED, 'corpus')

/** The seed's calendar (as in __tests__/unit/review-seed.test.ts). */
export const SEED_SETTINGS: RawSettings = { 'start-date': '2026-09-21', timezone: 'Asia/Seoul', holidays: 'kr', today: '2026-10-14' }

const YEAR = 250 // study days in a year

export type CaseSpec =
  | { kind: 'generated'; template: 'details' | 'heading'; days: number }
  /** A real log, `repeat` times over (the linearity check). */
  | { kind: 'file'; file: string; repeat: number }

export interface Case {
  name: string
  text: string
  settings: RawSettings
}

function addDays(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10)
}

export const generated = (template: 'details' | 'heading', years: number): CaseSpec => ({ kind: 'generated', template, days: YEAR * years })

export function loadCase(spec: CaseSpec): Case {
  if (spec.kind === 'file') {
    const text = readFileSync(spec.file, 'utf8')
    const name = path.basename(spec.file, '.md') + (spec.repeat > 1 ? ` ×${spec.repeat}` : '')
    return { name, text: Array.from({ length: spec.repeat }, () => text).join('\n'), settings: spec.file === SEED ? SEED_SETTINGS : {} }
  }
  const { template, days } = spec
  const years = days / YEAR
  const name = `${template === 'details' ? '<details> template' : 'headings+checkboxes'} ${years}y`
  if (template === 'details') {
    // The seed's calendar: Korean holidays, the last day due about `years` years on.
    const start = '2026-09-21'
    return {
      name,
      text: templateLog(days),
      settings: { 'start-date': start, timezone: 'Asia/Seoul', holidays: 'kr', today: addDays(start, Math.ceil(365 * years)) }
    }
  }
  // Weekdays from Monday 2026-03-02, no holidays: the last entry is the last day due.
  const weeks = Math.ceil(days / 5)
  return { name, text: headingLog(days), settings: { 'start-date': '2026-03-02', today: addDays('2026-03-02', weeks * 7) } }
}

/** The real logs found in ../shared (corpus first, then the seed); empty where it is absent. */
export function realLogs(): string[] {
  const corpus = existsSync(CORPUS)
    ? readdirSync(CORPUS)
        .filter((f) => f.endsWith('.md') && f !== 'MANIFEST.md')
        .sort()
        .map((f) => path.join(CORPUS, f))
    : []
  return [...corpus, ...(existsSync(SEED) ? [SEED] : [])]
}

/** The check's options for a case: its settings, and micromark loaded (as a module already loaded is). */
export function caseOptions(c: Case): CheckOptions {
  return { ...checkOptions(resolveSettings(c.settings), new Date()), markdown: parseMarkdown }
}

/** The check of a case, settings resolved once: what the bench times. */
export function checkOnce(c: Case): () => unknown {
  const options = caseOptions(c)
  return () => checkLog(c.text, options)
}
