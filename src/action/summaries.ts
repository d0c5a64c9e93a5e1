/**
 * Commits the weekly summary files (and the README's carry-over block) in one
 * commit through the Git Data API. Unchanged files are not written, no change
 * means no commit, and when the branch moves between read and write the whole
 * thing is read again and rebuilt, so a newer README edit is never overwritten.
 */
import { encodeText } from '../files.js'
import type { IsoDate, Language } from '../log/types.js'
import type { Calendar } from '../calendar/index.js'
import { gitBlobSha } from '../github/blob-sha.js'
import { BranchMovedError, type FileAt, type FileChange, type RepoContents } from '../github/types.js'
import { renderReadmeSummary, SUMMARY_END, SUMMARY_START, updateReadmeSummary } from '../render/readme-block.js'
import { endedWeekCount, summaryCommitMessage, weeklySummaries } from '../render/weekly-file.js'
import type { Report } from '../review/types.js'

export interface SummaryOptions {
  /** The branch the log is read from: the default branch. */
  logBranch: string
  /** The branch the summaries are committed to: logBranch, or the summary-branch input (created from logBranch when missing). */
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
  /**
   * The log branch's head and the README there, when the run already knows them (it read the README at the
   * pushed head of the default branch): the first attempt asks for neither again. A retry always reads afresh.
   */
  known?: { head: string; readme: FileAt }
  /** Checks a README text the same way the run checked it. */
  check(text: string): Report
  warn(message: string): void
  /** Something the learner should know that is not a problem with this run. */
  note(message: string): void
}

export interface SummaryResult {
  /** Files this run wrote (or, in a dry run, would write). */
  changes: FileChange[]
  commit: string | null
  weeks: string[]
}

const MAX_ATTEMPTS = 5

/**
 * A commit writes the newest this many weeks' files (a year), so a stray date
 * decades back cannot turn into thousands of files; older weeks are left as they are.
 */
const MAX_WEEK_FILES = 52

/**
 * Writes the ended weeks' files (and the README block) that differ from what the branch holds, in one commit;
 * returns what it wrote. Nothing changed: no commit, and no write request at all.
 */
export async function writeSummaries(contents: RepoContents, options: SummaryOptions): Promise<SummaryResult> {
  const separate = options.branch !== options.logBranch
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const known = attempt === 1 ? options.known : undefined
    const logHead = known?.head ?? (await contents.head(options.logBranch))
    // A summary branch that does not exist yet starts from the log's branch.
    const target = separate ? await contents.findHead(options.branch) : logHead
    const base = target ?? logHead
    const readme = known?.readme ?? (await contents.readFile(options.path, logHead))
    if (!readme) throw new Error(`path: ${options.path} is not in ${options.logBranch} any more`)
    let report = options.check(readme.text)

    // The README block goes first: the week files link to README lines, which the block may move.
    const changes: FileChange[] = []
    let readmeChanged = false
    if (options.inReadme) {
      const updated = updateReadmeSummary(readme.text, renderReadmeSummary(report, options.readmeUrl))
      const stored = updated === null ? null : encodeText(updated, readme.encoding)
      if (updated === null) {
        options.warn(
          `summary-in-readme: ${options.path} has no ${SUMMARY_START} / ${SUMMARY_END} markers; add them where the table should go`
        )
      } else if (stored === null) {
        options.warn(
          `summary-in-readme: ${options.path} is stored as UTF-16; til-keeper edits only UTF-8 files, so the table is not written`
        )
      } else if (updated !== readme.text) {
        changes.push({ path: options.path, content: stored })
        readmeChanged = true
        report = options.check(updated)
      }
    }

    const weekly = { calendar: options.calendar, lastDue: options.lastDue, dir: options.dir, readmeUrl: options.readmeUrl }
    const files = weeklySummaries(report, { ...weekly, newest: MAX_WEEK_FILES })
    const ended = endedWeekCount(report, weekly)
    if (attempt === 1 && ended > files.length) {
      options.note(
        `summary: ${ended.toLocaleString('en-US')} weeks have ended since the log's first date; til-keeper writes the newest ${files.length} (from ${files[0]!.week}) and leaves older weeks alone. A stray old date in the log, or an early start-date, makes the span this long.`
      )
    }
    const existing = await contents.listFolder(options.dir, base)
    const changed = files.filter((f) => existing.get(f.path) !== gitBlobSha(f.content))
    changes.unshift(...changed.map((f) => ({ path: f.path, content: f.content })))
    const weeks = changed.map((f) => f.week)
    if (changes.length === 0 || options.dryRun) return { changes, commit: null, weeks }
    try {
      if (target === null) await contents.createBranch(options.branch, logHead)
      const commit = await contents.commit(options.branch, base, changes, summaryCommitMessage(options.language, weeks, readmeChanged))
      return { changes, commit, weeks }
    } catch (error) {
      if (!(error instanceof BranchMovedError) || attempt === MAX_ATTEMPTS) throw error
      options.warn(`${options.branch} moved while writing the summary; reading it again (attempt ${attempt + 1} of ${MAX_ATTEMPTS})`)
    }
  }
  throw new Error('unreachable')
}
