/**
 * The run's annotations, built from the report: a warning on each empty
 * section's README line, newest day first. GitHub shows at most 10 warnings
 * per step, so the newest fit and one notice counts the rest. A cohort run
 * (the log in another repository) gets no file annotations: their lines would
 * land on the workflow repository's README. Pure.
 */
import { compareDates, isFullDate } from '../log/years.js'
import type { Finding, Report } from '../review/types.js'
import { namedReport } from './entry-names.js'
import { messages } from './messages.js'

/** GitHub's limit of warning annotations per step. */
const ANNOTATION_LIMIT = 10

export interface Annotation {
  level: 'warning' | 'notice'
  message: string
  file?: string
  line?: number
}

export interface AnnotationOptions {
  path: string
  /** False when the log is not in the workflow's own repository. */
  fileAnnotations: boolean
  limit?: number
}

interface Spot {
  finding: Finding
  section: string
  line: number
}

/** Newest day first: by date, else by day number, else lower in the log; within a day, top to bottom. */
function newestFirst(a: Spot, b: Spot): number {
  const fa = a.finding
  const fb = b.finding
  if (isFullDate(fa.date) && isFullDate(fb.date) && fa.date !== fb.date) return compareDates(fb.date, fa.date)
  if (fa.number !== null && fb.number !== null && fa.number !== fb.number) return fb.number - fa.number
  if (fa.entry !== fb.entry) return (fb.line ?? 0) - (fa.line ?? 0)
  return a.line - b.line
}

/** The run's warnings and notices, from the report's warnings and empty-section findings, within GitHub's limit. */
export function annotations(checked: Report, options: AnnotationOptions): Annotation[] {
  const report = namedReport(checked)
  const say = messages(report.language)
  const limit = options.limit ?? ANNOTATION_LIMIT
  const out: Annotation[] = report.warnings.map((w) => ({ level: 'warning' as const, message: say.warning(w.doubt) }))
  const spots: Spot[] = report.findings.flatMap((f): Spot[] => {
    if (f.type === 'empty-section' && f.section !== null && f.line !== null) return [{ finding: f, section: f.section, line: f.line }]
    if (f.type === 'empty-day') return f.sections.map((s) => ({ finding: f, section: s.title, line: s.line }))
    return []
  })
  if (spots.length === 0) return out
  if (!options.fileAnnotations) return [...out, { level: 'notice', message: say.emptySectionsElsewhere(spots.length) }]
  spots.sort(newestFirst)
  const room = Math.max(0, limit - out.length)
  for (const spot of spots.slice(0, room)) {
    out.push({ level: 'warning', message: say.emptySection(spot.finding.entry, spot.section), file: options.path, line: spot.line })
  }
  if (spots.length > room) out.push({ level: 'notice', message: say.moreEmptySections(spots.length - room) })
  return out
}
