/**
 * Where a day label can stand, and the log's own template: the label shape that
 * repeats is the day marker; dates elsewhere (a table of contents, a progress
 * heading in another shape, prose, code, a changelog) are not days. And the escape
 * hatch: an entry pattern that alone decides.
 */
import { explainLines } from '../../src/render/explain.js'
import { parseLog } from '../../src/log/parse.js'
import { checkLog } from '../../src/review/check.js'
import { messages } from '../../src/render/messages.js'
import type { Entry } from '../../src/log/types.js'

const days = (text: string, options = {}): Entry[] => parseLog(text, options).entries.filter((e) => e.kind === 'day')
const labels = (text: string, options = {}): Array<[number | null, string | null, number]> =>
  days(text, options).map((e) => [e.number, e.date, e.line])

/** Three days in the given shape, each with a line of content. */
function threeDays(label: (n: number, date: string) => string): string {
  return [1, 2, 3].map((n) => `${label(n, `2024-03-0${n + 3}`)}\n\nlearned thing ${n}\n`).join('\n')
}

describe('where a label can stand', () => {
  it.each([1, 2, 3, 4, 5, 6])('an ATX heading of level %i', (level) => {
    const text = threeDays((n, d) => `${'#'.repeat(level)} Day ${n} (${d})`)
    expect(labels(text)).toEqual([
      [1, '2024-03-04', 1],
      [2, '2024-03-05', 5],
      [3, '2024-03-06', 9]
    ])
  })

  it('a log kept whole inside one bullet (`- # Journal`, every line indented under it): each day’s writing is its', () => {
    const text =
      '- # Journal\n  intro\n\n  ### 2024.6.26\n\n  **1. review**\n\n  some writing\n\n  ### 2024.6.27\n\n  more writing\n\n  ### 2024.6.28\n'
    expect(days(text).map((e) => [e.date, e.hasContent])).toEqual([
      ['2024-06-26', true],
      ['2024-06-27', true],
      ['2024-06-28', false]
    ])
  })

  it('a paragraph opening with a bold date is that day; long words after the date are its writing, not its title', () => {
    const long = 'Three build fixes. The tooltip was frozen on loading, so the helper was reordered and its catch now logs.'
    const text = [7, 8, 9].map((d) => `**July ${d}, 2026** (mo) ${long}\n`).join('\n')
    const found = days(text)
    expect(found.map((e) => [e.date, e.title, e.hasContent])).toEqual([
      ['2026-07-07', 'July 7, 2026', true],
      ['2026-07-08', 'July 8, 2026', true],
      ['2026-07-09', 'July 9, 2026', true]
    ])
    // How it was read quotes a line no longer than a line.
    const example = parseLog(text).reading.forms[0]!.example.text
    expect(Array.from(example)).toHaveLength(80)
    expect(example.endsWith('…')).toBe(true)
  })

  it('a paragraph opening with a day set off in code and a colon (`` `DAY-3` : Today I … ``) is that day, as a bold one is', () => {
    const day = (n: number) =>
      `\`DAY-${n}\` : Today I read chapter ${n} of the book_on_trading and ran its notebook.\n\n> * Link #${n}: https://example.com/${n}\n`
    const summary =
      '| From | To | Topic |\n|---|---|---|\n| Day 1 | Day 3 | Finance |\n| Day 4 | Day 6 | NLP |\n| Day 7 | Day 8 | Scraping |\n'
    const sixteen = Array.from({ length: 16 }, (_, i) => i + 1)
    const text = `# 66 days\n\n${summary}\n${sixteen.map(day).join('\n')}`
    // The summary table's rows are no days beside many more lines of days.
    expect(days(text).map((e) => [e.number, e.title])).toEqual(sixteen.map((n) => [n, `DAY-${n}`]))
    // Code that names no day is no label; with no colon after it, a line of words among the log's days is prose.
    expect(days('`git rebase` : rewrites history\n\n`npm ci` : installs\n\n`ls` : lists\n')).toEqual([])
    const among = `## Day 1\n\n- x\n\n## Day 2\n\n\`Day 1\` was spent reading.\n\n\`Day 2\` was spent coding.\n`
    expect(days(among).map((e) => [e.number, e.line])).toEqual([
      [1, 1],
      [2, 5]
    ])
  })

  it('an ATX heading indented up to three spaces (four is code)', () => {
    expect(labels(threeDays((n) => `   ## Day ${n}`)).map((l) => l[0])).toEqual([1, 2, 3])
    expect(days(threeDays((n) => `    ## Day ${n}`))).toHaveLength(0)
  })

  it('a heading inside a list item, the list split where it stands', () => {
    const text = '## 2025-10-02 (Day 1)\n- **Topics:** setup\n- [ ] git\n\n\n  ## 2025-10-03 (Day 2)\n- [x] lists\n'
    const found = days(text)
    expect(found.map((e) => [e.number, e.date, e.line])).toEqual([
      [1, '2025-10-02', 1],
      [2, '2025-10-03', 6]
    ])
    expect(found[1]!.sections.flatMap((s) => s.items.map((i) => i.text))).toEqual(['lists'])
  })

  it('a setext heading, underlined with = or -', () => {
    const text = 'Day 1\n=====\n\nfirst\n\nDay 2\n-----\n\nsecond\n'
    expect(labels(text)).toEqual([
      [1, null, 1],
      [2, null, 6]
    ])
  })

  it('a <summary>, and a heading repeating it, is one entry', () => {
    const text = [1, 2]
      .map((n) => `<details>\n<summary> Day ${n} - 0${n}/12/25 </summary>\n\n## Day ${n} - 0${n}/12/25\n\ntext\n\n</details>\n`)
      .join('\n')
    expect(labels(text).map((l) => l[0])).toEqual([1, 2])
  })

  it('a raw HTML heading with attributes and stray spaces', () => {
    const text = threeDays((n, d) => `<h3 align="center" >  ${d} </h3 >`)
    expect(labels(text).map((l) => l[1])).toEqual(['2024-03-04', '2024-03-05', '2024-03-06'])
    // --explain names them as written: `<h3> headings`, not `### headings`.
    const [form] = parseLog(text).reading.forms
    expect(form).toMatchObject({ position: 'h3', html: true })
    expect(explainLines(parseLog(text).reading, 'log.md')[2]).toContain('from <h3> headings shaped')
    expect(parseLog(threeDays((n, d) => `### ${d}`)).reading.forms[0]!.html).toBeUndefined()
  })

  it('a paragraph that is only bold, repeated', () => {
    const text = threeDays((n) => `**Day ${n} – Nov ${17 + n}, 2017**`)
    expect(labels(text)).toEqual([
      [1, '2017-11-18', 1],
      [2, '2017-11-19', 5],
      [3, '2017-11-20', 9]
    ])
    expect(days(text).every((e) => e.hasContent)).toBe(true)
  })

  it('bold day words with the date after them, on the same line', () => {
    const text = threeDays((n, d) => `**Day ${n}** - ${d.replace(/-/g, '/')}`)
    expect(labels(text)).toEqual([
      [1, '2024-03-04', 1],
      [2, '2024-03-05', 5],
      [3, '2024-03-06', 9]
    ])
    // The date is the label's, not writing: a day with nothing under it is empty.
    const bare = days('**Day 1** - 2024/03/04\n\nlearned\n\n**Day 2** - 2024/03/05\n\n**Day 3** - 2024/03/06\n\nmore\n')
    expect(bare.map((e) => e.hasContent)).toEqual([true, false, true])
  })

  it('bold day words with a topic after them: the topic is writing', () => {
    const entries = days('**Day 1:** Arrays\n\n**Day 2:** Sorting\n\n**Day 3:** Graphs\n')
    expect(entries.map((e) => [e.number, e.hasContent])).toEqual([
      [1, true],
      [2, true],
      [3, true]
    ])
  })

  it('a word naming the log before the date (`TIL`, `학습 일지`), repeated', () => {
    expect(labels(threeDays((_, d) => `## TIL ${d}`)).map(([, date]) => date)).toEqual(['2024-03-04', '2024-03-05', '2024-03-06'])
    expect(labels(threeDays((n) => `### 📚 학습 일지 3월 ${n + 3}일`)).map(([, date]) => date)).toEqual(['--03-04', '--03-05', '--03-06'])
  })

  it('bullets that open with a date, three or more, in a log with no day headings: one day each', () => {
    const text = [
      '# 진행 현황',
      '',
      '<details>',
      '<summary>2024.03</summary>',
      '',
      '- **03.04** 백준 & 정렬',
      '- **03.05** BFS',
      '  - 큐로 다시 풀기',
      '- **03.07**',
      '',
      '</details>'
    ].join('\n')
    expect(labels(text)).toEqual([
      [null, '2024-03-04', 6],
      [null, '2024-03-05', 7],
      [null, '2024-03-07', 9]
    ])
    // A day is its words after the date, or what is nested under it; the bullet alone is an empty day.
    expect(days(text).map((d) => d.hasContent)).toEqual([true, true, false])
    expect(parseLog(text).reading.forms[0]).toMatchObject({ position: 'item', form: 'MM.DD', count: 3 })
    expect(parseLog('- 2024-03-04: 정렬\n- 2024-03-05: BFS\n- 2024-03-06: DFS\n').entries).toHaveLength(3)
  })

  it('dated bullets are no days where headings are, where there are two, or where they are checkboxes', () => {
    const underHeadings = '## 2024-03-04\n\n### 배운 것\n\n- 2024-03-01 회의록 정리\n- 2024-03-02 배포\n- 2024-03-03 리뷰\n'
    expect(labels(underHeadings)).toEqual([[null, '2024-03-04', 1]])
    // The bullets stay the section's writing.
    expect(days(underHeadings)[0]!.sections[0]).toMatchObject({ role: 'learned', empty: false })
    expect(parseLog('# 마감\n\n- 3/5 과제 제출\n- 3/7 발표\n').entries).toEqual([])
    expect(parseLog('- [ ] 2024-03-04 제출\n- [ ] 2024-03-05 발표\n- [x] 2024-03-06 리뷰\n').entries).toEqual([])
  })

  it('weeks headed with their dates (`## 1주차 (3/3 ~ 3/7)`) wrap the days under them; none is a day', () => {
    const week = (n: number, from: number) =>
      `## ${n}주차 (3/${from} ~ 3/${from + 4})\n\n### 3/${from} (월)\n\n정렬\n\n### 3/${from + 2} (수)\n\n탐색\n`
    const text = `${week(1, 3)}\n${week(2, 10)}`
    expect(labels(text).map((l) => [l[1], l[2]])).toEqual([
      ['--03-03', 3],
      ['--03-05', 7],
      ['--03-10', 13],
      ['--03-12', 17]
    ])
    // Within a stretch, only a day named after it is a day: `Sprint 1 - Day 2 (2025-03-04)`.
    expect(labels('## Sprint 1 - Day 2 (2025-03-04)\n\nx\n').map((l) => l[1])).toEqual(['2025-03-04'])
  })

  it('a heading naming a part’s days (`## Day 1-12 (Python)`) over deeper headings of those days wraps them; none is a day', () => {
    const part = (from: number, to: number, topic: string) =>
      `## Day ${from}-${to} (${topic})\n\nWhat the part is about.\n\n### Day ${from}:\n\n- notes\n\n### Day ${from + 1}:\n\n- more\n`
    const text = `${part(1, 12, 'Python')}\n${part(13, 20, 'SQL')}`
    expect(days(text).map((e) => [e.numbers, e.line])).toEqual([
      [[1], 5],
      [[2], 9],
      [[13], 17],
      [[14], 21]
    ])
    // A range over days of its own level, or over deeper days it does not name, is a day as before.
    expect(days('## Day 1-12 (Python)\n\nx\n\n## Day 13\n\ny\n').map((e) => e.numbers.length)).toEqual([12, 1])
    expect(days('## 2024-03-04 ~ 2024-03-08\n\nx\n\n### 2024-03-11\n\ny\n').map((e) => e.dates.length)).toEqual([5, 1])
    // Dates too: `## 2024-03-04 ~ 2024-03-08` over `### 2024-03-04`.
    expect(days('## 2024-03-04 ~ 2024-03-08\n\n### 2024-03-04\n\nx\n\n### 2024-03-05\n\ny\n').map((e) => e.date)).toEqual([
      '2024-03-04',
      '2024-03-05'
    ])
  })

  it('a deeper heading naming the next day with a plan’s word (`### Day1计划`) is the open day’s plan for tomorrow', () => {
    // Every day holds its progress and the next day's plan, each named by its day: more of them than days.
    const day = (n: number) =>
      `## Day ${n} 2020-07-0${n + 3}\n\n### Day${n}进度\n\n- 读完第${n + 1}章\n\n### Day${n + 1}计划\n\n- 做实验${n + 1}\n`
    const entries = days([0, 1, 2, 3].map(day).join('\n'))
    expect(entries.map((e) => [e.number, e.date])).toEqual([
      [0, '2020-07-03'],
      [1, '2020-07-04'],
      [2, '2020-07-05'],
      [3, '2020-07-06']
    ])
    expect(entries[0]!.sections.map((s) => [s.role, s.title, s.forTomorrow ?? false])).toEqual([
      ['done', 'Day0进度', false],
      ['goals', 'Day1计划', true]
    ])
    // Where some of those headings name no section (`### Day0 疑惑`), the shape is read as days; a plan is still none.
    const mixed = [0, 1, 2, 3, 4, 5, 6, 7]
      .map(
        (n) =>
          `## Day ${n} 2020-07-${n + 3}\n\n- 读书\n` +
          (n === 0 ? '\n### Day0 疑惑\n\n- 为什么\n' : '') +
          (n < 4 ? `\n### Day${n + 1}计划\n\n- 做实验\n` : '')
      )
      .join('\n')
    const read = days(mixed)
    expect(read.map((e) => e.number)).toEqual([0, 1, 2, 3, 4, 5, 6, 7])
    expect(read[0]!.sections.filter((s) => s.role === 'goals').map((s) => [s.title, s.forTomorrow])).toEqual([['Day1计划', true]])
    expect(checkLog(mixed, { calendar: null, lastDue: null }).findings.filter((f) => f.type === 'label-mismatch')).toEqual([])
  })

  it('a day headed with a numeric range (`### 3/6 (목) ~ 3/7 (금)`) is every day of it, in the order the log reads dates', () => {
    const text = '## 3/3 ~ 3/4\n\n정렬\n\n## 3/5\n\n큐\n\n## 3/6 (목) ~ 3/7 (금)\n\n스택\n\n## 10/3\n\n해시\n'
    expect(days(text).map((e) => e.dates)).toEqual([['--03-03', '--03-04'], ['--03-05'], ['--03-06', '--03-07'], ['--10-03']])
    // Day first: `28/2 ~ 2/3` runs over the month's end; the log's `13/3` says the order.
    const dayFirst = '## 28/2 ~ 2/3\n\nx\n\n## 13/3\n\ny\n'
    expect(days(dayFirst, { startDate: '2025-02-28' }).map((e) => e.dates)).toEqual([
      ['2025-02-28', '2025-03-01', '2025-03-02'],
      ['2025-03-13']
    ])
    // A range that runs backwards, or over a month, is its first day.
    expect(days('## 3/7 ~ 3/3\n\nx\n\n## 3/8\n\ny\n').map((e) => e.dates)).toEqual([['--03-07'], ['--03-08']])
  })

  it('`## 24-03-05` days are read year first where that puts them a day apart, and `## 03-05-24` month first', () => {
    const korean = '## 24-03-05\n\nx\n\n## 24-03-06\n\ny\n\n## 24-03-08\n\nz\n'
    expect(days(korean).map((e) => e.date)).toEqual(['2024-03-05', '2024-03-06', '2024-03-08'])
    const american = '## 03-05-24\n\nx\n\n## 03-06-24\n\ny\n\n## 03-08-24\n\nz\n'
    expect(days(american).map((e) => e.date)).toEqual(['2024-03-05', '2024-03-06', '2024-03-08'])
  })

  it('weeks headed with dotted dates (`## WEEK 2 (03.10 ~ 03.14)`) wrap their days, and their reviews are week reviews', () => {
    const week = (n: number, from: number) =>
      `## WEEK ${n} (03.${from} ~ 03.${from + 4})\n\n### 03.${from} (월)\n\n정렬\n\n### 03.${from + 1} (화)\n\n탐색\n\n` +
      `### ${n}주차 회고 (03.${from} ~ 03.${from + 4})\n\n느낀 점\n`
    const text = `${week(1, 10)}\n${week(2, 17)}`
    expect(parseLog(text).entries.map((e) => [e.kind, e.number, e.date])).toEqual([
      ['day', null, '--03-10'],
      ['day', null, '--03-11'],
      ['week', 1, null],
      ['day', null, '--03-17'],
      ['day', null, '--03-18'],
      ['week', 2, null]
    ])
  })

  it('bold words in an HTML block: `<p align="center"><b>Day 1</b></p>`, `<strong>2025-03-03</strong>:` open a day', () => {
    const centered = [1, 2, 4].map((n) => `<p align="center"><b>Day ${n}</b></p>\n\nlearned ${n}\n`).join('\n')
    expect(labels(centered)).toEqual([
      [1, null, 1],
      [2, null, 5],
      [4, null, 9]
    ])
    expect(parseLog(centered).reading.forms[0]).toMatchObject({ position: 'bold', form: 'Day N' })
    const strong = '<div>\n<strong>2025-03-03</strong>: 정렬\n</div>\n\n<div>\n<strong>2025-03-04</strong>: 탐색\n</div>\n'
    expect(labels(strong).map((l) => l[1])).toEqual(['2025-03-03', '2025-03-04'])
    // Words before the bold part: writing, not a label.
    expect(labels('<p>Read <b>Day 1</b> notes</p>\n\n<p>Read <b>Day 2</b> notes</p>\n')).toEqual([])
  })

  it('a bold word that says a date follows, then the date: `**Date:** 2025-03-03`, `**날짜**: 3월 4일`', () => {
    const english = '**Date:** 2025-03-03\n**Learned:** closures\n\n---\n\n**Date:** 2025-03-04\n**Learned:** promises\n'
    expect(labels(english)).toEqual([
      [null, '2025-03-03', 1],
      [null, '2025-03-04', 6]
    ])
    expect(days(english).map((d) => d.hasContent)).toEqual([true, true])
    const korean = '**날짜**: 2025년 3월 4일\n\n오늘은 정렬\n\n**날짜**: 2025년 3월 5일\n\n오늘은 탐색\n'
    expect(labels(korean).map((l) => l[1])).toEqual(['2025-03-04', '2025-03-05'])
    // Other bold words before a date are no day: `**Deadline:** 2025-03-05` is writing.
    expect(labels('## Day 1\n\n**Deadline:** 2025-03-05\n\n**Deadline:** 2025-03-06\n').map((l) => l[0])).toEqual([1])
  })

  it('a checklist of counted days: a ticked box is a day, one not ticked is a day not done yet, and no task', () => {
    const text = '# 100 Days of Code\n\n- [x] Day 1: HTML\n- [x] Day 2: CSS\n- [ ] Day 3: flexbox\n- [x] Day 4: grid\n- [ ] Day 5:\n'
    expect(labels(text)).toEqual([
      [1, null, 3],
      [2, null, 4],
      [4, null, 6]
    ])
    const report = checkLog(text, { calendar: null, lastDue: null })
    // Day 3, not ticked between days that are, is missing; Day 5, after the last one ticked, is not due by the count.
    expect(report.findings.map((f) => [f.type, f.entry])).toEqual([['missing-day', 'Day3']])
    expect(report.carryOver).toEqual([])
    expect(parseLog(text).reading.forms[0]).toMatchObject({ position: 'item', form: 'Day N', count: 3 })
  })

  it('a checklist ticking off dates alone, the writing under each: days with that writing; a dated deadline stays a task', () => {
    const text = [
      '### Week 1',
      '- [x] 1월 13일 월요일',
      '  * 버블 정렬 구현',
      '- [x] 1월 14일 화요일',
      '  * 연습 문제 풀이',
      '- [x] 1월 15일 수요일',
      '- [ ] 1월 17일 제출'
    ].join('\n')
    const entries = days(text)
    expect(entries.map((e) => [e.date, e.line, e.hasContent])).toEqual([
      ['--01-13', 2, true],
      ['--01-14', 4, true],
      ['--01-15', 6, false]
    ])
    // The notes under a box are no tasks; the box with a date and words is one, in the day it stands in.
    expect(entries.flatMap((e) => e.sections.flatMap((s) => s.items.map((i) => [i.text, i.done])))).toEqual([['1월 17일 제출', false]])
  })

  it('a box that counts a day inside a day written under a heading stays a task', () => {
    const text = '## Day 1\n\n### 내일 할 일\n\n- [ ] Day 2 과제 제출\n- [x] Day 1 강의 듣기\n\n## Day 2\n\n- 과제 제출함\n'
    expect(labels(text)).toEqual([
      [1, null, 1],
      [2, null, 8]
    ])
    expect(days(text)[0]!.sections[0]!.items.map((i) => [i.text, i.done])).toEqual([
      ['Day 2 과제 제출', false],
      ['Day 1 강의 듣기', true]
    ])
  })

  it('a line that is only a date, with or without a colon, repeated', () => {
    const text = 'September 3, 2020:\nworked on the parser\n\nSeptember 4, 2020\n- [x] tests\n\nSeptember 5, 2020:\n\nrested\n'
    expect(labels(text).map((l) => l[1])).toEqual(['2020-09-03', '2020-09-04', '2020-09-05'])
    // Each holds what follows it: nothing is an empty day.
    expect(checkLog(text, { calendar: null, lastDue: null }).findings).toEqual([])
    const bracketed = '# TIL\n\n[2022/07/18]  \n[Python 1](p1.md)  \n[Python 2](p2.md)\n\n[2022/07/19]  \n[Array](a.md)\n'
    expect(labels(bracketed)).toEqual([
      [null, '2022-07-18', 3],
      [null, '2022-07-19', 7]
    ])
  })

  it('a line that is only a day number in angle brackets (`< Day 3 >`), repeated, is a day', () => {
    const text = '# 개발 일지\n\n< notion >\n링크\n\n< Day1 >\n- 로그인\n\n< Day 2 >\n- 회원가입\n\n< Day 3 > (수)\n- 배포\n'
    expect(labels(text)).toEqual([
      [1, null, 6],
      [2, null, 9],
      [3, null, 12]
    ])
  })

  it('a date heading right under an undated day heading dates that day, and is no day of its own', () => {
    const day = (n: number) => `### Day ${n}: Topic ${n}\n#### June ${n + 3}, 2018\n\n**Focus**: practice ${n}\n`
    const text = `# 100 Days Of Game Dev\n\n${[1, 2, 3].map(day).join('\n')}`
    expect(labels(text)).toEqual([
      [1, '2018-06-04', 3],
      [2, '2018-06-05', 8],
      [3, '2018-06-06', 13]
    ])
    expect(checkLog(text, { calendar: null, lastDue: null }).findings).toEqual([])
  })

  it('a table of contents linking to the log’s own anchors (`[Day 1](#day-1)`) holds no days kept elsewhere', () => {
    const toc = '| Day | Focus |\n|---|---|\n| [Day 1](#day-1) | pooling |\n| [Day 2](#day-2) | ships |\n| [Day 3](#day-3) | wrap |\n'
    const days = [1, 2, 3].map((n) => `<a name="day-${n}"></a>\n### Day ${n}\n\nbuilt thing ${n}\n`).join('\n')
    const read = parseLog(`# Log\n\n${toc}\n${days}`)
    expect(read.entries.map((e) => [e.number, e.external])).toEqual([
      [1, false],
      [2, false],
      [3, false]
    ])
    expect(read.reading.indexRows).toBe(0)
  })

  it('table rows dated `07-15` (a month and day with a dash, alone in the cell) are days', () => {
    const table = (dates: string[]) => `| 날짜 | 배운 내용 |\n| :---: | :--- |\n${dates.map((d) => `| ${d} | 파이썬 |`).join('\n')}\n`
    const text = `## SSAFY 수업\n\n### ◆ Python\n\n${table(['07-15', '07-19', '07-21'])}\n### ◆ Web\n\n${table(['08-02', '08-04'])}`
    expect(days(text).map((e) => e.date)).toEqual(['--07-15', '--07-19', '--07-21', '--08-02', '--08-04'])
  })

  it('bold and date-line days end at the next heading of the level they stand under', () => {
    const text =
      '# Log\n\n## Week 1\n\n**Day 1 – Feb 18**\n- a\n\n### Notes\nmore\n\n**Day 2 – Feb 19**\n- b\n\n## Week 1 recap: many words\n\ndone\n'
    const found = days(text)
    expect(found.map((e) => [e.number, e.line, e.endLine])).toEqual([
      [1, 5, 9],
      [2, 11, 12]
    ])
  })
})

describe('the template: a date after the topic', () => {
  it('days dated after their topic are one template with days dated before it, whatever the heading level of the first', () => {
    const text = [
      '### Day 0 - 2025-09-14',
      'setup',
      '## Day 1: Weather app (2025-09-15)',
      'fetch',
      '## Day 2 - Todo board (2025/09/16)',
      'state',
      '## Day 3: Deploy – 2025-09-17',
      'ship',
      '## Day 4',
      'rest'
    ].join('\n\n')
    expect(days(text).map((e) => [e.number, e.date])).toEqual([
      [0, '2025-09-14'],
      [1, '2025-09-15'],
      [2, '2025-09-16'],
      [3, '2025-09-17'],
      [4, null]
    ])
  })
})

describe('the template: a date on the line under the day heading', () => {
  it('dates the day, is no writing of it, and is not reported as skipped', () => {
    const text = '## Day 1\n*2024-03-11*\n\n## Day 2\n_March 12, 2024_\n\n- did\n\n## Day 3\n2024-03-13\nwrote notes\n'
    const log = parseLog(text)
    expect(log.entries.map((e) => [e.number, e.date, e.hasContent])).toEqual([
      [1, '2024-03-11', false],
      [2, '2024-03-12', true],
      [3, '2024-03-13', true]
    ])
    expect(log.reading.skipped).toEqual([])
  })

  it('a heading with its own date keeps it; the date line under it is skipped as before', () => {
    const text = '## Day 1 (2024-03-11)\n*2024-03-20*\n\nread\n\n## Day 2 (2024-03-12)\n\nwrote\n'
    const log = parseLog(text)
    expect(log.entries.map((e) => e.date)).toEqual(['2024-03-11', '2024-03-12'])
    expect(log.reading.skipped).toEqual([expect.objectContaining({ line: 2, reason: 'headings' })])
  })
})

describe('the template: a day heading inside a day', () => {
  it('naming that day or an earlier one, speaks of it: a section, not a day', () => {
    const text = [
      '## Day 1 (2025-03-03)',
      '### Done',
      '- arrays',
      '## Day 2 (2025-03-04)',
      '### Done',
      '- functions',
      '### Day 1 compared',
      '- faster',
      '### Day 2 highlights',
      '- tests pass',
      '## Day 3 (2025-03-05)',
      '#### Day 1で学んだ概念の復習',
      '- arrays again'
    ].join('\n')
    const log = parseLog(text)
    expect(days(text).map((e) => e.number)).toEqual([1, 2, 3])
    expect(log.reading.skipped.map((s) => [s.line, s.reason])).toEqual([
      [7, 'nested'],
      [9, 'nested']
    ])
    // Named as a section (学んだ, learned): Day 3's section, not a skipped label.
    expect(log.entries[2]!.sections.map((s) => s.role)).toEqual(['learned'])
    // Run into its words, the day's number is what the section is about, not a copied label: no mismatch.
    expect(checkLog(text, { calendar: null, lastDue: null }).findings).toEqual([])
  })

  it('at the day’s own level in another shape, right after it and naming it again, is a heading of its writing', () => {
    const day = (n: number) => [`### ${n}日目: 2022年11月2${n}日`, '**思ったこと**', `### Day00${n}`, `- 変数 ${n}`]
    const text = [...day(1), ...day(2), '### 3日目: 2022年11月23日', '- 型', '### Day004', '- 関数'].join('\n\n')
    const log = parseLog(text)
    // `Day004` names a day of its own: a day, though in another shape.
    expect(days(text).map((e) => e.number)).toEqual([1, 2, 3, 4])
    expect(log.reading.skipped.map((s) => [s.line, s.reason])).toEqual([
      [5, 'nested'],
      [13, 'nested']
    ])
    // What follows the echoed heading is the day's writing: its section is not empty.
    expect(log.entries[0]!.sections.map((s) => [s.title, s.empty])).toEqual([['思ったこと', false]])
  })

  it('naming a later day, is a day whose heading level was mistyped', () => {
    const text = ['## Day 1', 'a', '## Day 2', 'b', '### Day 3', 'c', '## Day 4', 'd'].join('\n\n')
    expect(days(text).map((e) => e.number)).toEqual([1, 2, 3, 4])
  })
})

describe('the template: a log that changes the shape of its day labels', () => {
  // Newest first: `## Day N` over `### R1DN date` down to day 3, then only `### R1DN date`.
  const text = [
    '## Day 5',
    '### R1D5 2/22/19',
    '- e',
    '## Day 4',
    '### R1D4 2/21/19',
    '- d',
    '## Day 3',
    '### R1D3 2/20/19',
    '- c',
    '### R1D2 2/19/19',
    '- b',
    '### R1D1 2/18/19',
    '- a'
  ].join('\n\n')

  it('the date line naming the day it stands under dates that day', () => {
    expect(labels(text).slice(0, 3)).toEqual([
      [5, '2019-02-22', 1],
      [4, '2019-02-21', 7],
      [3, '2019-02-20', 13]
    ])
  })

  it('labels in the other shape naming days the first shape never names are days, not writing of the last', () => {
    expect(labels(text).slice(3)).toEqual([
      [2, '2019-02-19', 19],
      [1, '2019-02-18', 23]
    ])
    expect(parseLog(text).reading.skipped).toEqual([])
  })
})

describe('the template: days that head their writing above their own level', () => {
  const log = [
    '# Study notes',
    '#### Day 1 (2025-03-03)',
    '## Setting up',
    'installed node',
    '### Day 2 (2025-03-04)',
    '## Props',
    '- passing data down',
    '## State',
    'useState',
    '#### Day 3 (2025-03-05)',
    '#### Day 4 (2025-03-06)',
    'read the docs'
  ]

  it('where two days or more do, the higher heading under a day starts its writing, up to the next day', () => {
    const entries = parseLog(log.join('\n')).entries
    expect(entries.map((e) => [e.number, e.line, e.endLine, e.hasContent])).toEqual([
      [1, 2, 4, true],
      [2, 5, 9, true],
      [3, 10, 10, false],
      [4, 11, 12, true]
    ])
  })

  it('past the line that dates the day; a higher heading there about the day is its writing, not a day again', () => {
    const text = [
      '### Day 1',
      '**Round 2 Day 1, March 3rd, 2025**',
      '## Contents 1',
      '- [Notes](#notes-1)',
      '### Notes 1',
      'read',
      '### Day 2',
      '**Round 2 Day 2, March 4th, 2025**',
      '## Contents 2',
      '- [Ramblings](#day-2-ramblings)',
      '## Day 2 ramblings',
      'wrote',
      '### Day 3',
      '**Round 2 Day 3, March 5th, 2025**',
      'done'
    ].join('\n')
    expect(parseLog(text).entries.map((e) => [e.number, e.date, e.line, e.endLine, e.hasContent])).toEqual([
      [1, '2025-03-03', 1, 6, true],
      [2, '2025-03-04', 7, 12, true],
      [3, '2025-03-05', 13, 15, true]
    ])
  })

  it('a heading higher than that writing ends the day; so does any heading, where only one day does so', () => {
    const appendix = [...log, '# Links', 'elsewhere']
    expect(parseLog(appendix.join('\n')).entries.map((e) => e.endLine)).toEqual([4, 9, 10, 12])
    const once = ['#### Day 1 (2025-03-03)', '## Setting up', 'installed node', '#### Day 2 (2025-03-04)', 'read'].join('\n')
    expect(parseLog(once).entries.map((e) => [e.number, e.endLine, e.hasContent])).toEqual([
      [1, 1, false],
      [2, 5, true]
    ])
  })
})

describe('day headings a code fence swallowed', () => {
  const day = (n: number) => `## ${n}일차\n\n- 공부\n`
  it('are said, with where they start: GitHub shows them as code, and they were not read', () => {
    const text = [day(1), day(2), '````java', 'int x = 1;', '```', day(3), day(4)].join('\n')
    const log = parseLog(text)
    expect(log.entries.map((e) => e.number)).toEqual([1, 2])
    expect(log.notes).toEqual([{ kind: 'hidden-days', days: 2, line: 12, inside: 'code' }])
    const report = checkLog(text, { calendar: null, lastDue: null })
    expect(report.notes.map((n) => messages('ko').note(n))).toContain(
      '12번째 줄부터 일일 기록 제목 2개가 코드 블록 안에 있어요(닫지 않은 ```가 있나요?). GitHub에서도 코드로 보이고, 기록으로 읽지 않았어요.'
    )
  })

  it('so do headings right under an HTML line, and the note says that is what holds them', () => {
    // `- a` then `<br>` would be one paragraph: the HTML line starts a block after a blank line.
    const text = ['## 2024-03-01', '- a', '', '<br>', '## 2024-03-02', '- b', '', '<br>', '## 2024-03-03', '- c'].join('\n')
    const log = parseLog(text)
    expect(log.entries.map((e) => e.date)).toEqual(['2024-03-01'])
    expect(log.notes).toEqual([{ kind: 'hidden-days', days: 2, line: 5, inside: 'html' }])
    const report = checkLog(text, { calendar: null, lastDue: null })
    expect(report.notes.map((n) => messages('en').note(n))).toContain(
      '2 day headings from line 5 on are inside an HTML block (an HTML line such as `<br>` right above, with no blank line between): GitHub shows them as plain text, and they were not read.'
    )
    expect(report.notes.map((n) => messages('ko').note(n))).toContain(
      '5번째 줄부터 일일 기록 제목 2개가 HTML 블록 안에 있어요(바로 위에 `<br>` 같은 HTML 줄이 빈 줄 없이 붙어 있나요?). GitHub에서도 제목이 아닌 글자로 보이고, 기록으로 읽지 않았어요.'
    )
  })

  it('in code blocks closed further down (quoted on purpose), the note says so without asking about an open fence', () => {
    const quoted = [day(1), day(2), '````markdown', day(3), '````', '', '````markdown', day(4), '````'].join('\n')
    const log = parseLog(quoted)
    expect(log.notes).toEqual([{ kind: 'hidden-days', days: 2, line: 10, inside: 'code', closed: true }])
    const report = checkLog(quoted, { calendar: null, lastDue: null })
    expect(report.notes.map((n) => messages('en').note(n))).toContain(
      '2 day headings from line 10 on are inside code blocks: GitHub shows them as code, and they were not read.'
    )
    expect(report.notes.map((n) => messages('ko').note(n))).toContain(
      '10번째 줄부터 일일 기록 제목 2개가 코드 블록 안에 있어요. GitHub에서도 코드로 보이고, 기록으로 읽지 않았어요.'
    )
  })

  it('one in a closed fence is an example of the format, and headings of another shape are code like any', () => {
    expect(parseLog([day(1), day(2), '```md', '## 3일차', '```', '```', '## Setup', '## Notes', '```'].join('\n')).notes).toEqual([])
  })
})

describe('days kept in files of their own', () => {
  const text = [
    '# 100 days',
    '## Day 1 - [Setup](./day-01.md)',
    '## Day 2 - [Variables](https://example.com/day-02)',
    '## Day 3 - [Loops](./day-03.md)',
    'Wrote three loops here too.',
    '## Day 4 - [Functions](#day-4)'
  ].join('\n\n')

  it('a heading that links out with nothing under it is such a day: not empty, and said so once', () => {
    const log = parseLog(text)
    expect(log.entries.map((e) => [e.number, e.external])).toEqual([
      [1, true],
      [2, true],
      [3, false],
      // A link to the log's own heading keeps nothing elsewhere.
      [4, false]
    ])
    expect(log.reading).toMatchObject({ linked: 2, indexRows: 0 })
    expect(log.notes).toEqual([{ kind: 'kept-elsewhere', days: 2 }])
    const report = checkLog(text, { calendar: null, lastDue: null })
    expect(report.findings.map((f) => [f.type, f.entry])).toEqual([['empty-day', 'Day4']])
    expect(report.notes.map((n) => messages('en').note(n))).toEqual([
      '2 days are kept in files of their own, linked from this log: their labels were checked, their writing was not.'
    ])
    expect(explainLines(log.reading, 'log.md')).toContain(
      '  2 of them only link to a file of their own from the heading (not checked here)'
    )
  })

  it('so is a line that links out, alone in its paragraph or line after line in one', () => {
    const lines = ['Day3 : [Day3](notes/Day3.md)', '', 'Day2 : [Day2](notes/Day2.md)', '', 'Day1 : [Day1](notes/Day1.md)'].join('\n')
    expect(parseLog(lines).entries.map((e) => [e.number, e.line, e.external])).toEqual([
      [3, 1, true],
      [2, 3, true],
      [1, 5, true]
    ])
    const index = ['## 일지', '[1일차 - 설치](./day1.md)\\', '[2일차 - 빌드](./day2.md)  ', '[3일차 - 배포](./day3.md)'].join('\n')
    const log = parseLog(index)
    expect(log.entries.map((e) => [e.number, e.line, e.external])).toEqual([
      [1, 2, true],
      [2, 3, true],
      [3, 4, true]
    ])
    expect(log.reading).toMatchObject({ linked: 3, skippedCount: 0 })
  })

  it('an index row naming a day the log writes out under its own heading is about that day, not the day again', () => {
    const text = [
      '## Homework',
      '| Due | Task | Submit |',
      '|---|---|---|',
      '| 2026-08-26 | 1.1 | [submit](https://example.com/a/1) |',
      '| 2026-09-30 | 2.1 | [submit](https://example.com/a/2) |',
      '## Day 2 | 2026-08-26',
      'notes',
      '## Day 1 | 2026-08-24',
      'notes'
    ].join('\n')
    // The row dated as no written day stays a day kept elsewhere.
    expect(parseLog(text).entries.map((e) => [e.date, e.external])).toEqual([
      ['2026-09-30', true],
      ['2026-08-26', false],
      ['2026-08-24', false]
    ])
  })

  it("pictures of a day's work, line after line, are its writing, not links to days kept elsewhere", () => {
    const text = [
      '<details>',
      '<summary>Day 2</summary>',
      '',
      '- styled the menu',
      '',
      '![Day 2 Progress](https://example.com/shots/2.png)',
      '![Day 2 Progress](https://example.com/shots/2.gif)',
      '',
      '</details>',
      '',
      '<details>',
      '<summary>Day 3</summary>',
      '',
      '![Day 3 Progress](https://example.com/shots/3.png)',
      '![Day 3 Progress](https://example.com/shots/3.gif)',
      '',
      '</details>'
    ].join('\n')
    const log = parseLog(text)
    expect(log.entries.map((e) => [e.label, e.line, e.external, e.hasContent])).toEqual([
      ['Day2', 2, false, true],
      ['Day3', 12, false, true]
    ])
    expect(log.reading).toMatchObject({ linked: 0, skippedCount: 0 })
  })

  it('a bullet linking to a day, its text opening with a [TIL] tag before the date: a day', () => {
    const text = [
      '## TIL',
      '- [[TIL] 2025-01-20 CSS 단위](https://example.com/issues/2)',
      '- [[TIL] 2025-01-21 float](https://example.com/issues/3)',
      '- [[TIL] 2025-01-22 grid](https://example.com/issues/4)'
    ].join('\n')
    expect(parseLog(text).entries.map((e) => e.date)).toEqual(['2025-01-20', '2025-01-21', '2025-01-22'])
  })

  it('a day a line, each opening with a bold date, in one paragraph: a day each line', () => {
    const text = [
      '# miniRT',
      '## 진행 상황',
      '**2024.02.16** 과제 등록, 저장소 만들기  ',
      '**2024.02.17** 규칙 정하기  ',
      '**2024.03.04 ~ 2024.03.06** 여행  ',
      '**2024.03.12** 수식 확인'
    ].join('\n')
    const log = parseLog(text)
    expect(log.entries.map((e) => [e.line, e.dates, e.hasContent])).toEqual([
      [3, ['2024-02-16'], true],
      [4, ['2024-02-17'], true],
      [5, ['2024-03-04', '2024-03-05', '2024-03-06'], true],
      [6, ['2024-03-12'], true]
    ])
    // Bold words naming no day on one of the lines keep the paragraph one piece of writing.
    const prose = ['## Day 1', '**Note** read the docs  ', '**2024.02.17** rules'].join('\n')
    expect(parseLog(prose).entries.map((e) => e.line)).toEqual([1])
  })

  it('what is indented under a bullet that is a day (a table of problems, a paragraph) is that day’s writing', () => {
    const day = (date: string, body: string) => `* ${date}\n\n${body}\n`
    const text = [
      '# 문제',
      '',
      day('2019-11-02', '  | 번호 | 문제 |\n  |---|---|\n  | 2 | A-B |'),
      day('2019-11-05', '  오늘은 DP를 복습했다.'),
      day('2019-11-06', ''),
      day('2019-11-07', '  | 번호 | 문제 |\n  |---|---|\n  | 3 | A*B |')
    ].join('\n')
    expect(days(text).map((e) => [e.date, e.hasContent])).toEqual([
      ['2019-11-02', true],
      ['2019-11-05', true],
      ['2019-11-06', false],
      ['2019-11-07', true]
    ])
  })

  it('so is a bullet that is only a link to its day’s file; a bullet of the same shape with no link is a day here', () => {
    const text = [
      '## 2주차',
      '',
      '* [7일차 - 2021.10.08](./TIL/7.md)',
      '* [8일차 - 2021.10.11](./TIL/8.md)',
      '* 9일차 - 2021.10.12',
      ''
    ].join('\n')
    expect(parseLog(text).entries.map((e) => [e.number, e.external])).toEqual([
      [7, true],
      [8, true],
      [9, false]
    ])
  })

  it('a line with words and no link out, or linking to the log itself, stays prose where the log’s days are headings', () => {
    const prose = [
      '## Day 1',
      '',
      '- setup',
      '',
      '## Day 2',
      '',
      'Day 3 : read the docs',
      '',
      'Day 4 : [notes](#day-4)',
      '',
      'Day 5 : wrote tests'
    ].join('\n')
    const log = parseLog(prose)
    expect(log.entries.map((e) => e.number)).toEqual([1, 2])
    expect(log.reading.skippedCount).toBe(3)
    // A paragraph with a line that links nowhere is one block of writing, not an index.
    const mixed = ['[Day 1](./day1.md)', 'Day 2 : wrote tests', '[Day 3](./day3.md)'].join('\n')
    expect(parseLog(mixed).entries).toEqual([])
  })
})

describe('a journal of lines that open with their date', () => {
  it('where nothing else names a day, three lines or more of one shape, words after the date, are its days', () => {
    const text = [
      '# Build journal',
      '',
      '11 Dec 2025 — 4 hours',
      '',
      'Wired the amp.',
      '',
      '12 Dec 2025 — 2 hours',
      '',
      'Case.',
      '',
      '14 Dec 2025 — 1 hour'
    ].join('\n')
    expect(days(text).map((e) => [e.date, e.line, e.hasContent])).toEqual([
      ['2025-12-11', 3, true],
      ['2025-12-12', 7, true],
      ['2025-12-14', 11, true]
    ])
    // Two are not enough: a date or two opening a paragraph is prose.
    expect(days('11 Dec 2025 — 4 hours\n\nx\n\n12 Dec 2025 — 2 hours\n')).toEqual([])
  })

  it('beside date lines of the same shape with nothing after the date, lines with words after it are days, their words its writing', () => {
    const text = ['## 4월', '', '04.09: .....', '', '04.10: 스프링 강의', '', '04.11: .....', '', '04.12: 알고리즘 2문제'].join('\n')
    expect(days(text).map((e) => [e.date, e.hasContent])).toEqual([
      ['--04-09', false],
      ['--04-10', true],
      ['--04-11', false],
      ['--04-12', true]
    ])
  })
})

describe('the template: dates elsewhere are not days', () => {
  it('a table of contents at the top links to the days; only the days are entries', () => {
    const toc = '# TIL\n\n- [2024-03-04](#2024-03-04)\n- [2024-03-05](#2024-03-05)\n- [2024-03-06](#2024-03-06)\n\n'
    const text = toc + threeDays((n, d) => `## ${d}`)
    expect(labels(text).map((l) => l[2])).toEqual([7, 11, 15])
  })

  it('a progress heading in another shape under another section is not a day', () => {
    const progress = '## Progress\n\n#### 2024.02.01\nsetup done\n\n#### 2024.02.15\nfirst release\n\n'
    const text =
      progress + [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `<details><summary>03.0${n}(금)</summary>\n\nwork ${n}\n\n</details>\n`).join('\n')
    const reading = parseLog(text).reading
    expect(days(text).map((e) => e.title)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `03.0${n}(금)`))
    expect(reading.skipped.map((s) => [s.line, s.reason])).toEqual([
      [3, 'shape'],
      [6, 'shape']
    ])
  })

  it('a heading inside a day that merely looks like a date is content of the day', () => {
    const text = [16, 17]
      .map(
        (n) => `<details>\n<summary>${n}일차 학습</summary>\n\n##### 1.4.10 리플로우 (AA)\n\n##### 24.03.05 정리\n\ntext\n\n</details>\n`
      )
      .join('\n')
    expect(days(text).map((e) => e.number)).toEqual([16, 17])
  })

  it('bold and date lines inside a log whose days are headings are not days', () => {
    const text = threeDays((n) => `### Day ${n}`) + '\n**Day 2 – Feb 19**\n\n2024-03-09\n\n2024-03-10\n'
    expect(labels(text).map((l) => l[0])).toEqual([1, 2, 3])
  })

  it('a date in prose, a date in a code fence, a changelog heading are not days', () => {
    const text =
      threeDays((n, d) => `## ${d}`) +
      '\n2024-03-07 was the day I started a new book.\n\n```\n## 2024-03-08\n```\n\n## 20240424-1.5.10 (24)\n\n- fixed a bug\n' +
      // A holiday after the weekday is no version: `(3.1절)`.
      '\n## 2024-03-01 (금)(3.1절)\n\n- rested\n'
    expect(labels(text).map((l) => l[1])).toEqual(['2024-03-04', '2024-03-05', '2024-03-06', '2024-03-01'])
    expect(parseLog(text).reading.skipped.map((s) => s.reason)).toEqual(['prose', 'changelog'])
  })

  it('a date then a version among many topic headings of the same shape is a day whose topic is a release', () => {
    const day = (d: number, topic: string, level = '###') => `${level} January ${d}, 2026: ${topic}\n\n- worked\n`
    const text = [day(8, 'Setup'), day(9, 'Exceptions'), day(10, 'Testing'), day(11, 'v1.0.1 Patch Release', '##'), day(12, 'Docs')].join(
      '\n'
    )
    expect(labels(text).map((l) => l[1])).toEqual(['2026-01-08', '2026-01-09', '2026-01-10', '2026-01-11', '2026-01-12'])
    expect(parseLog(text).reading.skipped).toEqual([])
    // Where most dated headings name a version, the log is a changelog: none is a day.
    const changelog = [day(8, 'v1.0.0'), day(9, 'v1.0.1'), day(10, 'v1.1.0'), day(11, 'Notes')].join('\n')
    expect(parseLog(changelog).reading.skipped.map((s) => s.reason)).toEqual(['changelog', 'changelog', 'changelog'])
  })

  it('sessions of one day, each headed by the date and its time, are one entry', () => {
    const text = [
      '### Feb 03, 2025 09:44\n- fixed layout\n',
      '### Feb 03, 2025 13:03\n- fixed a bug\n',
      '### Feb 04, 2025 10:00 - 11:30\n- added tests\n',
      '### Feb 05, 2025 09:00\n- docs\n'
    ].join('\n')
    expect(days(text).map((e) => [e.date, e.line, e.endLine])).toEqual([
      ['2025-02-03', 1, 5],
      ['2025-02-04', 7, 8],
      ['2025-02-05', 10, 11]
    ])
  })

  it('a day’s heading with nothing under it, right over the same day’s written heading, is that day begun again', () => {
    const text =
      '## Day 2 - Todo (2025/09/14)\n\n- lists\n\n## Day 3 - Blog (2025/09/15)\n\n- posts\n\n' +
      '## Day 4 (2025-09-14)\n## Day 4 - Weather (2025/09/16)\n\n- api calls\n'
    expect(labels(text)).toEqual([
      [2, '2025-09-14', 1],
      [3, '2025-09-15', 5],
      [4, '2025-09-16', 10]
    ])
    expect(checkLog(text, { calendar: null, lastDue: null }).findings).toEqual([])
    // Apart, or with writing of its own, each is a day: an empty one, or one written twice, is reported.
    const twice = '## Day 4\n\n- a\n\n## Day 4\n\n- b\n'
    expect(days(twice)).toHaveLength(2)
    expect(days('## Day 4\n\n## Day 5\n\n- b\n').map((e) => e.hasContent)).toEqual([false, true])
  })

  it('a date heading with nothing under it over the day’s own numbered heading, as the log’s habit, is one day', () => {
    const checkIn = (date: string, day: number) =>
      `# ${date}\n<!-- DAILY_CHECKIN_${date}_START -->\n# Day ${day}\n\n- watched the recording\n<!-- DAILY_CHECKIN_${date}_END -->\n`
    const text = ['## Notes\n', checkIn('2026-05-26', 3), checkIn('2026-05-25', 2), checkIn('2026-05-24', 1)].join('\n')
    expect(days(text).map((e) => [e.number, e.date, e.line, e.hasContent])).toEqual([
      [3, '2026-05-26', 3, true],
      [2, '2026-05-25', 10, true],
      [1, '2026-05-24', 17, true]
    ])
    expect(checkLog(text, { calendar: null, lastDue: null }).findings).toEqual([])
    // Once is no habit: an empty dated day over a numbered one stays two entries.
    expect(days('## 2026-05-26\n\n## Day 9\n\n- a\n')).toHaveLength(2)
  })

  it('a week heading inside a day (the course’s week the day studied) is a heading of its writing, no week review', () => {
    const text = ['### 2025.02.06', '#### week0', '* basics', '', '### 2025.02.07', '#### week1', '* more', ''].join('\n')
    const parsed = parseLog(text)
    expect(parsed.entries.map((e) => [e.kind, e.date, e.hasContent])).toEqual([
      ['day', '2025-02-06', true],
      ['day', '2025-02-07', true]
    ])
  })

  it('a single date line in prose is not a day, and the log says so', () => {
    const text = '# Notes\n\nsome notes\n\n2024-03-05\n\nmore notes\n\nand more\n\nstill more\n\nthe end\n'
    const parsed = parseLog(text)
    expect(parsed.entries).toEqual([])
  })

  it('a heading day in another heading level, same label shape, is still a day', () => {
    const text = threeDays((n) => `### Day ${n}`) + '\n## Day 4\n\ntext\n'
    expect(labels(text).map((l) => l[0])).toEqual([1, 2, 3, 4])
  })

  it('a log that switches notation in the same position keeps both', () => {
    const text = '## 3월 4일\n\na\n\n## 3월 5일\n\nb\n\n## 2024-03-06\n\nc\n'
    expect(labels(text, { startDate: '2024-03-04' }).map((l) => l[1])).toEqual(['2024-03-04', '2024-03-05', '2024-03-06'])
  })

  it('a month wrapper written inline in a paragraph gives its year', () => {
    const text =
      '<font size="3"> <details><summary>2023.03</summary><blockquote> </font>\n  <details><summary>03.09(목)</summary>\n\n  text\n\n  </details>\n'
    expect(labels(text).map((l) => l[1])).toEqual(['2023-03-09'])
  })
})

describe('days written in quotes', () => {
  it('a quote at the top of the log holds its day: `> **2024.03.05 화요일**` over `> - 배운 것: DP`', () => {
    const text = ['# TIL', '', '> **2024.03.05 화요일**', '> - 배운 것: DP', '', '> **2024.03.06 수요일**', '> - 배운 것:', ''].join('\n')
    const read = days(text)
    expect(read.map((e) => [e.date, e.title, e.line])).toEqual([
      ['2024-03-05', '2024.03.05 화요일', 3],
      ['2024-03-06', '2024.03.06 수요일', 6]
    ])
    expect(read.map((e) => e.sections.map((s) => [s.title, s.empty]))).toEqual([[['배운 것', false]], [['배운 것:', true]]])
  })

  it('a quote inside a day is its writing, and a quoted date in a log of day headings is no day', () => {
    const text = ['## Day 1', '', '> 2024.03.05', '> a note', '', '## Day 2', '', 'text'].join('\n')
    expect(labels(text).map((l) => l[0])).toEqual([1, 2])
    expect(days(text)[0]!.hasContent).toBe(true)
  })
})

describe('days of the month under a month heading', () => {
  const monthLog = (month: string, days: string[]): string => `# ${month}\n\n` + days.map((d, i) => `### ${d}\n\n- note ${i}\n`).join('\n')

  it('`# 2022년 12월` over `### 1일 목요일`: each is a day of December 2022', () => {
    const text = monthLog('2022년 12월', ['1일 목요일', '2일 금요일', '3일 (토)'])
    expect(labels(text)).toEqual([
      [null, '2022-12-01', 3],
      [null, '2022-12-02', 7],
      [null, '2022-12-03', 11]
    ])
  })

  it('a new month heading moves the days below it; Japanese, Chinese and English days of the month read alike', () => {
    const text = monthLog('2024年6月', ['29日(土)', '30日(日)']) + '\n' + monthLog('2024年7月', ['1日(月)'])
    expect(labels(text).map((l) => l[1])).toEqual(['2024-06-29', '2024-06-30', '2024-07-01'])
    expect(labels(monthLog('2023年12月', ['8号', '9号'])).map((l) => l[1])).toEqual(['2023-12-08', '2023-12-09'])
    expect(labels(monthLog('March 2024', ['1st', '2nd (Sat)', '3rd'])).map((l) => l[1])).toEqual(['2024-03-01', '2024-03-02', '2024-03-03'])
    // An English ordinal with words after it is a ranking, not a day; a Korean day of the month keeps its topic.
    expect(labels(monthLog('March 2024', ['1st place', '2nd place'])).map((l) => l[1])).toEqual([])
    expect(days(monthLog('2022년 12월', ['1일 - 스택', '2일 - 큐'])).map((e) => [e.date, e.title])).toEqual([
      ['2022-12-01', '1일 - 스택'],
      ['2022-12-02', '2일 - 큐']
    ])
  })

  it('headings numbered as an outline (`## 1　2025年6月` over `### 1.1　23日`) read as they would without the numbers', () => {
    const text = monthLog('1　2025年6月', ['1.1　29日', '1.2　30日']) + '\n' + monthLog('2　2025年7月', ['2.1　1日'])
    expect(labels(text).map((l) => l[1])).toEqual(['2025-06-29', '2025-06-30', '2025-07-01'])
  })

  it('under a heading naming a month alone (`## 7월`, `## 6月`, `## July`), the days have no year until the log gives one', () => {
    const text = monthLog('📅 7월', ['2일 (수)', '3일 (목)']) + '\n' + monthLog('8월', ['1일 (금)'])
    expect(labels(text).map((l) => l[1])).toEqual(['--07-02', '--07-03', '--08-01'])
    expect(labels(text, { startDate: '2025-07-01' }).map((l) => l[1])).toEqual(['2025-07-02', '2025-07-03', '2025-08-01'])
    expect(labels(monthLog('July', ['1st', '2nd'])).map((l) => l[1])).toEqual(['--07-01', '--07-02'])
    expect(labels(monthLog('2月', ['29日', '30日'])).map((l) => l[1])).toEqual(['--02-29'])
    // A heading of one other word gives no month.
    expect(days(monthLog('Summary', ['1일', '2일']))).toEqual([])
  })

  it('a line naming a day of the month and the problems solved that day is that day, written here; not a bullet', () => {
    const lines = '## 5월\n\n' + [2, 3, 4].map((d) => `${d}일: 백준 [문제 ${d}](https://www.acmicpc.net/problem/100${d})\n`).join('\n')
    expect(days(lines).map((e) => [e.date, e.external, e.hasContent])).toEqual([
      ['--05-02', false, true],
      ['--05-03', false, true],
      ['--05-04', false, true]
    ])
    // A line linking to its notes elsewhere is a day kept there.
    expect(days('## 5월\n\n2일: [정렬](./notes/0502.md)\n\n3일: [탐색](./notes/0503.md)\n').map((e) => e.external)).toEqual([true, true])
    // `- 3일 동안 …` counts days; a line of words after a day of the month is prose.
    expect(days('## 5월\n\n- 3일 동안 복습\n- 2일 쉬었다\n\n4일 동안 아팠다.\n')).toEqual([])
  })

  it('without a month heading above them they are no days, and `1일차`, `1日目` are still day numbers', () => {
    expect(days('### 1일 목요일\n\na\n\n### 2일 금요일\n\nb\n')).toEqual([])
    expect(labels(monthLog('2022년 12월', ['1일차', '2일차'])).map((l) => l[0])).toEqual([1, 2])
    expect(labels(monthLog('2024年6月', ['1日目', '2日目'])).map((l) => l[0])).toEqual([1, 2])
  })

  it('a day the month does not have is no day; a weekday that does not fit its date is reported', () => {
    expect(labels(monthLog('2023년 2월', ['28일 화요일', '29일 수요일'])).map((l) => l[1])).toEqual(['2023-02-28'])
    const text = monthLog('2022년 12월', ['4일 일요일', '5일 금요일', '6일 화요일'])
    const mismatches = checkLog(text, { calendar: null, lastDue: null }).findings.filter((f) => f.type === 'label-mismatch')
    expect(mismatches.map((f) => [f.entry, f.line])).toEqual([['5일 금요일', 7]])
  })
})

describe('two-digit years and slashes: the log decides the order', () => {
  it('`24.03.05` … in a log of consecutive days is year first', () => {
    const text = [5, 6, 7].map((d) => `## 24.03.0${d}\n\ntext\n`).join('\n')
    expect(labels(text).map((l) => l[1])).toEqual(['2024-03-05', '2024-03-06', '2024-03-07'])
  })

  it('`24/03/06`, `24/03/05` … (a Korean short date with slashes, newest first) is year first', () => {
    const text = [6, 5, 4].map((d) => `# 24/03/0${d}\n\ntext\n`).join('\n')
    expect(labels(text).map((l) => l[1])).toEqual(['2024-03-06', '2024-03-05', '2024-03-04'])
    // Day first still wins where it puts the days closer: `03/12/25`, `04/12/25`.
    expect(labels('## 03/12/25\n\nx\n\n## 04/12/25\n\ny\n').map((l) => l[1])).toEqual(['2025-12-03', '2025-12-04'])
  })

  it('the reading names each form in the order its dates were read', () => {
    const forms = (text: string): string[] => parseLog(text).reading.forms.map((f) => f.form)
    expect(forms([6, 5, 4].map((d) => `# 24/03/0${d}\n\ntext\n`).join('\n'))).toEqual(['Y/M/D'])
    expect(forms('## 03/12/25\n\nx\n\n## 04/12/25\n\ny\n')).toEqual(['D/M/Y'])
    expect(forms('## 12/03/25\n\nx\n\n## 12/04/25\n\ny\n')).toEqual(['M/D/Y'])
    expect(forms('## Day 1 (28/2)\n\nx\n\n## Day 2 (1/3)\n\ny\n')).toEqual(['Day N · D/M'])
    expect(forms([5, 6, 7].map((d) => `## 0${d}.03.24\n\ntext\n`).join('\n'))).toEqual(['DD.MM.YY'])
    expect(forms([5, 6, 7].map((d) => `## 24.03.0${d}\n\ntext\n`).join('\n'))).toEqual(['YY.MM.DD'])
    // A date whose order is written out keeps its name: `YYYY-MM-DD` holds `MM-DD`, and is not renamed for it.
    expect(forms('## 2024-03-05\n\nx\n\n## 28/2\n\ny\n## 2024-03-07\n\nz\n')).toContain('YYYY-MM-DD')
  })

  it('`05.03.24`, `06.03.24` … is day first', () => {
    const text = [5, 6, 7].map((d) => `## 0${d}.03.24\n\ntext\n`).join('\n')
    expect(labels(text).map((l) => l[1])).toEqual(['2024-03-05', '2024-03-06', '2024-03-07'])
  })

  it('`1/9/21` is month first; `28/12/25` makes the whole log day first', () => {
    expect(labels('## Day 1 - 1/9/21\n\nx\n').map((l) => l[1])).toEqual(['2021-01-09'])
    const text = '## Day 1 - 27/12/25\n\nx\n\n## Day 2 - 03/01/26\n\ny\n'
    expect(labels(text).map((l) => l[1])).toEqual(['2025-12-27', '2026-01-03'])
  })

  it('three dates, one with a mistyped year: the order that puts the other days next to each other wins', () => {
    const text = '#### Giorno 1: 07/2/2020\n\nx\n\n#### Giorno 2: 08/02/2020\n\ny\n\n#### Giorno 3: 10/02/2018\n\nz\n'
    expect(labels(text).map((l) => l[1])).toEqual(['2020-02-07', '2020-02-08', '2018-02-10'])
  })

  it('`03-15-2024` with dashes is month first; `15-03-2024` makes the log day first', () => {
    expect(labels('## 03-15-2024\n\nx\n\n## 03-16-2024\n\ny\n').map((l) => l[1])).toEqual(['2024-03-15', '2024-03-16'])
    expect(labels('## 14-03-2024\n\nx\n\n## 15-03-2024\n\ny\n').map((l) => l[1])).toEqual(['2024-03-14', '2024-03-15'])
  })
})

describe('entry-pattern: the learner decides what a day is', () => {
  const pattern = /^TIL #(?<day>\d+)/i

  it('matches headings, bold lines and date lines; nothing else is a day', () => {
    const text = '## TIL #1 — closures\n\na\n\n**TIL #2 — this**\n\nb\n\nTIL #3 — modules\n\n## Day 4\n\nc\n'
    expect(labels(text, { entryPattern: pattern })).toEqual([
      [1, null, 1],
      [2, null, 5],
      [3, null, 9]
    ])
    expect(parseLog(text, { entryPattern: pattern }).reading).toMatchObject({
      pattern: '^TIL #(?<day>\\d+)',
      forms: [
        { kind: 'day', position: 'h2', form: 'entry-pattern', count: 1 },
        { kind: 'day', position: 'bold', form: 'entry-pattern', count: 1 },
        { kind: 'day', position: 'line', form: 'entry-pattern', count: 1 }
      ]
    })
  })

  it('a year heading still gives its year to the days the pattern reads without one', () => {
    const entryPattern = /^Log (?<date>\d{1,2}\/\d{1,2})/i
    const text = '## 2023\n\n### Log 12/31\n\na\n\n## 2024\n\n### Log 1/2\n\nb\n'
    expect(parseLog(text, { entryPattern }).entries.map((e) => [e.date, e.line])).toEqual([
      ['2023-12-31', 3],
      ['2024-01-02', 9]
    ])
  })

  it('a date group is read in any notation; a week group is a week review', () => {
    const entryPattern = /^Log (?<date>\S+)|^Week (?<week>\d+)/i
    const text = '## Log 2024.03.05\n\na\n\n## Log 2024-03-06\n\nb\n\n## Week 1\n\nreview\n'
    const entries = parseLog(text, { entryPattern }).entries
    expect(entries.map((e) => [e.kind, e.number, e.date])).toEqual([
      ['day', null, '2024-03-05'],
      ['day', null, '2024-03-06'],
      ['week', 1, null]
    ])
  })
})

describe('status: what a log with no entries is', () => {
  it('a title, or a template with empty sections, is empty: no entry is due yet', () => {
    expect(parseLog('# TIL\n').reading.status).toBe('empty')
    expect(parseLog('# TIL\n\n## 오늘 배운 것\n\n- \n\n## 내일 할 일\n\n- [ ] \n').reading.status).toBe('empty')
  })

  it('writing without a readable entry is unread', () => {
    const text = '# Journal\n\n' + Array.from({ length: 6 }, (_, i) => `Worked on the thing, part ${i + 1}.\n`).join('\n')
    expect(parseLog(text).reading.status).toBe('unread')
  })

  it('writing under bold labels, with day headings it cannot read, is unread, not an empty template', () => {
    const days = Array.from({ length: 3 }, (_, i) => `### Päivä ${i + 1}\n\n**Edistys:** opiskelin osan ${i + 1}.\n\n**Ideat:** lisää.\n`)
    expect(parseLog(days.join('\n')).reading.status).toBe('unread')
  })

  it('a date-like line that was not taken makes an entry-less log unread', () => {
    expect(parseLog('# Notes\n\n2024-03-05 I began.\n').reading.status).toBe('unread')
  })

  it('entries found', () => {
    expect(parseLog('## Day 1\n\ntext\n').reading.status).toBe('entries')
  })

  const table = (rows: string[]) => ['| Date | Course | Hours |', '| - | - | - |', ...rows.map((r) => `| ${r} | PY101 | 2 |`)].join('\n')
  it('a table whose rows are days, three at least and no day headings: each row is a day, its other cells its words', () => {
    const log = parseLog(`# Hours\n\n${table(['06.03.2023 M', '07.03.2023 T', '09.03.2023 R'])}\n`)
    expect(log.reading.status).toBe('entries')
    expect(log.entries.map((e) => [e.date, e.line, e.endLine, e.hasContent])).toEqual([
      ['2023-03-06', 5, 5, true],
      ['2023-03-07', 6, 6, true],
      ['2023-03-09', 7, 7, true]
    ])
    expect(log.reading.forms).toMatchObject([{ position: 'row', form: 'DD.MM.YYYY', count: 3 }])
    expect(log.notes).toEqual([])
    const blank = parseLog('| Date | Notes |\n|---|---|\n| 2024-03-04 | sorting |\n| 2024-03-05 |  |\n| 2024-03-06 | DP |\n')
    expect(blank.entries.map((e) => e.hasContent)).toEqual([true, false, true])
  })

  it('a bare number under a column named for the day is a day number; a date in the next cell dates it', () => {
    const index = ['| Tag | Thema | Link |', '|---|---|---|', '| 1 | HTML | [Day01](./Day01) |', '| 2 | CSS | [Day02](./Day02) |'].join(
      '\n'
    )
    expect(parseLog(index).entries.map((e) => [e.number, e.external])).toEqual([
      [1, true],
      [2, true]
    ])
    const table = [
      '| Dia | Data | O que fiz |',
      '|---|---|---|',
      '| 1 | [28/04] | imprimi o primeiro script |',
      '| 2 | [29/04] | listas e tuplas |',
      '| 3 | [30/04] | dicionários |',
      // Rows numbered ahead, not filled in yet: no days written.
      '| 4 | [] |  |',
      '| 5 | [] |  |'
    ].join('\n')
    expect(parseLog(table, { startDate: '2025-04-28' }).entries.map((e) => [e.number, e.date, e.hasContent])).toEqual([
      [1, '2025-04-28', true],
      [2, '2025-04-29', true],
      [3, '2025-04-30', true]
    ])
    const dated = [
      '| Day | Date | Topic |',
      '|---|---|---|',
      '| Day57 | 01/23 | streams |',
      '| Day59 | 01/24 | lambdas |',
      '| Day60 | 01/25 | tests |'
    ]
    expect(parseLog(dated.join('\n')).entries.map((e) => [e.number, e.date])).toEqual([
      [57, '--01-23'],
      [59, '--01-24'],
      [60, '--01-25']
    ])
  })

  it('a counter before a date column: the date names the day; a row saying N/A is no day written', () => {
    const table = [
      '| # | 日付 | 作ったもの |',
      '|---|---|---|',
      '| 1 | 2025/07/21 | 変換 |',
      '| 2 | 2025/07/22 | メール |',
      '| 3 | 2025/07/24 | サーバ |'
    ]
    expect(parseLog(table.join('\n')).entries.map((e) => e.date)).toEqual(['2025-07-21', '2025-07-22', '2025-07-24'])
    const planned = [
      '| Days | Topics | Projects |',
      '|---|---|---|',
      '| 1 | loops | game |',
      '| 2 | lists | quiz |',
      '| 3 | N/A | N/A |',
      '| 4 | dicts | TBD |'
    ]
    expect(parseLog(planned.join('\n')).entries.map((e) => e.number)).toEqual([1, 2, 4])
  })

  it('rows that name days in no one shape are not read, and a note says which were not checked', () => {
    const log = parseLog(`# Hours\n\n${table(['06.03.2023 M', '2023-03-07', 'March 9, 2023'])}\n`)
    expect(log.reading.status).toBe('unread')
    expect(log.notes).toEqual([{ kind: 'table-days', rows: 3, line: 3 }])
    expect(messages('ko').note({ type: 'reading', ...log.notes[0]! })).toBe(
      '3번째 줄부터 표의 3줄이 날짜나 일차로 시작하지만, 링크가 없는 표의 줄은 아직 일일 기록으로 읽지 않아서 확인하지 않았어요.'
    )
  })

  it('under day headings, a dated table is that day’s writing; two rows are no table of days', () => {
    const log = parseLog(`## Day 1\n\n${table(['2024-03-04', '2024-03-05', '2024-03-06'])}\n\n## Day 2\n\nrested\n`)
    expect(log.entries.map((e) => [e.number, e.hasContent])).toEqual([
      [1, true],
      [2, true]
    ])
    expect(log.notes).toEqual([])
    // Days of a week, written as rows under the week's heading: the week wraps them.
    expect(parseLog(`## Week 1\n\n${table(['2024-03-04', '2024-03-05', '2024-03-06'])}\n`).entries).toHaveLength(3)
    expect(parseLog(`# Hours\n\n${table(['2024-03-04', '2024-03-05'])}\n`).notes).toEqual([])
  })
})

describe('Japanese and Chinese logs', () => {
  it('reads 日目 days with their section words and language', () => {
    const text = [1, 2]
      .map(
        (n) =>
          `## ${n}日目: 2018/11/2${n} Fri\n### 今日の進捗\n- [x] 第${n}章\n### 学んだこと\nメモ\n### 感想\nよかった\n### 明日の目標\n- 次の章\n`
      )
      .join('\n')
    const parsed = parseLog(text)
    expect(parsed.language).toBe('ja')
    expect(parsed.entries.map((e) => [e.number, e.date])).toEqual([
      [1, '2018-11-21'],
      [2, '2018-11-22']
    ])
    expect(parsed.entries[0]!.sections.map((s) => s.role)).toEqual(['done', 'learned', 'reflection', 'goals'])
    expect(parsed.entries[0]!.sections[3]!.forTomorrow).toBe(true)
  })

  it('reads 第N天 and 年月日 days with their section words and language', () => {
    const text = '## 第1天 2024年11月26日 星期二\n### 今日完成\n- [x] 读书\n### 学到了\n笔记\n### 总结\n不错\n### 明日计划\n- 跑步\n'
    const parsed = parseLog(text)
    expect(parsed.language).toBe('zh')
    expect(parsed.entries.map((e) => [e.number, e.date])).toEqual([[1, '2024-11-26']])
    expect(parsed.entries[0]!.sections.map((s) => s.role)).toEqual(['done', 'learned', 'reflection', 'goals'])
  })
})

describe('tables of days: counters, links and notes beside them', () => {
  const rows = (n: number, row: (day: number) => string): string[] => Array.from({ length: n }, (_, i) => row(n - i))

  it('a table written in HTML: each row whose first cell names a day is that day, written where other cells hold words', () => {
    const text = [
      '# 10월 출석',
      '',
      '<table>',
      '<tr><th>날짜</th><th>출석</th><th>비고</th></tr>',
      '<tr>',
      '  <td>2022.10.01</td><td>O</td><td></td>',
      '</tr>',
      '<tr><td>2022.10.04</td><td></td><td></td></tr>',
      '<tr><td>2022.10.05</td><td>X</td><td>개인 사유</td></tr>',
      '<tr><td>2022.10.06</td><td><a href="./1006.md">노트</a></td></tr>',
      '</table>'
    ].join('\n')
    expect(days(text).map((e) => [e.date, e.line, e.hasContent])).toEqual([
      ['2022-10-01', 5, true],
      ['2022-10-04', 8, false],
      ['2022-10-05', 9, true]
    ])
  })

  it('the week in the first column, the date under a date column in the second: each row is that date’s day', () => {
    const text = [
      '| 주차 | 날짜 | 문제 |',
      '|:---:|:---|:---|',
      '| 0주차 | 2025.01.17(금)✅ | [1051](https://www.acmicpc.net/problem/1051) 숫자 정사각형 |',
      '|  | 2025.01.18(토)✅ | [1991](https://www.acmicpc.net/problem/1991) 트리 순회 |',
      '| 1주차 | 2025.01.20(월) | [2503](https://www.acmicpc.net/problem/2503) 숫자 야구 |'
    ].join('\n')
    expect(days(text).map((e) => [e.date, e.hasContent, e.external])).toEqual([
      ['2025-01-17', true, false],
      ['2025-01-18', true, false],
      ['2025-01-20', true, false]
    ])
  })

  it('a date column further on (`| 순번 | 레벨 | 제목 | 날짜 |`) dates each row, which is then its day', () => {
    const text = [
      '| 순번 | 레벨 | 제목 | 날짜 |',
      '|---|---|---|---|',
      '| 1 | 2 | 최소 공배수 | 220309 |',
      '| 2 | 1 | 두 정수 사이의 합 | 220310 |',
      '| 3 | 2 | 피보나치 수 | 220311 |'
    ].join('\n')
    expect(days(text).map((e) => [e.date, e.hasContent])).toEqual([
      ['2022-03-09', true],
      ['2022-03-10', true],
      ['2022-03-11', true]
    ])
    // Where the first cell names a day, it is the label still: `| Day 3 | … | 2022-03-03 |` is Day 3, of that date.
    const named = ['| Day | Topic | Date |', '|---|---|---|', ...rows(3, (d) => `| Day ${d} | topic ${d} | 2022-03-0${d} |`)].join('\n')
    expect(days(named).map((e) => [e.number, e.date])).toEqual([
      [3, '2022-03-03'],
      [2, '2022-03-02'],
      [1, '2022-03-01']
    ])
  })

  it('a date column headed `記入日` dates its rows; a first column headed `天数` counts days (`| 0001 |` is day 1)', () => {
    const dated = ['| 名前 | 問題 | 記入日 |', '|---|---|---|', ...rows(3, (d) => `| abc${d} | A | 2024/07/0${d} |`)].join('\n')
    expect(days(dated).map((e) => e.date)).toEqual(['2024-07-03', '2024-07-02', '2024-07-01'])
    const counted = ['|天数|难度|题目|', '|:--|:--|:--|', '|0001|easy|两数之和|', '|0101|easy|反转链表|', '|0102|hard|有效的括号|'].join(
      '\n'
    )
    expect(days(counted).map((e) => [e.number, e.date])).toEqual([
      [1, null],
      [101, null],
      [102, null]
    ])
  })

  it('rows under a day’s row that leave its cell empty are that day’s writing; a check mark is writing too', () => {
    const text = [
      '| 날짜 | 폴더 | 문제 |',
      '|---|---|---|',
      '| 230925 (월) | SEA | 창용 마을 |',
      '| 230926 (화) | | |',
      '| | BOJ/그래프 | 서울 지하철 2호선 |',
      '| 230927 (수) | | |',
      '| 230928 (목) | ✅ | |'
    ].join('\n')
    expect(days(text).map((e) => [e.date, e.hasContent])).toEqual([
      ['2023-09-25', true],
      ['2023-09-26', true],
      ['2023-09-27', false],
      ['2023-09-28', true]
    ])
    // A table of tasks keeps the tasks of such rows.
    const tasks = ['## 2024-05-01', '', '| 날짜 | 할 일 | 완료 |', '|---|---|---|', '| 5/1 | 정렬 | ✅ |', '| | 탐색 | ❌ |'].join('\n')
    expect(parseLog(tasks).entries[0]!.sections.flatMap((s) => s.items.map((i) => [i.text, i.done]))).toEqual([
      ['정렬', true],
      ['탐색', false]
    ])
    // Nor is the task read from a column that counts the rows.
    const counted = ['## 2024-05-01', '', '| # | 할 일 | 완료 |', '|---|---|---|', '| 1 | 정렬 | ✅ |', '| 2 | 탐색 | ❌ |'].join('\n')
    expect(parseLog(counted).entries[0]!.sections.flatMap((s) => s.items.map((i) => i.text))).toEqual(['정렬', '탐색'])
  })

  it('a week’s fold dated with its year gives that year to the days inside written without one', () => {
    const week = (n: number, from: string, to: string, rows: string[]) =>
      `<details>\n<summary>${n}주차 (${from} ~ ${to})</summary>\n\n| 날짜 | 내용 |\n|---|---|\n${rows.join('\n')}\n\n</details>\n`
    const text = [
      week(1, '2021/07/23', '2021/07/24', ['| **7/23(금)** | 문법 |', '| **7/24(토)** | 입출력 |']),
      week(2, '2021/07/31', '2021/08/01', ['| **7/31(토)** | 정렬 |', '| **8/1(일)** | 탐색 |'])
    ].join('\n')
    const log = parseLog(text)
    expect(log.entries.filter((e) => e.kind === 'day').map((e) => e.date)).toEqual(['2021-07-23', '2021-07-24', '2021-07-31', '2021-08-01'])
    expect(log.notes.filter((n) => n.kind === 'year-from-weekdays')).toEqual([])
  })

  it('a counter, then a date alone in the next cell, whatever the header says', () => {
    const text = ['| No | When | Notes |', '|---|---|---|', ...rows(3, (d) => `| ${d} | 0${d}/03 | studied ${d} |`)].join('\n')
    expect(days(text).map((e) => [e.label, e.hasContent])).toEqual([
      ['03/03', true],
      ['02/03', true],
      ['01/03', true]
    ])
  })

  it('a link among a cell’s words is the row’s writing; a cell of links only keeps the day elsewhere', () => {
    const text = [
      '| STT | Ngày | Học |',
      '|---|---|---|',
      '| 03 | 26/03 | - Đọc sách |',
      '| 02 | 25/03 | - Nghe [podcast #12](https://example.com/ep12) |',
      '| 01 | 24/03 | - Học SQL |'
    ].join('\n')
    expect(parseLog(text).entries.map((e) => [e.label, e.external, e.hasContent])).toEqual([
      ['26/03', false, true],
      ['25/03', false, true],
      ['24/03', false, true]
    ])
    const index = [
      '| 날짜 | 기록 |',
      '|---|---|',
      ...rows(3, (d) => `| 2024-03-0${d} | [📄](./2024-03-0${d}.md), [노트](https://example.com/${d}) |`)
    ].join('\n')
    expect(parseLog(index).entries.map((e) => [e.date, e.external])).toEqual([
      ['2024-03-03', true],
      ['2024-03-02', true],
      ['2024-03-01', true]
    ])
  })

  it('a row that links nowhere, among rows that link to their days, is a day written in the row', () => {
    const text = [
      '| 날짜 | Python | 문제 | 링크 |',
      '|---|---|---|---|',
      '| 03/04 | ✅ | 두 수 비교 | [풀이](./0304.md) |',
      '| 03/05 | ✅ | 시험 성적 | |',
      '| 03/06 | ✅ | | |',
      '| 03/07 | ✅ | 윤년 | [풀이](./0307.md) |'
    ].join('\n')
    const log = parseLog(text)
    expect(log.entries.map((e) => [e.label, e.external, e.hasContent])).toEqual([
      ['03/04', true, true],
      ['03/05', false, true],
      // A tick alone is no writing, as in any table of days.
      ['03/06', false, false],
      ['03/07', true, true]
    ])
    expect(log.reading).toMatchObject({ indexRows: 2, rowsInPlace: 2 })
    expect(explainLines(log.reading, 'log.md')).toContain('  일일 기록 2개: 목차 표 안에 내용을 직접 적은 줄 (여기서 확인해요)')
  })

  it('a link to a judge or problem site names a problem solved: the row is written here, not kept elsewhere', () => {
    const text = [
      '| 날짜 | 문제 | 완료 |',
      '|---|---|---|',
      '| 24.03.04 | [A+B](https://www.acmicpc.net/problem/1000) | ⭕ |',
      '| 24.03.04 | [A-B](https://www.acmicpc.net/problem/1001) | ⭕ |',
      '| 24.03.05 | [Two Sum](https://leetcode.com/problems/two-sum/) | ⭕ |',
      '| 24.03.06 | [기능개발](https://school.programmers.co.kr/learn/courses/30/lessons/42586) | ❌ |',
      '| 24.03.07 | [join](https://solvesql.com/problems/join/) | ⭕ |'
    ].join('\n')
    expect(days(text).map((e) => [e.date, e.line, e.endLine, e.external])).toEqual([
      ['2024-03-04', 3, 4, false],
      ['2024-03-05', 5, 5, false],
      ['2024-03-06', 6, 6, false],
      ['2024-03-07', 7, 7, false]
    ])
  })

  it('rows many times the log’s few day headings are its days; a short schedule under each day heading is not', () => {
    const notes = ['<details><summary>May 23</summary>', '', 'a note', '', '</details>']
    const table = [
      '| # | Date | Run | Study |',
      '|---|---|---|---|',
      ...rows(12, (d) => `| ${d} | ${String(d).padStart(2, '0')}/06 | 3km | SQL |`)
    ]
    const log = days([...notes, '', ...table].join('\n'))
    expect(log).toHaveLength(12)
    expect(log.filter((e) => !e.hasContent).map((e) => e.label)).toEqual([])
    const schedule = [1, 2, 3]
      .map((n) => [`## Day ${n}`, '', '| Date | Task |', '|---|---|', `| 2024-03-0${n} | read |`, `| 2024-03-1${n} | write |`].join('\n'))
      .join('\n\n')
    expect(days(schedule).map((e) => e.number)).toEqual([1, 2, 3])
  })
})

describe('days as bullets that open with a weekday and a date', () => {
  it('under week headings, `* Monday 04/03/2024` is a day, its bullets its writing', () => {
    const week = (n: number, first: number) => [
      `### Week ${n}`,
      '',
      ...[0, 1, 2].flatMap((i) => [
        `* ${['Monday', 'Tuesday', 'Wednesday'][i]} ${String(first + i).padStart(2, '0')}/03/2024`,
        `  - applied to ${i}`,
        ''
      ])
    ]
    const text = [...week(1, 4), ...week(2, 11)].join('\n')
    expect(days(text).map((e) => [e.date, e.hasContent])).toEqual([
      ['2024-03-04', true],
      ['2024-03-05', true],
      ['2024-03-06', true],
      ['2024-03-11', true],
      ['2024-03-12', true],
      ['2024-03-13', true]
    ])
  })

  it('a bullet that opens with a weekday and words is writing', () => {
    const text = ['## 2024-03-04', '- Monday blues, read 10 pages', '## 2024-03-05', '- Tuesday: arrays'].join('\n')
    expect(days(text).map((e) => e.date)).toEqual(['2024-03-04', '2024-03-05'])
  })
})

describe('the template: headings between two days', () => {
  const spans = (text: string): Array<[string | null, number, number]> => days(text).map((e) => [e.date, e.line, e.endLine])

  it('at the day heading’s level, with writing under them, are the day’s writing (`### Topics` after `### Day01 …`)', () => {
    const day = (n: number) => [
      `### Week01-Day0${n} 0${n}.09.2024`,
      `#### Lesson ${n}`,
      '### Topics',
      `- topic ${n}`,
      '### Resources',
      `1. [link ${n}](x)`
    ]
    expect(spans([...day(1), ...day(2)].join('\n'))).toEqual([
      ['2024-09-01', 1, 6],
      ['2024-09-02', 7, 12]
    ])
  })

  it('above the day’s level, where the log writes so twice or more; once, such a heading ends the day', () => {
    const day = (d: number, topic: string) => [
      `### 2024.07.${d}`,
      'short note',
      `## ${topic}`,
      `${topic} notes`,
      `# ${topic} circuits`,
      'more'
    ]
    // After the last day, such headings head an appendix.
    expect(spans([...day(29, 'Circom'), ...day(30, 'Plonk'), ...day(31, 'Groth')].join('\n'))).toEqual([
      ['2024-07-29', 1, 6],
      ['2024-07-30', 7, 12],
      ['2024-07-31', 13, 14]
    ])
    const once = ['### Day 31: 2021-03-08', 'a', '## Notes', 'took a month off', '### Day 32: 2021-03-09', 'b'].join('\n')
    expect(spans(once)).toEqual([
      ['2021-03-08', 1, 2],
      ['2021-03-09', 5, 6]
    ])
  })

  it('right over the next day, or naming days off (`## 주말`, `## Break`), they are not the day’s', () => {
    const text = [
      '## 2024.6.25',
      'a',
      '## 2024.6.26',
      'b',
      '# Notes',
      '## 2024.6.27',
      'c',
      '## Break',
      'a week off',
      '## 2024.7.5',
      'd'
    ].join('\n')
    expect(spans(text)).toEqual([
      ['2024-06-25', 1, 2],
      ['2024-06-26', 3, 4],
      ['2024-06-27', 6, 7],
      ['2024-07-05', 10, 11]
    ])
  })
})

describe('the template: sections numbered in an outline', () => {
  it('`### 1.1 목적` under `## 1.UML` is no date, and a log of such notes has no days', () => {
    const part = (n: number, title: string) => [`## ${n}.${title}`, `### ${n}.1 목적`, '- 왜', `### ${n}.2 과정`, '- 어떻게']
    const text = ['# What I Learn', ...part(1, 'UML'), ...part(2, '예외'), ...part(3, 'Build')].join('\n')
    expect(parseLog(text).entries).toEqual([])
  })

  it('under a month heading, `### 3.14` is still a day', () => {
    const text = ['## 3월', '### 3.14', '- a', '### 3.15', '- b', '### 3.16', '- c'].join('\n')
    expect(days(text).map((e) => e.date?.slice(-5))).toEqual(['03-14', '03-15', '03-16'])
  })
})

describe('the template: a day heading restating the date above it', () => {
  it('`# 4.29` or `# 4月25号学习ing` right under `# 2026-04-29`: the same day’s title, not a second, empty day', () => {
    const day = (date: string, title: string) => [`# ${date}`, '<!-- CHECKIN -->', '', `# ${title}`, `notes of ${title}`]
    const text = [
      ...day('2026-04-29', '4.29'),
      ...day('2026-04-28', 'FCR 学习'),
      ...day('2026-04-25', '4月25号学习ing'),
      ...day('2026-04-24', '4.24')
    ].join('\n')
    const report = checkLog(text, { calendar: null, lastDue: null })
    expect(report.entries.map((e) => e.date)).toEqual(['2026-04-29', '2026-04-28', '2026-04-25', '2026-04-24'])
    expect(report.findings).toEqual([])
  })
})

describe('the template: a journal of long paragraphs', () => {
  it('a paragraph opening with its date is a day however much was written that day', () => {
    const long = 'committed the project after making sure the two packages were not treated as separate repositories, '.repeat(3)
    const text = [
      '## daily work log',
      '',
      ...[11, 12, 13, 14].flatMap((d) => [`\`${d === 12 ? 'friday' : 'thursday'}, december ${d}th:\` ${d === 12 ? long : 'short'}`, ''])
    ].join('\n')
    expect(days(text).map((e) => [e.line, e.date?.slice(-5)])).toEqual([
      [3, '12-11'],
      [5, '12-12'],
      [7, '12-13'],
      [9, '12-14']
    ])
  })
})

describe('the template: a log written newest first, its oldest days a level deeper', () => {
  it('`## Nov 18, 2022` under `# Nov 22, 2022` moves on (back in time): a day, not a heading of Nov 22', () => {
    const text = ['# Dec 7, 2022', 'a', '# Dec 6, 2022', 'b', '# Nov 22, 2022', 'c', '## Nov 18, 2022', 'd', '## Nov 17, 2022', 'e'].join(
      '\n'
    )
    expect(days(text).map((e) => e.date)).toEqual(['2022-12-07', '2022-12-06', '2022-11-22', '2022-11-18', '2022-11-17'])
  })

  it('in a log written oldest first, a deeper heading naming an earlier day still speaks of it', () => {
    const text = ['## Day 17', 'a', '## Day 18', '### Day 17との比較', 'b', '## Day 19', 'c'].join('\n')
    expect(days(text).map((e) => e.number)).toEqual([17, 18, 19])
  })
})

describe('the template: the 100 Days of Code template’s examples', () => {
  it('`Day 0: February 30, 2016 (Example 1)` and its translations are no days, and --explain says why', () => {
    const text = [
      '### Dia 1: 07 de Agosto, 2018',
      '**Progresso do dia:** a',
      '### Dia 2: 08 de Agosto, 2018',
      '**Progresso do dia:** b',
      '### Dia 0: 29 de fevereiro, 2016 (Exemplo 1)',
      '##### (me delete ou transforme em comentário)',
      '### Day 1: February 30, 2016 (Example 2)',
      'x'
    ].join('\n')
    const log = parseLog(text)
    expect(log.entries.map((e) => e.date)).toEqual(['2018-08-07', '2018-08-08'])
    const explained = explainLines(log.reading, 'log.md')
    expect(explained).toContain("    L5  Dia 0: 29 de fevereiro, 2016 (Exemplo 1) — a template's example, left in the log")
    expect(explained).toContain("    L7  Day 1: February 30, 2016 (Example 2) — a template's example, left in the log")
  })
})

describe('an index of days nested under a topic bullet', () => {
  it('`- 영문법` over `  - [1일차](…)`: each nested bullet that links to its day is that day, kept in its own file', () => {
    const text = [
      '# 영어',
      '',
      '- 영문법',
      '  - [1일차](./grammar/1.md)',
      '  - [2일차](./grammar/2.md)',
      '  - [3일차](./grammar/3.md)'
    ].join('\n')
    const log = parseLog(text)
    expect(log.entries.map((e) => [e.number, e.line, e.external])).toEqual([
      [1, 4, true],
      [2, 5, true],
      [3, 6, true]
    ])
  })

  it('not a bullet of notes under a day, nor days linked two to a bullet (read in part, they would hide the rest)', () => {
    const notes = [
      '- 2024-03-05',
      '  - [3.1 배열](./a.md)',
      '- 2024-03-06',
      '  - [4.1 스택](./c.md)',
      '- 2024-03-07',
      '  - [5.1 큐](./d.md)'
    ]
    expect(labels(notes.join('\n'))).toEqual([
      [null, '2024-03-05', 1],
      [null, '2024-03-06', 3],
      [null, '2024-03-07', 5]
    ])
    const pairs = ['- HTML', '  - [(22.01.11)](./1.md) [(22.01.12)](./2.md)', '- Git', '  - [(22.01.15)](./5.md)'].join('\n')
    expect(days(pairs)).toEqual([])
  })
})

describe('bullets that open with emoji before their day', () => {
  it('an emoji made with a joiner (`👨‍🎨`) or a selector (`⛑️`) before a linked date: a day kept in its own file', () => {
    const text = ['- 😐[8월 4일](./8/4.md)', '- ⛑️[8월 5일](./8/5.md)', '- 👨‍🎨[8월 6일](./8/6.md)', '- 🧙‍♂️[8월 7일](./8/7.md)'].join('\n')
    const log = parseLog(text)
    expect(log.entries.map((e) => [e.date, e.external])).toEqual([
      ['--08-04', true],
      ['--08-05', true],
      ['--08-06', true],
      ['--08-07', true]
    ])
  })

  it('`- Día 1: ✔️`: a bullet opening with another language’s word for a day', () => {
    const text = ['## 📅 Mi Progreso', '- Día 1: ✔️', '- Día 2:✔️', '- Día 3:'].join('\n')
    expect(days(text).map((e) => [e.number, e.line, e.hasContent])).toEqual([
      [1, 2, true],
      [2, 3, true],
      [3, 4, false]
    ])
  })

  it('`- [] day43 9/25`: a box typed without its space still opens with the day', () => {
    const text = [
      '- [] ***day43*** 9/25 Mon',
      '  - wrote',
      '- [x] ***day42*** 9/24 Sun',
      '  - read',
      '- [x] ***day41*** 9/23 Sat',
      '  - ran'
    ]
    expect(days(text.join('\n')).map((e) => [e.number, e.line])).toEqual([
      [43, 1],
      [42, 3],
      [41, 5]
    ])
  })
})

describe('a year heading over days written without one', () => {
  it('`## 📅 2022 年` over `### 04 月 07 日`, `# 2023년` over `## 1월` / `### 2일`: the days take its year', () => {
    const zh = [
      '## 📅 2022 年',
      '',
      '### 04 月 07 日',
      '- a',
      '',
      '### 04 月 06 日',
      '- b',
      '',
      '## 📅 2021 年',
      '',
      '### 12 月 31 日',
      '- c'
    ].join('\n')
    expect(labels(zh)).toEqual([
      [null, '2022-04-07', 3],
      [null, '2022-04-06', 6],
      [null, '2021-12-31', 11]
    ])
    const ko = ['# 2022년', '## 12월', '### 31일', '- a', '# 2023년', '## 1월', '### 2일', '- b'].join('\n')
    expect(days(ko).map((e) => [e.date, e.line, e.endLine])).toEqual([
      ['2022-12-31', 3, 4],
      ['2023-01-02', 7, 8]
    ])
  })

  it('a year heading ends the day above it (whose year its neighbour gives); `#### 2048 게임` inside a day is the day’s', () => {
    const text = ['### 3/4', 'x', '## 2024', '### 3/5', 'y', '#### 2048 게임', 'z'].join('\n')
    expect(days(text).map((e) => [e.date, e.line, e.endLine])).toEqual([
      ['2024-03-04', 1, 2],
      ['2024-03-05', 4, 7]
    ])
  })
})

describe('status: a list of writing with no day in it', () => {
  it('a list of many bullets with no readable day is unread, not a new log (each bullet is writing)', () => {
    const text = ['### Managing', ...Array.from({ length: 6 }, (_, i) => `- read chapter ${i + 1}. 2021/12/2${i}`)].join('\n')
    expect(parseLog(text).reading.status).toBe('unread')
    expect(parseLog('# TIL\n\n- rule one\n- rule two\n').reading.status).toBe('empty')
  })
})
