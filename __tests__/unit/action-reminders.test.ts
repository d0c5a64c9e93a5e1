// applyReminders against an in-memory issue tracker: what it writes, and what it must not.
import { applyReminders, type ReminderOptions } from '../../src/action/reminders.js'
import { AccessError } from '../../src/github/errors.js'
import { MemoryIssues } from '../../src/github/memory.js'
import { planReminders } from '../../src/reminders/plan.js'
import type { ReminderTopic } from '../../src/reminders/topics.js'

const LABEL = 'til-reminder'

function topic(day: number, state = 'missing'): ReminderTopic {
  return {
    key: `day:Day${day}`,
    title: `Day${day}: 기록이 아직 없어요`,
    render: () => `Day${day} 항목을 추가해 주세요. (${state})`,
    state,
    about: ['missing-day'],
    findings: [],
    placement: 'own'
  }
}

function options(warnings: string[] = [], extra: Partial<ReminderOptions> = {}): ReminderOptions {
  return {
    label: LABEL,
    assignees: ['learner'],
    maxIssues: 10,
    dryRun: false,
    language: 'ko',
    repository: 'learner/til',
    warn: (m) => warnings.push(m),
    ...extra
  }
}

/** The issues a first run opens for `topics`, as another run (or an earlier one) left them. */
async function opened(topics: ReminderTopic[]): Promise<MemoryIssues> {
  const tracker = new MemoryIssues()
  await applyReminders(tracker, topics, options())
  tracker.calls.length = 0
  return tracker
}

describe('applyReminders', () => {
  it('opens one issue per topic, with the label created first, and assigns the owner', async () => {
    const tracker = new MemoryIssues()
    const result = await applyReminders(tracker, [topic(5), topic(4)], options())
    expect(tracker.writes()).toEqual(['ensureLabel', 'create', 'create'])
    expect(result.opened.map((o) => o.title)).toEqual(['Day5: 기록이 아직 없어요', 'Day4: 기록이 아직 없어요'])
    expect(tracker.issues.every((i) => i.state === 'open' && i.labels.includes(LABEL))).toBe(true)
    expect(tracker.issues[0]!.body).toContain('Day5 항목을 추가해 주세요.')
  })

  it('writes nothing when nothing changed', async () => {
    const tracker = await opened([topic(5), topic(4)])
    const result = await applyReminders(tracker, [topic(5), topic(4)], options())
    expect(tracker.writes()).toEqual([])
    expect(tracker.calls).toEqual(['listByLabel'])
    expect(result).toMatchObject({ opened: [], updated: [], reopened: [], closed: [], failures: [] })
  })

  it('a dry run plans and writes nothing', async () => {
    const tracker = new MemoryIssues()
    const result = await applyReminders(tracker, [topic(5)], options([], { dryRun: true }))
    expect(tracker.writes()).toEqual([])
    expect(result.plan.create).toHaveLength(1)
  })

  it('edits an issue whose problem changed, and closes one whose problem is fixed, with one comment', async () => {
    const tracker = await opened([topic(5), topic(4)])
    const result = await applyReminders(tracker, [topic(5, 'empty')], options())
    expect(result.updated.map((u) => u.number)).toEqual([1])
    expect(result.closed).toEqual([2])
    expect(tracker.issues[1]).toMatchObject({ state: 'closed', stateReason: 'completed' })
    expect(tracker.comments.get(2)).toHaveLength(1)
    // A rerun repeats nothing.
    tracker.calls.length = 0
    await applyReminders(tracker, [topic(5, 'empty')], options())
    expect(tracker.writes()).toEqual([])
  })

  it('race: an issue another run opened between the list and the write is not opened again', async () => {
    const other = await opened([topic(5)])
    const tracker = new MemoryIssues()
    let listed = 0
    tracker.before = (method) => {
      // The second list (the re-check right before opening) sees the other run's issue.
      if (method === 'listByLabel' && ++listed === 2) tracker.add(other.issues[0]!)
    }
    const result = await applyReminders(tracker, [topic(5)], options())
    expect(tracker.writes()).toEqual(['ensureLabel'])
    expect(result.opened).toEqual([])
    expect(tracker.issues).toHaveLength(1)
  })

  it('duplicates: of two runs that both opened the same reminder, the later-numbered issue closes itself', async () => {
    const other = await opened([topic(5)])
    const tracker = new MemoryIssues()
    tracker.before = (method) => {
      // Another run opens the same reminder just before this one does.
      if (method === 'create' && tracker.issues.length === 0) tracker.add(other.issues[0]!)
    }
    const result = await applyReminders(tracker, [topic(5)], options())
    expect(tracker.issues.map((i) => [i.number, i.state, i.stateReason])).toEqual([
      [1, 'open', null],
      [2, 'closed', 'duplicate']
    ])
    expect(tracker.comments.get(2)).toHaveLength(1)
    expect(result.opened).toEqual([])
  })

  it('two open issues for one reminder (an earlier race): the later one is closed as a duplicate', async () => {
    const tracker = await opened([topic(5)])
    tracker.add(tracker.issues[0]!)
    tracker.calls.length = 0
    const plan = planReminders([topic(5)], tracker.issues, { maxIssues: 10 })
    expect(plan.close.map((c) => c.reason)).toEqual(['duplicate'])
    const result = await applyReminders(tracker, [topic(5)], options())
    expect(result.closed).toEqual([2])
    expect(tracker.issues[1]).toMatchObject({ state: 'closed', stateReason: 'duplicate' })
  })

  it('one failed write is a warning, not the end of the run', async () => {
    const tracker = await opened([topic(5), topic(4)])
    tracker.before = (method, args) => {
      if (method === 'update' && args[0] === 1) throw Object.assign(new Error('Issue is locked'), { status: 403 })
    }
    const warnings: string[] = []
    const result = await applyReminders(tracker, [topic(5, 'empty'), topic(4, 'empty')], options(warnings))
    expect(result.updated.map((u) => u.number)).toEqual([2])
    expect(result.failures).toHaveLength(1)
    expect(warnings).toEqual(result.failures)
  })

  it('a missing permission stops the run', async () => {
    const tracker = new MemoryIssues()
    tracker.before = (method) => {
      if (method === 'create') throw new AccessError('til-keeper could not open an issue: the token lacks the "issues: write" permission.')
    }
    await expect(applyReminders(tracker, [topic(5)], options())).rejects.toThrow(AccessError)
  })

  it('issues turned off: one warning, nothing written', async () => {
    const tracker = new MemoryIssues()
    tracker.before = () => {
      throw Object.assign(new Error('Issues are disabled for this repo'), { status: 410 })
    }
    const warnings: string[] = []
    const result = await applyReminders(tracker, [topic(5)], options(warnings))
    expect(result.issuesOff).toBe(true)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain('learner/til')
    expect(tracker.issues).toEqual([])
  })
})
