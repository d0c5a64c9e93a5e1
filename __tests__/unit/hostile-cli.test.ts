/**
 * Hostile input to `til-keeper check`: files that are not regular files, too
 * large or not UTF-8, config values of the wrong type, dates far outside any
 * study calendar, and day numbers that would make the work follow the number.
 * Every case ends in one line (exit 2) or a bounded, reported result.
 *
 * Cases that could hang or fill memory run the CLI in a child process with a
 * time and memory limit, so a regression fails the test instead of the worker.
 */
import { jest } from '@jest/globals'
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { run } from '../../src/cli.js'
import { REPO_ROOT } from '../fixtures/shared.js'

const NOW = new Date('2026-11-04T03:00:00Z')
const CLI = path.join(REPO_ROOT, 'src', 'bin.ts')

let scratch: string
beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'til-keeper-hostile-'))
})
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true })
})

function file(name: string, content: string | Uint8Array): string {
  const p = path.join(scratch, name)
  writeFileSync(p, content)
  return p
}

/** One line on stderr, exit 2, nothing on stdout. */
function expectOneLine(result: { code: number; stdout: string; stderr: string }, names: RegExp): void {
  expect(result.stderr).toMatch(/^til-keeper: [^\n]+\n$/)
  expect(result.stderr).toMatch(names)
  expect(result.stdout).toBe('')
  expect(result.code).toBe(2)
}

/** The CLI from source in a child process, killed after `timeoutMs`. */
function runChild(argv: string[], timeoutMs = 30_000): Promise<{ code: number | null; stdout: string; stderr: string; killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--max-old-space-size=512', '--import', 'tsx', CLI, ...argv], {
      cwd: REPO_ROOT,
      env: { ...process.env, NODE_OPTIONS: '' },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    let killed = false
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    const timer = setTimeout(() => {
      killed = true
      child.kill('SIGKILL')
    }, timeoutMs)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr, killed })
    })
  })
}

const DAYS = '# TIL\n\n## Day 1\n\n- 배열 정리\n\n## Day 2\n\n- 스택 정리\n'
const json = async (argv: string[]) => {
  const result = await run(['check', ...argv, '--json'], NOW)
  expect(result).toMatchObject({ code: 0, stderr: '' })
  return JSON.parse(result.stdout)
}
const labels = (report: { entries: Array<{ label: string }> }) => report.entries.map((e) => e.label)

describe('hostile files: only regular text files are read', () => {
  it('/dev/zero is refused in one line, without reading it', async () => {
    const result = await runChild(['check', '/dev/zero'])
    expect(result.killed).toBe(false)
    expect(result.stderr).toBe('til-keeper: log /dev/zero: cannot read it (not a regular file)\n')
    expect(result.code).toBe(2)
  })

  const posix = process.platform === 'win32' ? it.skip : it
  posix('a FIFO is refused in one line instead of waiting for a writer', async () => {
    const fifo = path.join(scratch, 'log.fifo')
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0)
    const result = await runChild(['check', fifo], 20_000)
    expect(result.killed).toBe(false)
    expect(result.stderr).toBe(`til-keeper: log ${fifo}: cannot read it (not a regular file)\n`)
    expect(result.code).toBe(2)
  })

  it('a log over the size limit is refused in one line that gives both sizes', async () => {
    const day = '## Day 1\n\n- 배열과 연결 리스트를 비교해서 정리했다\n\n'
    const big = file('big.md', day.repeat(Math.ceil((10.5 * 1024 * 1024) / Buffer.byteLength(day))))
    expectOneLine(await run(['check', big], NOW), /log .*big\.md is 10\.5 MB; til-keeper reads files up to 10\.0 MB/)
  })

  it('a UTF-16 log with its byte-order mark reads as the same log in UTF-8', async () => {
    const utf8 = await json([file('utf8.md', DAYS)])
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(DAYS, 'utf16le')])
    const be = Buffer.from(le)
    be.swap16()
    expect(labels(utf8)).toEqual(['Day1', 'Day2'])
    expect((await json([file('utf16le.md', le)])).entries).toEqual(utf8.entries)
    expect((await json([file('utf16be.md', be)])).entries).toEqual(utf8.entries)
  })

  it('UTF-16 without a byte-order mark is refused in one line, not read as an empty log', async () => {
    expectOneLine(
      await run(['check', file('utf16-nobom.md', Buffer.from(DAYS, 'utf16le'))], NOW),
      /utf16-nobom\.md is not a text file.*UTF-8/
    )
  })

  it('a log in another encoding (EUC-KR) is refused in one line naming the first bad line', async () => {
    // "## Day 1\n\n- 학습 정리" with the Korean in EUC-KR, over and over.
    const euckr = Buffer.concat(
      Array.from({ length: 40 }, (_, i) =>
        Buffer.concat([
          Buffer.from(`## Day ${i + 1}\n\n- `),
          Buffer.from([0xc7, 0xd0, 0xbd, 0xc0, 0x20, 0xc1, 0xa4, 0xb8, 0xae]),
          Buffer.from('\n\n')
        ])
      )
    )
    expectOneLine(
      await run(['check', file('euckr.md', euckr)], NOW),
      /euckr\.md is not UTF-8 \(\d+ bytes cannot be read, the first on line 3\)/
    )
  })
})

describe('hostile config: values are type-checked, YAML problems are one line', () => {
  const config = (text: string) => ['check', file('mini.md', DAYS), '--config', file('til-keeper.yml', text)]

  it.each([
    ['sections.done is a mapping', 'sections:\n  done: {a: 1}\n', /sections\.done must be a list of labels.*not a mapping/],
    ['sections.done is null', 'sections:\n  done:\n', /sections\.done must be a list of labels.*not empty/],
    [
      'sections.learned holds a mapping',
      'sections:\n  learned: [공부 노트, {a: 1}]\n',
      /sections\.learned must be a list of labels.*a list holding a mapping/
    ],
    ['sections.goals is an empty list', 'sections:\n  goals: []\n', /sections\.goals must be a list of labels.*an empty list/],
    [
      'timezone is a mapping',
      'timezone: {city: Seoul}\n',
      /timezone must be a value or a list of values \(e\.g\. timezone: Asia\/Seoul\), not a mapping/
    ],
    ['skip-dates holds a list', 'skip-dates: [[2026-12-24]]\n', /skip-dates must be a value or a list of values/],
    [
      'summary-branch is not a branch name',
      "summary-branch: 'my summaries..'\n",
      /summary-branch: "my summaries\.\." is not a branch name; use e\.g\. til-summaries/
    ]
  ])('%s', async (_, text, names) => {
    const result = await run(config(text), NOW)
    expectOneLine(result, names)
    expect(result.stderr).not.toMatch(/\[object Object\]|"null"/)
  })

  it('a YAML warning (an unknown tag) is the one-line error, and nothing else is printed', async () => {
    const emitted = jest.spyOn(process, 'emitWarning')
    try {
      expectOneLine(
        await run(config('start-date: !date 2026-09-21\n'), NOW),
        /til-keeper\.yml:1: not valid YAML \(Unresolved tag: !date\)$/m
      )
      expect(emitted).not.toHaveBeenCalled()
    } finally {
      emitted.mockRestore()
    }
  })

  it('a setting written with no value is unset, not the text "null"', async () => {
    const result = await run([...config('start-date:\ntoday: 2026-11-03\n'), '--json'], NOW)
    expect(result.stderr).toBe('')
    expect(JSON.parse(result.stdout).lastDue).toBe('2026-11-03')
  })
})

describe('hostile dates: the calendar stays between 1970 and 2100', () => {
  const mini = () => file('mini.md', DAYS)

  it.each([
    [
      'a start date in 1900',
      () => ['--start-date', '1900-01-01'],
      'start-date: "1900-01-01" is out of range; use a date between 1970-01-01 and 2100-12-31'
    ],
    ['a start date in year 0', () => ['--start-date', '0000-01-01'], 'start-date: "0000-01-01" is out of range'],
    ['a today in 2200', () => ['--today', '2200-01-01'], 'today: "2200-01-01" is out of range'],
    [
      'skip dates over 10,000 years',
      () => ['--skip-dates', '0001-01-01..9999-12-31'],
      'skip-dates: "0001-01-01..9999-12-31" is out of range'
    ],
    [
      'a start date from the config file',
      () => ['--config', file('old.yml', 'start-date: 1900-01-01\n')],
      'start-date: "1900-01-01" is out of range'
    ]
  ])('%s is refused in one line naming the setting', async (_, extra, message) => {
    expectOneLine(await run(['check', mini(), ...extra()], NOW), new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
  })

  it('a log dated 0000-01-01 with an open task is checked against a calendar, not crashed on', async () => {
    const report = await json([
      file('zero.md', '# TIL\n\n## 0000-01-01\n\n- [ ] 과제 1\n'),
      '--start-date',
      '2026-11-02',
      '--today',
      '2026-11-03'
    ])
    expect(report.findings.filter((f: { type: string }) => f.type === 'missing-day')).toHaveLength(2)
  })

  it('a start date 56 years back gives a bounded report that says what it left out', async () => {
    const report = await json([mini(), '--start-date', '1970-01-01', '--today', '2026-11-03'])
    const missing = report.findings.filter((f: { type: string }) => f.type === 'missing-day')
    expect(missing).toHaveLength(1000)
    // The newest are listed: the last one is the last due day.
    expect(missing[missing.length - 1].date).toBe('2026-11-03')
    expect(report.omitted['missing-day']).toBeGreaterThan(13_000)
    expect(report.notes.join('\n')).toMatch(/빠진 날이 [\d,]+일이나 돼서 가장 최근 1,000일만 적었어요/)
  })
})

describe('hostile numbers: the work follows the text, not the numbers in it', () => {
  const gap = (last: number) => file(`gap-${last}.md`, `# TIL\n\n## Day 1\n\n- 배열 정리\n\n## Day ${last}\n\n- 스택 정리\n`)

  it('Day 1 then Day 99999: the newest 1,000 missing days, and a count of the rest', async () => {
    const report = await json([gap(99_999)])
    const missing = report.findings.filter((f: { type: string }) => f.type === 'missing-day')
    expect(missing).toHaveLength(1000)
    expect(missing[0].entry).toBe('Day98999')
    expect(missing[999].entry).toBe('Day99998')
    expect(report.omitted).toEqual({ 'missing-day': 98_997 })
    expect(report.notes).toContain('빠진 날이 99,997일이나 돼서 가장 최근 1,000일만 적었어요. 시작 날짜나 Day 번호가 맞는지 확인해 주세요.')
  })

  it('Day 1 then Day 99999 on a calendar: the day after 2100 stays undated, and nothing crashes', async () => {
    const report = await json([gap(99_999), '--start-date', '2026-11-02', '--today', '2026-11-03'])
    expect(report.entries.map((e: { label: string; date: string | null }) => [e.label, e.date])).toEqual([
      ['Day1', '2026-11-02'],
      ['Day99999', null]
    ])
    expect(report.findings.map((f: { entry: string }) => f.entry)).toEqual(['Day2'])
  })

  it('WEEK1 then WEEK99999: missing week reviews are bounded the same way', async () => {
    const report = await json([file('weeks.md', '# TIL\n\n## WEEK1 Review\n\n- 회고\n\n## WEEK99999 Review\n\n- 회고\n')])
    expect(report.findings).toHaveLength(1000)
    expect(report.omitted).toEqual({ 'missing-week-review': 98_997 })
  })

  it('Day 1 then Day 100000000 ends quickly with a bounded report', async () => {
    const result = await runChild(['check', gap(100_000_000), '--today', '2026-11-03'], 60_000)
    expect(result.killed).toBe(false)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout.split('\n').length).toBeLessThan(1100)
  })
})
