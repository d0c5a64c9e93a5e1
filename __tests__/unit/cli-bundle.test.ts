/**
 * The README promises that `node dist/cli.js check …` works from a fresh clone, with
 * no npm install and no build: the bundle must carry everything it loads. Run it
 * from a copy of dist/ in an empty folder, where no node_modules can be found.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { REPO_ROOT } from '../helpers/action-metadata.js'
import { ensureFreshDist } from '../helpers/fresh-dist.js'
import { parseLog } from '../helpers/with-micromark.js'

const clones: string[] = []
/** An empty folder holding a copy of dist/, removed after the tests. */
function cloneOfDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'til-keeper-clone-'))
  clones.push(dir)
  cpSync(join(REPO_ROOT, 'dist'), join(dir, 'dist'), { recursive: true })
  return dir
}
afterAll(() => clones.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

test('dist/cli.js checks a log from a folder with no node_modules', () => {
  ensureFreshDist()
  const dir = cloneOfDist()
  cpSync(join(REPO_ROOT, 'examples', 'til-ko.md'), join(dir, 'til.md'))
  writeFileSync(join(dir, 'package.json'), '{}')
  const run = spawnSync(
    process.execPath,
    ['dist/cli.js', 'check', 'til.md', '--json', '--start-date', '2026-11-16', '--holidays', 'kr', '--today', '2026-11-20'],
    { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } }
  )
  expect(run.stderr).toBe('')
  expect(run.status).toBe(0)
  const report = JSON.parse(run.stdout) as { language: string; entries: unknown[]; findings: { type: string }[] }
  expect(report.language).toBe('ko')
  expect(report.entries.length).toBeGreaterThan(0)
  expect(report.findings.map((f) => f.type)).toContain('missing-day')
})

test('dist/cli.js loads what it loads on demand (date-holidays, the YAML reader) from its own folder', () => {
  ensureFreshDist()
  const dir = cloneOfDist()
  // 2026-07-03 is a US holiday (Independence Day observed): with US holidays it is not due.
  writeFileSync(join(dir, 'til.md'), '# TIL\n\n## 2026-07-01\n\n- 배열\n\n## 2026-07-06\n\n- 스택\n')
  writeFileSync(join(dir, 'til-keeper.yml'), 'holidays: us\n')
  writeFileSync(join(dir, 'package.json'), '{}')
  const missing = (argv: string[]): string[] => {
    const run = spawnSync(
      process.execPath,
      ['dist/cli.js', 'check', 'til.md', '--json', '--start-date', '2026-07-01', '--today', '2026-07-06', ...argv],
      {
        cwd: dir,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '' }
      }
    )
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    return (JSON.parse(run.stdout) as { findings: { type: string; date: string }[] }).findings
      .filter((f) => f.type === 'missing-day')
      .map((f) => f.date)
  }
  expect(missing([])).toEqual(['2026-07-02', '2026-07-03'])
  expect(missing(['--holidays', 'us'])).toEqual(['2026-07-02'])
  expect(missing(['--config', 'til-keeper.yml'])).toEqual(['2026-07-02'])
})

test('dist/cli.js loads micromark only for a log with a stretch the line reader leaves', () => {
  ensureFreshDist()
  const dir = cloneOfDist()
  const cliDir = join(dir, 'dist', 'cli')
  // A task's line starting with a tab inside its list item is one the line reader leaves to micromark.
  const tabbed = '## Day 1\n\n### Learned\n\n- [ ] a\n\tb\n\n## Day 2\n\n### Learned\n\n- [x] c\n'
  writeFileSync(join(dir, 'tabbed.md'), tabbed)
  writeFileSync(join(dir, 'plain.md'), tabbed.replace('\t', '  '))
  const check = (file: string): { status: number | null; stdout: string; stderr: string } =>
    spawnSync(process.execPath, ['dist/cli.js', 'check', file, '--json', '--today', '2026-11-20'], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '' }
    })
  const withMicromark = check('tabbed.md')
  expect(withMicromark.status).toBe(0)
  type Read = { title: string; sections: { items: { text: string }[] }[] }
  const entries = (JSON.parse(withMicromark.stdout) as { entries: Read[] }).entries
  const read = (e: Read): unknown => [e.title, e.sections.map((s) => s.items.map((i) => i.text))]
  // What the bundle read is what the core reads with micromark given.
  expect(entries.map(read)).toEqual(parseLog(tabbed).entries.map(read))
  expect(entries.map(read)).toEqual([
    ['Day 1', [['a b']]],
    ['Day 2', [['c']]]
  ])
  // The chunk that holds micromark, taken away: the log that needs it fails on it, the other never asks for it.
  const chunks = readdirSync(cliDir).filter((name) => readFileSync(join(cliDir, name), 'utf8').includes('node_modules/micromark/'))
  expect(chunks).toHaveLength(1)
  rmSync(join(cliDir, chunks[0]!))
  const without = check('tabbed.md')
  expect(without.status).not.toBe(0)
  expect(without.stderr).toContain(chunks[0])
  const plain = check('plain.md')
  expect(plain.stderr).toBe('')
  expect(plain.status).toBe(0)
  expect((JSON.parse(plain.stdout) as { entries: unknown[] }).entries).toHaveLength(2)
})
