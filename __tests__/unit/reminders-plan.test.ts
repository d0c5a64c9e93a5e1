import type { IssueRecord } from '../../src/github/types.js'
import { readMarker, writeMarker } from '../../src/reminders/marker.js'
import { planReminders } from '../../src/reminders/plan.js'
import { reminderTopics } from '../../src/reminders/topics.js'
import type { Finding } from '../../src/review/types.js'

const link = (line: number) => `https://github.com/me/til/blob/abc/README.md?plain=1#L${line}`

function finding(partial: Partial<Finding> & Pick<Finding, 'type' | 'entry'>): Finding {
  return { number: null, date: null, section: null, line: 10, message: '', ...partial }
}

const emptySection = finding({ type: 'empty-section', entry: 'Day3', number: 3, section: '회고', line: 40 })
const mismatch = finding({ type: 'label-mismatch', entry: 'Day3', number: 3, section: 'DAY 2 소감', line: 44 })
const missing = finding({ type: 'missing-day', entry: 'Day4', number: 4, date: '2026-03-05', line: 50 })
const week = finding({ type: 'missing-week-review', entry: 'WEEK1', number: 1, line: 50 })

function issueFrom(
  number: number,
  topic: { title: string; body: string },
  state: 'open' | 'closed' = 'open',
  stateReason: string | null = null
): IssueRecord {
  return { number, title: topic.title, body: topic.body, state, stateReason, labels: ['til-reminder'] }
}

describe('reminderTopics', () => {
  it('groups a day’s problems into one topic and gives each missing week review its own', () => {
    const topics = reminderTopics([emptySection, mismatch, missing, week], 'per-day', 'ko', link, 'README.md')
    expect(topics.map((t) => t.key)).toEqual(['day:Day3', 'day:Day4', 'week:WEEK1'])
    expect(topics[0]!.findings).toHaveLength(2)
    expect(topics[0]!.title.startsWith('Day3')).toBe(true)
    expect(topics[0]!.body).toContain('README.md?plain=1#L40')
    expect(readMarker(topics[0]!.body)?.key).toBe('day:Day3')
  })

  it('puts everything in one checklist in digest mode', () => {
    const topics = reminderTopics([emptySection, missing, week], 'digest', 'en', link, 'README.md')
    expect(topics).toHaveLength(1)
    expect(topics[0]!.key).toBe('digest')
    expect(topics[0]!.body.match(/^- \[ \]/gm)).toHaveLength(3)
  })

  it('writes Korean for a Korean log and English otherwise', () => {
    const [ko] = reminderTopics([missing], 'per-day', 'ko', link, 'README.md')
    const [en] = reminderTopics([missing], 'per-day', 'en', link, 'README.md')
    expect(ko!.body).toMatch(/기록이 아직 없어요/)
    expect(en!.body).toMatch(/has no entry yet/)
  })

  it('does not date twice a day the log names by its date', () => {
    const byDate = finding({ type: 'missing-day', entry: '2026-03-10', number: 7, date: '2026-03-10', line: 41 })
    const [topic] = reminderTopics([byDate], 'per-day', 'ko', link, 'README.md')
    expect(topic!.title).toBe('2026-03-10: 기록이 아직 없어요')
    expect(topic!.body).not.toContain('(2026-03-10)')
    const [numbered] = reminderTopics([missing], 'per-day', 'en', link, 'README.md')
    expect(numbered!.title).toBe('Day4: no entry yet (2026-03-05)')
  })

  it('keeps the same fingerprint when only the commit in the links changes', () => {
    const [a] = reminderTopics([emptySection], 'per-day', 'ko', link, 'README.md')
    const [b] = reminderTopics(
      [emptySection],
      'per-day',
      'ko',
      (l) => `https://github.com/me/til/blob/def/README.md?plain=1#L${l}`,
      'README.md'
    )
    expect(a!.state).toBe(b!.state)
    expect(a!.body).not.toBe(b!.body)
  })

  it('neutralizes mentions, issue links and HTML in quoted titles', () => {
    const [topic] = reminderTopics(
      [finding({ type: 'empty-section', entry: 'Day3', section: '@octocat #12 <img src=x>' })],
      'per-day',
      'en',
      link,
      'README.md'
    )
    expect(topic!.body).not.toMatch(/@octocat|#12|<img/)
    expect(topic!.body).toContain('&lt;img src=x&gt;')
  })
})

describe('planReminders', () => {
  const topics = reminderTopics([emptySection, mismatch, missing], 'per-day', 'ko', link, 'README.md')

  it('opens one issue per topic when none exist', () => {
    const plan = planReminders(topics, [], 10)
    expect(plan.create.map((t) => t.key)).toEqual(['day:Day3', 'day:Day4'])
    expect(plan.update).toEqual([])
    expect(plan.close).toEqual([])
  })

  it('plans nothing when every issue is up to date, even if its links name an older commit', () => {
    const older = reminderTopics(
      [emptySection, mismatch, missing],
      'per-day',
      'ko',
      (l) => `https://x/blob/old/README.md?plain=1#L${l}`,
      'README.md'
    )
    const plan = planReminders(
      topics,
      older.map((t, i) => issueFrom(i + 1, t)),
      10
    )
    expect(plan).toEqual({ create: [], update: [], close: [], deferred: [] })
  })

  it('edits an issue in place when its problem changes', () => {
    const before = reminderTopics([emptySection], 'per-day', 'ko', link, 'README.md')
    const plan = planReminders(topics, [issueFrom(7, before[0]!)], 10)
    expect(plan.update).toEqual([{ number: 7, topic: topics[0], reopen: false }])
    expect(plan.create.map((t) => t.key)).toEqual(['day:Day4'])
  })

  it('closes the issue of a problem that is gone, as completed', () => {
    const gone = reminderTopics([week], 'per-day', 'ko', link, 'README.md')[0]!
    const plan = planReminders(topics, [issueFrom(3, gone)], 10)
    expect(plan.close).toEqual([{ number: 3, key: 'week:WEEK1', reason: 'completed' }])
  })

  it('closes a second open issue for the same problem as a duplicate of the first', () => {
    const plan = planReminders(topics, [issueFrom(5, topics[0]!), issueFrom(2, topics[0]!)], 10)
    expect(plan.close).toEqual([{ number: 5, key: 'day:Day3', reason: 'duplicate', duplicateOf: 2 }])
  })

  it('ignores issues without the marker, whatever their title', () => {
    const lookalike: IssueRecord = {
      number: 9,
      title: topics[0]!.title,
      body: 'written by hand',
      state: 'open',
      stateReason: null,
      labels: ['til-reminder']
    }
    const plan = planReminders(topics, [lookalike], 10)
    expect(plan.create).toHaveLength(2)
    expect(plan.close).toEqual([])
  })

  it('reopens the closed issue of a problem that came back, and leaves one closed as not planned alone', () => {
    const plan = planReminders(
      topics,
      [issueFrom(4, topics[0]!, 'closed', 'completed'), issueFrom(6, topics[1]!, 'closed', 'not_planned')],
      10
    )
    expect(plan.update).toEqual([{ number: 4, topic: topics[0], reopen: true }])
    expect(plan.create).toEqual([])
  })

  it('opens no more than max-issues and defers the rest', () => {
    const plan = planReminders(topics, [], 1)
    expect(plan.create).toHaveLength(1)
    expect(plan.deferred.map((t) => t.key)).toEqual(['day:Day4'])
  })

  it('reads back the marker it writes', () => {
    expect(readMarker(`text\n${writeMarker({ key: 'day:2026-03-05', state: 'abc' })}\nmore`)).toEqual({
      key: 'day:2026-03-05',
      state: 'abc'
    })
    expect(readMarker('<!-- some other bot -->')).toBeNull()
  })
})
