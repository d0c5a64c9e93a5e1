// readInputs: every input checked up front; a bad one is a SettingsError of one line that names it.
import { readInputs } from '../../src/action/inputs.js'
import { SettingsError } from '../../src/settings.js'

const GOOD: Record<string, string> = { 'github-token': 'ghs_token', repository: 'learner/til' }
const reader =
  (inputs: Record<string, string>) =>
  (name: string): string =>
    inputs[name] ?? ''

describe('readInputs', () => {
  it('defaults for everything left out, as action.yml leaves them empty', () => {
    const inputs = readInputs(reader(GOOD))
    expect(inputs).toMatchObject({
      token: 'ghs_token',
      repository: { owner: 'learner', repo: 'til' },
      path: 'README.md',
      config: null,
      reminders: true,
      reminderLabel: 'til-reminder',
      reminderMode: 'per-day',
      assignees: null,
      maxIssues: 10,
      dryRun: false,
      summary: true,
      summaryDir: 'weekly',
      summaryInReadme: false
    })
  })

  it('reads what is given: paths made relative, booleans in several spellings, assignees without @', () => {
    const inputs = readInputs(
      reader({
        ...GOOD,
        path: './docs/TIL.md',
        config: '.github/til.yml',
        'dry-run': 'yes',
        summary: 'off',
        assignees: '@learner, mentor',
        'max-issues': '0',
        'reminder-mode': 'digest',
        'start-date': '2026-09-21'
      })
    )
    expect(inputs).toMatchObject({ path: 'docs/TIL.md', config: '.github/til.yml', dryRun: true, summary: false, maxIssues: 0 })
    expect(inputs.assignees).toEqual(['learner', 'mentor'])
    expect(inputs.settings['start-date']).toBe('2026-09-21')
    expect(readInputs(reader({ ...GOOD, assignees: 'none' })).assignees).toEqual([])
  })

  it.each<[string, string, RegExp]>([
    ['github-token', '  ', /^github-token: empty/],
    ['repository', 'learner', /^repository: "learner" is not owner\/name/],
    ['repository', 'a/b/c', /^repository: "a\/b\/c" is not owner\/name/],
    ['reminder-mode', 'weekly', /^reminder-mode: "weekly" is not a mode/],
    ['max-issues', '-1', /^max-issues: "-1" is not a whole number/],
    ['max-issues', '2.5', /^max-issues: "2\.5" is not a whole number/],
    ['reminder-label', 'a,b', /^reminder-label: "a,b" is not a label name/],
    ['reminder-label', 'x'.repeat(51), /^reminder-label: "x+" is not a label name/],
    ['assignees', 'learner, -bad', /^assignees: "-bad" is not a GitHub login/],
    ['path', '../outside.md', /^path: "\.\.\/outside\.md" is not a path inside the repository/],
    ['config', 'a//b.yml', /^config: "a\/\/b\.yml" is not a path inside the repository/],
    ['summary-dir', 'weekly/../..', /^summary-dir: "weekly\/\.\.\/\.\." is not a path inside the repository/],
    ['reminders', 'maybe', /^reminders: "maybe" is not a boolean/],
    ['dry-run', '1', /^dry-run: "1" is not a boolean/],
    ['summary', 'nope', /^summary: "nope" is not a boolean/],
    ['summary-in-readme', 'y', /^summary-in-readme: "y" is not a boolean/]
  ])('a bad %s (%j) fails in one line naming it', (name, value, message) => {
    let thrown: unknown
    try {
      readInputs(reader({ ...GOOD, [name]: value }))
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(SettingsError)
    expect((thrown as Error).message).toMatch(message)
    expect((thrown as Error).message).not.toContain('\n')
  })
})
