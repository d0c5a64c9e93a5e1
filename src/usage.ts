/** The CLI's usage, apart from the engine: `til-keeper --help` prints it without loading the engine. */
export const USAGE = `usage: til-keeper check <file> [--json] [--start-date YYYY-MM-DD] [--timezone Area/City]
       [--workdays mon-fri] [--holidays kr|none|<country>] [--skip-dates D,D] [--today YYYY-MM-DD]
       [--now <ISO timestamp>] [--due-after HH:MM] [--config <file>] [--fail-on findings|none]
       [--explain] [--entry-pattern <regex>]

exit codes: 0 checked (with --fail-on findings: and found nothing), 1 findings with --fail-on findings
            (or an internal error), 2 a bad option, an unreadable file, or a log with no day entry it can read`
