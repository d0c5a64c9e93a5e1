import type { IssueRecord } from '../../src/github/types.js'
import type { Language } from '../../src/log/types.js'
import { commentMarker, readMarker, remark, replaceOwnPart, writeMarker, type Marker } from '../../src/reminders/marker.js'
import { planReminders, type ReminderPlan } from '../../src/reminders/plan.js'
import { reminderTopics, type ReminderTopic } from '../../src/reminders/topics.js'
import { BODY_LIMIT, TITLE_LIMIT } from '../../src/render/reminder-issue.js'
import type { DueDay, Finding, Report } from '../../src/review/types.js'

const link = (line: number) => `https://github.com/me/til/blob/abc/README.md?plain=1#L${line}`

/** A finding of its type, with what the test leaves out filled in (an empty day's sections, a mismatch's reason). */
function finding(partial: { type: Finding['type']; entry: string } & Record<string, unknown>): Finding {
  const own = {
    'missing-day': {},
    'missing-week-review': { week: null },
    'empty-day': { sections: [] },
    'empty-section': {},
    'label-mismatch': { why: { kind: 'section-title', named: 0, expected: null } }
  }[partial.type]
  return { number: null, date: null, section: null, line: 10, ...own, ...partial } as Finding
}

/** Days 1–10 from 2026-03-02 (weekdays), all logged unless a finding says missing. */
function dueDays(findings: Finding[], count = 10): DueDay[] {
  const dates = ['02', '03', '04', '05', '06', '09', '10', '11', '12', '13', '16', '17', '18', '19', '20']
  return Array.from({ length: count }, (_, i) => {
    const entry = `Day${i + 1}`
    const date = `2026-03-${dates[i]}`
    const missing = findings.some((f) => f.type === 'missing-day' && f.entry === entry)
    return { entry, date, number: i + 1, line: missing ? null : 10 * (i + 1), state: missing ? 'missing' : 'logged' } as DueDay
  })
}

function report(findings: Finding[], language: Language = 'ko', days = 10): Report {
  return {
    language,
    lastDue: null,
    entries: [],
    findings,
    carryOver: [],
    due: dueDays(findings, days),
    notes: [],
    omitted: {},
    warnings: [],
    reading: {
      status: 'entries',
      language,
      pattern: null,
      forms: [],
      skipped: [],
      skippedCount: 0,
      indexRows: 0,
      rowsInPlace: 0,
      linked: 0,
      sections: {}
    },
    missingDaysChecked: true
  }
}

const day = (n: number) => `2026-03-${['02', '03', '04', '05', '06', '09', '10', '11', '12', '13'][n - 1]}`
const emptySection = (n: number, section = '회고') =>
  finding({ type: 'empty-section', entry: `Day${n}`, number: n, date: day(n), section, line: 10 * n + 3 })
const mismatch = (n: number) =>
  finding({ type: 'label-mismatch', entry: `Day${n}`, number: n, date: day(n), section: `DAY ${n - 1} 소감`, line: 10 * n + 5 })
const missing = (n: number) => finding({ type: 'missing-day', entry: `Day${n}`, number: n, date: day(n), line: 10 * n - 1 })
const emptyDay = (n: number) =>
  finding({
    type: 'empty-day',
    entry: `Day${n}`,
    number: n,
    date: day(n),
    line: 10 * n,
    sections: [{ title: '배운 점', line: 10 * n + 2 }]
  })

function topicsOf(findings: Finding[], remindDays: number | null = null, language: Language = 'ko') {
  return reminderTopics(report(findings, language), { mode: 'per-day', language, link, path: 'README.md', remindDays })
}

const plainTopics = (findings: Finding[]) => topicsOf(findings).topics

function bodyOf(topic: ReminderTopic, plan?: ReminderPlan): string {
  return plan?.create.find((c) => c.topic.key === topic.key)?.body ?? planReminders([topic], [], { maxIssues: 1 }).create[0]!.body
}

let nextNumber = 100
function issue(topic: ReminderTopic, patch: Partial<IssueRecord> = {}, marker: Partial<Marker> = {}): IssueRecord {
  const created = planReminders([{ ...topic, placement: 'own' }], [], { maxIssues: 1 }).create[0]!
  const m = readMarker(created.body)!
  const body = Object.keys(marker).length > 0 ? remark(created.body, { ...m, ...marker }) : created.body
  return { number: nextNumber++, title: created.title, body, state: 'open', stateReason: null, labels: ['til-reminder'], ...patch }
}

describe('markers', () => {
  const marker: Marker = { key: 'day:Day5', state: 'abc', title: 'f00', about: ['missing-day'], reopens: 2, closed: true, nudged: false }

  it('reads back what it writes, anywhere in a body', () => {
    expect(readMarker(`note above\n${writeMarker(marker)}\nmore`)).toEqual(marker)
    expect(readMarker('<!-- some other bot -->')).toBeNull()
  })

  it.each([['"'], ['-->'], ['a\nb'], ['Day 7 "회고" --> <b>'], ['😀 ​ 日本'], ['%41']])('survives %j in a key', (label) => {
    const key = `day:${label}`
    const body = `${writeMarker({ ...marker, key })}\ntext`
    expect(readMarker(body)?.key).toBe(key)
    // Nothing in the key can end the HTML comment early.
    expect(body.indexOf('-->')).toBe(body.indexOf(' -->') + 1)
  })

  it('still reads the old format, so an upgrade opens no duplicate', () => {
    const old = '<!-- til-keeper:reminder key="day:Day5" state="1234" -->\n### Day5 기록이 아직 없어요'
    expect(readMarker(old)).toEqual({ key: 'day:Day5', state: '1234', title: null, about: [], reopens: 0, closed: false, nudged: false })
    // Its whole body was the bot's; rewriting it makes a fenced one.
    const fenced = remark(old, { ...marker, key: 'day:Day5' })
    expect(fenced).toMatch(/^<!-- til-keeper:reminder:start .*-->\n### Day5 기록이 아직 없어요\n<!-- til-keeper:reminder:end -->$/)
  })

  it('replaces only its own part of a body', () => {
    const own = (text: string) => `${writeMarker(marker)}\n${text}\n<!-- til-keeper:reminder:end -->`
    const body = `내 메모\n\n${own('old')}\n\n아래 메모`
    expect(replaceOwnPart(body, own('new'))).toBe(`내 메모\n\n${own('new')}\n\n아래 메모`)
  })

  it('names the episode in a comment marker', () => {
    expect(commentMarker('closed', 'day:"x"', 3)).toBe('<!-- til-keeper:closed k="day%3A%22x%22" n="3" -->')
  })
})

describe('reminderTopics', () => {
  it('groups a day’s problems into one topic, missing before empty before a title to check', () => {
    const [topic] = plainTopics([mismatch(3), emptySection(3)])
    expect(topic!.key).toBe('day:Day3')
    expect(topic!.about).toEqual(['empty-section', 'label-mismatch'])
    const text = topic!.render(BODY_LIMIT)
    expect(text.indexOf('섹션이 비어 있어요')).toBeLessThan(text.indexOf('번호가'))
    expect(text).toContain('README.md?plain=1#L33')
  })

  it('orders topics newest first, and within a day by what matters most', () => {
    const topics = plainTopics([emptySection(2), missing(9), mismatch(7), emptyDay(8), emptySection(10)])
    expect(topics.map((t) => t.key)).toEqual(['day:Day10', 'day:Day9', 'day:Day8', 'day:Day7', 'day:Day2'])
  })

  it('gives recent days their own issue and gathers older ones, and skips days before the first entry', () => {
    // Day1 and Day2 missing: the log starts at Day3.
    const { topics, older } = topicsOf([missing(1), missing(2), emptySection(4), emptySection(9), missing(10)], 3)
    expect(topics.map((t) => [t.key, t.placement])).toEqual([
      ['day:Day10', 'own'],
      ['day:Day9', 'own'],
      ['day:Day4', 'older'],
      ['day:Day2', 'none'],
      ['day:Day1', 'none']
    ])
    const gathered = older(topics.filter((t) => t.placement === 'older'))!
    expect(gathered.key).toBe('older')
    expect(gathered.title).toBe('지난 기록 점검')
    expect(gathered.render(BODY_LIMIT)).toMatch(/^- \[ \] \*\*Day4\*\* — "회고" 섹션이 비어 있어요/m)
  })

  it('keeps the same fingerprint when only the commit in the links changes', () => {
    const a = plainTopics([emptySection(3)])[0]!
    const b = reminderTopics(report([emptySection(3)]), {
      mode: 'per-day',
      language: 'ko',
      link: (l) => `https://github.com/me/til/blob/def/README.md?plain=1#L${l}`,
      path: 'README.md',
      remindDays: null
    }).topics[0]!
    expect(a.state).toBe(b.state)
    expect(a.render(BODY_LIMIT)).not.toBe(b.render(BODY_LIMIT))
  })

  it('puts everything in one checklist in digest mode, newest first', () => {
    const { topics } = reminderTopics(report([emptySection(2), missing(9)], 'en'), {
      mode: 'digest',
      language: 'en',
      link,
      path: 'README.md',
      remindDays: 7
    })
    expect(topics).toHaveLength(1)
    const lines = topics[0]!.render(BODY_LIMIT).match(/^- \[ \] .*/gm)!
    expect(lines).toHaveLength(2)
    expect(lines[0]).toContain('Day9')
  })

  it('neutralizes mentions, issue links and HTML in quoted titles', () => {
    const [topic] = plainTopics([emptySection(3, '@octocat #12 <img src=x>')])
    const text = topic!.render(BODY_LIMIT)
    expect(text).not.toMatch(/@octocat|#12|<img/)
    expect(text).toContain('&lt;img src=x&gt;')
  })

  it('keeps titles and bodies within GitHub’s limits, counting what it left out', () => {
    const many = Array.from({ length: 3000 }, (_, i) =>
      finding({ type: 'empty-section', entry: 'Day3', number: 3, date: day(3), section: `섹션 ${i} ${'가'.repeat(20)}`, line: 100 + i })
    )
    const [topic] = plainTopics(many)
    const text = topic!.render(BODY_LIMIT - 300)
    expect(text.length).toBeLessThanOrEqual(BODY_LIMIT - 300)
    expect(text).toMatch(/그 밖에 \d+개가 더 있어요\. 전체 목록은 이번 실행의 작업 요약에서 볼 수 있어요\./)
    expect(text).toContain('**이렇게 해 주세요**')
    const long = plainTopics([finding({ type: 'empty-section', entry: 'x'.repeat(400), section: 'a', line: 3 })])[0]!
    expect(Array.from(long.title).length).toBeLessThanOrEqual(TITLE_LIMIT)
  })
})

describe('planReminders', () => {
  const topics = plainTopics([emptySection(3), mismatch(3), missing(4)])

  it('opens one issue per topic when none exist', () => {
    const plan = planReminders(topics, [], { maxIssues: 10 })
    expect(plan.create.map((c) => c.topic.key)).toEqual(['day:Day4', 'day:Day3'])
    expect(plan.update).toEqual([])
    expect(plan.close).toEqual([])
  })

  it('plans nothing when every issue is up to date', () => {
    const plan = planReminders(
      topics,
      topics.map((t) => issue(t)),
      { maxIssues: 10 }
    )
    expect(plan).toEqual({ create: [], update: [], reopen: [], close: [], deferred: [], older: [] })
  })

  it('edits the bot’s part in place when the problem changes, and keeps the learner’s note', () => {
    const before = plainTopics([emptySection(3)])[0]!
    const existing = issue(before)
    existing.body = `${existing.body}\n\n메모: 주말에 채울게요`
    const plan = planReminders(topics, [existing], { maxIssues: 10 })
    expect(plan.update).toHaveLength(1)
    expect(plan.update[0]!.body).toContain('번호가')
    expect(plan.update[0]!.body.endsWith('\n\n메모: 주말에 채울게요')).toBe(true)
    expect(plan.update[0]!.title).toBe(topics.find((t) => t.key === 'day:Day3')!.title)
  })

  it('never writes back a title the learner renamed', () => {
    const before = plainTopics([emptySection(3)])[0]!
    const renamed = issue(before, { title: '주말에 Day3 채우기' })
    const plan = planReminders(topics, [renamed], { maxIssues: 10 })
    const update = plan.update.find((u) => u.number === renamed.number)!
    expect(update.title).toBeUndefined()
    // The marker still remembers the bot's title, so the next run sees the rename too.
    expect(readMarker(update.body)!.title).toBe(readMarker(renamed.body)!.title)
    const unchanged = planReminders(topics, [{ ...renamed, body: update.body }], { maxIssues: 10 })
    expect(unchanged.update).toEqual([])
  })

  it('closes the issue of a problem that is gone, noting that the bot closed it', () => {
    const gone = issue(plainTopics([missing(2)])[0]!)
    const plan = planReminders(topics, [gone], { maxIssues: 10 })
    expect(plan.close).toEqual([
      { number: gone.number, key: 'day:Day2', reason: 'completed', body: expect.any(String), episode: 0, about: ['missing-day'] }
    ])
    expect(readMarker(plan.close[0]!.body!)!.closed).toBe(true)
  })

  it('closes without claiming a fix when the problems are now reminded of elsewhere (a switch between per-day and digest)', () => {
    const findings = [emptySection(3), missing(4)]
    const digest = reminderTopics(report(findings), { mode: 'digest', language: 'ko', link, path: 'README.md', remindDays: 7 }).topics
    const dayIssues = plainTopics(findings).map((t) => issue(t))
    // per-day → digest: the day issues close as moved, and the digest opens.
    const toDigest = planReminders(digest, dayIssues, { maxIssues: 10 })
    expect(toDigest.create.map((c) => c.topic.key)).toEqual(['digest'])
    expect(toDigest.close.map((c) => [c.key, c.reason])).toEqual([
      ['day:Day4', 'moved'],
      ['day:Day3', 'moved']
    ])
    // digest → per-day: the digest closes as moved.
    const toDays = planReminders(plainTopics(findings), [issue(digest[0]!)], { maxIssues: 10 })
    expect(toDays.close.map((c) => [c.key, c.reason])).toEqual([['digest', 'moved']])
    // A day fixed meanwhile still closes as fixed.
    const fixed = planReminders(plainTopics([missing(4)]), dayIssues, { maxIssues: 10 })
    expect(fixed.close.map((c) => [c.key, c.reason])).toEqual([['day:Day3', 'completed']])
  })

  it('closes a second open issue for the same problem as a duplicate of the first', () => {
    const first = issue(topics[0]!)
    const second = issue(topics[0]!)
    const plan = planReminders(topics, [second, first], { maxIssues: 10 })
    expect(plan.close).toEqual([expect.objectContaining({ number: second.number, reason: 'duplicate', duplicateOf: first.number })])
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
    const plan = planReminders(topics, [lookalike], { maxIssues: 10 })
    expect(plan.create).toHaveLength(2)
    expect(plan.close).toEqual([])
  })

  it('reopens the issue of a problem that came back after the bot closed it, without a comment', () => {
    const fixed = issue(topics[0]!, { state: 'closed', stateReason: 'completed' }, { closed: true, reopens: 1 })
    const plan = planReminders(topics, [fixed], { maxIssues: 10 })
    expect(plan.reopen).toEqual([expect.objectContaining({ number: fixed.number, nudge: false, episode: 2 })])
    expect(readMarker(plan.reopen[0]!.body)).toMatchObject({ closed: false, reopens: 2 })
  })

  it('reopens once, saying why, an issue a person closed with the problem still there; closed again it stays closed', () => {
    const closedByPerson = issue(topics[0]!, { state: 'closed', stateReason: 'completed' })
    const first = planReminders(topics, [closedByPerson], { maxIssues: 10 })
    expect(first.reopen).toEqual([expect.objectContaining({ number: closedByPerson.number, nudge: true })])
    expect(readMarker(first.reopen[0]!.body)!.nudged).toBe(true)
    const closedAgain = { ...closedByPerson, body: first.reopen[0]!.body }
    const second = planReminders(topics, [closedAgain], { maxIssues: 10 })
    expect(second.reopen).toEqual([])
    expect(second.create.map((c) => c.topic.key)).not.toContain(topics[0]!.key)
  })

  it('never reopens an issue closed as not planned', () => {
    const muted = issue(topics[0]!, { state: 'closed', stateReason: 'not_planned' }, { closed: true })
    const plan = planReminders(topics, [muted], { maxIssues: 10 })
    expect(plan.reopen).toEqual([])
    expect(plan.create.map((c) => c.topic.key)).toEqual([topics[1]!.key])
  })

  it('counts reopens against max-issues and defers the oldest', () => {
    const closed = issue(topics[1]!, { state: 'closed', stateReason: 'completed' }, { closed: true })
    const plan = planReminders(topics, [closed], { maxIssues: 1 })
    expect(plan.create.map((c) => c.topic.key)).toEqual(['day:Day4'])
    expect(plan.reopen).toEqual([])
    expect(plan.deferred.map((t) => t.key)).toEqual(['day:Day3'])
  })

  it('keeps an older day’s open issue, gathers the rest in one older-gaps issue, and closes that when it is empty', () => {
    const { topics: all, older } = topicsOf([emptySection(2), emptySection(3), emptySection(10)], 1)
    const day2 = issue(all.find((t) => t.key === 'day:Day2')!)
    const plan = planReminders(all, [day2], { maxIssues: 10, older })
    expect(plan.create.map((c) => c.topic.key)).toEqual(['day:Day10', 'older'])
    expect(plan.older.map((t) => t.key)).toEqual(['day:Day3'])
    expect(plan.update).toEqual([])
    expect(plan.close).toEqual([])
    const gaps = { ...issue(older(plan.older)!), title: '지난 기록 점검' }
    const fixed = topicsOf([emptySection(10)], 1)
    const after = planReminders(fixed.topics, [gaps], { maxIssues: 10, older: fixed.older })
    expect(after.close.map((c) => c.number)).toEqual([gaps.number])
    expect(bodyOf(fixed.topics[0]!, after)).toContain('Day10')
  })
})
