/**
 * Property: whatever markdown comes in, the check finishes and its report is
 * well formed: known finding types, and every line inside the document. Also:
 * the chunked parse (kept for speed: the line reader plus micromark in stretches)
 * gives what one whole parse gives.
 */
import fc from 'fast-check'
import { checkLog, parseLog } from '../helpers/with-micromark.js'
import type { FindingType, Report } from '../../src/review/types.js'
import { checkOptions, resolveSettings } from '../../src/settings.js'
import { messages } from '../../src/render/messages.js'

const FINDING_TYPES: ReadonlySet<FindingType> = new Set([
  'missing-day',
  'missing-week-review',
  'empty-day',
  'empty-section',
  'label-mismatch'
])
const ISO = /^\d{4}-\d{2}-\d{2}$/
const LABEL_DATE = /^(?:\d{4}-|--)\d{2}-\d{2}$/

const fragment = fc.constantFrom(
  '',
  '',
  '',
  '# 제목',
  '## Day 3',
  '### Day 12: 2026-10-07 (Wednesday)',
  '## 2026-03-02',
  '## 3월 13일 월요일',
  '## 37일차 (11월 1일)',
  '### R1D27-29 - 2018-10-11-13',
  '### 12/31 Day 4:',
  '### 1/1 Day 5:',
  'Days 67, 68, 69',
  '## Week 2',
  '#',
  '###',
  '####### 7',
  '<details>',
  '<details open>',
  '</details>',
  '<summary>Day2 Review</summary>',
  '<summary>WEEK1 Review</summary>',
  '<summary><b>WEEK1</b></summary>',
  '<summary>',
  '</summary>',
  '<font size="3"> <details><summary>2023.03</summary><blockquote> </font>',
  '<details><summary>03.09(목)</summary>',
  '<span style="font-size:150%">**완료한 사항**</span>',
  '<span style="font-size:150%">**완료하지 못한 사항**</span>',
  '**내일 목표**',
  '<span style="font-size:150%">🚩**DAY 1 소감**</span>',
  "**Today's Progress**:",
  '**Thoughts**',
  '**Note:** see below',
  '    🙂 할 일 끝냄',
  '    🙃 못 끝낸 일',
  '    💪 내일 할 일',
  '    🙂',
  '        ',
  '```',
  '```python',
  '~~~',
  '````',
  '# 코드 속 주석',
  '  ```',
  '- [ ] 열린 일',
  '- [x] 끝난 일',
  '- [X] 끝난 일',
  '  - [ ] 하위 일',
  '- 글머리',
  '  - 메모',
  '1. 번호',
  '- ~~취소~~',
  '* 다른 글머리',
  '<!--',
  '-->',
  '<!-- 주석 -->',
  '<!--- ## Day 9 --->',
  '<pre>',
  '</pre>',
  '| Task | completed |',
  '|---|---|',
  '| kata | nope |',
  '| [Day1](./d1.md) | 주제 |',
  '&nbsp;',
  '***',
  '---',
  '===',
  '> 인용',
  '[link](./x.md)',
  '![img](./y.png)',
  '[ref]: https://example.com',
  '[^1]: 각주',
  '[ref] 와 [^1]',
  '<U>밑줄</U>',
  '<br>',
  '\t탭',
  'plain text',
  '한글 문장입니다.'
)
const unicodeLine = fc.string({ unit: 'binary', maxLength: 20 })
const line = fc.oneof({ weight: 6, arbitrary: fragment }, { weight: 1, arbitrary: unicodeLine })
const markdown = fc
  .tuple(fc.array(line, { maxLength: 220 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
  .map(([rows, eol, bom]) => (bom ? '\uFEFF' : '') + rows.join(eol))

const calendarOptions = fc
  .record({
    start: fc.constantFrom('2026-09-21', '2026-03-02', '2018-09-15', '2022-12-18'),
    days: fc.integer({ min: 0, max: 120 }),
    holidays: fc.constantFrom('kr', 'none')
  })
  .map(({ start, days, holidays }) => {
    const [y, m, d] = start.split('-').map(Number) as [number, number, number]
    const today = new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
    return checkOptions(resolveSettings({ 'start-date': start, today, holidays, timezone: 'Asia/Seoul' }), new Date())
  })

function expectWellFormed(report: Report, text: string): void {
  const lineCount = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n').length
  const inside = (n: number): boolean => Number.isInteger(n) && n >= 1 && n <= lineCount
  for (const f of report.findings) {
    expect(FINDING_TYPES.has(f.type)).toBe(true)
    expect(f.line === null || inside(f.line)).toBe(true)
    expect(messages(report.language).finding(f).length).toBeGreaterThan(0)
    expect(f.entry.length).toBeGreaterThan(0)
    if (f.type === 'empty-section' || f.type === 'label-mismatch') expect(typeof f.section).toBe('string')
    for (const s of f.type === 'empty-day' ? f.sections : []) expect(inside(s.line)).toBe(true)
  }
  for (const e of report.entries) {
    expect(inside(e.line) && inside(e.endLine) && e.line <= e.endLine).toBe(true)
    for (const date of e.dates) expect(date).toMatch(LABEL_DATE)
    for (const s of e.sections) {
      expect(inside(s.line)).toBe(true)
      for (const item of s.items) expect(inside(item.line)).toBe(true)
    }
  }
  for (const c of report.carryOver) {
    expect(inside(c.line)).toBe(true)
    expect(Number.isInteger(c.age) && c.age >= 0).toBe(true)
  }
  for (const d of report.due) expect(d.line === null || inside(d.line)).toBe(true)
}

describe('property: any markdown gives a well-formed report', () => {
  it('without a calendar', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        expectWellFormed(checkLog(text, { calendar: null, lastDue: null }), text)
      }),
      { numRuns: 400 }
    )
  })

  it('with a calendar', () => {
    fc.assert(
      fc.property(markdown, calendarOptions, (text, options) => {
        const report = checkLog(text, options)
        expectWellFormed(report, text)
        // With the calendar in use, every missing day has its date; a start date after every entry is said once and the calendar left out.
        if (report.warnings.some((w) => w.calendarIgnored)) expect(report.warnings).toHaveLength(1)
        else for (const f of report.findings) if (f.type === 'missing-day') expect(f.date).toMatch(ISO)
      }),
      { numRuns: 300 }
    )
  })

  it('the chunked parse equals the whole-document parse', () => {
    // Long enough that the chunker cuts: it cuts only after 60 lines.
    const long = fc.array(line, { minLength: 120, maxLength: 400 }).map((rows) => rows.join('\n'))
    fc.assert(
      fc.property(long, (text) => {
        expect(parseLog(text)).toEqual(parseLog(text, { mode: 'whole' }))
      }),
      { numRuns: 300 }
    )
  })

  it("the chunked parse equals the whole-document parse on template-shaped logs (the line reader's ground)", () => {
    // The constructs src/log/fast-blocks.ts reads without micromark, at many indents, and some it must leave alone.
    const words = fc
      .array(
        fc.constantFrom(
          '이진 탐색',
          '정리',
          'Day 3',
          '2026-03-02',
          'a  b',
          '#',
          '-',
          '**굵게**',
          '`코드`',
          '&nbsp;',
          '~~취소~~',
          ':',
          '_',
          '[x]'
        ),
        { minLength: 1, maxLength: 3 }
      )
      .map((w) => w.join(' '))
    const indent = fc.constantFrom('', '', '', ' ', '  ', '    ', '      ')
    const shaped = fc.oneof(
      fc.constant(''),
      fc.constant(''),
      fc
        .tuple(fc.constantFrom('## Day ', '### Day ', '<summary>Day', '## 2026-03-0'), fc.integer({ min: 1, max: 9 }))
        .map(([h, n]) => (h.startsWith('<') ? `${h}${n} Review</summary>` : `${h}${n}`)),
      fc.tuple(fc.constantFrom('#', '##', '###'), words).map(([h, t]) => `${h} ${t}`),
      fc.tuple(indent, fc.constantFrom('- ', '* ', '- [ ] ', '- [x] ', '1. '), words).map(([i, m, t]) => `${i}${m}${t}`),
      fc.constantFrom('<details>', '</details>', '<summary>WEEK1 Review</summary>', '<div>', '<!--', '-->'),
      fc
        .constantFrom('완료한 사항', '완료하지 못한 사항', '내일 목표', '소감')
        .map((t) => `<span style="font-size:150%">**${t}**</span>  `),
      fc.constantFrom('**내일 목표**', '**Thoughts**', "**Today's Progress**: done"),
      fc.tuple(fc.constantFrom('🙂', '🙃', '💪'), words).map(([e, t]) => `    ${e} ${t}`),
      fc.constantFrom('```', '```python', '~~~', '#'),
      words
    )
    const long = fc.array(shaped, { minLength: 60, maxLength: 300 }).map((rows) => rows.join('\n'))
    fc.assert(
      fc.property(long, (text) => {
        expect(parseLog(text)).toEqual(parseLog(text, { mode: 'whole' }))
      }),
      { numRuns: 300 }
    )
  })
})
