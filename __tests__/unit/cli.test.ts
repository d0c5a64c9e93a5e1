/**
 * `til-keeper check`: in-process through `run(argv, now)`, and once as the
 * built bundle in a child process. The log is __tests__/fixtures/mini-til.md,
 * written for these tests in the bootcamp template: Day1 (2026-09-21) and Day2
 * (2026-09-22), Day2's learned section empty, Day3 (2026-09-23) not written.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { run } from '../../src/cli.js'
import { noEntries } from '../../src/render/explain.js'
import { REPO_ROOT } from '../fixtures/shared.js'

const MINI = path.join(REPO_ROOT, '__tests__', 'fixtures', 'mini-til.md')
const CALENDAR = ['--start-date', '2026-09-21', '--holidays', 'kr', '--timezone', 'Asia/Seoul']
const NOW = new Date('2026-09-24T03:00:00Z') // noon on Thursday 9/24 in Seoul (Chuseok): 9/23 is over.

let scratch: string
beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'til-keeper-cli-'))
})
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true })
})

const json = async (argv: string[], now = NOW) => {
  const result = await run(['check', MINI, '--json', ...argv], now)
  expect(result).toMatchObject({ code: 0, stderr: '' })
  return JSON.parse(result.stdout)
}

describe('cli: --json', () => {
  it('prints the report with entries, findings and carry-over in their documented fields', async () => {
    const report = await json(CALENDAR)
    expect(Object.keys(report).sort()).toEqual([
      'carryOver',
      'due',
      'entries',
      'findings',
      'language',
      'lastDue',
      'missingDaysChecked',
      'notes',
      'omitted',
      'reading',
      'warnings'
    ])
    expect(report.lastDue).toBe('2026-09-23')
    expect(report.language).toBe('ko')

    expect(report.entries).toHaveLength(2)
    expect(Object.keys(report.entries[0]).sort()).toEqual(
      [
        'dateSource',
        'date',
        'dates',
        'endLine',
        'external',
        'hasContent',
        'kind',
        'label',
        'line',
        'number',
        'numbers',
        'sections',
        'title'
      ].sort()
    )
    expect(report.entries.map((e: { label: string; date: string; line: number }) => [e.label, e.date, e.line])).toEqual([
      ['Day1', '2026-09-21', 4],
      ['Day2', '2026-09-22', 38]
    ])
    expect(Object.keys(report.entries[0].sections[0]).sort()).toEqual(['empty', 'items', 'line', 'role', 'title'])
    expect(report.entries[0].sections[0].items[0]).toEqual({ text: '배열과 연결 리스트 비교 정리', done: true, line: 8 })

    expect(report.findings.map((f: { type: string; entry: string; line: number }) => [f.type, f.entry, f.line])).toEqual([
      ['empty-section', 'Day2', 51],
      ['missing-day', 'Day3', 63]
    ])
    for (const f of report.findings) {
      expect(Object.keys(f)).toEqual(expect.arrayContaining(['type', 'entry', 'number', 'date', 'section', 'line', 'message']))
    }
    expect(report.findings[1]).toMatchObject({ number: 3, date: '2026-09-23', section: null })

    expect(report.carryOver).toEqual([
      {
        text: '스택 과제 1',
        from: 'Day1',
        fromDate: '2026-09-21',
        lastOpen: 'Day1',
        lastOpenDate: '2026-09-21',
        resolvedIn: 'Day2',
        resolvedDate: '2026-09-22',
        dropped: false,
        age: 1,
        line: 14,
        openIn: ['Day1']
      },
      {
        text: '큐 과제 2',
        from: 'Day2',
        fromDate: '2026-09-22',
        lastOpen: 'Day2',
        lastOpenDate: '2026-09-22',
        resolvedIn: null,
        resolvedDate: null,
        dropped: false,
        age: 1,
        line: 48,
        openIn: ['Day2']
      }
    ])
  })

  it('without a start date there is no calendar: only what is written is checked', async () => {
    const report = await json([])
    // The clock still says which day is the last one due (in UTC without a time zone).
    expect(report.lastDue).toBe('2026-09-23')
    expect(report.entries.map((e: { date: string | null }) => e.date)).toEqual([null, null])
    expect(report.findings.map((f: { type: string }) => f.type)).toEqual(['empty-section'])
  })

  it("--now with --due-after in the learner's time zone decides whether today is due", async () => {
    // 2026-09-23 11:59Z is 20:59 in Seoul; 12:00Z is 21:00.
    const before = await json([...CALENDAR, '--due-after', '21:00', '--now', '2026-09-23T11:59:00Z'])
    expect(before.lastDue).toBe('2026-09-22')
    expect(before.findings.some((f: { type: string }) => f.type === 'missing-day')).toBe(false)
    const after = await json([...CALENDAR, '--due-after', '21:00', '--now', '2026-09-23T21:00:00+09:00'])
    expect(after.lastDue).toBe('2026-09-23')
    expect(after.findings.filter((f: { type: string }) => f.type === 'missing-day')).toHaveLength(1)
  })

  it('--today overrides the clock', async () => {
    expect((await json([...CALENDAR, '--today', '2026-09-22'])).findings.map((f: { type: string }) => f.type)).toEqual(['empty-section'])
  })

  it('a config file gives settings and section words; options win over it', async () => {
    const config = path.join(scratch, 'til-keeper.yml')
    writeFileSync(config, 'start-date: 2026-09-21\ntoday: 2026-09-22\nsections:\n  other: [새롭게 알게된 내용]\n')
    const report = await json(['--config', config])
    expect(report.lastDue).toBe('2026-09-22')
    expect(report.entries[1].sections.find((s: { line: number }) => s.line === 51).role).toBe('other')
    expect((await json(['--config', config, '--today', '2026-09-23'])).lastDue).toBe('2026-09-23')
  })
})

describe('cli: text output', () => {
  it('names the file, and gives every finding and carried task its README line', async () => {
    const { code, stdout, stderr } = await run(['check', MINI, ...CALENDAR], NOW)
    expect(code).toBe(0)
    expect(stderr).toBe('')
    const lines = stdout.split('\n')
    expect(lines[0]).toContain(MINI)
    expect(lines[0]).toContain('2026-09-23')
    expect(lines.find((l) => l.includes('empty-section'))).toMatch(/^\s*L51\s/)
    expect(lines.find((l) => l.includes('missing-day'))).toMatch(/^\s*L63\s.*Day3/)
    expect(lines.find((l) => l.includes('스택 과제 1'))).toMatch(/^\s*L14\s/)
    expect(lines.find((l) => l.includes('큐 과제 2'))).toMatch(/^\s*L48\s/)
  })

  it('days missing together after one line are one line, in the language of the log; two stay two', async () => {
    const log = (days: number[]) => days.map((n) => `## ${n}일차\n- 배열 복습\n`).join('\n')
    const file = path.join(scratch, 'gap.md')
    writeFileSync(file, log([1, 2, 6]))
    // Weekdays from Monday 2026-09-07: day 6 is due on the 14th, days 3 to 5 are not written.
    const argv = ['check', file, '--start-date', '2026-09-07', '--today', '2026-09-14']
    const { stdout } = await run(argv, NOW)
    expect(stdout.split('\n').filter((l) => l.includes('missing-day'))).toEqual([
      '  L5     missing-day         3일차 (2026-09-09)부터 5일차 (2026-09-11)까지 기록 3개가 없어요.'
    ])
    writeFileSync(file, log([1, 2, 5]))
    const two = (await run(argv, NOW)).stdout.split('\n').filter((l) => l.includes('missing-day'))
    // Days 3 and 4 after line 5, then day 6 (due on the 14th) after day 5's line.
    expect(two.map((l) => l.slice(0, 33).trim())).toEqual([
      'L5     missing-day         3일차',
      'L5     missing-day         4일차',
      'L8     missing-day         6일차'
    ])
    // The JSON keeps one finding per day.
    writeFileSync(file, log([1, 2, 6]).replaceAll('배열 복습', 'arrays'))
    const english = await run([...argv, '--json'], NOW)
    expect(JSON.parse(english.stdout).findings.filter((f: { type: string }) => f.type === 'missing-day')).toHaveLength(3)
  })

  it('--help prints the usage and exits 0', async () => {
    const { code, stdout } = await run(['--help'], NOW)
    expect(code).toBe(0)
    expect(stdout).toMatch(/^usage: til-keeper check <file>/)
  })
})

describe('cli: --fail-on findings, for pre-commit hooks and CI', () => {
  it('exits 1 when there are findings, still printing the report; the default stays 0', async () => {
    const failing = await run(['check', MINI, ...CALENDAR, '--fail-on', 'findings'], NOW)
    expect(failing.code).toBe(1)
    expect(failing.stdout).toContain('발견한 문제 2개')
    expect((await run(['check', MINI, ...CALENDAR], NOW)).code).toBe(0)
    expect((await run(['check', MINI, ...CALENDAR, '--fail-on', 'none'], NOW)).code).toBe(0)
  })

  it('exits 0 when there is nothing to fix', async () => {
    const file = path.join(scratch, 'clean.md')
    writeFileSync(file, '# TIL\n\n## Day1\n\n### 배운 점\n- 정리했다\n')
    expect(await run(['check', file, '--fail-on', 'findings'], NOW)).toMatchObject({ code: 0, stderr: '' })
  })
})

describe('cli: a start date that cannot be right', () => {
  it('is one line in the text report, and one line on stderr with --json', async () => {
    const text = await run(['check', MINI, '--start-date', '2027-09-21', '--today', '2026-09-23'], NOW)
    expect(text.code).toBe(0)
    expect(text.stdout.split('\n').filter((l) => l.startsWith('주의: start-date 2027-09-21이 오늘(2026-09-23)보다 뒤예요.'))).toHaveLength(
      1
    )
    const json = await run(['check', MINI, '--json', '--start-date', '2027-09-21', '--today', '2026-09-23'], NOW)
    expect(json.stderr).toMatch(/^til-keeper: start-date 2027-09-21이 오늘\(2026-09-23\)보다 뒤예요\. [^\n]+\n$/)
    expect(JSON.parse(json.stdout).warnings).toHaveLength(1)
  })
})

describe('cli: mistakes exit 2 with one line naming what is wrong', () => {
  const missing = path.join(REPO_ROOT, '__tests__', 'fixtures', 'no-such-log.md')
  const badYaml = (): string => {
    const file = path.join(scratch, 'bad.yml')
    writeFileSync(file, 'start-date: [2026\n')
    return file
  }
  const unknownSetting = (): string => {
    const file = path.join(scratch, 'unknown.yml')
    writeFileSync(file, 'start_date: 2026-09-21\n')
    return file
  }

  it.each([
    ['an unknown option', () => ['check', MINI, '--bogus'], /^til-keeper: unknown option --bogus; see til-keeper --help\n$/],
    [
      'an option without its value',
      () => ['check', MINI, '--start-date'],
      /^til-keeper: --start-date needs a value; see til-keeper --help\n$/
    ],
    [
      'a --fail-on that is not a choice',
      () => ['check', MINI, '--fail-on', 'warnings'],
      /--fail-on: "warnings" is not a choice; use findings/
    ],
    ['a start date that is not a date', () => ['check', MINI, '--start-date', '2026-13-01'], /start-date: "2026-13-01"/],
    ['a today that does not exist', () => ['check', MINI, '--today', '2026-02-30'], /today: "2026-02-30"/],
    ['a --now that is not a timestamp', () => ['check', MINI, '--now', 'yesterday'], /--now: "yesterday"/],
    ['an unknown time zone', () => ['check', MINI, '--timezone', 'Mars/Base'], /timezone: "Mars\/Base"/],
    ['a due time past midnight', () => ['check', MINI, '--due-after', '25:00'], /due-after: "25:00"/],
    ['unknown workdays', () => ['check', MINI, '--workdays', 'weekdayz'], /workdays/],
    ['an unknown holiday country', () => ['check', MINI, '--holidays', 'XX'], /holidays/],
    ['a skip date that is not a date', () => ['check', MINI, '--skip-dates', '2026-09-31'], /skip-dates/],
    ['a log that does not exist', () => ['check', missing], /no-such-log\.md.*no such file/],
    ['a log that is a directory', () => ['check', scratch], /is a directory/],
    ['a config that does not exist', () => ['check', MINI, '--config', missing], /config .*no-such-log\.md/],
    ['a config that is not YAML', () => ['check', MINI, '--config', badYaml()], /config .*bad\.yml.*not valid YAML/],
    ['a config with an unknown setting', () => ['check', MINI, '--config', unknownSetting()], /unknown setting "start_date"/],
    ['no command', () => [], /no command/],
    ['an unknown command', () => ['lint', MINI], /unknown command "lint"/],
    ['no file', () => ['check'], /no file given/],
    ['an extra argument', () => ['check', MINI, 'other.md'], /unexpected argument "other\.md"/]
  ])('%s', async (_, argv, names) => {
    const result = await run(argv(), NOW)
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/^til-keeper: [^\n]+\n$/)
    expect(result.stderr).toMatch(names)
  })
})

describe('cli: --explain, --entry-pattern, and a log it cannot read', () => {
  const write = (name: string, text: string): string => {
    const file = path.join(scratch, name)
    writeFileSync(file, text)
    return file
  }
  const journal = (): string =>
    write(
      'journal.md',
      '# Journal\n\n' + Array.from({ length: 6 }, (_, i) => `TIL #${i + 1} — notes\n\nWorked on part ${i + 1}.\n`).join('\n')
    )

  it('--explain says how the log was read, then gives the report', async () => {
    const { code, stdout } = await run(['check', MINI, '--explain', ...CALENDAR], NOW)
    expect(code).toBe(0)
    const [first, ...rest] = stdout.split('\n')
    expect(first).toBe(`${MINI}를 이렇게 읽었어요`)
    expect(rest).toContain('  언어: 한국어')
    expect(rest.find((l) => l.includes('일일 기록 2개'))).toMatch(/Day N 모양의 <summary> \(예: \d+번째 줄 "Day1 Review"\)/)
    expect(rest).toContain('    한 일: "완료한 사항"')
    expect(stdout).toContain(`${MINI}: 일일 기록 2개`)
  })

  it('writing with no day entry it can read: one line, exit 2, never "all good"', async () => {
    const file = journal()
    const result = await run(['check', file], NOW)
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `til-keeper: no day entries found in ${file}; run til-keeper check ${file} --explain to see how it was read, or describe your day labels with --entry-pattern\n`
    })
    const explained = await run(['check', file, '--explain'], NOW)
    expect(explained.code).toBe(2)
    expect(explained.stdout).toContain('No line was read as a day.')
    // The reading is on the screen already: the line does not send the learner for it.
    expect(explained.stderr).toBe(
      `til-keeper: no day entries found in ${file}; how it was read is above; describe your day labels with --entry-pattern\n`
    )
    // With --json the reader still gets the report, which says the log was not read.
    const json = await run(['check', file, '--json'], NOW)
    expect(json.code).toBe(2)
    expect(json.stderr).toBe(result.stderr)
    expect(JSON.parse(json.stdout)).toMatchObject({ entries: [], findings: [], reading: { status: 'unread', forms: [] } })
    // With a calendar too: a log it could not read has no days missing, only days not read.
    const calendar = await run(['check', file, '--json', '--start-date', '2026-01-05', '--today', '2026-09-01'], NOW)
    expect(JSON.parse(calendar.stdout)).toMatchObject({ findings: [], missingDaysChecked: false, reading: { status: 'unread' } })
  })

  it('a Korean log it cannot read gets that line in Korean', async () => {
    const file = write(
      '일지.md',
      '# 공부 기록\n\n' + Array.from({ length: 6 }, (_, i) => `TIL #${i + 1} — 정리\n\n${i + 1}장을 읽었다.\n`).join('\n')
    )
    const result = await run(['check', file], NOW)
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      `til-keeper: ${file}에서 일일 기록을 찾지 못했어요. til-keeper check ${file} --explain으로 어떻게 읽었는지 보거나, --entry-pattern으로 기록 제목의 모양을 알려 주세요\n`
    )
    // The action says it where the step fails, pointing at its own job summary and input.
    expect(noEntries('README.md', 'action', 'ko')).toBe(
      'README.md에서 일일 기록을 찾지 못했어요. 어떻게 읽었는지는 작업 요약(job summary)에 있어요. entry-pattern 입력으로 기록 제목의 모양을 알려 주세요'
    )
  })

  it('--entry-pattern reads that log; the config key does too', async () => {
    const file = journal()
    const report = JSON.parse((await run(['check', file, '--json', '--entry-pattern', '^TIL #(?<day>\\d+)'], NOW)).stdout)
    expect(report.entries.map((e: { number: number }) => e.number)).toEqual([1, 2, 3, 4, 5, 6])
    expect(report.reading.pattern).toBe('^TIL #(?<day>\\d+)')
    const config = write('pattern.yml', "entry-pattern: '^TIL #(?<day>\\d+)'\n")
    expect(JSON.parse((await run(['check', file, '--json', '--config', config], NOW)).stdout).entries).toHaveLength(6)
  })

  it('a log labelled by dates, checked without a start date, is not called free of missing days', async () => {
    const file = write('dated.md', '## 2024-03-04\n\nread\n\n## 2024-03-08\n\nwrote\n')
    const plain = await run(['check', file, '--today', '2024-03-08'], NOW)
    expect(plain.stdout).toContain('No empty sections. Missing days were not checked: a log labelled by dates needs --start-date for that.')
    expect(plain.stdout).not.toContain('All good')
    expect(JSON.parse((await run(['check', file, '--json', '--today', '2024-03-08'], NOW)).stdout).missingDaysChecked).toBe(false)
    // With a start date the gap is found.
    const calendar = await run(['check', file, '--today', '2024-03-08', '--start-date', '2024-03-04'], NOW)
    expect(calendar.stdout).toContain('3 due days in a row have no entry: 2024-03-05 to 2024-03-07.')
    expect(calendar.stdout).not.toContain('not checked')
  })

  it('beside findings, what was not checked is said after them, not as one of them', async () => {
    const file = write('dated-empty.md', '## 2024-03-04\n\n### Thoughts\n\n## 2024-03-08\n\nwrote\n')
    const lines = (await run(['check', file, '--today', '2024-03-08'], NOW)).stdout.split('\n')
    const header = lines.indexOf('1 finding')
    expect(lines.slice(header, header + 3)).toEqual([
      '1 finding',
      expect.stringMatching(/^ {2}L1 +empty-day +2024-03-04 is empty: nothing is written under Thoughts\.$/),
      'Missing days were not checked: a log labelled by dates needs --start-date for that.'
    ])
  })

  it('a title alone is no error: nothing is due yet', async () => {
    const result = await run(['check', write('title.md', '# TIL\n\n매일 배운 것을 적어요.\n')], NOW)
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('아직 일일 기록이 없어서 확인할 날이 없어요.')
    expect(result.stdout).not.toContain('문제 없음')
  })

  it.each([
    ['not a regular expression', '(?<day>\\d+', /^til-keeper: entry-pattern: "\(\?<day>\\d\+" is not a regular expression \(.+\)\n$/],
    [
      'no named group',
      '^Day \\d+',
      /^til-keeper: entry-pattern: "\^Day \\d\+" has no \(\?<day>…\), \(\?<date>…\) or \(\?<week>…\) group; use e\.g\. /
    ]
  ])('an entry pattern that is %s: one line naming entry-pattern, exit 2', async (_, pattern, line) => {
    const result = await run(['check', MINI, '--entry-pattern', pattern], NOW)
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(line)
    expect(result.stderr.split('\n')).toHaveLength(2)
  })
})

const BUNDLE = path.join(REPO_ROOT, 'dist', 'cli.js')
const describeBundle = existsSync(BUNDLE) ? describe : describe.skip
if (!existsSync(BUNDLE)) console.warn(`cli.test.ts: ${BUNDLE} is absent (run npm run build); the bundle test is skipped`)

describeBundle('cli: the built bundle', () => {
  it('`node dist/cli.js check <file> --json` runs as a program and prints the report', async () => {
    const child = spawn(process.execPath, [BUNDLE, 'check', MINI, '--json', ...CALENDAR, '--today', '2026-09-23'], {
      cwd: REPO_ROOT,
      env: { ...process.env, NODE_OPTIONS: '' },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject)
      child.on('close', resolve)
    })
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const report = JSON.parse(stdout)
    expect(report.entries.map((e: { label: string }) => e.label)).toEqual(['Day1', 'Day2'])
    expect(report.findings.map((f: { type: string; entry: string }) => [f.type, f.entry])).toEqual([
      ['empty-section', 'Day2'],
      ['missing-day', 'Day3']
    ])
    expect(report.carryOver.map((c: { text: string }) => c.text)).toEqual(['스택 과제 1', '큐 과제 2'])
  })
})
