/**
 * Days named as the learner's log names them: `3일차` in a Korean log of `N일차` days, `2주차` for its weeks,
 * `11월 21일` for a date with no year. Reminder keys and the JSON keep the identifiers (`Day3`, `--11-21`).
 */
import type { LabelForm } from '../../src/log/types.js'
import { reminderTopics } from '../../src/reminders/topics.js'
import { renderText } from '../../src/render/cli-text.js'
import { entryNames, namedFinding } from '../../src/render/entry-names.js'
import { closingComment, reopenComment } from '../../src/render/reminder-issue.js'
import { renderJobSummary } from '../../src/render/job-summary.js'
import { botActions } from '../../src/action/outcome.js'
import { reportJson } from '../../src/render/report-json.js'
import { checkLog } from '../../src/review/check.js'
import type { Finding } from '../../src/review/types.js'
import { checkOptions, resolveSettings } from '../../src/settings.js'

const form = (kind: LabelForm['kind'], shape: string, count: number): LabelForm => ({
  kind,
  position: 'h2',
  form: shape,
  count,
  example: { line: 1, text: shape }
})

describe('entryNames', () => {
  it('a Korean log of `N일차` days: days and ranges in its words', () => {
    const names = entryNames('ko', [form('day', 'N일차 · M월 D일', 12), form('day', 'Day N', 1)])
    expect(names.entry('Day3')).toBe('3일차')
    expect(names.entry('Day50-53')).toBe('50~53일차')
    // A label that is no counted day stays as written.
    expect(names.entry('1월 12일 TIL')).toBe('1월 12일 TIL')
    expect(names.entry('WEEK2')).toBe('WEEK2')
  })

  it('a title is said without the emoji before it, in any language', () => {
    expect(entryNames('ko', []).entry('📅 2025.03.04 (화)')).toBe('2025.03.04 (화)')
    expect(entryNames('en', []).entry('✏️ Day 3 - closures')).toBe('Day 3 - closures')
    expect(entryNames('en', []).entry('🚀')).toBe('🚀')
    expect(entryNames('en', []).entry('*2022.6.27*')).toBe('2022.6.27')
    expect(entryNames('en', []).entry('<b>2025.03.03</b><br>')).toBe('2025.03.03')
    expect(entryNames('ko', []).entry('**3월 5일** 정리')).toBe('**3월 5일** 정리')
  })

  it('the form the log uses most decides; `N일째` and `N주차` too', () => {
    expect(entryNames('ko', [form('day', 'Day N', 3), form('day', 'N일차', 9)]).entry('Day4')).toBe('4일차')
    expect(entryNames('ko', [form('day', 'Day N', 9), form('day', 'N일차', 3)]).entry('Day4')).toBe('Day4')
    expect(entryNames('ko', [form('day', '… N일째', 5)]).entry('Day4')).toBe('4일째')
    // A log dated in most labels and counted in some names its counted days as it counts them.
    expect(entryNames('ko', [form('day', 'YYYY-MM-DD', 20), form('day', 'N일차 · YYYY-MM-DD', 9)]).entry('Day4')).toBe('4일차')
    expect(entryNames('ko', [form('week', 'N주차', 2)]).entry('WEEK2')).toBe('2주차')
    expect(entryNames('ko', [form('week', 'Week N', 2)]).entry('WEEK2')).toBe('WEEK2')
  })

  it('an English report keeps `Day3`, whatever the forms', () => {
    expect(entryNames('en', [form('day', 'N일차', 9)]).entry('Day3')).toBe('Day3')
  })

  it('a date with no year is said in the report’s language; a full date stays as it is', () => {
    expect(entryNames('ko', []).date('--11-21')).toBe('11월 21일')
    expect(entryNames('en', []).date('--03-05')).toBe('Mar 5')
    expect(entryNames('ko', []).date('2026-03-05')).toBe('2026-03-05')
  })

  it('a finding copy: its entry, dates and the entry it is compared with; the original is left as it was', () => {
    const names = entryNames('ko', [form('day', 'N일차', 9)])
    const f: Finding = {
      type: 'label-mismatch',
      entry: 'Day51',
      number: 51,
      date: '--11-25',
      line: 85,
      section: '51일차 (11월 25일)',
      why: { kind: 'out-of-order', previous: 'Day50-53', previousDate: '--11-21' }
    }
    expect(namedFinding(f, names)).toMatchObject({
      entry: '51일차',
      date: '11월 25일',
      why: { previous: '50~53일차', previousDate: '11월 21일' }
    })
    expect(f.entry).toBe('Day51')
  })
})

/** Days 1, 2 and 4 of a log written `N일차 (M월 D일)`: day 3 (Wednesday 2026-03-04) is missing. */
const LOG = [
  '## 1일차 (3월 2일)',
  '',
  '### 오늘 한 일',
  '- 정렬 복습',
  '',
  '## 2일차 (3월 3일)',
  '',
  '### 오늘 한 일',
  '- 그래프 탐색',
  '',
  '## 4일차 (3월 5일)',
  '',
  '### 오늘 한 일',
  '',
  '### 느낀 점',
  '- 빈 섹션 위에 한 줄',
  ''
].join('\n')

function report() {
  const settings = resolveSettings({ 'start-date': '2026-03-02', timezone: 'Asia/Seoul', today: '2026-03-06' })
  return checkLog(LOG, checkOptions(settings, new Date('2026-03-06T00:00:00Z')))
}

describe('a Korean log of `N일차` days, end to end', () => {
  it('the report keeps `Day3` (JSON and keys); what the learner reads says `3일차`', () => {
    const checked = report()
    const missing = checked.findings.find((f) => f.type === 'missing-day')
    expect(missing).toMatchObject({ entry: 'Day3', date: '2026-03-04' })
    // The JSON keeps the identifier in `entry`; its message is the sentence the text says.
    expect(reportJson(checked).findings.find((f) => f.type === 'missing-day')).toMatchObject({
      entry: 'Day3',
      message: '3일차 (2026-03-04) 기록이 없어요.'
    })

    const text = renderText(checked, 'README.md')
    expect(text).toContain('3일차 (2026-03-04) 기록이 없어요.')
    expect(text).toContain('4일차의 "오늘 한 일" 섹션이 비어 있어요.')
    expect(text).not.toMatch(/Day\d/)

    const summary = renderJobSummary(checked, botActions({ dryRun: true, reminders: null, summary: null, ownSummaryPush: false }), 'ko')
    expect(summary).toContain('| 3일차 | 2026-03-04 |')
    expect(summary).not.toMatch(/Day\d/)
  })

  it('reminders: the key names `Day3`, the title and body `3일차`; comments name the day the same way', () => {
    const checked = report()
    const { topics } = reminderTopics(checked, { mode: 'per-day', language: 'ko', link: (n) => `#L${n}`, path: 'README.md', remindDays: 3 })
    const day3 = topics.find((t) => t.key === 'day:Day3')!
    expect(day3.title).toBe('3일차: 기록이 아직 없어요 (2026-03-04)')
    expect(day3.render(60000)).toContain('README에 3일차 항목을 추가해 주세요.')
    expect(day3.render(60000)).not.toMatch(/Day\d/)
    const names = entryNames('ko', checked.reading.forms)
    expect(closingComment('ko', 'day:Day3', ['missing-day'], names)).toMatch(/^3일차 기록을 확인했어요\. /)
    expect(reopenComment('ko', 'day:Day4', names)).toMatch(/^4일차에 아직 손볼 곳이 남아 있어서/)
  })
})
