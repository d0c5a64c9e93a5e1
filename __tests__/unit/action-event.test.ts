// What the run takes from its event: the commit to read, the default branch and owner, the loop guard, links, assignees.
import {
  blobUrl,
  defaultAssignees,
  isOwnRepository,
  isOwnSummaryPush,
  pushedCommit,
  repoInfoFromEvent,
  workflowFile,
  type RunEvent
} from '../../src/action/event.js'

const TARGET = { owner: 'learner', repo: 'til' }
const SHA = 'a'.repeat(40)
const REPOSITORY = { full_name: 'Learner/TIL', default_branch: 'main', owner: { login: 'Learner', type: 'User' } }

const event = (eventName: string, payload: Record<string, unknown> = {}, extra: Partial<RunEvent> = {}): RunEvent => ({
  eventName,
  repo: { owner: 'Learner', repo: 'TIL' },
  sha: 'b'.repeat(40),
  payload,
  ...extra
})

describe('pushedCommit: which commit a run reads', () => {
  it('a push to the checked repository: the payload`s after, and the pushed branch', () => {
    expect(pushedCommit(event('push', { ref: 'refs/heads/main', after: SHA }), TARGET)).toEqual({ sha: SHA, branch: 'main' })
  })

  it('falls back to head_commit.id, then GITHUB_SHA', () => {
    expect(pushedCommit(event('push', { ref: 'refs/heads/dev', head_commit: { id: SHA } }), TARGET)).toEqual({ sha: SHA, branch: 'dev' })
    expect(pushedCommit(event('push', { ref: 'refs/tags/v1' }), TARGET)).toEqual({ sha: 'b'.repeat(40), branch: null })
  })

  it('none for a schedule, a push to another repository, a deleted branch, a sha that is not one', () => {
    expect(pushedCommit(event('schedule', { after: SHA }), TARGET)).toBeNull()
    expect(pushedCommit(event('push', { after: SHA }, { repo: { owner: 'mentor', repo: 'cohort' } }), TARGET)).toBeNull()
    expect(pushedCommit(event('push', { after: '0'.repeat(40), deleted: true }, { sha: '0'.repeat(40) }), TARGET)).toBeNull()
    expect(pushedCommit(event('push', { after: 'main' }, { sha: 'HEAD' }), TARGET)).toBeNull()
  })
})

describe('repoInfoFromEvent: the default branch and owner without a request', () => {
  it('from the payload`s repository, when it is the checked one', () => {
    expect(repoInfoFromEvent(event('push', { repository: REPOSITORY }), TARGET)).toEqual({
      defaultBranch: 'main',
      ownerLogin: 'Learner',
      ownerType: 'User'
    })
  })

  it('none when the payload lacks them or names another repository', () => {
    expect(repoInfoFromEvent(event('schedule', { schedule: '30 13 * * *' }), TARGET)).toBeNull()
    expect(
      repoInfoFromEvent(event('workflow_dispatch', { repository: { full_name: 'learner/til', owner: { login: 'learner' } } }), TARGET)
    ).toBeNull()
    expect(repoInfoFromEvent(event('push', { repository: { ...REPOSITORY, full_name: 'mentor/cohort' } }), TARGET)).toBeNull()
  })
})

describe('the loop guard and the rest', () => {
  it('only a push of a til-keeper: commit is the bot`s own', () => {
    expect(isOwnSummaryPush(event('push', { head_commit: { message: 'til-keeper: 주간 요약 week-01 갱신 [skip ci]' } }))).toBe(true)
    expect(isOwnSummaryPush(event('push', { head_commit: { message: 'Day5: til-keeper: notes' } }))).toBe(false)
    expect(isOwnSummaryPush(event('workflow_dispatch', { head_commit: { message: 'til-keeper: x' } }))).toBe(false)
    expect(isOwnSummaryPush(event('push', {}))).toBe(false)
  })

  it('isOwnRepository ignores case', () => {
    expect(isOwnRepository(event('push'), TARGET)).toBe(true)
    expect(isOwnRepository(event('push'), { owner: 'learner', repo: 'til2' })).toBe(false)
  })

  it('blob URLs encode the ref and each path part, and ask for the source view', () => {
    expect(blobUrl('https://github.com', TARGET, SHA, 'README.md')).toBe(`https://github.com/learner/til/blob/${SHA}/README.md?plain=1`)
    expect(blobUrl('https://ghe.example', TARGET, 'feature/x', 'docs/오늘 배운 것.md')).toBe(
      'https://ghe.example/learner/til/blob/feature%2Fx/docs/%EC%98%A4%EB%8A%98%20%EB%B0%B0%EC%9A%B4%20%EA%B2%83.md?plain=1'
    )
  })

  it('assignees: the input when given (none is empty), else the owner when a person', () => {
    expect(defaultAssignees(null, { ownerLogin: 'learner', ownerType: 'User' })).toEqual(['learner'])
    expect(defaultAssignees(null, { ownerLogin: 'boostcamp', ownerType: 'Organization' })).toEqual([])
    expect(defaultAssignees([], { ownerLogin: 'learner', ownerType: 'User' })).toEqual([])
    expect(defaultAssignees(['mentor'], { ownerLogin: 'learner', ownerType: 'User' })).toEqual(['mentor'])
  })

  it('the workflow file from GITHUB_WORKFLOW_REF', () => {
    expect(workflowFile('learner/til/.github/workflows/til-keeper.yml@refs/heads/main')).toBe('.github/workflows/til-keeper.yml')
    expect(workflowFile(undefined)).toBeNull()
    expect(workflowFile('garbage')).toBeNull()
  })
})
