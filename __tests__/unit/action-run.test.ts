// run() in process: @actions/core and @actions/github mocked as actions/typescript-action does (ESM:
// jest.unstable_mockModule before a dynamic import), the GitHub adapters replaced by the in-memory ports.
import { jest } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { MemoryContents, MemoryIssues } from '../../src/github/memory.js'

const EXAMPLE = readFileSync(join(process.cwd(), 'examples', 'til-ko.md'), 'utf8')
const CALENDAR = { 'start-date': '2026-11-16', timezone: 'Asia/Seoul', holidays: 'kr', today: '2026-11-23' }

let inputs: Record<string, string> = {}
const summaryText: string[] = []
const core = {
  getInput: jest.fn((name: string) => inputs[name] ?? ''),
  setSecret: jest.fn(),
  info: jest.fn(),
  debug: jest.fn(),
  warning: jest.fn(),
  notice: jest.fn(),
  setOutput: jest.fn(),
  setFailed: jest.fn(),
  summary: {
    addRaw(text: string) {
      summaryText.push(text)
      return this
    },
    write: async () => undefined
  }
}
const context = {
  apiUrl: 'https://api.github.com',
  serverUrl: 'https://github.com',
  eventName: 'push',
  repo: { owner: 'learner', repo: 'til' },
  sha: '',
  payload: {} as Record<string, unknown>
}
let contents: MemoryContents
let issues: MemoryIssues

jest.unstable_mockModule('@actions/core', () => core)
jest.unstable_mockModule('@actions/github', () => ({ context }))
jest.unstable_mockModule('../../src/github/client.js', () => ({ createClient: jest.fn(() => ({})) }))
jest.unstable_mockModule('../../src/github/octokit-contents.js', () => ({ octokitContents: () => contents }))
jest.unstable_mockModule('../../src/github/octokit-issues.js', () => ({ octokitIssues: () => issues }))
const { run } = await import('../../src/main.js')

process.env.RUNNER_TEMP = mkdtempSync(join(tmpdir(), 'til-keeper-run-'))
afterAll(() => rmSync(process.env.RUNNER_TEMP!, { recursive: true, force: true }))

/** A push of the head of main, with the payload GitHub sends. */
function pushEvent(message = 'Day6'): void {
  const head = contents.branches.get('main')!
  context.eventName = 'push'
  context.sha = head
  context.payload = {
    ref: 'refs/heads/main',
    after: head,
    head_commit: { id: head, message },
    repository: { full_name: 'learner/til', default_branch: 'main', owner: { login: 'learner', type: 'User' } }
  }
}

const outputs = (): Record<string, unknown> => Object.fromEntries(core.setOutput.mock.calls.map(([k, v]) => [k, v]))

beforeEach(() => {
  jest.clearAllMocks()
  summaryText.length = 0
  inputs = { 'github-token': 'ghs_secret', repository: 'learner/til', ...CALENDAR }
  contents = new MemoryContents({ 'README.md': EXAMPLE })
  issues = new MemoryIssues()
  pushEvent()
})

describe('run()', () => {
  it('a push: reminders opened, the ended week committed, outputs and job summary set; the token kept secret', async () => {
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(core.setSecret).toHaveBeenCalledWith('ghs_secret')
    expect(issues.issues.some((i) => i.title.includes('Day5') && i.state === 'open')).toBe(true)
    expect(contents.fileAt('main', 'weekly/week-01.md')).toMatch(/^# 1주차/)
    // On Monday the 23rd: Day5 (Friday) and Day6 (today, due with `today` set) are missing.
    expect(outputs()).toMatchObject({ 'missing-days': 2, 'summary-files': 'weekly/week-01.md', 'issues-opened': issues.issues.length })
    expect(outputs()['summary-commit']).toBe(contents.branches.get('main'))
    expect(summaryText.join('')).toContain('Day5')
    // The issues' links point at the pushed commit's README lines.
    expect(issues.issues[0]!.body).toContain(`https://github.com/learner/til/blob/${context.sha}/README.md?plain=1#L`)
    // The payload named the default branch and the commit: neither was asked for.
    expect(contents.calls.filter((c) => /^(info|head)\b/.test(c))).toEqual([])
  })

  it('nothing changed: no write, one README read, one folder listing, one issue list', async () => {
    await run()
    pushEvent()
    contents.calls.length = 0
    issues.calls.length = 0
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(contents.writes()).toEqual([])
    expect(issues.writes()).toEqual([])
    expect(contents.calls).toEqual([`readFile README.md ${context.sha}`, `listFolder weekly ${context.sha}`])
    expect(issues.calls).toEqual(['listByLabel'])
    expect(outputs()['summary-commit']).toBe('')
  })

  it('a schedule asks the API for the default branch and its head, and still reads the README once', async () => {
    context.eventName = 'schedule'
    context.payload = { schedule: '30 13 * * *' }
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    const head = contents.commits.get(contents.branches.get('main')!)!.parent
    expect(contents.calls.slice(0, 3)).toEqual(['info', 'head main', `readFile README.md ${head}`])
    expect(contents.calls.filter((c) => c.startsWith('readFile'))).toHaveLength(1)
  })

  it('the push of its own summary commit commits nothing (the loop guard)', async () => {
    pushEvent('til-keeper: 주간 요약 week-01 갱신 [skip ci]')
    await run()
    expect(contents.writes()).toEqual([])
    expect(contents.fileAt('main', 'weekly/week-01.md')).toBeUndefined()
    expect(summaryText.join('')).toContain('til-keeper가 만든 요약 커밋')
  })

  it('a cohort run (another repository) asks for it and writes no line annotations', async () => {
    // The workflow runs in the mentor's repository, on a push there.
    context.repo = { owner: 'mentor', repo: 'cohort' }
    context.payload = {
      ...context.payload,
      repository: { full_name: 'mentor/cohort', default_branch: 'trunk', owner: { login: 'mentor', type: 'User' } }
    }
    try {
      await run()
    } finally {
      context.repo = { owner: 'learner', repo: 'til' }
    }
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(contents.calls.slice(0, 2)).toEqual(['info', 'head main'])
    const annotated = [...core.warning.mock.calls, ...core.notice.mock.calls]
    expect(annotated.some(([, p]) => typeof p === 'object' && p !== null && 'file' in p)).toBe(false)
  })

  it('assigns the owner by default, nobody with assignees: none', async () => {
    let assigned: string[][] = []
    issues.before = (method, args) => {
      if (method === 'create') assigned.push((args[0] as { assignees: string[] }).assignees)
    }
    await run()
    expect(assigned.length).toBeGreaterThan(0)
    expect(assigned.every((a) => a.join() === 'learner')).toBe(true)

    assigned = []
    issues = new MemoryIssues()
    issues.before = (method, args) => {
      if (method === 'create') assigned.push((args[0] as { assignees: string[] }).assignees)
    }
    inputs.assignees = 'none'
    await run()
    expect(assigned.every((a) => a.length === 0)).toBe(true)
  })

  it.each([
    ['a bad input', { 'max-issues': 'many' }, /^max-issues: "many" is not a whole number/],
    ['a bad setting', { workdays: 'weekdayz' }, /^workdays: "weekdayz" is not a day range/],
    ['a README that is not there', { path: 'TIL.md' }, /^path: TIL\.md was not found in learner\/til at [0-9a-f]{12}$/]
  ])('%s fails the step in one line naming it, and writes nothing', async (_, bad, message) => {
    Object.assign(inputs, bad)
    await run()
    expect(core.setFailed).toHaveBeenCalledTimes(1)
    const [text] = core.setFailed.mock.calls[0]! as [string]
    expect(text).toMatch(message)
    expect(text).not.toContain('\n')
    expect(contents.writes()).toEqual([])
    expect(issues.calls).toEqual([])
  })

  it('a repository rule refusing the summary: reminders still happen, then the step fails with the rule`s line', async () => {
    const { RuleError } = await import('../../src/github/errors.js')
    contents.before = (method) => {
      if (method === 'commit') throw new RuleError('summary: GitHub refused to commit the summary to main (protected).')
    }
    await run()
    expect(issues.issues.some((i) => i.title.includes('Day5'))).toBe(true)
    expect(outputs()['summary-files']).toBe('')
    expect(core.setFailed).toHaveBeenCalledTimes(1)
    expect(core.setFailed).toHaveBeenCalledWith('summary: GitHub refused to commit the summary to main (protected).')
  })

  it('any other summary failure is a warning; the run goes on and succeeds', async () => {
    contents.before = (method) => {
      if (method === 'listFolder') throw Object.assign(new Error('Server Error'), { status: 500 })
    }
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(core.warning).toHaveBeenCalledWith('summary: Server Error')
    expect(issues.issues.length).toBeGreaterThan(0)
  })

  it('a token without issues: write stops the run with the permission to add', async () => {
    const { AccessError } = await import('../../src/github/errors.js')
    issues.before = (method) => {
      if (method === 'ensureLabel')
        throw new AccessError('til-keeper could not create a label: the token lacks the "issues: write" permission.')
    }
    await run()
    expect(core.setFailed).toHaveBeenCalledWith(expect.stringMatching(/^til-keeper could not create a label: .*"issues: write"/))
  })
})
