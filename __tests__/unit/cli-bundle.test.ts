/**
 * The README promises that `node dist/cli.js check …` works from a fresh clone, with
 * no npm install and no build: the bundle must carry everything it loads. Run it
 * from a copy of dist/ in an empty folder, where no node_modules can be found.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { REPO_ROOT } from '../helpers/action-metadata.js'
import { ensureFreshDist } from '../helpers/fresh-dist.js'

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
