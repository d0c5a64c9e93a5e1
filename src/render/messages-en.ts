/** The English catalogue. */
import type { CalendarDoubt } from '../review/calendar-sanity.js'
import type { PlainTextReason, ReadNote } from '../log/types.js'
import type { Finding, FindingType, LabelMismatch, MissingWeekReview, ReportNote } from '../review/types.js'
import type { Closing, DayProblem, Messages, ReminderStep } from './messages.js'
import type { CliTextWords, ExplainWords, JobSummaryWords, ReadmeBlockWords, ReminderWords, WeeklyFileWords } from './messages-ko.js'
import { andList, count, fixedTitle, missingDayName, named, sectionName } from './phrases.js'
import { quote } from './quote.js'

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const monthName = (date: string) => MONTHS[Number(date.slice(5, 7)) - 1]!

/** `Week 3 (Oct 5–11)`, or `Week 3` without a calendar: for issues. */
function weekName(f: MissingWeekReview): string {
  if (!f.week) return `Week ${f.number}`
  const { start, end } = f.week
  const range =
    start.slice(5, 7) === end.slice(5, 7)
      ? `${monthName(start)} ${Number(start.slice(8))}–${Number(end.slice(8))}`
      : `${monthName(start)} ${Number(start.slice(8))} – ${monthName(end)} ${Number(end.slice(8))}`
  return `Week ${f.number} (${range})`
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

function mismatch(f: LabelMismatch): string {
  const { entry, section } = f
  switch (f.why.kind) {
    case 'section-title': {
      const fixed = fixedTitle(section, f.why.expected)
      return `${entry} holds "${section}", which is numbered for Day${f.why.named}.${fixed ? ` Rename it "${fixed}".` : ' Check the number in its title.'}`
    }
    case 'out-of-order':
      return `${entry} (${f.date}) comes after ${f.why.previous} (${f.why.previousDate}). Check its day number or date.`
    case 'year-slip':
      return f.why.last === null
        ? `${entry} is dated ${f.why.written}, a year before the days around it: read as ${f.date}. Check its year.`
        : `${entry} to ${f.why.last}: ${f.why.count} entries dated a year before the days around them (from ${f.why.written}) are read a year on. Check their year.`
    case 'off-calendar':
      return `${entry} is dated ${f.date}, which is ${f.why.dayName ?? `Day${f.why.day}`} in the calendar. Check its day number or date.`
    case 'weekday':
      return `${entry} is dated ${f.date}, a ${WEEKDAYS[f.why.actual]}, but says ${WEEKDAYS[f.why.written]}. Check its date or weekday.`
    case 'repeated': {
      const { earlier } = f.why
      const times = earlier.length === 1 ? 'twice' : `${earlier.length + 1} times`
      const lines =
        earlier.length === 1 ? `line ${earlier[0]}` : `lines ${earlier.slice(0, -1).join(', ')} and ${earlier[earlier.length - 1]}`
      return `${entry} is written ${times} (also on ${lines}). Check its ${f.number === null ? 'date' : 'day number'}.`
    }
  }
}

function finding(f: Finding): string {
  switch (f.type) {
    case 'missing-day':
      return `${missingDayName(f)} has no entry.`
    case 'missing-week-review':
      return `The Week ${f.number} review${f.week ? ` (${f.week.start} ~ ${f.week.end})` : ''} has not been written yet.`
    case 'empty-day':
      return f.sections.length > 0
        ? `${f.entry} is empty: nothing is written under ${andList(f.sections.map((s) => sectionName(s.title)))}.`
        : `${f.entry} has nothing written in it.`
    case 'empty-section':
      return emptySection(f.entry, f.section)
    case 'label-mismatch':
      return mismatch(f)
  }
}

function emptySection(entry: string, section: string): string {
  return `The "${sectionName(section)}" section of ${entry} is empty.`
}

function warning(d: CalendarDoubt): string {
  if (d.problem === 'entries-end-long-ago')
    return `Counted from start-date ${d.startDate}, the last entry (${d.entry ?? ''}) falls on ${d.against}, more than a month ago. Did you mean ${d.expected ?? ''}? Until it is fixed, no reminders are sent for missing days and no weekly files are written.`
  const what = {
    'start-after-today': `start-date ${d.startDate} is after today (${d.against}).`,
    'start-after-last-entry': `start-date ${d.startDate} is after the log's last dated entry (${d.against}).`,
    'start-long-before-first-entry': `start-date ${d.startDate} is more than a month before the log's first dated entry (${d.against}).`
  }[d.problem]
  const expected = d.expected ? ` Did you mean ${d.expected}, the date of the first entry?` : ' Set it to the date of your first entry.'
  const effect = d.ignored
    ? ' This run checked the entries as written, without the calendar, and writes no weekly files until it is fixed.'
    : ' No reminders are sent for days before the first entry.'
  return what + expected + effect
}

const PLAIN_TEXT_REASON: Record<PlainTextReason, (limit: number) => string> = {
  indent: () => 'it is indented deeper than a markdown reader can follow',
  nesting: (limit) => `it nests quotes or lists more than ${limit} deep`,
  brackets: (limit) => `it nests brackets more than ${limit} deep`,
  marks: (limit) => `one paragraph holds more than ${limit} markdown marks`
}

function readingNote(n: ReadNote): string {
  if (n.kind === 'plain-text') return `Lines ${n.from}–${n.to} were read as plain text: ${PLAIN_TEXT_REASON[n.why](n.limit)}.`
  if (n.kind === 'table-days')
    return `${count(n.rows)} table rows from line ${n.line} on name a day by its date or number; til-keeper does not read days from table rows without a link yet, so they were not checked.`
  if (n.kind === 'hidden-days' && n.inside === 'html')
    return `${count(n.days)} day heading${n.days === 1 ? '' : 's'} from line ${n.line} on ${n.days === 1 ? 'is' : 'are'} inside an HTML block (an HTML line such as \`<br>\` right above, with no blank line between): GitHub shows ${n.days === 1 ? 'it' : 'them'} as plain text, and ${n.days === 1 ? 'it was' : 'they were'} not read.`
  if (n.kind === 'hidden-days' && n.closed)
    return `${count(n.days)} day heading${n.days === 1 ? '' : 's'} from line ${n.line} on ${n.days === 1 ? 'is' : 'are'} inside code blocks: GitHub shows ${n.days === 1 ? 'it' : 'them'} as code, and ${n.days === 1 ? 'it was' : 'they were'} not read.`
  if (n.kind === 'hidden-days')
    return `${count(n.days)} day heading${n.days === 1 ? '' : 's'} from line ${n.line} on ${n.days === 1 ? 'is' : 'are'} inside a code block (a \`\`\` fence left open?): GitHub shows ${n.days === 1 ? 'it' : 'them'} as code, and ${n.days === 1 ? 'it was' : 'they were'} not read.`
  if (n.kind === 'index-rows-unnamed')
    return n.rows === 1
      ? `1 row of the table of days at line ${n.line} links to writing but names no date or day number: it was not counted or checked.`
      : `${count(n.rows)} rows of the table of days from line ${n.line} on link to writing but name no date or day number: they were not counted or checked.`
  if (n.kind === 'year-from-weekdays') {
    const also = n.also.length === 0 ? '' : ` (${n.also.join(', ')} ${n.also.length === 1 ? 'fits' : 'fit'} too)`
    return `The log writes no year: its weekdays put its first dated day in ${n.year}, the latest year up to today that fits them${also}. Set start-date if it was another year.`
  }
  if (n.kind === 'kept-elsewhere')
    return n.days === 1
      ? '1 day is kept in a file of its own, linked from this log: its label was checked, its writing was not.'
      : `${count(n.days)} days are kept in files of their own, linked from this log: their labels were checked, their writing was not.`
  const quoted = n.labels.map((l) => `line ${l.line}: "${l.text}"`).join(', ')
  const more = n.total > n.labels.length ? ` and ${count(n.total - n.labels.length)} more` : ''
  if (n.kind === 'unspaced-heading')
    return n.total === 1
      ? `The heading on ${quoted} has no space after its #, so GitHub shows it as text. It was read as a heading here; add a space after the # so GitHub shows it as one too.`
      : `${count(n.total)} headings have no space after their # (${quoted}${more}), so GitHub shows them as text. They were read as headings here; add a space after the # so GitHub shows them as headings too.`
  return n.total === 1
    ? `The label on ${quoted} names a day that does not exist, so that entry has no date. Fix the date to have it checked.`
    : `${count(n.total)} labels name days that do not exist (${quoted}${more}), so those entries have no date. Fix the dates to have them checked.`
}

function note(n: ReportNote): string {
  if (n.type === 'reading') return readingNote(n)
  if (n.type === 'calendar') return n.text
  if (n.type === 'untracked-goals')
    return `${n.goals === 1 ? 'A goal for tomorrow is' : `${count(n.goals)} goals for tomorrow are`} listed, but no day lists anything done (a ticked box or a done section), so carried-over tasks were not followed. Tick the goals, or list what you did, to have them followed.`
  return n.kind === 'day'
    ? `${count(n.total)} days are missing; only the newest ${count(n.shown)} are listed. Check the start date and the day numbers.`
    : `${count(n.total)} week reviews are missing; only the newest ${count(n.shown)} are listed. Check the start date and the week numbers.`
}

const FIXED_NAME: Record<DayProblem, string> = {
  'missing-day': 'the entry',
  'empty-day': 'what is written in it',
  'empty-section': 'the empty sections',
  'label-mismatch': 'the number in its title'
}

function seenFixed(c: Closing): string {
  switch (c.kind) {
    case 'checklist':
      return 'Everything on this list is fixed in the log now.'
    case 'older':
      return 'Every older gap on this list is fixed now.'
    case 'week':
      return `The ${c.week ? `Week ${c.week}` : c.entry} review is written now.`
    case 'day': {
      const { entry, fixed } = c
      if (fixed.length === 0) return `Everything in ${entry} is fixed now.`
      if (fixed.length === 1)
        return {
          'missing-day': `${entry} is in the log now.`,
          'empty-day': `${entry} has something written in it now.`,
          'empty-section': `The empty sections of ${entry} are filled in.`,
          'label-mismatch': `The number in ${entry}'s title is fixed.`
        }[fixed[0]!]
      return `${entry}: ${andList(fixed.map((k) => FIXED_NAME[k]))} are all fixed now.`
    }
  }
}

const FAILED_STEP: Record<ReminderStep, string> = {
  open: 'open',
  update: 'update',
  reopen: 'reopen',
  close: 'close',
  comment: 'comment on',
  read: 'read'
}

const reminder: ReminderWords = {
  missing: (f) => `${named(f.entry, f.date)} has no entry yet`,
  missingWeek: (f) => `The ${weekName(f)} review is not written yet`,
  emptyDay: (f) => `${quote(f.entry)} has nothing written in it`,
  emptySection: (section) => `The "${quote(sectionName(section))}" section is empty`,
  mismatch: (f) => `The number in the title "${quote(f.section)}" does not match ${quote(f.entry)}`,
  fixMissing: (entries) =>
    entries.length === 1
      ? `Add a ${quote(entries[0]!)} entry to the README. A few lines on what you learned that day are enough.`
      : `Add entries for ${andList(entries.map(quote))} to the README. A few lines on what you learned each day are enough.`,
  fixMissingWeek: (f) => `Add a review of ${weekName(f)} to the README, looking back on that week.`,
  fixEmptySections: 'Write a line or two in each empty section: what you did, learned or thought.',
  fixEmptyDay: 'Write a few lines on what you did or learned that day.',
  fixMismatch: (f) => {
    const fixed = fixedTitle(f.section, f.number)
    return fixed ? `Rename "${quote(f.section)}" to "${quote(fixed)}".` : `Fix the number in the title so it matches ${quote(f.entry)}.`
  },
  after: (line) => `after line ${line}`,
  at: (line) => `line ${line}`,
  top: 'at the top',
  what: 'What',
  where: 'Where',
  todo: 'What to do',
  more: (n) => `…and ${n} more. The run's job summary lists them all.`,
  footer: 'Fix the README and push: til-keeper checks again and closes this issue by itself.',
  mute: '🤖 A reminder kept by til-keeper. If you do not want it, close it as "not planned" and it will not be reopened.',
  dayTitle: (entry, findings) => {
    const count = (t: FindingType) => findings.filter((f) => f.type === t).length
    const missing = findings.find((f) => f.type === 'missing-day')
    if (missing) return `${entry}: no entry yet${missing.date && missing.date !== entry ? ` (${missing.date})` : ''}`
    const parts: string[] = []
    if (count('empty-day')) parts.push('nothing written yet')
    const empty = count('empty-section')
    if (empty) parts.push(`${empty} empty section${empty === 1 ? '' : 's'}`)
    if (count('label-mismatch')) parts.push('a title number to check')
    return `${entry}: ${parts.join(', ')}`
  },
  dayHeading: (entry, date) => `${entry}${date && date !== entry ? ` (${date})` : ''} needs a little attention`,
  digestTitle: (n) => `til-keeper: ${n} thing${n === 1 ? '' : 's'} to fix`,
  digestHeading: 'These still need attention. Each line leaves this checklist once it is fixed.',
  olderTitle: 'Older gaps in the log',
  olderHeading: (days) =>
    `Things to fix in entries older than the last ${days ?? ''} study days. They are gathered here instead of one issue per day. Each line leaves the list once it is fixed, and the issue closes when the list is empty.`,
  closed: (c) => `${seenFixed(c)} Closing this reminder. Nice work! 🎉`,
  reopened: (entry) =>
    `Reopened: ${entry ?? 'Some of this'} still needs attention in the log. Fix it and push, and this closes by itself. If you do not want this reminder, close it as "not planned" (or simply close it again): it will stay closed.`,
  moved: 'Reminders are grouped differently now, so what this issue listed is in another reminder issue. Closing this one.',
  duplicate: (original) => `Closing: this is the same reminder as #${original}.`,
  labelDescription: 'Reminders from til-keeper about the study log',
  failed: (issue, step, kind, detail) => {
    const why = {
      locked: 'the issue is locked',
      gone: 'the issue was deleted',
      moved: 'the issue is not there any more (deleted, or transferred to another repository)',
      refused: `GitHub refused the request (${detail})`,
      other: `GitHub answered: ${detail}`
    }[kind]
    return `Could not ${FAILED_STEP[step]} reminder${issue ? ` ${issue}` : ''}: ${why}. The rest of the run went on.`
  },
  issuesOff: (repository) =>
    `Issues are turned off for ${repository}, so reminders were skipped. To get them, turn on Issues in the repository's Settings → General → Features.`
}

const cliText: CliTextWords = {
  summary: (days: number, weeks: number, due: string | null) =>
    `${days} daily entries, ${weeks} week reviews${due ? ` · due through ${due}` : ''}`,
  findings: (n: number) => (n === 0 ? 'All good: no missing days, no empty sections.' : `${n} finding${n === 1 ? '' : 's'}`),
  noEmpty: 'No empty sections.',
  unchecked: 'Missing days were not checked: a log labelled by dates needs --start-date for that.',
  nothingYet: 'No day entries yet, so no entry is due.',
  missingRun: (first: string, last: string, n: number) => `${n} due days in a row have no entry: ${first} to ${last}.`,
  carry: (n: number) => (n === 0 ? 'No carried-over tasks' : `${n} carried-over task${n === 1 ? '' : 's'}`),
  left: (day: string) => `left undone in ${day}`,
  open: (days: number) => `still open, ${days} study day${days === 1 ? '' : 's'} so far`,
  resolved: (day: string, days: number) => `done in ${day} (${days} study day${days === 1 ? '' : 's'})`,
  dropped: (day: string) => `dropped in ${day}`,
  notes: 'Notes',
  warning: 'Warning'
}

const jobSummary: JobSummaryWords = {
  title: 'til-keeper check',
  due: (n, last) => `${n} due day${n === 1 ? '' : 's'}${last ? ` (through ${last})` : ''}`,
  day: 'Day',
  date: 'Date',
  state: 'State',
  line: 'Line',
  states: { logged: '✅ logged', missing: '❌ missing', empty: '⚠️ empty' },
  findings: 'Findings',
  none: 'none 🎉',
  unchecked: 'Missing days were not checked: a log labelled by dates needs the start-date input for that.',
  carry: 'Carried-over tasks',
  carryCounts: (open, done, dropped) => `${open} still open · ${done} done${dropped > 0 ? ` · ${dropped} dropped` : ''}`,
  task: 'Task',
  since: 'First left undone',
  age: 'Study days so far',
  days: (n) => String(n),
  moreTasks: (n) => `…and ${n} more still open (the JSON report lists them all).`,
  bot: 'What the bot did',
  wouldDo: 'What the bot would do (dry run: nothing was written)',
  opened: 'Opened',
  reopened: 'Reopened',
  updated: 'Updated',
  closed: 'Closed',
  deferred: (n) => `${n} reminder${n === 1 ? '' : 's'} left for the next run because of max-issues (newest are opened first):`,
  older: (n) => `Problems in ${n} older day${n === 1 ? '' : 's'} are gathered in one "Older gaps in the log" issue.`,
  nothing: 'Nothing changed, so nothing was written.',
  remindersOff: 'Reminder issues are turned off (reminders: false).',
  issuesOff: 'Issues are turned off in the repository, so reminders were skipped (Settings → General → Features → Issues).',
  summaryCommit: (sha, n) => `Committed ${n} summary file${n === 1 ? '' : 's'}: ${sha.slice(0, 7)}`,
  summaryWould: (n) => `Would write ${n} summary file${n === 1 ? '' : 's'}:`,
  ownPush: 'This push is til-keeper’s own summary commit, so no new summary commit was made.',
  summaryFailed: (why) => `⚠️ The weekly summary was not committed; the next run tries again: ${why}`,
  notes: 'Notes',
  warning: 'Warning'
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`

const weeklyFile: WeeklyFileWords = {
  title: (week) =>
    week.kind === 'calendar' ? `Week ${week.number} summary` : `${week.year}-W${String(week.number).padStart(2, '0')} summary`,
  range: (start, end) => `${start} – ${end}`,
  weekday: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  date: (d, weekday) => `${weekday}, ${MONTHS[Number(d.slice(5, 7)) - 1]} ${Number(d.slice(8, 10))}`,

  logHeading: 'Days logged',
  dueHeadline: (logged, due) => `**${logged}/${due} days logged**`,
  loggedHeadline: (logged) => `**${plural(logged, 'day', 'days')} logged**`,
  emptyCount: (n) => `${n} empty`,
  missingCount: (n) => `${n} missing`,
  noDueDays: 'No study days were due this week.',
  noLoggedDays: 'No days were logged this week.',
  dayTable: ['Day', 'Date', 'State', 'README'],
  state: { logged: 'logged', empty: 'empty', missing: 'missing' },
  dayOff: 'day off',

  emptyHeading: 'Empty sections',
  noEmpty: 'No empty sections this week.',
  wholeDayEmpty: 'the whole day is empty',

  carryHeading: 'Carried-over tasks',
  carryHeadline: (open, done, dropped) =>
    `**${open} still open** · **${done} done this week**${dropped > 0 ? ` · **${dropped} dropped**` : ''}`,
  noCarry: 'No carried-over tasks this week.',
  carryTable: ['Task', 'First written', 'Age', 'Status'],
  age: (n) => plural(n, 'day', 'days'),
  resolved: (day) => `done in ${day}`,
  dropped: (day) => `dropped in ${day}`,
  stillOpen: 'still open',
  moreCarry: (n) => `…and ${n} more.`,
  ageNote: (calendar) =>
    calendar
      ? 'Age counts study days from the day the task was first written (day 1), leaving out weekends and days off; status is as of Sunday.'
      : 'Age counts the days logged from the day the task was first written (day 1); status is as of Sunday.',

  goalHeading: 'Goals for tomorrow',
  goalHeadline: (met, total, percent) => `**Met ${met} of ${total} (${percent}%)**`,
  noGoals: 'No goals for tomorrow were set this week.',
  noCheckedGoals: 'None of the goals for tomorrow could be checked within this week.',
  goalTable: ['Goal', 'Set on', 'Checked on', 'Result'],
  goalResult: { met: 'met', missed: 'not met', pending: 'checked next week' },
  goalNote:
    "A goal counts as met when the next logged day lists it as done. Goals set on the week's last logged day are checked in next week's summary.",

  trendHeading: 'Carry-over trend',
  trendNote: 'Carried-over tasks still open at the end of each week.',
  trendAxis: 'open tasks',

  footer: 'Written by til-keeper from the README. This file is regenerated, so edits made here will be lost.',
  commitMessage: (weeks, readme) => {
    const parts = weeks.length > 0 ? [`weekly summary for ${weeks.join(', ')}`] : []
    if (readme) parts.push('README carry-over table')
    return `til-keeper: ${parts.join(' and ')} [skip ci]`
  }
}

const readmeBlock: ReadmeBlockWords = {
  heading: 'Carried-over tasks',
  counts: (open, resolved, dropped) => `${open} still open · ${resolved} done so far${dropped > 0 ? ` · ${dropped} dropped` : ''}`,
  none: (resolved) => (resolved === 0 ? 'No carried-over tasks.' : `No carried-over tasks left open; ${resolved} done so far.`),
  columns: ['Task', 'First written', 'Age', 'Last listed'],
  age: (n) => `${n} ${n === 1 ? 'day' : 'days'}`,
  more: (n) => `…and ${n} more.`,
  footer: 'til-keeper keeps this part up to date.'
}

const explain: ExplainWords = {
  title: (file) => `How ${file} was read`,
  language: 'Language',
  languages: {
    ko: 'Korean',
    ja: 'Japanese (reminders are written in English for now)',
    zh: 'Chinese (reminders are written in English for now)',
    en: 'English'
  },
  otherLanguage: 'a language other than English (reminders are written in English)',
  position: (p, html = false) =>
    p === 'summary'
      ? '<summary>'
      : p === 'bold'
        ? 'bold lines'
        : p === 'line'
          ? 'date lines'
          : p === 'item'
            ? 'list items'
            : p === 'row'
              ? 'table rows'
              : html
                ? `<${p}> headings`
                : `${'#'.repeat(Number(p.slice(1)))} headings`,
  form: (f) =>
    `${f.count} ${f.kind === 'week' ? 'week review' : 'day'}${f.count === 1 ? '' : 's'} from ${explain.position(f.position, f.html)} shaped ${f.form} (e.g. line ${f.example.line}: "${f.example.text}")`,
  pattern: (p) => `Days found with entry-pattern: ${p}`,
  none: 'No line was read as a day.',
  indexRows: (n) => `${n} day${n === 1 ? '' : 's'} from index table rows (each links to a file of its own, not checked here)`,
  rowsInPlace: (n) => `${n} day${n === 1 ? '' : 's'} from rows of such a table written in the row itself (checked here)`,
  linked: (n) =>
    `${n} of them only link${n === 1 ? 's' : ''} to a file of ${n === 1 ? 'its' : 'their'} own from the heading (not checked here)`,
  skipped: (n) => `${n} line${n === 1 ? '' : 's'} that looked like a date or day number but ${n === 1 ? 'was' : 'were'} not taken as days`,
  reasons: {
    shape: 'another shape than the day labels, and far fewer of them',
    once: 'the only label of its shape',
    headings: 'a bold or date line in a log whose days are headings',
    nested: 'a heading inside a day, in another shape',
    prose: 'words follow the date',
    changelog: 'a version number follows the date (a changelog)',
    example: "a template's example, left in the log"
  },
  more: (n) => `… and ${n} more`,
  sections: 'Section words',
  roles: { done: 'done', notDone: 'not done', learned: 'learned', goals: 'goals', reflection: 'reflection', other: 'other' },
  noSections: 'No section words found.',
  hint: 'If this is not how your log is meant to be read, describe your day labels with entry-pattern (see the README).'
}

export const en: Messages = {
  finding,
  emptySection,
  warning,
  note,
  emptySectionsElsewhere: (n) =>
    `${n} empty section${n === 1 ? '' : 's'}: see the job summary (no line annotations, as the log is in another repository).`,
  moreEmptySections: (n) => `…and ${n} more empty section${n === 1 ? '' : 's'}: see the job summary.`,
  reminder,
  cliText,
  jobSummary,
  weeklyFile,
  readmeBlock,
  explain
}
