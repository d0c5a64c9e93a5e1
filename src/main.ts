/**
 * The action: read the log through the API, check it, keep the reminder issues
 * in step, commit the weekly summaries, and report. This file only wires the
 * pieces together; each lives in its own module.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import * as core from '@actions/core'
import * as github from '@actions/github'
import {
  blobUrl,
  defaultAssignees,
  isOwnRepository,
  isOwnSummaryPush,
  pushedCommit,
  repoInfoFromEvent,
  workflowFile
} from './action/event.js'
import { readInputs, type ActionInputs } from './action/inputs.js'
import { actionOutputs, botActions } from './action/outcome.js'
import { applyReminders, type ReminderResult } from './action/reminders.js'
import { writeSummaries, type SummaryResult } from './action/summaries.js'
import { FileError } from './files.js'
import { createClient } from './github/client.js'
import { githubMessage, RuleError, StopError } from './github/errors.js'
import { octokitContents } from './github/octokit-contents.js'
import { octokitIssues } from './github/octokit-issues.js'
import type { RepoContents } from './github/types.js'
import { reminderTopics } from './reminders/topics.js'
import { noEntries } from './render/explain.js'
import { renderJobSummary, renderReading } from './render/job-summary.js'
import { annotations } from './render/annotations.js'
import { reportNames } from './render/entry-names.js'
import { reportJson } from './render/report-json.js'
import { holdsSummaries } from './review/calendar-sanity.js'
import { loadMarkdownParser } from './markdown-on-demand.js'
import { checkLog } from './review/check.js'
import type { Report } from './review/types.js'
import { checkOptions, loadConfigReader, parseConfig, prepareSettings, resolveSettings, SettingsError } from './settings.js'

async function readSettings(contents: RepoContents, inputs: ActionInputs, ref: string) {
  if (inputs.config === null) {
    await prepareSettings(inputs.settings)
    return resolveSettings(inputs.settings)
  }
  const file = await contents.readFile(inputs.config, ref)
  if (!file)
    throw new SettingsError(
      `config: ${inputs.config} was not found in ${inputs.repository.owner}/${inputs.repository.repo} at ${ref.slice(0, 12)}`
    )
  // The YAML reader and date-holidays load only for a run that needs them.
  await loadConfigReader()
  const config = parseConfig(file.text, inputs.config)
  await prepareSettings(inputs.settings, config.raw)
  return resolveSettings(inputs.settings, config.raw, config.vocabulary, config.dropWords ?? null)
}

function writeReport(report: Report): string {
  const dir = process.env.RUNNER_TEMP ?? process.cwd()
  mkdirSync(dir, { recursive: true })
  const file = join(dir, 'til-keeper-report.json')
  writeFileSync(file, JSON.stringify(reportJson(report), null, 2))
  return file
}

export async function run(): Promise<void> {
  try {
    // The runtime, first: a log from a run on an unexpected Node is the first thing to ask for.
    core.info(`til-keeper on Node ${process.version}`)
    const inputs = readInputs((name) => core.getInput(name))
    core.setSecret(inputs.token)
    const client = createClient(inputs.token, github.context.apiUrl, core, { workflowFile: workflowFile(process.env.GITHUB_WORKFLOW_REF) })
    const contents = octokitContents(client, inputs.repository)
    const event = github.context
    const full = `${inputs.repository.owner}/${inputs.repository.repo}`
    // The payload names the default branch and the owner of the workflow's repository: no request for them.
    const info = repoInfoFromEvent(event, inputs.repository) ?? (await contents.info())

    // A push to this repository is read at the pushed commit; anything else at the default branch's head.
    const pushed = pushedCommit(event, inputs.repository)
    const ref = pushed?.sha ?? (await contents.head(info.defaultBranch))
    const readme = await contents.readFile(inputs.path, ref)
    if (!readme) throw new SettingsError(`path: ${inputs.path} was not found in ${full.toLowerCase()} at ${ref.slice(0, 12)}`)
    // The README just read is the default branch's at its head: the summaries need not read it again.
    const atHead = pushed === null || pushed.branch === info.defaultBranch ? { head: ref, readme } : undefined
    const settings = await readSettings(contents, inputs, ref)
    const summaryBranch = settings.summaryBranch ?? info.defaultBranch
    if (inputs.summary && inputs.summaryInReadme && summaryBranch !== info.defaultBranch) {
      throw new SettingsError(
        `summary-in-readme: the carry-over table lives in ${inputs.path} on ${info.defaultBranch}, but summary-branch sends the summaries to ${summaryBranch}; turn one of them off`
      )
    }
    // The summaries check their texts again, synchronously: micromark is loaded before the first check.
    const options = { ...checkOptions(settings, new Date()), markdown: await loadMarkdownParser() }
    const check = (text: string): Report => checkLog(text, options)
    const report = check(readme.text)
    if (report.reading.status === 'unread') {
      // Writing but no entry the engine could read: say how it was read, and stop before any issue is touched.
      await core.summary.addRaw(renderReading(report.reading, inputs.path)).write()
      throw new SettingsError(noEntries(inputs.path, 'action', report.language))
    }
    const reportFile = writeReport(report)
    // File annotations only for the workflow's own repository: in a cohort run their lines would land on the wrong README.
    for (const a of annotations(report, { path: inputs.path, fileAnnotations: isOwnRepository(event, inputs.repository) })) {
      const properties = a.file ? { file: a.file, startLine: a.line, title: 'til-keeper' } : { title: 'til-keeper' }
      if (a.level === 'warning') core.warning(a.message, properties)
      else core.notice(a.message, properties)
    }

    // Summaries first: a token that cannot write contents is refused at the first (invisible) write,
    // a git tree, before any issue is opened. Any other failure here leaves the rest of the run to go on.
    let summary: SummaryResult | null = null
    let summaryError: string | null = null
    let ruleError: RuleError | null = null
    const summaryNotes: string[] = []
    const ownSummaryPush = inputs.summary && isOwnSummaryPush(event)
    // A start date the check could not use would give weeks of nothing: no summaries until it is fixed.
    const calendarInDoubt = report.warnings.some(holdsSummaries)
    if (inputs.summary && !ownSummaryPush && options.lastDue && !calendarInDoubt) {
      try {
        summary = await writeSummaries(contents, {
          logBranch: info.defaultBranch,
          branch: summaryBranch,
          path: inputs.path,
          dir: inputs.summaryDir,
          inReadme: inputs.summaryInReadme,
          dryRun: inputs.dryRun,
          readmeUrl: blobUrl(event.serverUrl, inputs.repository, info.defaultBranch, inputs.path),
          ...(atHead ? { known: atHead } : {}),
          language: report.language,
          calendar: options.calendar,
          lastDue: options.lastDue,
          check,
          warn: (m) => core.warning(m),
          note: (m) => {
            core.notice(m)
            summaryNotes.push(m)
          }
        })
      } catch (error) {
        if (error instanceof StopError || error instanceof SettingsError) throw error
        if (error instanceof RuleError) ruleError = error
        summaryError = error instanceof RuleError || error instanceof FileError ? error.message : `summary: ${githubMessage(error)}`
        core.warning(summaryError)
      }
    }

    let reminders: ReminderResult | null = null
    if (inputs.reminders) {
      const link = (line: number) => `${blobUrl(event.serverUrl, inputs.repository, ref, inputs.path)}#L${line}`
      const { topics, older } = reminderTopics(report, {
        mode: inputs.reminderMode,
        language: report.language,
        link,
        path: inputs.path,
        remindDays: settings.remindDays
      })
      const assignees = defaultAssignees(inputs.assignees, info)
      reminders = await applyReminders(octokitIssues(client, inputs.repository), topics, {
        label: inputs.reminderLabel,
        assignees,
        maxIssues: inputs.maxIssues,
        dryRun: inputs.dryRun,
        language: report.language,
        names: reportNames(report),
        repository: `${inputs.repository.owner}/${inputs.repository.repo}`,
        older,
        warn: (m) => core.warning(m, { title: 'til-keeper' })
      })
    }

    const actions = botActions({ dryRun: inputs.dryRun, reminders, summary, ownSummaryPush, summaryError, summaryNotes })
    for (const [name, value] of Object.entries(actionOutputs(report, actions, reportFile))) core.setOutput(name, value)
    await core.summary.addRaw(renderJobSummary(report, actions, report.language, inputs.path)).write()
    core.info(`til-keeper: ${report.findings.length} finding(s), ${report.carryOver.length} carry-over record(s); report at ${reportFile}`)
    // A rule keeps refusing until someone changes a setting: the step fails, once everything else is done.
    if (ruleError) core.setFailed(ruleError.message)
  } catch (error) {
    if (error instanceof SettingsError || error instanceof StopError || error instanceof FileError) core.setFailed(error.message)
    else core.setFailed(`til-keeper failed: ${(error as Error).message}`)
  }
}
