/**
 * `til-keeper check <file> [--json]`: the engine, locally. It gives the same
 * answers as the action, so a learner can preview before enabling the workflow.
 */
import { parseArgs } from 'node:util'
import { FileError, readLocalText } from './files.js'
import { explainLines, noEntries } from './render/explain.js'
import { renderText } from './render/cli-text.js'
import { reportJson } from './render/report-json.js'
import { USAGE } from './usage.js'
import { withMarkdownParser } from './markdown-on-demand.js'
import { checkLog } from './review/check.js'
import {
  checkOptions,
  loadConfigReader,
  parseConfig,
  prepareSettings,
  resolveSettings,
  SettingsError,
  type ConfigFile,
  type RawSettings
} from './settings.js'

class UsageError extends Error {}

/** node:util's parseArgs errors, as one short line naming the option. */
function usageMistake(error: Error): string {
  const unknown = /^Unknown option '([^']+)'/.exec(error.message)
  if (unknown) return `unknown option ${unknown[1]}; see til-keeper --help`
  const missing = /^Option '(--[\w-]+)[^']*' argument missing/.exec(error.message)
  if (missing) return `${missing[1]} needs a value; see til-keeper --help`
  return error.message.split('\n')[0]!
}

export async function run(argv: string[], now: Date = new Date()): Promise<{ code: number; stdout: string; stderr: string }> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        'start-date': { type: 'string' },
        timezone: { type: 'string' },
        workdays: { type: 'string' },
        holidays: { type: 'string' },
        'skip-dates': { type: 'string' },
        today: { type: 'string' },
        now: { type: 'string' },
        'due-after': { type: 'string' },
        config: { type: 'string' },
        'fail-on': { type: 'string' },
        explain: { type: 'boolean' },
        'entry-pattern': { type: 'string' },
        help: { type: 'boolean', short: 'h' }
      }
    })
  } catch (error) {
    return { code: 2, stdout: '', stderr: `til-keeper: ${usageMistake(error as Error)}\n` }
  }
  const { values, positionals } = parsed
  if (values.help) return { code: 0, stdout: USAGE + '\n', stderr: '' }
  try {
    const [command, file, ...extra] = positionals
    if (command !== 'check')
      throw new UsageError(
        command ? `unknown command "${command}"; use: til-keeper check <file>` : 'no command; use: til-keeper check <file>'
      )
    if (!file) throw new UsageError('check: no file given; use: til-keeper check <file>')
    if (extra.length > 0) throw new UsageError(`check: unexpected argument "${extra[0]}"`)
    const failOn = values['fail-on'] ?? 'none'
    if (failOn !== 'findings' && failOn !== 'none')
      throw new UsageError(`--fail-on: "${failOn}" is not a choice; use findings (exit 1 when there are findings) or none`)
    let clock = now
    if (values.now !== undefined) {
      clock = new Date(values.now)
      if (Number.isNaN(clock.getTime()))
        throw new UsageError(`--now: "${values.now}" is not an ISO timestamp; use e.g. 2026-10-14T22:30:00+09:00`)
    }
    // The YAML reader and date-holidays load only for a run that needs them.
    if (values.config) await loadConfigReader()
    const config: ConfigFile = values.config
      ? parseConfig(readLocalText(values.config, 'config'), values.config)
      : { raw: {}, vocabulary: {} }
    const explicit: RawSettings = {
      'start-date': values['start-date'],
      timezone: values.timezone,
      workdays: values.workdays,
      holidays: values.holidays,
      'skip-dates': values['skip-dates'],
      'due-after': values['due-after'],
      today: values.today,
      'entry-pattern': values['entry-pattern']
    }
    await prepareSettings(explicit, config.raw)
    const settings = resolveSettings(explicit, config.raw, config.vocabulary, config.dropWords ?? null)
    const text = readLocalText(file, 'log')
    const options = checkOptions(settings, clock)
    const report = await withMarkdownParser((markdown) => checkLog(text, { ...options, markdown }))
    const explained = values.explain ? explainLines(report.reading, file).join('\n') + '\n\n' : ''
    const json = values.json ? reportJson(report) : null
    if (report.reading.status === 'unread') {
      // Writing but no entry it could read is a set-up problem, never "all good"; the JSON still says how it was read.
      const stdout = json ? JSON.stringify(json, null, 2) + '\n' : explained
      // With --explain (and no --json) the reading is already on stdout: the line does not ask for it again.
      const where = values.explain && !json ? 'cli-explained' : 'cli'
      return { code: 2, stdout, stderr: `til-keeper: ${noEntries(file, where, report.language)}\n` }
    }
    const stdout = json ? JSON.stringify(json, null, 2) + '\n' : explained + renderText(report, file)
    // The text report says its warnings; with --json they go to stderr so a reader of the JSON still sees them.
    const stderr = json ? json.warnings.map((w) => `til-keeper: ${w.message}\n`).join('') : ''
    const code = failOn === 'findings' && report.findings.length > 0 ? 1 : 0
    return { code, stdout, stderr }
  } catch (error) {
    if (error instanceof UsageError || error instanceof SettingsError || error instanceof FileError) {
      return { code: 2, stdout: '', stderr: `til-keeper: ${error.message}\n` }
    }
    // A bug, not a mistake of the learner's: still one line, and a different exit code.
    return { code: 1, stdout: '', stderr: `til-keeper: internal error: ${String((error as Error)?.message ?? error).split('\n')[0]}\n` }
  }
}
