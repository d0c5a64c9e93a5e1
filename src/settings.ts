/**
 * The learner's settings, from CLI options or action inputs, over a YAML config
 * file, over defaults; checked and turned into what the core needs. Every bad
 * value fails with one line that names the setting and what it accepts.
 */
// A type only: the module itself loads in loadConfigReader.
import type * as Yaml from 'yaml'
import {
  createCalendar,
  holidayProvider,
  loadHolidayRules,
  isDateInRange,
  isIsoDate,
  isValidTimeZone,
  outOfRange,
  lastDueDate,
  localNow,
  parseDueAfter,
  parseSkipDates,
  parseWorkdays,
  type HolidayProvider,
  type TimeZone,
  type Weekday
} from './calendar/index.js'
import type { IsoDate, SectionRole } from './log/types.js'
import type { ExtraVocabulary } from './log/vocabulary.js'
import type { CheckOptions } from './review/check.js'

/** Settings as the learner writes them: every value a string, unset where absent. */
export interface RawSettings {
  'start-date'?: string
  timezone?: string
  workdays?: string
  holidays?: string
  'skip-dates'?: string
  'due-after'?: string
  today?: string
  'remind-days'?: string
  /** The action's branch for summary commits; the CLI reads and ignores it. */
  'summary-branch'?: string
  'entry-pattern'?: string
}

const SETTING_NAMES = [
  'start-date',
  'timezone',
  'workdays',
  'holidays',
  'skip-dates',
  'due-after',
  'today',
  'remind-days',
  'summary-branch',
  'entry-pattern'
] as const

/** The settings parsed and checked once: the rest of the program uses these values and parses nothing again. */
export interface Settings {
  /** Day 1; null: no calendar (the entries are checked as written). */
  startDate: IsoDate | null
  timeZone: TimeZone
  workdays: Weekday[]
  holidays: HolidayProvider
  skipDates: IsoDate[]
  /** Minutes after local midnight from which today's entry is due; null: only once the day is over. */
  dueAfter: number | null
  today: IsoDate | null
  /** Only problems in the last N due days get a reminder issue of their own; null: every day. */
  remindDays: number | null
  /** From the config file's `drop-words`; null: the built-in words. */
  dropWords: string[] | null
  /** null: the default branch. */
  summaryBranch: string | null
  vocabulary: ExtraVocabulary
  /** The learner's description of a day label: when given, it alone decides what a day is. */
  entryPattern: RegExp | null
}

/** How many due days get reminder issues of their own when `remind-days` is not set. */
const DEFAULT_REMIND_DAYS = 7

function parseRemindDays(value: string | undefined): number | null {
  if (value === undefined) return DEFAULT_REMIND_DAYS
  if (value.toLowerCase() === 'all') return null
  const days = Number(value)
  if (!/^\d+$/.test(value) || days < 1) throw new SettingsError(`remind-days: "${value}" is not a number of days; use e.g. 7, or all`)
  return days
}

const ROLES: SectionRole[] = ['done', 'notDone', 'learned', 'goals', 'reflection', 'other']

/** The learner's settings are wrong: one line that names the setting and what it accepts. */
export class SettingsError extends Error {}

/** A YAML document as plain data; errors and warnings alike end the run in one line. */
let yaml: typeof Yaml | null = null

/** Loads the YAML reader, only for a run that has a config file: a run without one does not pay for it at start-up. */
export async function loadConfigReader(): Promise<void> {
  yaml ??= await import('yaml')
}

function loadYaml(text: string, file: string): unknown {
  if (yaml === null) throw new Error(`config ${file}: the YAML reader was not loaded (loadConfigReader comes first)`)
  const doc = yaml.parseDocument(text, { logLevel: 'silent' })
  const problems = [...doc.errors, ...doc.warnings]
  const fail = (message: string, line?: number, more = 0): never => {
    const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
    throw new SettingsError(
      `config ${file}${line ? `:${line}` : ''}: not valid YAML (${first})${more > 0 ? ` and ${more} more problem(s)` : ''}`
    )
  }
  if (problems.length > 0) fail(problems[0]!.message, problems[0]!.linePos?.[0]?.line, problems.length - 1)
  try {
    return doc.toJS({ maxAliasCount: 100 })
  } catch (error) {
    return fail((error as Error).message)
  }
}

type Scalar = string | number | boolean

const isScalar = (v: unknown): v is Scalar => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'

/** A setting's value: one value, or a list of values joined with commas; null (`key:` alone) is unset. */
function settingValue(value: unknown, key: string, file: string): string | undefined {
  if (value === null || value === undefined) return undefined
  if (isScalar(value)) return String(value)
  if (Array.isArray(value) && value.every(isScalar)) return value.map(String).join(',')
  throw new SettingsError(
    `config ${file}: ${key} must be a value or a list of values (e.g. ${key}: ${EXAMPLES[key] ?? '…'}), not ${kindOf(value)}`
  )
}

/** A role's labels: one label or a list of them, each a non-empty text. */
function labelList(value: unknown, role: string, file: string): string[] {
  const list = Array.isArray(value) ? value : [value]
  if (list.length === 0 || !list.every((v) => isScalar(v) && String(v).trim() !== '')) {
    throw new SettingsError(
      `config ${file}: sections.${role} must be a list of labels, e.g. ${role}: [${ROLE_EXAMPLES[role] ?? '…'}], not ${kindOf(value)}`
    )
  }
  return list.map((v) => String(v).trim())
}

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'empty'
  if (Array.isArray(value))
    return value.length === 0 ? 'an empty list' : `a list holding ${kindOf(value.find((v) => !isScalar(v) || String(v).trim() === ''))}`
  if (typeof value === 'object') return 'a mapping'
  if (typeof value === 'string' && value.trim() === '') return 'an empty text'
  return JSON.stringify(value)
}

const EXAMPLES: Record<string, string> = {
  'start-date': '2026-09-21',
  timezone: 'Asia/Seoul',
  workdays: 'mon-fri',
  holidays: 'kr',
  'skip-dates': '[2026-12-24, 2026-12-31]',
  'due-after': "'22:00'",
  today: '2026-10-14',
  'remind-days': '7',
  'summary-branch': 'til-summaries',
  'entry-pattern': "'^Day (?<day>\\d+)'"
}

const ROLE_EXAMPLES: Record<string, string> = {
  done: '오늘의 성과',
  notDone: '남은 일',
  learned: '공부 노트',
  goals: '다음 계획',
  reflection: '한 줄 평',
  other: '참고'
}

/** Reads a config file's text: the same settings as the inputs, plus `sections`. */
export interface ConfigFile {
  raw: RawSettings
  vocabulary: ExtraVocabulary
  /** `drop-words`: what marks a task as let go, instead of the built-in words. */
  dropWords?: string[]
}

/** A config file's settings, section words and drop words; a file that is not a mapping of known keys fails in one line naming it. */
export function parseConfig(text: string, file: string): ConfigFile {
  const data = loadYaml(text, file)
  if (data === null || data === undefined) return { raw: {}, vocabulary: {} }
  if (typeof data !== 'object' || Array.isArray(data)) throw new SettingsError(`config ${file}: expected a mapping of settings`)
  const raw: RawSettings = {}
  const vocabulary: ExtraVocabulary = {}
  let dropWords: string[] | undefined
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (key === 'drop-words') {
      const list = Array.isArray(value) ? value : [value]
      if (list.some((w) => typeof w !== 'string' && typeof w !== 'number'))
        throw new SettingsError(`config ${file}: "drop-words" must be a list of words, e.g. ["(drop)", "(취소)"]`)
      dropWords = list.map(String)
    } else if (key === 'sections') {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new SettingsError(`config ${file}: "sections" must map roles (${ROLES.join(', ')}) to lists of labels`)
      }
      for (const [role, words] of Object.entries(value as Record<string, unknown>)) {
        if (!ROLES.includes(role as SectionRole))
          throw new SettingsError(`config ${file}: sections.${role} is not a role; use ${ROLES.join(', ')}`)
        vocabulary[role as SectionRole] = labelList(words, role, file)
      }
    } else if ((SETTING_NAMES as readonly string[]).includes(key)) {
      const text = settingValue(value, key, file)
      if (text !== undefined) raw[key as keyof RawSettings] = text
    } else {
      throw new SettingsError(`config ${file}: unknown setting "${key}"; use ${[...SETTING_NAMES, 'sections', 'drop-words'].join(', ')}`)
    }
  }
  return { raw, vocabulary, ...(dropWords ? { dropWords } : {}) }
}

const MAX_PATTERN = 500

/**
 * The `entry-pattern` setting: a regular expression (case-insensitive) with named
 * groups `day`, `date` and/or `week`, matched against each label's text.
 */
function compileEntryPattern(source: string): RegExp {
  if (source.length > MAX_PATTERN) throw new SettingsError(`entry-pattern: longer than ${MAX_PATTERN} characters`)
  let pattern: RegExp
  try {
    pattern = new RegExp(source, 'i')
  } catch (error) {
    const reason = (error as Error).message.split(': ').pop() ?? 'invalid'
    throw new SettingsError(`entry-pattern: "${source}" is not a regular expression (${reason})`)
  }
  if (!/\(\?<(?:day|date|week)>/.test(source)) {
    throw new SettingsError(`entry-pattern: "${source}" has no (?<day>…), (?<date>…) or (?<week>…) group; use e.g. ^Day (?<day>\\d+)`)
  }
  return pattern
}

const given = (value: string | undefined): string | undefined => (value === undefined || value.trim() === '' ? undefined : value.trim())

/** Loads what these settings need that start-up does not load: date-holidays for a country other than Korea. */
export async function prepareSettings(explicit: RawSettings, config: RawSettings = {}): Promise<void> {
  await loadHolidayRules(given(explicit.holidays) ?? given(config.holidays) ?? 'none')
}

/** Explicit values win over the config file, which wins over defaults; every value is parsed here, once. */
export function resolveSettings(
  explicit: RawSettings,
  config: RawSettings = {},
  vocabulary: ExtraVocabulary = {},
  dropWords: string[] | null = null
): Settings {
  const pick = (name: keyof RawSettings): string | undefined => given(explicit[name]) ?? given(config[name])
  const timeZone = pick('timezone') ?? 'UTC'
  if (!isValidTimeZone(timeZone)) throw new SettingsError(`timezone: "${timeZone}" is not an IANA time zone; use e.g. Asia/Seoul or UTC`)
  const skipDates = pick('skip-dates')
  const dueAfter = pick('due-after')
  const pattern = pick('entry-pattern')
  return {
    startDate: dateSetting('start-date', pick('start-date')),
    today: dateSetting('today', pick('today')),
    timeZone,
    workdays: wrap(() => parseWorkdays(pick('workdays') ?? 'mon-fri'), 'workdays'),
    holidays: wrap(() => holidayProvider(pick('holidays') ?? 'none'), 'holidays'),
    skipDates: skipDates === undefined ? [] : wrap(() => parseSkipDates(skipDates), 'skip-dates'),
    dueAfter: dueAfter === undefined ? null : wrap(() => parseDueAfter(dueAfter), 'due-after'),
    remindDays: parseRemindDays(pick('remind-days')),
    dropWords,
    summaryBranch: branchSetting(pick('summary-branch')),
    vocabulary,
    entryPattern: pattern === undefined ? null : compileEntryPattern(pattern)
  }
}

/** A branch name git accepts (the common rules of git check-ref-format). */
function branchSetting(value: string | undefined): string | null {
  if (value === undefined) return null
  const name = value.replace(/^refs\/heads\//, '')
  const bad = /[\s~^:?*[\\\x00-\x1f\x7f]|\.\.|@\{|\/\/|^[-/.]|[/.]$|\.lock$|\/\./.test(name) || name === '@' || name.length > 200
  if (bad) throw new SettingsError(`summary-branch: "${value}" is not a branch name; use e.g. til-summaries`)
  return name
}

function dateSetting(name: string, value: string | undefined): IsoDate | null {
  if (value === undefined) return null
  if (!isIsoDate(value)) throw new SettingsError(`${name}: "${value}" is not a date; use YYYY-MM-DD`)
  if (!isDateInRange(value)) throw new SettingsError(outOfRange(name, value))
  return value
}

function wrap<T>(fn: () => T, name: string): T {
  try {
    return fn()
  } catch (error) {
    const message = (error as Error).message
    throw new SettingsError(message.startsWith(name) ? message : `${name}: ${message}`)
  }
}

/** What the check needs from the settings at `now`: the calendar, the last due date, the vocabulary. Only assembles. */
export function checkOptions(settings: Settings, now: Date): CheckOptions {
  const lastDue = lastDueDate({
    ...(settings.today ? { today: settings.today } : {}),
    now,
    timeZone: settings.timeZone,
    dueAfterMinutes: settings.dueAfter
  })
  // Only a clock set to another century gets here: the settings' own dates are checked above.
  if (!isDateInRange(lastDue)) throw new SettingsError(outOfRange('today', lastDue))
  const { startDate, workdays, holidays, skipDates } = settings
  return {
    calendar: startDate === null ? null : createCalendar({ startDate, workdays, holidays, skipDates }),
    lastDue,
    today: settings.today ?? localNow(now, settings.timeZone).date,
    vocabulary: settings.vocabulary,
    entryPattern: settings.entryPattern,
    ...(settings.dropWords ? { dropWords: settings.dropWords } : {})
  }
}
