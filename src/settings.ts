/**
 * The learner's settings, from CLI options or action inputs, over a YAML config
 * file, over defaults; checked and turned into what the core needs. Every bad
 * value fails with one line that names the setting and what it accepts.
 */
import { parse as parseYaml } from 'yaml'
import {
  createCalendar,
  holidayProvider,
  isIsoDate,
  isValidTimeZone,
  lastDueDate,
  parseDueAfter,
  parseSkipDates,
  parseWorkdays,
  type Calendar
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
}

export const SETTING_NAMES = ['start-date', 'timezone', 'workdays', 'holidays', 'skip-dates', 'due-after', 'today'] as const

export interface Settings {
  startDate: IsoDate | null
  timeZone: string
  workdays: string
  holidays: string
  skipDates: string
  dueAfter: string | null
  today: IsoDate | null
  vocabulary: ExtraVocabulary
}

const ROLES: SectionRole[] = ['done', 'notDone', 'learned', 'goals', 'reflection', 'other']

export class SettingsError extends Error {}

/** Reads a config file's text: the same settings as the inputs, plus `sections`. */
export function parseConfig(text: string, file: string): { raw: RawSettings; vocabulary: ExtraVocabulary } {
  let data: unknown
  try {
    data = parseYaml(text)
  } catch (error) {
    const line = (error as { linePos?: Array<{ line: number }> }).linePos?.[0]?.line
    throw new SettingsError(`config ${file}${line ? `:${line}` : ''}: not valid YAML (${(error as Error).message.split('\n')[0]})`)
  }
  if (data === null || data === undefined) return { raw: {}, vocabulary: {} }
  if (typeof data !== 'object' || Array.isArray(data)) throw new SettingsError(`config ${file}: expected a mapping of settings`)
  const raw: RawSettings = {}
  const vocabulary: ExtraVocabulary = {}
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (key === 'sections') {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new SettingsError(`config ${file}: "sections" must map roles (${ROLES.join(', ')}) to lists of labels`)
      }
      for (const [role, words] of Object.entries(value as Record<string, unknown>)) {
        if (!ROLES.includes(role as SectionRole))
          throw new SettingsError(`config ${file}: sections.${role} is not a role; use ${ROLES.join(', ')}`)
        const list = Array.isArray(words) ? words : [words]
        vocabulary[role as SectionRole] = list.map(String)
      }
    } else if ((SETTING_NAMES as readonly string[]).includes(key)) {
      raw[key as keyof RawSettings] = Array.isArray(value) ? value.join(',') : String(value)
    } else {
      throw new SettingsError(`config ${file}: unknown setting "${key}"; use ${[...SETTING_NAMES, 'sections'].join(', ')}`)
    }
  }
  return { raw, vocabulary }
}

const given = (value: string | undefined): string | undefined => (value === undefined || value.trim() === '' ? undefined : value.trim())

/** Explicit values win over the config file, which wins over defaults. */
export function resolveSettings(explicit: RawSettings, config: RawSettings = {}, vocabulary: ExtraVocabulary = {}): Settings {
  const pick = (name: keyof RawSettings): string | undefined => given(explicit[name]) ?? given(config[name])
  const startDate = pick('start-date') ?? null
  if (startDate !== null && !isIsoDate(startDate)) throw new SettingsError(`start-date: "${startDate}" is not a date; use YYYY-MM-DD`)
  const today = pick('today') ?? null
  if (today !== null && !isIsoDate(today)) throw new SettingsError(`today: "${today}" is not a date; use YYYY-MM-DD`)
  const timeZone = pick('timezone') ?? 'UTC'
  if (!isValidTimeZone(timeZone)) throw new SettingsError(`timezone: "${timeZone}" is not an IANA time zone; use e.g. Asia/Seoul or UTC`)
  const settings: Settings = {
    startDate,
    today,
    timeZone,
    workdays: pick('workdays') ?? 'mon-fri',
    holidays: pick('holidays') ?? 'none',
    skipDates: pick('skip-dates') ?? '',
    dueAfter: pick('due-after') ?? null,
    vocabulary
  }
  // Parse the rest now, so a bad value fails before anything is read or written.
  wrap(() => parseWorkdays(settings.workdays), 'workdays')
  wrap(() => holidayProvider(settings.holidays), 'holidays')
  if (settings.skipDates !== '') wrap(() => parseSkipDates(settings.skipDates), 'skip-dates')
  if (settings.dueAfter !== null) wrap(() => parseDueAfter(settings.dueAfter!), 'due-after')
  return settings
}

function wrap<T>(fn: () => T, name: string): T {
  try {
    return fn()
  } catch (error) {
    const message = (error as Error).message
    throw new SettingsError(message.startsWith(name) ? message : `${name}: ${message}`)
  }
}

function buildCalendar(settings: Settings): Calendar | null {
  if (settings.startDate === null) return null
  return wrap(
    () =>
      createCalendar({
        startDate: settings.startDate!,
        timeZone: settings.timeZone,
        workdays: parseWorkdays(settings.workdays),
        holidays: holidayProvider(settings.holidays),
        skipDates: settings.skipDates === '' ? [] : parseSkipDates(settings.skipDates)
      }),
    'start-date'
  )
}

export function checkOptions(settings: Settings, now: Date): CheckOptions {
  const lastDue = lastDueDate({
    ...(settings.today ? { today: settings.today } : {}),
    now,
    timeZone: settings.timeZone,
    dueAfterMinutes: settings.dueAfter === null ? null : parseDueAfter(settings.dueAfter)
  })
  return { calendar: buildCalendar(settings), lastDue, vocabulary: settings.vocabulary }
}
