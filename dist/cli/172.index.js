export const id = 172;
export const ids = [172];
export const modules = {

/***/ 8172:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/files.ts
/**
 * Reading the learner's text files, whether from disk (the CLI) or from GitHub
 * (the action): a size limit, and bytes turned into text the way an editor
 * would — a UTF-8 byte-order mark dropped, UTF-16 with its mark decoded — or
 * refused in one line when they are not text at all.
 */

/** The largest log or config til-keeper reads: about 28 years of a daily log in the seed's template. */
const MAX_FILE_BYTES = 10 * 1024 * 1024;
class FileError extends Error {
}
function megabytes(bytes) {
    return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
/** The one-line error for a file over the size limit, naming the file and both sizes. */
function tooLarge(what, bytes) {
    return new FileError(`${what} is ${megabytes(bytes)}; til-keeper reads files up to ${megabytes(MAX_FILE_BYTES)}`);
}
/** The line (1-based) a byte offset falls on. */
function lineAt(bytes, offset) {
    let line = 1;
    for (let i = 0; i < offset && i < bytes.length; i++)
        if (bytes[i] === 0x0a)
            line++;
    return line;
}
/**
 * Text from a file's bytes. `what` names the file in errors (`log README.md`).
 * A few undecodable bytes become U+FFFD, as GitHub shows them; a file that is
 * mostly not UTF-8 (an EUC-KR log, say) is refused rather than read as nothing.
 */
function decodeText(bytes, what) {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
        return { text: utf8(bytes.subarray(3), what), encoding: 'utf-8-bom' };
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
        return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
        return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
    return { text: utf8(bytes, what), encoding: 'utf-8' };
}
function utf8(bytes, what) {
    const nul = bytes.indexOf(0);
    if (nul >= 0) {
        throw new FileError(`${what} is not a text file (a NUL byte on line ${lineAt(bytes, nul)}; UTF-16 without a byte-order mark looks like this); save it as UTF-8`);
    }
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        const text = new TextDecoder('utf-8').decode(bytes);
        let bad = 0;
        for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1))
            bad++;
        if (bad > Math.max(8, text.length / 1000)) {
            const line = text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
            throw new FileError(`${what} is not UTF-8 (${bad} bytes cannot be read, the first on line ${line}); save it as UTF-8`);
        }
        return text;
    }
}
/** Text stored back the way it was read: a byte-order mark kept. UTF-16 is not written (null). */
function encodeText(text, encoding) {
    if (encoding === 'utf-8')
        return text;
    if (encoding === 'utf-8-bom')
        return '\uFEFF' + text;
    return null;
}
function reason(error) {
    const code = error.code;
    if (code === 'ENOENT')
        return 'no such file';
    if (code === 'EISDIR')
        return 'is a directory';
    if (code === 'EACCES')
        return 'permission denied';
    return error.message.split('\n')[0];
}
/**
 * A regular file's text. A device (`/dev/zero`), a FIFO or a directory is
 * refused before anything is read, so nothing can hang or fill memory.
 */
function readLocalText(file, what) {
    let fd;
    try {
        // stat first: opening a FIFO waits for a writer. O_NONBLOCK too, for a file swapped in between.
        checkRegular((0,external_node_fs_.statSync)(file), file, what);
        fd = (0,external_node_fs_.openSync)(file, external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NONBLOCK ?? 0));
    }
    catch (error) {
        if (error instanceof FileError)
            throw error;
        throw new FileError(`${what} ${file}: cannot read it (${reason(error)})`);
    }
    try {
        const stat = (0,external_node_fs_.fstatSync)(fd);
        checkRegular(stat, file, what);
        const bytes = Buffer.alloc(stat.size);
        let read = 0;
        while (read < stat.size) {
            const n = (0,external_node_fs_.readSync)(fd, bytes, read, stat.size - read, null);
            if (n === 0)
                break;
            read += n;
        }
        return decodeText(bytes.subarray(0, read), `${what} ${file}`).text;
    }
    catch (error) {
        if (error instanceof FileError)
            throw error;
        throw new FileError(`${what} ${file}: cannot read it (${reason(error)})`);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function checkRegular(stat, file, what) {
    if (stat.isDirectory())
        throw new FileError(`${what} ${file}: cannot read it (is a directory)`);
    if (!stat.isFile())
        throw new FileError(`${what} ${file}: cannot read it (not a regular file)`);
    if (stat.size > MAX_FILE_BYTES)
        throw tooLarge(`${what} ${file}`, stat.size);
}

;// CONCATENATED MODULE: ./src/render/quote.ts
/**
 * Text quoted from the learner's log, made safe to put in an issue or a file
 * the bot writes: it cannot mention people, link issues or inject HTML.
 */
const ZERO_WIDTH_SPACE = '\u200b';
/** The learner's text, safe to write: no mentions, issue links or HTML. */
function quote(text) {
    return (text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        // `@name` and `@org/team` would notify; a zero-width space after `@` keeps the text and drops the ping.
        .replace(/@(?=[A-Za-z0-9_-])/g, `@${ZERO_WIDTH_SPACE}`)
        // `#12`, `GH-12` and `owner/repo#12` would link (and notify) issues.
        .replace(/#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`)
        .replace(/\bGH-(?=\d)/gi, (m) => `${m.slice(0, 2)}${ZERO_WIDTH_SPACE}-`)
        .replace(/[\r\n]+/g, ' '));
}
/** The same, for a markdown table cell. */
function quoteCell(text) {
    return quote(text).replace(/\|/g, '\\|');
}

;// CONCATENATED MODULE: ./src/render/phrases.ts

/** `A, B and C`. */
function andList(items) {
    return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
/** A section's name in a sentence: `**Thoughts:**` is the "Thoughts" section. */
function sectionName(title) {
    return title.replace(/\s*[:：]+\s*$/u, '');
}
/** The title with its day number made the entry's: `DAY 12 소감` in Day13 → `DAY 13 소감`; null when it names no day. */
function fixedTitle(title, number) {
    const named = /\b(day\s*)(\d+)/i.exec(title);
    if (!named || number === null)
        return null;
    return title.slice(0, named.index) + named[1] + String(number) + title.slice(named.index + named[0].length);
}
/** `2026-10-05` → `10/5` */
const monthDay = (date) => `${Number(date.slice(5, 7))}/${Number(date.slice(8, 10))}`;
/** `Day14 (2026-10-14)` in an issue; a day already named by its date is not dated twice. */
function named(entry, date) {
    return date && date !== entry ? `${quote(entry)} (${date})` : quote(entry);
}
/** `Day48 (2023-10-05)`, `2023-10-05`: a missing day by its name, with its date where the name is not that date. */
function missingDayName(f) {
    return f.date !== null && f.date !== f.entry ? `${f.entry} (${f.date})` : f.entry;
}
/** `1,234`: thousands separated by commas, without Intl's number formatter (costly to load). */
const count = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

;// CONCATENATED MODULE: ./src/render/messages-en.ts


const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const monthName = (date) => MONTHS[Number(date.slice(5, 7)) - 1];
/** `Week 3 (Oct 5–11)`, or `Week 3` without a calendar: for issues. */
function weekName(f) {
    if (!f.week)
        return `Week ${f.number}`;
    const { start, end } = f.week;
    const range = start.slice(5, 7) === end.slice(5, 7)
        ? `${monthName(start)} ${Number(start.slice(8))}–${Number(end.slice(8))}`
        : `${monthName(start)} ${Number(start.slice(8))} – ${monthName(end)} ${Number(end.slice(8))}`;
    return `Week ${f.number} (${range})`;
}
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
function mismatch(f) {
    const { entry, section } = f;
    switch (f.why.kind) {
        case 'section-title': {
            const fixed = fixedTitle(section, f.why.expected);
            return `${entry} holds "${section}", which is numbered for Day${f.why.named}.${fixed ? ` Rename it "${fixed}".` : ' Check the number in its title.'}`;
        }
        case 'out-of-order':
            return `${entry} (${f.date}) comes after ${f.why.previous} (${f.why.previousDate}). Check its day number or date.`;
        case 'year-slip':
            return f.why.last === null
                ? `${entry} is dated ${f.why.written}, a year before the days around it: read as ${f.date}. Check its year.`
                : `${entry} to ${f.why.last}: ${f.why.count} entries dated a year before the days around them (from ${f.why.written}) are read a year on. Check their year.`;
        case 'off-calendar':
            return `${entry} is dated ${f.date}, which is ${f.why.dayName ?? `Day${f.why.day}`} in the calendar. Check its day number or date.`;
        case 'weekday':
            return `${entry} is dated ${f.date}, a ${WEEKDAYS[f.why.actual]}, but says ${WEEKDAYS[f.why.written]}. Check its date or weekday.`;
        case 'repeated': {
            const { earlier } = f.why;
            const times = earlier.length === 1 ? 'twice' : `${earlier.length + 1} times`;
            const lines = earlier.length === 1 ? `line ${earlier[0]}` : `lines ${earlier.slice(0, -1).join(', ')} and ${earlier[earlier.length - 1]}`;
            return `${entry} is written ${times} (also on ${lines}). Check its ${f.number === null ? 'date' : 'day number'}.`;
        }
    }
}
function finding(f) {
    switch (f.type) {
        case 'missing-day':
            return `${missingDayName(f)} has no entry.`;
        case 'missing-week-review':
            return `The Week ${f.number} review${f.week ? ` (${f.week.start} ~ ${f.week.end})` : ''} has not been written yet.`;
        case 'empty-day':
            return f.sections.length > 0
                ? `${f.entry} is empty: nothing is written under ${andList(f.sections.map((s) => sectionName(s.title)))}.`
                : `${f.entry} has nothing written in it.`;
        case 'empty-section':
            return emptySection(f.entry, f.section);
        case 'label-mismatch':
            return mismatch(f);
    }
}
function emptySection(entry, section) {
    return `The "${sectionName(section)}" section of ${entry} is empty.`;
}
function warning(d) {
    if (d.problem === 'entries-end-long-ago')
        return `Counted from start-date ${d.startDate}, the last entry (${d.entry ?? ''}) falls on ${d.against}, more than a month ago. Did you mean ${d.expected ?? ''}? Until it is fixed, no reminders are sent for missing days and no weekly files are written.`;
    const what = {
        'start-after-today': `start-date ${d.startDate} is after today (${d.against}).`,
        'start-after-last-entry': `start-date ${d.startDate} is after the log's last dated entry (${d.against}).`,
        'start-long-before-first-entry': `start-date ${d.startDate} is more than a month before the log's first dated entry (${d.against}).`
    }[d.problem];
    const expected = d.expected ? ` Did you mean ${d.expected}, the date of the first entry?` : ' Set it to the date of your first entry.';
    const effect = d.ignored
        ? ' This run checked the entries as written, without the calendar, and writes no weekly files until it is fixed.'
        : ' No reminders are sent for days before the first entry.';
    return what + expected + effect;
}
const PLAIN_TEXT_REASON = {
    indent: () => 'it is indented deeper than a markdown reader can follow',
    nesting: (limit) => `it nests quotes or lists more than ${limit} deep`,
    brackets: (limit) => `it nests brackets more than ${limit} deep`,
    marks: (limit) => `one paragraph holds more than ${limit} markdown marks`
};
function readingNote(n) {
    if (n.kind === 'plain-text')
        return `Lines ${n.from}–${n.to} were read as plain text: ${PLAIN_TEXT_REASON[n.why](n.limit)}.`;
    if (n.kind === 'table-days')
        return `${count(n.rows)} table rows from line ${n.line} on name a day by its date or number; til-keeper does not read days from table rows without a link yet, so they were not checked.`;
    if (n.kind === 'hidden-days' && n.inside === 'html')
        return `${count(n.days)} day heading${n.days === 1 ? '' : 's'} from line ${n.line} on ${n.days === 1 ? 'is' : 'are'} inside an HTML block (an HTML line such as \`<br>\` right above, with no blank line between): GitHub shows ${n.days === 1 ? 'it' : 'them'} as plain text, and ${n.days === 1 ? 'it was' : 'they were'} not read.`;
    if (n.kind === 'hidden-days' && n.closed)
        return `${count(n.days)} day heading${n.days === 1 ? '' : 's'} from line ${n.line} on ${n.days === 1 ? 'is' : 'are'} inside code blocks: GitHub shows ${n.days === 1 ? 'it' : 'them'} as code, and ${n.days === 1 ? 'it was' : 'they were'} not read.`;
    if (n.kind === 'hidden-days')
        return `${count(n.days)} day heading${n.days === 1 ? '' : 's'} from line ${n.line} on ${n.days === 1 ? 'is' : 'are'} inside a code block (a \`\`\` fence left open?): GitHub shows ${n.days === 1 ? 'it' : 'them'} as code, and ${n.days === 1 ? 'it was' : 'they were'} not read.`;
    if (n.kind === 'index-rows-unnamed')
        return n.rows === 1
            ? `1 row of the table of days at line ${n.line} links to writing but names no date or day number: it was not counted or checked.`
            : `${count(n.rows)} rows of the table of days from line ${n.line} on link to writing but name no date or day number: they were not counted or checked.`;
    if (n.kind === 'year-from-weekdays') {
        const also = n.also.length === 0 ? '' : ` (${n.also.join(', ')} ${n.also.length === 1 ? 'fits' : 'fit'} too)`;
        return `The log writes no year: its weekdays put its first dated day in ${n.year}, the latest year up to today that fits them${also}. Set start-date if it was another year.`;
    }
    if (n.kind === 'kept-elsewhere')
        return n.days === 1
            ? '1 day is kept in a file of its own, linked from this log: its label was checked, its writing was not.'
            : `${count(n.days)} days are kept in files of their own, linked from this log: their labels were checked, their writing was not.`;
    const quoted = n.labels.map((l) => `line ${l.line}: "${l.text}"`).join(', ');
    const more = n.total > n.labels.length ? ` and ${count(n.total - n.labels.length)} more` : '';
    if (n.kind === 'unspaced-heading')
        return n.total === 1
            ? `The heading on ${quoted} has no space after its #, so GitHub shows it as text. It was read as a heading here; add a space after the # so GitHub shows it as one too.`
            : `${count(n.total)} headings have no space after their # (${quoted}${more}), so GitHub shows them as text. They were read as headings here; add a space after the # so GitHub shows them as headings too.`;
    return n.total === 1
        ? `The label on ${quoted} names a day that does not exist, so that entry has no date. Fix the date to have it checked.`
        : `${count(n.total)} labels name days that do not exist (${quoted}${more}), so those entries have no date. Fix the dates to have them checked.`;
}
function note(n) {
    if (n.type === 'reading')
        return readingNote(n);
    if (n.type === 'calendar')
        return n.text;
    if (n.type === 'untracked-goals')
        return `${n.goals === 1 ? 'A goal for tomorrow is' : `${count(n.goals)} goals for tomorrow are`} listed, but no day lists anything done (a ticked box or a done section), so carried-over tasks were not followed. Tick the goals, or list what you did, to have them followed.`;
    return n.kind === 'day'
        ? `${count(n.total)} days are missing; only the newest ${count(n.shown)} are listed. Check the start date and the day numbers.`
        : `${count(n.total)} week reviews are missing; only the newest ${count(n.shown)} are listed. Check the start date and the week numbers.`;
}
const FIXED_NAME = {
    'missing-day': 'the entry',
    'empty-day': 'what is written in it',
    'empty-section': 'the empty sections',
    'label-mismatch': 'the number in its title'
};
function seenFixed(c) {
    switch (c.kind) {
        case 'checklist':
            return 'Everything on this list is fixed in the log now.';
        case 'older':
            return 'Every older gap on this list is fixed now.';
        case 'week':
            return `The ${c.week ? `Week ${c.week}` : c.entry} review is written now.`;
        case 'day': {
            const { entry, fixed } = c;
            if (fixed.length === 0)
                return `Everything in ${entry} is fixed now.`;
            if (fixed.length === 1)
                return {
                    'missing-day': `${entry} is in the log now.`,
                    'empty-day': `${entry} has something written in it now.`,
                    'empty-section': `The empty sections of ${entry} are filled in.`,
                    'label-mismatch': `The number in ${entry}'s title is fixed.`
                }[fixed[0]];
            return `${entry}: ${andList(fixed.map((k) => FIXED_NAME[k]))} are all fixed now.`;
        }
    }
}
const FAILED_STEP = {
    open: 'open',
    update: 'update',
    reopen: 'reopen',
    close: 'close',
    comment: 'comment on',
    read: 'read'
};
const reminder = {
    missing: (f) => `${named(f.entry, f.date)} has no entry yet`,
    missingWeek: (f) => `The ${weekName(f)} review is not written yet`,
    emptyDay: (f) => `${quote(f.entry)} has nothing written in it`,
    emptySection: (section) => `The "${quote(sectionName(section))}" section is empty`,
    mismatch: (f) => `The number in the title "${quote(f.section)}" does not match ${quote(f.entry)}`,
    fixMissing: (entries) => entries.length === 1
        ? `Add a ${quote(entries[0])} entry to the README. A few lines on what you learned that day are enough.`
        : `Add entries for ${andList(entries.map(quote))} to the README. A few lines on what you learned each day are enough.`,
    fixMissingWeek: (f) => `Add a review of ${weekName(f)} to the README, looking back on that week.`,
    fixEmptySections: 'Write a line or two in each empty section: what you did, learned or thought.',
    fixEmptyDay: 'Write a few lines on what you did or learned that day.',
    fixMismatch: (f) => {
        const fixed = fixedTitle(f.section, f.number);
        return fixed ? `Rename "${quote(f.section)}" to "${quote(fixed)}".` : `Fix the number in the title so it matches ${quote(f.entry)}.`;
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
        const count = (t) => findings.filter((f) => f.type === t).length;
        const missing = findings.find((f) => f.type === 'missing-day');
        if (missing)
            return `${entry}: no entry yet${missing.date && missing.date !== entry ? ` (${missing.date})` : ''}`;
        const parts = [];
        if (count('empty-day'))
            parts.push('nothing written yet');
        const empty = count('empty-section');
        if (empty)
            parts.push(`${empty} empty section${empty === 1 ? '' : 's'}`);
        if (count('label-mismatch'))
            parts.push('a title number to check');
        return `${entry}: ${parts.join(', ')}`;
    },
    dayHeading: (entry, date) => `${entry}${date && date !== entry ? ` (${date})` : ''} needs a little attention`,
    digestTitle: (n) => `til-keeper: ${n} thing${n === 1 ? '' : 's'} to fix`,
    digestHeading: 'These still need attention. Each line leaves this checklist once it is fixed.',
    olderTitle: 'Older gaps in the log',
    olderHeading: (days) => `Things to fix in entries older than the last ${days ?? ''} study days. They are gathered here instead of one issue per day. Each line leaves the list once it is fixed, and the issue closes when the list is empty.`,
    closed: (c) => `${seenFixed(c)} Closing this reminder. Nice work! 🎉`,
    reopened: (entry) => `Reopened: ${entry ?? 'Some of this'} still needs attention in the log. Fix it and push, and this closes by itself. If you do not want this reminder, close it as "not planned" (or simply close it again): it will stay closed.`,
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
        }[kind];
        return `Could not ${FAILED_STEP[step]} reminder${issue ? ` ${issue}` : ''}: ${why}. The rest of the run went on.`;
    },
    issuesOff: (repository) => `Issues are turned off for ${repository}, so reminders were skipped. To get them, turn on Issues in the repository's Settings → General → Features.`
};
const cliText = {
    summary: (days, weeks, due) => `${days} daily entries, ${weeks} week reviews${due ? ` · due through ${due}` : ''}`,
    findings: (n) => (n === 0 ? 'All good: no missing days, no empty sections.' : `${n} finding${n === 1 ? '' : 's'}`),
    noEmpty: 'No empty sections.',
    unchecked: 'Missing days were not checked: a log labelled by dates needs --start-date for that.',
    nothingYet: 'No day entries yet, so no entry is due.',
    missingRun: (first, last, n) => `${n} due days in a row have no entry: ${first} to ${last}.`,
    carry: (n) => (n === 0 ? 'No carried-over tasks' : `${n} carried-over task${n === 1 ? '' : 's'}`),
    left: (day) => `left undone in ${day}`,
    open: (days) => `still open, ${days} study day${days === 1 ? '' : 's'} so far`,
    resolved: (day, days) => `done in ${day} (${days} study day${days === 1 ? '' : 's'})`,
    dropped: (day) => `dropped in ${day}`,
    notes: 'Notes',
    warning: 'Warning'
};
const jobSummary = {
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
};
const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;
const weeklyFile = {
    title: (week) => week.kind === 'calendar' ? `Week ${week.number} summary` : `${week.year}-W${String(week.number).padStart(2, '0')} summary`,
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
    carryHeadline: (open, done, dropped) => `**${open} still open** · **${done} done this week**${dropped > 0 ? ` · **${dropped} dropped**` : ''}`,
    noCarry: 'No carried-over tasks this week.',
    carryTable: ['Task', 'First written', 'Age', 'Status'],
    age: (n) => plural(n, 'day', 'days'),
    resolved: (day) => `done in ${day}`,
    dropped: (day) => `dropped in ${day}`,
    stillOpen: 'still open',
    moreCarry: (n) => `…and ${n} more.`,
    ageNote: (calendar) => calendar
        ? 'Age counts study days from the day the task was first written (day 1), leaving out weekends and days off; status is as of Sunday.'
        : 'Age counts the days logged from the day the task was first written (day 1); status is as of Sunday.',
    goalHeading: 'Goals for tomorrow',
    goalHeadline: (met, total, percent) => `**Met ${met} of ${total} (${percent}%)**`,
    noGoals: 'No goals for tomorrow were set this week.',
    noCheckedGoals: 'None of the goals for tomorrow could be checked within this week.',
    goalTable: ['Goal', 'Set on', 'Checked on', 'Result'],
    goalResult: { met: 'met', missed: 'not met', pending: 'checked next week' },
    goalNote: "A goal counts as met when the next logged day lists it as done. Goals set on the week's last logged day are checked in next week's summary.",
    trendHeading: 'Carry-over trend',
    trendNote: 'Carried-over tasks still open at the end of each week.',
    trendAxis: 'open tasks',
    footer: 'Written by til-keeper from the README. This file is regenerated, so edits made here will be lost.',
    commitMessage: (weeks, readme) => {
        const parts = weeks.length > 0 ? [`weekly summary for ${weeks.join(', ')}`] : [];
        if (readme)
            parts.push('README carry-over table');
        return `til-keeper: ${parts.join(' and ')} [skip ci]`;
    }
};
const readmeBlock = {
    heading: 'Carried-over tasks',
    counts: (open, resolved, dropped) => `${open} still open · ${resolved} done so far${dropped > 0 ? ` · ${dropped} dropped` : ''}`,
    none: (resolved) => (resolved === 0 ? 'No carried-over tasks.' : `No carried-over tasks left open; ${resolved} done so far.`),
    columns: ['Task', 'First written', 'Age', 'Last listed'],
    age: (n) => `${n} ${n === 1 ? 'day' : 'days'}`,
    more: (n) => `…and ${n} more.`,
    footer: 'til-keeper keeps this part up to date.'
};
const explain = {
    title: (file) => `How ${file} was read`,
    language: 'Language',
    languages: {
        ko: 'Korean',
        ja: 'Japanese (reminders are written in English for now)',
        zh: 'Chinese (reminders are written in English for now)',
        en: 'English'
    },
    otherLanguage: 'a language other than English (reminders are written in English)',
    position: (p, html = false) => p === 'summary'
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
    form: (f) => `${f.count} ${f.kind === 'week' ? 'week review' : 'day'}${f.count === 1 ? '' : 's'} from ${explain.position(f.position, f.html)} shaped ${f.form} (e.g. line ${f.example.line}: "${f.example.text}")`,
    pattern: (p) => `Days found with entry-pattern: ${p}`,
    none: 'No line was read as a day.',
    indexRows: (n) => `${n} day${n === 1 ? '' : 's'} from index table rows (each links to a file of its own, not checked here)`,
    rowsInPlace: (n) => `${n} day${n === 1 ? '' : 's'} from rows of such a table written in the row itself (checked here)`,
    linked: (n) => `${n} of them only link${n === 1 ? 's' : ''} to a file of ${n === 1 ? 'its' : 'their'} own from the heading (not checked here)`,
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
};
const en = {
    finding,
    emptySection,
    warning,
    note,
    emptySectionsElsewhere: (n) => `${n} empty section${n === 1 ? '' : 's'}: see the job summary (no line annotations, as the log is in another repository).`,
    moreEmptySections: (n) => `…and ${n} more empty section${n === 1 ? '' : 's'}: see the job summary.`,
    reminder,
    cliText,
    jobSummary,
    weeklyFile,
    readmeBlock,
    explain
};

;// CONCATENATED MODULE: ./src/render/josa.ts
/**
 * Korean particles that depend on the word before them: 이/가, 을/를, 은/는,
 * 과/와, (으)로, 이라/라 … chosen by how the word ends when read aloud.
 */
/** How a word ends when read aloud in Korean: no final consonant, ㄹ, or another one. */
function finalSound(word) {
    // The particle follows the word, not the quote or bracket around it: `"DAY 12 소감"을`.
    const last = word
        .trim()
        .replace(/[\s"'”’)\]}>*_~`.,!?:]+$/u, '')
        .slice(-1);
    if (/[0-9]/.test(last))
        return '17'.includes(last) || last === '8' ? 'rieul' : '036'.includes(last) ? 'other' : 'none';
    const code = last.charCodeAt(0);
    if (code >= 0xac00 && code <= 0xd7a3) {
        const final = (code - 0xac00) % 28;
        return final === 0 ? 'none' : final === 8 ? 'rieul' : 'other';
    }
    if (/[lr]/i.test(last))
        return 'rieul';
    return /[mn]/i.test(last) ? 'other' : 'none';
}
/**
 * The particle that fits the word: `particle('Day13', '과', '와')` → `과`. With
 * `rieulAsVowel`, a word ending in ㄹ takes the vowel form, as `(으)로` does: `Day1로`.
 */
function particle(word, afterConsonant, afterVowel, rieulAsVowel = false) {
    const sound = finalSound(word);
    return sound === 'none' || (sound === 'rieul' && rieulAsVowel) ? afterVowel : afterConsonant;
}
/** The word with its particle: `josa('Day13', '과', '와')` → `Day13과`. */
function josa(word, afterConsonant, afterVowel, rieulAsVowel = false) {
    return word + particle(word, afterConsonant, afterVowel, rieulAsVowel);
}

;// CONCATENATED MODULE: ./src/render/messages-ko.ts



const topic = (word) => josa(word, '은', '는');
/** `3주차(10/5~10/11)`, or `3주차` without a calendar. */
function messages_ko_weekName(f) {
    return f.week ? `${f.number}주차(${monthDay(f.week.start)}~${monthDay(f.week.end)})` : `${f.number}주차`;
}
function messages_ko_mismatch(f) {
    const { entry, section } = f;
    switch (f.why.kind) {
        case 'section-title': {
            const fixed = fixedTitle(section, f.why.expected);
            return `${entry}에 있는 "${section}"의 번호가 맞지 않아요.${fixed ? ` ${josa(`"${fixed}"`, '으로', '로', true)} 고쳐 주세요.` : ' 제목의 번호를 확인해 주세요.'}`;
        }
        case 'out-of-order':
            // The particle follows the name, not the date in brackets after it: `51일차(11월 25일)가`.
            return `${f.why.previous}(${f.why.previousDate}) 뒤에 ${entry}(${f.date})${particle(entry, '이', '가')} 있어요. 번호나 날짜를 확인해 주세요.`;
        case 'year-slip':
            return f.why.last === null
                ? `${entry}의 날짜(${f.why.written})가 앞뒤 기록보다 1년 이르게 적혀 있어서 1년 뒤 날짜(${f.date})로 읽었어요. 연도를 확인해 주세요.`
                : `${entry}부터 ${f.why.last}까지 기록 ${f.why.count}개는 날짜가 앞뒤 기록보다 1년 이르게 적혀 있어서(${f.why.written}부터) 1년 뒤로 읽었어요. 연도를 확인해 주세요.`;
        case 'off-calendar':
            // A date is read ending in 일 (일, 이일, …): always 이/은.
            return `${entry}(${f.date})은 달력으로 ${josa(f.why.dayName ?? `Day${f.why.day}`, '이에요', '예요')}. 번호나 날짜를 확인해 주세요.`;
        case 'weekday': {
            // A day titled by its date says it already (`2025-03-04 (수)는`); a date in brackets is read ending in 일 (`은`).
            const name = f.date !== null && entry.includes(f.date) ? josa(entry, '은', '는') : `${entry}(${f.date})은`;
            const { weekday } = messages_ko_weeklyFile;
            return `${name} ${weekday[f.why.actual]}요일인데 ${weekday[f.why.written]}요일로 적혀 있어요. 날짜나 요일을 확인해 주세요.`;
        }
        case 'repeated': {
            const { earlier } = f.why;
            // `두 번`, `세 번`, `네 번`, then `5번`: a counter after a native numeral takes a space, after digits none.
            const native = ['두', '세', '네'][earlier.length - 1];
            const times = native ? `${native} 번` : `${earlier.length + 1}번`;
            return `${entry} 제목이 ${times} 나와요(${earlier.join(', ')}번째 줄에도 있어요). ${f.number === null ? '날짜' : '번호'}를 확인해 주세요.`;
        }
    }
}
function messages_ko_finding(f) {
    switch (f.type) {
        case 'missing-day':
            return `${missingDayName(f)} 기록이 없어요.`;
        case 'missing-week-review':
            return `${messages_ko_weekName(f)} 회고가 아직 없어요.`;
        case 'empty-day':
            return f.sections.length > 0
                ? `${topic(f.entry)} 비어 있어요. ${f.sections.map((s) => sectionName(s.title)).join(', ')} 섹션에 적힌 내용이 없어요.`
                : `${f.entry}에 적힌 내용이 없어요.`;
        case 'empty-section':
            return messages_ko_emptySection(f.entry, f.section);
        case 'label-mismatch':
            return messages_ko_mismatch(f);
    }
}
function messages_ko_emptySection(entry, section) {
    return `${entry}의 "${sectionName(section)}" 섹션이 비어 있어요.`;
}
function messages_ko_warning(d) {
    const start = `start-date ${josa(d.startDate, '이', '가')}`;
    if (d.problem === 'entries-end-long-ago')
        return `start-date ${josa(d.startDate, '으로', '로', true)} 세면 마지막 기록 ${josa(d.entry ?? '', '이', '가')} ${josa(d.against, '이라', '라')}, 그 뒤로 한 달 넘게 기록이 없는 셈이에요. ${josa(d.expected ?? '', '을', '를')} 쓰려던 게 아닌지 확인해 주세요. 고칠 때까지 빠진 날로는 알림을 보내지 않고 주간 요약 파일도 쓰지 않아요.`;
    const what = {
        'start-after-today': `${start} 오늘(${d.against})보다 뒤예요.`,
        'start-after-last-entry': `${start} 마지막 기록의 날짜(${d.against})보다 뒤예요.`,
        'start-long-before-first-entry': `${start} 첫 기록의 날짜(${d.against})보다 한 달 넘게 앞서요.`
    }[d.problem];
    const expected = d.expected
        ? ` 첫 기록의 날짜인 ${josa(d.expected, '을', '를')} 쓰려던 게 아닌지 확인해 주세요.`
        : ' 첫 기록을 쓴 날짜로 고쳐 주세요.';
    const effect = d.ignored
        ? ' 이번에는 달력 없이 적힌 기록만 확인했고, 고칠 때까지 주간 요약 파일은 쓰지 않아요.'
        : ' 첫 기록 전의 날짜로는 알림을 보내지 않아요.';
    return what + expected + effect;
}
const messages_ko_PLAIN_TEXT_REASON = {
    indent: () => '들여쓰기가 너무 깊어서',
    nesting: (limit) => `인용이나 목록이 ${limit}단계보다 깊게 겹쳐 있어서`,
    brackets: (limit) => `대괄호가 ${limit}겹보다 깊게 겹쳐 있어서`,
    marks: (limit) => `한 문단에 마크다운 기호가 ${limit}개보다 많아서`
};
function messages_ko_readingNote(n) {
    if (n.kind === 'plain-text')
        return `${n.from}–${n.to}번째 줄은 ${messages_ko_PLAIN_TEXT_REASON[n.why](n.limit)} 일반 텍스트로 읽었어요.`;
    if (n.kind === 'table-days')
        return `${n.line}번째 줄부터 표의 ${count(n.rows)}줄이 날짜나 일차로 시작하지만, 링크가 없는 표의 줄은 아직 일일 기록으로 읽지 않아서 확인하지 않았어요.`;
    if (n.kind === 'hidden-days' && n.inside === 'html')
        return `${n.line}번째 줄부터 일일 기록 제목 ${count(n.days)}개가 HTML 블록 안에 있어요(바로 위에 \`<br>\` 같은 HTML 줄이 빈 줄 없이 붙어 있나요?). GitHub에서도 제목이 아닌 글자로 보이고, 기록으로 읽지 않았어요.`;
    if (n.kind === 'hidden-days' && n.closed)
        return `${n.line}번째 줄부터 일일 기록 제목 ${count(n.days)}개가 코드 블록 안에 있어요. GitHub에서도 코드로 보이고, 기록으로 읽지 않았어요.`;
    if (n.kind === 'hidden-days')
        return `${n.line}번째 줄부터 일일 기록 제목 ${count(n.days)}개가 코드 블록 안에 있어요(닫지 않은 \`\`\`가 있나요?). GitHub에서도 코드로 보이고, 기록으로 읽지 않았어요.`;
    if (n.kind === 'index-rows-unnamed')
        return `${n.line}번째 줄부터 목차 표의 ${count(n.rows)}줄은 다른 파일로 링크하지만 날짜나 일차를 읽을 수 없어서 기록으로 세지 않았고 확인하지 않았어요.`;
    if (n.kind === 'year-from-weekdays') {
        const also = n.also.length === 0 ? '' : `(${n.also.map((y) => `${y}년`).join(', ')}도 요일이 맞아요)`;
        return `연도를 적지 않은 기록이라, 날짜 옆 요일이 맞는 가장 최근 연도로 첫 기록을 ${n.year}년으로 읽었어요${also}. 다른 해라면 start-date로 알려 주세요.`;
    }
    if (n.kind === 'kept-elsewhere')
        return `일일 기록 ${count(n.days)}개는 이 로그가 링크한 다른 파일에 있어서 제목만 확인하고 내용은 확인하지 않았어요.`;
    const quoted = n.labels.map((l) => `${l.line}번째 줄 "${l.text}"`).join(', ');
    const more = n.total > n.labels.length ? ` 외 ${count(n.total - n.labels.length)}개` : '';
    if (n.kind === 'unspaced-heading')
        return `# 뒤에 띄어쓰기가 없는 제목은 GitHub에서 제목이 아니라 글로 보여요(${quoted}${more}). 여기서는 제목으로 읽었어요. GitHub에서도 제목으로 보이게 하려면 # 뒤에 한 칸 띄어 주세요.`;
    return `없는 날짜가 적힌 제목이 있어서 그 기록은 날짜 없이 읽었어요(${quoted}${more}). 날짜를 고치면 확인할 수 있어요.`;
}
function messages_ko_note(n) {
    if (n.type === 'omitted')
        return n.kind === 'day'
            ? `빠진 날이 ${count(n.total)}일이나 돼서 가장 최근 ${count(n.shown)}일만 적었어요. 시작 날짜나 Day 번호가 맞는지 확인해 주세요.`
            : `빠진 주간 회고가 ${count(n.total)}개나 돼서 가장 최근 ${count(n.shown)}개만 적었어요. 시작 날짜나 주차 번호가 맞는지 확인해 주세요.`;
    if (n.type === 'reading')
        return messages_ko_readingNote(n);
    if (n.type === 'untracked-goals')
        return `내일 할 일이 ${count(n.goals)}개 적혀 있지만 한 일을 적은 날(체크한 박스나 한 일 섹션)이 없어서 이월된 할 일은 확인하지 않았어요. 할 일에 체크하거나 한 일을 적으면 확인할 수 있어요.`;
    const start = /^Korean holiday data start at (\d{4}); dates before (\S+) are checked/.exec(n.text);
    if (start)
        return `공휴일 자료가 ${start[1]}년부터 있어서 ${start[2]} 전의 날짜는 공휴일 없이 확인했어요.`;
    const end = /^Korean holiday data end at (\d{4}); dates after (\S+) are checked/.exec(n.text);
    if (end)
        return `공휴일 자료가 ${end[1]}년까지만 있어서 ${end[2]} 뒤의 날짜는 공휴일 없이 확인했어요.`;
    return n.text;
}
const messages_ko_FIXED_NAME = {
    'missing-day': '기록',
    'empty-day': '내용',
    'empty-section': '빈 섹션',
    'label-mismatch': '제목 번호'
};
function messages_ko_seenFixed(c) {
    switch (c.kind) {
        case 'checklist':
            return '손볼 곳이 모두 고쳐졌어요.';
        case 'older':
            return '지난 기록에서 손볼 곳이 모두 고쳐졌어요.';
        case 'week':
            return `${c.week ? `${c.week}주차` : c.entry} 회고를 확인했어요.`;
        case 'day': {
            const { entry, fixed } = c;
            if (fixed.length === 0)
                return `${entry}에서 손볼 곳이 모두 고쳐졌어요.`;
            if (fixed.length === 1)
                return {
                    'missing-day': `${entry} 기록을 확인했어요.`,
                    'empty-day': `${entry}에 적힌 내용을 확인했어요.`,
                    'empty-section': `${entry}의 빈 섹션이 채워진 것을 확인했어요.`,
                    'label-mismatch': `${entry} 제목의 번호가 고쳐진 것을 확인했어요.`
                }[fixed[0]];
            // `빈 섹션과 제목 번호`: the last two joined by 과/와, as it fits the word before it.
            const names = fixed.map((k) => messages_ko_FIXED_NAME[k]);
            const several = `${josa(names.slice(0, -1).join(', '), '과', '와')} ${names[names.length - 1]}`;
            return `${entry}에서 ${josa(several, '이', '가')} 모두 고쳐진 것을 확인했어요.`;
        }
    }
}
const messages_ko_FAILED_STEP = {
    open: (issue) => `${josa(issue, '을', '를')} 여는`,
    update: (issue) => `${josa(issue, '을', '를')} 고치는`,
    reopen: (issue) => `${josa(issue, '을', '를')} 다시 여는`,
    close: (issue) => `${josa(issue, '을', '를')} 닫는`,
    comment: (issue) => `${issue}에 댓글을 다는`,
    read: (issue) => `${josa(issue, '을', '를')} 읽는`
};
function failed(issue, step, kind, detail) {
    const why = {
        locked: '이슈가 잠겨 있어요',
        gone: '이슈가 삭제되었어요',
        moved: '이슈를 찾을 수 없어요. 삭제되었거나 다른 저장소로 옮겨졌을 수 있어요',
        refused: `GitHub가 요청을 받아들이지 않았어요 (${detail})`,
        other: `GitHub 응답: ${detail}`
    }[kind];
    return `${messages_ko_FAILED_STEP[step](`알림 이슈${issue ? ` ${issue}` : ''}`)} 데 실패했어요: ${why}. 나머지 작업은 계속했어요.`;
}
const messages_ko_reminder = {
    missing: (f) => `${named(f.entry, f.date)} 기록이 아직 없어요`,
    missingWeek: (f) => `${messages_ko_weekName(f)} 회고가 아직 없어요`,
    emptyDay: (f) => `${quote(f.entry)}에 적힌 내용이 없어요`,
    emptySection: (section) => `"${quote(sectionName(section))}" 섹션이 비어 있어요`,
    mismatch: (f) => `"${quote(f.section)}" 제목의 번호가 ${josa(quote(f.entry), '과', '와')} 맞지 않아요`,
    fixMissing: (entries) => `README에 ${entries.map(quote).join(', ')} 항목을 추가해 주세요. 짧게라도 그날 배운 것을 남기면 충분해요.`,
    fixMissingWeek: (f) => f.week
        ? `${josa(`${monthDay(f.week.start)}~${monthDay(f.week.end)}`, '을', '를')} 돌아보는 ${f.number}주차 회고를 README에 추가해 주세요.`
        : `${josa(`${f.number}주차`, '을', '를')} 돌아보는 회고를 README에 추가해 주세요.`,
    fixEmptySections: '비어 있는 섹션에 한 일, 배운 점, 느낀 점을 한두 줄이라도 적어 주세요.',
    fixEmptyDay: '그날 한 일이나 배운 것을 한두 줄이라도 적어 주세요.',
    fixMismatch: (f) => {
        const fixed = fixedTitle(f.section, f.number);
        return fixed
            ? `${josa(`"${quote(f.section)}"`, '을', '를')} ${josa(`"${quote(fixed)}"`, '으로', '로', true)} 고쳐 주세요.`
            : `제목의 번호를 ${quote(f.entry)}에 맞게 고쳐 주세요.`;
    },
    after: (line) => `${line}번째 줄 다음`,
    at: (line) => `${line}번째 줄`,
    top: '맨 앞',
    what: '무엇',
    where: '어디',
    todo: '이렇게 해 주세요',
    more: (n) => `그 밖에 ${n}개가 더 있어요. 전체 목록은 이번 실행의 작업 요약에서 볼 수 있어요.`,
    footer: 'README를 고쳐서 push하면 til-keeper가 다시 확인하고 이 이슈를 자동으로 닫아요.',
    mute: '🤖 til-keeper가 관리하는 알림이에요. 이 알림이 필요 없다면 "Close as not planned"로 닫아 주세요. 다시 열지 않을게요.',
    dayTitle: (entry, findings) => {
        const count = (t) => findings.filter((f) => f.type === t).length;
        const missing = findings.find((f) => f.type === 'missing-day');
        if (missing)
            return `${entry}: 기록이 아직 없어요${missing.date && missing.date !== entry ? ` (${missing.date})` : ''}`;
        const parts = [];
        if (count('empty-day'))
            parts.push('내용이 비어 있어요');
        if (count('empty-section'))
            parts.push(`빈 섹션 ${count('empty-section')}개`);
        if (count('label-mismatch'))
            parts.push('제목 번호 확인 필요');
        return `${entry}: ${parts.join(', ')}`;
    },
    dayHeading: (entry, date) => `${entry}${date && date !== entry ? ` (${date})` : ''} 기록에 손볼 곳이 있어요`,
    digestTitle: (n) => `til-keeper: 손볼 곳 ${n}개`,
    digestHeading: '아직 손볼 곳이 남아 있어요. 고치고 나면 체크리스트에서 저절로 빠져요.',
    olderTitle: '지난 기록 점검',
    olderHeading: (days) => `최근 ${days ?? ''}학습일보다 오래된 기록에서 손볼 곳이에요. 날마다 이슈를 열지 않고 여기에 모아 두었어요. 고치고 나면 목록에서 저절로 빠지고, 모두 고치면 이 이슈도 닫혀요.`,
    /** The comment on a reminder closed because the log is fixed. */
    closed: (c) => `${messages_ko_seenFixed(c)} 이 알림은 닫을게요. 수고했어요! 🎉`,
    /** Said once, when a person closed a reminder as completed while the problem is still there; `entry` null for a checklist. */
    reopened: (entry) => `${entry === null ? '아직 손볼 곳이 남아 있어서' : `${entry}에 아직 손볼 곳이 남아 있어서`} 이 알림을 다시 열었어요. README를 고쳐 push하면 저절로 닫혀요. 이 알림이 필요 없다면 "Close as not planned"로 닫아 주세요. 한 번 더 닫아도 다시 열지 않을게요.`,
    moved: '알림을 묶는 방식이 바뀌어서 여기 있던 손볼 곳은 이제 다른 알림 이슈에서 알려 드려요. 이 이슈는 닫을게요.',
    duplicate: (original) => `${josa(`#${original}`, '과', '와')} 같은 알림이라 닫을게요.`,
    labelDescription: 'til-keeper가 학습 기록을 보고 보내는 알림',
    /** One line for the run's warnings: which reminder, what failed, why, and that the rest went on. */
    failed,
    issuesOff: (repository) => `${repository} 저장소에서 이슈 기능이 꺼져 있어서 알림 이슈는 건너뛰었어요. 알림을 받으려면 저장소의 Settings → General → Features에서 Issues를 켜 주세요.`
};
/** The CLI's text report. */
const messages_ko_cliText = {
    summary: (days, weeks, due) => `일일 기록 ${days}개, 주간 회고 ${weeks}개${due ? ` · ${due}까지 마감된 날 기준` : ''}`,
    findings: (n) => (n === 0 ? '문제 없음: 빠진 날도, 빈 섹션도 없어요.' : `발견한 문제 ${n}개`),
    noEmpty: '빈 섹션은 없어요.',
    unchecked: '빠진 날은 확인하지 않았어요. 날짜로 적은 기록은 --start-date로 시작일을 정해야 확인할 수 있어요.',
    nothingYet: '아직 일일 기록이 없어서 확인할 날이 없어요.',
    missingRun: (first, last, n) => `${first}부터 ${last}까지 기록 ${n}개가 없어요.`,
    carry: (n) => (n === 0 ? '이월된 할 일 없음' : `이월된 할 일 ${n}개`),
    left: (day) => `${day}에 미룬 일`,
    // Study days, as the English says and the weekly file explains: `6일째` alone reads as calendar days.
    open: (days) => `아직 진행 중 (학습일 ${days}일째)`,
    resolved: (day, days) => `${day}에 완료 (학습일 ${days}일째)`,
    dropped: (day) => `${day}에 그만둠`,
    notes: '참고',
    warning: '주의'
};
/** The run's job summary. */
const messages_ko_jobSummary = {
    title: 'til-keeper 점검 결과',
    due: (n, last) => `마감된 날 ${n}일${last ? ` (${last}까지)` : ''}`,
    day: '날',
    date: '날짜',
    state: '상태',
    line: '줄',
    states: { logged: '✅ 기록함', missing: '❌ 기록 없음', empty: '⚠️ 비어 있음' },
    findings: '발견한 문제',
    none: '없어요 🎉',
    unchecked: '빠진 날은 확인하지 않았어요. 날짜로 적은 기록은 start-date 입력으로 시작일을 정해야 확인할 수 있어요.',
    carry: '이월된 할 일',
    carryCounts: (open, done, dropped) => `진행 중 ${open}개 · 끝낸 것 ${done}개${dropped > 0 ? ` · 그만둔 것 ${dropped}개` : ''}`,
    task: '할 일',
    since: '처음 미룬 날',
    age: '학습일',
    days: (n) => `${n}일째`,
    moreTasks: (n) => `그 밖에 진행 중인 할 일 ${n}개가 더 있어요 (JSON 보고서에 모두 있어요).`,
    bot: '봇이 한 일',
    wouldDo: '봇이 할 일 (dry run: 아무것도 쓰지 않았어요)',
    opened: '새 이슈',
    reopened: '다시 연 이슈',
    updated: '수정한 이슈',
    closed: '닫은 이슈',
    deferred: (n) => `max-issues 때문에 다음 실행으로 미룬 알림 ${n}개 (최근 것부터 열어요):`,
    older: (n) => `최근 학습일보다 오래된 ${n}일의 손볼 곳은 "지난 기록 점검" 이슈 하나에 모았어요.`,
    nothing: '바뀐 것이 없어 아무것도 쓰지 않았어요.',
    remindersOff: '알림 이슈 기능이 꺼져 있어요 (reminders: false).',
    issuesOff: '저장소에서 이슈 기능이 꺼져 있어서 알림 이슈는 건너뛰었어요 (Settings → General → Features → Issues).',
    summaryCommit: (sha, n) => `주간 요약 파일 ${n}개를 커밋했어요: ${sha.slice(0, 7)}`,
    summaryWould: (n) => `주간 요약 파일 ${n}개를 쓸 거예요:`,
    ownPush: '이번 push는 til-keeper가 만든 요약 커밋이라 새 요약 커밋을 만들지 않았어요.',
    summaryFailed: (why) => `⚠️ 주간 요약을 커밋하지 못했어요. 다음 실행에서 다시 시도해요: ${why}`,
    notes: '참고',
    warning: '주의'
};
/** The weekly files (`render/weekly-file.ts`) and their commit message. */
const messages_ko_weeklyFile = {
    title: (week) => (week.kind === 'calendar' ? `${week.number}주차 학습 요약` : `${week.year}년 ${week.number}주차 학습 요약`),
    range: (start, end) => `${start} ~ ${end}`,
    weekday: ['일', '월', '화', '수', '목', '금', '토'],
    date: (d, weekday) => `${Number(d.slice(5, 7))}월 ${Number(d.slice(8, 10))}일 (${weekday})`,
    logHeading: '이번 주 기록',
    dueHeadline: (logged, due) => `**학습일 ${due}일 중 ${logged}일 기록**`,
    loggedHeadline: (logged) => `**${logged}일 기록**`,
    emptyCount: (n) => `비어 있는 날 ${n}일`,
    missingCount: (n) => `빠진 날 ${n}일`,
    noDueDays: '이번 주에는 학습일이 없었어요.',
    noLoggedDays: '이번 주에는 기록한 날이 없어요.',
    dayTable: ['날', '날짜', '상태', 'README'],
    state: { logged: '기록함', empty: '비어 있음', missing: '기록 없음' },
    dayOff: '쉬는 날',
    emptyHeading: '비어 있는 섹션',
    noEmpty: '이번 주에는 비어 있는 섹션이 없어요.',
    wholeDayEmpty: '하루 전체가 비어 있어요',
    carryHeading: '이월된 할 일',
    carryHeadline: (open, done, dropped) => `아직 진행 중 **${open}개** · 이번 주에 끝낸 것 **${done}개**${dropped > 0 ? ` · 그만둔 것 **${dropped}개**` : ''}`,
    noCarry: '이번 주에는 이월된 할 일이 없어요.',
    carryTable: ['할 일', '처음 적은 날', '밀린 기간', '상태'],
    age: (n) => `${n}일째`,
    resolved: (day) => `${day}에 완료`,
    dropped: (day) => `${day}에 그만둠`,
    stillOpen: '아직 진행 중',
    moreCarry: (n) => `그 밖에 ${n}개가 더 있어요.`,
    ageNote: (calendar) => calendar
        ? '밀린 기간은 처음 적은 날을 1일째로 세어 주말과 쉬는 날을 뺀 학습일 수이고, 상태는 이번 주 일요일 기준이에요.'
        : '밀린 기간은 처음 적은 날을 1일째로 세어 그사이 기록한 날 수이고, 상태는 이번 주 일요일 기준이에요.',
    goalHeading: '내일 목표 달성률',
    goalHeadline: (met, total, percent) => `목표 ${total}개 중 **${met}개 달성 (${percent}%)**`,
    noGoals: '이번 주에는 내일 목표를 세운 날이 없어요.',
    noCheckedGoals: '이번 주 안에 확인할 수 있는 내일 목표가 없어요.',
    goalTable: ['목표', '세운 날', '확인한 날', '결과'],
    goalResult: { met: '달성', missed: '못 함', pending: '다음 주에 확인' },
    goalNote: '다음 기록일에 완료한 일로 적혀 있으면 달성으로 쳐요. 주의 마지막 기록일에 세운 목표는 다음 주 요약에서 확인해요.',
    trendHeading: '이월된 할 일 추이',
    trendNote: '주마다 일요일에 아직 남아 있던 이월된 할 일의 수예요.',
    trendAxis: '남은 할 일',
    footer: 'til-keeper가 README를 보고 만든 파일이에요. 다시 만들어질 수 있으니 직접 고치지 마세요.',
    /** The summary commit's message: starts with `til-keeper:` (the loop guard knows the bot's push by it) and carries `[skip ci]`. */
    commitMessage: (weeks, readme) => {
        const parts = weeks.length > 0 ? [`주간 요약 ${weeks.join(', ')}`] : [];
        if (readme)
            parts.push('README의 이월된 할 일 표');
        return `til-keeper: ${parts.join(', ')} 갱신 [skip ci]`;
    }
};
/** The carry-over block in the learner's README (`render/readme-block.ts`). */
const messages_ko_readmeBlock = {
    heading: '이월된 할 일',
    counts: (open, resolved, dropped) => `아직 진행 중 ${open}개 · 지금까지 끝낸 것 ${resolved}개${dropped > 0 ? ` · 그만둔 것 ${dropped}개` : ''}`,
    none: (resolved) => (resolved === 0 ? '이월된 할 일이 없어요.' : `남은 할 일이 없어요. 지금까지 ${resolved}개를 끝냈어요.`),
    columns: ['할 일', '처음 적은 날', '밀린 기간', '마지막으로 적은 날'],
    age: (n) => `${n}일째`,
    more: (n) => `그 밖에 ${n}개가 더 있어요.`,
    footer: 'til-keeper가 자동으로 고치는 부분이에요.'
};
/** How the log was read (`--explain`, the job summary's folded section). */
const messages_ko_explain = {
    title: (file) => `${josa(file, '을', '를')} 이렇게 읽었어요`,
    language: '언어',
    languages: { ko: '한국어', ja: '일본어 (알림은 아직 영어로 써요)', zh: '중국어 (알림은 아직 영어로 써요)', en: '영어' },
    otherLanguage: '영어가 아닌 다른 언어 (알림은 영어로 써요)',
    position: (p, html = false) => p === 'summary'
        ? '<summary>'
        : p === 'bold'
            ? '굵은 글씨 줄'
            : p === 'line'
                ? '날짜만 있는 줄'
                : p === 'item'
                    ? '목록 항목'
                    : p === 'row'
                        ? '표의 줄'
                        : html
                            ? `<${p}> 제목`
                            : `${'#'.repeat(Number(p.slice(1)))} 제목`,
    form: (f) => `${f.kind === 'week' ? '주간 회고' : '일일 기록'} ${f.count}개: ${f.form} 모양의 ${messages_ko_explain.position(f.position, f.html)} (예: ${f.example.line}번째 줄 "${f.example.text}")`,
    pattern: (p) => `entry-pattern으로 찾았어요: ${p}`,
    none: '일일 기록으로 읽은 줄이 없어요.',
    indexRows: (n) => `일일 기록 ${n}개: 목차 표의 줄 (내용은 각 줄이 가리키는 파일에 있어 여기서는 확인하지 않아요)`,
    rowsInPlace: (n) => `일일 기록 ${n}개: 목차 표 안에 내용을 직접 적은 줄 (여기서 확인해요)`,
    linked: (n) => `그중 ${n}개는 제목이 다른 파일로 가는 링크뿐이에요 (내용은 그 파일에 있어 여기서는 확인하지 않아요)`,
    skipped: (n) => `날짜나 번호처럼 보이지만 기록으로 보지 않은 줄 ${n}개`,
    reasons: {
        shape: '기록 제목과 모양이 다르고 훨씬 적어요',
        once: '이 모양은 한 번뿐이에요',
        headings: '기록이 제목으로 되어 있는 로그 안의 굵은 글씨/날짜 줄이에요',
        nested: '기록 안에 있는, 모양이 다른 제목이에요',
        prose: '날짜 뒤에 문장이 이어져요',
        changelog: '날짜 뒤에 버전 번호가 있어요 (변경 기록)',
        example: '템플릿에 있던 예시예요'
    },
    more: (n) => `…외 ${n}개`,
    sections: '섹션 이름',
    roles: { done: '한 일', notDone: '못 한 일', learned: '배운 것', goals: '목표', reflection: '회고', other: '기타' },
    noSections: '찾지 못했어요.',
    hint: '기대와 다르게 읽었다면 entry-pattern으로 기록 제목의 모양을 알려 주세요 (README 참고).'
};
const ko = {
    finding: messages_ko_finding,
    emptySection: messages_ko_emptySection,
    warning: messages_ko_warning,
    note: messages_ko_note,
    emptySectionsElsewhere: (n) => `비어 있는 섹션 ${n}개는 작업 요약에서 볼 수 있어요. 다른 저장소의 기록이라 줄 표시는 달지 않았어요.`,
    moreEmptySections: (n) => `그 밖에 비어 있는 섹션 ${n}개는 작업 요약에서 볼 수 있어요.`,
    reminder: messages_ko_reminder,
    cliText: messages_ko_cliText,
    jobSummary: messages_ko_jobSummary,
    weeklyFile: messages_ko_weeklyFile,
    readmeBlock: messages_ko_readmeBlock,
    explain: messages_ko_explain
};

;// CONCATENATED MODULE: ./src/render/messages.ts


/** The catalogue for the log's language. */
function messages(language) {
    return language === 'ko' ? ko : en;
}

;// CONCATENATED MODULE: ./src/render/explain.ts

const ROLES = ['done', 'notDone', 'learned', 'goals', 'reflection', 'other'];
/** The explanation as lines of plain text, indented two spaces per level. */
function explainLines(reading, file) {
    const t = messages(reading.language).explain;
    const language = reading.otherLanguage ? t.otherLanguage : t.languages[reading.language];
    const out = [t.title(file), `  ${t.language}: ${language}`];
    if (reading.pattern !== null)
        out.push(`  ${t.pattern(reading.pattern)}`);
    if (reading.forms.length === 0 && reading.indexRows === 0 && reading.rowsInPlace === 0)
        out.push(`  ${t.none}`);
    for (const form of reading.forms)
        out.push(`  ${t.form(form)}`);
    if (reading.indexRows > 0)
        out.push(`  ${t.indexRows(reading.indexRows)}`);
    if (reading.rowsInPlace > 0)
        out.push(`  ${t.rowsInPlace(reading.rowsInPlace)}`);
    if (reading.linked > 0)
        out.push(`  ${t.linked(reading.linked)}`);
    if (reading.skippedCount > 0) {
        out.push(`  ${t.skipped(reading.skippedCount)}:`);
        for (const s of reading.skipped)
            out.push(`    L${s.line}  ${s.text} — ${t.reasons[s.reason]}`);
        if (reading.skippedCount > reading.skipped.length)
            out.push(`    ${t.more(reading.skippedCount - reading.skipped.length)}`);
    }
    const roles = ROLES.filter((r) => (reading.sections[r] ?? []).length > 0);
    if (roles.length === 0)
        out.push(`  ${t.sections}: ${t.noSections}`);
    else {
        out.push(`  ${t.sections}:`);
        for (const role of roles)
            out.push(`    ${t.roles[role]}: ${reading.sections[role].map((w) => `"${w}"`).join(', ')}`);
    }
    if (reading.status !== 'entries')
        out.push(`  ${t.hint}`);
    return out;
}
/** The one line for a log with writing but no entry the engine could read: a set-up error, never "all good". In the log's language. */
function noEntries(file, where, language = 'en') {
    if (language === 'ko') {
        const how = where === 'cli'
            ? `til-keeper check ${file} --explain으로 어떻게 읽었는지 보거나, --entry-pattern으로 기록 제목의 모양을 알려 주세요`
            : where === 'cli-explained'
                ? '위에 어떻게 읽었는지 적었어요. --entry-pattern으로 기록 제목의 모양을 알려 주세요'
                : '어떻게 읽었는지는 작업 요약(job summary)에 있어요. entry-pattern 입력으로 기록 제목의 모양을 알려 주세요';
        return `${file}에서 일일 기록을 찾지 못했어요. ${how}`;
    }
    const how = where === 'cli'
        ? `run til-keeper check ${file} --explain to see how it was read, or describe your day labels with --entry-pattern`
        : where === 'cli-explained'
            ? 'how it was read is above; describe your day labels with --entry-pattern'
            : 'the job summary shows how it was read; describe your day labels with the entry-pattern input';
    return `no day entries found in ${file}; ${how}`;
}

;// CONCATENATED MODULE: ./src/log/emoji.ts
/**
 * What counts as an emoji, in one place: a lone 🙂 is a placeholder, 🚩 before a
 * label is decoration, and neither is part of a task's or a label's words.
 */
const EMOJI_CLASS = '\\p{Extended_Pictographic}\\u{1F3FB}-\\u{1F3FF}\\u200d\\ufe0e\\ufe0f\\u20e3';
/** One emoji character (pictograph, skin tone, joiner, either variation selector or keycap). */
// eslint-disable-next-line no-misleading-character-class -- single code points (joiner, selectors), not a sequence
const EMOJI = new RegExp(`[${EMOJI_CLASS}]`, 'gu');
/** What an emoji marker means when the section does not say: 🙂 ✅ done, 🙃 ❌ not done; null for any other. */
function markerState(marker) {
    if (marker === null)
        return null;
    if (/🙂|✅|✔|☑|😀|😄|😊/u.test(marker))
        return true;
    if (/🙃|❌|✖|⬜|😢|😥/u.test(marker))
        return false;
    return null;
}
/** The run of emoji a line starts with, and the spaces after it. */
// eslint-disable-next-line no-misleading-character-class -- as above
const LEADING_EMOJI = new RegExp(`^((?:[${EMOJI_CLASS}])+)\\s*`, 'u');

;// CONCATENATED MODULE: ./src/render/entry-names.ts
/**
 * How the bot names a day to the learner. A report keeps entries by identifiers
 * (`Day3`, `WEEK2`, `--11-21`), which reminder keys and the JSON rely on; what
 * the learner reads names them as the log does: `3일차` in a log of `N일차`
 * days, `2주차` for its weeks, `11월 21일` for a date written without a year.
 */

/** Counted forms a Korean report can name a day or week by: the form's token and how it writes a number or range. */
const KOREAN_DAYS = [
    ['N일차', (n) => `${n}일차`],
    ['N일째', (n) => `${n}일째`]
];
const KOREAN_WEEKS = [['N주차', (n) => `${n}주차`]];
/** An HTML tag in a date line as written (`<b>2025.03.03</b><br>`). */
const TAG = /<[^<>]*>/g;
/**
 * `*2022.6.27*`, `**Day 5**`, `~~…~~`: a date line or bold line as written, without the emphasis that wraps it whole.
 * Counted, not matched with a backreference: a title of thousands of marks must not take seconds.
 */
function unwrapEmphasis(text) {
    let lead = 0;
    while (lead < text.length && '*_~'.includes(text[lead]))
        lead++;
    const mark = text.slice(0, lead);
    return lead > 0 && text.length > 2 * lead && text.endsWith(mark) ? text.slice(lead, -lead) : text;
}
const entry_names_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** The log's most used form of that kind (of those that count, with `counting`), or null. */
function topForm(forms, kind, counting = false) {
    let top = null;
    for (const form of forms)
        if (form.kind === kind && (!counting || COUNTS.test(form.form)) && (top === null || form.count > top.count))
            top = form;
    return top;
}
/** A form that numbers its days or weeks (`N일차`, `Day N`, `YYYY-MM-DD · N일차`), not one that only dates them. */
const COUNTS = /(?:^|[^A-Za-z])N(?![A-Za-z])/;
/**
 * The way the log's most used counting form of that kind counts, among `counted`; null when it counts another way. A
 * day is named by a number only where a counting form names it, so a log dated in most labels (`## 2024-01-09`) and
 * counted in some (`## 4일차 2024-01-04`) still says `4일차`.
 */
function countedBy(forms, kind, counted) {
    const top = topForm(forms, kind, true);
    return top === null ? null : (counted.find(([token]) => top.form.includes(token))?.[1] ?? null);
}
/** The log's day `n` as the stretch it stands in and its place there: `[2, 3]` for `Week 2 Day 3`. */
function placeInStretch(stretch, n) {
    if (stretch.starts === undefined)
        return [stretch.first + Math.floor((n - 1) / stretch.days), ((n - 1) % stretch.days) + 1];
    let [number, after] = stretch.starts[0];
    for (const [s, start] of stretch.starts)
        if (start < n)
            [number, after] = [s, start];
    return [number, n - after];
}
/** The names for a report in `language`, from the label forms the log was read by. */
function entryNames(language, forms) {
    const day = language === 'ko' ? countedBy(forms, 'day', KOREAN_DAYS) : null;
    const week = language === 'ko' ? countedBy(forms, 'week', KOREAN_WEEKS) : null;
    const stretch = topForm(forms, 'day')?.stretch;
    /** The log's day `n` in a log that counts days within weeks: `Week 2 Day 3`, `2주차 3일차`. */
    const inStretch = stretch &&
        ((n) => {
            const [number, place] = placeInStretch(stretch, n);
            return `${stretch.form.replace('N', String(number))} ${day ? day(String(place)) : `Day ${place}`}`;
        });
    return {
        entry(label) {
            const days = (day || inStretch) && /^Day(\d+)(?:-(\d+))?$/.exec(label);
            if (days && inStretch) {
                const [first, last] = [Number(days[1]), days[2] === undefined ? null : Number(days[2])];
                if (first >= 1)
                    return last === null ? inStretch(first) : `${inStretch(first)}~${inStretch(last)}`;
            }
            if (days && day)
                return day(days[2] === undefined ? days[1] : `${days[1]}~${days[2]}`);
            const weeks = week && /^WEEK(\d+)$/.exec(label);
            if (weeks)
                return week(weeks[1]);
            // A title is its label as written: the emoji and the emphasis that decorate it are not said in a sentence.
            return unwrapEmphasis(label.replace(TAG, '').trim().replace(LEADING_EMOJI, '')) || label;
        },
        date(date) {
            // `--MM-DD`: the log gave no year and nothing could give one.
            if (!/^--\d\d-\d\d$/.test(date))
                return date;
            const [month, dayOfMonth] = [Number(date.slice(2, 4)), Number(date.slice(5, 7))];
            return language === 'ko' ? `${month}월 ${dayOfMonth}일` : `${entry_names_MONTHS[month - 1]} ${dayOfMonth}`;
        }
    };
}
/** The names the report's own log calls for. */
function reportNames(report) {
    return entryNames(report.language, report.reading.forms);
}
/** A finding as the learner reads it: its entry, dates and the entry it is compared with, named as the log names them. */
function namedFinding(f, names) {
    const named = { ...f, entry: names.entry(f.entry), date: f.date === null ? null : names.date(f.date) };
    if (named.type !== 'label-mismatch')
        return named;
    const why = named.why;
    if (why.kind === 'out-of-order')
        return { ...named, why: { ...why, previous: names.entry(why.previous), previousDate: names.date(why.previousDate) } };
    if (why.kind === 'off-calendar')
        return { ...named, why: { ...why, dayName: names.entry(`Day${why.day}`) } };
    if (why.kind === 'year-slip' && why.last !== null)
        return { ...named, why: { ...why, last: names.entry(why.last) } };
    return named;
}
function namedCarry(c, names) {
    return {
        ...c,
        from: names.entry(c.from),
        lastOpen: names.entry(c.lastOpen),
        resolvedIn: c.resolvedIn === null ? null : names.entry(c.resolvedIn)
    };
}
function namedDue(d, names) {
    return { ...d, entry: names.entry(d.entry) };
}
/** The report as the learner reads it (a copy): what the text renderers say. Reminder keys come from the report itself. */
function namedReport(report, names = reportNames(report)) {
    return {
        ...report,
        findings: report.findings.map((f) => namedFinding(f, names)),
        carryOver: report.carryOver.map((c) => namedCarry(c, names)),
        due: report.due.map((d) => namedDue(d, names))
    };
}

;// CONCATENATED MODULE: ./src/render/cli-text.ts



/** This many missing days after one line are said in one line. */
const MISSING_RUN = 3;
/** The CLI's text report of a check of `file`: warnings, findings, carried-over tasks and notes. */
function renderText(checked, file) {
    const report = namedReport(checked);
    const say = messages(report.language);
    const t = say.cliText;
    const days = report.entries.filter((e) => e.kind === 'day').length;
    const weeks = report.entries.length - days;
    const out = [`${file}: ${t.summary(days, weeks, report.lastDue)}`, ''];
    for (const w of report.warnings)
        out.push(`${t.warning}: ${say.warning(w.doubt)}`, '');
    // A title or a template with no entries is not "all good": nothing has been checked yet.
    const unchecked = report.entries.length > 0 && !report.missingDaysChecked;
    out.push(report.entries.length === 0 && report.findings.length === 0
        ? t.nothingYet
        : unchecked && report.findings.length === 0
            ? `${t.noEmpty} ${t.unchecked}`
            : t.findings(report.findings.length));
    const findings = report.findings;
    for (let i = 0; i < findings.length; i++) {
        const f = findings[i];
        const at = (f.line === null ? '' : `L${f.line}`).padEnd(6);
        // Days missing together (after one line of the log) are one line: a month away is not thirty.
        let last = i;
        while (f.type === 'missing-day' && findings[last + 1]?.type === 'missing-day' && findings[last + 1].line === f.line)
            last++;
        if (last - i + 1 >= MISSING_RUN) {
            out.push(`  ${at} ${f.type.padEnd(19)} ${t.missingRun(missingDayName(f), missingDayName(findings[last]), last - i + 1)}`);
            i = last;
        }
        else
            out.push(`  ${at} ${f.type.padEnd(19)} ${say.finding(f)}`);
    }
    // Beside findings, what was not checked is said after them, not as one of them.
    if (unchecked && report.findings.length > 0)
        out.push(t.unchecked);
    out.push('', t.carry(report.carryOver.length));
    for (const c of report.carryOver) {
        // Ages count the first day as day 1, as a reader counts.
        const state = c.resolvedIn === null ? t.open(c.age + 1) : c.dropped ? t.dropped(c.resolvedIn) : t.resolved(c.resolvedIn, c.age + 1);
        out.push(`  ${`L${c.line}`.padEnd(6)} ${c.text} — ${t.left(c.from)}, ${state}`);
    }
    if (report.notes.length > 0)
        out.push('', `${t.notes}:`, ...report.notes.map((n) => `  ${say.note(n)}`));
    return out.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/render/report-json.ts


function findingJson(f, say, names) {
    const { type, entry, number, date, section, line } = f;
    // `entry` and `date` are identifiers; the message is the sentence the CLI text says, naming days as the log does.
    const message = say.finding(namedFinding(f, names));
    // The order the fields have always had: an entry's own findings lead with the entry.
    const ofEntry = type === 'empty-day' || type === 'empty-section' || (type === 'label-mismatch' && f.why.kind === 'section-title');
    const out = ofEntry
        ? { entry, number, date, type, section, line, message }
        : { type, entry, number, date, section, line, message };
    if (f.type === 'empty-day')
        out.sections = f.sections;
    return out;
}
/** The public JSON of a report: its fields in their order, with the words the catalogue gives. */
function reportJson(report) {
    const say = messages(report.language);
    const names = reportNames(report);
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
    };
}

// EXTERNAL MODULE: ./src/usage.ts
var usage = __webpack_require__(4980);
// EXTERNAL MODULE: ./node_modules/micromark-util-normalize-identifier/index.js
var micromark_util_normalize_identifier = __webpack_require__(31);
;// CONCATENATED MODULE: ./src/log/markdown.ts

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** Raw HTML blocks (CommonMark kinds 1–5) that run on past blank lines, each with what ends it. */
const RAW_HTML = [
    [/^ {0,3}<(?:pre|script|style|textarea)(?:\s|>|$)/i, /<\/(?:pre|script|style|textarea)>/i],
    [/^ {0,3}<!--/, /-->/],
    [/^ {0,3}<\?/, /\?>/],
    [/^ {0,3}<![A-Za-z]/, />/],
    [/^ {0,3}<!\[CDATA\[/, /\]\]>/]
];
/** A bracketed label (no unescaped brackets inside); with `:` after it, a possible definition. */
const LABEL = /\[((?:[^[\]\\]|\\[\s\S])*)\]/g;
/** Thrown where a stretch needs micromark and the caller gave none: load it and read again. */
class MarkdownParserNeeded extends Error {
    constructor() {
        super('this log has a stretch only micromark reads, and no markdown parser was given');
        this.name = 'MarkdownParserNeeded';
    }
}
/** The caller's parser, or one that asks for it. */
function markdownParser(given) {
    return (given ??
        (() => {
            throw new MarkdownParserNeeded();
        }));
}
/** A backtick fence's info string may not hold a backtick: "```a``` b" is inline code. */
function fenceOpening(line) {
    const open = FENCE.exec(line);
    if (!open)
        return null;
    if (open[1][0] === '`' && line.slice(open[0].length).includes('`'))
        return null;
    return open[1];
}
/** Whether `line` closes the code fence opened by `fence` (same character, at least as long, nothing after). */
function closesFence(line, fence) {
    const close = FENCE.exec(line);
    if (close === null || close[1][0] !== fence[0] || close[1].length < fence.length)
        return false;
    for (let i = close[0].length; i < line.length; i++)
        if (line.charCodeAt(i) !== 32 && line.charCodeAt(i) !== 9)
            return false;
    return true;
}
/**
 * Where a stretch's last block is still open at its end (a fence or raw HTML
 * block that is not closed), the test that finds the line that closes it; null where
 * the stretch ends cleanly. Containers need no check: the unindented line that starts
 * the next stretch closes them.
 */
function openAtEnd(tree, lines) {
    const last = tree.children[tree.children.length - 1];
    if (!last?.position)
        return null;
    const first = lines[last.position.start.line - 1] ?? '';
    if (last.type === 'code') {
        const fence = fenceOpening(first);
        if (fence === null)
            return null;
        const end = last.position.end.line;
        const closed = end > last.position.start.line && closesFence(lines[end - 1] ?? '', fence);
        return closed ? null : (line) => closesFence(line, fence);
    }
    if (last.type === 'html') {
        const raw = RAW_HTML.find(([opens]) => opens.test(first));
        if (!raw || raw[1].test(last.value))
            return null;
        return (line) => raw[1].test(line);
    }
    return null;
}
/** The definitions in a tree, by key, each as a line that defines the same label (`[label]: #`, `[^label]: .`). */
function collectDefinitions(tree, out) {
    const stack = [tree];
    while (stack.length > 0) {
        const node = stack.pop();
        if (node.type === 'definition' || node.type === 'footnoteDefinition') {
            const label = node.label ?? node.identifier;
            const key = (node.type === 'definition' ? '' : '^') + (0,micromark_util_normalize_identifier/* normalizeIdentifier */.B)(label);
            if (!out.has(key))
                out.set(key, definitionLine(label, node.type === 'footnoteDefinition'));
        }
        if ('children' in node)
            for (const child of node.children)
                stack.push(child);
    }
}
/** A line defining `label` (as written: labels match as written, escapes and all), for putting before a stretch. */
function definitionLine(label, footnote) {
    return footnote ? `[^${label}]: .` : `[${label}]: #`;
}
/**
 * The keys of every bracketed label in `text`: what it may reference. `[^x]` gives
 * both `^X` and `^X`'s plain form, since a footnote call and a link label look alike.
 */
function referencedKeys(text) {
    const keys = new Set();
    if (!text.includes('['))
        return keys;
    LABEL.lastIndex = 0;
    for (let m = LABEL.exec(text); m; m = LABEL.exec(text)) {
        const key = (0,micromark_util_normalize_identifier/* normalizeIdentifier */.B)(m[1]);
        keys.add(key);
        if (key.startsWith('^'))
            keys.add('^' + (0,micromark_util_normalize_identifier/* normalizeIdentifier */.B)(m[1].slice(1)));
        // Labels may nest ([a [b]]): go on right after the opening bracket.
        LABEL.lastIndex = m.index + 1;
    }
    return keys;
}
/** How far back `startsLine` looks for the start of a line. */
const LINE_START_LOOKBACK = 64;
/**
 * Whether only indentation and container markers (`>`, list bullets, `1.`, `1)`) stand
 * between the start of its line and `at`: where a definition's label can start. Beyond
 * the look-back, yes.
 */
function startsLine(text, at) {
    for (let i = at - 1; i >= 0 && at - i <= LINE_START_LOOKBACK; i--) {
        const c = text.charCodeAt(i);
        if (c === 10)
            return true;
        // space, tab, > - * + . ) and digits
        if (c !== 32 && c !== 9 && c !== 62 && c !== 45 && c !== 42 && c !== 43 && c !== 46 && c !== 41 && (c < 48 || c > 57))
            return false;
    }
    return true;
}
/**
 * The labels `text` likely defines: each `[label]:` at the start of a line (after
 * container markers). A guess: the reader checks it against the definitions it finds.
 */
function possibleDefinitions(text) {
    const keys = new Set();
    if (!text.includes(']:'))
        return keys;
    LABEL.lastIndex = 0;
    for (let m = LABEL.exec(text); m; m = LABEL.exec(text)) {
        if (text.charCodeAt(m.index + m[0].length) === 58 && startsLine(text, m.index)) {
            keys.add((0,micromark_util_normalize_identifier/* normalizeIdentifier */.B)(m[1]));
            if (m[1].startsWith('^'))
                keys.add('^' + (0,micromark_util_normalize_identifier/* normalizeIdentifier */.B)(m[1].slice(1)));
        }
        LABEL.lastIndex = m.index + 1;
    }
    return keys;
}
/**
 * Parses `text` with definition lines put before it, each its own block, then an
 * HTML comment that ends any footnote definition and a blank line, so that the
 * text starts as it would in the document. Positions stay relative to `text`.
 */
function parseWithDefinitions(text, definitions, parseMarkdown) {
    if (definitions.length === 0)
        return parseMarkdown(text);
    const prefix = `${definitions.join('\n\n')}\n\n<!---->\n\n`;
    const prefixLines = 2 * definitions.length + 2;
    const tree = parseMarkdown(prefix + text);
    // The definitions put before the text are not part of it.
    tree.children = tree.children.filter((node) => (node.position?.start.line ?? 0) > prefixLines);
    const stack = [...tree.children];
    while (stack.length > 0) {
        const node = stack.pop();
        if (node.position) {
            node.position.start.line -= prefixLines;
            node.position.end.line -= prefixLines;
        }
        if ('children' in node)
            for (const child of node.children)
                stack.push(child);
    }
    return tree;
}

;// CONCATENATED MODULE: ./src/markdown-on-demand.ts
/**
 * micromark on demand. The line reader reads nearly every real log whole, and micromark with what it imports is
 * some 400 KB of the bundle: loading it on every run cost the CLI 4–18 ms of its start-up. So the CLI checks a log
 * with the line reader alone and loads micromark only when the log has a stretch that needs it.
 */

let loading;
let loaded;
/** micromark's parser (src/log/micromark.ts), loaded once. */
async function loadMarkdownParser() {
    loading ??= Promise.all(/* import() */[__webpack_require__.e(522), __webpack_require__.e(983)]).then(__webpack_require__.bind(__webpack_require__, 2983)).then((module) => (loaded = module.parseMarkdown));
    return loading;
}
/**
 * `read` with the line reader alone, or with micromark once it is loaded; where the log needs micromark and it is
 * not, loads it and runs `read` again. `read` must be pure: the first run's work is thrown away.
 */
async function withMarkdownParser(read) {
    try {
        return read(loaded);
    }
    catch (error) {
        if (!(error instanceof MarkdownParserNeeded) || loaded)
            throw error;
        return read(await loadMarkdownParser());
    }
}

;// CONCATENATED MODULE: ./src/calendar/dates.ts
/**
 * Calendar-date arithmetic on `YYYY-MM-DD` strings.
 *
 * Every calculation goes through a UTC day number (days since 1970-01-01), so
 * the machine's local time zone and DST never shift a date by one.
 */
/** Days in each month of a common year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
/**
 * Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil):
 * arithmetic only, no Date object, as the calendar asks it of every day of a log.
 */
function daysFromCivil(year, month, day) {
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yearOfEra = y - era * 400;
    const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
    const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}
/** `n` digits from `at` as a number, or -1 where one is not a digit. */
function digits(s, at, n) {
    let value = 0;
    for (let i = at; i < at + n; i++) {
        const c = s.charCodeAt(i) - 48;
        if (c < 0 || c > 9)
            return -1;
        value = value * 10 + c;
    }
    return value;
}
/** Days since 1970-01-01 for a valid date, or NaN. */
function parseDayNumber(s) {
    if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45)
        return NaN;
    const year = digits(s, 0, 4);
    const month = digits(s, 5, 2);
    const day = digits(s, 8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1)
        return NaN;
    // A day that does not exist (02-30) is no date.
    if (day > (month === 2 && isLeap(year) ? 29 : MONTH_DAYS[month - 1]))
        return NaN;
    return daysFromCivil(year, month, day);
}
/** Strict `YYYY-MM-DD` naming a real date (2026-02-30 is not one). */
function isIsoDate(s) {
    return typeof s === 'string' && !Number.isNaN(parseDayNumber(s));
}
/** Days since 1970-01-01 (UTC). Throws on anything that is not a real `YYYY-MM-DD`. */
function toDayNumber(d) {
    const n = parseDayNumber(d);
    if (Number.isNaN(n))
        throw new Error(`"${d}" is not a date; use YYYY-MM-DD`);
    return n;
}
/**
 * The dates til-keeper works with. A date outside them is a typo (1900, 0000) or
 * not a study date, and is refused rather than counted, looped or filed over.
 */
const FIRST_DATE = '1970-01-01';
const LAST_DATE = '2100-12-31';
/** A real `YYYY-MM-DD` between FIRST_DATE and LAST_DATE (four-digit years compare as text). */
function isDateInRange(s) {
    return isIsoDate(s) && s >= FIRST_DATE && s <= LAST_DATE;
}
/** `start-date: "1900-01-01" is out of range; …`, the one line every date setting gives. */
function outOfRange(name, value) {
    return `${name}: "${value}" is out of range; use a date between ${FIRST_DATE} and ${LAST_DATE}`;
}
const pad = (n, width) => String(n).padStart(width, '0');
/** The `YYYY-MM-DD` of a day number. */
function fromDayNumber(n) {
    if (!Number.isInteger(n))
        throw new Error(`day number ${n} is not an integer`);
    // Hinnant's civil_from_days, the inverse of daysFromCivil.
    const z = n + 719468;
    const era = Math.floor(z / 146097);
    const dayOfEra = z - era * 146097;
    const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
    const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
    const mp = Math.floor((5 * dayOfYear + 2) / 153);
    const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
    const month = mp < 10 ? mp + 3 : mp - 9;
    const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}
/** The date `n` days after `d` (before it when negative): date arithmetic without Date objects or time zones. */
function addDays(d, n) {
    return fromDayNumber(toDayNumber(d) + n);
}
/** `b − a` in days: positive when b is later. */
function daysBetween(a, b) {
    return toDayNumber(b) - toDayNumber(a);
}
/** 0 = Sunday … 6 = Saturday. */
function weekdayOf(d) {
    // 1970-01-01 was a Thursday (4); the double modulo keeps dates before 1970 in 0..6.
    return (((toDayNumber(d) + 4) % 7) + 7) % 7;
}
/** Sort order for dates: negative, 0 or positive like any comparator. */
function compareDates(a, b) {
    return Math.sign(toDayNumber(a) - toDayNumber(b));
}
/** The Monday of d's Monday–Sunday week. */
function mondayOf(d) {
    return addDays(d, -((weekdayOf(d) + 6) % 7));
}
/** ISO-8601 week: weeks start on Monday and week 1 holds the year's first Thursday. */
function isoWeek(d) {
    // The Thursday of d's week decides which year the week belongs to.
    const thursday = toDayNumber(mondayOf(d)) + 3;
    const year = Number(fromDayNumber(thursday).slice(0, 4));
    const jan1 = toDayNumber(`${pad(year, 4)}-01-01`);
    return { year, week: Math.floor((thursday - jan1) / 7) + 1 };
}
/** `2026-W40`. */
function isoWeekLabel(d) {
    const { year, week } = isoWeek(d);
    return `${pad(year, 4)}-W${pad(week, 2)}`;
}
/**
 * An IANA zone name this runtime knows. Offsets such as `+09:00` are refused
 * even where Intl accepts them (Node 24 does, Node 20 does not), so a setting
 * means the same thing on every runtime.
 */
let zones = null;
const canonicalZones = () => (zones ??= new Set(Intl.supportedValuesOf('timeZone')));
/** Whether `tz` is such a zone name; true narrows it to `TimeZone`, so the settings check a zone once. */
function isValidTimeZone(tz) {
    // UTC, the default, needs no Intl: the first DateTimeFormat costs a noticeable part of start-up.
    if (tz === 'UTC')
        return true;
    if (typeof tz !== 'string' || tz.trim() === '' || /^[+-]/.test(tz.trim()))
        return false;
    // A canonical name from the runtime's list is valid (a tenth of the cost of building a formatter); aliases and
    // other spellings are asked of Intl.DateTimeFormat below.
    if (canonicalZones().has(tz))
        return true;
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: tz });
        return true;
    }
    catch {
        return false;
    }
}
// Building a DateTimeFormat is slow; one per zone is enough.
const formatters = new Map();
function formatterFor(timeZone) {
    let f = formatters.get(timeZone);
    if (!f) {
        if (!isValidTimeZone(timeZone)) {
            throw new Error(`timezone: "${timeZone}" is not an IANA time zone; use e.g. Asia/Seoul or UTC`);
        }
        f = new Intl.DateTimeFormat('en-US', {
            timeZone,
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
            hour: '2-digit',
            minute: '2-digit',
            hourCycle: 'h23'
        });
        formatters.set(timeZone, f);
    }
    return f;
}
/** The local calendar date and minutes since local midnight of `now` in an IANA zone. */
function localNow(now, timeZone) {
    if (Number.isNaN(now.getTime()))
        throw new Error('localNow: the given time is not a valid Date');
    if (timeZone === 'UTC') {
        return { date: now.toISOString().slice(0, 10), minutes: now.getUTCHours() * 60 + now.getUTCMinutes() };
    }
    const parts = {};
    for (const p of formatterFor(timeZone).formatToParts(now))
        parts[p.type] = p.value;
    const year = Number(parts.year);
    const month = Number(parts.month);
    const day = Number(parts.day);
    // Some ICU builds print midnight as "24" even with h23; the date part is
    // already the new day there, so 24 simply means 0.
    const hour = Number(parts.hour) % 24;
    const minute = Number(parts.minute);
    return { date: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`, minutes: hour * 60 + minute };
}

;// CONCATENATED MODULE: ./src/calendar/workdays.ts
/**
 * Parsers for the schedule settings a learner types into the workflow file:
 * which weekdays are study days, which dates to skip, and the daily due time.
 * Each error is one line that names the bad value and shows what works.
 */

/** English short and long names, and Korean. */
const DAY_NAMES = (() => {
    const names = [
        [0, ['sun', 'sunday', '일', '일요일']],
        [1, ['mon', 'monday', '월', '월요일']],
        [2, ['tue', 'tues', 'tuesday', '화', '화요일']],
        [3, ['wed', 'wednesday', '수', '수요일']],
        [4, ['thu', 'thur', 'thurs', 'thursday', '목', '목요일']],
        [5, ['fri', 'friday', '금', '금요일']],
        [6, ['sat', 'saturday', '토', '토요일']]
    ];
    return new Map(names.flatMap(([n, list]) => list.map((name) => [name, n])));
})();
const EVERY_DAY = new Set(['daily', 'all', 'everyday', '매일']);
const workdays_KOREAN_DAYS = /^[일월화수목금토]{2,}$/u;
function workdaysError(value) {
    return new Error(`workdays: "${value}" is not a day range; use e.g. mon-fri or mon,wed,fri`);
}
/**
 * `mon-fri`, `sun-thu`, `mon,wed,fri`, `daily`, `월-금`, `월~금`, `월수금` → sorted
 * weekday numbers. Ranges may wrap past Saturday (`fri-mon` = fri, sat, sun, mon).
 */
function parseWorkdays(spec) {
    // Spaces around a range dash are allowed ("mon - fri"); elsewhere they separate days.
    const text = spec
        .trim()
        .toLowerCase()
        .replace(/\s*([-~])\s*/g, '$1');
    if (text === '')
        throw workdaysError(spec);
    if (EVERY_DAY.has(text))
        return [0, 1, 2, 3, 4, 5, 6];
    const days = new Set();
    for (const token of text.split(/[\s,]+/).filter(Boolean)) {
        // Korean often writes days run together: 월수금.
        if (workdays_KOREAN_DAYS.test(token)) {
            for (const ch of token)
                days.add(DAY_NAMES.get(ch));
            continue;
        }
        const ends = token.split(/[-~]/);
        if (ends.length > 2)
            throw workdaysError(token);
        const from = DAY_NAMES.get(ends[0]);
        const to = DAY_NAMES.get(ends[ends.length - 1]);
        if (from === undefined || to === undefined)
            throw workdaysError(token);
        // Walk forward from `from`, wrapping after Saturday, until `to`.
        for (let d = from;; d = ((d + 1) % 7)) {
            days.add(d);
            if (d === to)
                break;
        }
    }
    return [...days].sort((a, b) => a - b);
}
function skipError(value) {
    return new Error(`skip-dates: "${value}" is not a date or date range; use YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD`);
}
/** Comma- or space-separated dates and `from..to` ranges (inclusive) → sorted unique dates. */
function parseSkipDates(spec) {
    const text = spec.trim().replace(/\s*\.\.\s*/g, '..');
    const dates = new Set();
    for (const token of text.split(/[\s,]+/).filter(Boolean)) {
        const ends = token.split('..');
        const from = ends[0];
        const to = ends[ends.length - 1];
        if (ends.length > 2 || !isIsoDate(from) || !isIsoDate(to))
            throw skipError(token);
        if (!isDateInRange(from) || !isDateInRange(to))
            throw new Error(outOfRange('skip-dates', token));
        if (toDayNumber(to) < toDayNumber(from)) {
            throw new Error(`skip-dates: "${token}" ends before it starts; write the earlier date first`);
        }
        for (let d = from;; d = addDays(d, 1)) {
            dates.add(d);
            if (d === to)
                break;
        }
    }
    return [...dates].sort();
}
/**
 * `HH:MM` (00:00–23:59; a one-digit hour such as 9:30 is accepted too) →
 * minutes since midnight. An empty setting means "no due time"; callers
 * handle that before calling, so empty is an error here.
 */
function parseDueAfter(spec) {
    const m = /^(\d{1,2}):(\d{2})$/.exec(spec.trim());
    const hours = m ? Number(m[1]) : NaN;
    const minutes = m ? Number(m[2]) : NaN;
    if (!(hours <= 23 && minutes <= 59)) {
        throw new Error(`due-after: "${spec}" is not a time; use HH:MM between 00:00 and 23:59`);
    }
    return hours * 60 + minutes;
}

// EXTERNAL MODULE: ./node_modules/@hyunbinseo/holidays-kr/dist/all.js + 11 modules
var dist_all = __webpack_require__(8931);
;// CONCATENATED MODULE: ./src/calendar/holidays.ts
/**
 * Public holidays, behind one small synchronous interface so the calendar can
 * ask about thousands of dates without awaiting anything.
 *
 * - `kr` uses @hyunbinseo/holidays-kr, which follows the official gazette
 *   (substitute and one-off holidays included). date-holidays' Korean rules
 *   get 2026 wrong, so they are not used for Korea.
 * - Any other ISO 3166 country (and `US-CA` style regions) uses date-holidays,
 *   which computes holidays from rules for any year. It is large (most of the
 *   program's start-up went into loading it), so it is imported only when such a
 *   country is asked for: `loadHolidayRules(spec)` first, then `holidayProvider(spec)`.
 */
// The `/all` entry gives every year's table as a plain object. The package's
// main entry is async (it imports each year on demand), which would make
// every calendar query async.


const noHolidays = {
    name: 'none',
    isHoliday: () => false,
    holidayName: () => null,
    notes: () => []
};
/**
 * Korea from the gazette tables. The tables cover a fixed span of years
 * (2018–2027 in 5.2027.x); the span is read from the package, so an update
 * widens it without code changes. Outside it no date is a holiday, and
 * `notes` says so.
 */
function koreanProvider() {
    const names = new Map();
    const years = [];
    for (const [key, table] of Object.entries(dist_all)) {
        const m = /^y(\d{4})$/.exec(key);
        if (!m || typeof table !== 'object' || table === null)
            continue;
        years.push(Number(m[1]));
        for (const [date, list] of Object.entries(table)) {
            names.set(date, list.join(', '));
        }
    }
    if (years.length === 0)
        throw new Error('holidays: the Korean holiday package has no data');
    const first = Math.min(...years);
    const last = Math.max(...years);
    const dataStart = `${first}-01-01`;
    const dataEnd = `${last}-12-31`;
    return {
        name: 'kr',
        isHoliday: (date) => names.has(date),
        holidayName: (date) => names.get(date) ?? null,
        notes(fromDate, toDate) {
            const notes = [];
            if (fromDate > toDate)
                return notes;
            if (fromDate < dataStart) {
                notes.push(`Korean holiday data start at ${first}; dates before ${dataStart} are checked without holidays.`);
            }
            if (toDate > dataEnd) {
                notes.push(`Korean holiday data end at ${last}; dates after ${dataEnd} are checked without holidays.`);
            }
            return notes;
        }
    };
}
let Holidays = null;
const countryOf = (spec) => /^([a-z]{2})(?:[-_][a-z0-9]{1,3})?$/i.exec(spec.trim())?.[1].toUpperCase() ?? null;
/** Loads date-holidays where `spec` names a country other than Korea; resolves at once otherwise. */
async function loadHolidayRules(spec) {
    const country = countryOf(spec);
    if (Holidays !== null || country === null || country === 'KR')
        return;
    Holidays = (await __webpack_require__.e(/* import() */ 26).then(__webpack_require__.bind(__webpack_require__, 5026))).default;
}
/** Built once: the tables do not change while the program runs. */
let korean = null;
function unknownCountry(spec) {
    return new Error(`holidays: "${spec}" is not a known country; use kr, none or an ISO 3166 country code such as us`);
}
/**
 * A date-holidays country, public holidays only. Lookups are cached per
 * year: the first question about a year computes all of its holidays once.
 */
function ruleProvider(spec, country, region) {
    const Rules = Holidays;
    if (Rules === null)
        throw new Error(`holidays: the rules for "${spec}" were not loaded (loadHolidayRules comes first)`);
    const catalogue = new Rules();
    const countries = catalogue.getCountries('en');
    if (!Object.hasOwn(countries, country))
        throw unknownCountry(spec);
    if (region !== undefined) {
        const regions = catalogue.getStates(country, 'en') ?? {};
        if (!Object.hasOwn(regions, region)) {
            const example = Object.keys(regions)[0];
            const hint = example ? `use e.g. ${country}-${example}, or ${country} alone` : `use ${country} alone`;
            throw new Error(`holidays: "${spec}" is not a known region of ${country}; ${hint}`);
        }
    }
    const options = { types: ['public'] };
    const rules = region ? new Rules(country, region, options) : new Rules(country, options);
    // Every public holiday that starts in `year`, spread over the days it lasts.
    const startingIn = new Map();
    function holidaysStartingIn(year) {
        let list = startingIn.get(year);
        if (!list) {
            list = [];
            for (const h of rules.getHolidays(year, 'en')) {
                // Half-day holidays (e.g. from 12:00) still leave a study day.
                if (h.type !== 'public' || !/^\d{4}-\d{2}-\d{2} 00:00:00/.test(h.date))
                    continue;
                // Some holidays last several days (a 72-hour Eid); hours can be off by one across DST.
                const days = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / 86_400_000));
                for (let i = 0; i < days; i++)
                    list.push([addDays(h.date.slice(0, 10), i), h.name]);
            }
            startingIn.set(year, list);
        }
        return list;
    }
    const byYear = new Map();
    function namesIn(year) {
        let map = byYear.get(year);
        if (!map) {
            map = new Map();
            const prefix = `${String(year).padStart(4, '0')}-`;
            // A holiday starting late in the previous year may run into this one.
            for (const [date, name] of [...holidaysStartingIn(year - 1), ...holidaysStartingIn(year)]) {
                if (!date.startsWith(prefix))
                    continue;
                const before = map.get(date);
                if (before === undefined)
                    map.set(date, name);
                else if (!before.split(', ').includes(name))
                    map.set(date, `${before}, ${name}`);
            }
            byYear.set(year, map);
        }
        return map;
    }
    const name = region ? `${country}-${region}` : country;
    return {
        name,
        isHoliday: (date) => namesIn(Number(date.slice(0, 4))).has(date),
        holidayName: (date) => namesIn(Number(date.slice(0, 4))).get(date) ?? null,
        notes: () => []
    };
}
/**
 * `none` or empty → no holidays; `kr` → Korean gazette; `us`, `DE`, `US-CA` →
 * date-holidays. Anything else throws a one-line Error.
 */
function holidayProvider(spec) {
    const text = spec.trim();
    const lower = text.toLowerCase();
    if (lower === '' || lower === 'none')
        return noHolidays;
    if (lower === 'kr')
        return (korean ??= koreanProvider());
    const m = /^([a-z]{2})(?:[-_]([a-z0-9]{1,3}))?$/i.exec(text);
    if (!m)
        throw unknownCountry(text);
    const country = m[1].toUpperCase();
    if (country === 'KR') {
        throw new Error(`holidays: "${text}" has a region, but Korean holidays are national; use kr`);
    }
    return ruleProvider(text, country, m[2]?.toUpperCase());
}

;// CONCATENATED MODULE: ./src/calendar/calendar.ts
/**
 * The learner's study calendar: which dates are due, and the Day number of
 * each. Day 1 is the start date; Day n is the n-th due day from there.
 */

/**
 * The calendar never looks past LAST_DATE: a runaway search (say, every date a
 * holiday) or a date from a typo stops there instead of filling memory.
 */
function settingsError(message) {
    return new Error(`calendar: ${message}`);
}
/** The invariants a caller could still break by hand; the start date and the zone are the settings' to check. */
function checkSettings(s) {
    if (s.workdays.length === 0)
        throw settingsError('no workdays are set; use e.g. mon-fri');
    for (const d of s.skipDates) {
        if (!isIsoDate(d))
            throw settingsError(`skip date "${d}" is not a date; use YYYY-MM-DD`);
    }
}
/** The learner's calendar over checked settings: due days and Day numbers, computed lazily and cached. */
function createCalendar(settings) {
    checkSettings(settings);
    const start = toDayNumber(settings.startDate);
    const lastDay = toDayNumber(LAST_DATE);
    const workdays = new Set(settings.workdays);
    const skip = new Set(settings.skipDates);
    const { holidays } = settings;
    function isDue(day, date) {
        // The learner began on the start date, so it is Day 1 whatever else it is
        // (a weekend, a holiday, even a listed skip date).
        if (day === start)
            return true;
        const weekday = (((day + 4) % 7) + 7) % 7; // as weekdayOf, without re-parsing the string
        return day > start && workdays.has(weekday) && !skip.has(date) && !holidays.isHoliday(date);
    }
    // The due days found so far, in order, as day numbers; `scanned` is the last
    // day looked at. Grown on demand, so repeated queries cost a lookup.
    const due = [];
    let scanned = start - 1;
    function scanThrough(day) {
        const end = Math.min(day, lastDay);
        while (scanned < end) {
            scanned++;
            if (isDue(scanned, fromDayNumber(scanned)))
                due.push(scanned);
        }
    }
    /** Due days on or before `day`. */
    function countThrough(day) {
        if (day < start)
            return 0;
        day = Math.min(day, lastDay);
        scanThrough(day);
        // Binary search: index of the first due day after `day`.
        let lo = 0;
        let hi = due.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (due[mid] <= day)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
    const cal = {
        settings,
        isDueDay(date) {
            const day = toDayNumber(date);
            return day <= lastDay && isDue(day, date);
        },
        dateOfDay(n) {
            if (!Number.isInteger(n) || n < 1)
                throw settingsError(`Day ${n} does not exist; days count from 1`);
            // More due days than days left before LAST_DATE: no need to scan for it.
            if (n > lastDay - start + 1)
                return null;
            while (due.length < n && scanned < lastDay)
                scanThrough(scanned + 366);
            return due.length < n ? null : fromDayNumber(due[n - 1]);
        },
        dayOfDate(date) {
            const day = toDayNumber(date);
            if (day > lastDay || !isDue(day, date))
                return null;
            return countThrough(day);
        },
        dueDays(through) {
            return due.slice(0, countThrough(toDayNumber(through))).map(fromDayNumber);
        },
        workdaysBetween(from, to) {
            return countThrough(toDayNumber(to)) - countThrough(toDayNumber(from));
        },
        weekOf(date) {
            const weeks = (toDayNumber(mondayOf(date)) - toDayNumber(mondayOf(settings.startDate))) / 7;
            return weeks + 1;
        },
        weekRange(week) {
            if (!Number.isInteger(week))
                throw settingsError(`week ${week} is not a whole number`);
            const monday = toDayNumber(mondayOf(settings.startDate)) + (week - 1) * 7;
            return { start: fromDayNumber(monday), end: fromDayNumber(monday + 6) };
        },
        notes(through) {
            return holidays.notes(settings.startDate, through);
        }
    };
    return cal;
}

;// CONCATENATED MODULE: ./src/calendar/due.ts
/** Which date is the latest one whose log entry should already exist. */

/**
 * The latest date whose entry should exist now: `today` when set, else the learner's local date (or the day
 * before, until the due time). It decides which days count as missing.
 */
function lastDueDate(opts) {
    if (opts.today !== undefined) {
        if (!isIsoDate(opts.today))
            throw new Error(`today: "${opts.today}" is not a date; use YYYY-MM-DD`);
        return opts.today;
    }
    const { date, minutes } = localNow(opts.now, opts.timeZone);
    // Without a due time, a log is not nagged about a day that is still going on:
    // today's entry only becomes due once the day is over. With one, it is due
    // from that local time on.
    if (opts.dueAfterMinutes === null || minutes < opts.dueAfterMinutes)
        return addDays(date, -1);
    return date;
}

;// CONCATENATED MODULE: ./src/calendar/index.ts
/** The calendar core: pure date logic, no I/O. */






// EXTERNAL MODULE: ./node_modules/decode-named-character-reference/index.js + 1 modules
var decode_named_character_reference = __webpack_require__(7126);
// EXTERNAL MODULE: ./node_modules/micromark-util-decode-numeric-character-reference/index.js
var micromark_util_decode_numeric_character_reference = __webpack_require__(3988);
;// CONCATENATED MODULE: ./src/log/inline.ts
/**
 * Inline markdown → mdast phrasing nodes, for the line reader: the text of a
 * heading, paragraph or table cell read the way micromark with GFM reads it
 * (escapes, character references, code spans, autolinks, inline HTML, emphasis,
 * strikethrough, links and images, literal autolinks, hard breaks).
 *
 * It follows micromark's own procedure rather than the spec's prose where the
 * two could differ: characters are classified by UTF-16 unit as micromark does,
 * emphasis and strikethrough are resolved in the order their first run appears,
 * and literal autolinks are not read after an unclosed `[`.
 *
 * Where a label could name a definition (`labels`), it returns null: the caller
 * leaves that block to micromark, which knows the document's definitions.
 * Nodes carry no positions; `url` and `title` are the raw text between the parentheses.
 */



const ASTERISK = 42;
const UNDERSCORE = 95;
const TILDE = 126;
// Character groups as micromark-util-classify-character sees a UTF-16 unit: 1 whitespace, 2 punctuation, 0 other.
const groups = new Uint8Array(65536);
const WHITESPACE = /\s/;
const PUNCTUATION = /\p{P}|\p{S}/u;
function group(code) {
    if (code < 0)
        return 1;
    let g = groups[code];
    if (g === 0) {
        const ch = String.fromCharCode(code);
        g = WHITESPACE.test(ch) ? 2 : PUNCTUATION.test(ch) ? 3 : 1;
        groups[code] = g;
    }
    return g - 1;
}
const isAsciiAlpha = (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c) => c >= 48 && c <= 57;
const isAsciiAlphanumeric = (c) => isAsciiAlpha(c) || isDigit(c);
const isAsciiControl = (c) => (c >= 0 && c < 32) || c === 127;
/** micromark's `asciiAtext`: /[#-'*+\--9=?A-Z^-~]/. */
const isAsciiAtext = (c) => (c >= 35 && c <= 39) ||
    c === 42 ||
    c === 43 ||
    (c >= 45 && c <= 57) ||
    c === 61 ||
    c === 63 ||
    (c >= 65 && c <= 90) ||
    (c >= 94 && c <= 126);
/** GFM's email atext: `+ - . _` and ASCII alphanumerics. */
const isGfmAtext = (c) => c === 43 || c === 45 || c === 46 || c === 95 || isAsciiAlphanumeric(c);
const isAsciiPunctuation = (c) => (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
const isSpaceOrEol = (c) => c === 32 || c === 10;
/** Whitespace for the autolink literal rules: markdown's and Unicode's. */
const isAnyWhitespace = (c) => c < 0 || group(c) === 1;
const isUnicodePunctuation = (c) => c >= 0 && group(c) === 2;
const ENTITY = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z0-9]{1,31}));/y;
/** Characters where something other than plain text may start (before literal autolinks are considered). */
const SPECIAL = /[\\`&<*_~[\]!\n]/g;
/** `SPECIAL`, tested once over a whole text. */
const PLAIN_BREAKER = /[\\`&<*_~[\]!\n]/;
const MAX_DESTINATION_BALANCE = 32;
/** Text of a phrasing tree as mdast-util-to-string gives it; iterative, so depth cannot overflow the stack. */
function toText(nodes, includeHtml) {
    let out = '';
    const stack = [...nodes].reverse();
    while (stack.length > 0) {
        const node = stack.pop();
        if ('value' in node) {
            if (node.type !== 'html' || includeHtml)
                out += node.value;
        }
        else if ('alt' in node && node.alt) {
            out += node.alt;
        }
        else if ('children' in node) {
            for (let i = node.children.length - 1; i >= 0; i--)
                stack.push(node.children[i]);
        }
    }
    return out;
}
/**
 * Whether a heading's phrasing is nothing but pictures (`![Notes: ](notes.jpg)` over `---`): a picture of the day's
 * work, whose alt text names no section.
 */
function onlyPictures(nodes) {
    let picture = false;
    for (const node of nodes) {
        if (node.type === 'image' || node.type === 'imageReference')
            picture = true;
        else if (node.type !== 'text' || node.value.trim() !== '')
            return false;
    }
    return picture;
}
class Unsure extends Error {
}
/** Reads one stretch of inline content; see `parseInline`. */
class InlineReader {
    s;
    options;
    items = [];
    buffer = '';
    labelStarts = [];
    /** Label starts neither formed into a link nor failed: literal autolinks are not read while one is open. */
    openLabels = 0;
    /** The first of attention (`*`, `_`) and strikethrough (`~`) to appear is resolved first, as in micromark. */
    firstResolver = null;
    codeRuns = null;
    found = null;
    /** `find` bound to this reader, made only where a construct needs it (most stretches never do). */
    finder = null;
    /** Where literal autolinks may start, sorted; each list is consumed from the front. */
    literalStarts;
    constructor(s, options) {
        this.s = s;
        this.options = options;
        this.literalStarts = literalCandidates(s);
    }
    run() {
        const { s } = this;
        let i = 0;
        let nextLiteral = 0;
        SPECIAL.lastIndex = 0;
        while (i < s.length) {
            // Jump over plain text to the next character that may start something.
            while (nextLiteral < this.literalStarts.length && this.literalStarts[nextLiteral] < i)
                nextLiteral++;
            const literalAt = nextLiteral < this.literalStarts.length ? this.literalStarts[nextLiteral] : s.length;
            SPECIAL.lastIndex = i;
            const special = SPECIAL.exec(s);
            const at = Math.min(special ? special.index : s.length, literalAt);
            if (at > i) {
                this.buffer += s.slice(i, at);
                i = at;
                if (i >= s.length)
                    break;
            }
            if (i === literalAt) {
                const end = this.literal(i);
                if (end > i) {
                    i = end;
                    continue;
                }
            }
            i = this.construct(i);
        }
        this.flush();
        const nodes = this.resolve(this.items, this.firstResolver === 'strikethrough' ? ['strikethrough', 'attention'] : ['attention', 'strikethrough']);
        return nodes;
    }
    /** The construct starting at `i` (a special character); returns the index after it. */
    construct(i) {
        const { s } = this;
        const c = s.charCodeAt(i);
        switch (c) {
            case 92: // backslash
                return this.escape(i);
            case 96: // `
                return this.codeSpan(i);
            case 38: // &
                return this.characterReference(i);
            case 60: // <
                return this.angle(i);
            case ASTERISK:
            case UNDERSCORE:
            case TILDE:
                return this.sequence(i, c);
            case 91: // [
                if (s.charCodeAt(i + 1) === 94) {
                    const call = this.footnoteCall(i);
                    if (call > 0)
                        return call;
                }
                return this.labelStart(i, false);
            case 33: // !
                if (s.charCodeAt(i + 1) === 91)
                    return this.labelStart(i, true);
                this.buffer += '!';
                return i + 1;
            case 93: // ]
                return this.labelEnd(i);
            case 10:
                return this.lineEnding(i);
            default:
                this.buffer += s[i];
                return i + 1;
        }
    }
    flush() {
        if (this.buffer === '')
            return;
        const last = this.items[this.items.length - 1];
        if (last?.type === 'text')
            last.value += this.buffer;
        else
            this.items.push({ type: 'text', value: this.buffer });
        this.buffer = '';
    }
    push(item) {
        this.flush();
        this.items.push(item);
    }
    escape(i) {
        const next = this.s.charCodeAt(i + 1);
        if (next === 10) {
            this.push({ type: 'break' });
            return this.skipLinePrefix(i + 2);
        }
        if (isAsciiPunctuation(next)) {
            this.buffer += this.s[i + 1];
            return i + 2;
        }
        this.buffer += '\\';
        return i + 1;
    }
    /** A line ending: two or more spaces before it make a hard break; other trailing spaces go. */
    lineEnding(i) {
        let spaces = 0;
        while (spaces < this.buffer.length && this.buffer.charCodeAt(this.buffer.length - 1 - spaces) === 32)
            spaces++;
        // Only spaces written right before the line ending count (not ones a character reference produced).
        let source = 0;
        while (source < spaces && this.s.charCodeAt(i - 1 - source) === 32)
            source++;
        if (source > 0)
            this.buffer = this.buffer.slice(0, this.buffer.length - source);
        if (source >= 2)
            this.push({ type: 'break' });
        else
            this.buffer += '\n';
        return this.skipLinePrefix(i + 1);
    }
    skipLinePrefix(i) {
        while (this.s.charCodeAt(i) === 32)
            i++;
        return i;
    }
    codeSpan(i) {
        const { s } = this;
        let size = 0;
        while (s.charCodeAt(i + size) === 96)
            size++;
        const close = this.closingRun(size, i + size);
        if (close < 0) {
            this.buffer += s.slice(i, i + size);
            return i + size;
        }
        let value = s.slice(i + size, close);
        const first = value.charCodeAt(0);
        const last = value.charCodeAt(value.length - 1);
        // One space or line ending is stripped from each side, unless the span is nothing but those.
        if (value.length > 2 && isSpaceOrEol(first) && isSpaceOrEol(last) && /[^ \n]/.test(value))
            value = value.slice(1, -1);
        this.push({ type: 'inlineCode', value });
        return close + size;
    }
    /** The next backtick run of exactly `size` at or after `from`, or -1. Runs are indexed once, so this stays linear. */
    closingRun(size, from) {
        if (this.codeRuns === null) {
            this.codeRuns = new Map();
            const { s } = this;
            for (let j = s.indexOf('`'); j >= 0;) {
                let n = 0;
                while (s.charCodeAt(j + n) === 96)
                    n++;
                let runs = this.codeRuns.get(n);
                if (!runs)
                    this.codeRuns.set(n, (runs = { at: [], next: 0 }));
                runs.at.push(j);
                j = s.indexOf('`', j + n);
            }
        }
        const runs = this.codeRuns.get(size);
        if (!runs)
            return -1;
        // Spans are read left to right, so the list is consumed from the front.
        while (runs.next < runs.at.length && runs.at[runs.next] < from)
            runs.next++;
        return runs.next < runs.at.length ? runs.at[runs.next] : -1;
    }
    characterReference(i) {
        ENTITY.lastIndex = i;
        const m = ENTITY.exec(this.s);
        if (m) {
            const decoded = m[1] !== undefined
                ? (0,micromark_util_decode_numeric_character_reference/* decodeNumericCharacterReference */.C)(m[1], 16)
                : m[2] !== undefined
                    ? (0,micromark_util_decode_numeric_character_reference/* decodeNumericCharacterReference */.C)(m[2], 10)
                    : (0,decode_named_character_reference/* decodeNamedCharacterReference */.s)(m[3]);
            if (decoded !== false) {
                this.buffer += decoded;
                return i + m[0].length;
            }
        }
        this.buffer += '&';
        return i + 1;
    }
    angle(i) {
        const auto = autolinkEnd(this.s, i);
        if (auto > 0) {
            const inner = this.s.slice(i + 1, auto - 1);
            const email = !/^[A-Za-z][A-Za-z0-9+.-]{1,31}:/.test(inner);
            this.push({ type: 'link', url: email ? `mailto:${inner}` : inner, title: null, children: [{ type: 'text', value: inner }] });
            return auto;
        }
        const html = this.htmlEnd(i);
        if (html > 0) {
            this.push({ type: 'html', value: this.s.slice(i, html) });
            return html;
        }
        this.buffer += '<';
        return i + 1;
    }
    /** `find` as a function to hand on. */
    get boundFind() {
        return (this.finder ??= (needle, from) => this.find(needle, from));
    }
    /** The first `needle` at or after `from`, remembered so that repeated searches stay linear. */
    find(needle, from) {
        this.found ??= new Map();
        const known = this.found.get(needle);
        if (known && from >= known.from && (known.at < 0 || known.at >= from))
            return known.at;
        const at = this.s.indexOf(needle, from);
        this.found.set(needle, { from, at });
        return at;
    }
    /** Inline HTML (micromark's html-text): the index after it, or -1. */
    htmlEnd(i) {
        const { s } = this;
        const c = s.charCodeAt(i + 1);
        if (c === 33) {
            // <! comment, CDATA or declaration
            const d = s.charCodeAt(i + 2);
            if (d === 45) {
                if (s.charCodeAt(i + 3) !== 45)
                    return -1;
                const end = this.find('-->', i + 2);
                return end < 0 ? -1 : end + 3;
            }
            if (d === 91) {
                if (!s.startsWith('CDATA[', i + 3))
                    return -1;
                const end = this.find(']]>', i + 9);
                return end < 0 ? -1 : end + 3;
            }
            if (isAsciiAlpha(d)) {
                const end = this.find('>', i + 3);
                return end < 0 ? -1 : end + 1;
            }
            return -1;
        }
        if (c === 63) {
            const end = this.find('?>', i + 2);
            return end < 0 ? -1 : end + 2;
        }
        if (c === 47)
            return closingTagEnd(s, i);
        if (isAsciiAlpha(c))
            return openTagEnd(s, i, this.boundFind);
        return -1;
    }
    sequence(i, marker) {
        const { s } = this;
        let size = 0;
        while (s.charCodeAt(i + size) === marker)
            size++;
        if (marker === TILDE && size > 2) {
            // More than two tildes are plain text (micromark refuses each of them).
            this.buffer += s.slice(i, i + size);
            return i + size;
        }
        const previous = i > 0 ? s.charCodeAt(i - 1) : -1;
        const next = i + size < s.length ? s.charCodeAt(i + size) : -1;
        const before = group(previous);
        const after = group(next);
        let open;
        let close;
        if (marker === TILDE) {
            open = after === 0 || (after === 2 && before !== 0);
            close = before === 0 || (before === 2 && after !== 0);
            this.firstResolver ??= 'strikethrough';
        }
        else {
            // A `~` next to the run counts as an attention marker of another kind.
            const o = after === 0 || (after === 2 && before !== 0) || next === TILDE;
            const c = before === 0 || (before === 2 && after !== 0) || previous === TILDE;
            open = marker === ASTERISK ? o : o && (before !== 0 || !c);
            close = marker === ASTERISK ? c : c && (after !== 0 || !o);
            this.firstResolver ??= 'attention';
        }
        this.push({ type: 'sequence', marker, size, open, close });
        return i + size;
    }
    labelStart(i, image) {
        const start = { type: 'labelStart', image, from: i + (image ? 2 : 1), inactive: false, balanced: false };
        this.push(start);
        this.labelStarts.push(start);
        this.openLabels++;
        return start.from;
    }
    fail(start) {
        start.balanced = true;
        this.openLabels--;
    }
    labelEnd(i) {
        const { s, labelStarts } = this;
        while (labelStarts.length > 0 && labelStarts[labelStarts.length - 1].balanced)
            labelStarts.pop();
        const start = labelStarts[labelStarts.length - 1];
        if (!start || start.inactive) {
            if (start)
                this.fail(start);
            this.buffer += ']';
            return i + 1;
        }
        const resource = s.charCodeAt(i + 1) === 40 ? resourceEnd(s, i + 1, this.boundFind) : null;
        if (resource !== null) {
            this.form(start, resource.end, (children) => start.image
                ? { type: 'image', url: resource.destination, title: resource.title, alt: toText(children, true) }
                : { type: 'link', url: resource.destination, title: resource.title, children });
            return resource.end;
        }
        if (this.options.labels.size > 0) {
            const end = this.reference(start, i);
            if (end > 0)
                return end;
        }
        this.fail(start);
        this.buffer += ']';
        return i + 1;
    }
    /** A link or image from `start` to here: what follows the label start becomes its content. */
    form(start, end, make) {
        void end;
        this.flush();
        const at = this.items.lastIndexOf(start);
        const inside = this.items.splice(at).slice(1);
        this.labelStarts.pop();
        this.openLabels--;
        this.items.push(make(this.resolve(inside, ['strikethrough', 'attention'])));
        // No links inside links: earlier link openers can no longer form one.
        if (!start.image)
            for (const other of this.labelStarts)
                if (!other.image)
                    other.inactive = true;
    }
    /**
     * A reference with the document's definitions known (micromark's label end): full `[text][label]`,
     * collapsed `[text][]` or shortcut `[text]`. The index after it, or -1.
     */
    reference(start, i) {
        const { s } = this;
        const { labels } = this.options;
        const raw = s.slice(start.from, i);
        const own = (0,micromark_util_normalize_identifier/* normalizeIdentifier */.B)(raw);
        // `![^x]` where `^x` is a footnote: micromark reads a footnote call there.
        if (start.image && raw.startsWith('^') && labels.has('^' + (0,micromark_util_normalize_identifier/* normalizeIdentifier */.B)(raw.slice(1))))
            throw new Unsure();
        const defined = labels.has(own);
        let end = i + 1;
        let label = raw;
        let referenceType = 'shortcut';
        if (s.charCodeAt(i + 1) === 91) {
            const full = fullReferenceLabel(s, i + 1);
            if (full !== null && labels.has((0,micromark_util_normalize_identifier/* normalizeIdentifier */.B)(full))) {
                end = i + 1 + full.length + 2;
                label = full;
                referenceType = 'full';
            }
            else if (!defined)
                return -1;
            else if (s.charCodeAt(i + 2) === 93) {
                end = i + 3;
                referenceType = 'collapsed';
            }
            else
                return -1;
        }
        else if (!defined)
            return -1;
        const identifier = (0,micromark_util_normalize_identifier/* normalizeIdentifier */.B)(label).toLowerCase();
        this.form(start, end, (children) => start.image
            ? { type: 'imageReference', identifier, label, referenceType, alt: toText(children, true) }
            : { type: 'linkReference', identifier, label, referenceType, children });
        return end;
    }
    /** A footnote call `[^label]` to a defined footnote; the index after it, or -1. */
    footnoteCall(i) {
        const { s } = this;
        let j = i + 2;
        for (; j < s.length && j - i < 1002; j++) {
            const c = s.charCodeAt(j);
            if (c === 93)
                break;
            if (c === 91 || c === 32 || c === 10)
                return -1;
            if (c === 92 && (s.charCodeAt(j + 1) === 91 || s.charCodeAt(j + 1) === 92 || s.charCodeAt(j + 1) === 93))
                j++;
        }
        if (j >= s.length || j === i + 2 || s.charCodeAt(j) !== 93)
            return -1;
        const label = s.slice(i + 2, j);
        if (!this.options.labels.has('^' + (0,micromark_util_normalize_identifier/* normalizeIdentifier */.B)(label)))
            return -1;
        this.push({ type: 'footnoteReference', identifier: (0,micromark_util_normalize_identifier/* normalizeIdentifier */.B)(label).toLowerCase(), label });
        return j + 1;
    }
    /** A literal autolink (www., http(s)://, email) starting at `i`; returns the index after it, or `i`. */
    literal(i) {
        if (this.openLabels > 0)
            return i;
        const { s } = this;
        const end = literalAutolinkEnd(s, i);
        if (end <= i)
            return i;
        const value = s.slice(i, end);
        // The email tokenizer goes first, so `www.a@b.c` is an address, not a web link.
        const url = isEmailAt(s, i, end) ? `mailto:${value}` : /^https?:/i.test(value) ? value : `http://${value}`;
        this.push({ type: 'link', url, title: null, children: [{ type: 'text', value }] });
        return end;
    }
    /**
     * Emphasis and strikethrough over a list of items, in micromark's order; what
     * stays unmatched becomes text. Returns the nodes, adjacent texts merged.
     */
    resolve(items, order) {
        let list = items;
        for (const kind of order)
            list = this.match(list, kind);
        const out = [];
        for (const item of list) {
            let node;
            if (item.type === 'sequence')
                node = { type: 'text', value: String.fromCharCode(item.marker).repeat(item.size) };
            else if (item.type === 'labelStart')
                node = { type: 'text', value: item.image ? '![' : '[' };
            else
                node = item;
            const last = out[out.length - 1];
            if (node.type === 'text' && last?.type === 'text')
                out[out.length - 1] = { type: 'text', value: last.value + node.value };
            else
                out.push(node);
        }
        return out;
    }
    /** One resolver (micromark's resolveAllAttention or resolveAllStrikethrough) over `list`. */
    match(list, kind) {
        const strike = kind === 'strikethrough';
        let budget = 64 * (list.length + 16);
        for (let index = 0; index < list.length; index++) {
            const closer = list[index];
            if (!isMine(closer, strike) || !closer.close)
                continue;
            for (let open = index - 1; open >= 0; open--) {
                if (--budget < 0)
                    throw new Unsure();
                const opener = list[open];
                if (!isMine(opener, strike) || !opener.open)
                    continue;
                let use;
                if (kind === 'strikethrough') {
                    if (opener.size !== closer.size)
                        continue;
                    use = opener.size;
                }
                else {
                    if (opener.marker !== closer.marker)
                        continue;
                    if ((opener.close || closer.open) && closer.size % 3 && !((opener.size + closer.size) % 3))
                        continue;
                    use = opener.size > 1 && closer.size > 1 ? 2 : 1;
                }
                const inside = this.resolve(list.slice(open + 1, index), ['strikethrough', 'attention']);
                const node = kind === 'strikethrough'
                    ? { type: 'delete', children: inside }
                    : use > 1
                        ? { type: 'strong', children: inside }
                        : { type: 'emphasis', children: inside };
                opener.size -= use;
                closer.size -= use;
                const replacement = [];
                if (opener.size > 0)
                    replacement.push(opener);
                replacement.push(node);
                if (closer.size > 0)
                    replacement.push(closer);
                list.splice(opener.size > 0 ? open : open, index - open + 1, ...replacement);
                // Look at what is left of the closer again, or go on after the new node.
                index = open + replacement.length - (closer.size > 0 ? 2 : 1);
                break;
            }
        }
        return list;
    }
}
/** A sequence of the resolver's own marker: `~` for strikethrough, `*` or `_` for attention (a module function: no closure per call). */
function isMine(item, strike) {
    return item.type === 'sequence' && strike === (item.marker === TILDE);
}
/**
 * The phrasing nodes of inline content, or null where the reader is unsure (a
 * possible reference to a definition, or a pathological run of delimiters).
 * `text` is the content as micromark's text tokenizer sees it: lines joined with
 * `\n`, container prefixes and the first line's indent removed, the last line's
 * trailing spaces removed.
 */
function parseInline(text, options) {
    // Most labels and items are plain text: nothing in them can start a construct, nor a literal autolink.
    if (!PLAIN_BREAKER.test(text) && literalCandidates(text).length === 0)
        return text === '' ? [] : [{ type: 'text', value: text }];
    try {
        return new InlineReader(text, options).run();
    }
    catch (error) {
        if (error instanceof Unsure)
            return null;
        throw error;
    }
}
/** The label of a full reference `[label]` at `i` (micromark's factoryLabel: no unescaped `[`, not blank, ≤ 999), or null. */
function fullReferenceLabel(s, i) {
    let j = i + 1;
    let seen = false;
    for (; j < s.length; j++) {
        const c = s.charCodeAt(j);
        if (c === 93)
            break;
        if (c === 91 || j - i > 999)
            return null;
        if (c !== 32 && c !== 10)
            seen = true;
        if (c === 92 && (s.charCodeAt(j + 1) === 91 || s.charCodeAt(j + 1) === 92 || s.charCodeAt(j + 1) === 93))
            j++;
    }
    return j < s.length && seen ? s.slice(i + 1, j) : null;
}
/** Where a literal autolink could start (before the checks that need the parse state). */
function literalCandidates(s) {
    const starts = [];
    const hasAt = s.includes('@');
    const hasWww = includesWww(s);
    const hasHttp = s.includes('://') && /https?:\/\//i.test(s);
    if (!hasAt && !hasWww && !hasHttp)
        return starts;
    if (hasWww || hasHttp) {
        const re = /www\.|https?:\/\//gi;
        for (let m = re.exec(s); m; m = re.exec(s))
            starts.push(m.index);
    }
    if (hasAt) {
        // An email starts at the first of the atext run before `@`, where the character before is neither atext nor `/`.
        for (let at = s.indexOf('@'); at >= 0; at = s.indexOf('@', at + 1)) {
            let start = at;
            while (start > 0 && isGfmAtext(s.charCodeAt(start - 1)))
                start--;
            if (start < at && (start === 0 || s.charCodeAt(start - 1) !== 47))
                starts.push(start);
        }
        starts.sort((a, b) => a - b);
    }
    return starts;
}
/** Whether `www.` stands anywhere in `s`, in any case: dots are looked up, not every character tried (as a regex would). */
function includesWww(s) {
    // `| 32` lowers `W` to `w` and leaves `w` as it is; no other character becomes `w`.
    for (let dot = s.indexOf('.', 3); dot >= 0; dot = s.indexOf('.', dot + 1))
        if ((s.charCodeAt(dot - 1) | 32) === 119 && (s.charCodeAt(dot - 2) | 32) === 119 && (s.charCodeAt(dot - 3) | 32) === 119)
            return true;
    return false;
}
/** Whether an email address may start at `i`: an atext character after neither atext nor `/`. */
function mayStartEmail(s, i) {
    const previous = i > 0 ? s.charCodeAt(i - 1) : -1;
    return isGfmAtext(s.charCodeAt(i)) && !(previous === 47 || isGfmAtext(previous));
}
/** Whether the literal autolink from `i` to `end` is the email tokenizer's. */
function isEmailAt(s, i, end) {
    return mayStartEmail(s, i) && emailEnd(s, i) === end;
}
/** micromark-extension-gfm-autolink-literal's three tokenizers at `i`; the index after the link, or -1. */
function literalAutolinkEnd(s, i) {
    const c = s.charCodeAt(i);
    const previous = i > 0 ? s.charCodeAt(i - 1) : -1;
    // Email first (it is tried first at every character that can start one).
    if (mayStartEmail(s, i)) {
        const end = emailEnd(s, i);
        if (end > 0)
            return end;
    }
    if ((c === 104 || c === 72) && !isAsciiAlpha(previous)) {
        const m = /^https?:\/\//i.exec(s.slice(i, i + 8));
        if (m) {
            const after = i + m[0].length;
            const next = after < s.length ? s.charCodeAt(after) : -1;
            if (next < 0 || isAsciiControl(next) || isAnyWhitespace(next) || isUnicodePunctuation(next))
                return -1;
            const domain = domainEnd(s, after);
            return domain < 0 ? -1 : pathEnd(s, domain);
        }
    }
    if ((c === 119 || c === 87) && previousWww(previous) && /^www\./i.test(s.slice(i, i + 4)) && i + 4 < s.length) {
        const domain = domainEnd(s, i);
        return domain < 0 ? -1 : pathEnd(s, domain);
    }
    return -1;
}
function previousWww(c) {
    return c < 0 || c === 40 || c === 42 || c === 95 || c === 91 || c === 93 || c === 126 || c === 32 || c === 10;
}
function emailEnd(s, i) {
    let j = i;
    while (isGfmAtext(s.charCodeAt(j)))
        j++;
    if (s.charCodeAt(j) !== 64)
        return -1;
    j++;
    let dot = false;
    let data = false;
    for (;;) {
        const c = s.charCodeAt(j);
        if (c === 46) {
            // A dot followed by an alphanumeric continues the domain; otherwise it is trailing punctuation.
            if (isAsciiAlphanumeric(s.charCodeAt(j + 1))) {
                dot = true;
                j++;
                continue;
            }
            break;
        }
        if (c === 45 || c === 95 || isAsciiAlphanumeric(c)) {
            data = true;
            j++;
            continue;
        }
        break;
    }
    return data && dot && isAsciiAlpha(s.charCodeAt(j - 1)) ? j : -1;
}
/** Trailing punctuation at `i` that ends a literal autolink (micromark's `trail`). */
function isTrail(s, i) {
    for (;;) {
        const c = i < s.length ? s.charCodeAt(i) : -1;
        if (c === 33 ||
            c === 34 ||
            c === 39 ||
            c === 41 ||
            c === 42 ||
            c === 44 ||
            c === 46 ||
            c === 58 ||
            c === 59 ||
            c === 63 ||
            c === 95 ||
            c === 126) {
            i++;
            continue;
        }
        if (c === 38) {
            // `&name;` counts as trailing.
            let j = i + 1;
            if (!isAsciiAlpha(s.charCodeAt(j)))
                return false;
            while (isAsciiAlpha(s.charCodeAt(j)))
                j++;
            if (s.charCodeAt(j) !== 59)
                return false;
            i = j + 1;
            continue;
        }
        if (c === 93) {
            const next = i + 1 < s.length ? s.charCodeAt(i + 1) : -1;
            if (next < 0 || next === 40 || next === 91 || isAnyWhitespace(next))
                return true;
            i++;
            continue;
        }
        return c === 60 || c < 0 || isAnyWhitespace(c);
    }
}
function domainEnd(s, i) {
    let underscoreInLast = false;
    let underscoreInLastButOne = false;
    let seen = false;
    let j = i;
    for (;;) {
        const c = j < s.length ? s.charCodeAt(j) : -1;
        if (c === 46 || c === 95) {
            if (isTrail(s, j))
                break;
            if (c === 95)
                underscoreInLast = true;
            else {
                underscoreInLastButOne = underscoreInLast;
                underscoreInLast = false;
            }
            j++;
            continue;
        }
        if (c < 0 || isAnyWhitespace(c) || (c !== 45 && isUnicodePunctuation(c)))
            break;
        seen = true;
        j++;
    }
    return underscoreInLast || underscoreInLastButOne || !seen ? -1 : j;
}
function pathEnd(s, i) {
    let opened = 0;
    let closed = 0;
    let j = i;
    for (;;) {
        const c = j < s.length ? s.charCodeAt(j) : -1;
        if (c === 40) {
            opened++;
            j++;
            continue;
        }
        if (c === 41 && closed < opened) {
            closed++;
            j++;
            continue;
        }
        if (c === 33 ||
            c === 34 ||
            c === 38 ||
            c === 39 ||
            c === 41 ||
            c === 42 ||
            c === 44 ||
            c === 46 ||
            c === 58 ||
            c === 59 ||
            c === 60 ||
            c === 63 ||
            c === 93 ||
            c === 95 ||
            c === 126) {
            if (isTrail(s, j))
                return j;
            if (c === 41)
                closed++;
            j++;
            continue;
        }
        if (c < 0 || isAnyWhitespace(c))
            return j;
        j++;
    }
}
/** micromark's autolink (`<scheme:…>` or `<email>`) at `i`; the index after `>`, or -1. */
function autolinkEnd(s, i) {
    let j = i + 1;
    let c = s.charCodeAt(j);
    if (isAsciiAlpha(c)) {
        let size = 1;
        j++;
        while (j < s.length) {
            c = s.charCodeAt(j);
            if (c === 58 && size >= 2) {
                // The URL part: anything but space, `<` and controls, up to `>`.
                for (j++; j < s.length; j++) {
                    c = s.charCodeAt(j);
                    if (c === 62)
                        return j + 1;
                    if (c === 32 || c === 60 || isAsciiControl(c))
                        return -1;
                }
                return -1;
            }
            if ((c === 43 || c === 45 || c === 46 || isAsciiAlphanumeric(c)) && size < 32) {
                size++;
                j++;
                continue;
            }
            break;
        }
    }
    else if (c === 64) {
        return -1;
    }
    // An email: atext, `@`, dot-separated labels of alphanumerics and inner dashes (at most 63).
    while (j < s.length && isAsciiAtext(s.charCodeAt(j)))
        j++;
    if (s.charCodeAt(j) !== 64)
        return -1;
    j++;
    for (;;) {
        if (!isAsciiAlphanumeric(s.charCodeAt(j)))
            return -1;
        let size = 0;
        for (;;) {
            c = s.charCodeAt(j);
            if (c === 45 || isAsciiAlphanumeric(c)) {
                if (size++ >= 63)
                    return -1;
                j++;
                continue;
            }
            break;
        }
        if (s.charCodeAt(j - 1) === 45)
            return -1;
        if (c === 46) {
            j++;
            continue;
        }
        return c === 62 ? j + 1 : -1;
    }
}
/** The index after a closing tag (`</name >`) that starts at `i`, or -1: raw inline HTML, without a parser. */
function closingTagEnd(s, i) {
    let j = i + 2;
    if (!isAsciiAlpha(s.charCodeAt(j)))
        return -1;
    while (s.charCodeAt(j) === 45 || isAsciiAlphanumeric(s.charCodeAt(j)))
        j++;
    while (s.charCodeAt(j) === 32 || s.charCodeAt(j) === 10)
        j++;
    return s.charCodeAt(j) === 62 ? j + 1 : -1;
}
/** An open tag: name, attributes (whitespace before each), optional `/`, `>`; line endings count as whitespace. */
function openTagEnd(s, i, find = (needle, from) => s.indexOf(needle, from)) {
    let j = i + 1;
    while (s.charCodeAt(j) === 45 || isAsciiAlphanumeric(s.charCodeAt(j)))
        j++;
    let c = s.charCodeAt(j);
    if (!(c === 47 || c === 62 || isSpaceOrEol(c)))
        return -1;
    for (;;) {
        // Between attributes.
        let spaced = false;
        while (isSpaceOrEol(s.charCodeAt(j))) {
            j++;
            spaced = true;
        }
        c = s.charCodeAt(j);
        if (c === 47)
            return s.charCodeAt(j + 1) === 62 ? j + 2 : -1;
        if (c === 62)
            return j + 1;
        if (!spaced || !(c === 58 || c === 95 || isAsciiAlpha(c)))
            return -1;
        // Attribute name.
        j++;
        while (true) {
            c = s.charCodeAt(j);
            if (c === 45 || c === 46 || c === 58 || c === 95 || isAsciiAlphanumeric(c))
                j++;
            else
                break;
        }
        // Optional value.
        let k = j;
        while (isSpaceOrEol(s.charCodeAt(k)))
            k++;
        if (s.charCodeAt(k) !== 61)
            continue;
        k++;
        while (isSpaceOrEol(s.charCodeAt(k)))
            k++;
        c = s.charCodeAt(k);
        if (Number.isNaN(c) || c === 60 || c === 61 || c === 62 || c === 96)
            return -1;
        if (c === 34 || c === 39) {
            const close = find(String.fromCharCode(c), k + 1);
            if (close < 0)
                return -1;
            j = close + 1;
            const after = s.charCodeAt(j);
            if (!(after === 47 || after === 62 || isSpaceOrEol(after)))
                return -1;
            continue;
        }
        for (;;) {
            c = s.charCodeAt(k);
            if (Number.isNaN(c) || c === 34 || c === 39 || c === 60 || c === 61 || c === 96)
                return -1;
            if (c === 47 || c === 62 || isSpaceOrEol(c))
                break;
            k++;
        }
        j = k;
    }
}
/** A link resource `(destination "title")` starting at the `(` at `i`, or null. */
function resourceEnd(s, i, find) {
    let j = i + 1;
    while (isSpaceOrEol(s.charCodeAt(j)))
        j++;
    if (s.charCodeAt(j) === 41)
        return { end: j + 1, destination: '', title: null };
    let destination;
    let c = s.charCodeAt(j);
    if (c === 60) {
        const start = j + 1;
        for (j = start;; j++) {
            c = s.charCodeAt(j);
            if (c === 62)
                break;
            if (Number.isNaN(c) || c === 60 || c === 10)
                return null;
            if (c === 92 && (s.charCodeAt(j + 1) === 60 || s.charCodeAt(j + 1) === 62 || s.charCodeAt(j + 1) === 92))
                j++;
        }
        destination = s.slice(start, j);
        j++;
    }
    else {
        if (Number.isNaN(c) || c === 32 || c === 41 || isAsciiControl(c))
            return null;
        const start = j;
        let balance = 0;
        for (;;) {
            c = s.charCodeAt(j);
            if (!balance && (Number.isNaN(c) || c === 41 || isSpaceOrEol(c)))
                break;
            if (balance < MAX_DESTINATION_BALANCE && c === 40) {
                balance++;
                j++;
                continue;
            }
            if (c === 41) {
                balance--;
                j++;
                continue;
            }
            if (Number.isNaN(c) || c === 32 || c === 40 || isAsciiControl(c))
                return null;
            if (c === 92 && (s.charCodeAt(j + 1) === 40 || s.charCodeAt(j + 1) === 41 || s.charCodeAt(j + 1) === 92))
                j++;
            j++;
        }
        destination = s.slice(start, j);
    }
    let title = null;
    if (isSpaceOrEol(s.charCodeAt(j))) {
        while (isSpaceOrEol(s.charCodeAt(j)))
            j++;
        c = s.charCodeAt(j);
        if (c === 34 || c === 39 || c === 40) {
            const marker = c === 40 ? 41 : c;
            const start = j + 1;
            // The first unescaped marker (a backslash escapes the marker and itself).
            const close = String.fromCharCode(marker);
            for (j = find(close, start); j >= 0; j = find(close, j + 1)) {
                let slashes = 0;
                while (s.charCodeAt(j - 1 - slashes) === 92 && j - 1 - slashes >= start)
                    slashes++;
                if (slashes % 2 === 0)
                    break;
            }
            if (j < 0)
                return null;
            title = s.slice(start, j);
            j++;
            while (isSpaceOrEol(s.charCodeAt(j)))
                j++;
        }
    }
    return s.charCodeAt(j) === 41 ? { end: j + 1, destination, title } : null;
}

;// CONCATENATED MODULE: ./src/log/labels.ts
/**
 * The grammar of an entry label — a heading, a `<summary>`, a bold line, a date
 * line or a table cell. A label is read left to right as a few tokens: a day
 * number (`Day 5`, `5일차`, `5日目`, `第5天`, `D+5`, `R1D5`, `#5`), a date in any of
 * the notations people write, or a week number (`Week 3`, `3주차`, `第3周`); around
 * them decoration (emoji, symbols, brackets, weekdays, separators) that means
 * nothing; and after them, a topic. A label counts only when a day number, a date
 * or a week comes first: `Day 8, Day 9 내용정리` in the middle of a sentence is text.
 *
 * Every pattern here is tried at one position (sticky) on one short label, so the
 * grammar stays a line-at-a-time test.
 */

/** Day numbers and years outside these are not labels (a year 0000, `Day 99999999999999999999`). */
const MAX_DAY = 100_000;
const MIN_YEAR = 1970;
const MAX_YEAR = 2100;
/** A range longer than this is read as its first number: no label spans more days. */
const MAX_RANGE = 366;
/** The most days one entry's label may name (`Days 4-10`, a week caught up): more is a heading over many entries. */
const MAX_DAYS_IN_LABEL = 31;
/**
 * Month names and the month each names: English, in full and cut short (`Sept`), and German, Spanish, Portuguese,
 * French and Italian, in full, with and without their accents (`20. Februar 2021`, `24 de mayo de 2020`, `5 mars 2021`);
 * Dutch, Indonesian and Turkish (in full and cut short: `02 Haz`); Russian, Ukrainian and Polish as a date writes them,
 * after the day (`3 мая 2025`, `5 травня`, `5 maja`), and Russian's nominative and short forms too. In lower case: labels are read lowered.
 */
const MONTHS_BY_NAME = new Map([
    'jan january januar jänner enero janeiro janvier gennaio januari ocak oca января январь янв січня stycznia',
    'feb february februar febrero fevereiro février fevrier febbraio februari şubat subat şub февраля февраль фев лютого lutego',
    'mar march märz maerz marzo março mars maart maret mart марта март березня marca',
    'apr april abril avril aprile nisan nis апреля апрель апр квітня kwietnia',
    'may mai mayo maio maggio mei mayıs mayis мая май травня maja',
    'jun june juni junio junho juin giugno haziran haz июня июнь июн червня czerwca',
    'jul july juli julio julho juillet luglio temmuz июля июль июл липня lipca',
    'aug august agosto août aout augustus agustus ağustos agustos ağu августа август авг серпня sierpnia',
    'sep sept september septiembre setiembre setembro septembre settembre eylül eylul eyl сентября сентябрь сен сент вересня września wrzesnia',
    'oct october oktober octubre outubro octobre ottobre ekim eki октября октябрь окт жовтня października pazdziernika',
    'nov november noviembre novembro novembre kasım kasim kas ноября ноябрь ноя листопада listopada',
    'dec december dezember diciembre dezembro décembre decembre dicembre desember aralık aralik ara декабря декабрь дек грудня grudnia'
].flatMap((names, i) => names.split(' ').map((name) => [name, i + 1])));
/** Any of them, the longest first (`march`, not `mar` of it), then an abbreviation's dot. */
const MONTH_NAME = `(?:${[...MONTHS_BY_NAME.keys()].sort((a, b) => b.length - a.length).join('|')})\\.?`;
/** The letters month names are written in: Latin with its accents, Cyrillic. */
const MONTH_LETTERS = 'a-zà-ÿā-žа-яёіїєґ';
const MONTH_LETTER = new RegExp(`[${MONTH_LETTERS}]`);
/**
 * Whether the letters at `pos` are a month's name: tested before a pattern with a month name is tried, so that a
 * log with no such date never compiles one.
 */
function monthNameAt(text, pos) {
    let end = pos;
    while (end < text.length && MONTH_LETTER.test(text[end]))
        end++;
    return MONTHS_BY_NAME.has(text.slice(pos, end));
}
/** What may not follow a month name: a letter (`marzo` is no `mar`, `mars` no `mar`). */
const NO_LETTER = `(?![${MONTH_LETTERS}])`;
/**
 * Weekdays in the other languages learners write, in lower case, Sunday first: Spanish, Portuguese, French, German,
 * Italian, Dutch, Polish, Indonesian, Turkish, Vietnamese (with its marks, and `thứ 2` for Monday), Russian. Not
 * Indonesian `minggu` (it is also "week": `Minggu ke-1`).
 */
const OTHER_WEEKDAYS = [
    'domingo|dimanche|sonntag|domenica|zondag|niedziela|pazar|chủ nhật|воскресенье',
    'lunes|segunda-feira|segunda|lundi|montag|lunedì|lunedi|maandag|poniedziałek|senin|pazartesi|thứ hai|thứ 2|понедельник',
    'martes|terça-feira|terca-feira|terça|terca|mardi|dienstag|martedì|martedi|dinsdag|wtorek|selasa|salı|thứ ba|thứ 3|вторник',
    'miércoles|miercoles|quarta-feira|quarta|mercredi|mittwoch|mercoledì|mercoledi|woensdag|środa|rabu|çarşamba|thứ tư|thứ 4|среда',
    'jueves|quinta-feira|quinta|jeudi|donnerstag|giovedì|giovedi|donderdag|czwartek|kamis|perşembe|thứ năm|thứ 5|четверг',
    "viernes|sexta-feira|sexta|vendredi|freitag|venerdì|venerdi|vrijdag|piątek|jum'at|jumat|cuma|thứ sáu|thứ 6|пятница",
    'sábado|sabado|samedi|samstag|sonnabend|sabato|zaterdag|sobota|sabtu|cumartesi|thứ bảy|thứ 7|суббота'
].map((names) => names.split('|'));
/** English's three letters for each weekday, Sunday first: what the grammar's weekday patterns read. */
const EN_DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const EN_WEEKDAY_OF = new Map(OTHER_WEEKDAYS.flatMap((names, day) => names.map((name) => [name, EN_DAYS[day]])));
/** Letters a weekday word may not run on into (Latin with its marks, Vietnamese, Cyrillic), nor a digit after it. */
const WORD_LETTER = 'a-zà-ÿ\\u0100-\\u024f\\u0400-\\u04ff\\u1e00-\\u1eff';
/** The other languages' weekdays, as whole words, longest first (`cumartesi` before `cuma`). */
const OTHER_WEEKDAY = new RegExp(`(?<![${WORD_LETTER}])(?:${[...EN_WEEKDAY_OF.keys()]
    .sort((a, b) => b.length - a.length)
    .map((name) => name.replace(/ /g, '\\s*'))
    .join('|')})(?![\\d${WORD_LETTER}])`, 'g');
/** A weekday in Korean, English, Japanese or Chinese, bracketed or not (other languages' are read as English's). */
const WEEKDAY = '(?:[(（]\\s*)?(?:[월화수목금토일](?:요일)?|[月火水木金土日](?:曜日?)?|(?:星期|周|週|礼拜|禮拜)[一二三四五六日天]|(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:s|nesday)?|thu(?:r(?:s(?:day)?)?)?|thr|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\\.?(?![a-z.]))(?:\\s*[)）])?';
/** An HTML tag: `<` then a name, `/`, `!` or `?` (`< Day1 >` is text, as markdown reads it). */
const TAGS = /<[A-Za-z/!?][^<>]*>/g;
const EMPHASIS = /\*+|_{2,}|`+|~~/g;
const SPACES = /[\s\u3000\u00a0]+/g;
/** Leading decoration: punctuation, symbols (■ ● ▶ ★ 📅), brackets, and `#` unless it numbers a day. */
const LEADING = /^(?:[\s\p{P}\p{S}](?<!#(?=\d)))+/u;
const DECORATION = /[\s\p{P}\p{S}]/u;
/** Drops trailing decoration one character at a time (a `[…]+$` pattern retries from every position of a long run). */
function trimDecorationEnd(text, decoration = DECORATION) {
    let end = text.length;
    while (end > 0) {
        const code = text.charCodeAt(end - 1);
        // A surrogate pair (an emoji) is tested whole.
        const width = code >= 0xdc00 && code <= 0xdfff && end > 1 ? 2 : 1;
        if (!decoration.test(text.slice(end - width, end)))
            break;
        end -= width;
    }
    return text.slice(0, end);
}
const FULL_WIDTH_DIGIT = /[\uff10-\uff19]/g;
/** `第十一天`, and lists and ranges of them: `第三、四天`, `第三-五天`. */
const HAN_COUNT = /第\s*([〇零一二两三四五六七八九十百千]{1,8}(?:\s*[、・,\-~〜]\s*[〇零一二两三四五六七八九十百千]{1,8}){0,31})(?=\s*[天日周週])/g;
const HAN_RUN = /[〇零一二两三四五六七八九十百千]+/g;
/** `三月五日`, `十一月二十号`, `二〇二四年三月五日`: a date in Han numerals, its year digit by digit. */
const HAN_DATE = /(?:([〇零一二三四五六七八九]{4})\s*年\s*)?([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,4})\s*(?=[日号號])/g;
const HAN_DIGITS = '〇一二三四五六七八九';
/** A number written in Han numerals: `十一` 11, `二十三` 23, `一百零五` 105, `一〇五` 105 (digit by digit). */
function hanNumber(text) {
    const digit = (ch) => (ch === '零' ? 0 : ch === '两' ? 2 : HAN_DIGITS.indexOf(ch));
    const units = { 十: 10, 百: 100, 千: 1000 };
    if (![...text].some((ch) => ch in units))
        return Number([...text].map(digit).join(''));
    let total = 0;
    let current = 0;
    for (const ch of text) {
        const unit = units[ch];
        if (unit === undefined)
            current = digit(ch);
        else {
            total += (current || 1) * unit;
            current = 0;
        }
    }
    return total + current;
}
/** One word or number in square brackets, no space inside (`[Thursday]`, `[8]`, `[2022/07/18]`). */
const BRACKETED_WORD = /\[([^[\]\s]{1,24})\]/g;
/** A Japanese era's year (`令和6年`, `令和元年`, `平成31年`), and the year each era's first year was. */
const ERA_YEAR = /(令和|平成)\s*(元|\d{1,2})\s*年/g;
const ERA_START = { 令和: 2019, 平成: 1989 };
/**
 * Digits as the grammar reads them: full-width digits (typed with a Japanese or Chinese input method) as ASCII,
 * a Han numeral counting days or weeks (`第十一天`, `第三周`) or writing a date (`三月五日`) in digits, and a Japanese
 * era's year as the Western one (`令和6年6月1日` is 2024-06-01).
 */
function asciiDigits(text) {
    let wide = text.replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
    // The full-width tilde is typed for the wave dash (`2020年11月8日 ～ 11月9日`): the grammar reads the wave dash.
    if (wide.includes('\uff5e'))
        wide = wide.replace(/\uff5e/g, '\u301c');
    // A hyphen typed as Unicode's (`2025‑08‑17`, non-breaking): the ASCII one.
    if (/[\u2010\u2011]/.test(wide))
        wide = wide.replace(/[\u2010\u2011]/g, '-');
    // `sábado`, `thứ hai`, `понедельник`: other languages' weekdays read as English's, which the weekday patterns know.
    wide = wide.replace(OTHER_WEEKDAY, (name) => EN_WEEKDAY_OF.get(name.replace(/\s+/g, ' ')));
    if (wide.includes('令和') || wide.includes('平成'))
        wide = wide.replace(ERA_YEAR, (_, era, year) => `${ERA_START[era] + (year === '元' ? 1 : Number(year)) - 1}年`);
    if (wide.includes('月'))
        wide = wide.replace(HAN_DATE, (_, year, month, day) => [year ? `${hanNumber(year)}年` : '', `${hanNumber(month)}月`, String(hanNumber(day))].join(''));
    if (!wide.includes('第'))
        return wide;
    return wide.replace(HAN_COUNT, (_, han) => `第${han.replace(HAN_RUN, (run) => String(hanNumber(run)))}`);
}
/**
 * A wiki link as Obsidian and Logseq write a day's page (`[[2025-01-06]]`): its words, or the alias it shows
 * (`[[Journal/2025-01-06|2025-01-06]]`).
 */
const WIKI_LINK = /\[\[(?:[^[\]|]*\|)?([^[\]]*)\]\]/g;
/** Strips what decorates a label: tags, emphasis, emoji, full-width spaces, leading symbols (its digits as written). */
function plainLabel(raw) {
    const text = (raw.includes('[[') ? raw.replace(WIKI_LINK, '$1') : raw)
        .replace(TAGS, ' ')
        // `&nbsp;`, and emoji written as character references in HTML (`&#127804; 1주차 &#127804;`): decoration.
        .replace(/&nbsp;|&#(?:x[0-9a-f]{1,6}|\d{1,7});/gi, ' ')
        .replace(EMPHASIS, '')
        .replace(EMOJI, '')
        .replace(SPACES, ' ')
        .trim();
    return text.replace(LEADING, '').trim();
}
/**
 * A sticky pattern, matched against text in lower case (`readLabel`): written in lower case, built without the `i`
 * flag, and with `u` only where a `\p{…}` class needs it. Case-blind, V8 builds each class over all of Unicode's case
 * folds, several times slower (and a check's first call builds every pattern it meets).
 */
const at = (pattern) => new RegExp(pattern, pattern.includes('\\p{') ? 'yu' : 'y');
/** A sticky pattern tried at one position of the text. */
function execAt(re, text, pos) {
    re.lastIndex = pos;
    return re.exec(text);
}
// First characters, tested before a pattern is tried: most patterns never run on a given log.
const labels_isDigit = (c) => c >= 48 && c <= 57;
/** `c | 0x20` is an ASCII letter's lower case. */
const isAsciiLetter = (c) => (c | 0x20) >= 97 && (c | 0x20) <= 122;
/** Where a weekday (and so an English date that starts with one) may begin. */
const WEEKDAY_FIRST = new Set([...'(（월화수목금토일月火水木金土日星周週礼禮'].map((ch) => ch.charCodeAt(0)));
const mayStartWeekday = (c) => isAsciiLetter(c) || WEEKDAY_FIRST.has(c);
function range(a, b) {
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    if (hi - lo > MAX_RANGE)
        return [a];
    return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
}
const saneDay = (n) => Number.isInteger(n) && n >= 0 && n <= MAX_DAY;
const saneYear = (y) => y >= MIN_YEAR && y <= MAX_YEAR;
const fullYear = (y) => (y < 100 ? 2000 + y : y);
const validDay = (month, day) => month >= 1 && month <= 12 && day >= 1 && day <= 31;
/** Whether the month has that day (`2024-02-30` has not). */
function isRealDay(year, month, day) {
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
/** A leap year: a month and day with no year name a real day if any year has it (`0229`). */
const LEAP_YEAR = 2024;
function monthOf(written) {
    return MONTHS_BY_NAME.get(written.toLowerCase().replace(/\.$/, '')) ?? 0;
}
// ---- day numbers ----------------------------------------------------------------------
/** The plural of the word for a day: English, German, Spanish and Portuguese, French, Italian, Dutch, Polish. */
const DAYS_WORD = '(?:days|tage|d[ií]as|jours|giorni|dagen|dni)';
/** `and` between two numbers (`Days 4 and 5`, `días 18 y 19`, `Tage 4 und 5`). */
const AND = '\\s*(?:,|and|&)\\s*|\\s+(?:y|und|et|e|en|i)\\s+';
/** `to` between two numbers (`Days 8 to 10`, `días 8 a 10`, `Tage 8 bis 10`, `jours 8 à 10`). */
const TO = '\\s*[-~–]\\s*|\\s+(?:to|through|thru|a|al|bis|à|au|tot|do)\\s+';
/** `Days 67, 68, 69`, `Days 4 and 5`, `días 18 y 19` */
const DAYS_LIST = at(`${DAYS_WORD}\\s+(\\d{1,6})((?:(?:${AND})\\d{1,6}){1,366})(?!\\d)`);
/** `Days 38 - 31`, `días 8 a 10`: a range needs the plural, since `Day1-2` is part 2 of day 1 and `Day 1 - 03/12/25` a date. */
const DAYS_RANGE = at(`${DAYS_WORD}\\s*(\\d{1,6})(?:${TO})(\\d{1,6})(?!\\d)`);
/** `Day1-2`, `Day 3-3`: a day written in parts numbers them this high at most; a higher second number ends a range. */
const MAX_PART = 3;
/**
 * `Day 5`, `Day5`, `DAY-05`, `Day #5`, `Day1-2`; not `Day 3월` (a date). `Day1-2` is most often part 2 of day 1; it
 * is days 1 to 2 where a range of as many dates follows (`Day 58-60: March 6-8`), or where no part could be
 * numbered so high (`Day17-18`).
 */
/**
 * The word for a day: English, and German `Tag`, Spanish and Portuguese `Día`/`Dia`, French `Jour`, Italian `Giorno`,
 * Dutch `Dag`, Polish `Dzień`, Turkish `Gün`, Indonesian `Hari ke-`, Vietnamese `Ngày` (not in a date: `ngày 5 tháng 3`),
 * Russian `День`, and their plurals (`Tage`, `días`, `dni`).
 */
const OTHER_DAY_WORDS = 'tage?|d[ií]as?|jours?|giorn[oi]|dag(?:en)?|dzie[nń]|dni|g[uü]n|hari(?:\\s*ke)?|ngày(?!\\s*\\d{1,2}\\s*(?:tháng|[/.-]\\s*\\d))|день';
const DAY_WORD_ANY = `(?:days?|${OTHER_DAY_WORDS})`;
const DAY = at(`${DAY_WORD_ANY}\\s*[-#.]?\\s*(\\d{1,6})(?:-(\\d{1,3}))?(?![\\d.]*\\s*[일월])(?!\\d)`);
/** After `Day 56`: `, 57`, `& 57`, `and 57` (`Day 12 ,13,14`: each the day after the one before it). */
const DAY_NEXT = at('\\s*(?:,|&|and|\\+)\\s*(\\d{1,6})(?!\\d)');
/** After the list: nothing, a separator or a bracket (a word or a month after it makes it a date or a count). */
const DAY_LIST_END = at('\\s*(?:$|[:)\\]|(（[])|\\s+[-–—]');
/** The days after `last` listed from `end` (`, 57, 58`), one after another, and where they end; null for none. */
function nextDays(text, end, last) {
    const numbers = [];
    let pos = end;
    for (let m = execAt(DAY_NEXT, text, pos); m && Number(m[1]) === last + numbers.length + 1; m = execAt(DAY_NEXT, text, pos)) {
        numbers.push(Number(m[1]));
        pos += m[0].length;
        if (numbers.length >= MAX_DAYS_IN_LABEL)
            break;
    }
    return numbers.length > 0 && execAt(DAY_LIST_END, text, pos) ? { numbers, end: pos } : null;
}
/** `Day One`, `Day Twenty-Three`: a day number in English words, one to ninety-nine. */
const ONES = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const DAY_WORD = at(`day\\s*[-#.:]?\\s*(?:(${TENS.join('|')})(?:[-\\s]?(${ONES.join('|')}))?|(${TEENS.join('|')})|(${ONES.join('|')}))(?![a-z])(?!\\s*hundred)`);
/** The number a `DAY_WORD` match names. */
function wordNumber(m) {
    const one = (word) => (word === undefined ? 0 : ONES.indexOf(word) + 1);
    if (m[1] !== undefined)
        return 10 * (TENS.indexOf(m[1]) + 2) + one(m[2]);
    if (m[3] !== undefined)
        return 10 + TEENS.indexOf(m[3]);
    return one(m[4]);
}
/** `D+5`: days since a start (`D-30` counts down to a deadline, not a day of the log). */
const D_PLUS = at('d\\s*\\+\\s*(\\d{1,6})(?!\\d)');
/** `D1 (12-09-19)`: a day's number after a bare D, written tight, with its date (not `D3.js`, `D2Coding`, `D1-3`, `D2.0`). */
const D_NUMBER = at('d(\\d{1,3})(?![\\d\\p{L}_]|[.,\\-+/]\\w)');
/** `R1D21/22` lists days, `R1D27-29` and `R5D1-D3` are ranges (written tight); `R1D1 - 2018-09-15` and `R1D1 / 2 May` are day 1 and its date. */
const ROUND = at('r\\d{1,3}\\s*[-_.]?\\s*d(\\d{1,6})((?:\\/\\d{1,3}(?![\\d.\\p{L}])){0,366})(?:(?:-|\\s*[~〜]\\s*)d?(\\d{1,3})(?![\\d.\\p{L}]))?');
/** `5일차`, `5일째`, `42 - 44일차`, `5日目`, `第5天`, `第5日`, `第3-5天`; lists `1、2日目`, `第1、2天`, `3, 4일차`, `171/172日目` */
const COUNTED_NUMBERS = '(\\d{1,6})\\s*(?:[-~〜]\\s*(\\d{1,6})\\s*|((?:[、・,]\\s*\\d{1,6}\\s*){1,31}|\\/\\s*\\d{1,6}\\s*))?';
const KO_DAY = at(`${COUNTED_NUMBERS}일\\s*(차|째)`);
const JA_DAY = at(`${COUNTED_NUMBERS}日目`);
const ZH_DAY = at(`第\\s*${COUNTED_NUMBERS}[天日]`);
/** `010/366`, `12/100`: a day counted out of a challenge's days. */
const COUNTER = at('(\\d{1,4})\\s*/\\s*(\\d{2,4})(?![\\d./])');
/**
 * After `Day 17`: `/100` written tight, or `of 100`, the days of the challenge (30 to 999, and no fewer than the day's
 * number). A slash with spaces is a date's separator: `Day 1 / 30 October 2027`, `Day 5 / 2024-03-05`.
 */
const OUT_OF = at('(?:/|\\s+of\\s+)(\\d{2,3})(?![\\d./\\-])');
/** `#5`: a bare number sign, only where the label is nothing else or a date follows. */
const HASH = at('#\\s?(\\d{1,6})(?!\\d)');
function sane(numbers) {
    const kept = numbers.filter(saneDay);
    return kept.length === numbers.length && kept.length > 0 ? kept : null;
}
/**
 * `11º Dia`, `1 dia de código`, `2 dias de código`, `1er jour`, `3. Tag`: the day's number before the word, as
 * Portuguese, Spanish, French and German count (the plural only as the challenge's `dias de código`).
 */
const NUMBER_THEN_DAY = at('(\\d{1,3})\\s*(?:(?:º|ª|°|er|ème|e|\\.)?\\s*(?:dia|día|jour|giorno|tag)|d[ií]as\\s+de\\s+c[óo]digo)(?![a-zà-ÿ])');
/** Counted days and the form each names (`''`: the Korean form, named by its suffix). */
const COUNTED_FROM_DIGIT = [
    [KO_DAY, ''],
    [JA_DAY, 'N日目'],
    [NUMBER_THEN_DAY, 'Nº Dia']
];
const COUNTED_FROM_HAN = [[ZH_DAY, '第N天']];
function readDayNumber(text, pos) {
    const first = text.charCodeAt(pos);
    let m;
    // The first letters of `DAY_WORD_ANY`'s words.
    const lower = first | 0x20;
    // (and Vietnamese `ngày`, Russian `день`)
    if (lower === 100 /* d */ ||
        lower === 116 /* t */ ||
        lower === 106 /* j */ ||
        lower === 103 /* g */ ||
        lower === 104 /* h */ ||
        lower === 110 /* n */ ||
        first === 0x434 /* д */) {
        m = execAt(DAYS_LIST, text, pos);
        if (m) {
            const numbers = sane([m[1], ...(m[2].match(/\d+/g) ?? [])].map(Number));
            return numbers && { numbers, form: 'Day N', end: pos + m[0].length };
        }
        m = execAt(DAYS_RANGE, text, pos);
        if (m) {
            const numbers = sane([Number(m[1]), Number(m[2])]);
            return numbers && { numbers: range(numbers[0], numbers[1]), form: 'Day N', end: pos + m[0].length };
        }
        m = execAt(DAY, text, pos);
        if (m) {
            const numbers = sane([Number(m[1])]);
            const upTo = m[2] === undefined ? undefined : Number(m[2]);
            const end = pos + m[0].length;
            // `Day 56, 57: Mar 28`: the days after it (`Day 12, 13 March` is day 12 and its date; `Day 1, 2 hours` no list).
            const next = upTo === undefined && numbers ? nextDays(text, end, numbers[0]) : null;
            if (next)
                return { numbers: [numbers[0], ...next.numbers], form: 'Day N', end: next.end };
            return numbers && { numbers, form: 'Day N', end, ...(upTo > numbers[0] ? { upTo } : {}) };
        }
        m = execAt(DAY_WORD, text, pos);
        if (m)
            return { numbers: [wordNumber(m)], form: 'Day N', end: pos + m[0].length };
        m = execAt(D_PLUS, text, pos);
        if (m) {
            const numbers = sane([Number(m[1])]);
            return numbers && { numbers, form: 'D+N', end: pos + m[0].length };
        }
        m = execAt(D_NUMBER, text, pos);
        if (m) {
            const numbers = sane([Number(m[1])]);
            return numbers && { numbers, form: 'DN', end: pos + m[0].length };
        }
        return null;
    }
    if ((first | 0x20) === 114 /* r */) {
        m = execAt(ROUND, text, pos);
        if (!m)
            return null;
        const listed = sane([Number(m[1]), ...(m[2].match(/\d+/g) ?? []).map(Number)]);
        if (!listed)
            return null;
        const numbers = m[3] === undefined ? listed : [...listed.slice(0, -1), ...range(listed[listed.length - 1], Number(m[3]))];
        const end = pos + m[0].length;
        // `R1D42, 43 - May 19th`: the next day after it, as after `Day 42`.
        const next = m[3] === undefined && m[2] === '' ? nextDays(text, end, numbers[numbers.length - 1]) : null;
        if (next)
            return { numbers: [...numbers, ...next.numbers], form: 'RnDN', end: next.end };
        return { numbers, form: 'RnDN', end };
    }
    if (first === 35 /* # */) {
        m = execAt(HASH, text, pos);
        if (!m)
            return null;
        const numbers = sane([Number(m[1])]);
        return numbers && { numbers, form: '#N', end: pos + m[0].length };
    }
    const counted = labels_isDigit(first) ? COUNTED_FROM_DIGIT : first === 0x7b2c /* 第 */ ? COUNTED_FROM_HAN : [];
    for (const [re, form] of counted) {
        m = execAt(re, text, pos);
        if (m) {
            const named = form || `N일${m[4]}`;
            const end = pos + m[0].length;
            if (m[3] !== undefined) {
                const listed = sane([Number(m[1]), ...(m[3].match(/\d+/g) ?? []).map(Number)]);
                return listed && { numbers: listed, form: named, end };
            }
            const ends = sane(m[2] === undefined ? [Number(m[1])] : [Number(m[1]), Number(m[2])]);
            if (!ends)
                return null;
            // `5-1일차`, `5-2일차`: day 5 in parts, as `Day1-2` is.
            if (ends.length === 2 && ends[1] < ends[0] && ends[1] <= MAX_PART)
                return { numbers: [ends[0]], form: named, end };
            const numbers = ends.length === 1 ? ends : range(ends[0], ends[1]);
            return { numbers, form: named, end };
        }
    }
    m = labels_isDigit(first) ? execAt(COUNTER, text, pos) : null;
    // `010/366`: day 10 of a 366-day challenge. Out of more than 31, so no day of a month.
    if (m && Number(m[2]) > 31 && Number(m[1]) <= Number(m[2])) {
        const numbers = sane([Number(m[1])]);
        return numbers && { numbers, form: 'N/M', end: pos + m[0].length };
    }
    return null;
}
// ---- dates ---------------------------------------------------------------------------
/** `2024-03-05`, `2024-3-5`, `2024/03/05`, `2024.03.05`, `2024_9_19`, Korean `2024. 3. 5.`; with lists and ranges. */
const YMD = at('(\\d{4})\\s*([-./_])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})(?!\\d)\\.?');
/** `2022 12/1`: the year, then the month and day after a space. */
const YEAR_THEN_MONTH_DAY = at('(\\d{4})\\s+(\\d{1,2})/(\\d{1,2})(?![\\d/a-z가-힣])');
/** After a full date: `/08/09` (a list), `-13`, `~29`, `-> 17` (a range), or a whole end date. */
const YMD_LIST = at('(?:\\/\\d{1,2}(?!\\d)){1,31}');
const RANGE_SEP = at('\\s*(?:->|~|〜|–|—|−|-|至|到)\\s*');
const RANGE_MONTH_DAY = at('(\\d{1,2})[-./](\\d{1,2})(?![\\d./\\-])');
const RANGE_DAY = at('(\\d{1,2})(?![\\d./\\-\\p{L}])');
/**
 * Compact `20240305`, and `240305`: six digits are more often a number than a date, so the short form takes
 * years 2015–2049 and a day its month has.
 */
const COMPACT = at('(\\d{4})(\\d{2})(\\d{2})(?!\\d)');
const COMPACT_SHORT = at('(1[5-9]|[2-4]\\d)(\\d{2})(\\d{2})(?!\\d)');
const MONTH_DAY_DIGITS = at(`(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?=(?:\\s*${WEEKDAY})?\\s*$)`);
/** After a compact date: another (`+`, `&&`, `,`: a list; `~`, `-`: a range), or a range's end day (`~04`, not `- 10일째`). */
const COMPACT_SEP = at('\\s*(\\+|&&?|,|~|〜|-)\\s*');
const COMPACT_END_DAY = at('(\\d{2})(?![\\d./\\-\\p{L}])');
/** `2024년 3월 5일`, `24년 3월 5일`, `3월 5일`, `2024年11月26日`, `11月26日`, with `~ 10일` / `~ 12월 1일` ranges. */
const KO_DATE = at('(?:(\\d{4}|\\d{2})\\s*년\\s*)?(\\d{1,2})\\s*월\\s*(\\d{1,2})(?:\\s*일|(?!\\s*(?:주|째|차)))(?:\\s*[~-]\\s*(?:(\\d{1,2})\\s*월\\s*)?(\\d{1,2})\\s*일(?!\\s*[차째]))?');
/** `11月26日`, `2024年11月26日`; with a range (`~ 28日`, `至 12月1日`) or a second day (`7月11、12日`). */
const CJK_DATE = at('(?:(\\d{4})\\s*年\\s*)?(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号號]?(?:\\s*[~〜\\-–至到、，,]\\s*(?:(\\d{4})\\s*年\\s*)?(?:(\\d{1,2})\\s*月\\s*)?(\\d{1,2})\\s*[日号號](?!目))?');
/** A year in two digits after an apostrophe: `Mar 5 '24`. */
const SHORT_YEAR = "\\s*['’](\\d{2})(?!\\d)";
/** After a month's name and its day: a slash or dot and a year in two digits (`sept 8/19`, `Dec 17.19`). */
const TWO_DIGIT_YEAR_AFTER = at('([/.])(\\d{2})(?![\\d./])');
/** `21:36:50 EDT` between a date and its year, as the `date` command prints it (`Thu Jul 26 21:36:50 EDT 2018`). */
const CLOCK = '(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s+[a-z]{2,5})?)?';
/**
 * `March 5, 2024`, `Mar 5`, `Mar 5 '24`, `Oct-01,2019`, `Mar-05-2025`, `January, 01, 2020`, `July 8 , 2018`,
 * `May 11 - Thursday May 13, 2021`, `Jul 26 21:36:50 EDT 2018`, `August 28, Wednesday, 2019` (a weekday before the date
 * is skipped before it: `skipWeekdays`).
 */
const EN_MONTH_FIRST = at(`(${MONTH_NAME})(?:,?\\s*|[-/])(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:\\s*[-–~〜]\\s*(?:${WEEKDAY},?\\s*)?(?:(${MONTH_NAME})\\s+)?(\\d{1,2})(?:st|nd|rd|th)?(?!\\d))?(?:${CLOCK}(?:,\\s*${WEEKDAY}(?=,))?(?:\\s*,?\\s*|[-/])(\\d{4})(?!\\d)|${SHORT_YEAR})?`);
/** The most days between two days listed after a month's name (`Feb 04,05,06`, `Mar 3, 5`). */
const LIST_STEP = 7;
/** After a month's name and its day: more days, comma-separated, then perhaps the year, and the label's end or a mark. */
const MONTH_DAY_LIST = at('((?:\\s*,\\s*\\d{1,2}(?!\\d)){1,6})(?:\\s*,?\\s*(\\d{4})(?!\\d))?(?=\\s*(?:$|[:：\\-–—|(（[]))');
/** A day of the month before its month's name: `5`, `5th`, `1º`, `1er`, `20.` (before a space). */
const DAY_OF = '(\\d{1,2})(?:st|nd|rd|th|º|ª|°|er|\\.(?=\\s))?';
/**
 * `5 March 2024`, `15MAY2020`, `5th of March`, `05-Aug-2025`, `20/Dec/2023`, `5 Mar '24`, `23rd, July 2020`;
 * `20. Februar 2021`, `24 de mayo de 2020`, `5 mars 2021`; two days of the month (`22 a 24 de octubre de 2021`,
 * `18 y 19 de Mayo`, `3-5 March`).
 */
const EN_DAY_FIRST = at(`${DAY_OF}(?:(?:${TO})${DAY_OF}|(?:${AND})${DAY_OF})?(?:,?\\s*|[-/])(?:(?:of|de)\\s+)?(${MONTH_NAME})${NO_LETTER}(?:(?:,?\\s*(?:del?\\s+)?|[-/])(\\d{4})(?!\\d)|${SHORT_YEAR})?`);
/** `2024 Mar 4`, `2024, March 4th`: the year first, then the month's name and the day. */
const YEAR_MONTH_DAY = at(`(\\d{4}),?\\s+(${MONTH_NAME})\\s*(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)`);
const YEAR_BEFORE_MONTH = at('\\d{4},?\\s+');
/** What `EN_DAY_FIRST` may have before its month name (and more), to find where the name would start. */
const DAY_BEFORE_MONTH = at(`\\d{1,2}(?:st|nd|rd|th|º|ª|°|er|\\.)?(?:(?:${TO}|${AND})\\d{1,2}(?:st|nd|rd|th|º|ª|°|er|\\.)?)?,?\\s*[-/]?\\s*(?:(?:of|de)\\s+)?`);
/** A comma between the day and the month's name (`23rd, July 2020`). */
const DAY_COMMA_MONTH = /\d(?:st|nd|rd|th|º|ª|°|er)?,/;
/** Numeric dates with slashes or dots whose order the log decides: `12/18`, `1/9/21`, `03/12/25`, `24.03.05`, `05.03.2024`. */
const NUMERIC = at('(\\d{1,2})\\s*([./])\\s*(\\d{1,2})(?:\\s*\\2\\s*(\\d{4}|\\d{2})(?!\\d))?(?![\\d/])\\.?');
/**
 * `03-15-2024`, `15-3-2024`: with dashes, only before a four-digit year (`3-1 배열` numbers a section), or with the
 * last two parts in two digits (`24-03-05`, and `5-02-25` among `15-02-25`).
 */
const NUMERIC_DASHED = at('(\\d{1,2})-(\\d{1,2})-(\\d{4})(?!\\d)|(\\d{1,2})-(\\d{2})-(\\d{2})(?![\\d\\-])');
/** `07-15` alone: a month and day with a dash, both in two digits (`3-1 배열` numbers a section). */
const DASHED_MONTH_DAY = at('(\\d{2})-(\\d{2})(?![\\d\\-])');
/** `26/9 2022`: a year after a space. */
const SPACED_YEAR = at('\\s+(\\d{4})(?!\\d)');
/** A word for the day's log after a bare month and day (`12-14打卡`, `03.05 TIL`): no section's topic. */
const LOGGED_WORD = '(?:打卡|日记|日記|日報|til(?![a-z])|일지)';
/**
 * A bare month and day (`03.10`, `07-15`) needs its weekday, a word for the day's log, or nothing but closing brackets
 * after it: `1.1 대체 텍스트` is a numbered topic, `Week 2 (03.10 ~ 03.14)` holds one.
 */
// `日` before `目` counts a day (`4.5日目`), it is no Sunday.
const AFTER_BARE_MONTH_DAY = at(`\\s*(?:${WEEKDAY}(?![目째차])|[)）\\]]*\\s*$|${LOGGED_WORD})`);
/** `09.01 : 저장소 만들기`: a month and day in two digits each, then a colon, is a date and its topic (`3.1: 배열` a section). */
const TWO_DIGIT_PAIR = /^\d{2}\s*\.\s*\d{2}$/;
const COLON_AFTER = at('\\s*[:：]');
/** A weekday and what joins it to the next (`Tuesday & Wednesday March 30-31`, `Friday and Saturday, May 1`, `月/火`). */
const WEEKDAY_AT = at(`[\\s,&/]*${WEEKDAY}(?![\\p{L}])(?:[\\s,&/\\-–]*and(?![\\p{L}]))?[\\s,&/\\-–]*`);
function push(out, year, month, day) {
    if (year !== null && !saneYear(year))
        return false;
    if (!validDay(month, day))
        return false;
    out.push({ year, month, day });
    return true;
}
/** Days `from`..`to` of one month, after the first, which the caller has pushed. */
function pushRange(out, year, month, from, to) {
    for (const d of range(from, to).slice(1))
        push(out, year, month, d);
}
/** The days after the one date in `out` up to `last`, across a month's end (`2023.10.26 ~ 11.02`); `last` alone if far off. */
function pushSpan(out, last) {
    const span = spanDates(out[0], last);
    if (span)
        out.push(...span.slice(1));
    else
        push(out, last.year, last.month, last.day);
}
function dateToken(form, end, dates, slashDates = []) {
    return dates.length > 0 || slashDates.length > 0 ? { form, end, dates, slashDates } : null;
}
/** How far a range written after a full date (`2024-03-04 ~ 03-08`) may run, in days. */
const MAX_RANGE_AFTER_DATE = 62;
/** Days from one date to a later one; Infinity where the second is not later (no range runs back). */
function daysOn(y1, m1, d1, y2, m2, d2) {
    const diff = (Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / DAY_MS;
    return diff > 0 ? diff : Infinity;
}
function readDate(text, pos) {
    const first = text.charCodeAt(pos);
    if (!labels_isDigit(first))
        return mayStartWeekday(first) ? readNamedOrAmbiguousDate(text, pos) : null;
    let m = execAt(YMD, text, pos);
    if (m) {
        const [year, month, day] = [Number(m[1]), Number(m[3]), Number(m[4])];
        const dates = [];
        if (!push(dates, year, month, day))
            return null;
        const sep = m[2];
        const form = sep === '.' && /\.\s/.test(m[0]) ? 'YYYY. M. D.' : `YYYY${sep}MM${sep}DD`;
        let end = pos + m[0].length;
        const list = sep === '/' ? null : execAt(YMD_LIST, text, end);
        if (list) {
            for (const d of list[0].match(/\d+/g))
                push(dates, year, month, Number(d));
            return dateToken(form, end + list[0].length, dates);
        }
        const sepAt = execAt(RANGE_SEP, text, end);
        if (sepAt) {
            const after = end + sepAt[0].length;
            const whole = execAt(YMD, text, after);
            if (whole) {
                const [y2, m2, d2] = [Number(whole[1]), Number(whole[3]), Number(whole[4])];
                if (y2 === year && m2 === month)
                    pushRange(dates, year, month, day, d2);
                else
                    pushSpan(dates, { year: y2, month: m2, day: d2 });
                return dateToken(form, after + whole[0].length, dates);
            }
            // `2024-03-04 ~ 03-08`: the end month and day, a few weeks on at most (`2026-08-15 — 8-1 엔딩` names a part).
            const monthDay = execAt(RANGE_MONTH_DAY, text, after);
            const [m2, d2] = monthDay ? [Number(monthDay[1]), Number(monthDay[2])] : [0, 0];
            // `2023.12.30 ~ 01.02`: into the next year.
            const y2 = m2 < month ? year + 1 : year;
            if (monthDay && isRealDay(y2, m2, d2) && daysOn(year, month, day, y2, m2, d2) <= MAX_RANGE_AFTER_DATE) {
                if (m2 === month)
                    pushRange(dates, year, month, day, d2);
                else
                    pushSpan(dates, { year: y2, month: m2, day: d2 });
                return dateToken(form, after + monthDay[0].length, dates);
            }
            const short = execAt(RANGE_DAY, text, after);
            if (short && Number(short[1]) > day) {
                pushRange(dates, year, month, day, Number(short[1]));
                end = after + short[0].length;
            }
        }
        return dateToken(form, end, dates);
    }
    m = execAt(YEAR_THEN_MONTH_DAY, text, pos);
    if (m) {
        const dates = [];
        return push(dates, Number(m[1]), Number(m[2]), Number(m[3])) ? dateToken('YYYY M/D', pos + m[0].length, dates) : null;
    }
    const compact = readCompactDates(text, pos);
    if (compact)
        return compact;
    // `## 0401`: a month and day in four digits, with nothing after them but a weekday (`1012 유기농 배추` is a problem);
    // a day no year has (`0431`) makes them a number (`| 0431 |` counts a problem), not a date to report.
    m = execAt(MONTH_DAY_DIGITS, text, pos);
    if (m && isRealDay(LEAP_YEAR, Number(m[1]), Number(m[2])))
        return dateToken('MMDD', pos + m[0].length, [{ year: null, month: Number(m[1]), day: Number(m[2]) }]);
    for (const [re, ko] of [
        [KO_DATE, true],
        [CJK_DATE, false]
    ]) {
        m = execAt(re, text, pos);
        if (!m)
            continue;
        const dates = [];
        const year = m[1] === undefined ? null : fullYear(Number(m[1]));
        const [month, day] = [Number(m[2]), Number(m[3])];
        if (!push(dates, year, month, day))
            return null;
        const [endYear, endMonth, endDay] = ko ? [undefined, m[4], m[5]] : [m[4], m[5], m[6]];
        if (endDay !== undefined) {
            const y2 = endYear === undefined ? year : Number(endYear);
            const m2 = endMonth === undefined ? month : Number(endMonth);
            // `7月11、12日` names two days; `7月11~14日` all the days between.
            if (y2 === year && m2 === month && !/[、，,]/.test(m[0]))
                pushRange(dates, year, month, day, Number(endDay));
            else
                push(dates, y2, m2, Number(endDay));
        }
        const yearForm = m[1]?.length === 2 ? 'YY' : 'YYYY';
        const form = ko ? (year === null ? 'M월 D일' : `${yearForm}년 M월 D일`) : year === null ? 'M月D日' : 'YYYY年M月D日';
        return dateToken(form, pos + m[0].length, dates);
    }
    return readNamedOrAmbiguousDate(text, pos);
}
/** `20250303`, `240305`, and lists and ranges of them: `20250303+20250304`, `230318~230319`, `20250303~04`. */
function readCompactDates(text, pos) {
    const long = execAt(COMPACT, text, pos);
    const m = long ?? execAt(COMPACT_SHORT, text, pos);
    if (!m)
        return null;
    const pattern = long ? COMPACT : COMPACT_SHORT;
    const yearOf = (digits) => (long ? Number(digits) : 2000 + Number(digits));
    const dates = [];
    const [year, month, day] = [yearOf(m[1]), Number(m[2]), Number(m[3])];
    if (!long && !isRealDay(year, month, day))
        return null;
    if (!push(dates, year, month, day))
        return null;
    let end = pos + m[0].length;
    for (let more = 0; more < MAX_RANGE; more++) {
        const sep = execAt(COMPACT_SEP, text, end);
        if (!sep)
            break;
        const after = end + sep[0].length;
        const isRange = sep[1] === '~' || sep[1] === '〜' || sep[1] === '-';
        const last = dates[dates.length - 1];
        const next = execAt(pattern, text, after);
        if (next) {
            const [y2, m2, d2] = [yearOf(next[1]), Number(next[2]), Number(next[3])];
            if (isRange && y2 === last.year && m2 === last.month)
                pushRange(dates, y2, m2, last.day, d2);
            else if (!push(dates, y2, m2, d2))
                break;
            end = after + next[0].length;
            continue;
        }
        const day = isRange ? execAt(COMPACT_END_DAY, text, after) : null;
        if (!day || Number(day[1]) <= last.day)
            break;
        pushRange(dates, last.year, last.month, last.day, Number(day[1]));
        end = after + day[0].length;
    }
    return dateToken(long ? 'YYYYMMDD' : 'YYMMDD', end, dates);
}
/** English month names (`March 5, 2024`, `Tuesday, March 5th`, `5 March 2024`), then numeric dates whose order the log decides (`12/18`). */
function readNamedOrAmbiguousDate(text, pos) {
    // A month name cannot start with a digit; a day before the month (`5 March`) and a numeric date must.
    const digit = labels_isDigit(text.charCodeAt(pos));
    let m = !digit && monthNameAt(text, pos) ? execAt(EN_MONTH_FIRST, text, pos) : null;
    if (m) {
        const dates = [];
        let year = m[5] !== undefined ? Number(m[5]) : m[6] !== undefined ? 2000 + Number(m[6]) : null;
        let end = pos + m[0].length;
        // `sept 8/19`, `Dec 17.19`: a year in two digits after the day (`Oct 11/12` is two days, the next after the first).
        const short = year === null && m[4] === undefined ? execAt(TWO_DIGIT_YEAR_AFTER, text, end) : null;
        if (short && Number(short[2]) >= 10 && (short[1] === '.' || Number(short[2]) !== Number(m[2]) + 1)) {
            year = 2000 + Number(short[2]);
            end += short[0].length;
        }
        // `Feb 04,05,06 2020`: more days of the month, each a few days after the last (`March 5, 24` is no list), then the
        // year; the label ends there.
        const list = year === null && m[4] === undefined ? execAt(MONTH_DAY_LIST, text, end) : null;
        const listed = list ? list[1].match(/\d+/g).map(Number) : [];
        const ascending = listed.every((day, i) => {
            const before = i === 0 ? Number(m[2]) : listed[i - 1];
            return day > before && day - before <= LIST_STEP;
        });
        if (list && ascending) {
            year = list[2] !== undefined ? Number(list[2]) : null;
            end += list[0].length;
        }
        const month = monthOf(m[1]);
        if (!push(dates, year, month, Number(m[2])))
            return null;
        if (list && ascending)
            for (const day of listed)
                push(dates, year, month, day);
        if (m[4] !== undefined) {
            const endMonth = m[3] === undefined ? month : monthOf(m[3]);
            const span = endMonth === month ? null : spanDates(dates[0], { year, month: endMonth, day: Number(m[4]) });
            if (endMonth === month)
                pushRange(dates, year, month, Number(m[2]), Number(m[4]));
            else if (span)
                dates.splice(0, 1, ...span);
            else
                push(dates, year, endMonth, Number(m[4]));
        }
        return dateToken(year === null ? 'Month D' : 'Month D, YYYY', end, dates);
    }
    const yearPart = digit ? execAt(YEAR_BEFORE_MONTH, text, pos) : null;
    m = yearPart && monthNameAt(text, pos + yearPart[0].length) ? execAt(YEAR_MONTH_DAY, text, pos) : null;
    if (m) {
        const dates = [];
        if (!push(dates, Number(m[1]), monthOf(m[2]), Number(m[3])))
            return null;
        return dateToken('YYYY Month D', pos + m[0].length, dates);
    }
    const dayPart = digit ? execAt(DAY_BEFORE_MONTH, text, pos) : null;
    m = dayPart && monthNameAt(text, pos + dayPart[0].length) ? execAt(EN_DAY_FIRST, text, pos) : null;
    // `30 - 2 May` runs back over a month's end: not one month's days.
    if (m?.[2] !== undefined && Number(m[2]) <= Number(m[1]))
        m = null;
    // `23rd, July 2020` with its year; without one, `5, March` is a list, not a date.
    if (m && m[5] === undefined && m[6] === undefined && DAY_COMMA_MONTH.test(m[0]))
        m = null;
    if (m) {
        const dates = [];
        const year = m[5] !== undefined ? Number(m[5]) : m[6] !== undefined ? 2000 + Number(m[6]) : null;
        const month = monthOf(m[4]);
        if (!push(dates, year, month, Number(m[1])))
            return null;
        if (m[2] !== undefined)
            pushRange(dates, year, month, Number(m[1]), Number(m[2]));
        else if (m[3] !== undefined)
            push(dates, year, month, Number(m[3]));
        return dateToken(year === null ? 'D Month' : 'D Month YYYY', pos + m[0].length, dates);
    }
    m = digit ? execAt(NUMERIC_DASHED, text, pos) : null;
    if (m && m[4] !== undefined) {
        const parts = [Number(m[4]), Number(m[5]), Number(m[6])];
        const [a, b, c] = parts;
        // Some order must make it a date: year first, month first or day first.
        if (!validDay(b, c) && !validDay(a, b) && !validDay(b, a))
            return null;
        return dateToken('YY-MM-DD', pos + m[0].length, [], [{ parts, fullYear: null, sep: '-' }]);
    }
    if (m && saneYear(Number(m[3]))) {
        const parts = [Number(m[1]), Number(m[2]), Number(m[3])];
        return dateToken('MM-DD-YYYY', pos + m[0].length, [], [{ parts, fullYear: 'last', sep: '-' }]);
    }
    m = digit ? execAt(DASHED_MONTH_DAY, text, pos) : null;
    if (m && execAt(AFTER_BARE_MONTH_DAY, text, pos + m[0].length)) {
        const [a, b] = [Number(m[1]), Number(m[2])];
        if (!validDay(a, b) && !validDay(b, a))
            return null;
        return dateToken('MM-DD', pos + m[0].length, [], [{ parts: [a, b], fullYear: null, sep: '-' }]);
    }
    m = digit ? execAt(NUMERIC, text, pos) : null;
    if (m) {
        const [a, b] = [Number(m[1]), Number(m[3])];
        const sep = m[2];
        let end = pos + m[0].length;
        let year = m[4];
        const range = numericRangeEnd(text, end, sep, year !== undefined);
        if (range)
            end = range.end;
        const through = range ? { through: range.through } : {};
        if (year === undefined && sep === '/' && !range) {
            // `26/9 2022`: a year after a space, where it is one.
            const spaced = execAt(SPACED_YEAR, text, end);
            if (spaced && saneYear(Number(spaced[1]))) {
                year = spaced[1];
                end += spaced[0].length;
            }
        }
        if (year === undefined) {
            if (sep === '.' && !execAt(AFTER_BARE_MONTH_DAY, text, end) && !(TWO_DIGIT_PAIR.test(m[0]) && execAt(COLON_AFTER, text, end)))
                return null;
            if (!validDay(a, b) && !validDay(b, a))
                return null;
            return dateToken(sep === '/' ? 'M/D' : 'MM.DD', end, [], [{ parts: [a, b], fullYear: null, sep, ...through }]);
        }
        const c = Number(year);
        const four = year.length === 4;
        if (four && !saneYear(c))
            return null;
        // `24.03.05` writes every part in two digits; `1.4.10` numbers a section.
        if (sep === '.' && !four && (m[1].length !== 2 || m[3].length !== 2))
            return null;
        return dateToken(sep === '/' ? 'M/D/Y' : four ? 'DD.MM.YYYY' : 'YY.MM.DD', end, [], [{ parts: [a, b, c], fullYear: four ? 'last' : null, sep, ...through }]);
    }
    return null;
}
/**
 * The last day of a numeric range after a numeric date (`3/3 ~ 3/7`, `24.03.10 - 24.03.14`): written with the same
 * separator, with a year where the first has one; or null.
 */
function numericRangeEnd(text, pos, sep, withYear) {
    // `03.10 (월) ~ 03.14 (금)`: the first day's weekday stands before the dash.
    const weekday = execAt(ONE_WEEKDAY, text, pos);
    const at = weekday ? pos + weekday[0].length : pos;
    const dash = execAt(RANGE_SEP, text, at);
    const m = dash && execAt(NUMERIC, text, at + dash[0].length);
    if (!m || m[2] !== sep || (m[4] !== undefined) !== withYear)
        return null;
    const through = [Number(m[1]), Number(m[3]), ...(m[4] === undefined ? [] : [Number(m[4])])];
    return { through, end: at + dash[0].length + m[0].length };
}
/** A dash or bar before a weekday that ends the label (`November 10, 2019 ~ Saturday`); tested first without `\p{…}`. */
const DASH_FIRST = /^\s*[-~〜–—|]/;
const DASHED_WEEKDAY = at(`\\s*[-~〜–—|]\\s*(?=${WEEKDAY}(?![\\p{L}])\\s*$)`);
/** Where the weekday starts that a dash or bar sets off at the end of the label, from `pos`; -1 for none. */
function dashedWeekday(text, pos) {
    if (!DASH_FIRST.test(text.slice(pos, pos + 8)))
        return -1;
    const m = execAt(DASHED_WEEKDAY, text, pos);
    return m ? pos + m[0].length : -1;
}
/** Moves past weekdays (`(금)`, `Friday`, `星期五`, ` ~ Saturday` at the end) after a date. */
function skipWeekdays(text, pos) {
    for (;;) {
        if (pos >= text.length || labels_isDigit(text.charCodeAt(pos)))
            return pos;
        WEEKDAY_AT.lastIndex = pos;
        const m = WEEKDAY_AT.exec(text);
        if (!m || m[0].length === 0) {
            const dashed = dashedWeekday(text, pos);
            if (dashed < 0)
                return pos;
            pos = dashed;
            continue;
        }
        pos += m[0].length;
    }
}
/** Separators between a day number and its date: spaces, `- – — − : | / , . _`, middle dots, brackets (`< Day 3 >`). */
const BETWEEN = at('[\\s\\-–—−:|/,.·•・ㆍ()（）\\[\\]{}_<>]*');
const OPENING = at('[(（[]\\s*');
/** A few words in brackets, no digit among them: a note after a weekday (`Friday (started Thursday), 2/6/2026`). */
const NOTE = at('[(（][^()（）\\d]{1,40}[)）][\\s,、]*');
/** Past a bracketed note at `pos`, if one stands there. */
function skipNote(text, pos) {
    NOTE.lastIndex = pos;
    return NOTE.test(text) ? NOTE.lastIndex : pos;
}
function skipOpening(text, pos) {
    OPENING.lastIndex = pos;
    return OPENING.test(text) ? OPENING.lastIndex : pos;
}
function skipBetween(text, pos) {
    BETWEEN.lastIndex = pos;
    const m = BETWEEN.exec(text);
    return m ? pos + m[0].length : pos;
}
// ---- weeks and months ----------------------------------------------------------------
/** The word for a week in German, Spanish, Portuguese, French, Italian, Indonesian, Polish and Turkish. */
const OTHER_WEEK_WORDS = 'woche|semana|semaine|settimana|minggu(?:\\s*ke)?|tydzie[nń]|hafta';
const WEEK = at(`(?:week|wk|${OTHER_WEEK_WORDS})\\s*[-#.]?\\s*(\\d{1,6})((?:\\s*[,&]\\s*\\d{1,6}){0,52})(?:\\s*[-~]\\s*(\\d{1,6})(?!\\S*\\s*(?:day|일)))?(?!\\d)`);
const KO_WEEK = at('(\\d{1,6})\\s*주\\s*차');
const CJK_WEEK = at('(?:第\\s*(\\d{1,6})\\s*[周週])|(?:(\\d{1,6})\\s*週目)');
/**
 * What may follow a week number in a week review's label. Other words (`4주차 질문`,
 * `Week 3 quiz`) name a topic, which is not a review.
 */
const WEEK_WORDS = /^(?:[\s\-–—:|()[\]]|review|retro(?:spective)?|recap|summary|회고|리뷰|정리|돌아보기|학습|요약|振り返り|まとめ|总结|總結|回顾|回顧|复盘|周报|週報|rückblick|zusammenfassung|resumen|resumo|revisão|bilan|riepilogo|kesimpulan|ringkasan|podsumowanie)*$/u;
/**
 * A short note in brackets ending a label: `( 미뤄짐 )`, `【延期】`. (Square brackets never reach it: `plainLabel` reads
 * `[postponed]` as its word, which is a topic.)
 */
const BRACKETED_NOTE = /[([（【][^()[\]（）【】]{1,20}[)\]）】]\s*$/u;
function readWeek(text) {
    const first = text.charCodeAt(0);
    // The first letters of `Week` and `OTHER_WEEK_WORDS` (`Woche`, `Semana`, `Minggu ke-`, `Tydzień`, `Hafta`).
    if (!'wsmth'.includes(String.fromCharCode(first | 0x20)) && !labels_isDigit(first) && first !== 0x7b2c /* 第 */)
        return null;
    let m = execAt(WEEK, text, 0);
    if (m) {
        const numbers = sane([Number(m[1]), ...(m[2]?.match(/\d+/g) ?? []).map(Number)]);
        if (!numbers)
            return null;
        const last = m[3] === undefined ? null : Number(m[3]);
        const all = last !== null && last > numbers[0] && last - numbers[0] < 10 ? range(numbers[0], last) : numbers;
        return { numbers: all, form: 'Week N', rest: text.slice(m[0].length) };
    }
    m = execAt(KO_WEEK, text, 0);
    if (m)
        return saneDay(Number(m[1])) ? { numbers: [Number(m[1])], form: 'N주차', rest: text.slice(m[0].length) } : null;
    m = execAt(CJK_WEEK, text, 0);
    const n = Number(m?.[1] ?? m?.[2]);
    if (m)
        return saneDay(n) ? { numbers: [n], form: m[1] ? '第N周' : 'N週目', rest: text.slice(m[0].length) } : null;
    return null;
}
/**
 * `2023.03`, `2023-03`, `2023년 4월`, `2024年11月`, `24年11月 November:`, `March 2024`; with words after it that hold no
 * number (`2021년 5월) Problem Solving`, a month's fold).
 */
const MONTH_NUMERIC = /^(\d{4}|\d{2}(?=\s*年))\s*[.\-/년年]\s*(\d{1,2})\s*[월月]?(?:[\s:：)）\]]+[^\d\s.\-/][^\d]*|[\s:：]*)$/;
const MONTH_YEAR_WORDS = new RegExp(`^(${MONTH_NAME})\\s+(\\d{4})[\\s:：]*$`);
function readMonth(text) {
    const first = text.charCodeAt(0);
    let m = labels_isDigit(first) ? MONTH_NUMERIC.exec(text) : null;
    if (m) {
        const year = fullYear(Number(m[1]));
        const month = Number(m[2]);
        return saneYear(year) && month >= 1 && month <= 12 ? { year, month } : null;
    }
    m = monthNameAt(text, 0) ? MONTH_YEAR_WORDS.exec(text) : null;
    if (m) {
        const year = Number(m[2]);
        return saneYear(year) ? { year, month: monthOf(m[1]) } : null;
    }
    return null;
}
// ---- the label -------------------------------------------------------------------------
/** The words left after the label's tokens, without the decoration around them. */
function topicOf(rest) {
    return trimDecorationEnd(rest.replace(LEADING, '')).trim();
}
/**
 * What a label can start with: a digit, `#`, `第`, a weekday in Korean or Japanese,
 * or the first letters of a day, week, round, month or weekday word. Most section
 * labels (`완료한 사항`, `Today's Progress`) stop here, before the grammar runs.
 */
const LABEL_START = new RegExp('^(?:\\d|#|第|[월화수목금토일月火水木金土日周週星礼禮(（]|days?\\b|day\\d|d\\s*\\+|d\\d|r\\d|w(?:ee)?k|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|' +
    `mon|tue|wed|thu|thr|fri|sat|sun|(?:${OTHER_DAY_WORDS}|${OTHER_WEEK_WORDS})\\s*[-#.:]?\\s*\\d|` +
    // Months of other languages that English month names do not start (`enero`, `März`, `août`).
    'ene|fev|fév|abr|avr|mai|ago|aoû|out|okt|ott|dez|dic|déc|gen|mag|giu|lug|jui)');
/** Spaces, punctuation, symbols and the emoji marks that are neither (variation selectors, the joiner, the keycap). */
const LEADING_MARKS = '[\\s\\p{P}\\p{S}\\u200d\\ufe0e\\ufe0f\\u20e3]*';
/** Text as the grammar reads it: in lower case, its decoration stripped, its digits ASCII (see `readLabel`). */
const asGrammarReads = (raw) => grammarText(raw.toLowerCase());
/**
 * Lower-cased text as the grammar reads it: a word in brackets as the word (`[Thursday], [2/12/2026] - Day [8] of 90`,
 * a template's blanks filled in), decoration stripped, digits ASCII.
 */
function grammarText(lower) {
    return asciiDigits(plainLabel(lower.includes('[') ? lower.replace(BRACKETED_WORD, '$1') : lower));
}
/**
 * Before any stripping: text whose first letter is none of those, or of a word naming the log (`오늘의 TIL`, `학습 일지`,
 * `学习笔记`) or a Han numeral (`三月五日`), is no label (a tag or an entity aside). Emoji
 * marks that are neither punctuation nor symbols count as decoration too: the variation selectors (`✏️` is ✏ and
 * U+FE0F), the joiner, the keycap.
 */
const FIRST_CHARACTERS = '<&\\d\\uff10-\\uff19#第월화수목금토일月火水木金土日周週星礼禮〇零一二三四五六七八九十(（오학공개코学學今勉作振每打令平çśпвсчд';
// eslint-disable-next-line no-misleading-character-class -- single code points (joiner, selectors), not a sequence
const RAW_START = new RegExp(`^${LEADING_MARKS}(?:[${FIRST_CHARACTERS}]|[a-zA-Z])`, 'u');
/** A cheap first test, before any stripping: false where the text cannot be a label. */
function mayBeLabel(raw) {
    return RAW_START.test(raw);
}
/**
 * What a heading or bold line says as a label: day or week, its numbers and dates, its topic; null when it is
 * not a label. The template is inferred from these.
 */
function readLabel(raw) {
    // Lower case once: the grammar's patterns are written in it and built without the `i` flag, with which V8 folds
    // every class (weekdays, `\p{L}`) over all of Unicode's cases when it compiles them, most of a small log's first check.
    const lower = raw.toLowerCase();
    const named = DATE_WORD.exec(lower);
    if (named)
        return datedByWord(grammarText(lower.slice(named[0].length)));
    if (!RAW_START.test(lower))
        return null;
    const text = grammarText(lower);
    return labelAtStart(text) ?? labelAfterLogWord(text) ?? labelAfterBar(text) ?? labelAfterOutlineNumber(text) ?? labelAfterTime(text);
}
/** A heading's outline number before its label: `1.1 23日`, `2 2025年7月` (often with an ideographic space), `3. Day 5`. */
const OUTLINE_NUMBER = /^\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+(?=\S)/;
/** The label after an outline number, where the text read whole is none (`1.1 2024-03-05` is no date `1.1`). */
function labelAfterOutlineNumber(text) {
    const outline = OUTLINE_NUMBER.exec(text);
    return outline ? labelAtStart(text.slice(outline[0].length)) : null;
}
/** A stretch of the log its days count within: `Week 2`, `Sprint 1`, `3주차`, `第2週`, `2週目`. */
const STRETCH = '(?:week|sprint|phase|round|stage|module|unit|season|chapter)\\s*\\d{1,3}(?!\\d)|\\d{1,3}\\s*주\\s*차|第\\s*\\d{1,3}\\s*[周週]|\\d{1,3}\\s*週目';
/** A challenge the days count in: `100 Days of Code`, `#100DaysOfCode`, `100일 코딩 챌린지`. */
const CHALLENGE = '#?\\d{2,3}\\s*days?\\s*of\\s*[a-z]+(?:\\s*challenge)?|\\d{2,3}\\s*일\\s*(?:[가-힣a-z]+\\s*)?챌린지';
/**
 * `TIL 2025-03-03`, `[TIL] Day 3`, `Dev Log #12 (2025-03-03)`, `학습 일지 25.03.03`, `日報 2025/3/3`, `学习笔记 第3天`,
 * `Lernjournal – 10.06.2025`: a word that names the log itself, or the challenge it keeps (`100 Days of Code - Day 3`),
 * before the day; or the stretch the day belongs to (`Sprint 1 - Day 4 (2025-03-06)`, `Week 2 Day 3`, `3주차 2일차`).
 * None says which day it is, so the form keeps it only as `…`.
 */
const LOG_WORD = new RegExp(`^(?:(?<stretch>${STRETCH})|${CHALLENGE}|today\\s*i\\s*learned|til|daily(?:\\s*(?:log|notes?|journal|report|study))?|dev\\s*log|` +
    'study\\s*(?:log|journal|notes?)|learning\\s*(?:log|journal)|journal(?:\\s*de\\s*bord)?|log|diary|notes?|' +
    'lern(?:journal|tagebuch)|tagebuch|diario|bit[aá]cora|logboek|dagboek|' +
    '오늘의\\s*(?:til|공부|학습|기록)|til\\s*(?:일지|일기)|(?:학습|공부|개발|코딩)(?:\\s*(?:일지|기록|일기|로그))?|일지|' +
    '日報|日记|日記|学習(?:記録|ログ|日記|メモ)|学习(?:笔记|日志|记录)|學習(?:筆記|日誌|記錄)|' +
    '今日の(?:学習|勉強|学び|作業|til)|勉強(?:記録|ログ|メモ|日記)?|作業(?:ログ|記録|日報)|振り返り|' +
    '每日(?:总结|總結|学习|學習|笔记|筆記|打卡|记录|記錄)|今[天日](?:学习|學習|总结|總結|笔记|筆記)|(?:学习)?打卡|' +
    // Vietnamese `Ngày 04/12`: the word for a day before a date is no day number.
    'ngày(?=\\s*\\d{1,2}\\s*[/.-]\\s*\\d))' +
    '(?![\\p{L}])(?:(?!#)[\\s\\p{P}\\p{S}])*', 'u');
/** A date written in a week's label: `13.05.2025`, `2024-03-04`, `3/4`. */
const WEEK_DATED = /\d[./-]\d/;
function labelAfterLogWord(text) {
    const word = LOG_WORD.exec(text);
    if (!word)
        return null;
    const info = labelAtStart(text.slice(word[0].length));
    const stretch = word.groups?.stretch;
    // `Lernjournal – Woche 20 (13.05.2025)`: the log's week, where its dates say so (`Journal: Week 2` may head a part).
    if (info?.kind === 'week' && !stretch && WEEK_DATED.test(text))
        return { ...info, form: `… ${info.form}` };
    if (info?.kind !== 'day')
        return null;
    // A stretch's dates with no day after it are the stretch's own (`1주차 (3/3 ~ 3/7)`): no day.
    if (stretch && info.numbers.length === 0)
        return null;
    if (stretch && info.dates.length === 0 && info.slashDates.length === 0) {
        // `Week 2 Day 3`: the day's place in its stretch, until the whole log says how its days count.
        const form = stretchForm(stretch);
        return { ...info, form: `${form} ${info.form}`, stretch: { number: Number(/\d+/.exec(stretch)[0]), form } };
    }
    // Within a stretch, a day's number may count from the stretch's start (`Week 2 Day 1`): the date alone says the day.
    const numbers = stretch ? [] : info.numbers;
    if (numbers.length === 0 && info.dates.length === 0 && info.slashDates.length === 0)
        return null;
    return { ...info, numbers, form: `… ${info.form}` };
}
/** A stretch's shape, its number `N`, from the lower-cased label: `week2` → `Week N`, `2 주 차` → `N주차`, `第2週` → `第N週`. */
function stretchForm(stretch) {
    const form = stretch.replace(/\d+/, 'N');
    if (/[a-z]/.test(stretch))
        return form.charAt(0).toUpperCase() + form.slice(1).replace(/\s*N$/, ' N');
    return form.replace(/\s+/g, '');
}
/** `Date: 2024-03-05`, `今日の日付: 2026-03-08`, `日期：2024年3月5日`, `날짜: 3월 5일`: a word that says a date follows. */
// eslint-disable-next-line no-misleading-character-class -- single code points (joiner, selectors), not a sequence
const DATE_WORD = new RegExp(`^${LEADING_MARKS}(?:date|(?:今日|本日)の日付|日付|日期|날짜)\\s*[:：]\\s*`, 'u');
/** Longer bold words are no word saying a date follows. */
const MAX_DATE_WORD = 40;
/** The word alone, in bold before its date (`**Date:** 2024-03-05`, `**날짜**: 3월 5일`). */
// eslint-disable-next-line no-misleading-character-class -- single code points (joiner, selectors), not a sequence
const DATE_WORD_ALONE = new RegExp(`^${LEADING_MARKS}(?:date|(?:今日|本日)の日付|日付|日期|날짜)\\s*[:：]?\\s*$`, 'u');
/** `Date: 2024-03-05` from bold words that say a date follows and the words after them; null for other bold words. */
function dateAfterWord(bold, after) {
    // The word is short: a long bold text is no such word, and is not tried (spaces then `$` would retry from each).
    return bold.length <= MAX_DATE_WORD && DATE_WORD_ALONE.test(bold.toLowerCase()) ? `${bold.replace(/\s*[:：]?\s*$/u, '')}: ${after}` : null;
}
/** The day a date after such a word names: that date alone (a day number after it is no day's, here). */
function datedByWord(text) {
    const info = labelAtStart(text);
    if (info?.kind !== 'day' || info.numbers.length > 0 || (info.dates.length === 0 && info.slashDates.length === 0))
        return null;
    return { ...info, form: `Date: ${info.form}` };
}
/** A time of day before a date: `2:30 PM 8/23/2023`, `07:56:10 2023/09/04`. */
const TIME_FIRST = /^\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?\s+(?=\d)/;
/** `# 2:30 PM 8/23/2023 =====`: a session of the day its date names, the time written first. */
function labelAfterTime(text) {
    const time = TIME_FIRST.exec(text);
    const info = time ? labelAtStart(text.slice(time[0].length)) : null;
    if (info?.kind !== 'day' || info.numbers.length > 0 || (info.dates.length === 0 && info.slashDates.length === 0))
        return null;
    return { ...info, timed: true };
}
/**
 * `Logistic Regression | Day 4`, `Topic | Day 1 : June 07, 2022` (a widely copied #100DaysOfCode template): the day
 * after the last `|`, with nothing after it, and the words before it as its topic.
 */
function labelAfterBar(text) {
    const bar = text.lastIndexOf('|');
    if (bar <= 0)
        return null;
    const info = labelAtStart(text.slice(bar + 1).trim());
    if (info?.kind !== 'day' || info.topic !== '' || info.form === '#N')
        return null;
    return { ...info, form: `… | ${info.form}`, topic: topicOf(text.slice(0, bar)) };
}
const RANGE_DASH = at('\\s*(?:[-~〜–—]|to\\b)\\s*');
/** One weekday after a date, and nothing after it (`skipWeekdays` would take the dash after it too). */
const ONE_WEEKDAY = at(`\\s*${WEEKDAY}(?![\\p{L}])`);
/**
 * A date yet to be written in a template: `yyyy-mm-dd`, `yy.mm.dd`, `xx/xx`, `[日付]`, `[날짜]` (lower case, as read). Not
 * `date`: `Day 12 - Date` may be a day about JavaScript's `Date`.
 */
const DATE_TO_WRITE = /^(?:(?:y{2,4}|x{2,4})\s*[-./년年]\s*(?:mm?|xx?)\s*[-./월月]\s*(?:dd?|xx?)|(?:mm?|xx?)\s*[-./]\s*(?:dd?|xx?)|日付|日期|날짜)$/;
const JOINED = /^\s*(?:(?:&|and|\+|,)\s*)?/;
/**
 * `R2D34 (22/07/2021) & R2D35 (23/07/2021)`, `Day 5 & Day 6`, `R1D14 R1D15`: a second label of the same shape, naming
 * the next day, joined on after the first (`rest`); the two are one entry of both days, with both dates. Null where
 * none is.
 */
function joinedDay(number, date, rest) {
    const joint = JOINED.exec(rest);
    const next = joint ? labelAtStart(rest.slice(joint[0].length)) : null;
    const last = number.numbers[number.numbers.length - 1];
    if (next?.kind !== 'day' || !next.form.startsWith(number.form) || next.numbers[0] !== last + 1)
        return null;
    return {
        kind: 'day',
        // `Day 5 & Day 6 & Day 7`: the next label joins on its own next one.
        numbers: [...number.numbers, ...next.numbers],
        dates: [...(date?.dates ?? []), ...next.dates],
        slashDates: [...(date?.slashDates ?? []), ...next.slashDates],
        // `R2D68 & R2D69 (28/08/2021)`: dated by the second label, in the shape the log's other days have.
        form: date ? `${number.form} · ${date.form}` : next.form,
        topic: next.topic
    };
}
/** `23일차 ~ 25일차`, `Day 5 - Day 7`, `5日目〜7日目`: a range written with its unit at both ends. */
function numberRange(text, number) {
    const dash = execAt(RANGE_DASH, text, number.end);
    const next = dash && readDayNumber(text, number.end + dash[0].length);
    if (!next || next.form !== number.form || next.numbers.length !== 1)
        return number;
    const from = number.numbers[number.numbers.length - 1];
    const to = next.numbers[0];
    if (to <= from || to - from > MAX_RANGE)
        return number;
    return { numbers: [...number.numbers, ...range(from, to).slice(1)], form: number.form, end: next.end };
}
const DAY_MS = 86_400_000;
/**
 * The days from `first` to `last`, a month apart at most, or null. A date without its year takes the other's; two
 * without one are counted in a leap year and stay without (`Dec 30 - Jan 2` runs into the next year).
 */
function spanDates(first, last) {
    const year = first.year ?? last.year;
    const from = Date.UTC(year ?? 2000, first.month - 1, first.day);
    let to = Date.UTC(last.year ?? year ?? 2000, last.month - 1, last.day);
    if (year === null && to < from)
        to = Date.UTC(2001, last.month - 1, last.day);
    const days = (to - from) / DAY_MS;
    if (!(days >= 1 && days <= 31))
        return null;
    return Array.from({ length: days + 1 }, (_, i) => {
        const d = new Date(from + i * DAY_MS);
        return { year: year === null ? null : d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
    });
}
/**
 * `May 30, 2021 - June 1, 2021`, `Thursday May 13 - Sunday May 16, 2021`: two dates joined by a dash are the days from
 * one to the other (`spanDates`).
 */
function dateRange(text, date) {
    if (date.dates.length !== 1 || date.slashDates.length > 0)
        return date;
    let pos = date.end;
    let dash = execAt(RANGE_DASH, text, pos);
    // `2025-03-03 (Mon) ~ 2025-03-07 (Fri)`, `3월 3일(월) ~ 3월 7일(금)`: the first date's weekday stands before the dash.
    const weekday = dash ? null : execAt(ONE_WEEKDAY, text, pos);
    if (weekday) {
        pos += weekday[0].length;
        dash = execAt(RANGE_DASH, text, pos);
    }
    const next = dash && readDate(text, skipWeekdays(text, pos + dash[0].length));
    if (!next || next.dates.length !== 1 || next.slashDates.length > 0)
        return date;
    const dates = spanDates(date.dates[0], next.dates[0]);
    return dates ? { ...date, dates, end: next.end } : date;
}
/**
 * The dates at `pos`, one date and its weekday or two joined by a dash (`3/3 ~ 3/7`): where they end, and the year and
 * month of the first where it has its year (a week's first day: `2021/07/23 ~ 2021/07/30`); null for none.
 */
function dateSpan(text, pos) {
    const first = readDate(text, skipWeekdays(text, pos));
    if (!first)
        return null;
    const day = first.dates[0];
    const month = day?.year == null ? null : { year: day.year, month: day.month };
    const end = skipWeekdays(text, first.end);
    const dash = execAt(RANGE_DASH, text, end);
    const last = dash && readDate(text, skipWeekdays(text, end + dash[0].length));
    return { end: last ? skipWeekdays(text, last.end) : end, month };
}
/** A time of day after a date (`2016-09-02 09:34:22`, `3/5 10:00-12:30 pm`): when the day was written, not its topic. */
const TIME_OF_DAY = at('\\s*\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[-~〜–]\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?(?:\\s*[ap]\\.?m\\.?)?(?![\\d:a-z])');
/** The date with the time of day written after it, if any. */
function withTimeOfDay(text, date) {
    const m = execAt(TIME_OF_DAY, text, date.end);
    return m ? { ...date, end: date.end + m[0].length, timed: true } : date;
}
/** The label the text starts with, or null. */
function labelAtStart(text) {
    if (text === '' || !LABEL_START.test(text))
        return null;
    const month = readMonth(text);
    if (month)
        return { kind: 'month', numbers: [], dates: [], slashDates: [], month, form: 'month', topic: '' };
    const week = readWeek(text);
    if (week) {
        // `Week 1 (2024-03-04 ~ 03-08)`, `1주차 (3/3 ~ 3/7)`: the week's dates are not a topic, before its words or after them.
        let rest = week.rest;
        const span = dateSpan(rest, skipBetween(rest, 0));
        let month = span?.month ?? null;
        if (span)
            rest = rest.slice(skipBetween(rest, span.end));
        const bracket = Math.max(rest.lastIndexOf('('), rest.lastIndexOf('（'));
        const bracketed = bracket >= 0 && /[)）]\s*$/.test(rest) ? dateSpan(rest, bracket + 1) : null;
        if (bracketed && skipBetween(rest, bracketed.end) >= rest.length) {
            month ??= bracketed.month;
            rest = rest.slice(0, bracket);
        }
        // `Week 59 ( 미뤄짐 )`, `Week 77 & 78 (late)`: a short note in brackets at the end is no topic.
        if (!WEEK_WORDS.test(rest) && !WEEK_WORDS.test(rest.replace(BRACKETED_NOTE, '')))
            return null;
        const info = { kind: 'week', numbers: week.numbers, dates: [], slashDates: [], form: week.form, topic: topicOf(rest) };
        return month ? { ...info, month } : info;
    }
    const read = readDayNumber(text, 0);
    if (read) {
        let number = numberRange(text, read);
        // `Day 017/100`: the day out of the challenge's days; the total is no topic, and a date may follow it.
        const outOf = number.form === 'Day N' ? execAt(OUT_OF, text, number.end) : null;
        if (outOf && Number(outOf[1]) >= Math.max(30, number.numbers[number.numbers.length - 1]))
            number = { ...number, end: number.end + outOf[0].length };
        // `Day 8 - 9`, spaced, past any part's number, and nothing but a mark after it (`Day 8 - 9 hours` counts hours):
        // read as `Day8-9` is.
        const spaced = number.upTo === undefined && number.form === 'Day N' ? spacedRange(text, number) : null;
        if (spaced)
            number = { ...number, upTo: spaced.upTo, end: spaced.end };
        let pos = skipBetween(text, number.end);
        const before = pos;
        // `Day 74 | Sunday | November 27, 2022`: the weekday set off by the same bar as the day.
        const afterWeekday = skipWeekdays(text, pos);
        const first = readDate(text, afterWeekday) ?? (afterWeekday > pos ? readDate(text, skipBetween(text, afterWeekday)) : null);
        const date = first && withTimeOfDay(text, dateRange(text, first));
        // A weekday after the day, dated or not (`Day 13 (수)`), is no topic.
        pos = skipBetween(text, skipWeekdays(text, date ? date.end : pos));
        // `Day 58-60: March 6-8`: as many days as dates. Past any part's number, `Day17-18` with no date, or with a range of
        // dates (`Day 45-50: February 17-21`, a day off between), all the days; with one date (`Day 17-18 (3/5)`), one day.
        const count = date ? dateCount(date) : 0;
        if (number.upTo !== undefined && rangeOfDays(number.numbers[0], number.upTo, count))
            number = { ...number, numbers: range(number.numbers[0], number.upTo) };
        // `Days 1-100`, `Dias 1 a 100`: more days than a month has head a part of the log, not one entry of it.
        if (number.numbers.length > MAX_DAYS_IN_LABEL)
            return null;
        let topic = topicOf(text.slice(pos));
        // `#5` alone or with its date; `#5 Two Sum` is a numbered problem.
        if (number.form === '#N' && topic !== '' && !date)
            return null;
        // `Day 5 (YYYY-MM-DD)`, `Day 001 - [日付]`: a template's example, where the date is yet to be written: no day.
        if (!date && DATE_TO_WRITE.test(topic))
            return null;
        const joined = joinedDay(number, date, text.slice(pos));
        if (joined)
            return joined;
        const last = date || number.form === '#N' ? null : closingDate(text, pos);
        // `D1` alone numbers many things (exercises, dialogues `D1：`, diagrams); with its date it is a day.
        if (number.form === 'DN' && !date && !last)
            return null;
        if (last)
            topic = topicOf(text.slice(pos, last.at));
        const form = date ? `${number.form} · ${date.form}` : last ? `${number.form} … ${last.date.form}` : number.form;
        const dated = date ?? last?.date;
        const weekday = date ? weekdayBeside(text, before, date) : null;
        return {
            kind: 'day',
            numbers: number.numbers,
            dates: dated?.dates ?? [],
            slashDates: dated?.slashDates ?? [],
            form,
            topic,
            ...(weekday === null ? {} : { weekday }),
            ...(date?.timed ? { timed: true } : {})
        };
    }
    // `Thứ Hai (04/03/2024)`, `Mon [2024-03-04]`: after a weekday, the date may stand in brackets.
    const afterWeekday = skipWeekdays(text, 0);
    const opened = afterWeekday > 0 ? skipOpening(text, skipNote(text, afterWeekday)) : 0;
    // `Wednesday the 9th of April 2025`: the day of the month after `the`.
    const first = readDate(text, afterWeekday > 0 && text.startsWith('the ', opened) ? opened + 4 : opened);
    if (!first)
        return countBeforeDate(text);
    const date = withTimeOfDay(text, dateRange(text, first));
    // `12/18 Day 1:`, `2025-10-02 (Day 1)`: a date first, then the day number.
    let pos = skipBetween(text, skipWeekdays(text, date.end));
    let trailing = readDayNumber(text, pos);
    // `5月1日～5日（Day 10 - 14）`, `03/03-03/07 Day10-14`: as many days as dates.
    if (trailing?.form === 'Day N' && trailing.numbers.length === 1) {
        const spaced = trailing.upTo === undefined ? execAt(SPACED_UP_TO, text, trailing.end) : null;
        const upTo = trailing.upTo ?? (spaced ? Number(spaced[1]) : undefined);
        if (upTo !== undefined && rangeOfDays(trailing.numbers[0], upTo, dateCount(date)))
            trailing = { ...trailing, numbers: range(trailing.numbers[0], upTo), end: trailing.end + (spaced?.[0].length ?? 0) };
    }
    if (trailing && trailing.form !== '#N') {
        // `2/5/2026 - Day 1 of 90`: the challenge's total after the day is no topic.
        const outOf = trailing.form === 'Day N' ? execAt(OUT_OF, text, trailing.end) : null;
        const total = outOf && Number(outOf[1]) >= Math.max(30, trailing.numbers[trailing.numbers.length - 1]) ? outOf[0].length : 0;
        pos = skipBetween(text, trailing.end + total);
    }
    const numbers = trailing && trailing.form !== '#N' ? trailing.numbers : [];
    const form = numbers.length > 0 ? `${date.form} · ${trailing.form}` : date.form;
    const weekday = weekdayBeside(text, 0, date);
    const info = { kind: 'day', numbers, dates: date.dates, slashDates: date.slashDates, form, topic: topicOf(text.slice(pos)) };
    if (date.timed)
        info.timed = true;
    return weekday === null ? info : { ...info, weekday };
}
/** How many days a date token names; a numeric range waits for the log's order to be read (`through`): two, at least. */
function dateCount(date) {
    return date.dates.length + date.slashDates.reduce((n, d) => n + (d.through ? 2 : 1), 0);
}
/**
 * Whether `Day 58-60` with `count` dates beside it is days 58 to 60: with as many dates; past any part's number, with
 * none or a range of dates (a day off between); not with one date (`Day 17-18 (3/5)` is one day).
 */
function rangeOfDays(first, upTo, count) {
    return count === upTo - first + 1 || (upTo > MAX_PART && count !== 1);
}
/** After a day number: a dash and the last day of a range (`Day 10 - 14`), not a date (`Day 1 - 03/12`). */
const SPACED_UP_TO = at('\\s*[-–~〜]\\s*(?:day\\s*)?(\\d{1,3})(?![\\d./:\\p{L}])');
/** After a day number: a spaced dash and a higher number, then the label's end or a mark before its topic or date. */
const SPACED_RANGE = at('\\s+[-–~〜]\\s+(\\d{1,3})(?=\\s*(?:$|[:：\\-–—|(（[]))(?!:\\d)');
/** `Day 8 - 9`: the range's last day and where it ends; null where a part may be meant (`Day 1 - 2`). */
function spacedRange(text, number) {
    if (number.numbers.length !== 1)
        return null;
    const m = execAt(SPACED_RANGE, text, number.end);
    const upTo = m ? Number(m[1]) : 0;
    return upTo > MAX_PART && upTo > number.numbers[0] ? { upTo, end: number.end + m[0].length } : null;
}
/** A bare count, then a bracket or dash before the day's date: `11 (18.05.2020)`, `12 - 2024-05-19`. */
const BARE_COUNT = /^(\d{1,3})\s*(?:[(（[]|[-–—:]\s*[(（[]?)\s*/;
const CLOSING_ONLY = /^[\s)）\]]*$/;
/** `## 11 (18.05.2020)`: a day counted by a bare number, its date beside it, and nothing more (else a numbered topic). */
function countBeforeDate(text) {
    const count = BARE_COUNT.exec(text);
    if (!count)
        return null;
    const number = Number(count[1]);
    const date = readDate(text, skipWeekdays(text, count[0].length));
    if (!date || !saneDay(number) || date.dates.length + date.slashDates.length !== 1)
        return null;
    if (!CLOSING_ONLY.test(text.slice(skipWeekdays(text, date.end))))
        return null;
    const weekday = weekdayBeside(text, count[0].length, date);
    const info = {
        kind: 'day',
        numbers: [number],
        dates: date.dates,
        slashDates: date.slashDates,
        form: `N · ${date.form}`,
        topic: ''
    };
    return weekday === null ? info : { ...info, weekday };
}
/** `7월`, `7月`, `July`: a heading naming a month alone, without its year. */
const MONTH_ALONE = /^(?:(\d{1,2})\s*[월月]|([a-zà-ÿ]+)\.?)[\s:：]*$/;
/** `## 7월`, `## 6月`, `## July`: the month a heading of no other label names alone, or null. */
function readMonthAlone(raw) {
    const m = MONTH_ALONE.exec(asGrammarReads(raw));
    const month = m ? (m[1] !== undefined ? Number(m[1]) : (MONTHS_BY_NAME.get(m[2]) ?? 0)) : 0;
    return month >= 1 && month <= 12 ? { year: null, month } : null;
}
/** `2022`, `2022년`, `2022 年`, `Year 2022`: a heading naming a year alone. */
const YEAR_ALONE = /^(?:year\s*)?(\d{4})\s*(?:년|年|year)?[\s:：]*$/;
/** `## 2022`, `# 2023년`: a year wrapper over days written without their year, or null. */
function readYearAlone(raw) {
    const m = YEAR_ALONE.exec(asGrammarReads(raw));
    const year = m ? Number(m[1]) : 0;
    return saneYear(year) ? { kind: 'year', numbers: [], dates: [], slashDates: [], year, form: 'year', topic: '' } : null;
}
/** `1일`, `2日`, `8号`, `3rd`: a day of the month alone (not `1일차`, `1日目`). */
const DAY_OF_MONTH = /^(\d{1,2})\s*(일|日|号|號|st|nd|rd|th)(?![차째目a-z])/;
const DAY_OF_MONTH_FORMS = { 일: 'D일', 日: 'D日', 号: 'D号', 號: 'D號' };
/**
 * `### 1일 목요일`, `### 2日(土)`, `## 3rd` under a month's heading (`# 2022년 12월`, `## 2024年6月`, `# March 2024`): a
 * day of that month. Alone such a line names no date, so only the log's template, which knows the month above it,
 * reads it; null where it is none.
 */
function readDayOfMonth(raw, month) {
    const text = asGrammarReads(raw);
    const m = DAY_OF_MONTH.exec(text) ?? DAY_OF_MONTH.exec(text.replace(OUTLINE_NUMBER, ''));
    if (!m)
        return null;
    const day = Number(m[1]);
    // Without its year, a day the month has in a leap year (`29일` under `## 2월`).
    if (!isRealDay(month.year ?? LEAP_YEAR, month.month, day))
        return null;
    const at = skipBetween(text, m[0].length);
    const weekday = weekdayAt(text, at);
    const topic = topicOf(text.slice(skipBetween(text, skipWeekdays(text, at))));
    const form = DAY_OF_MONTH_FORMS[m[2]];
    // An English ordinal takes no words after it: `3rd place` is a ranking, `1일 - 스택` a day and its topic.
    if (form === undefined && topic !== '')
        return null;
    const info = {
        kind: 'day',
        numbers: [],
        dates: [{ year: month.year, month: month.month, day }],
        slashDates: [],
        form: form ?? 'Dth',
        topic
    };
    return weekday === null ? info : { ...info, weekday };
}
/** A weekday word: Chinese first (`周日` is Sunday, not the `日` of Japanese), then Korean, Japanese, English. */
const WEEKDAY_WORD = /(?:星期|周|週|礼拜|禮拜)([一二三四五六日天])|([월화수목금토일])|([月火水木金土日])|(sun|mon|tue|wed|thu|thr|fri|sat)/;
const ZH_DAYS = '日一二三四五六';
const KO_DAYS = '일월화수목금토';
const JA_DAYS = '日月火水木金土';
/** The weekday written right before the label's one date (from `at`) or right after it; null for none or for a range. */
function weekdayBeside(text, at, date) {
    if (date.dates.length + date.slashDates.length !== 1 || date.slashDates.some((d) => d.through))
        return null;
    const dashed = dashedWeekday(text, date.end);
    return weekdayAt(text, at) ?? weekdayAt(text, dashed < 0 ? date.end : dashed);
}
function weekdayAt(text, pos) {
    if (pos >= text.length || labels_isDigit(text.charCodeAt(pos)))
        return null;
    // `3/19日`: 日 right after the day's digits says "day", not Sunday (which is written `3/19(日)`, `3/19 日曜`).
    if (text.charCodeAt(pos) === 0x65e5 && pos > 0 && labels_isDigit(text.charCodeAt(pos - 1)))
        return null;
    WEEKDAY_AT.lastIndex = pos;
    const written = WEEKDAY_AT.exec(text)?.[0];
    const m = written ? WEEKDAY_WORD.exec(written) : null;
    if (!m)
        return null;
    // `Friday and Saturday, May 1`: two days' weekdays over one date hold it to neither.
    if (execAt(WEEKDAY_AT, text, pos + written.length))
        return null;
    if (m[1])
        return m[1] === '天' ? 0 : ZH_DAYS.indexOf(m[1]);
    if (m[2])
        return KO_DAYS.indexOf(m[2]);
    if (m[3])
        return JA_DAYS.indexOf(m[3]);
    return m[4] === 'thr' ? 4 : EN_DAYS.indexOf(m[4]);
}
/** Where a date may follow a day's topic: after an opening bracket, or a dash, bar, slash, colon or comma between words. */
const BEFORE_CLOSING_DATE = /[(（[]\s*|\s[-–—|/]\s*|[,:：]\s*/g;
/** What may stand after such a date: closing brackets, and the decoration `topicOf` drops. */
const AFTER_CLOSING_DATE = at('[\\s)）\\]]*$');
/**
 * `Day 3: ToDo App (2025-09-15)`, `60일차 / 프로젝트 1일차 (12월 9일)`, `Day 1: Setup – 2025-08-05`: a date that ends the
 * label after its topic, with where it starts (`at`). A slash date without its year (`(2/3)`) is more often a part
 * or a score than a date there, and is not taken.
 */
function closingDate(text, from) {
    BEFORE_CLOSING_DATE.lastIndex = from;
    for (let m = BEFORE_CLOSING_DATE.exec(text); m; m = BEFORE_CLOSING_DATE.exec(text)) {
        const start = m.index + m[0].length;
        const date = readDate(text, skipWeekdays(text, start));
        // The weekday after the date may take the closing bracket that the trimmed text has lost (`May 26, 2024 (Sunday)`).
        const trimmed = date ? trimDecorationEnd(text) : '';
        if (date && execAt(AFTER_CLOSING_DATE, trimmed, Math.min(trimmed.length, skipWeekdays(text, date.end)))) {
            if (date.slashDates.some((d) => d.parts.length < 3))
                return null;
            return { date, at: m.index };
        }
        // Step past the separator's first character only: the next one may open the date (`- (2025-09-15)`).
        BEFORE_CLOSING_DATE.lastIndex = m.index + 1;
    }
    return null;
}
/** A label's topic that is a version number (`20240424-1.5.10 (24)`, `2024-03-05 v2.1`): a changelog line. */
function isVersionTopic(topic) {
    // `1.5h/4h` after a day counter is hours, not a version.
    // `(3.1절)`, `3.1 운동` are a holiday and a date's words: a version runs into no letter of any script.
    return /^v?\d+\.\d+(?:\.\d+)*(?![\w\p{L}])/iu.test(topic);
}
/** Reads the dates written in a piece of text that an entry pattern's `date` group captured. */
function readDates(text) {
    const plain = asGrammarReads(text);
    const date = readDate(plain, skipWeekdays(plain, 0));
    return date && { dates: date.dates, slashDates: date.slashDates };
}
/** Day numbers that an entry pattern's `day` group captured: `5`, `05`, `5-7`, `Day 5`. */
function readNumbers(text) {
    const all = (text.match(/\d{1,6}/g) ?? []).slice(0, 2).map(Number);
    const numbers = sane(all);
    if (!numbers)
        return [];
    return numbers.length === 2 && /\d\s*[-~–]\s*\d/.test(text) ? range(numbers[0], numbers[1]) : numbers.slice(0, 1);
}

;// CONCATENATED MODULE: ./src/log/whitespace.ts
/** Whitespace as the reader compares text: the regex way, without a regex or a copy where the text is clean already. */
const WHITESPACE_RUN = /\s+/g;
/** What `\s` matches but the space: tab, line endings, form feed, the no-break and the other Unicode spaces. */
function isOtherSpace(c) {
    if (c < 0x1680)
        return (c >= 9 && c <= 13) || c === 0xa0;
    return (c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff);
}
/** Runs of whitespace as one space, trimmed (`replace(/\s+/g, ' ').trim()`); most texts need neither, and are returned as they are. */
function collapseWhitespace(text) {
    let previousSpace = true; // a space at the start must go
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 32) {
            if (previousSpace)
                return text.replace(WHITESPACE_RUN, ' ').trim();
            previousSpace = true;
        }
        else if (isOtherSpace(c)) {
            return text.replace(WHITESPACE_RUN, ' ').trim();
        }
        else
            previousSpace = false;
    }
    return previousSpace && text.length > 0 ? text.slice(0, -1) : text;
}

;// CONCATENATED MODULE: ./src/log/blocks.ts




/** A letter or digit in the scripts logs are written in. */
const CONTENT_CHAR = /[0-9A-Za-z\u00c0-\u024f\u0400-\u04ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
const TAG_TOKEN = /<details\b[^>]*>|<\/details\s*>|<summary\b[^>]*>([\s\S]*?)<\/summary\s*>/gi;
/** The marks of a quote (`> `, `> > `) before a line's words. */
const QUOTE_MARKS = /^(?: {0,3}>[ \t]?)+/;
// The class lists single code points (joiner, variation selector) on purpose, not a combined sequence.
// eslint-disable-next-line no-misleading-character-class
const BOLD_LABEL = /^\s*(?:[\p{Extended_Pictographic}\u200d\ufe0f]\s*)*(?:\*\*|__)(.+?)(?:\*\*|__)\s*([:：]?)\s*(.*)$/u;
/** `` `DAY-12` : Today I … ``: a day number or date set off in code, then a colon, read as a bold label is. */
const CODE_LABEL = /^\s*`([^`]{1,40})`\s*([:：])\s*(.*)$/u;
function codeLabel(line) {
    const m = CODE_LABEL.exec(line);
    return m && namedDay(m[1]) !== null ? m : null;
}
/** A bold line's whole label: the bold words, and the words after them on its line (`**Day 12** - 2025/03/03`). */
function labelText(block) {
    return block.after === undefined ? block.text : `${block.text} ${block.after}`;
}
/** Words after the bold ones longer than this are the day's writing (`**July 10, 2026** (mo) Three build fixes. …`). */
const MAX_TITLE_AFTER = 60;
/** A bold line's label as the day's title: with the words after it where they are few, else the bold words alone. */
function labelTitle(block) {
    return (block.after?.length ?? 0) > MAX_TITLE_AFTER ? block.text : labelText(block);
}
/** True when text carries nothing a reader would call content. */
function isPlaceholder(text) {
    // Most text has a letter or digit outside `&nbsp;`: content, without the three passes below.
    if (CONTENT_CHAR.test(text) && !text.includes('&'))
        return false;
    const stripped = text
        .replace(/&nbsp;|&#160;|\u00a0/gi, ' ')
        .replace(EMOJI, '')
        .replace(/[#*_\-=:：|>~`.,\s()[\]{}]/g, '');
    return stripped === '';
}
/** Whether a text is spaces and line endings only. */
function onlySpaces(text) {
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c !== 32 && c !== 10)
            return false;
    }
    return true;
}
function stripTags(html) {
    return html.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]*>/g, ' ');
}
/** A task box at the start of a struck-through item's text. */
const STRUCK_BOX = /^\[([ xX])\]\s+/;
/** An HTML tag that shows something: a screenshot (`<img>`), a video, an embed. */
const MEDIA_TAG = /<(?:img|video|iframe|picture|audio|embed|object)\b/i;
/** An inline HTML node that is such a tag (not a comment that mentions one). */
const IS_MEDIA_TAG = new RegExp(`^${MEDIA_TAG.source}`, 'i');
/** Whether a tree holds a link or an image (by reference, or as an HTML tag, too); iterative, so depth cannot overflow the stack. */
function hasLinkOrMedia(node) {
    const stack = [node];
    while (stack.length > 0) {
        const next = stack.pop();
        if (next.type === 'link' || next.type === 'image' || next.type === 'linkReference' || next.type === 'imageReference')
            return true;
        if (next.type === 'html' && IS_MEDIA_TAG.test(next.value))
            return true;
        if ('children' in next)
            for (const child of next.children)
                stack.push(child);
    }
    return false;
}
function plainText(node) {
    return collapseWhitespace(toText([node], false));
}
/** Whether a tree holds any text but whitespace (what `plainText(node) !== ''` says, without building the text). */
function hasText(node) {
    const stack = [node];
    while (stack.length > 0) {
        const next = stack.pop();
        if ('value' in next) {
            if (next.type !== 'html' && /\S/.test(next.value))
                return true;
        }
        else if ('alt' in next && next.alt && /\S/.test(next.alt))
            return true;
        else if ('children' in next)
            for (const child of next.children)
                stack.push(child);
    }
    return false;
}
/** The blocks of one HTML node: `value` is its raw text, `first` its 1-based document line. */
function htmlBlocks(out, html, first, topLevel) {
    const value = html.includes('<!--') ? html.replace(/<!--[\s\S]*?(?:-->|$)/g, (comment) => comment.replace(/[^\n]/g, '')) : html;
    // Tags and headings in the order they stand, with their offsets; blanked out (length kept) for the per-line pass.
    // Each block is made with line 0 and given its line once the newlines before it are counted.
    const events = [];
    let remainder = value.replace(TAG_TOKEN, (token, summary, index) => {
        if (summary !== undefined)
            events.push({ index, block: { type: 'summary', text: summary, line: 0, nested: !topLevel } });
        else if (token.startsWith('</'))
            events.push({ index, block: { type: 'close', line: 0 } });
        else
            events.push({ index, block: { type: 'open', line: 0 } });
        return token.replace(/[^\n]/g, ' ');
    });
    // `<h3 align="center">Day 5</h3>`: a heading written in HTML.
    const headings = htmlHeadings(remainder);
    for (const h of headings)
        events.push({ index: h.start, block: { type: 'heading', depth: h.depth, text: h.text, line: 0, html: true } });
    remainder = blankRanges(remainder, headings);
    // `<tr><td>2022.10.01</td><td>O</td></tr>`: a row of a table of days written in HTML, as a markdown table's row is.
    const rows = htmlDayRows(remainder);
    for (const row of rows)
        events.push({ index: row.start, block: { type: 'itemLabel', text: row.day, line: 0, rest: row.rest, row: true } });
    remainder = blankRanges(remainder, rows);
    // What is left may hold a section label (a `<span>**완료한 사항**</span>` line right under
    // a <summary>, with no blank line between) or plain content. Most often it is only the blanked-out tags.
    // Each line's block stands where its first word does, among the tags: inside the <details> it is written in.
    if (!onlySpaces(remainder)) {
        let offset = 0;
        for (const text of remainder.split('\n')) {
            const block = remainderBlock(text, topLevel);
            if (block)
                events.push({ index: offset + text.length - text.trimStart().length, block });
            offset += text.length + 1;
        }
    }
    if (events.length > 1)
        events.sort((a, b) => a.index - b.index);
    let line = first;
    let position = 0;
    for (const event of events) {
        // Events come in order: count the newlines up to each once.
        for (; position < event.index; position++)
            if (value.charCodeAt(position) === 10)
                line++;
        event.block.line = line;
        out.push(event.block);
    }
}
/** A line of an HTML block, its tags blanked out: a section label, content, or nothing (given line 0). */
function remainderBlock(line, topLevel) {
    const styled = /<span\b/i.test(line);
    const text = stripTags(line);
    if (isPlaceholder(text))
        return MEDIA_TAG.test(line) ? { type: 'content', line: 0 } : null;
    const bold = BOLD_LABEL.exec(text) ?? htmlBold(line);
    if (topLevel && bold) {
        const inline = !isPlaceholder(bold[3]);
        return { type: 'label', text: bold[1], line: 0, styled, rest: inline, inline, ...(inline ? { after: bold[3] } : {}) };
    }
    return { type: 'content', line: 0 };
}
/** Where `<b>` or `<strong>` opens on a line; then, from there, the bold part (read once: linear on any line). */
const HTML_BOLD_OPEN = /<(?:b|strong)\b/i;
const HTML_BOLD = /<(b|strong)\b[^<>]*>(.+?)<\/\1\s*>\s*([:：]?)/iy;
/**
 * `<p align="center"><b>Day 1</b></p>`: a line of an HTML block whose words open in bold, as `BOLD_LABEL` reads a
 * `**…**` line (the bold words, a colon, the words after them); null where words stand before the bold part.
 */
function htmlBold(line) {
    const open = HTML_BOLD_OPEN.exec(line);
    if (!open || !isPlaceholder(stripTags(line.slice(0, open.index))))
        return null;
    HTML_BOLD.lastIndex = open.index;
    const m = HTML_BOLD.exec(line);
    if (!m)
        return null;
    const words = collapseWhitespace(stripTags(m[2]));
    return words === '' ? null : [m[0], words, m[3], collapseWhitespace(stripTags(line.slice(open.index + m[0].length)))];
}
const HEADING_OPEN = /<h([1-6])\b[^<>]*>/gi;
/**
 * The `<h1>`…`<h6>` elements of an HTML block, with their text. Each opening tag is
 * matched with the next closing tag of its level; a level with no closing tag left
 * is not looked for again, so the scan stays linear however many tags are open.
 */
function htmlHeadings(value) {
    const found = [];
    if (!/<h[1-6]/i.test(value))
        return found;
    const lower = value.toLowerCase();
    const unclosed = new Set();
    HEADING_OPEN.lastIndex = 0;
    let open;
    while ((open = HEADING_OPEN.exec(value)) !== null) {
        const level = open[1];
        if (unclosed.has(level))
            continue;
        const inner = open.index + open[0].length;
        const close = lower.indexOf(`</h${level}`, inner);
        const closeEnd = close < 0 ? -1 : lower.indexOf('>', close);
        if (close < 0 || closeEnd < 0) {
            unclosed.add(level);
            continue;
        }
        const text = collapseWhitespace(stripTags(value.slice(inner, close)));
        found.push({ depth: Number(level), text, start: open.index, end: closeEnd + 1 });
        HEADING_OPEN.lastIndex = closeEnd + 1;
    }
    return found;
}
/**
 * `text` with the characters of each range (in order, not overlapping) but its newlines turned to spaces, in one pass:
 * a range blanked at a time copied the whole block once per heading or row.
 */
function blankRanges(text, ranges) {
    if (ranges.length === 0)
        return text;
    let out = '';
    let at = 0;
    for (const { start, end } of ranges) {
        if (start < at)
            continue;
        out += text.slice(at, start) + text.slice(start, end).replace(/[^\n]/g, ' ');
        at = end;
    }
    return out + text.slice(at);
}
const ROW_OPEN = /<tr\b[^>]*>/gi;
const CELL_OPEN = /<t[dh]\b[^>]*>/i;
/**
 * The rows of HTML tables whose first cell names a day and that link nowhere (a row with a link is an index's, its day
 * written elsewhere): each row's day, whether other cells hold words, and where the row stands.
 */
function htmlDayRows(value) {
    const found = [];
    if (!/<tr\b/i.test(value))
        return found;
    const lower = value.toLowerCase();
    ROW_OPEN.lastIndex = 0;
    let open;
    while ((open = ROW_OPEN.exec(value)) !== null) {
        const inner = open.index + open[0].length;
        const close = lower.indexOf('</tr', inner);
        if (close < 0)
            break;
        ROW_OPEN.lastIndex = close;
        const row = value.slice(inner, close);
        if (/<a\b/i.test(row))
            continue;
        const cells = row
            .split(CELL_OPEN)
            .slice(1)
            .map((cell) => collapseWhitespace(stripTags(cell)));
        const day = cells[0] !== undefined && namedDay(cells[0]) !== null ? cells[0] : undefined;
        if (day === undefined)
            continue;
        const rest = cells.slice(1).some((c) => !isPlaceholder(c) && !NOT_WRITTEN.test(c));
        found.push({ day, rest, start: open.index, end: lower.indexOf('>', close) + 1 || close });
    }
    return found;
}
/** The blocks of one code node: `source` is the document line it starts on, `value` its text. */
function codeBlocks(out, source, value, line) {
    const fenced = /^\s*(```|~~~)/.test(source);
    if (fenced) {
        if (value.trim() !== '')
            out.push({ type: 'content', line });
        return;
    }
    // Indented code: the template's `    🙂 task` lines are items, not code.
    const items = [];
    let content = false;
    value.split('\n').forEach((text, i) => {
        const marker = LEADING_EMOJI.exec(text.trim());
        if (marker) {
            const task = text.trim().slice(marker[0].length).trim();
            if (!isPlaceholder(task))
                items.push({ text: task, checked: null, marker: marker[1], explicit: false, line: line + i });
        }
        else if (!isPlaceholder(text)) {
            content = true;
        }
    });
    if (items.length > 0)
        out.push({ type: 'items', items, line });
    if (content)
        out.push({ type: 'content', line });
}
class BlockReader {
    lines;
    namesSection;
    blocks = [];
    offset = 0;
    /**
     * `lines`: the document's lines, which labels are read from as written. `namesSection`: whether plain words name a
     * section (the vocabulary's say), so that only such plain bullets split a list as labels (`- 배운 점`).
     */
    constructor(lines, namesSection = () => false) {
        this.lines = lines;
        this.namesSection = namesSection;
    }
    /** Reads a tree whose line 1 is document line `lineOffset + 1`. */
    read(tree, lineOffset) {
        this.offset = lineOffset;
        // Depth-first in document order, with an explicit stack: nesting depth comes from the input.
        const stack = [];
        for (let i = tree.children.length - 1; i >= 0; i--)
            stack.push({ node: tree.children[i], topLevel: true });
        while (stack.length > 0) {
            const { node, topLevel } = stack.pop();
            if (node.type === 'blockquote' || node.type === 'footnoteDefinition') {
                // A log may quote each day (`> **2024.03.05 화요일**`): a quote's lines stand where the quote stands.
                const inside = topLevel && node.type === 'blockquote';
                for (let i = node.children.length - 1; i >= 0; i--)
                    stack.push({ node: node.children[i], topLevel: inside });
            }
            else {
                this.node(node, topLevel);
            }
        }
    }
    lineOf(node) {
        return (node.position?.start.line ?? 1) + this.offset;
    }
    node(node, topLevel) {
        switch (node.type) {
            case 'html':
                return this.html(node, topLevel);
            case 'heading':
                return this.heading(node);
            case 'paragraph':
                return this.paragraph(node, topLevel);
            case 'code':
                return this.code(node);
            case 'list':
                return this.list(node);
            case 'table':
                return this.table(node);
            case 'thematicBreak':
            case 'definition':
                return;
            default:
                if (plainText(node) !== '')
                    this.blocks.push({ type: 'content', line: this.lineOf(node) });
        }
    }
    html(node, topLevel) {
        htmlBlocks(this.blocks, node.value, this.lineOf(node), topLevel);
    }
    heading(node) {
        const line = this.lineOf(node);
        // `![Notes: ](notes.jpg)` over `---`: a picture of the day's work, writing, not a section named by its alt text.
        if (onlyPictures(node.children)) {
            this.blocks.push({ type: 'content', line });
            return;
        }
        // An ATX heading is one line; a setext heading runs to its underline.
        const setext = (node.position?.end.line ?? 0) + this.offset > line;
        const link = linksOut(node);
        this.blocks.push({
            type: 'heading',
            depth: node.depth,
            text: plainText(node),
            line,
            ...(setext ? { setext } : {}),
            ...(link ? { link } : {})
        });
    }
    paragraph(node, topLevel) {
        const line = this.lineOf(node);
        // A paragraph's first line starts with `>` only inside a quote: its words are what follows the marks.
        const written = (this.lines[line - 1] ?? '').replace(QUOTE_MARKS, '');
        if (topLevel) {
            // Only a line with `*` or `_` in it can be a bold label; a day set off in code before a colon is one too.
            const bold = ((written.includes('*') || written.includes('_')) && BOLD_LABEL.exec(stripTags(written))) ||
                (written.includes('`') ? codeLabel(written) : null);
            const end = (node.position?.end.line ?? 0) + this.offset;
            const each = bold && end > line ? boldLines(this.lines, line, end) : null;
            if (each) {
                // `**2024.02.16** 과제 등록  ` line after line: a log of one line a day, each opening with bold words.
                for (const [i, m] of each.entries()) {
                    const inline = !isPlaceholder(m[3]);
                    this.blocks.push({
                        type: 'label',
                        text: m[1],
                        line: line + i,
                        styled: false,
                        rest: inline,
                        inline,
                        ...(inline ? { after: m[3] } : {})
                    });
                }
                return;
            }
            if (bold) {
                const below = end > line || hasLinkOrMedia(node);
                const inline = !isPlaceholder(bold[3]);
                const rest = inline || below;
                const after = inline ? { after: bold[3], ...(below ? { below } : {}) } : {};
                this.blocks.push({ type: 'label', text: bold[1], line, styled: /<span\b/i.test(written), rest, inline, ...after });
                return;
            }
        }
        if (!isPlaceholder(plainText(node)) || hasLinkOrMedia(node)) {
            const end = (node.position?.end.line ?? 0) + this.offset;
            if (!topLevel)
                this.blocks.push({ type: 'content', line });
            else if (end > line && linkLines(this.lines, line, end)) {
                // `[1일차 - 설치](./day1.md)\` line after line: an index of days, one line each.
                for (let at = line; at <= end; at++)
                    this.blocks.push({ type: 'content', line: at, text: this.lines[at - 1], more: false, link: true });
            }
            else {
                const link = end === line && LINK_OUT.test(written) && linksOut(node);
                this.blocks.push({ type: 'content', line, text: written, more: end > line, ...(link ? { link } : {}) });
            }
        }
    }
    code(node) {
        const line = this.lineOf(node);
        codeBlocks(this.blocks, this.lines[line - 1] ?? '', node.value, line);
    }
    /** A list's task items, nested lists included (iteratively); HTML inside items is read as it comes. */
    list(node) {
        const items = [];
        /** Notes on a ticked or open box (`- [x] 1월 13일` over `  * 버블정렬 구현`): writing where they stand, no tasks. */
        const notes = new Set();
        // Where the list splits: a heading inside an item, or an item that may be a day.
        const splits = [];
        // Items in document order: a stack of what is left to read, each with its list's parent item state.
        const stack = [];
        const pushList = (list, parentChecked, parentLabelled) => {
            for (let i = list.children.length - 1; i >= 0; i--)
                stack.push({ item: list.children[i], parentChecked, parentLabelled });
        };
        pushList(node, undefined, false);
        // Days linked two to a bullet (`[(22.01.11)](…) [(22.01.12)](…)`) are not read one per bullet: none of the list's
        // nested bullets is then a day (the log is said to be unread, not read in part).
        const nestedIndex = !linksTwoToABullet(node);
        while (stack.length > 0) {
            const next = stack.pop();
            if ('html' in next) {
                // Its blocks stand where it does among the items: a `  </details>` under the last bullet closes after them.
                const before = items.length;
                const html = [];
                htmlBlocks(html, next.html.value, this.lineOf(next.html), false);
                for (const block of html)
                    splits.push({ node: block, before });
                continue;
            }
            if ('heading' in next) {
                splits.push({ node: { heading: next.heading }, before: items.length });
                continue;
            }
            if ('writing' in next) {
                splits.push({ node: { type: 'content', line: this.lineOf(next.writing) }, before: items.length });
                continue;
            }
            const { item, parentChecked, parentLabelled } = next;
            let checked = item.checked ?? null;
            let labelled = false;
            const head = item.children[0];
            // A plain bullet under a checkbox is a note on that task, not a task.
            const isNote = checked === null && parentChecked !== undefined && parentChecked !== null;
            const struck = head?.type === 'paragraph' && head.children.length === 1 && head.children[0]?.type === 'delete';
            if (head?.type === 'paragraph' && isNote) {
                if (!isPlaceholder(plainText(head))) {
                    const note = { text: '', checked: null, marker: null, explicit: false, line: this.lineOf(item) };
                    notes.add(note);
                    items.push(note);
                }
            }
            else if (head?.type === 'paragraph') {
                // One line already: `plainText` turns every run of whitespace, newlines too, into one space, and trims.
                let written = plainText(head);
                // `~~[ ] 背单词~~`: the strike took the box with it; the task is still a task, let go.
                const box = struck && checked === null ? STRUCK_BOX.exec(written) : null;
                if (box) {
                    checked = box[1] !== ' ';
                    written = written.slice(box[0].length);
                }
                const topItem = parentChecked === undefined && checked === null;
                // A checklist of days (`- [x] Day 3: CSS grid`) ticks each day off: its boxes may be days too. Under a plain
                // bullet that is no day (`- 영문법` over `  - [1일차](…)`), an index of days kept in files of their own.
                let label = parentChecked === undefined ? itemLabel(head, written, this.lineOf(item), checked) : null;
                if (parentChecked === null && checked === null && !parentLabelled && nestedIndex) {
                    const nested = itemLabel(head, written, this.lineOf(item), checked);
                    if (nested?.link)
                        label = nested;
                }
                if (label)
                    splits.push({ node: label, before: items.length });
                labelled = label !== null;
                // `- ✅ Install PostgreSQL`, `- ❌ 블로그 정리`: a plain bullet marked done or not done, as an emoji line is.
                const lead = checked === null ? LEADING_EMOJI.exec(written) : null;
                const marker = lead && markerState(lead[1]) !== null ? lead[1] : null;
                const text = marker ? written.slice(lead[0].length) : written;
                const own = { text, checked, marker, explicit: checked !== null, line: this.lineOf(item), ...(struck ? { struck } : {}) };
                const bold = topItem && !label ? (boldItemLabel(head) ?? plainItemLabel(head, item, node.ordered === true, this.namesSection)) : null;
                // `- **Thoughts:**`, then its words in a paragraph of the same item after a blank line: written under it.
                if (bold && !bold.rest && item.children.some((c, i) => i > 0 && c.type !== 'list' && (hasText(c) || hasLinkOrMedia(c))))
                    bold.rest = true;
                // `- **Tomorrow:**` over its own bullets: a section label, written as a bullet. Whether its words name a
                // section, the entry reader decides; where they do not, the bullet is an item as before.
                if (bold)
                    splits.push({ node: { type: 'label', ...bold, line: own.line, styled: false, item: own }, before: items.length });
                // `- AI 글쓰기 기능` over its own checkboxes names a group of tasks; it is no task itself.
                else if (!isPlaceholder(text) && !(checked === null && holdsBoxes(item)))
                    items.push(own);
            }
            // After a heading inside the item (a log kept whole inside one bullet, `- # Journal`), what follows is writing
            // under that heading.
            // So is what follows a bullet that may be a day (`* 2019-11-02` over its table of problems, indented under it).
            const firstHeading = item.children.findIndex((c) => c.type === 'heading');
            const writingFrom = labelled ? 1 : firstHeading >= 0 ? firstHeading + 1 : item.children.length;
            for (let i = item.children.length - 1; i >= 0; i--) {
                const child = item.children[i];
                if (child.type === 'list')
                    pushList(child, checked, labelled);
                else if (child.type === 'html')
                    stack.push({ html: child });
                else if (child.type === 'heading')
                    stack.push({ heading: child });
                else if (i >= writingFrom && (hasText(child) || hasLinkOrMedia(child)))
                    stack.push({ writing: child });
            }
        }
        const line = this.lineOf(node);
        const tasks = (part) => (notes.size === 0 ? part : part.filter((item) => !notes.has(item)));
        if (splits.length === 0) {
            const listed = tasks(items);
            if (listed.length > 0)
                this.blocks.push({ type: 'items', items: listed, line });
            // An item read has text, so the list does: the walks are for lists of placeholders.
            if (items.length > 0 || hasText(node) || hasLinkOrMedia(node))
                this.blocks.push({ type: 'content', line });
            return;
        }
        // `- …\n  ## 2025-10-03 (Day 2)`: a heading inside an item splits the list where it stands; so does an item
        // that may be a day, which stays an item too (the template decides what it is).
        let from = 0;
        let start = line;
        let labelLine = 0;
        for (const split of [...splits, null]) {
            const to = split ? split.before : items.length;
            const part = items.slice(from, to);
            const listed = tasks(part);
            if (listed.length > 0)
                this.blocks.push({ type: 'items', items: listed, line: start });
            // The label's own item is not writing under it (its words after the label are the block's `rest`).
            if (part.some((item) => item.line !== labelLine))
                this.blocks.push({ type: 'content', line: start });
            if (!split)
                break;
            const at = split.node;
            if ('heading' in at)
                this.heading(at.heading);
            else
                this.blocks.push(at);
            labelLine = 'type' in at && at.type === 'itemLabel' ? at.line : 0;
            from = to;
            start = 'heading' in at ? this.lineOf(at.heading) : at.line;
        }
    }
    table(node) {
        const [header, ...rows] = node.children;
        if (!header)
            return;
        const titles = header.children.map((cell) => plainText(cell).toLowerCase());
        const dayColumn = DAY_COLUMN.test(titles[0] ?? '');
        const dateColumn = titles.findIndex((t) => DATE_COLUMN.test(t));
        const read = rows.map((row) => {
            const written = row.children.map((cell) => plainText(cell));
            const cells = rowCells(written, dayColumn, dateColumn);
            const label = cells[0];
            // `| [Day 1](./day-01.md) |` links to where the day is written; `| [Day 1](#day-1) |` to its heading here (contents).
            const day = /^\s*day\s*\d/i.test(label) && row.children[0] && linksOut(row.children[0]) ? label : dayCellLinkingOut(cells, row);
            return { row, written, cells, first: label, day };
        });
        const titled = titles.findIndex((t) => /complete|done|status|state|완료|상태|결과|result/.test(t));
        // A status is a word or two (`done`, `진행중`, `✅`), or starts with one (`nope (but close)`); a column of sentences
        // under `Example Result` or `State Testing` is writing.
        const statuses = titled < 0 ? [] : read.map((r) => r.written[titled] ?? '');
        const said = statuses.some((text) => statusWord(text) === true || NOT_DONE.test(text));
        const status = titled >= 0 && (said || statuses.every((text) => width(text) <= STATUS_WIDTH)) ? titled : -1;
        // The task is the first column that says neither whether it was done nor which day.
        const task = titles.findIndex((t, i) => i !== status && i !== dateColumn && !(i === 0 && dayColumn) && !COUNTER_COLUMN.test(t));
        const items = [];
        const dayLabels = [];
        let content = false;
        let dayRows = 0;
        const index = read.some((r) => r.day !== null);
        // The day row above, while the rows under it leave the label cell empty (`| 230926 (화) | |` over `| | [문제](…) |`).
        let continued = null;
        for (const { row, written, cells, first, day } of read) {
            if (cells.some((c) => !isPlaceholder(c)))
                content = true;
            if (continued && isPlaceholder(first)) {
                continued.rest ||= cells.some(writtenCell);
                this.tableTask(items, written, status, task, row);
                continue;
            }
            continued = null;
            if (day !== null) {
                this.blocks.push({ type: 'indexRow', text: day, line: this.lineOf(row) });
                continue;
            }
            // `| 다시 0 일차 | [React](./react.md) |` among index rows: a linked row naming no day, which the report owns up to.
            if (index && row.children.some(onlyLinksOut)) {
                this.blocks.push({ type: 'indexRow', text: first, line: this.lineOf(row), unnamed: true });
                continue;
            }
            // A row that starts with a date and has no cell of links (a table of contents links to the log's own headings).
            const linksNowhere = !row.children.some((cell) => linkCell(cell) !== null);
            // `| 03/05 | ✅ | 시험 성적 | |` among rows that link to their days: a day of that table written in the row itself.
            const inPlace = index && linksNowhere ? dayCell(cells) : undefined;
            if (inPlace !== undefined) {
                const written = cells.some((c) => c !== inPlace && !isPlaceholder(c) && !NOT_WRITTEN.test(c));
                this.blocks.push({ type: 'indexRow', text: inPlace, line: this.lineOf(row), inPlace: true, written });
                continue;
            }
            if (datedFirstCell(cells) && linksNowhere)
                dayRows++;
            // Perhaps a day, where the log writes its days as rows: the template decides.
            if (linksNowhere && namedDay(first) !== null) {
                continued = { type: 'itemLabel', text: first, line: this.lineOf(row), rest: cells.slice(1).some(writtenCell), row: true };
                dayLabels.push(continued);
            }
            this.tableTask(items, written, status, task, row);
        }
        // `|*Participated in the online test*|` over `|---|` and no row: a sentence written as a header alone is writing (a
        // header of column titles, `| 문제 | 풀이 |`, is a table yet to be filled).
        if (rows.length === 0 && titles.some((title) => width(title) > TITLE_WIDTH && !isPlaceholder(title)))
            content = true;
        // The table's writing is said where the table starts, before any row that may be a day.
        if (content)
            this.blocks.push({ type: 'content', line: this.lineOf(node), ...(dayRows > 0 ? { dayRows } : {}) });
        if (items.length > 0)
            this.blocks.push({ type: 'items', items, line: this.lineOf(node) });
        this.blocks.push(...dayLabels);
    }
    /** A row of a table with a status column: its task (in the row's cells as written), done or not. */
    tableTask(items, cells, status, task, row) {
        if (status >= 0 && task >= 0 && !isPlaceholder(cells[task] ?? ''))
            items.push({ text: cells[task], checked: statusWord(cells[status] ?? ''), marker: null, explicit: true, line: this.lineOf(row) });
    }
}
/**
 * A first column headed by the word for a day or the days counted (`| Tag | Thema |`, `| Dia | Data |`, `| 일차 |`,
 * `| 天数 |`): its bare numbers number days (`| 0001 |` is day 1).
 */
const DAY_COLUMN = /^(?:days?|tag|d[ií]a|jour|giorno|dag|일차|일수|日目|日数|天|天数)$/;
/** The widest a status cell is written (`완료 못함`, `in progress`), counted as `width` counts. */
const STATUS_WIDTH = 16;
/** The widest a column's title is written (`| 문제 | 풀이 |`, `| Example Result |`); a wider header is a sentence. */
const TITLE_WIDTH = 16;
/** A status cell saying not done, with a note after it (`nope (out of time)`, `미완료 - 내일`). */
const NOT_DONE = /^\s*(?:no|nope|not|nah|x|❌|✖|미완료|미완|못|아직|未)(?![a-z])/iu;
/** A cell of a table of days that says nothing was written: `N/A`, `TBD`, `TODO`, `...`. */
const NOT_WRITTEN = /^\s*(?:n\/?a|tbd|todo|\.{3}|…)\s*$/i;
/** A cell of a day's row with something written in it; a check mark (`✅`, done that day) is, though an emoji. */
const writtenCell = (cell) => (!isPlaceholder(cell) || statusWord(cell) === true) && !NOT_WRITTEN.test(cell);
/** A column that counts the rows (`| # |`, `| No. |`, `| 순번 |`): no task is written there. */
const COUNTER_COLUMN = /^(?:#|no\.?|nr\.?|num|번호|순번|序号|番号|№)$/;
/** A column headed for the date (`| No | Date |`, `| # | 日付 |`, `| 번호 | 날짜 |`). */
const DATE_COLUMN = /^(?:date|dates|日付|記入日|作成日|実施日|日時|日期|날짜|일자|작성일|학습일|data|fecha|datum|tanggal|tarih|ngày|дата)$/;
const blocks_COUNTER = /^\s*\d{1,4}\s*$/;
/**
 * A row's cells, its label first: `| 1 |` under a day column is `Day 1`; a day numbered in one cell and dated in the
 * next (`| Day57 | 01/23 |`, `| 1 | [28/04] |`) is both; a counter or a week before the date is the date, and so is a
 * date column further on (`| 순번 | 제목 | 날짜 |`) where the first cell names no day.
 */
function rowCells(cells, dayColumn, dateColumn) {
    const first = cells[0] ?? '';
    // `| 31 | 2025/07/25 | … |` under `| # | 日付 |`, or `| 03 | 26/03 |` under any header: a row counter, then the day's date.
    if (!dayColumn && blocks_COUNTER.test(first) && (dateColumn === 1 || dateAlone(cells[1])))
        return cells.slice(1);
    // `| 1주차 | 2025.01.20(월) | … |`, `|  | 2025.01.21(화) | … |` under `| 주차 | 날짜 |`: the week, then the day's date.
    if (!dayColumn && dateColumn === 1 && namedDay(first) === null && dateAlone(cells[1]))
        return cells.slice(1);
    // `| 1 | 2 | [최소 공배수](…) | 220309 |` under `| 순번 | 레벨 | 제목 | 날짜 |`: the date, then the row's words.
    if (!dayColumn && dateColumn > 1 && (blocks_COUNTER.test(first) || namedDay(first) === null) && dateAlone(cells[dateColumn]))
        return [cells[dateColumn], ...cells.filter((_, i) => i !== dateColumn && !(i === 0 && blocks_COUNTER.test(first)))];
    const label = dayColumn && blocks_COUNTER.test(first) ? `Day ${first.trim()}` : first;
    // The date of a numbered day: in the next cell, or under the date column.
    const at = dateColumn > 0 ? dateColumn : 1;
    const date = cells[at];
    if (date === undefined || !/\d/.test(date))
        return [label, ...cells.slice(1)];
    const day = namedDay(label);
    if (day && day.numbers.length > 0 && day.dates.length + day.slashDates.length === 0 && dateAlone(date))
        return [`${label} (${date.trim()})`, ...cells.filter((_, i) => i !== 0 && i !== at)];
    return [label, ...cells.slice(1)];
}
/** A cell that is a date and nothing else (`26/03`, `2024-03-05 (화)`). */
function dateAlone(cell) {
    const info = cell === undefined ? null : namedDay(cell);
    return info !== null && info.numbers.length === 0 && info.topic === '';
}
/** The day a text names by its number or date, or null. */
function namedDay(text) {
    const info = readLabel(text);
    return info?.kind === 'day' && (info.numbers.length > 0 || info.dates.length > 0 || info.slashDates.length > 0) ? info : null;
}
const ITEM_LABEL_START = 
// eslint-disable-next-line no-misleading-character-class -- single code points (joiner, selectors), not a sequence
/^(?:\[\]\s*)?[\s[(（【\p{S}\u200d\ufe0e\ufe0f\u20e3]*(?:til\s*[\]】)]\s*)?(?:\d|第|(?:days?|d[ií]as?|tage?|jours?|giorno|dag|dzie[nń]|g[uü]n|hari(?:\s*ke-?)?|ngày|день)\s*[-#.]?\s*\d|r\d{1,3}d\d|d\s*\+\s*\d|d\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d))/iu;
/**
 * A bullet that opens with a date or a day number, bold (`**09.11** 백준`) or not (`2024-03-05: 정렬`): the
 * label and whether words follow it; null for any other bullet. Whether such bullets are days, the template decides.
 */
function itemLabel(head, written, line, checked) {
    const first = head.children[0];
    const bold = first?.type === 'strong' ? plainText(first) : null;
    const text = bold ?? written;
    // Most bullets are writing: only one that starts with a digit, `第`, `Day 5` (`Día 5` …), `Mar 5` or a weekday and a
    // date (`Monday 04/03/2024`) is read as a label; after emoji, or a box typed without its space (`- [] day43 9/25`).
    if (!ITEM_LABEL_START.test(text))
        return null;
    const info = namedDay(text);
    if (info === null || info.form === '#N')
        return null;
    // A box with a date and words is a deadline (`- [ ] 2024-03-05 발표`); a box that counts days (`- [x] Day 3`), or
    // ticks off a date alone (`- [x] 1월 13일 월요일`, its writing under it), may be a day.
    if (checked !== null && info.numbers.length === 0 && info.topic !== '')
        return null;
    // `- Día 1: ✔️`: a check mark after the day says it was done, as a check-mark cell does in a table of days.
    const rest = bold === null
        ? info.topic !== '' || CHECK_MARK.test(written)
        : head.children.length > 1 && !isPlaceholder(plainText({ ...head, children: head.children.slice(1) }));
    const link = linkCell(head) === 'out';
    return { type: 'itemLabel', text, line, rest, ...(checked === null ? {} : { checked }), ...(link ? { link } : {}) };
}
/**
 * `- **Today's Progress:** …`, `- 📝 **Notes**: …`: the bold words that open a bullet, and whether words follow them on
 * its line (`inline`) or a link does (`rest`); null for a bullet that does not open with bold words.
 */
function boldItemLabel(head) {
    let at = 0;
    // Emoji and spaces before the bold part.
    while (at < head.children.length - 1) {
        const child = head.children[at];
        if (child.type !== 'text' || !isPlaceholder(child.value))
            break;
        at++;
    }
    const strong = head.children[at];
    if (strong?.type !== 'strong')
        return null;
    const text = plainText(strong);
    if (text === '' || isPlaceholder(text))
        return null;
    const after = head.children.slice(at + 1);
    const rest = collapseWhitespace(toText(after, false));
    const inline = !isPlaceholder(rest.replace(/^[:：]/, ''));
    // `- **React** is a library`: bold words opening a sentence, not a label (`**React:**` and `**React**:` are).
    if (inline && !/[:：]$/.test(text) && !/^[:：]/.test(rest))
        return null;
    return { text, inline, rest: inline || after.some(hasLinkOrMedia) };
}
/** Whether a bullet's own list holds a checkbox. */
function holdsBoxes(item) {
    return item.children.some((child) => child.type === 'list' && child.children.some((sub) => typeof sub.checked === 'boolean'));
}
/** Wider plain bullets are writing, not a section's name: Latin letters count one, Hangul and CJK two (they say more). */
const PLAIN_ITEM_LABEL = 30;
function width(text) {
    let n = 0;
    for (let i = 0; i < text.length; i++)
        n += text.charCodeAt(i) >= 0x1100 ? 2 : 1;
    return n;
}
/**
 * `- 배운 점` over its own bullets, `- Next steps:`: a bullet of a few plain words naming a section. `bare`: nothing
 * under it and no colon, a section only in a log that writes its sections as bullets (the entry reader decides);
 * a numbered one is none (`2. Completed CS231N CNN lecture` counts what was done).
 */
function plainItemLabel(head, item, ordered, namesSection) {
    const only = head.children.length === 1 ? head.children[0] : undefined;
    if (only?.type !== 'text' || only.value.length > PLAIN_ITEM_LABEL || only.value.includes('\n'))
        return null;
    if (width(only.value) > PLAIN_ITEM_LABEL)
        return null;
    const text = only.value.trim();
    // `- チャプター 3 までの感想です。`: a sentence over its bullets, not a name.
    if (text === '' || isPlaceholder(text) || /[。.!?！？]$/.test(text) || !namesSection(text))
        return null;
    const bare = !item.children.some((child) => child.type === 'list') && !/[:：]$/.test(text);
    if (bare && ordered)
        return null;
    return { text, inline: false, rest: false, ...(bare ? { bare } : {}) };
}
/** Whether a bullet nested in the list holds nothing but two links or more. */
function linksTwoToABullet(list) {
    const stack = [{ list, nested: false }];
    while (stack.length > 0) {
        const { list: next, nested } = stack.pop();
        for (const item of next.children) {
            const head = item.children[0];
            if (nested && head?.type === 'paragraph' && linkCell(head) === 'out' && head.children.filter(isLink).length > 1)
                return true;
            for (const child of item.children)
                if (child.type === 'list')
                    stack.push({ list: child, nested: true });
        }
    }
    return false;
}
const isLink = (node) => node.type === 'link' || node.type === 'linkReference';
const CHECK_MARK = /[✅✔☑]/u;
/** A markdown link written inline to somewhere off the page: `](./day1.md)`, not `](#day-1)`. */
const LINK_OUT = /\]\(\s*<?[^\s#)<]/;
/**
 * Lines (1-based, `from` to `to`) each opening with bold words that may name a day (`**2024.02.16** 과제 등록`): the
 * bold part of each, or null where one line does not.
 */
function boldLines(lines, from, to) {
    const found = [];
    for (let at = from; at <= to; at++) {
        const bold = BOLD_LABEL.exec(stripTags(lines[at - 1] ?? ''));
        if (!bold || !mayBeLabel(bold[1]) || readLabel(bold[1]) === null)
            return null;
        found.push(bold);
    }
    return found;
}
/** A line that starts with an image (`![Day 2 Progress](shot.png)`): a picture of the day's work, no day's file. */
const IMAGE_FIRST = /^\s*!\[/;
/** Whether every line of a paragraph (1-based, `from` to `to`) holds a link off the page: an index, a line per day. */
function linkLines(lines, from, to) {
    for (let at = from; at <= to; at++) {
        const line = lines[at - 1] ?? '';
        if (!LINK_OUT.test(line) || IMAGE_FIRST.test(line))
            return false;
    }
    return true;
}
/** Whether a link leaves the page (an anchor `#…` points at this log's own heading). */
function linksOut(node) {
    const stack = [node];
    while (stack.length > 0) {
        const next = stack.pop();
        if ((next.type === 'link' || next.type === 'definition') && !next.url.startsWith('#'))
            return true;
        if (next.type === 'linkReference')
            return true;
        if ('children' in next)
            for (const child of next.children)
                stack.push(child);
    }
    return false;
}
/**
 * `| 2021.08.02 | TIL - Day 1 | … | [링크](https://…) |`, `| Week 1 | 19.11.04 | [Git](https://…) |`: the cell, first or
 * second, that names an index row's day by its date or number, where the row links to its writing elsewhere; else null.
 */
function dayCellLinkingOut(cells, row) {
    const day = dayCell(cells);
    return day !== undefined && row.children.some(onlyLinksOut) ? day : null;
}
/** Judges and problem sites: a link there names a problem solved, not where the day is written. */
const PROBLEM_SITE = /^https?:\/\/(?:www\.)?(?:acmicpc\.net|boj\.kr|leetcode\.(?:com|cn)|leetcode-cn\.com|school\.programmers\.co\.kr|programmers\.co\.kr|codeforces\.com|atcoder\.jp|hackerrank\.com|codewars\.com|swexpertacademy\.com|softeer\.ai|codeup\.kr|solved\.ac|luogu\.com\.cn|nowcoder\.com|projecteuler\.net|exercism\.org|codechef\.com|spoj\.com|kattis\.com|open\.kattis\.com|solvesql\.com|codetree\.ai|algospot\.com|jungol\.co\.kr|app\.codility\.com)\//i;
const INLINE_LINK = /\]\(\s*<?([^\s)<>]*)/g;
/** Whether every inline link of a line as written names a judge's problem (`2일: 백준 [A + B](https://www.acmicpc.net/…)`). */
function linksOnlyProblems(line) {
    let found = false;
    INLINE_LINK.lastIndex = 0;
    for (let m = INLINE_LINK.exec(line); m; m = INLINE_LINK.exec(line)) {
        if (!PROBLEM_SITE.test(m[1]))
            return false;
        found = true;
    }
    return found;
}
/** Text that joins links in a cell (`, `, ` / `, `·`, an emoji), and no words. */
// An emoji's joiner and selectors are marks (`⛑️`, `👨‍🎨`), not words.
// eslint-disable-next-line no-misleading-character-class -- single code points (joiner, selectors), not a sequence
const JOINING = /^[\s\p{P}\p{S}\u200d\ufe0e\ufe0f\u20e3]*$/u;
/**
 * Where a cell (or a bullet's line) that is nothing but links points: `out` (`[링크](https://…)`, `[📄](./03-05.md),
 * [노트](…)`: where a row's day is written), `here` (`[Day 1](#day-1)`: a table of contents); null for a cell of words,
 * a link among them (`- Nghe [podcast #12](https://…)`) part of the row's own writing.
 */
function linkCell(cell) {
    let links = null;
    const stack = [...cell.children];
    while (stack.length > 0) {
        const next = stack.pop();
        if (next.type === 'link' || next.type === 'linkReference') {
            if (next.type === 'link' && next.url.startsWith('#'))
                links = 'here';
            // `[A+B](https://www.acmicpc.net/problem/1000)`: a problem solved that day, named by its page, is the row's writing.
            else if (next.type === 'link' && PROBLEM_SITE.test(next.url))
                return null;
            else
                links ??= 'out';
        }
        else if (next.type === 'text' || next.type === 'inlineCode') {
            if (!JOINING.test(next.value))
                return null;
        }
        else if (next.type === 'strong' || next.type === 'emphasis' || next.type === 'delete')
            stack.push(...next.children);
        else if (next.type !== 'break' && next.type !== 'image' && next.type !== 'html')
            return null;
    }
    return links;
}
const onlyLinksOut = (cell) => linkCell(cell) === 'out';
/** Whether a row's first cell names a day by its date (`| 06.03.2023 M |`), not only by a number (`| 25 days |`). */
function datedFirstCell(cells) {
    const info = namedDay(cells[0] ?? '');
    return info !== null && (info.dates.length > 0 || info.slashDates.length > 0);
}
/** The first or second cell of a row, where it names a day by its date or number. */
function dayCell(cells) {
    return cells.slice(0, 2).find((cell) => namedDay(cell) !== null);
}
/**
 * `yes`, `done`, `완료`, `✅` → done; anything else written there (`nope`, `kinda`, `not yet`,
 * `완료 못함`) → not done. `\b` knows only ASCII words, so Korean and emoji are matched apart.
 */
function statusWord(word) {
    const w = word.trim().toLowerCase();
    if (w === '')
        return null;
    if (/^(?:yes|yep|y|done|okay|ok|o|true)(?![a-z0-9])/.test(w))
        return true;
    // A ticked box or check mark, as a character or as GitHub's shortcode (`[X]`, `:white_check_mark:`).
    if (/^(?:ㅇ|✅|✔|☑|\[x\]|:(?:white_check_mark|heavy_check_mark|ballot_box_with_check):)/u.test(w))
        return true;
    if (/^(?:완료|했음|했다|함$|됨$)/.test(w) && !/못|않|안\s*(?:함|했|됨)/.test(w))
        return true;
    return false;
}

;// CONCATENATED MODULE: ./src/log/memo.ts
/**
 * A bounded memo for work repeated on the same texts: a log repeats its section labels and task lines entry
 * after entry, so each distinct text is worked out once. Cleared when full, so a huge log cannot grow it
 * without end.
 */
const LIMIT = 20_000;
/** The answer for `key` from `cache`, computed and kept on a miss. */
function remember(cache, key, compute) {
    let value = cache.get(key);
    if (value === undefined) {
        if (cache.size >= LIMIT)
            cache.clear();
        value = compute(key);
        cache.set(key, value);
    }
    return value;
}

;// CONCATENATED MODULE: ./src/log/vocabulary.ts
/**
 * Section labels and the role each one plays. Built in for Korean, English,
 * Japanese and Chinese; a config file adds words of its own, which are tried first.
 */




/** `振り返りアプリの実装`, `目標達成アプリ`: a role word running on into a loanword names a project, not a section. */
const NO_COMPOUND = '(?![\\u30a0-\\u30ff])';
/**
 * The end of an English word: `\\b` would end `todo` in `todoアプリ作成` (a project), since Japanese letters are not
 * word characters to it.
 */
const WORD_END = '(?![\\w\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af])';
/**
 * Korean, English, Japanese and Chinese words for each role, and the section words of the #100DaysOfCode log
 * in the languages it is translated into. Order matters:
 * `완료하지 못한` before `완료`, `not done` before `done`, `未完成` before `完成`.
 */
const BUILT_IN = [
    [
        'notDone',
        '완료\\s*하?지\\s*못한|못\\s*한\\s*(?:것|일|사항)|미완료|not\\s*(?:yet\\s*)?done|unfinished|incomplete|not\\s*completed|blocked|' +
            'できなかった|未完了|終わらなかった|積み残し|残タスク|未完成|没(?:有)?完成|沒(?:有)?完成|未做完'
    ],
    [
        'goals',
        `(?:내일|주말|다음\\s*주|금주|이번\\s*주|오늘의?|개인\\s*학습)\\s*(?:의\\s*)?(?:목표|계획|할\\s*(?:일|것))|^목표|^계획|^할\\s*(?:일|것)|^todo${WORD_END}|^try${WORD_END}|^to\\s*do${WORD_END}|tomorrow|^goals?${WORD_END}|^plans?${WORD_END}|next\\s*(?:day|steps?|up)|^next$|^objectives?|` +
            `(?:明日|明天|今日|今天|次回|来週|來週|下周|下週)\\s*(?:の\\s*)?(?:的\\s*)?(?:目標|目标|予定|計画|计划|計劃|やること|やる事|タスク|任务|任務)|^(?:目標|目标|計画|计划)${NO_COMPOUND}|^やること|` +
            '次に?やること|やりたいこと|今後の課題|^下一步|^待办|^待完成'
    ],
    [
        'done',
        `완료한|완료\\s*사항|^한\\s*(?:것|일)$|오늘\\s*한\\s*(?:것|일)|진행\\s*(?:한|사항|상황|률)|해결한\\s*(?:문제|것|일)|^done${WORD_END}|achievements?|accomplish|^completed|what\\s*i\\s*did|^work\\s*done|worked\\s*on|^working\\s*on|^work$|^tasks?\\s*completed|^completed\\s*tasks?|` +
            // Progress, and the #100DaysOfCode log's word for it in its translations: `Progreso de hoy`, `Progrès`, `Fortschritt`.
            'progres|progrès|fortschritt|voortgang|napredak|' +
            'やったこと|やった事|進捗|達成したこと|完了したこと|できたこと|(?:今日|本日)\\s*の\\s*作業|^作業内容|^実施内容|^成果(?!\\s*(?:链接|鏈接|リンク))|(?:今日|今天)\\s*(?:的\\s*)?(?:完成|做了|进展|進展|进度|進度)|^已完成|^完成|^进展|^進展|^进度|^進度'
    ],
    [
        'learned',
        `알게\\s*된|알게된|새로\\s*안|배운|학습\\s*내용|공부한\\s*(?:것|내용)|^til${WORD_END}|today\\s*i\\s*learned|learn(?:ed|ings?|t)|key\\s*(?:learning|concepts?)|^description$|` +
            "^aprend|^(?:lo|o)\\s+que\\s+aprend|gelernt|^appris|^ce\\s+que\\s+j['’]\\s*ai\\s+appris|imparato|geleerd|" +
            '学んだ|学び|気づき|気付き|分かったこと|わかったこと|学習内容|勉強内容|(?:今日|本日)\\s*の\\s*(?:学習|勉強)|学到|学习内容|學習內容|(?:今日|今天)\\s*学|收获|收穫|知识点|知識點'
    ],
    [
        'reflection',
        `소감|회고|느낀\\s*점|느낀점|생각\\s*정리|반성|(?:어려웠던|아쉬웠던|아쉬운|힘들었던|개선할)\\s*점|^keep${WORD_END}|` +
            `^thoughts?${WORD_END}|^[a-z]+\\s+thoughts?$|feelings?|reflections?|retro(?:spective)?|^lessons?(?:\\s+learned)?$|^summary$|^challenges?${WORD_END}|what\\s*went\\s*well|` +
            `^reflex|^pensamientos|^pensamentos|^pensées|^gedanken|^gedachten|^pensieri|^przemyślenia|^appunti|^tanker|` +
            `感想|振り返り${NO_COMPOUND}|所感|思ったこと|反省|困ったこと|ハマったこと|詰まったこと|遇到的问题|总结|總結|反思|心得|体会|體會|复盘|復盤|^思考|^想法`
    ],
    [
        'other',
        `^(?:피어\\s*세션|링크|참고|질문|이슈|개선\\s*방안|links?${WORD_END}|link\\s*to|enlaces?${WORD_END}|enllaç|liens?${WORD_END}|linki${WORD_END}|linkovi${WORD_END}|resources?$|minutes\\s*worked|notes?$|note:|references?$|questions?$|リンク|参考|質問|链接|鏈接|问题|問題|(?:工作)?成果\\s*(?:链接|鏈接))`
    ]
];
const NUMBERED = /^\d+\s*[.)]/;
const TOMORROW = /내일|주말|다음\s*날|tomorrow|next\s*(?:day|steps?|up)|weekend|明日|明天|次回|翌日/i;
function vocabulary_escape(word) {
    return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** The section words, the learner's own (from `sections:`) before the built-in ones: what `roleOf` matches against. */
function buildVocabulary(extra = {}) {
    const custom = Object.entries(extra).flatMap(([role, words]) => (words ?? []).filter((w) => w.trim() !== '').map((w) => ({ role: role, pattern: new RegExp(vocabulary_escape(w.trim()), 'i') })));
    // The built-in words are written in lower case and matched against the label in lower case: a case-blind pattern
    // costs V8 about half as much again to compile, and a small log's first check compiles every one of them.
    return [...custom, ...BUILT_IN.map(([role, source]) => ({ role, pattern: new RegExp(source) }))];
}
/** The label reduced to its words: no emoji, emphasis, trailing colon or day mention. */
function normalizeLabel(label) {
    const text = label
        .replace(EMOJI, '')
        .replace(/[*_`]/g, '')
        .replace(/\(\s*s\s*\)/gi, 's');
    return collapseWhitespace(trimDecorationEnd(text, /[\s:：.!?-]/u).replace(/^[\s:：.#-]+/u, ''));
}
/** Labels judged, per vocabulary; bounded, so a long-running process does not keep every label it met. */
const vocabulary_ROLES = new WeakMap();
/** The role a section label plays (done, not done, learned, goals, reflection, other), or null: how empty sections are judged. */
function roleOf(label, vocabulary) {
    // A log repeats its labels entry after entry: each is judged once per vocabulary (an object of its own per parse,
    // so a vocabulary with other words never reads this one's answers).
    let roles = vocabulary_ROLES.get(vocabulary);
    if (roles === undefined)
        vocabulary_ROLES.set(vocabulary, (roles = new Map()));
    return remember(roles, label, (text) => judge(text, vocabulary));
}
function judge(label, vocabulary) {
    const text = normalizeLabel(label);
    // `DAY 1 소감` is the reflection of day 1: the day mention is not part of the label's meaning.
    const words = text.replace(/^day\s*\d+\s*/i, '').toLowerCase();
    // `2. Call by object reference` is a numbered topic, not a label.
    if (words === '' || words.length > 40 || NUMBERED.test(words))
        return null;
    for (const { role, pattern } of vocabulary)
        if (pattern.test(words))
            return role;
    return null;
}
/** Whether a goals label speaks of the next stretch (tomorrow, the weekend): such goals are checked against the next entry, for carry-over and goal results. */
function isForTomorrow(label) {
    return TOMORROW.test(label);
}

;// CONCATENATED MODULE: ./src/log/entries.ts
/**
 * Turns the block stream into entries and their sections.
 *
 * An entry starts where the log's template (template.ts) puts a day or week label —
 * a heading, `<summary>`, bold line or date line — or at an index-table row naming a
 * day, and ends at the next entry, at the `</details>` that closes it, or at the next
 * heading of the same or a higher level (for a bold or date line: of the level of
 * the heading it stands under). A week whose `<details>` or heading holds days is a
 * wrapper, not a review, and is dropped.
 */




/** Whether a label naming several days (`Day 1-22`, `2024-03-04 ~ 03-08`) names every day another names. */
function namesEveryDayOf(range, day) {
    if (range.kind !== 'day')
        return false;
    if (range.numbers.length > 1 && day.numbers.length > 0)
        return day.numbers.every((n) => range.numbers.includes(n));
    if (range.dates.length > 1 && day.dates.length > 0)
        return day.dates.every((d) => range.dates.some((r) => r.month === d.month && r.day === d.day && (r.year === d.year || d.year === null)));
    return false;
}
const ITEM_ROLES = new Set(['done', 'notDone', 'goals']);
function roleState(role) {
    if (role === 'done')
        return true;
    if (role === 'notDone')
        return false;
    return null;
}
function sameLabel(a, b) {
    return (a.kind === b.kind &&
        a.numbers.join() === b.numbers.join() &&
        a.stretch?.number === b.stretch?.number &&
        JSON.stringify([a.dates, a.slashDates]) === JSON.stringify([b.dates, b.slashDates]));
}
/**
 * `## Day 94 ramblings` inside `### Day 94`'s writing, headed above its level (`writtenFrom`): a heading of that
 * writing about the day or an earlier one, not a day of its own.
 */
function speaksOfOpenDay(info, depth, open) {
    if (open?.writtenFrom === undefined || depth < open.writtenFrom || info.kind !== 'day' || info.topic === '')
        return false;
    const last = Math.max(...open.info.numbers);
    return info.numbers.length > 0 && info.numbers.every((n) => n <= last);
}
/** A deeper heading under the open day naming the day after it with a plan's word (`### Day1计划`, `### Day 5 계획`). */
function plansAhead(info, depth, open) {
    if (open?.info.kind !== 'day' || open.headingDepth === null || depth <= open.headingDepth)
        return false;
    return isNextDay(info, open.info);
}
/** Whether a label names the one day after a numbered day (`Day1` after `Day 0`). */
function isNextDay(label, day) {
    return day.kind === 'day' && day.numbers.length > 0 && label.numbers.length === 1 && label.numbers[0] === Math.max(...day.numbers) + 1;
}
/** A goals section named for the day after its own (`Day2 계획` in Day 1): the plan for tomorrow. */
function namesNextDay(title, day) {
    const named = /\d/.test(title) ? readLabel(title) : null;
    return named?.kind === 'day' && isNextDay(named, day);
}
/** Words that end as a sentence does (`?`, `。`, `!`), or run longer than a sub-heading would. */
const SENTENCE_END = /[?？!！。.]\s*$/;
const MAX_SUBHEADING = 40;
function isSentence(text) {
    return text.length > MAX_SUBHEADING || SENTENCE_END.test(text);
}
/** A plain line's section label ends with a colon and is short. */
const PLAIN_LABEL = /^.{1,60}[:：]\s*$/u;
/** The role a plain line names as a section label (`✅ What I Worked On:`, `📚 배운 점:`), or null. */
function plainLabelRole(text, vocabulary) {
    return text !== undefined && PLAIN_LABEL.test(text) ? roleOf(text, vocabulary) : null;
}
/** The label as a section title: its words, without the emoji and the colon. */
function plainTitle(text) {
    return text
        .trim()
        .replace(LEADING_EMOJI, '')
        .replace(/\s*[:：]\s*$/u, '');
}
/** Spaces and emphasis marks at either end of a section's name (`*** Thoughts***` leaves `* Thoughts`). */
const STRAY_EMPHASIS = /^[\s*_]+|[\s*_]+$/g;
const undated = (info) => info.dates.length === 0 && info.slashDates.length === 0;
/** A section's name before a colon (`#### 完成功能：首页`, `### Progress: the parser`), short and with no digit before it (`10:30`). */
const NAME_THEN_WRITING = /^([^:：]{1,40}?[^\d\s:：])\s*[:：]\s*(\S.*)$/;
/** A heading's section name, and whether writing follows it on the same line after a colon. */
function sectionHeading(text) {
    const m = NAME_THEN_WRITING.exec(text);
    if (!m || m[2].startsWith('//') || isPlaceholder(m[2]))
        return { title: text, written: false };
    return { title: m[1], written: true };
}
/** A month or year heading over days (`2023.03`, `## 2022`): it ends the entry above and gives its year to the days below. */
const isWrapper = (info) => info?.kind === 'month' || info?.kind === 'year';
const wrapperYear = (info) => info.month?.year ?? info.year ?? null;
/**
 * The blocks grouped into entry drafts under the template's day and week labels, each with its sections and
 * tasks: the step that turns markdown structure into the log's days.
 */
function assembleEntries(blocks, vocabulary, lastLine, template) {
    const entries = [];
    let current = null;
    let section = null;
    let depth = 0;
    let yearAbove = null;
    /** The depth of the last heading outside any entry: bold and date-line days stand under it. */
    let outerDepth = 0;
    /** Ends the open entry; `end` is its last line (a later pass trims trailing blank lines). */
    const finish = (end) => {
        enclosing = [];
        if (current)
            current.endLine = Math.max(current.line, end);
        // `##### Day01 - [环境搭建](./day-01.md)` and nothing under it: an index of days kept in files of their own.
        if (current?.linked && !current.hasContent && current.sections.length === 0)
            current.external = true;
        current = null;
        section = null;
        sectionIsBullet = false;
    };
    let index = 0;
    /** The week that wraps the days after it, until the next week or a heading as high as its own. */
    let wrapper = null;
    const start = (info, title, line, headingDepth, closeDepth) => {
        const open = current;
        if (info.kind === 'week' || (wrapper?.headingDepth != null && headingDepth !== null && headingDepth <= wrapper.headingDepth))
            wrapper = null;
        if (open !== null && info.kind === 'day' && open.info.kind === 'week') {
            // A day inside a week's <details>, or under a week heading of a higher level: the week wraps days.
            const wraps = open.headingDepth === null || headingDepth === null || open.headingDepth < headingDepth;
            // The open entry is the last one pushed: look for it from the end.
            if (wraps)
                entries.splice(entries.lastIndexOf(open), 1);
            const number = open.info.numbers[0];
            if (wraps && number !== undefined)
                wrapper = { number, form: open.info.form, headingDepth: open.headingDepth };
        }
        // `## Day 1-22 (Python)` over `### Day 1`: a heading over the days of a part, not a day of its own.
        if (open !== null &&
            info.kind === 'day' &&
            headingDepth !== null &&
            (open.headingDepth ?? headingDepth) < headingDepth &&
            namesEveryDayOf(open.info, info))
            entries.splice(entries.lastIndexOf(open), 1);
        finish(line - 1);
        // `1주차 (2021/07/23 ~ 2021/07/30)`: a week's dates give their year to the days written without one inside it.
        if (info.kind === 'week' && info.month)
            yearAbove = info.month.year;
        const stretch = info.stretch ?? (info.kind === 'day' && wrapper ? { number: wrapper.number, form: wrapper.form } : undefined);
        current = {
            info,
            title: title.trim(),
            line,
            endLine: line,
            sections: [],
            hasContent: false,
            external: false,
            yearAbove,
            closeDepth,
            headingDepth,
            labelIndex: index,
            ...(stretch ? { stretch } : {})
        };
        entries.push(current);
    };
    /** Sections headed above the open one (`# 今日总结`, then `## 今日目标`): what is written in it is written in them. */
    let enclosing = [];
    const fill = (target) => {
        target.empty = false;
        for (const e of enclosing)
            e.section.empty = false;
    };
    const markContent = () => {
        if (section)
            fill(section);
        else if (current)
            current.hasContent = true;
    };
    /** The depth of the heading that opened the section; null for a bold label or none. */
    let sectionDepth = null;
    /** The section's label is a bullet's bold words (`- **Tomorrow:**`). */
    let sectionIsBullet = false;
    /** A section was written as a bullet somewhere before: the log writes its sections so. */
    let bulletSections = false;
    /** The section's label is a plain line (`✅ What I Worked On:`). */
    let sectionIsPlain = false;
    /** Lines of boxes not ticked in a checklist of days: days not done yet, neither days nor tasks. */
    const notDone = new Set();
    const openSection = (role, title, line) => {
        sectionDepth = null;
        sectionIsBullet = false;
        sectionIsPlain = false;
        if (!current)
            return;
        // Stray emphasis marks left by a label typed `*** Thoughts***` are no part of its name.
        section = { role, title: title.replace(STRAY_EMPHASIS, ''), line, empty: true, items: [] };
        if (role === 'goals')
            section.forTomorrow = isForTomorrow(title) || namesNextDay(title, current.info);
        current.sections.push(section);
    };
    const addItems = (raw) => {
        if (!current)
            return;
        for (const item of raw) {
            const role = section?.role ?? null;
            if (!item.explicit && (role === null || !ITEM_ROLES.has(role)))
                continue;
            if (!section)
                openSection('other', '', item.line);
            const target = section;
            if (!target)
                continue;
            const done = item.explicit ? item.checked : (markerState(item.marker) ?? roleState(target.role));
            const entry = { text: item.text, done, line: item.line, ...(item.struck ? { struck: true } : {}) };
            target.items.push(entry);
            fill(target);
        }
    };
    blocks.forEach((block, at) => {
        index = at;
        switch (block.type) {
            case 'open':
                depth++;
                break;
            case 'close':
                depth = Math.max(0, depth - 1);
                if (current && current.closeDepth !== null && depth < current.closeDepth)
                    finish(block.line);
                break;
            case 'summary': {
                const info = template.labels.get(index);
                if (isWrapper(info)) {
                    finish(block.line - 1);
                    yearAbove = wrapperYear(info);
                }
                else if (info) {
                    start(info, block.text, block.line, null, depth);
                }
                else if (current) {
                    markContent();
                }
                break;
            }
            case 'heading': {
                const info = template.labels.get(index);
                const named = sectionHeading(block.text);
                const role = roleOf(named.title, vocabulary);
                const open = current;
                if (isWrapper(info)) {
                    finish(block.line - 1);
                    yearAbove = wrapperYear(info);
                }
                else if (info && open && sameLabel(info, open.info) && open.sections.length === 0 && !open.hasContent) {
                    // `## Day 1 - 03/12/25` repeating its <summary> is the same entry's title.
                }
                else if (info && open && open.headingDepth === null && open.closeDepth !== null && depth >= open.closeDepth && role) {
                    // `## DAY 1 소감` inside a day's <details> is that day's reflection, not a new day.
                    openSection(role, named.title, block.line);
                    if (named.written)
                        markContent();
                }
                else if (role === 'goals' && info?.kind === 'day' && info.topic !== '' && plansAhead(info, block.depth, open)) {
                    // `### Day1计划` under `## Day 0`: the plan for the next day, written in this one.
                    openSection(role, named.title, block.line);
                    if (named.written)
                        markContent();
                }
                else if (info?.kind === 'week' && open?.info.kind === 'day' && open.headingDepth !== null && block.depth > open.headingDepth) {
                    // `#### week0` under `### 2025.02.06`: the course's week the day studied, a heading of the day's writing.
                    markContent();
                }
                else if (info &&
                    !speaksOfOpenDay(info, block.depth, open) &&
                    (info.kind === 'week' || info.numbers.length > 0 || info.dates.length > 0 || info.slashDates.length > 0)) {
                    // `## Day 1` over `*2023-03-20*`: the line under it dates the day.
                    const below = template.datedBelow.get(index);
                    start(below ? { ...info, dates: below.dates, slashDates: below.slashDates } : info, block.text, block.line, block.depth, depth);
                    if (block.link && current)
                        current.linked = true;
                    outerDepth = block.depth;
                }
                else if (open && template.echoes.has(index)) {
                    // `### Day001` right after `### 1日目`, naming that day again: a heading of its writing.
                    markContent();
                }
                else if (open) {
                    // `### Day 1` then `### Today's Progress` or `### 1. 마크다운`: a log that writes the day's headings at the day's
                    // own level. A heading of that level right under the day, and any after it, is the day's.
                    const untouched = open.sections.length === 0 && !open.hasContent;
                    if (block.depth === open.headingDepth && (open.flat || untouched))
                        open.flat = true;
                    // `#### Day 1` over `## Environment setup`, in a log whose days do so (template.ts): the day's writing.
                    else if (template.headsAbove &&
                        open.headingDepth !== null &&
                        block.depth < open.headingDepth &&
                        untouched &&
                        open.writtenFrom === undefined)
                        open.writtenFrom = block.depth;
                    // A line underlined with `---` under a day's writing is that day's, whatever its level; so is a heading
                    // inside a `<details>` the day opened (`# 정렬 요약` folded under `## 2025.05.12 TIL`).
                    else if (open.headingDepth !== null &&
                        block.depth <= open.headingDepth &&
                        !template.betweenDays.has(index) &&
                        !(open.writtenFrom !== undefined && block.depth >= open.writtenFrom) &&
                        !block.setext &&
                        !(open.closeDepth !== null && depth > open.closeDepth)) {
                        finish(block.line - 1);
                        outerDepth = block.depth;
                        break;
                    }
                    // A section a heading opened holds the deeper sections headed under it.
                    const holder = section !== null && sectionDepth !== null && sectionDepth < block.depth ? { section, depth: sectionDepth } : null;
                    enclosing = enclosing.filter((e) => e.depth < block.depth);
                    if (role) {
                        if (holder)
                            enclosing.push(holder);
                        openSection(role, named.title, block.line);
                        sectionDepth = block.depth;
                        if (named.written)
                            markContent();
                        break;
                    }
                    // `### 📊 学習時間` after `### 📝 次回の予定`: a heading no deeper than the section's own ends it, though its
                    // words name no section. What follows is the day's writing, not the section's tasks.
                    if (section && sectionDepth !== null && block.depth <= sectionDepth)
                        section = null;
                    if (block.text !== '')
                        markContent();
                }
                else {
                    outerDepth = block.depth;
                }
                break;
            }
            case 'label': {
                const info = template.labels.get(index);
                if (template.datedBelow.has(index - 1)) {
                    if (block.rest)
                        markContent();
                    break;
                }
                if (info) {
                    start(info, labelTitle(block), block.line, outerDepth + 0.5, depth);
                    // `**Day 12** - 2025/03/03`: a date after the bold words is the label's, not writing; a topic is writing.
                    if (block.inline ? info.topic !== '' || block.below === true : block.rest)
                        markContent();
                    break;
                }
                if (!current)
                    break;
                // A bullet's bold words name a section where the day's sections are bullets; inside a section under a heading
                // (`#### Tasks Completed`, then `- **Description:** …`) they are that section's writing. A plain bullet with
                // nothing under it (`- 느낀 점`) names one only in a log that writes its sections as bullets: alone, it is a task.
                // Bold words inside a section a heading opened (`#### 💡 배운 것`, then `**새로 알게 된 개념**`) head part of its
                // writing: the heading stands above them.
                const underHeading = section !== null && sectionDepth !== null;
                // `- 배운 것: 스택과 큐`: a section's name, then its writing after a colon, on the bullet itself.
                const bullet = sectionHeading(block.text);
                const named = !underHeading &&
                    (block.item === undefined || (section === null && (!block.bare || bulletSections || bullet.written)) || sectionIsBullet);
                const role = named ? (roleOf(block.text, vocabulary) ?? (block.styled && !block.rest ? 'other' : null)) : null;
                if (role) {
                    openSection(role, bullet.title, block.line);
                    sectionIsBullet = block.item !== undefined;
                    bulletSections ||= sectionIsBullet;
                    if (block.rest || bullet.written)
                        markContent();
                }
                else if (block.item) {
                    // `- **React:** hooks`: a bullet in bold naming no section is writing, and the item it was; after a section
                    // written the same way (`- **Next Steps:**`), it ends that section, as a heading of the section's level would.
                    if (named && sectionIsBullet)
                        section = null;
                    addItems([block.item]);
                    markContent();
                }
                else if (!underHeading || block.rest || isSentence(block.text)) {
                    // Under a heading, bold words alone (`**새로 알게 된 개념**`) are a sub-heading: only what they head is writing.
                    // A bold sentence (`**왜 이렇게 설계했을까?**`) is writing itself.
                    markContent();
                }
                break;
            }
            // A date line, or a bullet that opens with a date: a day where the template says so, else writing.
            case 'content':
            case 'itemLabel': {
                const info = template.labels.get(index);
                const box = block.type === 'itemLabel' ? block.checked : undefined;
                if (block.type === 'itemLabel' && block.row && !block.rest && info?.kind === 'day' && undated(info)) {
                    // `| 22 | [] | |`: a row numbered ahead in a table of days, not filled in yet: a day not written (the calendar
                    // says if it is due). A dated row with nothing else is a day left empty.
                }
                else if (box === false && info?.kind === 'day') {
                    // A box not ticked in a checklist of days: a day not done yet, which the calendar or the count reports
                    // missing, and no task. (A ticked one is a day, below.)
                    notDone.add(block.line);
                }
                else if (box !== undefined && info?.kind !== 'day') {
                    // A box naming no day of the log's is a task, as any box is.
                }
                else if (template.datedBelow.has(index - 1)) {
                    if (block.type === 'content' && block.more)
                        markContent();
                }
                else if (isWrapper(info)) {
                    finish(block.line - 1);
                    yearAbove = wrapperYear(info);
                }
                else if (info) {
                    start(info, block.text ?? '', block.line, outerDepth + 0.5, depth);
                    // A date line's words after the date (`04.10: 스프링 강의`) are that day's writing, as lines under it are.
                    if (block.type === 'content' ? block.more || (info.kind === 'day' && !block.link && !isPlaceholder(info.topic)) : block.rest)
                        markContent();
                    // `Day28 : [Day28](notes/Day28.md)` with nothing under it: the day is written in that file; problems solved
                    // that day, named by their pages (`2일: 백준 [A + B](https://www.acmicpc.net/…)`), are its writing.
                    if (block.type === 'content' && block.link && current) {
                        if (linksOnlyProblems(block.text ?? ''))
                            markContent();
                        else
                            current.linked = true;
                    }
                    // `* [13일차 - 2021.10.18](./TIL/13일차.md)`: a bullet that is only a link to the day's file.
                    if (block.type === 'itemLabel' && block.link && current)
                        current.linked = true;
                    // A day written as a table row is that row.
                    if (block.type === 'itemLabel' && block.row && current) {
                        current.row = true;
                        finish(block.line);
                    }
                }
                else if (block.type === 'itemLabel' && block.row) {
                    // A row of a table inside a day: the table's writing was said where the table starts.
                }
                else if (current) {
                    // `✅ What I Worked On:` alone on its line: a section label written plain, over its list. Inside a section a
                    // heading or bold words opened, such a line (`오늘 배운 주제:`) is that section's writing.
                    const plain = section === null || sectionIsPlain || section.title === '';
                    const role = plain && block.type === 'content' && !block.more ? plainLabelRole(block.text, vocabulary) : null;
                    if (role) {
                        openSection(role, plainTitle(block.text), block.line);
                        sectionIsPlain = true;
                    }
                    else
                        markContent();
                }
                break;
            }
            case 'items': {
                // A day that starts at a bullet (`- **09.11** 백준`) does not hold that bullet as its task.
                const open = current;
                const raw = block.items.filter((i) => i.line !== open?.line && !notDone.has(i.line));
                addItems(raw);
                if (open && raw.some((i) => !i.explicit) && !section)
                    open.hasContent = true;
                break;
            }
            case 'indexRow': {
                const info = block.unnamed ? null : readLabel(block.text);
                if (info && info.kind === 'day') {
                    start(info, block.text, block.line, null, null);
                    const entry = current;
                    if (entry) {
                        // A row that links nowhere, among rows that do, holds its day's writing itself.
                        entry.external = block.inPlace !== true;
                        entry.hasContent = block.inPlace !== true || block.written === true;
                        entry.row = true;
                        if (block.inPlace)
                            entry.inPlace = true;
                    }
                    finish(block.line);
                }
                break;
            }
        }
    });
    finish(lastLine);
    return entries;
}

;// CONCATENATED MODULE: ./src/log/neighbours.ts
/** The passes in the order they build on each other (a part merges only after a bare repeat is gone). */
function settleNeighbours(drafts) {
    const settled = mergePartsOfOneDay(joinDateOverNumber(withoutBareRepeats(withoutEchoedRows(drafts))));
    markTopicsWritten(settled);
    return settled;
}
/**
 * An index row naming a day the log writes out under a label of its own (`| 260826 W | … | [제출](…) |` above
 * `## day 2 | 260826 W`): a table about that day (a deadline, a submission), not the same day again.
 */
function withoutEchoedRows(drafts) {
    const rows = drafts.filter((d) => d.external && !d.linked);
    if (rows.length === 0 || rows.length === drafts.length)
        return drafts;
    const written = new Set();
    for (const d of drafts)
        if (!d.external)
            for (const key of dayKeys(d.info))
                written.add(key);
    if (written.size === 0)
        return drafts;
    return drafts.filter((d) => !(d.external && !d.linked) || !dayKeys(d.info).some((key) => written.has(key)));
}
/**
 * `#### 2024.03.05 화 - 클로저 공부` and nothing under it, day after day: a log that writes each day on its label.
 * Where most of the log's days (two at least) are a label with a topic and nothing under it, each such topic is its
 * day's writing; elsewhere a day with only a topic is a day left empty (`24.02.09 금요일(설 연휴)` among days written
 * under their labels). Bold labels count their topic already.
 */
function markTopicsWritten(drafts) {
    const days = drafts.filter((d) => d.info.kind === 'day' && !d.row && !d.external);
    const onlyTopic = days.filter((d) => d.info.topic !== '' && unwritten(d));
    if (onlyTopic.length < 2 || onlyTopic.length * 2 < days.length)
        return;
    for (const d of onlyTopic)
        d.hasContent = true;
}
/**
 * `## Day 4 (2025-09-14)` with nothing under it, right over `## Day 4 - Weather Dashboard` and its writing: a heading
 * begun, then written again; the written one is the day (the first would be an empty day, its date a slip).
 */
function withoutBareRepeats(drafts) {
    return drafts.filter((draft, i) => {
        const next = drafts[i + 1];
        if (next === undefined || !unwritten(draft) || draft.external || draft.info.numbers.length === 0)
            return true;
        return next.info.kind !== draft.info.kind || next.info.numbers.join() !== draft.info.numbers.join() || !next.hasContent;
    });
}
/** Where a log heads this many days or more with a date over its own day heading, that is how it heads its days. */
const DATE_OVER_NUMBER_HABIT = 2;
/**
 * `# 2026-05-26` with nothing under it but a comment, then `# Day 9` and the day's writing (a cohort's check-in: the
 * dated heading its bot writes, the learner's own heading under it): one day, dated by the first label and numbered by
 * the second, from the first line. Only where the log does so twice or more, as its habit.
 */
function joinDateOverNumber(drafts) {
    const pairs = new Set();
    drafts.forEach((draft, i) => {
        const next = drafts[i + 1];
        if (next === undefined || draft.info.kind !== 'day' || next.info.kind !== 'day')
            return;
        const bare = unwritten(draft) && !draft.external;
        const dated = draft.info.numbers.length === 0 && (draft.info.dates.length > 0 || draft.info.slashDates.length > 0);
        if (bare && dated && next.info.numbers.length > 0 && !next.row)
            pairs.add(i);
    });
    if (pairs.size < DATE_OVER_NUMBER_HABIT)
        return drafts;
    for (const i of pairs) {
        const [date, day] = [drafts[i], drafts[i + 1]];
        // The learner's own date under their heading (`**日期：2026年6月9日**`) is the day's writing; the check-in's is its date.
        const info = { ...day.info, dates: date.info.dates, slashDates: date.info.slashDates };
        delete info.weekday;
        if (date.info.weekday !== undefined)
            info.weekday = date.info.weekday;
        day.info = info;
        day.line = date.line;
    }
    return drafts.filter((_, i) => !pairs.has(i));
}
/** Nothing written under the label: no content, no section. */
const unwritten = (d) => !d.hasContent && d.sections.length === 0;
/** A label whose words open with a time of day (`2025-11-21 (木) 18:53 - 19:51`): a session, as a `timed` one is. */
const SESSION_TIME = /^\d{1,2}:\d{2}(?!\d)/;
/**
 * Rows of a table of days one after another naming the same day (`| 24.03.04 | A+B |` over `| 24.03.04 | A-B |`: two
 * problems, or two study sessions, of one day), and labels of one day one after another each with its time (sessions),
 * are that day's parts: one entry from its first part to its last, written if any part is, kept elsewhere only if every
 * part is.
 */
function mergePartsOfOneDay(drafts) {
    let previous = null;
    return drafts.filter((draft) => {
        const part = draft.row === true || draft.info.timed === true || SESSION_TIME.test(draft.info.topic);
        const key = part && draft.info.kind === 'day' ? rowKey(draft.info) : '';
        if (key === '' || previous?.key !== key) {
            previous = key === '' ? null : { draft, key };
            return true;
        }
        const kept = previous.draft;
        kept.hasContent ||= draft.hasContent;
        kept.external &&= draft.external;
        kept.endLine = Math.max(kept.endLine, draft.endLine);
        kept.sections.push(...draft.sections);
        return false;
    });
}
function rowKey(info) {
    return [...dayKeys(info), ...info.slashDates.map((d) => d.parts.join('/'))].join(' ');
}
/** What names a label's days: its numbers and its dates, as comparable keys. */
function dayKeys(info) {
    return [...info.numbers.map((n) => `#${n}`), ...info.dates.map((d) => `${d.year ?? ''}-${d.month}-${d.day}`)];
}

;// CONCATENATED MODULE: ./src/log/hidden-days.ts

/** Day headings in code worth saying: two or more. */
const HIDDEN_DAYS = 2;
const ATX_LINE = /^#{1,6}[ \t]+(.+)$/;
/** `## 7일차` lines not read as headings, in the shape of the log's day headings: a note where two or more are. */
function hiddenDayHeadings(lines, blocks, template) {
    const forms = new Set(template.forms.filter((f) => f.kind === 'day' && f.position.startsWith('h')).map((f) => f.form));
    if (forms.size === 0)
        return null;
    let headings = null;
    let count = 0;
    let first = 0;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line.charCodeAt(0) !== 35)
            continue;
        const atx = ATX_LINE.exec(line);
        if (!atx)
            continue;
        if (headings === null) {
            headings = new Set();
            for (const b of blocks)
                if (b.type === 'heading')
                    headings.add(b.line);
        }
        if (headings.has(i + 1))
            continue;
        const info = readLabel(atx[1]);
        if (info?.kind !== 'day' || !forms.has(info.form))
            continue;
        count++;
        first ||= i + 1;
    }
    // One alone is most often an example of the log's own format, in a fence closed after it.
    if (count < HIDDEN_DAYS)
        return null;
    const fence = fenceAt(lines, first - 1);
    if (fence === null)
        return { kind: 'hidden-days', days: count, line: first, inside: 'html' };
    return {
        kind: 'hidden-days',
        days: count,
        line: first,
        inside: 'code',
        ...(closedAfter(lines, first - 1, fence) ? { closed: true } : {})
    };
}
const hidden_days_FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** The fence open at line `at` (0-based), or null: what else hides a heading is an HTML block. */
function fenceAt(lines, at) {
    let open = null;
    for (let i = 0; i < at; i++) {
        const m = hidden_days_FENCE.exec(lines[i]);
        if (!m)
            continue;
        if (open === null)
            open = m[1];
        else if (closes(lines[i], m, open))
            open = null;
    }
    return open;
}
/** Whether a line (its fence match `m`) closes the fence `open`: the same character, as long at least, nothing after. */
const closes = (line, m, open) => m[1][0] === open[0] && m[1].length >= open.length && line.slice(m[0].length).trim() === '';
/** Whether the fence `open` holding line `at` is closed further down: a block quoted on purpose, not a fence left open. */
function closedAfter(lines, at, open) {
    for (let i = at + 1; i < lines.length; i++) {
        const m = hidden_days_FENCE.exec(lines[i]);
        if (m && closes(lines[i], m, open))
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/log/language.ts
var Code;
(function (Code) {
    Code[Code["Newline"] = 10] = "Newline";
    Code[Code["Space"] = 32] = "Space";
    Code[Code["Lt"] = 60] = "Lt";
    Code[Code["Gt"] = 62] = "Gt";
    Code[Code["OpenParen"] = 40] = "OpenParen";
    Code[Code["CloseBracket"] = 93] = "CloseBracket";
    Code[Code["Backtick"] = 96] = "Backtick";
    Code[Code["Tilde"] = 126] = "Tilde";
})(Code || (Code = {}));
/** Beyond this many characters, letters are counted on a sample of lines: a language shows in far fewer. */
const SAMPLE_CHARACTERS = 200_000;
function isHangul(c) {
    return (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f);
}
function isKana(c) {
    return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x31f0 && c <= 0x31ff) || (c >= 0xff66 && c <= 0xff9f);
}
function isHan(c) {
    return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}
/** A fence line: three or more backticks or tildes after at most three spaces. */
function isFence(text, start, end) {
    let i = start;
    while (i < end && i - start < 3 && text.charCodeAt(i) === Code.Space)
        i++;
    if (i >= end)
        return false;
    const mark = text.charCodeAt(i);
    if (mark !== Code.Backtick && mark !== Code.Tilde)
        return false;
    let n = 0;
    while (i < end && text.charCodeAt(i) === mark) {
        i++;
        n++;
    }
    return n >= 3;
}
/** Counts the letters of one line, skipping `<…>` tags and `http(s)://…` up to the next space. */
function countLine(text, start, end, counts) {
    let i = start;
    while (i < end) {
        const c = text.charCodeAt(i);
        if (c === Code.Lt) {
            const close = text.indexOf('>', i);
            // An unclosed `<` on this line is a letter like any other, not a tag.
            if (close !== -1 && close < end) {
                i = close + 1;
                continue;
            }
        }
        else if (c === Code.CloseBracket && text.charCodeAt(i + 1) === Code.OpenParen) {
            // A link's destination (`[Day3](notes/Day3.md)`) is a path, not words of the log.
            const close = text.indexOf(')', i);
            if (close !== -1 && close < end) {
                i = close + 1;
                continue;
            }
        }
        else if ((c === 104 || c === 72) && text.startsWith('://', i + (text.startsWith('https', i) ? 5 : 4))) {
            while (i < end && text.charCodeAt(i) > Code.Space)
                i++;
            continue;
        }
        // Compared in place, not through the helpers above: this loop runs once per character, mostly before
        // the JIT has compiled it, where a call per character costs more than the comparison.
        if (c < 0x1100) {
            if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90))
                counts.latin++;
            // Not IPA, spacing modifiers or combining marks (0x250–0x36f): a pronunciation (`/ʃɪp/`) is no language.
            else if ((c >= 0xc0 && c < 0x250 && c !== 0xd7 && c !== 0xf7) || c >= 0x370)
                counts.other++;
        }
        else if (c >= 0x1e00 && c <= 0x1eff)
            counts.other++;
        else if (isHangul(c))
            counts.hangul++;
        else if (isKana(c))
            counts.kana++;
        else if (isHan(c))
            counts.han++;
        i++;
    }
}
/**
 * Of a log read as English, letters of other languages this share of its letters or more (French, Portuguese and
 * German mark about one in fifty; an English log, a name or a café now and then) say it is written in another language.
 */
const OTHER_SHARE = 0.006;
/**
 * The log's language from its letters outside code fences (Hangul, kana, Han, Latin): the reminders are written in it.
 * For a log read as English, also whether it is written in another language of Latin (or other) letters (`Hoje
 * aprendi…`, `Сегодня…`): its reminders are in English all the same.
 */
function readLanguage(text) {
    const counts = { hangul: 0, kana: 0, han: 0, latin: 0, other: 0 };
    // A long log is known by a sample: every `step`-th line, spread over the whole of it (fences are followed on all).
    const step = Math.max(1, Math.ceil(text.length / SAMPLE_CHARACTERS));
    let inFence = false;
    let start = 0;
    for (let line = 0; start <= text.length; line++) {
        let end = text.indexOf('\n', start);
        if (end === -1)
            end = text.length;
        if (isFence(text, start, end))
            inFence = !inFence;
        else if (!inFence && line % step === 0)
            countLine(text, start, end, counts);
        start = end + 1;
    }
    const { hangul, kana, han, latin, other } = counts;
    const english = { language: 'en', otherLetters: other > 0 && other >= OTHER_SHARE * (latin + other) };
    // Korean logs carry many English terms and titles (`[Python] Dictionary`): Hangul needs a tenth of the Latin letters.
    if (hangul > 0 && hangul >= kana + han)
        return hangul * 10 >= latin ? { language: 'ko', otherLetters: false } : english;
    const cjk = kana + han;
    if (cjk === 0 || cjk * 6 < latin)
        return english;
    // Japanese writes kana between its kanji; a Chinese text has (almost) none.
    return { language: kana * 20 >= han ? 'ja' : 'zh', otherLetters: false };
}

;// CONCATENATED MODULE: ./src/log/block-parser.ts



class GiveUp {
    line;
    constructor(line) {
        this.line = line;
    }
}
/** Open blocks at most (containers and a leaf): deeper nesting is left to the caller's guard. */
const MAX_OPEN = 64;
/** CommonMark's kind-6 HTML block names (as in micromark-util-html-tag-name). */
const BLOCK_NAMES = new Set(('address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt fieldset ' +
    'figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link main menu menuitem ' +
    'nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead title tr track ul').split(' '));
/** Control characters and CR (tabs apart): the reader leaves such lines to micromark. */
const ODD = /[\0-\x08\x0b-\x1f\x7f]/;
/** First characters of a block start: headings, fences, HTML, quotes, setext, breaks, list markers, footnotes. */
const MAY_START_BLOCK = new Set('#`~<>=-+*_[0123456789');
const ATX = /^#{1,6}(?: |$)/;
const block_parser_FENCE = /^(?:`{3,}|~{3,})/;
const block_parser_RAW_HTML = /^<(?:(?:script|pre|style|textarea)(?![A-Za-z0-9-])|\?|![A-Za-z]|!\[CDATA\[)/i;
const TAG_NAME = /^<\/?([A-Za-z][A-Za-z0-9-]*)/;
const ORDERED = /^(\d{1,9})([.)])/;
/** A line after a blank one that no open container can take, so the document may be cut before it. */
function cutsAfterBlank(line) {
    if (line.length === 0)
        return false;
    const c = line.charCodeAt(0);
    if (c === 32 || c === 9)
        return false;
    if (c === 45 || c === 43 || c === 42)
        return false; // - + *
    if (c >= 48 && c <= 57)
        return false; // digits
    return true;
}
/**
 * An ATX heading's depth and text as written (`## Day 5 ##` → 2, `Day 5`), or null. The text runs from after the
 * marker and spaces to before a closing run of #s that follows a space. A loop: the line may be hostile.
 */
function atxHeading(line) {
    let depth = 0;
    while (depth < line.length && line.charCodeAt(depth) === 35)
        depth++;
    if (depth === 0 || depth > 6 || (depth < line.length && line.charCodeAt(depth) !== 32))
        return null;
    let start = depth;
    while (start < line.length && line.charCodeAt(start) === 32)
        start++;
    let end = line.length;
    while (end > start && line.charCodeAt(end - 1) === 32)
        end--;
    let hashes = end;
    while (hashes > start && line.charCodeAt(hashes - 1) === 35)
        hashes--;
    if (hashes < end && (hashes === start || line.charCodeAt(hashes - 1) === 32)) {
        end = hashes;
        while (end > start && line.charCodeAt(end - 1) === 32)
            end--;
    }
    return { depth, text: line.slice(start, end) };
}
/** Whether a line holds nothing but spaces: a character loop, no regex, as the line reader asks it of every line. */
const isBlank = (line) => {
    for (let i = 0; i < line.length; i++)
        if (line.charCodeAt(i) !== 32)
            return false;
    return true;
};
function position(start, end) {
    return { start: { line: start + 1, column: 0, offset: 0 }, end: { line: end + 1, column: 0, offset: 0 } };
}
class BlockParser {
    lines;
    inlineOptions;
    stack = [];
    root;
    line = '';
    lineNo = 0;
    offset = 0;
    /** Columns, kept on lines with tabs only: elsewhere a column is the offset, and these are neither kept nor read. */
    tabs = false;
    column = 0;
    nextColumn = 0;
    partialTab = false;
    /** The line continued indented code as a blank line. */
    blankInCode = false;
    /** Closing what is open at the document's end. */
    atEnd = false;
    /** Closing blocks because the line starts a container. */
    closingForContainer = false;
    nextNonspace = 0;
    indent = 0;
    blank = false;
    allClosed = true;
    lastMatched = 0;
    definitions = [];
    /** micromark's `interrupt` for the line: whether the flow it goes into has a block in progress. */
    interrupt = false;
    lastIndented = null;
    /** The last top-level node handed over at a safe point: still the root's last child for `interrupts`. */
    handedOver = undefined;
    /** The line after a table's header was its delimiter row, read with it. */
    skip = -1;
    constructor(lines, 
    /** The document's definitions (keys), exactly, or those it may have (then a reference to one is left to micromark). */
    inlineOptions) {
        this.lines = lines;
        this.inlineOptions = inlineOptions;
    }
    /**
     * Reads from `from`, a safe point, to the end or to a line it cannot read. With `done`, the nodes
     * read before each safe point are handed to it as soon as they stand (and are not in the result),
     * so that a long log's tree is never held whole.
     */
    read(from, done) {
        const { lines } = this;
        this.root = { type: 'root', children: [] };
        this.stack = [{ kind: 'root', node: this.root }];
        this.definitions = [];
        this.skip = -1;
        this.atEnd = false;
        this.lastIndented = null;
        this.handedOver = undefined;
        let safe = from;
        let kept = 0;
        let keptDefinitions = 0;
        try {
            // A final empty line is the document's closing line ending, not a line.
            const end = lines.length > from + 1 && lines[lines.length - 1] === '' ? lines.length - 1 : lines.length;
            for (let n = from; n < end; n++) {
                if (n === this.skip)
                    continue;
                const line = lines[n];
                if (n > from && isBlank(lines[n - 1]) && cutsAfterBlank(line) && !this.inSpanningLeaf()) {
                    // Nothing open can take this line: close everything, and what was read so far stands.
                    this.closingForContainer = line.charCodeAt(0) === 62 || (line.startsWith('[^') && footnoteLabel(line) !== null);
                    this.closeAbove(0, n - 1);
                    this.closingForContainer = false;
                    safe = n;
                    if (done !== undefined && this.root.children.length > 0) {
                        this.handedOver = this.root.children[this.root.children.length - 1];
                        done(this.root.children);
                        this.root.children = [];
                    }
                    kept = this.root.children.length;
                    keptDefinitions = this.definitions.length;
                }
                this.incorporate(n);
            }
            // An HTML comment open at the end takes the closing line ending too (micromark's reading).
            if (end < lines.length && this.tip.kind === 'html')
                this.incorporate(end);
            this.atEnd = true;
            this.closeAbove(0, end - 1);
            return { nodes: this.root.children, safe: lines.length, gaveUpAt: null, definitions: this.definitions };
        }
        catch (error) {
            if (!(error instanceof GiveUp))
                throw error;
            return {
                nodes: this.root.children.slice(0, kept),
                safe,
                gaveUpAt: error.line,
                definitions: this.definitions.slice(0, keptDefinitions)
            };
        }
    }
    /** A fenced code block or HTML comment open at the top level runs on past blank lines. */
    inSpanningLeaf() {
        const tip = this.stack[this.stack.length - 1];
        return tip.kind === 'fenced' || (tip.kind === 'html' && tip.type === 2);
    }
    get tip() {
        return this.stack[this.stack.length - 1];
    }
    findNextNonspace() {
        let i = this.offset;
        const { line } = this;
        if (!this.tabs) {
            while (i < line.length && line.charCodeAt(i) === 32)
                i++;
            this.nextNonspace = i;
            this.indent = i - this.offset;
            this.blank = i >= line.length;
            return;
        }
        // With tabs, indentation is counted in columns (a tab runs to the next multiple of 4).
        let column = this.column;
        while (i < line.length) {
            const c = line.charCodeAt(i);
            if (c === 32)
                column++;
            else if (c === 9)
                column += 4 - (column % 4);
            else
                break;
            i++;
        }
        this.nextNonspace = i;
        this.nextColumn = column;
        this.indent = column - this.column;
        this.blank = i >= line.length;
    }
    /** Moves past `count` columns (commonmark.js's advanceOffset with columns): a tab may be taken in part. */
    advance(count) {
        if (!this.tabs) {
            this.offset += count;
            return;
        }
        const { line } = this;
        while (count > 0 && this.offset < line.length) {
            if (line.charCodeAt(this.offset) === 9) {
                const toTab = 4 - (this.column % 4);
                this.partialTab = toTab > count;
                const step = Math.min(toTab, count);
                this.column += step;
                if (!this.partialTab)
                    this.offset++;
                count -= step;
            }
            else {
                this.partialTab = false;
                this.offset++;
                this.column++;
                count--;
            }
        }
    }
    toNextNonspace() {
        this.offset = this.nextNonspace;
        this.column = this.nextColumn;
        this.partialTab = false;
    }
    /** Moves to `offset`, at or past the next non-space, with no tab in between (`blockStart` leaves a line with one to micromark). */
    moveTo(offset) {
        this.offset = offset;
        this.column = this.nextColumn + (offset - this.nextNonspace);
        this.partialTab = false;
    }
    /** The rest of the line from the offset; what is left of a tab taken in part becomes spaces. */
    restOfLine() {
        if (!this.partialTab)
            return this.line.slice(this.offset);
        return ' '.repeat(4 - (this.column % 4)) + this.line.slice(this.offset + 1);
    }
    /** commonmark.js's incorporateLine. */
    incorporate(n) {
        const line = this.lines[n];
        // Tabs are read in indentation (counted in columns) and in code; elsewhere the line is left to micromark.
        const tab = line.includes('\t');
        if (ODD.test(line))
            throw new GiveUp(n);
        this.line = line;
        this.lineNo = n;
        this.offset = 0;
        this.tabs = tab;
        this.blankInCode = false;
        this.column = 0;
        this.nextColumn = 0;
        this.partialTab = false;
        let container = 0;
        // Which open blocks does the line continue?
        while (container + 1 < this.stack.length) {
            const block = this.stack[container + 1];
            this.findNextNonspace();
            const result = this.continues(block);
            if (result === 2)
                return;
            if (result === 1)
                break;
            container++;
        }
        this.allClosed = container === this.stack.length - 1;
        this.lastMatched = container;
        this.interrupt = this.interrupts(this.stack[container]);
        // Paragraph text keeps its indent after the container markers: a code span that spans lines keeps it.
        let textStart = this.offset;
        const kind = this.stack[container].kind;
        let matchedLeaf = kind === 'fenced' || kind === 'indented' || kind === 'html';
        while (!matchedLeaf) {
            this.findNextNonspace();
            // Only these can start a block; an indented line may be code.
            if (this.indent < 4 && !MAY_START_BLOCK.has(line[this.nextNonspace] ?? '')) {
                this.toNextNonspace();
                break;
            }
            const started = this.blockStart(container);
            if (started === 0) {
                this.toNextNonspace();
                break;
            }
            if (started === 3)
                return;
            container = this.stack.length - 1;
            textStart = this.offset;
            if (started === 2)
                matchedLeaf = true;
        }
        // What is left is text.
        const tip = this.tip;
        if (!this.allClosed && !this.blank && tip.kind === 'paragraph') {
            // A lazy continuation line.
            if (tip.lines.length === 0 || tab)
                throw new GiveUp(n);
            // Indented four or more, the tag cannot start an HTML block: the line is plain lazy text.
            if (this.indent < 4 && line.charCodeAt(this.offset) === 60 && isCompleteTag(line.slice(this.offset))) {
                this.lazyTag(n, textStart);
                return;
            }
            if (maybeDelimiterRow(line.slice(this.offset)) || maybeDelimiterRow(this.lines[n + 1] ?? ''))
                throw new GiveUp(n);
            tip.lines.push(line.slice(textStart));
            return;
        }
        // A table row on a line that leaves the table's containers: micromark may read it as a lazy row.
        if (!this.allClosed && !this.blank && tip.kind === 'table')
            throw new GiveUp(n);
        this.closeUnmatched();
        const target = this.stack[container];
        // A tab in what is left of the line is read only in code and HTML (in indentation, it was counted in columns above).
        if (target.kind === 'paragraph') {
            if (tab && line.includes('\t', target.lines.length === 0 ? this.nextNonspace : textStart))
                throw new GiveUp(n);
            if (this.tableStarts(n))
                return;
            // A table's delimiter row under a paragraph line (a table the line reader did not take): left to micromark.
            if (maybeDelimiterRow(line.slice(this.offset)))
                throw new GiveUp(n);
            if (target.lines.length === 0)
                this.contentLine(target, n);
            else
                target.lines.push(line.slice(textStart));
        }
        else if (target.kind === 'fenced') {
            const text = this.restOfLine();
            // The document's last line, with nothing past its prefixes (`>`, an indent): micromark ends the code before it.
            if (text !== '' || line === '' || n < this.lines.length - 1)
                target.lines.push(text);
        }
        else if (target.kind === 'indented') {
            target.lines.push(this.blankInCode ? null : this.restOfLine());
        }
        else if (target.kind === 'html') {
            const text = this.restOfLine();
            target.lines.push(text);
            // A comment ends on the line that holds `-->` (after the opening `<!--` on its first line).
            if (target.type === 2 && text.indexOf('-->', target.lines.length === 1 ? text.indexOf('<!--') + 4 : 0) >= 0)
                this.close(n);
        }
        else if (target.kind === 'table' && !this.blank) {
            if (tab && line.includes('\t', this.nextNonspace))
                throw new GiveUp(n);
            this.tableRow(target, n);
        }
        else if (!this.blank) {
            if (tab && line.includes('\t', this.nextNonspace))
                throw new GiveUp(n);
            this.toNextNonspace();
            if (this.tableStarts(n))
                return;
            this.paragraphStart(n);
        }
    }
    /**
     * A lazy line that is one complete tag: micromark ends the paragraph and starts an HTML block
     * (kind 7) in the paragraph's container, as though the line went on in every container; the
     * document's last line (with no line ending after it) starts one after the containers instead.
     */
    lazyTag(n, textStart) {
        const last = n === this.lines.length - 1;
        if (last)
            this.closeUnmatched();
        else {
            this.close(n - 1);
            this.allClosed = true;
        }
        this.addChild({
            kind: 'html',
            node: { type: 'html', value: '', position: position(n, n) },
            type: 7,
            lines: [this.line.slice(textStart)]
        });
    }
    /**
     * Whether a list item starting on this line interrupts something (then it may not be empty, nor
     * ordered from other than 1): a paragraph the line continues, or indented code last in the
     * container (micromark keeps indented code in progress past blank lines), for every item the line starts.
     */
    interrupts(container) {
        if (container.kind === 'paragraph')
            return true;
        // The container's last block is indented code exactly when it is the newest indented code (blocks come in order).
        // Indented code handed over at the last safe point still interrupts: micromark keeps it in progress past the blank.
        const last = lastChild(container) ?? (container.kind === 'root' ? this.handedOver : undefined);
        return this.lastIndented !== null && last === this.lastIndented;
    }
    /** 0: the line continues the block; 1: it does not; 2: it closed the block (a closing fence) and is used up. */
    continues(block) {
        const { line } = this;
        switch (block.kind) {
            case 'blockquote':
                if (this.indent <= 3 && line.charCodeAt(this.nextNonspace) === 62) {
                    this.toNextNonspace();
                    this.offset++;
                    this.column++;
                    const c = line.charCodeAt(this.offset);
                    if (c === 32 || c === 9)
                        this.advance(1);
                    return 0;
                }
                return 1;
            case 'list':
                return 0;
            case 'footnote':
                // A blank line goes on as it is: its spaces stay (in fenced code, say).
                if (this.blank)
                    return 0;
                if (this.indent >= 4) {
                    this.advance(4);
                    return 0;
                }
                return 1;
            case 'item':
                if (this.blank) {
                    // An item that began with a blank line ends at a second one.
                    if (block.node.children.length === 0)
                        return 1;
                    // Spaces past the item's indent stay (a blank line in fenced code keeps them).
                    if (this.indent >= block.width)
                        this.advance(block.width);
                    else
                        this.toNextNonspace();
                    return 0;
                }
                if (this.indent >= block.width) {
                    this.advance(block.width);
                    return 0;
                }
                return 1;
            case 'fenced': {
                const rest = line.slice(this.nextNonspace);
                const close = block_parser_FENCE.exec(rest);
                if (this.indent <= 3 &&
                    close &&
                    close[0][0] === block.fence[0] &&
                    close[0].length >= block.fence.length &&
                    isBlank(rest.slice(close[0].length))) {
                    block.closed = true;
                    this.close(this.lineNo);
                    return 2;
                }
                // A closing fence followed by a tab: left to micromark.
                if (this.tabs && close && this.indent <= 3 && /^[ \t]*$/.test(rest.slice(close[0].length)))
                    throw new GiveUp(this.lineNo);
                let skip = block.indent;
                while (skip > 0 && (line.charCodeAt(this.offset) === 32 || line.charCodeAt(this.offset) === 9)) {
                    this.advance(1);
                    skip--;
                }
                return 0;
            }
            case 'indented':
                this.blankInCode = false;
                if (this.indent >= 4) {
                    this.advance(4);
                    return 0;
                }
                if (this.blank) {
                    this.toNextNonspace();
                    this.blankInCode = true;
                    return 0;
                }
                return 1;
            case 'html':
                return this.blank && block.type !== 2 ? 1 : 0;
            case 'paragraph':
            case 'table':
                return this.blank ? 1 : 0;
            default:
                return 1;
        }
    }
    /**
     * Tries the block starts in commonmark.js's order. 0: none; 1: a container opened;
     * 2: a leaf opened that takes the rest of the line as text; 3: a leaf that used the line up.
     */
    blockStart(container) {
        const { line, lineNo } = this;
        const indented = this.indent >= 4;
        const at = this.nextNonspace;
        const rest = line.slice(at);
        const c = at < line.length ? line.charCodeAt(at) : -1;
        const inParagraph = this.stack[container].kind === 'paragraph';
        // A tab after the indentation (`-\tx`, `#\tx`, a fence's info string): left to micromark.
        if (this.tabs && !indented && rest.includes('\t'))
            throw new GiveUp(lineNo);
        if (!indented && c === 91 && line.charCodeAt(at + 1) === 94) {
            const label = footnoteLabel(rest);
            if (label !== null) {
                // A footnote definition: a container whose content starts after `]:` and any spaces.
                let offset = at + label.length + 4;
                while (line.charCodeAt(offset) === 32)
                    offset++;
                this.moveTo(offset);
                this.closeUnmatched(true);
                const node = {
                    type: 'footnoteDefinition',
                    identifier: (0,micromark_util_normalize_identifier/* normalizeIdentifier */.B)(label).toLowerCase(),
                    label,
                    children: [],
                    position: position(lineNo, lineNo)
                };
                this.addChild({ kind: 'footnote', node });
                this.definitions.push(['^' + (0,micromark_util_normalize_identifier/* normalizeIdentifier */.B)(label), definitionLine(label, true)]);
                return 1;
            }
        }
        if (!indented && c === 62) {
            // Block quote.
            this.moveTo(line.charCodeAt(at + 1) === 32 ? at + 2 : at + 1);
            this.closeUnmatched(true);
            this.addChild({ kind: 'blockquote', node: { type: 'blockquote', children: [], position: position(lineNo, lineNo) } });
            return 1;
        }
        if (!indented && c === 35 && ATX.test(rest)) {
            this.closeUnmatched();
            this.heading(rest);
            return 3;
        }
        if (!indented && (c === 96 || c === 126)) {
            const fence = block_parser_FENCE.exec(rest);
            if (fence && !(c === 96 && rest.slice(fence[0].length).includes('`'))) {
                this.closeUnmatched();
                const info = rest.slice(fence[0].length).trim();
                const space = info.search(/ /);
                const node = {
                    type: 'code',
                    lang: info === '' ? null : space < 0 ? info : info.slice(0, space),
                    meta: space < 0 ? null : info.slice(space + 1).trim() || null,
                    value: '',
                    position: position(lineNo, lineNo)
                };
                this.addChild({ kind: 'fenced', node, fence: fence[0], indent: this.indent, lines: [] });
                return 3;
            }
        }
        if (!indented && c === 60) {
            const type = this.htmlType(rest, inParagraph);
            if (type !== 0) {
                this.closeUnmatched();
                const block = { kind: 'html', node: { type: 'html', value: '', position: position(lineNo, lineNo) }, type, lines: [] };
                this.addChild(block);
                // The line, indentation included, is the block's (added as text below).
                return 2;
            }
        }
        if (!indented && inParagraph && (c === 61 || c === 45) && isSetextUnderline(rest)) {
            this.closeUnmatched();
            this.setext(c === 61 ? 1 : 2);
            return 3;
        }
        if (!indented && (c === 42 || c === 45 || c === 95) && isThematicBreak(rest)) {
            this.closeUnmatched();
            this.addChild(null, { type: 'thematicBreak', position: position(lineNo, lineNo) });
            return 3;
        }
        if (!indented && (c === 45 || c === 43 || c === 42 || (c >= 48 && c <= 57 && ORDERED.test(rest)))) {
            const started = this.listItem(container, rest);
            if (started)
                return 1;
        }
        if (indented && this.tip.kind !== 'paragraph' && !this.blank) {
            // Indented code on the line that closes a container: micromark splits it oddly.
            if (!this.allClosed || this.tip.kind === 'list')
                throw new GiveUp(lineNo);
            this.advance(4);
            this.closeUnmatched();
            const node = { type: 'code', lang: null, meta: null, value: '', position: position(lineNo, lineNo) };
            this.lastIndented = node;
            this.addChild({ kind: 'indented', node, lines: [] });
            return 2;
        }
        return 0;
    }
    /** The kind of HTML block the line starts (2, 6 or 7), 0 for none; gives up on raw kinds 1, 3, 4, 5. */
    htmlType(rest, inParagraph) {
        if (block_parser_RAW_HTML.test(rest))
            throw new GiveUp(this.lineNo);
        if (rest.startsWith('<!--')) {
            // A comment that closes in its own opener (`<!-->`, `<!--->`) reads differently across parsers.
            if (/^<!---?>/.test(rest))
                throw new GiveUp(this.lineNo);
            return 2;
        }
        const name = TAG_NAME.exec(rest);
        if (!name)
            return 0;
        if (BLOCK_NAMES.has(name[1].toLowerCase())) {
            const after = rest.slice(name[0].length);
            if (after === '' || after[0] === ' ' || after[0] === '>' || after.startsWith('/>'))
                return 6;
        }
        // Kind 7 cannot interrupt a paragraph, nor start on a lazy line.
        if (inParagraph || (!this.allClosed && !this.blank && this.tip.kind === 'paragraph'))
            return 0;
        return isCompleteTag(rest) ? 7 : 0;
    }
    listItem(container, rest) {
        const { lineNo } = this;
        const interrupting = this.interrupt;
        let marker;
        let start = null;
        const first = rest.charCodeAt(0);
        if (first === 45 || first === 43 || first === 42)
            marker = rest[0];
        else {
            const ordered = ORDERED.exec(rest);
            start = Number(ordered[1]);
            // An ordered list interrupts a paragraph only from 1.
            if (interrupting && start !== 1)
                return false;
            marker = ordered[0];
        }
        const after = marker.length;
        if (after < rest.length && rest.charCodeAt(after) !== 32)
            return false;
        const blankItem = isBlank(rest.slice(after));
        if (interrupting && blankItem)
            return false;
        // The content starts after one to four spaces; five or more, or none, count as one.
        let spaces = 0;
        while (spaces < 5 && after + spaces < rest.length && rest.charCodeAt(after + spaces) === 32)
            spaces++;
        const padding = spaces >= 5 || spaces < 1 || blankItem ? marker.length + 1 : marker.length + spaces;
        const width = this.indent + padding;
        this.moveTo(this.nextNonspace + Math.min(padding, rest.length));
        this.closeUnmatched(true);
        const kind = start === null ? marker : marker[marker.length - 1];
        const tip = this.tip;
        if (tip.kind !== 'list' || tip.marker !== kind) {
            const list = { type: 'list', ordered: start !== null, start, spread: false, children: [], position: position(lineNo, lineNo) };
            this.addChild({ kind: 'list', node: list, marker: kind });
        }
        const item = { type: 'listItem', spread: false, checked: null, children: [], position: position(lineNo, lineNo) };
        this.addChild({ kind: 'item', node: item, width, line: lineNo });
        return true;
    }
    heading(rest) {
        const { lineNo } = this;
        const { depth, text } = atxHeading(rest);
        const node = {
            type: 'heading',
            depth: depth,
            children: this.inline(text),
            position: position(lineNo, lineNo)
        };
        this.addChild(null, node);
    }
    setext(depth) {
        const paragraph = this.tip;
        if (paragraph.kind !== 'paragraph' || paragraph.lines.length === 0)
            throw new GiveUp(this.lineNo);
        const parent = this.stack[this.stack.length - 2].node;
        const node = {
            type: 'heading',
            depth,
            children: this.inline(paragraphText(paragraph.lines)),
            // micromark starts a setext heading at the first definition before it.
            position: position(paragraph.runStart, this.lineNo)
        };
        parent.children[parent.children.indexOf(paragraph.node)] = node;
        this.stack.pop();
    }
    /** A paragraph starts here, unless the line is a link definition. */
    paragraphStart(n) {
        const block = {
            kind: 'paragraph',
            node: { type: 'paragraph', children: [], position: position(n, n) },
            lines: [],
            start: n,
            runStart: n
        };
        // Not added to its parent until it has a line: definitions may come first.
        this.addChild(block, undefined, false);
        this.contentLine(block, n);
    }
    /** The first line of a paragraph, or one more definition before it (definitions and a paragraph read as one run). */
    contentLine(block, n) {
        this.findNextNonspace();
        const text = this.line.slice(this.nextNonspace);
        if (text.charCodeAt(0) === 91) {
            if (this.indent >= 4)
                throw new GiveUp(n);
            const definition = this.definition(text, n);
            if (definition) {
                ;
                this.stack[this.stack.length - 2].node.children.push(definition);
                return;
            }
        }
        block.lines.push(text);
        block.start = n;
        block.node.position = position(n, n);
        this.stack[this.stack.length - 2].node.children.push(block.node);
    }
    /** A one-line link definition; null where the line is not one; gives up where it might be one that goes on. */
    definition(text, n) {
        if (text.startsWith('[^')) {
            if (/^\[\^[^\]]*\]:/.test(text) || !text.includes(']'))
                throw new GiveUp(n);
        }
        // The label: no unescaped brackets, on this line.
        let i = 1;
        for (; i < text.length; i++) {
            const c = text.charCodeAt(i);
            if (c === 92)
                i++;
            else if (c === 91)
                return null;
            else if (c === 93)
                break;
        }
        if (i >= text.length) {
            // `[` with no `]` on the line: a label could go on to the next line.
            throw new GiveUp(n);
        }
        if (text.charCodeAt(i + 1) !== 58)
            return null;
        const label = text.slice(1, i);
        if (label.length > 999 || isBlank(label))
            return null;
        let j = i + 2;
        while (text.charCodeAt(j) === 32)
            j++;
        if (j >= text.length)
            throw new GiveUp(n); // the destination may be on the next line
        // The destination.
        let url;
        if (text.charCodeAt(j) === 60) {
            const start = j + 1;
            for (j = start; j < text.length; j++) {
                const c = text.charCodeAt(j);
                if (c === 62)
                    break;
                if (c === 60)
                    return null;
                if (c === 92)
                    j++;
            }
            if (j >= text.length)
                return null;
            url = text.slice(start, j);
            j++;
        }
        else {
            const start = j;
            let balance = 0;
            for (; j < text.length; j++) {
                const c = text.charCodeAt(j);
                if (c === 32)
                    break;
                if (c === 40)
                    balance++;
                else if (c === 41) {
                    if (balance === 0)
                        break;
                    balance--;
                }
                else if (c === 92)
                    j++;
                else if (c < 32 || c === 127)
                    return null;
            }
            if (balance !== 0 || j === start)
                return null;
            if (j < text.length && text.charCodeAt(j) !== 32)
                return null;
            url = text.slice(start, j);
        }
        let title = null;
        const afterDestination = j;
        while (text.charCodeAt(j) === 32)
            j++;
        if (j >= text.length) {
            // A title may follow on the next line.
            const next = this.lines[n + 1];
            if (next !== undefined && /^ *["'(]/.test(next))
                throw new GiveUp(n);
        }
        else {
            const open = text.charCodeAt(j);
            if (j === afterDestination || !(open === 34 || open === 39 || open === 40))
                return null;
            const close = open === 40 ? 41 : open;
            const start = j + 1;
            for (j = start; j < text.length; j++) {
                const c = text.charCodeAt(j);
                if (c === close)
                    break;
                if (c === 92)
                    j++;
                else if (open === 40 && c === 40)
                    return null;
            }
            // An unclosed title may close on a later line.
            if (j >= text.length)
                throw new GiveUp(n);
            title = text.slice(start, j);
            if (!isBlank(text.slice(j + 1)))
                return null;
        }
        this.definitions.push([(0,micromark_util_normalize_identifier/* normalizeIdentifier */.B)(label), definitionLine(label, false)]);
        return {
            type: 'definition',
            identifier: (0,micromark_util_normalize_identifier/* normalizeIdentifier */.B)(label).toLowerCase(),
            label,
            url,
            title,
            position: position(n, n)
        };
    }
    /** A GFM table whose header is this line and whose delimiter row is the next (inside the same containers). */
    tableStarts(n) {
        const next = this.lines[n + 1];
        const text = this.line.slice(this.offset);
        // A header indented four or more is paragraph text (or code), never a table's.
        if (next === undefined || this.indent > 3)
            return false;
        // The next line's containers are found by counting spaces: with a tab, a possible table is left to micromark.
        if (this.tabs || next.includes('\t')) {
            if (maybeDelimiterRow(next))
                throw new GiveUp(n);
            return false;
        }
        const containers = this.stack.length - (this.tip.kind === 'paragraph' ? 1 : 0);
        const after = this.continuation(next, containers);
        if (after < 0) {
            // The next line leaves these containers: if it looks like a delimiter row, micromark may still read a table.
            if (maybeDelimiterRow(next))
                throw new GiveUp(n);
            return false;
        }
        const rest = next.slice(after);
        if (!maybeDelimiterRow(rest))
            return false;
        const row = rest.slice(indentOf(rest));
        const delimiters = delimiterCells(row);
        // A delimiter row that could be a list item, or a header with a code span: left to micromark.
        if (delimiters === null || row.startsWith('- ') || indentOf(rest) > 3 || text.includes('`'))
            throw new GiveUp(n);
        if (ODD.test(next))
            throw new GiveUp(n + 1);
        const head = splitRow(text);
        if (head.length !== delimiters.length)
            throw new GiveUp(n);
        if (this.tip.kind === 'paragraph') {
            if (this.tip.lines.length === 0)
                throw new GiveUp(n);
            this.close(n - 1);
        }
        const align = delimiters.map((d) => {
            const left = d.startsWith(':');
            const right = d.endsWith(':');
            return left && right ? 'center' : left ? 'left' : right ? 'right' : null;
        });
        const table = { type: 'table', align, children: [this.row(head, n)], position: position(n, n + 1) };
        this.addChild({ kind: 'table', node: table });
        this.skip = n + 1;
        return true;
    }
    /** Where `line`'s content starts inside the first `count` open blocks (root included), or -1 where it leaves one. */
    continuation(line, count) {
        let offset = 0;
        for (let k = 1; k < count; k++) {
            const block = this.stack[k];
            let i = offset;
            while (i < line.length && line.charCodeAt(i) === 32)
                i++;
            const indent = i - offset;
            if (i >= line.length)
                return -1;
            if (block.kind === 'blockquote') {
                if (indent > 3 || line.charCodeAt(i) !== 62)
                    return -1;
                offset = i + 1;
                if (line.charCodeAt(offset) === 32)
                    offset++;
            }
            else if (block.kind === 'item' || block.kind === 'footnote') {
                const width = block.kind === 'item' ? block.width : 4;
                if (indent < width)
                    return -1;
                offset += width;
            }
            else if (block.kind !== 'list') {
                return -1;
            }
        }
        return offset;
    }
    row(cells, n) {
        return {
            type: 'tableRow',
            children: cells.map((cell) => ({ type: 'tableCell', children: this.inline(cell), position: position(n, n) })),
            position: position(n, n)
        };
    }
    /** A body row (a line that starts another block has ended the table before this). */
    tableRow(table, n) {
        table.node.children.push(this.row(splitRow(this.line.slice(this.nextNonspace)), n));
        table.node.position.end.line = n + 1;
    }
    inline(text) {
        const nodes = parseInline(text, this.inlineOptions);
        if (nodes === null)
            throw new GiveUp(this.lineNo);
        return nodes;
    }
    /** Adds an open block (or, with `leaf`, a finished node) to the innermost block that can hold it, closing those that cannot. */
    addChild(block, leaf, attach = true) {
        const node = leaf ?? block.node;
        const isItem = node.type === 'listItem';
        for (;;) {
            const tip = this.tip;
            const holds = isItem
                ? tip.kind === 'list'
                : tip.kind === 'root' || tip.kind === 'blockquote' || tip.kind === 'item' || tip.kind === 'footnote';
            if (holds)
                break;
            this.close(this.lineNo - 1);
        }
        if (attach)
            this.tip.node.children.push(node);
        if (block) {
            if (this.stack.length >= MAX_OPEN)
                throw new GiveUp(this.lineNo);
            this.stack.push(block);
        }
    }
    /** Closes the blocks the line did not continue (once per line); `forContainer`: the line starts a quote, item or footnote. */
    closeUnmatched(forContainer = false) {
        if (this.allClosed)
            return;
        this.closingForContainer = forContainer;
        this.closeAbove(this.lastMatched, this.lineNo - 1);
        this.closingForContainer = false;
        this.allClosed = true;
    }
    closeAbove(index, end) {
        while (this.stack.length - 1 > index)
            this.close(end);
    }
    /** Finishes the innermost open block; `end` is its last line. */
    close(end) {
        const block = this.stack.pop();
        const node = block.node;
        if (node.position && block.kind !== 'table')
            node.position.end.line = Math.max(node.position.start.line, end + 1);
        switch (block.kind) {
            case 'paragraph':
                this.finishParagraph(block, end);
                break;
            case 'fenced': {
                // Closed with its container by a line that starts no other container (nor by a fence, nor at the end):
                // micromark leaves out a last empty line.
                if (!this.atEnd && !block.closed && !this.closingForContainer && block.lines[block.lines.length - 1] === '')
                    block.lines.pop();
                block.node.value = block.lines.join('\n');
                break;
            }
            case 'indented': {
                // Blank lines indented less than the code go at the end; the code runs to its last line indented as far,
                // and its value loses one line ending at the end (mdast-util-from-markdown's reading).
                const lines = block.lines;
                while (lines.length > 0 && lines[lines.length - 1] === null)
                    lines.pop();
                const value = lines.map((line) => line ?? '').join('\n');
                block.node.value = value.endsWith('\n') ? value.slice(0, -1) : value;
                block.node.position.end.line = block.node.position.start.line + lines.length - 1;
                break;
            }
            case 'html':
                block.node.value = block.lines.join('\n');
                // A comment left open, ended with its container by a line that starts another: micromark keeps the line
                // ending, and the node runs to the start of that line.
                if (block.type === 2 && this.closingForContainer) {
                    block.node.value += '\n';
                    block.node.position.end.line = end + 2;
                }
                break;
            case 'item':
            case 'list':
            case 'footnote':
            case 'blockquote': {
                const children = block.node.children;
                const last = children[children.length - 1];
                if (last?.position)
                    block.node.position.end.line = Math.max(block.node.position.start.line, last.position.end.line);
                break;
            }
        }
    }
    finishParagraph(block, end) {
        if (block.lines.length === 0)
            return;
        const parent = this.tip;
        block.node.position = position(block.start, Math.max(block.start, end));
        let text = paragraphText(block.lines);
        // `www.` last, with spaces after it that the paragraph drops: micromark still sees them, and links `www`.
        if (block.lines[block.lines.length - 1].endsWith(' ') && /www\.$/i.test(text))
            throw new GiveUp(block.start);
        // A task list item: `[ ]`, `[x]` or `[X]` first in the first paragraph of an item, then whitespace and more.
        if (parent.kind === 'item' && parent.node.children[0] === block.node && text.charCodeAt(0) === 91) {
            const check = /^\[([ xX])\](?=[ \n])/.exec(text);
            if (check) {
                if (parent.line !== block.start)
                    throw new GiveUp(block.start);
                const after = text.slice(3);
                const firstLine = after.split('\n', 1)[0];
                if (isBlank(firstLine) && after.includes('\n'))
                    throw new GiveUp(block.start);
                if (!isBlank(after)) {
                    parent.node.checked = check[1] !== ' ';
                    text = after;
                    const children = this.inline(text);
                    const head = children[0];
                    if (head?.type === 'text') {
                        head.value = head.value.slice(1);
                        if (head.value === '')
                            children.shift();
                    }
                    block.node.children = children;
                    return;
                }
            }
        }
        block.node.children = this.inline(text);
    }
}
const indentOf = (line) => {
    let i = 0;
    while (line.charCodeAt(i) === 32)
        i++;
    return i;
};
/** A paragraph's inline content: its lines as written (continuation indents stay: code spans keep them), trailing spaces gone. */
function paragraphText(lines) {
    const text = lines.join('\n');
    let end = text.length;
    while (end > 0 && text.charCodeAt(end - 1) === 32)
        end--;
    return text.slice(0, end);
}
/** A table row's cells: split at unescaped pipes, the outer pipes dropped, each trimmed. */
function splitRow(text) {
    const cells = [];
    let cell = '';
    let i = 0;
    let end = text.length;
    while (end > 0 && text.charCodeAt(end - 1) === 32)
        end--;
    if (text.charCodeAt(0) === 124)
        i = 1;
    for (; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c === 92 && i + 1 < end) {
            cell += text[i] + text[i + 1];
            i++;
        }
        else if (c === 124) {
            cells.push(cell);
            cell = '';
        }
        else
            cell += text[i];
    }
    if (cell !== '' || text.charCodeAt(end - 1) !== 124 || end <= 1)
        cells.push(cell);
    return cells.map((c) => c.trim());
}
/** A run of three or more `*`, `-` or `_` (one kind), spaces allowed between. */
function isThematicBreak(text) {
    const marker = text.charCodeAt(0);
    let count = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === marker)
            count++;
        else if (c !== 32)
            return false;
    }
    return count >= 3;
}
/** `===` or `---` (one kind), then only spaces. */
function isSetextUnderline(text) {
    const marker = text.charCodeAt(0);
    let i = 0;
    while (text.charCodeAt(i) === marker)
        i++;
    return isBlank(text.slice(i));
}
/** Anything like a table's delimiter row: spaces, an optional pipe, then `-`, `:`, `|` and spaces only, with a dash. */
const isSpaceOrTab = (c) => c === 32 || c === 9;
function isDelimiterLike(text) {
    // Tabs count as spaces here: this is a first, generous test.
    // Indices stay inside the text: reading past the end costs the compiled code a deoptimization.
    const n = text.length;
    let i = 0;
    while (i < n && isSpaceOrTab(text.charCodeAt(i)))
        i++;
    if (i < n && text.charCodeAt(i) === 124)
        i++;
    while (i < n && isSpaceOrTab(text.charCodeAt(i)))
        i++;
    if (i < n && text.charCodeAt(i) === 58)
        i++;
    if (i >= n || text.charCodeAt(i) !== 45)
        return false;
    for (; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c !== 45 && c !== 58 && c !== 124 && !isSpaceOrTab(c))
            return false;
    }
    return true;
}
/** A delimiter row with a pipe or a colon (a bare `---` is a setext underline or a break). */
function maybeDelimiterRow(text) {
    return isDelimiterLike(text) && (text.includes('|') || text.includes(':'));
}
/** The cells of a delimiter row (`:--`, `--:`, `:-:`, `---`), or null where it is not one. */
function delimiterCells(row) {
    const cells = splitRow(row);
    for (const cell of cells)
        if (!/^:?-+:?$/.test(cell))
            return null;
    return cells;
}
/** One complete open or closing tag and nothing after it but spaces (an HTML block of kind 7, where one may start). */
function isCompleteTag(text) {
    if (/^<(?:script|pre|style|textarea)(?![A-Za-z0-9-])/i.test(text))
        return false;
    const end = text.charCodeAt(1) === 47 ? closingTagEnd(text, 0) : openTagEnd(text, 0);
    return end > 0 && isBlank(text.slice(end));
}
function lastChild(block) {
    const children = block.node.children;
    return children ? children[children.length - 1] : undefined;
}
/** The label of a footnote definition opening `text` (`[^label]:`), or null: no spaces, no `[`, at most 999 characters. */
function footnoteLabel(text) {
    let i = 2;
    for (; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 93)
            break;
        if (c === 32 || c === 91 || i > 1000)
            return null;
        if (c === 92 && (text.charCodeAt(i + 1) === 91 || text.charCodeAt(i + 1) === 92 || text.charCodeAt(i + 1) === 93))
            i++;
    }
    if (i >= text.length || i === 2 || text.charCodeAt(i + 1) !== 58)
        return null;
    return text.slice(2, i);
}

;// CONCATENATED MODULE: ./src/log/fast-blocks.ts





/** Beyond these, micromark's time grows with the square of the input: such a stretch is not given to it. */
const MAX_CONTAINER_DEPTH = 32;
const MAX_INDENT = 256;
const MAX_BRACKET_DEPTH = 64;
const MAX_MARKS_PER_PARAGRAPH = 4000;
/** The first safe point at or after `at`, counting fences opened from `from` on so as not to cut inside one. */
function nextSafePoint(lines, from, at) {
    let fence = null;
    for (let i = from; i < lines.length; i++) {
        const line = lines[i];
        if (fence !== null) {
            if (closesFence(line, fence))
                fence = null;
            continue;
        }
        if (i >= at && i > 0 && isBlank(lines[i - 1]) && cutsAfterBlank(line))
            return i;
        fence = fenceOpening(line);
    }
    return lines.length;
}
/**
 * Why micromark should not be given these lines (too deep, too many nested
 * brackets or delimiter runs in one paragraph), with the limit passed, or null where it may.
 */
function tooHardForMicromark(lines) {
    let brackets = 0;
    let deepest = 0;
    let marks = 0;
    for (const line of lines) {
        if (isBlank(line)) {
            brackets = 0;
            marks = 0;
            continue;
        }
        // Container markers at the start of the line: `>` and list markers, with spaces or tabs between (a tab runs to
        // the next multiple of four columns).
        let depth = 0;
        let i = 0;
        let column = 0;
        for (;;) {
            for (; i < line.length; i++) {
                const c = line.charCodeAt(i);
                if (c === 32)
                    column++;
                else if (c === 9)
                    column += 4 - (column % 4);
                else
                    break;
            }
            if (column > MAX_INDENT)
                return { why: 'indent', limit: MAX_INDENT };
            const c = line.charCodeAt(i);
            if (c === 62) {
                i++;
                column++;
            }
            else if ((c === 45 || c === 43 || c === 42) && line.charCodeAt(i + 1) === 32) {
                i += 2;
                column += 2;
            }
            else
                break;
            if (++depth > MAX_CONTAINER_DEPTH)
                return { why: 'nesting', limit: MAX_CONTAINER_DEPTH };
        }
        for (; i < line.length; i++) {
            const c = line.charCodeAt(i);
            if (c === 91) {
                brackets++;
                if (brackets > deepest)
                    deepest = brackets;
                if (deepest > MAX_BRACKET_DEPTH)
                    return { why: 'brackets', limit: MAX_BRACKET_DEPTH };
            }
            else if (c === 93) {
                if (brackets > 0)
                    brackets--;
            }
            if (c === 91 || c === 93 || c === 40 || c === 42 || c === 95 || c === 126 || c === 96 || c === 60) {
                if (++marks > MAX_MARKS_PER_PARAGRAPH)
                    return { why: 'marks', limit: MAX_MARKS_PER_PARAGRAPH };
            }
        }
    }
    return null;
}
/**
 * A stretch read as plain content. Its headings stay headings: a `#` line at column 0 after a blank line (or
 * first), outside fenced code and HTML comments, is one in any reading, and a day label above the hard part must
 * not be lost.
 * The writing under each heading (or before the first) is one content block at its first written line.
 */
function asContent(lines, lineOffset, options) {
    const blocks = [];
    let fence = null;
    let inComment = false;
    let written = false;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (fence !== null) {
            if (closesFence(line, fence))
                fence = null;
            continue;
        }
        if (inComment) {
            inComment = !line.includes('-->');
            continue;
        }
        const heading = (i === 0 || isBlank(lines[i - 1])) && line.charCodeAt(0) === 35 ? atxHeading(line) : null;
        if (heading) {
            const inline = parseInline(heading.text, options);
            if (inline !== null && onlyPictures(inline)) {
                // A heading of a picture only is writing (as blocks.ts reads it).
                blocks.push({ type: 'content', line: lineOffset + i + 1 });
                written = true;
                continue;
            }
            const text = collapseWhitespace(inline === null ? heading.text : toText(inline, false));
            blocks.push({ type: 'heading', depth: heading.depth, text, line: lineOffset + i + 1 });
            written = false;
            continue;
        }
        if (!written && !isBlank(line)) {
            blocks.push({ type: 'content', line: lineOffset + i + 1 });
            written = true;
        }
        fence = fenceOpening(line);
        // An HTML comment left open runs on past blank lines.
        const comment = line.lastIndexOf('<!--');
        inComment = comment >= 0 && !line.includes('-->', comment + 4);
    }
    return blocks;
}
/** One pass over the document: the line reader, and micromark for the stretches it leaves. */
function readOnce(lines, namesSection, options, stats, parsed, parseMarkdown) {
    const parser = new BlockParser(lines, options);
    // The line reader's nodes become blocks as soon as they stand: a long log's tree is never held whole.
    const converter = new BlockReader(lines, namesSection);
    const toBlocks = (nodes) => converter.read({ type: 'root', children: nodes }, 0);
    const regions = [];
    const definitions = new Map();
    let position = 0;
    while (position < lines.length) {
        const read = parser.read(position, toBlocks);
        toBlocks(read.nodes);
        stats.fastLines += read.safe - position;
        regions.push({ blocks: converter.blocks.splice(0) });
        for (const [key, line] of read.definitions)
            if (!definitions.has(key))
                definitions.set(key, line);
        if (read.gaveUpAt === null)
            break;
        stats.stops.push(read.gaveUpAt + 1);
        const { safe } = read;
        let to = nextSafePoint(lines, safe, read.gaveUpAt + 1);
        let part = lines.slice(safe, to);
        const refused = tooHardForMicromark(part);
        if (refused !== null) {
            regions.push({ blocks: asContent(part, safe, options) });
            stats.notes.push({ kind: 'plain-text', from: safe + 1, to, ...refused });
            stats.slowLines += to - safe;
            stats.slowRegions++;
            position = to;
            continue;
        }
        // A stretch the first pass parsed is the same tree in the second: micromark does not depend on the labels.
        const parse = (text) => {
            let tree = parsed.get(text);
            if (tree === undefined)
                parsed.set(text, (tree = parseMarkdown(text)));
            return tree;
        };
        let tree = parse(part.join('\n'));
        let closes = openAtEnd(tree, part);
        while (closes && to < lines.length) {
            // The stretch ends inside a fence or raw HTML: run on to the line that closes it.
            let close = to;
            while (close < lines.length && !closes(lines[close]))
                close++;
            to = nextSafePoint(lines, close + 1, close + 1);
            part = lines.slice(safe, to);
            tree = parse(part.join('\n'));
            closes = openAtEnd(tree, part);
        }
        const own = new Map();
        // Every definition holds `]:`; without one there is nothing to look for.
        if (part.some((l) => l.includes(']:')))
            collectDefinitions(tree, own);
        for (const [key, line] of own)
            if (!definitions.has(key))
                definitions.set(key, line);
        regions.push({ lineOffset: safe, text: part.join('\n'), tree, own });
        stats.slowLines += to - safe;
        stats.slowRegions++;
        position = to;
    }
    return { regions, definitions };
}
/** Whether the definitions found are exactly the labels assumed (found ones are always among them). */
function sameKeys(found, assumed) {
    if (found.size !== assumed.size)
        return false;
    for (const key of found.keys())
        if (!assumed.has(key))
            return false;
    return true;
}
/**
 * Reads the document into `reader.blocks`: the line reader where it can, micromark
 * for the rest. Gives the blocks a parse of the whole document gives.
 */
function readBlocksFast(text, reader, parseMarkdown) {
    const { lines } = reader;
    const fresh = () => ({ fastLines: 0, slowLines: 0, slowRegions: 0, notes: [], stops: [] });
    let stats = fresh();
    // Block structure and definitions do not depend on which labels are defined; only references do. So the
    // first pass assumes every `[label]:` starting a line defines its label and reads references to them.
    const possible = possibleDefinitions(text);
    const parsed = new Map();
    let { regions, definitions } = readOnce(lines, reader.namesSection, { labels: possible }, stats, parsed, parseMarkdown);
    if (!sameKeys(definitions, possible)) {
        // Some `[label]:` was no definition (in code, inside a paragraph), or one was missed: read again, knowing them exactly.
        stats = fresh();
        ({ regions, definitions } = readOnce(lines, reader.namesSection, { labels: new Set(definitions.keys()) }, stats, parsed, parseMarkdown));
    }
    for (const region of regions) {
        if ('blocks' in region) {
            // One at a time: a region may hold more blocks than a call takes arguments.
            for (const block of region.blocks)
                reader.blocks.push(block);
            continue;
        }
        if (definitions.size > region.own.size) {
            // Definitions from elsewhere that this stretch references: parse it again with them before it.
            const wanted = [];
            for (const key of referencedKeys(region.text)) {
                const line = definitions.get(key);
                if (line !== undefined && !region.own.has(key))
                    wanted.push(line);
            }
            if (wanted.length > 0)
                region.tree = parseWithDefinitions(region.text, wanted, parseMarkdown);
        }
        reader.read(region.tree, region.lineOffset);
    }
    return stats;
}

;// CONCATENATED MODULE: ./src/log/years.ts
/**
 * Gives every label date a year. A date written without one takes it from its
 * month wrapper, from the dated entries around it (the year that puts it nearest
 * its neighbour, which handles new year in both directions), from the calendar's
 * start date, or, in a log that never writes a year, from the weekdays written
 * beside its dates. Where nothing says, the date stays `--MM-DD`.
 */

const years_pad = (n) => String(n).padStart(2, '0');
/**
 * Orders two dates of one kind (both `YYYY-MM-DD`, or both `--MM-DD`) as the calendar does: their text
 * compares the same way. Code units, not `localeCompare`, whose first call loads the ICU collator
 * (about 15 ms, most of a small log's check).
 */
function years_compareDates(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** A date with its year, as opposed to `--MM-DD`. */
function isFullDate(d) {
    return typeof d === 'string' && d !== '' && !d.startsWith('--');
}
/** An entry dated with its year. */
function isDated(e) {
    return isFullDate(e.date);
}
/** A label's date as text: `YYYY-MM-DD`, or `--MM-DD` while its year is unknown. */
function formatDate(d) {
    return d.year === null ? `--${years_pad(d.month)}-${years_pad(d.day)}` : `${d.year}-${years_pad(d.month)}-${years_pad(d.day)}`;
}
function ordinal(year, month, day) {
    return Date.UTC(year, month - 1, day) / 86_400_000;
}
/** The day count of a full date (0 for 1970-01-01). (log/ stands below calendar/, which counts days its own way.) */
function dayNumber(date) {
    return ordinal(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}
/** The weekday of a day count, 0 for Sunday: day 0 (1970-01-01) was a Thursday. */
const weekdayOfDay = (n) => (((n + 4) % 7) + 7) % 7;
function isRealDate(d) {
    return d.year === null || isRealDay(d.year, d.month, d.day);
}
/** One reading of a numeric date. Year first (`24.03.05`, `23/07/27`) is a reading of two-digit years only. */
function reading(d, order) {
    const [a, b, c] = d.parts;
    const yearFirst = order === 'YMD' && c !== undefined && d.fullYear === null;
    const dayFirst = order === 'DMY';
    const year = c === undefined ? null : yearFirst ? 2000 + a : c < 100 ? 2000 + c : c;
    const [month, day] = yearFirst ? [b, c] : dayFirst ? [b, a] : [a, b];
    if (month < 1 || month > 12 || day < 1 || day > 31)
        return null;
    if (year !== null && (year < MIN_YEAR || year > MAX_YEAR))
        return null;
    return { year, month, day };
}
/** Days between two dates; for dates without a year, the distance within a year (12/31 → 1/1 is 1). */
function gap(a, b) {
    if (a.year !== null && b.year !== null)
        return Math.abs(ordinal(a.year, a.month, a.day) - ordinal(b.year, b.month, b.day));
    const d = Math.abs(ordinal(2000, a.month, a.day) - ordinal(2000, b.month, b.day));
    return Math.min(d, 366 - d);
}
/** How far apart the log's days fall, read in one order: a daily log's dates are close together. */
function spread(dates) {
    const gaps = dates.slice(1).map((d, i) => gap(dates[i], d));
    if (gaps.length === 0)
        return 0;
    gaps.sort((x, y) => x - y);
    // The lower middle: of two gaps (three dates), one a typed year's jump, the other says how close the days are.
    return gaps[(gaps.length - 1) >> 1];
}
/**
 * Numeric dates take one order for the whole log: `03/12/25` is 3 December in a log
 * that also writes `28/12/25`, `12/18` is 18 December, and `24.03.05` (or `24/03/05`)
 * is 5 March 2024 in a log whose dates then run day by day. The order under which every date is a
 * date wins; between equals, the one that puts the days closest together; then
 * month first (year first for dotted two-digit years).
 */
function resolveAmbiguousDates(all) {
    // A range's last day counts as one more date.
    const flat = all.flat().flatMap((d) => (d.through ? [d, { ...d, parts: d.through }] : [d]));
    const shortYear = (d) => d.parts.length === 3 && d.fullYear === null;
    const dotted = flat.some((d) => d.sep === '.' && shortYear(d));
    // `23/07/27` (a Korean short date) is year first; with slashes, month first comes before (`1/9/21`).
    const orders = dotted ? ['YMD', 'DMY', 'MDY'] : flat.some(shortYear) ? ['MDY', 'DMY', 'YMD'] : ['MDY', 'DMY'];
    let best = null;
    for (const order of orders) {
        const read = flat.map((d) => reading(d, order));
        const valid = read.filter((d) => d !== null);
        const score = { order, invalid: read.length - valid.length, spread: spread(valid) };
        if (!best || score.invalid < best.invalid || (score.invalid === best.invalid && score.spread < best.spread))
            best = score;
    }
    const order = best?.order ?? 'MDY';
    const read = (dates) => dates.flatMap((d) => {
        const first = reading(d, order);
        if (first === null)
            return [];
        const last = d.through && reading({ ...d, parts: d.through }, order);
        // A range that does not run forward within a month is its first day.
        return (last && spanDates(first, last)) || [first];
    });
    return { read, order };
}
/** The shapes of numeric dates whose order the log decides, as each order reads them. */
const SHAPES = {
    'M/D/Y': { MDY: 'M/D/Y', DMY: 'D/M/Y', YMD: 'Y/M/D' },
    'M/D': { MDY: 'M/D', DMY: 'D/M', YMD: 'M/D' },
    'YY.MM.DD': { MDY: 'MM.DD.YY', DMY: 'DD.MM.YY', YMD: 'YY.MM.DD' },
    'DD.MM.YYYY': { MDY: 'MM.DD.YYYY', DMY: 'DD.MM.YYYY', YMD: 'MM.DD.YYYY' },
    'MM.DD': { MDY: 'MM.DD', DMY: 'DD.MM', YMD: 'MM.DD' },
    'YY-MM-DD': { MDY: 'MM-DD-YY', DMY: 'DD-MM-YY', YMD: 'YY-MM-DD' },
    'MM-DD-YYYY': { MDY: 'MM-DD-YYYY', DMY: 'DD-MM-YYYY', YMD: 'MM-DD-YYYY' },
    'MM-DD': { MDY: 'MM-DD', DMY: 'DD-MM', YMD: 'MM-DD' }
};
const SHAPE = /(?<![\w./-])(?:M\/D\/Y|M\/D|YY\.MM\.DD|DD\.MM\.YYYY|MM\.DD|YY-MM-DD|MM-DD-YYYY|MM-DD)(?![\w./-])/g;
/** A label form (`RnDN · M/D/Y`) named as the log's dates were read (`RnDN · D/M/Y` where the days come first). */
function formInOrder(form, order) {
    return form.replace(SHAPE, (shape) => SHAPES[shape][order]);
}
/** Years tried back from today's for dates that have weekdays and no year. */
const WEEKDAY_YEARS = 30;
/** Dates with weekdays needed before their weekdays choose a year; and the share of them the year must fit. */
const MIN_WEEKDAYS = 3;
const WEEKDAYS_FIT = 0.8;
/** Earlier years that fit as well, said beside the one taken: the next two. */
const ALSO_SHOWN = 2;
/** The year, the anchor's or one either side, that puts the date nearest the anchor (new year in both directions). */
function nearestYear(date, anchor) {
    const target = ordinal(anchor.year, anchor.month, anchor.day);
    let best = anchor.year;
    for (const year of [anchor.year - 1, anchor.year + 1]) {
        if (Math.abs(ordinal(year, date.month, date.day) - target) < Math.abs(ordinal(best, date.month, date.day) - target))
            best = year;
    }
    return best;
}
/** Gives each yearless date in `dates`, in order, the year that puts it nearest the dated one before it, then after it. */
function fillFromNeighbours(dates) {
    let anchor = null;
    for (const date of dates) {
        if (date.year === null && anchor)
            date.year = nearestYear(date, anchor);
        if (date.year !== null)
            anchor = date;
    }
    anchor = null;
    for (let i = dates.length - 1; i >= 0; i--) {
        const date = dates[i];
        if (date.year === null && anchor)
            date.year = nearestYear(date, anchor);
        if (date.year !== null)
            anchor = date;
    }
}
/** An entry of one date with its weekday written beside it: what chooses a year. */
const hasOneWeekday = (e) => e.weekday !== undefined && e.dates.length === 1;
/**
 * `### 3/8 (월)`, `第1天: 5月12日, 星期四` in a log that never writes a year: the latest year that puts no day after
 * today and the written weekdays on their dates (most of them, three at least), or null where none does.
 */
function yearFromWeekdays(entries, all, today) {
    const todayYear = Number(today.slice(0, 4));
    const withWeekday = entries.filter(hasOneWeekday);
    if (withWeekday.length < MIN_WEEKDAYS)
        return null;
    const indexOf = new Map(all.map((d, i) => [d, i]));
    const at = withWeekday.map((e) => indexOf.get(e.dates[0]));
    const first = withWeekday[0];
    const weekdayIn = (year, d) => weekdayOfDay(ordinal(year, d.month, d.day));
    let best = null;
    const also = [];
    for (let year = todayYear; year > todayYear - WEEKDAY_YEARS; year--) {
        // Once a year fits every weekday, only a year with the same calendar can fit them too: the first one tells.
        const perfect = best !== null && best.fit === withWeekday.length;
        if (perfect && weekdayIn(year, first.dates[0]) !== first.weekday)
            continue;
        const trial = all.map((d) => ({ ...d }));
        trial[at[0]].year = year;
        fillFromNeighbours(trial);
        // A log is written up to today: a year that puts a day after it is not the log's.
        if (trial.some((d) => d.year !== null && formatDate(d) > today))
            continue;
        let fit = 0;
        withWeekday.forEach((entry, i) => {
            const d = trial[at[i]];
            if (isRealDate(d) && weekdayIn(d.year, d) === entry.weekday)
                fit++;
        });
        if (!best || fit > best.fit)
            best = { year, fit };
        else if (perfect && fit === best.fit && also.length < ALSO_SHOWN)
            also.push(year);
    }
    if (!best || best.fit < MIN_WEEKDAYS || best.fit < WEEKDAYS_FIT * withWeekday.length)
        return null;
    return { year: best.year, also };
}
/**
 * Fills in missing years in place, in document order, and drops dates that do not exist (`June 31`); says which
 * entries lost one.
 */
function resolveYears(entries, startDate, today = null) {
    for (const entry of entries) {
        for (const date of entry.dates) {
            if (date.year === null && entry.yearAbove !== null)
                date.year = entry.yearAbove;
        }
    }
    const all = entries.flatMap((e) => e.dates);
    let fromWeekdays = null;
    if (!all.some((d) => d.year !== null)) {
        fromWeekdays = !startDate && today ? yearFromWeekdays(entries, all, today) : null;
        const withWeekday = entries.find(hasOneWeekday);
        if (fromWeekdays !== null && withWeekday)
            withWeekday.dates[0].year = fromWeekdays.year;
        else if (startDate) {
            const [y, m, d] = startDate.split('-').map(Number);
            const first = all[0];
            // The first entry is on or after the start: a date that would fall well before it belongs to the next year.
            if (first)
                first.year = ordinal(y, first.month, first.day) < ordinal(y, m, d) - 31 ? y + 1 : nearestYear(first, { year: y, month: m, day: d });
        }
    }
    fillFromNeighbours(all);
    const lost = entries.map((entry) => {
        const real = entry.dates.filter(isRealDate);
        const dropped = real.length < entry.dates.length;
        entry.dates = real;
        return dropped;
    });
    return { lost, fromWeekdays };
}

;// CONCATENATED MODULE: ./src/log/template.ts
/**
 * The log's own template: which of its label-like lines are the day (and week)
 * markers. A learner repeats one label shape for their days — a heading level, a
 * `<summary>`, a bold line or a date line, with a day number or a date in one
 * notation — so the shape that repeats is the day marker, and a date elsewhere is
 * not a day: a progress heading in another shape, a bold or date line inside a
 * log whose days are headings, a date followed by prose, a changelog line.
 *
 * With an entry pattern, the pattern alone decides what a day is.
 */





const SKIPPED_SHOWN = 20;
/**
 * How much of a line is read for a label: a longer line is a day's label only as prose is (a date, then that day's
 * words, as a journal writes it), and how much was written that day must not decide whether it is a day.
 */
const MAX_LABEL = 200;
/** `Day 0: February 30, 2016 (Example 1)`: the 100 Days of Code template's examples, in its translations. */
const TEMPLATE_EXAMPLE = /^(?:example|exemplo|ejemplo|exemple|beispiel|esempio|voorbeeld|przykład|örnek|пример|例|예시)\s*\d?$/u;
const INLINE_SUMMARY = /<summary\b[^<>]*>([^<]{1,40})<\/summary/i;
/** A table of days read beside day headings: this many rows at least, and this many for each heading. */
const MANY_ROWS = 10;
const ROWS_PER_HEADING = 5;
/** Lines of one shape that open with a day and go on in words, in a log with no other day: this many make a journal. */
const MIN_PROSE_DAYS = 3;
const isWeak = (p) => p === 'bold' || p === 'line' || p === 'item' || p === 'row';
/**
 * Where a day of the month alone (`2일 (수)`) may name a day under a month's heading: a heading or a fold, or a line
 * (`2일: 백준 [A + B](…)`; prose where words follow that link nowhere). Not a bullet or bold words, which count things
 * as often (`- 3일 동안`). (A table row is a candidate only where its first cell reads as a day without the month.)
 */
const readsDayOfMonth = (p) => p !== 'bold' && p !== 'item';
/** A form's day part: `Day N` of `Day N · YYYY-MM-DD` and of `Day N … YYYY-MM-DD` (a date after the topic). */
const leadOf = (form) => form.split(/ [·…] /)[0];
function candidateOf(block, index, pattern) {
    switch (block.type) {
        case 'heading':
            return { index, position: `h${block.depth}`, line: block.line, text: block.text, ...(block.html ? { html: true } : {}) };
        case 'summary':
            return block.nested ? null : { index, position: 'summary', line: block.line, text: block.text };
        case 'label': {
            // A bullet's bold words name a section, never a day: a bullet that may be a day is an `itemLabel`.
            if (block.item)
                return null;
            if (!block.inline)
                return { index, position: 'bold', line: block.line, text: block.text };
            // `**Day 12** - 2025/03/03`: where the bold words name a day, the words after them may date it.
            const bold = readLabel(block.text);
            if (bold?.kind === 'day' || bold?.kind === 'week')
                return { index, position: 'bold', line: block.line, text: labelText(block) };
            // `**Date:** 2025-03-03`: bold words that say a date follows, then the date.
            const dated = dateAfterWord(block.text, block.after ?? '');
            return dated === null ? null : { index, position: 'bold', line: block.line, text: dated };
        }
        case 'itemLabel':
            return { index, position: block.row ? 'row' : 'item', line: block.line, text: block.text };
        case 'content': {
            if (block.text === undefined)
                return null;
            // `![Day 2 Progress](shot.png)`: a picture's words describe it; they start no day.
            if (block.text.trimStart().startsWith('!['))
                return null;
            if (!pattern && !mayBeLabel(block.text))
                return null;
            const text = block.text.length > MAX_LABEL ? block.text.slice(0, MAX_LABEL) : block.text;
            return { index, position: 'line', line: block.line, text, ...(block.link ? { link: true } : {}) };
        }
        default:
            return null;
    }
}
/**
 * Reads a label with the learner's pattern: named groups `day`, `date` and `week`
 * say where the numbers and dates are. Matched against the label's text without
 * markup (tags, `**`, backticks), case-insensitively.
 */
function readByPattern(raw, pattern) {
    const text = collapseWhitespace(raw.replace(/<[^<>]*>/g, ' ').replace(/\*+|_{2,}|`+|~~/g, ''));
    const m = pattern.exec(text);
    const groups = m?.groups;
    if (!groups)
        return null;
    const form = 'entry-pattern';
    if (groups.week) {
        const numbers = readNumbers(groups.week);
        return numbers.length > 0 ? { kind: 'week', numbers, dates: [], slashDates: [], form, topic: '' } : null;
    }
    const numbers = groups.day ? readNumbers(groups.day) : [];
    const dated = groups.date ? readDates(groups.date) : null;
    if (numbers.length === 0 && !dated)
        return null;
    return { kind: 'day', numbers, dates: dated?.dates ?? [], slashDates: dated?.slashDates ?? [], form, topic: '' };
}
/** A label as the reading quotes it: a line of a paragraph may run on for a thousand characters. */
const MAX_QUOTED = 80;
function quoted(text) {
    const chars = Array.from(text);
    return chars.length > MAX_QUOTED ? `${chars.slice(0, MAX_QUOTED - 1).join('')}…` : text;
}
/** A candidate's label form, which days of one log share (at whatever heading level). */
const shapeOf = (c) => c.info.form;
/**
 * Which labels mark a day or a week in this log, learned from the log itself (or given by `entry-pattern`):
 * each learner invents a format, so none is assumed.
 */
function inferTemplate(blocks, vocabulary, pattern = null) {
    const labels = new Map();
    const days = [];
    /** Lines opening with a day's label, words after it (`11 Dec 2025 — 4 hours`). */
    const prose = [];
    const weeks = [];
    /** Days whose topic is a version number: a changelog's lines, unless they are few among the days. */
    const versioned = [];
    const skipped = [];
    let skippedCount = 0;
    const skip = (c, reason) => {
        skippedCount++;
        if (skipped.length < SKIPPED_SHOWN)
            skipped.push({ line: c.line, text: quoted(plainLabel(c.text)), reason });
    };
    /**
     * The month the last month heading named (`# 2022년 12월`, or `## 7월` alone): the days of it below may name only their
     * day (`### 1일`).
     */
    let monthAbove = null;
    /** The text of the last heading of each level, for the outline a numbered heading may stand in. */
    const headingAt = [];
    blocks.forEach((block, index) => {
        if (block.type === 'heading')
            headingAt.length = block.depth - 1;
        const candidate = candidateOf(block, index, pattern !== null);
        if (block.type === 'heading')
            headingAt[block.depth - 1] = block.text;
        if (!candidate)
            return;
        if (pattern) {
            const info = readByPattern(candidate.text, pattern);
            if (info)
                (info.kind === 'week' ? weeks : days).push({ ...candidate, info });
            else if (!isWeak(candidate.position)) {
                // Month and year wrappers still give their year to the days inside.
                const month = readLabel(candidate.text);
                const wrapper = month?.kind === 'month' ? month : readYearAlone(candidate.text);
                if (wrapper)
                    labels.set(index, wrapper);
            }
            return;
        }
        if (candidate.position === 'line') {
            // `<font size="3"> <details><summary>2023.03</summary>` in a paragraph: a month wrapper all the same.
            const inline = INLINE_SUMMARY.exec(candidate.text);
            const month = inline ? readLabel(inline[1]) : null;
            if (month?.kind === 'month') {
                labels.set(index, month);
                monthAbove = month.month ?? null;
                return;
            }
        }
        const info = readLabel(candidate.text) ?? (monthAbove && readsDayOfMonth(candidate.position) ? readDayOfMonth(candidate.text, monthAbove) : null);
        if (!info) {
            if (isWeak(candidate.position))
                return;
            // `## 7월` alone: no label, and no day, but the month of the days below it; `## 2022` their year.
            const alone = readMonthAlone(candidate.text);
            if (alone)
                monthAbove = alone;
            const year = alone ? null : readYearAlone(candidate.text);
            if (year)
                labels.set(index, year);
            return;
        }
        if (info.kind === 'month') {
            if (!isWeak(candidate.position)) {
                labels.set(index, info);
                monthAbove = info.month ?? null;
            }
            return;
        }
        if (info.kind === 'week') {
            if (!isWeak(candidate.position))
                weeks.push({ ...candidate, info });
            return;
        }
        if (TEMPLATE_EXAMPLE.test(info.topic))
            return skip(candidate, 'example');
        if (block.type === 'heading' && isOutlineNumber(info, headingAt, block.depth))
            return;
        // A line with words after its label is prose, unless they link to where the day is written (or nothing else is a day).
        if (candidate.position === 'line' && info.topic !== '' && !candidate.link)
            return void prose.push({ ...candidate, info });
        if (isVersionTopic(info.topic))
            versioned.push({ ...candidate, info });
        else
            days.push({ ...candidate, info });
    });
    // Such lines are days where the log's days are date lines of the same shape (`04.09: .....` beside `04.10: 스프링
    // 강의`), or where nothing else names a day (`11 Dec 2025 — 4 hours`, then its notes): then those of the shape written
    // most, three at least. Otherwise, and where headings name as many days as date lines, they are prose.
    const dateLines = days.filter((c) => c.position === 'line');
    const headed = dateLines.length <= days.filter((c) => !isWeak(c.position)).length;
    const lineForms = new Set(headed ? [] : dateLines.map((c) => c.info.form));
    const lines = days.length === 0 && weeks.length === 0 ? groupBy(prose).filter((g) => g.length >= MIN_PROSE_DAYS) : [];
    const journal = lines.reduce((best, g) => (g.length > best.length ? g : best), []);
    const taken = [...journal, ...prose.filter((c) => lineForms.has(c.info.form))];
    if (taken.length > 0) {
        days.push(...taken);
        days.sort((a, b) => a.index - b.index);
    }
    for (const c of prose)
        if (!taken.includes(c))
            skip(c, 'prose');
    // A date then a version number is a changelog's line; among many days of the same shape that name no version, it
    // is a day whose topic is a release (`February 1, 2026: v1.0.1 Patch Release`).
    const shapes = versioned.length * 2 < days.length ? new Set(days.map(shapeOf)) : new Set();
    const releases = versioned.filter((c) => shapes.has(shapeOf(c)));
    if (releases.length > 0) {
        days.push(...releases);
        days.sort((a, b) => a.index - b.index);
    }
    for (const c of versioned)
        if (!releases.includes(c))
            skip(c, 'changelog');
    const forms = [];
    const formOf = new Map();
    const take = (group) => {
        const [first] = group;
        if (!first)
            return;
        for (const c of group) {
            labels.set(c.index, c.info);
            formOf.set(c.index, forms.length);
        }
        forms.push({
            kind: first.info.kind === 'week' ? 'week' : 'day',
            position: first.position,
            form: first.info.form,
            count: group.length,
            example: { line: first.line, text: quoted(plainLabel(first.text)) },
            ...(first.html ? { html: true } : {})
        });
    };
    const result = (datedBelow, echoes) => ({
        labels,
        forms,
        formOf,
        skipped,
        skippedCount,
        datedBelow,
        headsAbove: headsAbove(blocks, labels, datedBelow),
        echoes,
        betweenDays: headingsBetweenDays(blocks, labels)
    });
    for (const group of groupBy(weeks))
        take(group);
    if (pattern) {
        for (const group of groupBy(days))
            take(group);
        return result(new Map(), new Set());
    }
    // Date lines right under a heading: the date of that heading's day where it has none, known once the days are.
    const under = [];
    // `### Day 1: Object Pooling` over `#### June 24, 2018`: a date heading right under an undated day heading is that
    // day's date, not a day of its own (else every day is empty, its writing under its date).
    const byIndex = new Map();
    for (const c of days)
        byIndex.set(c.index, c);
    const ownDays = days.filter((c) => {
        const above = byIndex.get(c.index - 1);
        // `## Day 53` over `### R1D53 2/22/19`: the same day again, in the shape that dates it.
        const sameDay = (c.info.dates.length > 0 || c.info.slashDates.length > 0) && sameNumbers(c.info.numbers, above?.info.numbers ?? []);
        const datesAbove = above !== undefined &&
            !isWeak(c.position) &&
            !isWeak(above.position) &&
            (c.info.numbers.length === 0 || sameDay) &&
            c.info.topic === '' &&
            above.info.numbers.length > 0 &&
            above.info.dates.length === 0 &&
            above.info.slashDates.length === 0;
        if (datesAbove)
            under.push(c);
        return !datesAbove;
    });
    const groups = groupBy(ownDays);
    const echoIndices = new Set();
    // Bold and date lines are day markers only where they outnumber the headings and summaries.
    const strongTotal = ownDays.filter((c) => !isWeak(c.position)).length;
    // Bullets and table rows are days only in a log with no day headings, and three at least: two dated bullets are more
    // often deadlines, a few dated rows a schedule. Rows of a table of days many times the headings (`<summary>` notes
    // beside 60 rows of days) are days too; a short schedule under each day's heading is not.
    const listed = (p) => p === 'item' || p === 'row';
    const manyRows = (g) => g[0].position === 'row' && g.length >= MANY_ROWS && g.length >= ROWS_PER_HEADING * strongTotal;
    // Bold and date lines many times a group of bullets or rows (66 `` `DAY-N` : … `` lines beside a summary table of six
    // parts): the lines are the days, the rows a summary.
    const linesTotal = ownDays.filter((c) => c.position === 'bold' || c.position === 'line').length;
    const eligible = groups.filter((g) => listed(g[0].position)
        ? (strongTotal === 0 && g.length >= 3 && g.length * 4 >= linesTotal) || manyRows(g)
        : !isWeak(g[0].position) || (g.length >= 2 && g.length > strongTotal));
    // The main shape is the most written one, but not one whose every label names a section (`### Day3 进度`,
    // `### Day4 计划` under each `## Day 3 2020-07-06`): those are the days' sections, however many.
    const sectionsOnly = (g) => g.every((c) => roleOf(c.text, vocabulary) !== null);
    const candidates = eligible.some((g) => !sectionsOnly(g)) ? eligible.filter((g) => !sectionsOnly(g)) : eligible;
    const main = candidates.reduce((best, g) => (best === null || g.length > best.length ? g : best), null);
    // Which main entry each block stands inside: only asked about groups of another shape.
    let inside = null;
    const enclosing = (c) => (inside ??= main ? insideEntries(blocks, main) : new Map()).get(c.index);
    const nestedInMain = (group) => group.every((c) => enclosing(c) !== undefined);
    for (const group of groups) {
        const head = group[0];
        if (!eligible.includes(group)) {
            // A dated bullet or row in a log whose days are headings is writing, not worth a line in --explain.
            if (listed(head.position))
                continue;
            for (const c of group) {
                if (roleOf(c.text, vocabulary))
                    continue;
                if (c.info.numbers.length === 0 && c.info.topic === '' && blocks[c.index - 1]?.type === 'heading')
                    under.push(c);
                else
                    skip(c, 'headings');
            }
            continue;
        }
        // Shaped like a day but named as a section ("### DAY 4 소감" under "## Day5"): that day's section, whose number
        // the check holds to its day, not a day of its own.
        if (group !== main && sectionsOnly(group) && nestedInMain(group))
            continue;
        const samePosition = main !== null && head.position === main[0].position;
        const like = main !== null && (samePosition || leadOf(head.info.form) === leadOf(main[0].info.form));
        const nested = group !== main && !like && nestedInMain(group);
        if (like && group !== main && !samePosition) {
            // `### Day 17との比較` under `## Day 18`: a day's heading that names an earlier day, or itself, speaks of it.
            // One that moves on (`### Day 19` under `## Day 18`, a heading level mistyped) is a day.
            const backwards = runsBackwards(main);
            const moving = group.filter((c) => {
                const day = enclosing(c);
                return day === undefined || movesOn(c.info, day.info, backwards);
            });
            take(moving);
            for (const c of group)
                if (!moving.includes(c) && !roleOf(c.text, vocabulary))
                    skip(c, 'nested');
            continue;
        }
        if (nested && main !== null) {
            // `### R1D40 2/9/18` inside `## Day 41`, the log's days written in another shape from there on: a label naming a
            // day the main shape never names is a day; one naming the day it stands in speaks of it.
            const named = new Set(main.flatMap((c) => c.info.numbers));
            const fresh = group.filter((c) => c.info.numbers.length > 0 && !c.info.numbers.some((n) => named.has(n)));
            if (fresh.length >= 2) {
                take(fresh);
                for (const c of group)
                    if (!fresh.includes(c) && !roleOf(c.text, vocabulary))
                        skip(c, 'nested');
                continue;
            }
        }
        if (samePosition && group !== main) {
            // `### Day001` right after `### 1日目: 2022年11月24日`, in another shape and at its level: a heading of that
            // day's writing naming it again, not the day a second time.
            const echoes = group.filter((c) => {
                const before = labelBefore(ownDays, c);
                return before !== undefined && main.includes(before) && namesSameDay(c.info, before.info);
            });
            for (const c of echoes) {
                skip(c, 'nested');
                if (c.position !== 'summary')
                    echoIndices.add(c.index);
            }
            take(group.filter((c) => !echoes.includes(c)));
            continue;
        }
        if (group === main || like || (!nested && group.length >= 2 && main !== null && group.length * 4 >= main.length))
            take(group);
        else
            for (const c of group)
                if (!roleOf(c.text, vocabulary))
                    skip(c, nested ? 'nested' : group.length === 1 ? 'once' : 'shape');
    }
    const datedBelow = new Map();
    for (const c of under) {
        const day = labels.get(c.index - 1);
        if (day?.kind === 'day' && day.dates.length === 0 && day.slashDates.length === 0)
            datedBelow.set(c.index - 1, c.info);
        else
            skip(c, 'headings');
    }
    skipped.sort((a, b) => a.line - b.line);
    return result(datedBelow, echoIndices);
}
/** A log heads its days' writing above their level where two days or more do: once could be a day left empty. */
const HEADS_ABOVE = 2;
/**
 * Whether day headings are followed, again and again, by a higher heading naming nothing and writing under it (past
 * the line that dates the day, where one does: `### Day 40`, `**Round 2 Day 40, March 24th, 2021**`, `## Contents 40`).
 */
function headsAbove(blocks, labels, datedBelow) {
    let seen = 0;
    for (const [index, info] of labels) {
        const day = blocks[index];
        const skip = datedBelow.has(index) ? 1 : 0;
        const next = blocks[index + 1 + skip];
        const after = blocks[index + 2 + skip];
        if (info.kind !== 'day' || day?.type !== 'heading' || next?.type !== 'heading' || labels.has(index + 1 + skip))
            continue;
        if (next.depth < day.depth && after !== undefined && after.type !== 'heading' && ++seen >= HEADS_ABOVE)
            return true;
    }
    return false;
}
/** A log heads its days' writing above their level where two days do: once is a part of the log (`# Notes`). */
const GAPS_HEADED_ABOVE = 2;
/** A heading naming days off (`## 주말`, `## Break`, `## 週末`): the days after the day above it, not its writing. */
const DAYS_OFF = /^(?:주말|휴식|휴가|방학|연휴|weekends?|break|vacation|holidays?|days?\s+off|週末|休み|休日|周末|休息|假期|放假)(?![a-z0-9])/;
/**
 * The headings of `Template.betweenDays`: at the day heading's level, or above it where the log does so as a habit,
 * before the next day heading or days off, with writing under them (`# Notes` right over the next day heads the days
 * after it).
 */
function headingsBetweenDays(blocks, labels) {
    const level = [];
    const above = [];
    let gapsAbove = 0;
    let dayDepth = null;
    let pending = [];
    /** The headings since the day, up to the block at `end`, that have writing under them, are the day's. */
    const closeGap = (end) => {
        let last = end - 1;
        while (pending.length > 0 && pending[pending.length - 1].index === last) {
            pending.pop();
            last--;
        }
        for (const p of pending)
            (p.above ? above : level).push(p.index);
        if (pending.some((p) => p.above))
            gapsAbove++;
        pending = [];
    };
    blocks.forEach((block, index) => {
        if (block.type !== 'heading')
            return;
        const info = labels.get(index);
        if (info === undefined) {
            if (dayDepth === null || block.depth > dayDepth)
                return;
            if (!DAYS_OFF.test(plainLabel(block.text).toLowerCase()))
                return void pending.push({ index, above: block.depth < dayDepth });
            // What follows days off, up to the next day, is written in them.
            closeGap(index);
            dayDepth = null;
            return;
        }
        if (info.kind === 'day')
            closeGap(index);
        pending = [];
        dayDepth = info.kind === 'day' ? block.depth : null;
    });
    // After the last day, headings at its level, where the log writes its days so: the last day's writing too (one
    // above it heads an appendix: `# Links`).
    if (dayDepth !== null && level.length > 0) {
        pending = pending.filter((p) => !p.above);
        closeGap(blocks.length);
    }
    return new Set(gapsAbove >= GAPS_HEADED_ABOVE ? [...level, ...above] : level);
}
/**
 * The blocks that stand inside an entry of the main group, each with the entry's label: within a main `<summary>`'s
 * `<details>`, or under a main heading and deeper than it. (Bold and date-line days have no such bounds, and nothing
 * is counted as inside them.)
 */
function insideEntries(blocks, main) {
    const inside = new Map();
    const position = main[0].position;
    if (isWeak(position))
        return inside;
    const starts = new Map(main.map((c) => [c.index, c]));
    const level = position === 'summary' ? null : Number(position.slice(1));
    let depth = 0;
    let open = null;
    blocks.forEach((block, index) => {
        const start = starts.get(index);
        if (block.type === 'open')
            depth++;
        else if (block.type === 'close') {
            depth = Math.max(0, depth - 1);
            if (level === null && open !== null && depth < open.depth)
                open = null;
        }
        else if (start) {
            open = { depth: level ?? depth, day: start };
            return;
        }
        else if (level !== null && block.type === 'heading' && block.depth <= level && !block.setext)
            open = null;
        if (open !== null)
            inside.set(index, open.day);
    });
    return inside;
}
/** The label that stands last before a candidate, of any shape, if any. */
function labelBefore(candidates, c) {
    let before;
    for (const other of candidates) {
        if (other.index >= c.index)
            break;
        before = other;
    }
    return before;
}
/** Whether a label names the very days another does: its numbers, or with none, its dates. */
function namesSameDay(label, day) {
    if (!day)
        return false;
    if (label.numbers.length > 0 || day.numbers.length > 0)
        return sameNumbers(label.numbers, day.numbers);
    const key = (info) => info.dates.map((d) => `${d.year ?? ''}-${d.month}-${d.day}`).join();
    if (label.dates.length > 0 && key(label) === key(day))
        return true;
    // `# 4.29` or `# 4月29号` under `# 2026-04-29`: the day's month and day again, without its year.
    const [date] = day.dates;
    if (day.dates.length !== 1 || label.dates.length + label.slashDates.length !== 1)
        return false;
    const [named] = label.dates;
    if (named)
        return named.year === null && named.month === date.month && named.day === date.day;
    const [a, b, year] = label.slashDates[0].parts;
    const { month, day: dayOfMonth } = date;
    return year === undefined && ((a === month && b === dayOfMonth) || (a === dayOfMonth && b === month));
}
/** Whether two labels name the same days, in the same order (and any at all). */
function sameNumbers(a, b) {
    return a.length > 0 && a.length === b.length && a.every((n, i) => n === b[i]);
}
/** A label's highest number, as text that sorts as the number does; `''` where it has none. */
const lastNumber = (info) => (info.numbers.length > 0 ? String(Math.max(...info.numbers)).padStart(6, '0') : '');
/** A label's last date, as text that sorts by time (a date with no year first); `''` where it has none. */
const lastDate = (info) => info.dates.map(formatDate).sort().pop() ?? '';
/** Whether a log's days run newest first: more of them name an earlier day than the one above than a later one. */
function runsBackwards(days) {
    let balance = 0;
    for (let i = 1; i < days.length; i++) {
        const [above, below] = [days[i - 1].info, days[i].info];
        const key = above.numbers.length > 0 && below.numbers.length > 0 ? lastNumber : lastDate;
        const [a, b] = [key(above), key(below)];
        if (a !== '' && b !== '')
            balance += a > b ? 1 : a < b ? -1 : 0;
    }
    return balance > 0;
}
/**
 * Whether a label names the day after `day`'s in the log's order: a higher number, or a later date where both have
 * dates in full (a lower or earlier one in a log written newest first).
 */
function movesOn(label, day, backwards) {
    const numbered = label.numbers.length > 0 && day.numbers.length > 0;
    const key = numbered ? lastNumber : lastDate;
    const [a, b] = [key(label), key(day)];
    if (a === '' || b === '')
        return true;
    return backwards ? a < b : a > b;
}
/**
 * `### 1.1 목적` under `## 1.UML`: a section numbered in the outline of the heading above it, its first number that
 * heading's, not a date (`1.1`, `2.1` … read as days of January).
 */
function isOutlineNumber(info, headingAt, depth) {
    const [date] = info.slashDates;
    if (info.slashDates.length !== 1 || info.dates.length > 0 || info.numbers.length > 0 || date.sep !== '.' || date.parts.length !== 2)
        return false;
    let parent;
    for (let d = depth - 2; d >= 0 && parent === undefined; d--)
        parent = headingAt[d];
    if (parent === undefined || readLabel(parent) !== null)
        return false;
    const m = OUTLINE_HEAD.exec(plainLabel(parent));
    return m !== null && Number(m[1]) === date.parts[0];
}
/** The number a heading of an outline starts with (`1.UML`, `2. 예외`, `3 - API`, `(4) 로그인`). */
const OUTLINE_HEAD = /^\(?(\d{1,2})(?:[.)]|\s+[-–:]|\s)/;
/** Candidates grouped by position and form, in the order each group first appears. */
function groupBy(candidates) {
    const groups = new Map();
    for (const c of candidates) {
        const key = `${c.position}|${c.info.form}`;
        const group = groups.get(key);
        if (group)
            group.push(c);
        else
            groups.set(key, [c]);
    }
    return [...groups.values()];
}

;// CONCATENATED MODULE: ./src/log/stretches.ts
/** More days than this in one stretch is no week, nor a sprint: the numbers are the log's own. */
const MAX_DAYS = 31;
/**
 * Renumbers, in place, the numbered days of a log that counts them within its stretches, and says how; null (and
 * nothing changed) where the days count on from stretch to stretch or no day stands in one.
 */
function countAcrossStretches(drafts) {
    const counted = drafts.filter((d) => d.stretch !== undefined && d.info.kind === 'day' && d.info.numbers.length > 0);
    if (counted.length === 0)
        return null;
    // The lowest and highest day number in each stretch: a later stretch that starts at or below an earlier one's
    // highest restarts the count.
    const highest = new Map();
    const lowest = new Map();
    for (const draft of counted) {
        const stretch = draft.stretch.number;
        for (const n of draft.info.numbers) {
            highest.set(stretch, Math.max(highest.get(stretch) ?? n, n));
            lowest.set(stretch, Math.min(lowest.get(stretch) ?? n, n));
        }
    }
    const order = [...highest.keys()].sort((a, b) => a - b);
    let before = -Infinity;
    let restarts = false;
    for (const stretch of order) {
        if (lowest.get(stretch) <= before)
            restarts = true;
        before = Math.max(before, highest.get(stretch));
    }
    const days = Math.max(...highest.values());
    // One stretch alone counts the same either way; a count that runs on is the log's own.
    if ((!restarts && order.length > 1) || days > MAX_DAYS)
        return null;
    const first = order[0];
    const form = mostUsed(counted.map((d) => d.stretch.form));
    // A chapter runs as long as it runs: the next starts after the last day written in it, not after `days`.
    const starts = UNEVEN.test(form) ? runningStarts(order, highest) : null;
    for (const draft of counted) {
        const offset = starts ? starts.get(draft.stretch.number) : (draft.stretch.number - first) * days;
        draft.info = { ...draft.info, numbers: draft.info.numbers.map((n) => offset + n) };
    }
    return starts ? { form, days, first, starts: [...starts] } : { form, days, first };
}
/** Stretches whose length the learner chooses (a book's chapters, a course's modules), unlike a week's. */
const UNEVEN = /^(?:chapter|module|unit|stage|phase)\b/i;
/** Each stretch's number and the log's day its count starts after: the days written in the stretches before it. */
function runningStarts(order, highest) {
    const starts = new Map();
    let total = 0;
    for (const stretch of order) {
        starts.set(stretch, total);
        total += highest.get(stretch);
    }
    return starts;
}
function mostUsed(forms) {
    const counts = new Map();
    for (const form of forms)
        counts.set(form, (counts.get(form) ?? 0) + 1);
    let best = forms[0];
    for (const [form, count] of counts)
        if (count > counts.get(best))
            best = form;
    return best;
}

;// CONCATENATED MODULE: ./src/log/unspaced.ts
/**
 * `##2018.05.30`: a day heading typed without the space after its `#`s. Markdown, and GitHub, show it as text (and
 * under a list, as more of the last item), but the learner meant a day. Such a line is read as the heading it was
 * meant to be, and said so, where its label has the shape of the log's day headings: those typed right, or two
 * typed the same way. The file itself is never changed.
 */

/** The line's `#`s with no space after them, or 0. */
function hashRun(line) {
    let n = 0;
    while (n < line.length && line.charCodeAt(n) === 35)
        n++;
    if (n === 0 || n > 6 || n >= line.length)
        return 0;
    const next = line.charCodeAt(n);
    return next === 32 || next === 9 ? 0 : n;
}
/** A code fence's opening at any indent (list items indent theirs): lines in code are no headings. */
const unspaced_FENCE = /^\s*(`{3,}|~{3,})/;
/** `#100DaysOfCode Day 12: …`, a tweet pasted under the day, is a hashtag, not a heading. */
const HASHTAG = /^\d{2,3}\s*days?\s*of/i;
/**
 * `#1 | 2020-01-02`: a day numbered with a number sign, as written, not a heading missing its space. A number of a
 * year's size after it (`#2018.05.30`) starts a date: that is the heading.
 */
function isNumberSign(line) {
    if (hashRun(line) !== 1)
        return false;
    const info = readLabel(line);
    return info !== null && info.form.startsWith('#N') && info.numbers.length > 0 && info.numbers[0] < SIGN_NUMBER_BELOW;
}
/** Numbers this size and above after a single `#` are years (`#2018.05.30`), not a day's number. */
const SIGN_NUMBER_BELOW = 1000;
/** The label's shape where the text is a day or week label with a number or a date, else null. */
function labelForm(text) {
    const info = readLabel(text);
    if (info === null || (info.kind !== 'day' && info.kind !== 'week') || info.form === '#N')
        return null;
    return info.numbers.length + info.dates.length + info.slashDates.length > 0 ? info.form : null;
}
function spaceHeadings(lines) {
    // Most logs have none: one cheap pass before anything else.
    const candidates = [];
    for (let i = 0; i < lines.length; i++)
        if (lines[i].charCodeAt(0) === 35 && hashRun(lines[i]) > 0)
            candidates.push(i);
    if (candidates.length === 0)
        return { lines, fixed: [] };
    const inCode = codeLines(lines);
    const typed = new Map();
    for (const i of candidates) {
        const line = lines[i];
        const rest = line.slice(hashRun(line)).trim();
        if (inCode.has(i) || HASHTAG.test(rest) || isNumberSign(line))
            continue;
        const form = labelForm(rest);
        if (form === null)
            continue;
        const same = typed.get(form);
        if (same)
            same.push(i);
        else
            typed.set(form, [i]);
    }
    if (typed.size === 0)
        return { lines, fixed: [] };
    const spacedForms = new Set();
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line.charCodeAt(0) !== 35 || inCode.has(i))
            continue;
        const heading = /^#{1,6}[ \t]+(.*)$/.exec(line);
        const form = heading && labelForm(heading[1].trim());
        if (form)
            spacedForms.add(form);
    }
    const read = [...lines];
    const fixed = [];
    for (const [form, at] of typed) {
        if (!spacedForms.has(form) && at.length < 2)
            continue;
        for (const i of at) {
            const n = hashRun(lines[i]);
            read[i] = `${lines[i].slice(0, n)} ${lines[i].slice(n)}`;
            fixed.push({ line: i + 1, text: lines[i].trim() });
        }
    }
    fixed.sort((a, b) => a.line - b.line);
    return fixed.length === 0 ? { lines, fixed } : { lines: read, fixed };
}
/** The lines inside fenced code (the fences too), by index. */
function codeLines(lines) {
    const code = new Set();
    let fence = null;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const m = unspaced_FENCE.exec(line);
        if (fence !== null) {
            code.add(i);
            if (m && m[1][0] === fence[0] && m[1].length >= fence.length && line.trim() === m[1])
                fence = null;
        }
        else if (m) {
            fence = m[1];
            code.add(i);
        }
    }
    return code;
}

;// CONCATENATED MODULE: ./src/log/year-slips.ts
/**
 * A year not moved on at New Year: `2024-12-31`, then `2024-01-01`, `2024-01-02` … in a log that runs in order. A run
 * of dates that lies a year back from the day before it, and follows it once moved a year on, is that many dates
 * written with the old year's number. Plain data in and out: the dates as the log writes them, the runs to move.
 */


const year_slips_daysBetween = (a, b) => dayNumber(b) - dayNumber(a);
const year_slips_weekdayOf = (d) => weekdayOfDay(dayNumber(d));
/** At most this many days from the date before, once moved a year on: a month of days off at most. */
const NEAR = 31;
/** A step back of at least this many days is a year's slip, not a date typed a few days off. */
const YEAR_BACK = 300;
/** The share of steps from one date to the next that must run one way for the log to be in order at all. */
const IN_ORDER = 0.8;
/** The date a year on; null for the 29th of February, which the next year has not. */
function yearLater(date) {
    const year = Number(date.slice(0, 4)) + 1;
    return isRealDay(year, Number(date.slice(5, 7)), Number(date.slice(8, 10))) ? `${year}${date.slice(4)}` : null;
}
/** Whether `after` is the day of `before` or within a month after it. */
function follows(before, after, today) {
    if (after === null || (today !== null && after > today))
        return false;
    const gap = year_slips_daysBetween(before, after);
    return gap >= 0 && gap <= NEAR;
}
/**
 * The runs of dates written a year early, in a list of the log's dated days in the order written (null for a day
 * with no full date); none where the log is not in order, oldest or newest first. `today`, when known, is the last
 * date a day moved on may fall on.
 */
function yearSlips(dates, today = null) {
    const known = dates.flatMap((date, index) => (date === null ? [] : [{ date, index }]));
    if (known.length < 3)
        return [];
    let forward = 0;
    let back = 0;
    // The order is told by the steps shorter than a year: a slip's own jumps are the question.
    for (let k = 1; k < known.length; k++) {
        const step = year_slips_daysBetween(known[k - 1].date, known[k].date);
        if (step > 0 && step < YEAR_BACK)
            forward++;
        else if (step < 0 && step > -YEAR_BACK)
            back++;
    }
    if (forward + back === 0 || Math.max(forward, back) < IN_ORDER * (forward + back))
        return [];
    // Oldest first, to walk forward in time.
    const order = back > forward ? [...known].reverse() : known;
    const runs = [];
    let run = null;
    const close = () => {
        if (!run)
            return;
        const [a, b] = [order[run.from].index, order[run.to].index];
        runs.push({ first: Math.min(a, b), last: Math.max(a, b) });
        run = null;
    };
    let previous = order[0].date;
    for (let k = 1; k < order.length; k++) {
        const { date } = order[k];
        const moved = yearLater(date);
        if (run && !follows(previous, date, today) && follows(previous, moved, today)) {
            run.to = k;
            previous = moved;
            continue;
        }
        close();
        if (year_slips_daysBetween(previous, date) <= -YEAR_BACK && follows(previous, moved, today)) {
            run = { from: k, to: k };
            previous = moved;
        }
        else
            previous = date;
    }
    close();
    return runs.sort((a, b) => a.first - b.first);
}
/**
 * Reads each run of a log's days written a year early a year on, keeping the date as written (`writtenDate`) for the
 * report to name. A run whose written weekdays fit the year as written more often than the year on stands as written.
 */
function moveSlippedYears(entries, today) {
    const days = entries.filter((e) => e.kind === 'day' && e.dateSource === 'label');
    const firstDates = days.map((e) => (e.date !== null && isFullDate(e.date) ? e.date : null));
    for (const slip of yearSlips(firstDates, today)) {
        const run = days.slice(slip.first, slip.last + 1).filter((e) => e.date !== null && isFullDate(e.date));
        const moved = run.map((e) => e.dates.map((d) => (isFullDate(d) ? yearLater(d) : d)));
        if (moved.some((dates) => dates.includes(null)))
            continue;
        const weekdays = run.filter((e) => e.weekday !== undefined);
        const fitWritten = weekdays.filter((e) => year_slips_weekdayOf(e.date) === e.weekday).length;
        const fitMoved = weekdays.filter((e) => year_slips_weekdayOf(yearLater(e.date)) === e.weekday).length;
        if (fitWritten > fitMoved)
            continue;
        run.forEach((e, i) => {
            e.writtenDate = e.date;
            e.dates = moved[i];
            e.date = e.dates[0];
        });
    }
}

;// CONCATENATED MODULE: ./src/log/parse.ts
/**
 * Reads a whole log: markdown in, entries with sections and items out.
 */













/** How many labels naming a day that does not exist the note quotes. */
const NO_SUCH_DATE_SHOWN = 3;
/** How many headings typed without their space the note quotes. */
const UNSPACED_SHOWN = 3;
/** This many table rows named by days make a note that they were not read as days. */
const TABLE_DAYS = 3;
/** This much writing (blocks, a list's bullets one each) without a single entry means the engine could not read the log. */
const UNREAD_WRITING = 5;
function normalizeNewlines(text) {
    return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}
function readBlocks(text, lines, mode, vocabulary, parseMarkdown) {
    const reader = new BlockReader(lines, (words) => roleOf(words, vocabulary) !== null);
    if (mode === 'whole') {
        reader.read(parseMarkdown(text), 0);
        return { reader, notes: [] };
    }
    // The line reader where it is certain, micromark in stretches for the rest.
    const { notes } = readBlocksFast(text, reader, parseMarkdown);
    return { reader, notes };
}
/** A separator left at a label's end where its topic was never written (`2024.03.05 화 -`; `-- 17 Jan 2024 --` is a frame). */
const DANGLING_SEPARATOR = /\s+[-–—:|·]+$/u;
const FRAMED = /^[-–—:|·]/u;
function labelOf(draft) {
    const numbers = draft.info.numbers;
    if (numbers.length === 0)
        return FRAMED.test(draft.title) ? draft.title : draft.title.replace(DANGLING_SEPARATOR, '');
    // No spread: a label may list many numbers.
    let first = numbers[0];
    let last = first;
    for (const n of numbers) {
        if (n < first)
            first = n;
        if (n > last)
            last = n;
    }
    const prefix = draft.info.kind === 'week' ? 'WEEK' : 'Day';
    return last === first ? `${prefix}${first}` : `${prefix}${first}-${last}`;
}
/**
 * What was read only in part, beside the markdown itself: labels naming a day that does not exist (`lostDate`, by
 * draft), tables whose rows are days (a date in the first cell, no link) in a log where no day was read, and days
 * kept in files of their own with the rows of their index that name no day.
 */
function readInPart(blocks, drafts, lostDate) {
    const notes = [];
    const unreal = drafts.filter((_, i) => lostDate[i]);
    if (unreal.length > 0) {
        const labels = unreal.slice(0, NO_SUCH_DATE_SHOWN).map((d) => ({ line: d.line, text: d.title }));
        notes.push({ kind: 'no-such-date', labels, total: unreal.length });
    }
    let rows = 0;
    let line = 0;
    for (const block of blocks)
        if (block.type === 'content' && block.dayRows) {
            rows += block.dayRows;
            line ||= block.line;
        }
    // Rows of days in one shape are read as days; beside days read otherwise, a dated table is a day's writing (a
    // schedule, hours). Only where no day was read were such rows left unread.
    if (rows >= TABLE_DAYS && drafts.length === 0)
        notes.push({ kind: 'table-days', rows, line });
    const unnamed = blocks.filter((b) => b.type === 'indexRow' && b.unnamed);
    if (unnamed.length > 0)
        notes.push({ kind: 'index-rows-unnamed', rows: unnamed.length, line: unnamed[0].line });
    const elsewhere = drafts.filter((d) => d.external).length;
    if (elsewhere > 0)
        notes.push({ kind: 'kept-elsewhere', days: elsewhere });
    return notes;
}
/** Entries found; none in a title or template; none in a log with writing, date-like lines or a table of days. */
function statusOf(entries, blocks, template, tableDays) {
    if (entries.length > 0)
        return 'entries';
    if (template.skippedCount > 0 || tableDays)
        return 'unread';
    let writing = 0;
    // A bold label with words after it (`**Progress:** built the parser`) is writing too; so is each bullet of a list (a
    // list of 96 dated lines is a log, not a new one).
    for (const block of blocks) {
        if (block.type === 'items')
            writing += block.items.length;
        else if (block.type === 'content' || (block.type === 'label' && block.rest))
            writing++;
    }
    return writing >= UNREAD_WRITING ? 'unread' : 'empty';
}
/**
 * The label forms with the entries each started (a week wrapper or a duplicate heading starts none); a day form whose
 * days count within weeks says how (`stretch`).
 */
function formsRead(template, drafts, stretches) {
    const counts = template.forms.map(() => 0);
    const inStretch = template.forms.map(() => false);
    for (const draft of drafts) {
        const form = template.formOf.get(draft.labelIndex);
        if (form === undefined)
            continue;
        counts[form]++;
        if (draft.stretch)
            inStretch[form] = true;
    }
    return template.forms
        .map((form, i) => ({ ...form, count: counts[i], ...(stretches && inStretch[i] ? { stretch: stretches } : {}) }))
        .filter((form) => form.count > 0)
        .sort((a, b) => a.example.line - b.example.line);
}
function sectionWords(entries) {
    const words = {};
    // `DAY 1 소감`, `DAY 2 소감` … are one label: `DAY N 소감`.
    for (const entry of entries)
        for (const s of entry.sections)
            if (s.title !== '')
                (words[s.role] ??= new Set()).add(s.title.replace(/\d+/g, 'N'));
    return Object.fromEntries(Object.entries(words).map(([role, set]) => [role, [...set]]));
}
/**
 * The log read into entries (days and weeks, their sections, tasks and lines), with how it was read: the
 * engine's first step, and the only one that looks at markdown.
 */
function parseLog(source, options = {}) {
    const text = normalizeNewlines(source);
    const vocabulary = buildVocabulary(options.vocabulary);
    // The one split of the text into lines; headings typed without their space (`##2018.05.30`) read as headings.
    const spaced = spaceHeadings(text.split('\n'));
    const { lines } = spaced;
    const { reader, notes } = readBlocks(spaced.fixed.length > 0 ? lines.join('\n') : text, lines, options.mode ?? 'chunked', vocabulary, markdownParser(options.markdown));
    if (spaced.fixed.length > 0)
        notes.push({ kind: 'unspaced-heading', labels: spaced.fixed.slice(0, UNSPACED_SHOWN), total: spaced.fixed.length });
    const template = inferTemplate(reader.blocks, vocabulary, options.entryPattern ?? null);
    const drafts = settleNeighbours(assembleEntries(reader.blocks, vocabulary, lines.length, template));
    const stretches = countAcrossStretches(drafts);
    for (const draft of drafts) {
        while (draft.endLine > draft.line && (lines[draft.endLine - 1] ?? '').trim() === '')
            draft.endLine--;
    }
    const slash = resolveAmbiguousDates(drafts.map((d) => d.info.slashDates));
    const dated = drafts.map((d) => ({
        dates: [...d.info.dates.map((x) => ({ ...x })), ...slash.read(d.info.slashDates)],
        yearAbove: d.yearAbove,
        ...(d.info.weekday === undefined ? {} : { weekday: d.info.weekday })
    }));
    const { lost: lostDate, fromWeekdays } = resolveYears(dated, options.startDate ?? null, options.today ?? null);
    const entries = drafts.map((draft, i) => {
        const dates = [...new Set(dated[i].dates.map(formatDate))].sort();
        const kind = draft.info.kind === 'week' ? 'week' : 'day';
        const numbers = [...draft.info.numbers].sort((a, b) => a - b);
        return {
            kind,
            label: labelOf(draft),
            title: draft.title,
            number: numbers[0] ?? null,
            numbers,
            date: dates[0] ?? null,
            dates,
            dateSource: dates.length > 0 ? 'label' : null,
            line: draft.line,
            endLine: draft.endLine,
            sections: draft.sections,
            hasContent: draft.hasContent,
            external: draft.external,
            ...(draft.info.weekday !== undefined && dates.length === 1 ? { weekday: draft.info.weekday } : {}),
            ...(draft.row ? { row: true } : {})
        };
    });
    // `2024-12-31`, then `2024-01-01`: a year not moved on at New Year; those days are read a year on.
    moveSlippedYears(entries, options.today ?? null);
    const partly = readInPart(reader.blocks, drafts, lostDate);
    notes.push(...partly);
    if (fromWeekdays)
        notes.push({ kind: 'year-from-weekdays', year: fromWeekdays.year, also: fromWeekdays.also });
    const hidden = hiddenDayHeadings(lines, reader.blocks, template);
    if (hidden)
        notes.push(hidden);
    const { language, otherLetters } = readLanguage(text);
    const reading = {
        status: statusOf(entries, reader.blocks, template, partly.some((n) => n.kind === 'table-days')),
        language,
        ...(otherLetters ? { otherLanguage: true } : {}),
        pattern: options.entryPattern?.source ?? null,
        forms: formsRead(template, drafts, stretches).map((f) => ({ ...f, form: formInOrder(f.form, slash.order) })),
        skipped: template.skipped,
        skippedCount: template.skippedCount,
        indexRows: drafts.filter((d) => d.external && !d.linked).length,
        rowsInPlace: drafts.filter((d) => d.inPlace).length,
        linked: drafts.filter((d) => d.external && d.linked).length,
        sections: sectionWords(entries)
    };
    return { entries, language, reading, notes };
}

;// CONCATENATED MODULE: ./src/review/calendar-sanity.ts
/**
 * A start date that cannot be right: after today (every entry would be in the
 * future, and the check would find nothing), after the log's last dated entry,
 * or more than a month before its first dated entry (a typo'd year floods the
 * run with missing days). Dates the learner wrote in labels count; dates the
 * calendar gives numbered days come from the start date itself, so a log
 * numbered without dates is doubted only when a whole-year shift of the start
 * date would put its last entry within the last month: a typo'd year. Pure.
 */

/** How far a start date may be from what the log says before it looks like a typo. */
const SLACK_DAYS = 31;
/** The same month and day, `years` later; null for a 29 February that the year lacks. */
function shiftYear(date, years) {
    const shifted = `${String(Number(date.slice(0, 4)) + years).padStart(4, '0')}${date.slice(4)}`;
    return isDateInRange(shifted) ? shifted : null;
}
/** The start date a year or more later under which the last numbered entry lands within the last month, if any. */
function yearTypo(calendar, last, today) {
    for (let years = 1; years <= 3; years++) {
        const start = shiftYear(calendar.settings.startDate, years);
        if (start === null || start > today)
            return null;
        const date = createCalendar({ ...calendar.settings, startDate: start }).dateOfDay(last);
        if (date !== null && date <= today && date >= addDays(today, -SLACK_DAYS))
            return start;
    }
    return null;
}
/** What is wrong with the calendar's start date, judged against the entries and today; null when it fits. */
function doubtCalendar(entries, calendar, today) {
    const startDate = calendar.settings.startDate;
    const days = entries.filter((e) => e.kind === 'day');
    // A date outside the calendar's years (a stray `## 0000-01-01`) says nothing about the start date.
    const dated = days
        .map((e) => (e.dateSource === 'label' ? e.date : null))
        .filter(isDateInRange)
        .sort();
    const first = dated[0] ?? null;
    const last = dated[dated.length - 1] ?? null;
    const expected = first !== null && (today === null || first <= today) ? first : null;
    if (today !== null && startDate > today)
        return { problem: 'start-after-today', startDate, against: today, expected, ignored: true };
    if (last !== null && startDate > last)
        return { problem: 'start-after-last-entry', startDate, against: last, expected, ignored: true };
    if (first !== null && startDate < addDays(first, -SLACK_DAYS))
        return { problem: 'start-long-before-first-entry', startDate, against: first, expected: first, ignored: false };
    if (first !== null || today === null)
        return null;
    const newest = days.reduce((best, e) => ((e.number ?? 0) > (best?.number ?? 0) ? e : best), null);
    if (newest?.number == null)
        return null;
    const lastDate = calendar.dateOfDay(newest.number);
    if (lastDate === null || lastDate >= addDays(today, -SLACK_DAYS))
        return null;
    const typo = yearTypo(calendar, newest.number, today);
    return typo === null
        ? null
        : { problem: 'entries-end-long-ago', startDate, against: lastDate, expected: typo, ignored: false, entry: newest.label };
}
/** Weekly files from a calendar in doubt would be weeks of nothing: they wait until the start date is fixed. */
function holdsSummaries(warning) {
    return warning.calendarIgnored || warning.type === 'entries-end-long-ago';
}

;// CONCATENATED MODULE: ./src/review/tasks.ts
/**
 * When two task lines are the same task, and when the learner let one go.
 * Spacing, case, punctuation, a trailing "finish it" verb, a leading list number
 * and a drop mark do not matter (`기본과제1` = `2. 기본 과제 1 마무리하기` =
 * `~~기본 과제 1~~ (취소)`, `学习了Vuex` = `学习Vuex`); other numbers always do (`과제 4` ≠ `과제 5`).
 */


const COMPLETION_SUFFIX = /(?:완료\s*하기|마무리\s*하기|끝내기|끝내|완료|마무리|하기|已?完成|完了|済み?|finish(?:ed)?|complete[d]?|done)$/iu;
const COMPLETION_PREFIX = /^(?:(?:finish|complete|do)\s+|完成)/i;
/** `学习了Vuex` is the task `学习Vuex`: Chinese marks a done action with 了 after its verb. */
const PERFECTIVE = /了/g;
/** `3. Take Quiz 1`, `2) 강의 듣기`: the task's place in the day's list, which changes from day to day. */
const LIST_NUMBER = /^\s*\d{1,3}[.)]\s+/;
/** Words that mark a task as let go, unless the config file names others (`drop-words`). */
const DROP_WORDS = ['(drop)', '(dropped)', '(안 함)', '(취소)', '(보류)', '❌'];
/** Case and spacing do not matter in a drop word: `(안함)` = `(안 함)`, `(Drop)` = `(drop)`. */
const squash = (text) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
/** The whole task written struck through, as an emoji line keeps it: `~~심화 과제~~`. */
const STRUCK = /^~~[^~].*~~$/s;
const lists = new Map();
/** The same list again (the default, or a settings' list), without joining its words on every task line. */
const byArray = new WeakMap();
const escapeChar = (c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * Every drop word wherever it stands in a task, spaced any way, as one
 * pattern: built once per list (keyed by the words themselves, so two lists
 * never share answers), since keys are made for every task line.
 */
function dropList(words) {
    const known = byArray.get(words);
    if (known !== undefined)
        return known;
    const id = words.join('\u0000');
    let list = lists.get(id);
    if (list === undefined) {
        const squashed = words.filter((w) => w.trim() !== '').map(squash);
        const alternatives = words
            .map(squash)
            .filter((w) => w !== '')
            .map((w) => Array.from(w).map(escapeChar).join('\\s*'));
        const pattern = alternatives.length === 0 ? null : new RegExp(alternatives.join('|'), 'giu');
        list = { pattern, squashed, keys: new Map(), dropped: new Map() };
        lists.set(id, list);
    }
    byArray.set(words, list);
    return list;
}
/** The task's identity: what stays of its text without drop words, emoji, punctuation, spacing, case or one trailing "finish" verb. */
function taskKey(text, dropWords = DROP_WORDS) {
    const list = dropList(dropWords);
    return remember(list.keys, text, (t) => computeKey(t, list));
}
/** A template's blank left as written (`[Main goal 3]`, `[Any carry-over tasks]`): a line to fill, no task. */
const TEMPLATE_BLANK = /^\s*\[[^[\]]+\]\s*$/;
function computeKey(text, list) {
    // No key, as for a task of no words: no day carries it over or counts it done.
    if (TEMPLATE_BLANK.test(text))
        return '';
    let key = text.normalize('NFKC').toLowerCase().replace(LIST_NUMBER, '');
    const drop = list.pattern;
    if (drop)
        key = key.replace(drop, ' ');
    key = key.replace(EMOJI, '').trim().replace(COMPLETION_PREFIX, '');
    key = key.replace(/[\s\p{P}\p{S}]+/gu, '');
    // `기본 과제 2 완료` is the task `기본 과제 2`; strip one verb at most so `하기` alone stays.
    const stripped = key.replace(COMPLETION_SUFFIX, '');
    if (stripped !== '')
        key = stripped;
    // After the finishing word, which may hold 了 itself (`完了`).
    return key.replace(PERFECTIVE, '') || key;
}
/** Struck through, or marked with a drop word: the learner let the task go. */
function isDropped(item, dropWords = DROP_WORDS) {
    if (item.struck)
        return true;
    const list = dropList(dropWords);
    return remember(list.dropped, item.text, (t) => droppedText(t, list));
}
function droppedText(text, list) {
    if (STRUCK.test(text.trim()))
        return true;
    const squashed = squash(text);
    return list.squashed.some((word) => squashed.includes(word));
}
/** The keys of the tasks a day lists as done (a struck-through task is dropped, not done). */
function doneKeys(day, dropWords = DROP_WORDS) {
    const keys = new Set();
    for (const section of day.sections)
        for (const item of section.items)
            if (item.done === true && !isDropped(item, dropWords))
                keys.add(taskKey(item.text, dropWords));
    return keys;
}
/** The keys of the tasks a day lets go. */
function droppedKeys(day, dropWords = DROP_WORDS) {
    const keys = new Set();
    for (const section of day.sections)
        for (const item of section.items)
            if (isDropped(item, dropWords))
                keys.add(taskKey(item.text, dropWords));
    return keys;
}
/** Whether two task texts name the same task (their keys match). */
function sameTask(a, b) {
    return taskKey(a) === taskKey(b);
}

;// CONCATENATED MODULE: ./src/review/carryover.ts

/**
 * Whether a day lists anything done (a ticked box, a done section). A plain bullet for tomorrow (`- GIT 강의 마저 듣기`)
 * is done when a later day lists it done: in a log that never lists anything done, no goal could ever be, and none
 * is said to be carried (`untrackedGoals` counts them for a note).
 */
function listsDone(days) {
    return days.some((day) => day.sections.some((section) => section.items.some((item) => item.done === true)));
}
/** The plain bullets for tomorrow whose doing cannot be followed, in a log that never lists anything done. */
function untrackedGoals(days) {
    if (listsDone(days))
        return 0;
    let goals = 0;
    for (const day of days)
        for (const section of day.sections)
            if (section.role === 'goals' && section.forTomorrow)
                goals += section.items.filter((i) => i.done === null).length;
    return goals;
}
/** `days` must be the logged, due days in chronological order. */
function trackCarryOver(days, age, dropWords = DROP_WORDS) {
    const open = new Map();
    const records = [];
    const starts = new Map();
    const resolvedBy = new Map();
    const fromGoal = new Set();
    const touch = (key, text, line, day, goal) => {
        const found = open.get(key);
        if (found) {
            // `기본 과제 2 완료` as a goal is better named by the day that lists it undone: `기본 과제 2`.
            if (!goal && fromGoal.delete(found))
                found.text = text;
            if (found.openIn[found.openIn.length - 1] !== day.label)
                found.openIn.push(day.label);
            found.lastOpen = day.label;
            found.lastOpenDate = day.date;
            found.lastOpenLine = day.line;
            return;
        }
        const record = {
            text,
            from: day.label,
            fromDate: day.date,
            lastOpen: day.label,
            lastOpenDate: day.date,
            resolvedIn: null,
            resolvedDate: null,
            dropped: false,
            age: 0,
            line,
            openIn: [day.label],
            fromLine: day.line,
            lastOpenLine: day.line,
            resolvedLine: null
        };
        open.set(key, record);
        if (goal)
            fromGoal.add(record);
        records.push(record);
        starts.set(record, day);
    };
    const end = (key, day, dropped) => {
        const record = open.get(key);
        if (!record)
            return;
        record.resolvedIn = day.label;
        record.resolvedDate = day.date;
        record.resolvedLine = day.line;
        record.dropped = dropped;
        resolvedBy.set(record, day);
        open.delete(key);
    };
    const tracked = listsDone(days);
    days.forEach((day, i) => {
        const done = doneKeys(day, dropWords);
        const dropped = droppedKeys(day, dropWords);
        // Look up what the day did or let go, not every open task: open tasks pile up over a long log.
        for (const key of done)
            end(key, day, false);
        for (const key of dropped)
            end(key, day, true);
        const settled = (key) => key === '' || done.has(key) || dropped.has(key);
        const previous = i > 0 ? days[i - 1] : undefined;
        for (const section of previous?.sections ?? []) {
            if (section.role !== 'goals' || !section.forTomorrow)
                continue;
            for (const item of section.items) {
                const key = taskKey(item.text, dropWords);
                if (item.done === null && !tracked)
                    continue;
                if (item.done !== true && !isDropped(item, dropWords) && !settled(key))
                    touch(key, item.text, item.line, day, true);
            }
        }
        for (const section of day.sections) {
            for (const item of section.items) {
                const key = taskKey(item.text, dropWords);
                if (item.done === false && !isDropped(item, dropWords) && !settled(key))
                    touch(key, item.text, item.line, day, false);
            }
        }
    });
    for (const record of records)
        record.age = age(starts.get(record), resolvedBy.get(record) ?? null);
    return records;
}

;// CONCATENATED MODULE: ./src/review/check.ts
/**
 * The whole check: parse the log, place its entries on the calendar, and find
 * what is missing, empty or mislabelled, and which tasks are carried over.
 */





/**
 * How many missing days, and missing week reviews, a report lists: the newest
 * ones; the rest are counted in `omitted`. A numbering jump (Day 1, then Day
 * 99999) or a start date decades back must not become a hundred thousand findings.
 */
const MAX_MISSING = 1000;
/** Gives numbered entries their calendar dates; a Day past the calendar's last date stays undated. */
function placeOnCalendar(entries, calendar) {
    for (const entry of entries) {
        if (entry.kind !== 'day' || entry.dates.length > 0 || entry.numbers.length === 0)
            continue;
        const dates = entry.numbers
            .filter((n) => Number.isSafeInteger(n) && n >= 1)
            .map((n) => calendar.dateOfDay(n))
            .filter((d) => d !== null);
        if (dates.length === 0)
            continue;
        entry.dates = dates;
        entry.date = dates[0];
        entry.dateSource = 'calendar';
    }
}
function isDue(entry, lastDue) {
    if (lastDue === null || !isFullDate(entry.date))
        return true;
    return entry.date <= lastDue;
}
/** An entry whose sections, goals apart, hold nothing; or that holds nothing at all. */
function isEmptyDay(entry) {
    if (entry.external)
        return false;
    const sections = entry.sections.filter((s) => s.role !== 'goals');
    if (sections.length === 0)
        return !entry.hasContent && entry.sections.every((s) => s.empty);
    return sections.every((s) => s.empty) && !entry.hasContent;
}
/** Logged days in the order they happened: by date, else by number, else as written. */
function chronological(days) {
    if (days.every(isDated))
        return [...days].sort((a, b) => years_compareDates(a.date, b.date) || a.line - b.line);
    if (days.every((d) => d.number !== null))
        return [...days].sort((a, b) => a.number - b.number || a.line - b.line);
    return days;
}
function newest(items, limit) {
    return { items: items.slice(Math.max(0, items.length - limit)), total: items.length };
}
/**
 * Numbers missing from 1 (or the lowest written) through `upTo` (or the
 * highest written), walked gap by gap from the top: the work is the number of
 * entries plus `limit`, however far apart the numbers are.
 */
function missingNumbers(entries, upTo, limit, covered = []) {
    const written = entries.flatMap((e) => e.numbers);
    // `covered`: numbers held by an entry's date though it carries another number.
    const have = [...new Set([...written, ...covered].filter((n) => Number.isSafeInteger(n) && n >= 1))].sort((a, b) => a - b);
    if (have.length === 0)
        return { items: [], total: 0 };
    const first = upTo === null ? have[0] : 1;
    const last = upTo ?? have[have.length - 1];
    if (last < first)
        return { items: [], total: 0 };
    const inRange = have.filter((n) => n >= first && n <= last);
    const total = last - first + 1 - inRange.length;
    const items = [];
    // From `last` down: each written number closes a gap above it.
    let top = last;
    for (let i = inRange.length - 1; i >= -1 && items.length < limit; i--) {
        const floor = i >= 0 ? inRange[i] : first - 1;
        for (let n = top; n > floor && items.length < limit; n--)
            items.push(n);
        top = floor - 1;
    }
    return { items: items.reverse(), total };
}
/** The line after which a missing entry belongs: the end of the nearest earlier one. */
function anchorLine(entries, number, date) {
    let best = null;
    for (const e of entries) {
        const byNumber = number !== null && e.number !== null;
        const before = byNumber ? e.number < number : date !== null && isFullDate(e.date) && e.date < date;
        if (!before)
            continue;
        // Compare with the best so far the same way: by number where both have one, else by date.
        const later = best === null ||
            (byNumber && best.number !== null ? e.number > best.number : isFullDate(best.date) && isFullDate(e.date) && e.date > best.date);
        if (later)
            best = e;
    }
    return best ? best.endLine : null;
}
/**
 * anchorLine for many missing entries at once: where every entry has a number
 * (or, for dates, where the query is by date), the entries are sorted once and
 * each query is a binary search, with the answers anchorLine gives.
 */
function anchorFinder(entries) {
    const byIndex = (key) => entries
        .map((e, i) => ({ e, i, k: key(e) }))
        .filter((x) => x.k !== null)
        .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.i - b.i));
    const numbered = entries.every((e) => e.number !== null) ? byIndex((e) => e.number) : null;
    const dated = byIndex((e) => (isFullDate(e.date) ? e.date : null));
    /** The index of the first key not below `wanted`. */
    const lowerBound = (sorted, wanted) => {
        let lo = 0;
        let hi = sorted.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (sorted[mid].k < wanted)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    };
    // The first entry (in log order) with the greatest key below `wanted`.
    const below = (sorted, wanted) => {
        const end = lowerBound(sorted, wanted);
        return end === 0 ? null : sorted[lowerBound(sorted, sorted[end - 1].k)].e.endLine;
    };
    return (number, date) => {
        if (number !== null && numbered)
            return below(numbered, number);
        if (number === null && date !== null)
            return below(dated, date);
        return anchorLine(entries, number, date);
    };
}
/** A log that numbers its days (at least half of them): a gap in the numbers is a missing day. */
function numbersDays(days) {
    return days.length > 0 && days.filter((d) => d.numbers.length > 0).length >= days.length / 2;
}
/**
 * Whether the entries' numbers count the calendar's days: at least half the entries with a number and a full date
 * carry the number the calendar gives that date. Not so in a #100DaysOfCode log that counts only the days coded
 * (`Day 3` on the 5th after a day off on the 4th): its numbers are its own.
 */
function numbersFollowCalendar(days, calendar) {
    let both = 0;
    let agree = 0;
    for (const e of days) {
        if (e.dateSource !== 'label' || e.numbers.length === 0 || !isFullDate(e.date))
            continue;
        both++;
        const day = calendar.dayOfDate(e.date);
        if (day !== null && e.numbers.includes(day))
            agree++;
    }
    return both === 0 || (agree > 0 && agree * 2 >= both);
}
/** The missing days, and whether they were looked for at all (a calendar, or day numbers, is needed). */
function missingDays(days, options) {
    const { calendar, lastDue } = options;
    const numbered = numbersDays(days);
    const anchor = anchorFinder(days);
    // A log that numbers its days names a missing one `Day12`; a log labelled by date names it by its date.
    const finding = (number, date, byNumber) => {
        const named = byNumber && number !== null;
        const entry = named ? `Day${number}` : (date ?? `Day${number}`);
        return { type: 'missing-day', entry, number, date, section: null, line: anchor(named ? number : null, date) };
    };
    if (calendar && lastDue) {
        const due = calendar.dueDays(lastDue);
        if (numbered && numbersFollowCalendar(days, calendar)) {
            // An entry with its own date covers that date's day, whatever number it carries.
            const dated = (d) => d.dateSource === 'label' && d.dates.some(isFullDate);
            const covered = days.filter(dated).flatMap((d) => d.dates.map((date) => calendar.dayOfDate(date)));
            const held = covered.filter((n) => n !== null);
            const missing = missingNumbers(days.filter((d) => !dated(d)), due.length, MAX_MISSING, held);
            // The calendar's Day 3 missing while an entry says `Day 3` (dated another day): numbers would mislead, dates do not.
            const written = new Set(days.flatMap((d) => d.numbers));
            const byNumber = !missing.items.some((n) => written.has(n));
            const item = (n) => finding(byNumber ? n : null, calendar.dateOfDay(n), byNumber);
            return { items: missing.items.map(item), total: missing.total, checked: true };
        }
        // Dated days are named by date, with the calendar's number for them; numbers that count only the days written
        // (`Day 3` on the 5th after a day off on the 4th) are not the calendar's, so those missing days get none.
        const logged = new Set(days.flatMap((d) => d.dates));
        const missing = newest(due.filter((date) => !logged.has(date)), MAX_MISSING);
        const item = (date) => finding(numbered ? null : calendar.dayOfDate(date), date, false);
        return { items: missing.items.map(item), total: missing.total, checked: true };
    }
    if (!numbered)
        return { items: [], total: 0, checked: false };
    const missing = missingNumbers(days, null, MAX_MISSING);
    return { items: missing.items.map((n) => finding(n, null, true)), total: missing.total, checked: true };
}
function missingWeekReviews(weeks, options) {
    if (weeks.length === 0)
        return { items: [], total: 0 };
    const { calendar, lastDue } = options;
    let expected;
    if (calendar && lastDue) {
        const have = new Set(weeks.flatMap((w) => w.numbers));
        const current = calendar.weekOf(lastDue);
        const absent = [];
        for (let n = 1; n <= current; n++)
            if (!have.has(n) && calendar.weekRange(n).end <= lastDue)
                absent.push(n);
        expected = newest(absent, MAX_MISSING);
    }
    else {
        expected = missingNumbers(weeks, null, MAX_MISSING);
    }
    const items = expected.items.map((n) => {
        const week = calendar ? calendar.weekRange(n) : null;
        return {
            type: 'missing-week-review',
            entry: `WEEK${n}`,
            number: n,
            date: week?.end ?? null,
            section: null,
            line: anchorLine(weeks, n, null),
            week
        };
    });
    return { items, total: expected.total };
}
/** `Day 4` in a section's title, in lower case (case-blind, V8 folds the `\p{…}` classes over all of Unicode). */
const NAMED_DAY = /\bday\s*(\d+)(?![\p{L}\p{N}])/u;
function entryFindings(entry) {
    const base = { entry: entry.label, number: entry.number, date: entry.date };
    const findings = [];
    if (entry.kind === 'day' && isEmptyDay(entry)) {
        const empty = entry.sections.filter((s) => s.empty);
        findings.push({
            ...base,
            type: 'empty-day',
            section: null,
            line: entry.line,
            sections: empty.map((s) => ({ title: s.title, line: s.line }))
        });
    }
    else {
        for (const section of entry.sections) {
            if (section.empty) {
                findings.push({
                    ...base,
                    type: 'empty-section',
                    section: section.title,
                    line: section.line,
                    entryLine: entry.line
                });
            }
        }
    }
    if (entry.kind === 'day' && entry.numbers.length > 0) {
        for (const section of entry.sections) {
            // `DAY 4 소감` under Day 5 is a copied label; `Day 1で学んだ概念の復習` (run into its words) speaks of Day 1.
            const named = NAMED_DAY.exec(section.title.toLowerCase());
            // `Day2 计划` or `下一步（Day 7）` under the day before: the plan for the next day, named for it.
            const nextDays = (section.forTomorrow || section.role === 'goals') && named && Number(named[1]) === Math.max(...entry.numbers) + 1;
            if (named && !entry.numbers.includes(Number(named[1])) && !nextDays) {
                findings.push({
                    ...base,
                    type: 'label-mismatch',
                    section: section.title,
                    line: section.line,
                    why: { kind: 'section-title', named: Number(named[1]), expected: entry.number }
                });
            }
        }
    }
    return findings;
}
const numbersOf = (e) => ({ lowest: e.numbers[0], highest: e.numbers[e.numbers.length - 1] });
/** `R2D6`'s round: a new round counts its days afresh, from wherever it starts. */
const ROUND_LABEL = /^[^\p{L}\d]*r(\d{1,3})\s*[-_.]?\s*d\d/iu;
const roundOf = (e) => {
    const m = ROUND_LABEL.exec(e.title);
    return m ? Number(m[1]) : null;
};
/**
 * Entries with both a number and a date cover their date; where the number disagrees
 * with where the date puts the entry, that is a label-mismatch naming both. The
 * calendar decides when most such entries agree with it (the log counts days as the
 * calendar does); otherwise the log's own order does: by date, a number at or below
 * the one dated just before (a restart at Day 1, as in a new round or week, apart, and a new round named as such:
 * `R2D6` after `R1D48`).
 */
function dateNumberMismatches(days, calendar) {
    const both = days.filter((d) => d.dateSource === 'label' && d.numbers.length > 0 && d.date !== null);
    const full = both.filter(isDated);
    if (calendar && full.length > 0 && numbersFollowCalendar(full, calendar)) {
        return full
            .map((e) => ({ e, day: calendar.dayOfDate(e.date) }))
            .filter((p) => p.day !== null && !p.e.numbers.includes(p.day))
            .map((p) => labelMismatch(p.e, { kind: 'off-calendar', day: p.day }));
    }
    // In the order the days happened: by date where every date has its year; otherwise as
    // written (dates without a year cannot be ordered across new year), newest-first turned round.
    let ordered;
    if (full.length === both.length)
        ordered = [...full].sort((a, b) => years_compareDates(a.date, b.date) || a.line - b.line);
    else {
        ordered = [...both].sort((a, b) => a.line - b.line);
        if (ordered.length > 1 && ordered[0].number > ordered[ordered.length - 1].number)
            ordered.reverse();
    }
    const out = [];
    let before = null;
    let i = 0;
    while (i < ordered.length) {
        let j = i;
        while (j < ordered.length && ordered[j].date === ordered[i].date)
            j++;
        const group = ordered.slice(i, j);
        for (const e of group) {
            const { lowest } = numbersOf(e);
            if (before && lowest > 1 && lowest <= numbersOf(before).highest && roundOf(e) === roundOf(before)) {
                out.push(labelMismatch(e, { kind: 'out-of-order', previous: before.label, previousDate: before.date }));
            }
        }
        before = group.reduce((a, b) => (numbersOf(b).highest > numbersOf(a).highest ? b : a));
        i = j;
    }
    return out;
}
/**
 * `1日目, 2日目, 3日目, 2日目`: a numbered day heading written again word for word, a copied heading whose number was
 * not changed. Another title with the same number (`Day 12 - 継続課題`, `Day3-2`) is the same day's second session
 * or part, and a file's index row is no heading. A run that starts again at 1 (a second round of 100 days, a new
 * week of Day 1–5) starts afresh.
 *
 * A day named by its date alone is the same day again where its date and words come back, whatever the decoration
 * (`--- 17 Jan ---`, `-- 17 Jan --`). Written twice in a row, it is one day written in parts (a work log's sessions),
 * unless the dates beside the run leave a day it was meant to fill (`03-03, 03-04, 03-04, 03-06`) or it ends the log.
 * Rows of a table of days are never copies: rows sharing a date are that day's several lines.
 */
function repeatedLabels(days) {
    const out = [];
    let seen = new Map();
    /** Days named by their date alone: a count restarting does not make them new. */
    const seenDates = new Map();
    const keys = days.map(dateKey);
    for (const [i, e] of days.entries()) {
        // Rows of a table of days sharing a date or number are that day's several lines (`| 1-26-2018 | Workout |`).
        if (e.external || e.row || (e.numbers.length === 0 && e.dates.length === 0))
            continue;
        if (e.numbers.length > 0 && Math.min(...e.numbers) <= 1)
            seen = new Map();
        // With its numbers: `### Day 1` under `## Week 2` is not the `### Day 1` of week 1.
        const [map, key] = e.numbers.length > 0 ? [seen, `${e.numbers.join()} ${e.title.replace(/\s+/g, ' ')}`] : [seenDates, keys[i]];
        const earlier = map.get(key);
        if (earlier === undefined)
            map.set(key, [e.line]);
        else {
            if (map === seenDates && keys[i - 1] === key && !leavesDayUnwritten(days, keys, i))
                continue;
            out.push(labelMismatch(e, { kind: 'repeated', previousLine: earlier[0], earlier: [...earlier] }));
            earlier.push(e.line);
        }
    }
    return out;
}
/** A day named by its date alone: its dates and its words without decoration; null for any other entry. */
function dateKey(e) {
    if (e.external || e.numbers.length > 0 || e.dates.length === 0)
        return null;
    return `${e.dates.join()} ${e.title.replace(/[\s!-/:-@[-`{-~]+/g, ' ').trim()}`;
}
/**
 * Whether the run of days with the same date as `days[at]` (written in a row, `at` inside it) stands beside a date
 * more than a day from its own, or at an end of the log: where the day the copied heading was meant to name may be.
 */
function leavesDayUnwritten(days, keys, at) {
    let first = at;
    while (first > 0 && keys[first - 1] === keys[at])
        first--;
    let last = at;
    while (last + 1 < days.length && keys[last + 1] === keys[at])
        last++;
    const date = days[at].date;
    if (!isFullDate(date))
        return true;
    // At an end of the log the day it was meant to name is not there to see: a copied heading is most often the newest.
    return [days[first - 1], days[last + 1]].some((n) => n === undefined || (isFullDate(n.date) && Math.abs(daysBetween(date, n.date)) > 1));
}
/** `## 2023.4.22 星期二` where 4/22 is a Saturday: the date or the weekday was mistyped (a copied heading, most often). */
function weekdayMismatches(days) {
    const out = [];
    for (const e of days) {
        if (e.weekday === undefined || !isFullDate(e.date))
            continue;
        const actual = weekdayOf(e.date);
        if (actual !== e.weekday)
            out.push(labelMismatch(e, { kind: 'weekday', written: e.weekday, actual }));
    }
    return out;
}
/**
 * Days whose year was read a year on (`writtenDate`: a year not moved on at New Year), one finding for each run of
 * them one after another in the log, at its first line.
 */
function yearSlipFindings(days) {
    const out = [];
    let run = [];
    const close = () => {
        const [first, last] = [run[0], run[run.length - 1]];
        if (first?.writtenDate)
            out.push(labelMismatch(first, {
                kind: 'year-slip',
                written: first.writtenDate,
                count: run.length,
                last: run.length > 1 ? last.label : null
            }));
        run = [];
    };
    for (const day of [...days].sort((a, b) => a.line - b.line)) {
        if (day.writtenDate)
            run.push(day);
        else if (day.date !== null)
            close();
    }
    close();
    return out;
}
/** A label-mismatch at an entry's label. */
function labelMismatch(e, why) {
    return { type: 'label-mismatch', entry: e.label, number: e.number, date: e.date, section: e.title, line: e.line, why };
}
function dueDays(days, missing, findings) {
    const emptyDays = new Set(findings.filter((f) => f.type === 'empty-day').map((f) => f.line));
    const logged = days.map((d) => ({
        date: d.date,
        number: d.number,
        entry: d.label,
        line: d.line,
        state: emptyDays.has(d.line) ? 'empty' : 'logged'
    }));
    const absent = missing.map((f) => ({ date: f.date, number: f.number, entry: f.entry, line: null, state: 'missing' }));
    const all = [...logged, ...absent];
    const sortable = all.every((d) => isFullDate(d.date)) || all.every((d) => d.number !== null);
    return sortable ? all.sort((a, b) => (a.date && b.date ? years_compareDates(a.date, b.date) : (a.number ?? 0) - (b.number ?? 0))) : all;
}
/**
 * Checks a log: its entries, what is missing, empty or mislabelled (as data,
 * no words), the carried-over tasks, the due days and what the learner should
 * know about the settings. Pure: the same text and options give the same report.
 */
function checkLog(text, options) {
    const startDate = options.calendar?.settings.startDate ?? null;
    const { entries, language, reading, notes: readNotes } = parseLog(text, {
        vocabulary: options.vocabulary,
        startDate,
        today: options.today ?? options.lastDue,
        entryPattern: options.entryPattern,
        markdown: options.markdown
    });
    // A start date that cannot be right is said once, and a calendar that would hide every entry is not used.
    const doubt = options.calendar ? doubtCalendar(entries, options.calendar, options.today ?? options.lastDue) : null;
    const warnings = doubt
        ? [
            {
                type: doubt.problem,
                setting: 'start-date',
                expected: doubt.expected,
                calendarIgnored: doubt.ignored,
                doubt
            }
        ]
        : [];
    if (doubt?.ignored)
        options = { ...options, calendar: null };
    if (options.calendar)
        placeOnCalendar(entries, options.calendar);
    const due = entries.filter((e) => isDue(e, options.lastDue));
    const days = due.filter((e) => e.kind === 'day');
    const weeks = due.filter((e) => e.kind === 'week');
    // A log with writing but no entry it could read has no days to count from: every due day would look missing.
    const unread = reading.status === 'unread';
    const missingDay = unread ? { items: [], total: 0, checked: false } : missingDays(days, options);
    const missingWeek = unread ? { items: [], total: 0 } : missingWeekReviews(weeks, options);
    const missing = [...missingDay.items, ...missingWeek.items];
    const omitted = {};
    const notes = [];
    if (missingDay.total > missingDay.items.length) {
        omitted['missing-day'] = missingDay.total - missingDay.items.length;
        notes.push({ type: 'omitted', kind: 'day', shown: missingDay.items.length, total: missingDay.total });
    }
    if (missingWeek.total > missingWeek.items.length) {
        omitted['missing-week-review'] = missingWeek.total - missingWeek.items.length;
        notes.push({ type: 'omitted', kind: 'week', shown: missingWeek.items.length, total: missingWeek.total });
    }
    // A heading written twice is said once, as such, not also as out of order.
    const repeated = repeatedLabels(days);
    const twice = new Set(repeated.map((f) => f.line));
    const mismatched = dateNumberMismatches(days, options.calendar).filter((f) => !(f.why.kind === 'out-of-order' && twice.has(f.line)));
    const perEntry = [...due.flatMap(entryFindings), ...mismatched, ...repeated, ...weekdayMismatches(days), ...yearSlipFindings(days)];
    const findings = [...missing, ...perEntry].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    const { calendar, lastDue } = options;
    const ordered = chronological(days.filter((d) => !d.external));
    const last = ordered[ordered.length - 1] ?? null;
    const carryOver = trackCarryOver(ordered, (from, to) => {
        if (calendar && isDateInRange(from.date)) {
            const end = to?.date ?? lastDue ?? last?.date ?? null;
            if (isDateInRange(end))
                return Math.max(0, calendar.workdaysBetween(from.date, end));
        }
        const end = to ?? last;
        if (from.number !== null && end?.number != null)
            return Math.max(0, end.number - from.number);
        return Math.max(0, ordered.indexOf(end ?? from) - ordered.indexOf(from));
    }, options.dropWords);
    const untracked = untrackedGoals(ordered);
    if (untracked > 0)
        notes.push({ type: 'untracked-goals', goals: untracked });
    return {
        language,
        lastDue: options.lastDue,
        entries,
        findings,
        carryOver,
        due: dueDays(days, missing.filter((f) => f.type === 'missing-day'), perEntry),
        notes: [
            ...readNotes.map((note) => ({ type: 'reading', ...note })),
            ...(calendar && lastDue ? calendar.notes(lastDue).map((text) => ({ type: 'calendar', text })) : []),
            ...notes
        ],
        omitted,
        warnings,
        reading,
        missingDaysChecked: missingDay.checked
    };
}

;// CONCATENATED MODULE: ./src/settings.ts

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
];
/** How many due days get reminder issues of their own when `remind-days` is not set. */
const DEFAULT_REMIND_DAYS = 7;
function parseRemindDays(value) {
    if (value === undefined)
        return DEFAULT_REMIND_DAYS;
    if (value.toLowerCase() === 'all')
        return null;
    const days = Number(value);
    if (!/^\d+$/.test(value) || days < 1)
        throw new SettingsError(`remind-days: "${value}" is not a number of days; use e.g. 7, or all`);
    return days;
}
const settings_ROLES = ['done', 'notDone', 'learned', 'goals', 'reflection', 'other'];
/** The learner's settings are wrong: one line that names the setting and what it accepts. */
class SettingsError extends Error {
}
/** A YAML document as plain data; errors and warnings alike end the run in one line. */
let yaml = null;
/** Loads the YAML reader, only for a run that has a config file: a run without one does not pay for it at start-up. */
async function loadConfigReader() {
    yaml ??= await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
}
function loadYaml(text, file) {
    if (yaml === null)
        throw new Error(`config ${file}: the YAML reader was not loaded (loadConfigReader comes first)`);
    const doc = yaml.parseDocument(text, { logLevel: 'silent' });
    const problems = [...doc.errors, ...doc.warnings];
    const fail = (message, line, more = 0) => {
        const first = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
        throw new SettingsError(`config ${file}${line ? `:${line}` : ''}: not valid YAML (${first})${more > 0 ? ` and ${more} more problem(s)` : ''}`);
    };
    if (problems.length > 0)
        fail(problems[0].message, problems[0].linePos?.[0]?.line, problems.length - 1);
    try {
        return doc.toJS({ maxAliasCount: 100 });
    }
    catch (error) {
        return fail(error.message);
    }
}
const isScalar = (v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
/** A setting's value: one value, or a list of values joined with commas; null (`key:` alone) is unset. */
function settingValue(value, key, file) {
    if (value === null || value === undefined)
        return undefined;
    if (isScalar(value))
        return String(value);
    if (Array.isArray(value) && value.every(isScalar))
        return value.map(String).join(',');
    throw new SettingsError(`config ${file}: ${key} must be a value or a list of values (e.g. ${key}: ${EXAMPLES[key] ?? '…'}), not ${kindOf(value)}`);
}
/** A role's labels: one label or a list of them, each a non-empty text. */
function labelList(value, role, file) {
    const list = Array.isArray(value) ? value : [value];
    if (list.length === 0 || !list.every((v) => isScalar(v) && String(v).trim() !== '')) {
        throw new SettingsError(`config ${file}: sections.${role} must be a list of labels, e.g. ${role}: [${ROLE_EXAMPLES[role] ?? '…'}], not ${kindOf(value)}`);
    }
    return list.map((v) => String(v).trim());
}
function kindOf(value) {
    if (value === null || value === undefined)
        return 'empty';
    if (Array.isArray(value))
        return value.length === 0 ? 'an empty list' : `a list holding ${kindOf(value.find((v) => !isScalar(v) || String(v).trim() === ''))}`;
    if (typeof value === 'object')
        return 'a mapping';
    if (typeof value === 'string' && value.trim() === '')
        return 'an empty text';
    return JSON.stringify(value);
}
const EXAMPLES = {
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
};
const ROLE_EXAMPLES = {
    done: '오늘의 성과',
    notDone: '남은 일',
    learned: '공부 노트',
    goals: '다음 계획',
    reflection: '한 줄 평',
    other: '참고'
};
/** A config file's settings, section words and drop words; a file that is not a mapping of known keys fails in one line naming it. */
function parseConfig(text, file) {
    const data = loadYaml(text, file);
    if (data === null || data === undefined)
        return { raw: {}, vocabulary: {} };
    if (typeof data !== 'object' || Array.isArray(data))
        throw new SettingsError(`config ${file}: expected a mapping of settings`);
    const raw = {};
    const vocabulary = {};
    let dropWords;
    for (const [key, value] of Object.entries(data)) {
        if (key === 'drop-words') {
            const list = Array.isArray(value) ? value : [value];
            if (list.some((w) => typeof w !== 'string' && typeof w !== 'number'))
                throw new SettingsError(`config ${file}: "drop-words" must be a list of words, e.g. ["(drop)", "(취소)"]`);
            dropWords = list.map(String);
        }
        else if (key === 'sections') {
            if (typeof value !== 'object' || value === null || Array.isArray(value)) {
                throw new SettingsError(`config ${file}: "sections" must map roles (${settings_ROLES.join(', ')}) to lists of labels`);
            }
            for (const [role, words] of Object.entries(value)) {
                if (!settings_ROLES.includes(role))
                    throw new SettingsError(`config ${file}: sections.${role} is not a role; use ${settings_ROLES.join(', ')}`);
                vocabulary[role] = labelList(words, role, file);
            }
        }
        else if (SETTING_NAMES.includes(key)) {
            const text = settingValue(value, key, file);
            if (text !== undefined)
                raw[key] = text;
        }
        else {
            throw new SettingsError(`config ${file}: unknown setting "${key}"; use ${[...SETTING_NAMES, 'sections', 'drop-words'].join(', ')}`);
        }
    }
    return { raw, vocabulary, ...(dropWords ? { dropWords } : {}) };
}
const MAX_PATTERN = 500;
/**
 * The `entry-pattern` setting: a regular expression (case-insensitive) with named
 * groups `day`, `date` and/or `week`, matched against each label's text.
 */
function compileEntryPattern(source) {
    if (source.length > MAX_PATTERN)
        throw new SettingsError(`entry-pattern: longer than ${MAX_PATTERN} characters`);
    let pattern;
    try {
        pattern = new RegExp(source, 'i');
    }
    catch (error) {
        const reason = error.message.split(': ').pop() ?? 'invalid';
        throw new SettingsError(`entry-pattern: "${source}" is not a regular expression (${reason})`);
    }
    if (!/\(\?<(?:day|date|week)>/.test(source)) {
        throw new SettingsError(`entry-pattern: "${source}" has no (?<day>…), (?<date>…) or (?<week>…) group; use e.g. ^Day (?<day>\\d+)`);
    }
    return pattern;
}
const given = (value) => (value === undefined || value.trim() === '' ? undefined : value.trim());
/** Loads what these settings need that start-up does not load: date-holidays for a country other than Korea. */
async function prepareSettings(explicit, config = {}) {
    await loadHolidayRules(given(explicit.holidays) ?? given(config.holidays) ?? 'none');
}
/** Explicit values win over the config file, which wins over defaults; every value is parsed here, once. */
function resolveSettings(explicit, config = {}, vocabulary = {}, dropWords = null) {
    const pick = (name) => given(explicit[name]) ?? given(config[name]);
    const timeZone = pick('timezone') ?? 'UTC';
    if (!isValidTimeZone(timeZone))
        throw new SettingsError(`timezone: "${timeZone}" is not an IANA time zone; use e.g. Asia/Seoul or UTC`);
    const skipDates = pick('skip-dates');
    const dueAfter = pick('due-after');
    const pattern = pick('entry-pattern');
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
    };
}
/** A branch name git accepts (the common rules of git check-ref-format). */
function branchSetting(value) {
    if (value === undefined)
        return null;
    const name = value.replace(/^refs\/heads\//, '');
    const bad = /[\s~^:?*[\\\x00-\x1f\x7f]|\.\.|@\{|\/\/|^[-/.]|[/.]$|\.lock$|\/\./.test(name) || name === '@' || name.length > 200;
    if (bad)
        throw new SettingsError(`summary-branch: "${value}" is not a branch name; use e.g. til-summaries`);
    return name;
}
function dateSetting(name, value) {
    if (value === undefined)
        return null;
    if (!isIsoDate(value))
        throw new SettingsError(`${name}: "${value}" is not a date; use YYYY-MM-DD`);
    if (!isDateInRange(value))
        throw new SettingsError(outOfRange(name, value));
    return value;
}
function wrap(fn, name) {
    try {
        return fn();
    }
    catch (error) {
        const message = error.message;
        throw new SettingsError(message.startsWith(name) ? message : `${name}: ${message}`);
    }
}
/** What the check needs from the settings at `now`: the calendar, the last due date, the vocabulary. Only assembles. */
function checkOptions(settings, now) {
    const lastDue = lastDueDate({
        ...(settings.today ? { today: settings.today } : {}),
        now,
        timeZone: settings.timeZone,
        dueAfterMinutes: settings.dueAfter
    });
    // Only a clock set to another century gets here: the settings' own dates are checked above.
    if (!isDateInRange(lastDue))
        throw new SettingsError(outOfRange('today', lastDue));
    const { startDate, workdays, holidays, skipDates } = settings;
    return {
        calendar: startDate === null ? null : createCalendar({ startDate, workdays, holidays, skipDates }),
        lastDue,
        today: settings.today ?? localNow(now, settings.timeZone).date,
        vocabulary: settings.vocabulary,
        entryPattern: settings.entryPattern,
        ...(settings.dropWords ? { dropWords: settings.dropWords } : {})
    };
}

;// CONCATENATED MODULE: ./src/cli.ts
/**
 * `til-keeper check <file> [--json]`: the engine, locally. It gives the same
 * answers as the action, so a learner can preview before enabling the workflow.
 */









class UsageError extends Error {
}
/** node:util's parseArgs errors, as one short line naming the option. */
function usageMistake(error) {
    const unknown = /^Unknown option '([^']+)'/.exec(error.message);
    if (unknown)
        return `unknown option ${unknown[1]}; see til-keeper --help`;
    const missing = /^Option '(--[\w-]+)[^']*' argument missing/.exec(error.message);
    if (missing)
        return `${missing[1]} needs a value; see til-keeper --help`;
    return error.message.split('\n')[0];
}
async function run(argv, now = new Date()) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
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
        });
    }
    catch (error) {
        return { code: 2, stdout: '', stderr: `til-keeper: ${usageMistake(error)}\n` };
    }
    const { values, positionals } = parsed;
    if (values.help)
        return { code: 0, stdout: usage/* USAGE */.u + '\n', stderr: '' };
    try {
        const [command, file, ...extra] = positionals;
        if (command !== 'check')
            throw new UsageError(command ? `unknown command "${command}"; use: til-keeper check <file>` : 'no command; use: til-keeper check <file>');
        if (!file)
            throw new UsageError('check: no file given; use: til-keeper check <file>');
        if (extra.length > 0)
            throw new UsageError(`check: unexpected argument "${extra[0]}"`);
        const failOn = values['fail-on'] ?? 'none';
        if (failOn !== 'findings' && failOn !== 'none')
            throw new UsageError(`--fail-on: "${failOn}" is not a choice; use findings (exit 1 when there are findings) or none`);
        let clock = now;
        if (values.now !== undefined) {
            clock = new Date(values.now);
            if (Number.isNaN(clock.getTime()))
                throw new UsageError(`--now: "${values.now}" is not an ISO timestamp; use e.g. 2026-10-14T22:30:00+09:00`);
        }
        // The YAML reader and date-holidays load only for a run that needs them.
        if (values.config)
            await loadConfigReader();
        const config = values.config
            ? parseConfig(readLocalText(values.config, 'config'), values.config)
            : { raw: {}, vocabulary: {} };
        const explicit = {
            'start-date': values['start-date'],
            timezone: values.timezone,
            workdays: values.workdays,
            holidays: values.holidays,
            'skip-dates': values['skip-dates'],
            'due-after': values['due-after'],
            today: values.today,
            'entry-pattern': values['entry-pattern']
        };
        await prepareSettings(explicit, config.raw);
        const settings = resolveSettings(explicit, config.raw, config.vocabulary, config.dropWords ?? null);
        const text = readLocalText(file, 'log');
        const options = checkOptions(settings, clock);
        const report = await withMarkdownParser((markdown) => checkLog(text, { ...options, markdown }));
        const explained = values.explain ? explainLines(report.reading, file).join('\n') + '\n\n' : '';
        const json = values.json ? reportJson(report) : null;
        if (report.reading.status === 'unread') {
            // Writing but no entry it could read is a set-up problem, never "all good"; the JSON still says how it was read.
            const stdout = json ? JSON.stringify(json, null, 2) + '\n' : explained;
            // With --explain (and no --json) the reading is already on stdout: the line does not ask for it again.
            const where = values.explain && !json ? 'cli-explained' : 'cli';
            return { code: 2, stdout, stderr: `til-keeper: ${noEntries(file, where, report.language)}\n` };
        }
        const stdout = json ? JSON.stringify(json, null, 2) + '\n' : explained + renderText(report, file);
        // The text report says its warnings; with --json they go to stderr so a reader of the JSON still sees them.
        const stderr = json ? json.warnings.map((w) => `til-keeper: ${w.message}\n`).join('') : '';
        const code = failOn === 'findings' && report.findings.length > 0 ? 1 : 0;
        return { code, stdout, stderr };
    }
    catch (error) {
        if (error instanceof UsageError || error instanceof SettingsError || error instanceof FileError) {
            return { code: 2, stdout: '', stderr: `til-keeper: ${error.message}\n` };
        }
        // A bug, not a mistake of the learner's: still one line, and a different exit code.
        return { code: 1, stdout: '', stderr: `til-keeper: internal error: ${String(error?.message ?? error).split('\n')[0]}\n` };
    }
}


/***/ })

};
