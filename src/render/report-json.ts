/**
 * The report as the CLI's `--json` and the action's report file give it: the
 * check's data with each finding's and warning's `message` and each note in
 * the log's language, in the shape these outputs have always had.
 */
import type { CarryOver, Finding, Report, ReportWarning } from '../review/types.js'
import { namedFinding, reportNames, type EntryNames } from './entry-names.js'
import { messages, type Messages } from './messages.js'

/** A finding as the JSON has it: the same fields for every type, `sections` for an empty day. */
interface FindingJson {
  type: Finding['type']
  entry: string
  number: number | null
  date: string | null
  section: string | null
  line: number | null
  message: string
  sections?: Array<{ title: string; line: number }>
}

interface WarningJson {
  type: ReportWarning['type']
  setting: ReportWarning['setting']
  expected: string | null
  calendarIgnored: boolean
  message: string
}

/** A carried-over task as the JSON has it: without the lines of its days (the JSON never had them). */
type CarryOverJson = Omit<CarryOver, 'fromLine' | 'lastOpenLine' | 'resolvedLine'>

type ReportJson = Omit<Report, 'findings' | 'warnings' | 'notes' | 'carryOver'> & {
  carryOver: CarryOverJson[]
  findings: FindingJson[]
  warnings: WarningJson[]
  notes: string[]
}

function findingJson(f: Finding, say: Messages, names: EntryNames): FindingJson {
  const { type, entry, number, date, section, line } = f
  // `entry` and `date` are identifiers; the message is the sentence the CLI text says, naming days as the log does.
  const message = say.finding(namedFinding(f, names))
  // The order the fields have always had: an entry's own findings lead with the entry.
  const ofEntry = type === 'empty-day' || type === 'empty-section' || (type === 'label-mismatch' && f.why.kind === 'section-title')
  const out: FindingJson = ofEntry
    ? { entry, number, date, type, section, line, message }
    : { type, entry, number, date, section, line, message }
  if (f.type === 'empty-day') out.sections = f.sections
  return out
}

/** The public JSON of a report: its fields in their order, with the words the catalogue gives. */
export function reportJson(report: Report): ReportJson {
  const say = messages(report.language)
  const names = reportNames(report)
  return {
    language: report.language,
    lastDue: report.lastDue,
    entries: report.entries,
    findings: report.findings.map((f) => findingJson(f, say, names)),
    carryOver: report.carryOver.map(({ fromLine: _from, lastOpenLine: _lastOpen, resolvedLine: _resolved, ...c }) => c),
    due: report.due,
    notes: report.notes.map(say.note),
    omitted: report.omitted,
    warnings: report.warnings.map((w) => ({
      type: w.type,
      setting: w.setting,
      expected: w.expected,
      calendarIgnored: w.calendarIgnored,
      message: say.warning(w.doubt)
    })),
    reading: report.reading,
    missingDaysChecked: report.missingDaysChecked
  }
}
