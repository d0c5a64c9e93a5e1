/**
 * The action's inputs, read and checked up front. A bad value fails the step
 * with one message that names the input and what it accepts.
 */
import { SettingsError, type RawSettings } from '../settings.js'
import type { RepoRef } from '../github/types.js'
import type { ReminderMode } from '../reminders/topics.js'

export interface ActionInputs {
  token: string
  repository: RepoRef
  path: string
  config: string | null
  settings: RawSettings
  reminders: boolean
  reminderLabel: string
  reminderMode: ReminderMode
  /** null: the repository owner, when that is a user. */
  assignees: string[] | null
  maxIssues: number
  dryRun: boolean
  summary: boolean
  summaryDir: string
  summaryInReadme: boolean
}

export type InputReader = (name: string) => string

const DEFAULT_MAX_ISSUES = 10

function bool(read: InputReader, name: string, fallback: boolean): boolean {
  const value = read(name).trim()
  if (value === '') return fallback
  if (/^(true|yes|on)$/i.test(value)) return true
  if (/^(false|no|off)$/i.test(value)) return false
  throw new SettingsError(`${name}: "${value}" is not a boolean; use true or false`)
}

function repoPath(name: string, value: string, fallback: string): string {
  const path = value.trim() === '' ? fallback : value.trim().replace(/^\.?\//, '')
  if (path.split('/').some((part) => part === '..' || part === '')) {
    throw new SettingsError(`${name}: "${value}" is not a path inside the repository; use e.g. ${fallback}`)
  }
  return path
}

export function readInputs(read: InputReader): ActionInputs {
  const token = read('github-token').trim()
  if (token === '') throw new SettingsError('github-token: empty; pass ${{ github.token }} or a token that can reach the repository')

  const repository = read('repository').trim()
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository)
  if (!match) throw new SettingsError(`repository: "${repository}" is not owner/name; use e.g. octocat/til`)

  const mode = read('reminder-mode').trim() || 'per-day'
  if (mode !== 'per-day' && mode !== 'digest') throw new SettingsError(`reminder-mode: "${mode}" is not a mode; use per-day or digest`)

  const maxText = read('max-issues').trim()
  const maxIssues = maxText === '' ? DEFAULT_MAX_ISSUES : Number(maxText)
  if (!Number.isInteger(maxIssues) || maxIssues < 0)
    throw new SettingsError(`max-issues: "${maxText}" is not a whole number; use e.g. 10 (0 opens none)`)

  const label = read('reminder-label').trim() || 'til-reminder'
  if (label.length > 50 || label.includes(','))
    throw new SettingsError(`reminder-label: "${label}" is not a label name; use up to 50 characters, no commas`)

  const assigneeText = read('assignees').trim()
  const assignees =
    assigneeText === '' ? null : assigneeText.toLowerCase() === 'none' ? [] : assigneeText.split(/[\s,]+/).map((a) => a.replace(/^@/, ''))
  for (const a of assignees ?? []) {
    if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(a))
      throw new SettingsError(`assignees: "${a}" is not a GitHub login; use logins separated by commas, or none`)
  }

  const config = read('config').trim()
  return {
    token,
    repository: { owner: match[1]!, repo: match[2]! },
    path: repoPath('path', read('path'), 'README.md'),
    config: config === '' ? null : repoPath('config', config, '.github/til-keeper.yml'),
    settings: {
      'start-date': read('start-date'),
      timezone: read('timezone'),
      workdays: read('workdays'),
      holidays: read('holidays'),
      'skip-dates': read('skip-dates'),
      'due-after': read('due-after'),
      today: read('today'),
      'remind-days': read('remind-days'),
      'summary-branch': read('summary-branch'),
      'entry-pattern': read('entry-pattern')
    },
    reminders: bool(read, 'reminders', true),
    reminderLabel: label,
    reminderMode: mode,
    assignees,
    maxIssues,
    dryRun: bool(read, 'dry-run', false),
    summary: bool(read, 'summary', true),
    summaryDir: repoPath('summary-dir', read('summary-dir'), 'weekly'),
    summaryInReadme: bool(read, 'summary-in-readme', false)
  }
}
