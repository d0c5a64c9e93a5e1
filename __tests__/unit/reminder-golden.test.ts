// Golden files: every text the bot writes about reminders, in Korean and in English, read by hand once and kept:
// issue titles and bodies, the older-gaps checklist, the comments, the run's warnings, the job summary.
// After a deliberate change to the wording, review the new text and rewrite them with:
//   UPDATE_GOLDEN=1 NODE_OPTIONS=--experimental-vm-modules npx jest __tests__/unit/reminder-golden.test.ts
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { botActions } from '../../src/action/outcome.js'
import type { ReminderResult } from '../../src/action/reminders.js'
import type { Language } from '../../src/log/types.js'
import { planReminders } from '../../src/reminders/plan.js'
import { reminderTopics } from '../../src/reminders/topics.js'
import { annotations } from '../../src/render/annotations.js'
import { renderJobSummary } from '../../src/render/job-summary.js'
import {
  BODY_LIMIT,
  closingComment,
  duplicateComment,
  failureNote,
  issuesOffNote,
  labelDescription,
  movedComment,
  reopenComment
} from '../../src/render/reminder-issue.js'
import { renderText } from '../../src/render/cli-text.js'
import { summaryCommitMessage } from '../../src/render/weekly-file.js'
import { checkLog } from '../../src/review/check.js'
import { checkOptions, resolveSettings } from '../../src/settings.js'
import { koreanLog } from '../helpers/study-log.js'
import { messages } from '../../src/render/messages.js'

const GOLDEN = fileURLToPath(new URL('../golden/', import.meta.url))
const UPDATE = process.env.UPDATE_GOLDEN === '1'
const link = (line: number) => `https://github.com/learner/til/blob/abc1234/README.md?plain=1#L${line}`

function expectGolden(name: string, actual: string): void {
  const path = `${GOLDEN}${name}`
  if (UPDATE) return writeFileSync(path, actual)
  if (!existsSync(path)) throw new Error(`__tests__/golden/${name} is missing. Write it with UPDATE_GOLDEN=1 and read it by hand.`)
  expect(actual).toBe(readFileSync(path, 'utf8'))
}

const KO_LOG = koreanLog([
  { notDone: ['알고리즘 과제 1', '논문 읽기'] },
  { empty: true },
  { notDone: ['~~알고리즘 과제 1~~', '논문 읽기'] },
  {},
  { emptySections: ['learned'] },
  {},
  { missing: true },
  { emptySections: ['learned', 'reflection'], notDone: ['논문 읽기 (취소)'] },
  { missing: true }
])

const EN_LOG = [
  '# TIL',
  '',
  '### Day 1: 2026-03-02',
  '**Today’s Progress:**',
  '- [ ] Finish the parser',
  '',
  '**Thoughts:**',
  '',
  '### Day 2: 2026-03-03',
  '**Today’s Progress:**',
  '',
  '**Thoughts:**',
  '',
  '### Day 3: 2026-03-04',
  '**Today’s Progress:**',
  '- [x] ~~Finish the parser~~',
  '',
  '**Thoughts:**',
  '- Slow day.',
  '',
  '### Day 5: 2026-03-06',
  'Read about closures.',
  ''
].join('\n')

function everything(language: Language, log: string, today: string): string {
  const settings = resolveSettings({ 'start-date': '2026-03-02', timezone: 'Asia/Seoul', today, 'remind-days': '3' })
  const report = checkLog(log, checkOptions(settings, new Date('2026-03-16T00:00:00Z')))
  expect(report.language).toBe(language)
  const { topics, older } = reminderTopics(report, { mode: 'per-day', language, link, path: 'README.md', remindDays: 3 })
  const plan = planReminders(topics, [], { maxIssues: 2, older })
  const out: string[] = [`<!-- golden: ${language} reminders, from a log written for this test -->`, '']
  out.push('# CLI report', '', '```text', renderText(report, 'README.md').trimEnd(), '```', '')
  const issues = [
    ...plan.create.map((c) => ({ title: c.title, body: c.body })),
    ...plan.deferred.map((t) => ({ title: t.title, body: t.render(BODY_LIMIT) }))
  ]
  if (older) {
    const gathered = older(topics.filter((t) => t.placement === 'older'))
    if (gathered && !issues.some((i) => i.title === gathered.title))
      issues.push({ title: gathered.title, body: gathered.render(BODY_LIMIT) })
  }
  for (const { title, body } of issues) out.push(`# Issue: ${title}`, '', body.replace(/<!-- til-keeper:reminder:start [^>]*-->\n/, ''), '')
  const digest = reminderTopics(report, { mode: 'digest', language, link, path: 'README.md', remindDays: 3 }).topics[0]!
  out.push(`# Digest: ${digest.title}`, '', digest.render(BODY_LIMIT), '')
  out.push('# Comments', '')
  for (const [key, about] of [
    ['day:Day9', ['missing-day']],
    ['day:Day2', ['empty-day']],
    ['day:Day8', ['empty-section', 'label-mismatch']],
    ['week:WEEK1', ['missing-week-review']],
    ['older', []],
    ['digest', []],
    ['day:Day4', []]
  ] as const)
    out.push(`- closing ${key}: ${closingComment(language, key, [...about])}`)
  out.push(`- reopened day:Day5: ${reopenComment(language, 'day:Day5')}`, `- reopened older: ${reopenComment(language, 'older')}`)
  out.push(
    `- moved: ${movedComment(language)}`,
    `- duplicate: ${duplicateComment(language, 12)}`,
    `- label: ${labelDescription(language)}`,
    ''
  )
  out.push('# Warnings', '')
  for (const kind of ['locked', 'gone', 'moved', 'refused', 'other'] as const)
    out.push(`- ${failureNote(language, 7, kind === 'locked' ? 'comment' : 'close', kind, '422 Validation Failed')}`)
  out.push(`- ${failureNote(language, null, 'open', 'other', '500 Server Error')}`, `- ${issuesOffNote(language, 'learner/til')}`)
  for (const start of ['2027-03-02', '2026-04-01', '2025-03-02']) {
    const late = checkLog(log, checkOptions(resolveSettings({ 'start-date': start, today, timezone: 'Asia/Seoul' }), new Date()))
    out.push(`- ${late.warnings[0] ? messages(language).warning(late.warnings[0].doubt) : '(none)'}`)
  }
  for (const a of annotations(report, { path: 'README.md', fileAnnotations: true, limit: 2 })) out.push(`- ${a.level}: ${a.message}`)
  out.push(`- commit: ${summaryCommitMessage(language, ['week-01', 'week-02'], true)}`, '')
  const result: ReminderResult = {
    plan,
    opened: plan.create.map((c, i) => ({ number: i + 1, title: c.title })),
    reopened: [{ number: 9, title: 'Day1: …' }],
    updated: [],
    closed: [3],
    failures: [failureNote(language, 4, 'comment', 'locked', '')],
    issuesOff: false
  }
  const actions = botActions({ dryRun: false, reminders: result, summary: null, ownSummaryPush: false })
  out.push('# Job summary', '', renderJobSummary(report, actions, language))
  return out.join('\n')
}

describe('golden reminder texts', () => {
  it('Korean', () => expectGolden('reminders.ko.md', everything('ko', KO_LOG, '2026-03-12')))
  it('English', () => expectGolden('reminders.en.md', everything('en', EN_LOG, '2026-03-06')))
})

describe('job summary of a log labelled by dates, checked without a start date', () => {
  it.each([
    ['ko', '## 2024-03-04\n\n정렬을 복습했다.\n\n## 2024-03-08\n\n그래프를 공부했다.\n', '빠진 날은 확인하지 않았어요.'],
    ['en', '## 2024-03-04\n\nread about sorting\n\n## 2024-03-08\n\nread about graphs\n', 'Missing days were not checked']
  ] as const)('%s: says missing days were not checked', (language, log, words) => {
    const report = checkLog(log, { calendar: null, lastDue: null })
    const actions = botActions({ dryRun: true, reminders: null, summary: null, ownSummaryPush: false })
    const summary = renderJobSummary(report, actions, language)
    expect(summary).toContain(`> ${words}`)
    // A calendar checks them, and the line goes.
    const dated = checkLog(log, checkOptions(resolveSettings({ 'start-date': '2024-03-04', today: '2024-03-08' }), new Date()))
    expect(renderJobSummary(dated, actions, language)).not.toContain(words)
  })
})
