/**
 * Commits the weekly summary files (and the README's carry-over block) in one
 * commit through the Git Data API. Unchanged files are not written, no change
 * means no commit, and when the branch moves between read and write the whole
 * thing is read again and rebuilt, so a newer README edit is never overwritten.
 */
import type { IsoDate, Language } from '../log/types.js'
import type { Calendar } from '../calendar/index.js'
import { gitBlobSha } from '../github/blob-sha.js'
import { BranchMovedError, type FileChange, type RepoContents } from '../github/types.js'
import { renderReadmeSummary, SUMMARY_END, SUMMARY_START, updateReadmeSummary } from '../report/readme-summary.js'
import { summaryCommitMessage, weeklySummaries } from '../report/weekly.js'
import type { Report } from '../review/types.js'

export interface SummaryOptions {
  branch: string
  path: string
  dir: string
  inReadme: boolean
  dryRun: boolean
  readmeUrl: string
  /** The log's language, for the commit message. */
  language: Language
  calendar: Calendar | null
  lastDue: IsoDate
  /** Checks a README text the same way the run checked it. */
  check(text: string): Report
  warn(message: string): void
}

export interface SummaryResult {
  /** Files this run wrote (or, in a dry run, would write). */
  changes: FileChange[]
  commit: string | null
  weeks: string[]
}

const MAX_ATTEMPTS = 5

export async function writeSummaries(contents: RepoContents, options: SummaryOptions): Promise<SummaryResult> {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const head = await contents.head(options.branch)
    const readme = await contents.readFile(options.path, head)
    if (!readme) throw new Error(`path: ${options.path} is not in ${options.branch} any more`)
    let report = options.check(readme.text)

    // The README block goes first: the week files link to README lines, which the block may move.
    const changes: FileChange[] = []
    let readmeChanged = false
    if (options.inReadme) {
      const updated = updateReadmeSummary(readme.text, renderReadmeSummary(report, options.readmeUrl))
      if (updated === null) {
        options.warn(
          `summary-in-readme: ${options.path} has no ${SUMMARY_START} / ${SUMMARY_END} markers; add them where the table should go`
        )
      } else if (updated !== readme.text) {
        changes.push({ path: options.path, content: updated })
        readmeChanged = true
        report = options.check(updated)
      }
    }

    const files = weeklySummaries(report, {
      calendar: options.calendar,
      lastDue: options.lastDue,
      dir: options.dir,
      readmeUrl: options.readmeUrl
    })
    const existing = await contents.listFolder(options.dir, head)
    const changed = files.filter((f) => existing.get(f.path) !== gitBlobSha(f.content))
    changes.unshift(...changed.map((f) => ({ path: f.path, content: f.content })))
    const weeks = changed.map((f) => f.week)
    if (changes.length === 0 || options.dryRun) return { changes, commit: null, weeks }
    try {
      const commit = await contents.commit(options.branch, head, changes, summaryCommitMessage(options.language, weeks, readmeChanged))
      return { changes, commit, weeks }
    } catch (error) {
      if (!(error instanceof BranchMovedError) || attempt === MAX_ATTEMPTS) throw error
      options.warn(`${options.branch} moved while writing the summary; reading it again (attempt ${attempt + 1} of ${MAX_ATTEMPTS})`)
    }
  }
  throw new Error('unreachable')
}
