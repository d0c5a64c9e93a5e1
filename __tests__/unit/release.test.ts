/**
 * What a release and a pinned `uses:` depend on: the workflows GitHub runs (parsed
 * strictly, as GitHub parses them), the changelog section the release notes come
 * from, and a license that matches package.json.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseStrictYaml, REPO_ROOT } from '../helpers/action-metadata.js'
import { changelogSection } from '../../scripts/changelog.mjs'

type Workflow = {
  on: Record<string, unknown>
  permissions?: unknown
  jobs: Record<string, { permissions?: Record<string, string>; strategy?: { matrix?: Record<string, unknown> }; steps: Step[] }>
}
type Step = { uses?: string; run?: string; with?: Record<string, unknown>; if?: string }

const read = (...parts: string[]) => readFileSync(join(REPO_ROOT, ...parts), 'utf8')
const workflow = (name: string) => parseStrictYaml(read('.github', 'workflows', name)) as Workflow
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps)
const pkg = JSON.parse(read('package.json')) as { version: string; license: string }

describe('changelogSection', () => {
  const log =
    '# Changelog\n\n## [Unreleased]\n\n## [1.1.0] - 2027-01-02\n\n### Fixed\n\n- a\n\n## [1.0.0] - 2026-11-30\n\n- b\n\n[1.1.0]: https://x\n'
  test('takes the body under the version heading, up to the next heading or link list', () => {
    expect(changelogSection(log, '1.1.0')).toBe('### Fixed\n\n- a')
    expect(changelogSection(log, '1.0.0')).toBe('- b')
  })
  test('is null for a version the changelog does not have', () => {
    expect(changelogSection(log, '2.0.0')).toBeNull()
  })
})

describe('a release can be cut from this commit', () => {
  test("CHANGELOG.md has notes for package.json's version", () => {
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+$/)
    expect(changelogSection(read('CHANGELOG.md'), pkg.version)).toMatch(/\S/)
  })

  test('LICENSE is the MIT license package.json names', () => {
    expect(pkg.license).toBe('MIT')
    expect(read('LICENSE')).toMatch(/^MIT License/)
  })

  test('release.yml runs on a vX.Y.Z tag, checks tag and dist/, and moves the major tag', () => {
    const release = workflow('release.yml')
    const patterns = (release.on.push as { tags: string[] }).tags
    const glob = (p: string) => new RegExp(`^${p.replace(/\[0-9\]\+/g, '[0-9]+').replace(/\./g, '\\.')}$`)
    expect(patterns.some((p) => glob(p).test('v1.0.0'))).toBe(true)
    expect(patterns.some((p) => glob(p).test('v1'))).toBe(false)
    const script = steps(release)
      .map((s) => s.run ?? '')
      .join('\n')
    expect(script).toContain("require('./package.json').version")
    expect(script).toContain('git status --porcelain -- dist')
    expect(script).toContain('scripts/changelog.mjs')
    expect(script).toMatch(/git push --force origin "refs\/tags\/\$major"/)
    // The tag name reaches scripts through env, never pasted into a script (injection).
    expect(script).not.toContain('${{')
  })
})

describe('the workflows of a kept action', () => {
  test('ci.yml tests on Node 20 and 24 and runs the action itself in a dry run', () => {
    const ci = workflow('ci.yml')
    expect(ci.jobs.test?.strategy?.matrix?.node).toEqual([20, 24])
    const runs = steps(ci).map((s) => s.run ?? '')
    for (const command of ['npm ci', 'npm run lint', 'npm run format:check', 'npm run typecheck', 'npm test'])
      expect(runs).toContain(command)
    const self = steps(ci).find((s) => s.uses === './')
    expect(self?.with?.['dry-run']).toBe('true')
    expect(ci.jobs.action?.permissions).toEqual({ contents: 'read', issues: 'read' })
  })

  test('check-dist.yml rebuilds, fails on a difference and uploads the fresh dist/', () => {
    const check = workflow('check-dist.yml')
    expect(steps(check).map((s) => s.run ?? '')).toContain('npm run build')
    expect(steps(check).some((s) => s.uses?.startsWith('actions/upload-artifact@') && s.if?.includes('failure()'))).toBe(true)
  })

  test('every workflow grants the least: contents read at the top, more only where a job needs it', () => {
    for (const name of ['ci.yml', 'check-dist.yml', 'codeql.yml'])
      expect([name, workflow(name).permissions]).toEqual([name, { contents: 'read' }])
  })

  test('dependabot watches npm and the workflows, weekly', () => {
    const config = parseStrictYaml(read('.github', 'dependabot.yml')) as {
      updates: { 'package-ecosystem': string; schedule: { interval: string } }[]
    }
    const ecosystems = config.updates.map((u) => u['package-ecosystem'])
    expect(ecosystems).toEqual(expect.arrayContaining(['npm', 'github-actions']))
    expect(config.updates.every((u) => u.schedule.interval === 'weekly')).toBe(true)
  })
})
