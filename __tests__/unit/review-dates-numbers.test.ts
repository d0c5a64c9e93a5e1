/**
 * An entry that carries both a date and a day number covers its date; when the
 * number disagrees with where the date puts it — in the calendar, or in the log's
 * own numbering — that is a label-mismatch naming both.
 */
import { checkLog } from '../../src/review/check.js'
import type { Report } from '../../src/review/types.js'
import { checkOptions, resolveSettings } from '../../src/settings.js'
import { messages } from '../../src/render/messages.js'

const noCalendar = { calendar: null, lastDue: null }
const mismatches = (report: Report) =>
  report.findings.filter((f) => f.type === 'label-mismatch').map((f) => [f.entry, f.date, f.line, messages(report.language).finding(f)])

const day = (label: string) => `### ${label}\n- did things\n`

describe('by the log’s own numbering (no calendar)', () => {
  it('`### 1/4 Day 16` after `### 1/3 Day 17` is a mismatch naming both', () => {
    const text = ['12/31 Day 14:', '1/1 Day 15:', '1/2 Day 16:', '1/3 Day 17:', '1/4 Day 16:'].map(day).join('\n')
    const report = checkLog(text, noCalendar)
    expect(mismatches(report)).toEqual([
      ['Day16', '--01-04', 13, 'Day16 (--01-04) comes after Day17 (--01-03). Check its day number or date.']
    ])
    expect(report.findings.filter((f) => f.type === 'label-mismatch')[0]!.section).toBe('1/4 Day 16:')
  })

  it('in Korean, with the particle that fits the day’s name (the date in brackets is read past)', () => {
    const text = ['## Day 1 (2024-03-04)\n오늘은 공부', '## Day 3 (2024-03-05)\n오늘도 공부', '## Day 2 (2024-03-06)\n또 공부'].join('\n\n')
    expect(mismatches(checkLog(text, noCalendar)).map((m) => m[3])).toEqual([
      'Day3(2024-03-05) 뒤에 Day2(2024-03-06)가 있어요. 번호나 날짜를 확인해 주세요.'
    ])
  })

  it('a restart at Day 1 (a new week or round) is not a mistake; the days after it count on', () => {
    const text = [
      '## Week 1',
      '**Day 1 – Feb 18**',
      '- a',
      '**Day 2 – Feb 19**',
      '- b',
      '## Week 2',
      '**Day 1 – Feb 20**',
      '- c',
      '**Day 2 – Feb 21**',
      '- d'
    ].join('\n\n')
    expect(mismatches(checkLog(text, noCalendar))).toEqual([])
  })

  it('a new round named as such (`R2D6` after `R1D48`) counts afresh from wherever it starts; within a round, not', () => {
    const text = ['R1D47 - Oct 29/19', 'R1D48 - Oct 30/19', 'R2D6 - Dec 17.19', 'R2D7 - Dec 18.19'].map(day).join('\n')
    expect(mismatches(checkLog(text, noCalendar))).toEqual([])
    const slip = ['R1D47 - Oct 29/19', 'R1D48 - Oct 30/19', 'R1D6 - Dec 17.19'].map(day).join('\n')
    expect(mismatches(checkLog(slip, noCalendar)).map((m) => m[0])).toEqual(['Day6'])
  })

  it('two numbers on one date, and a newest-first log, are fine', () => {
    const sameDate = ['Day 46: 2017-07-28', 'Day 47: 2017-07-28', 'Day 48: 2017-07-29'].map(day).join('\n')
    expect(mismatches(checkLog(sameDate, noCalendar))).toEqual([])
    const newestFirst = ['Day 3: 2024-03-06', 'Day 2: 2024-03-05', 'Day 1: 2024-03-04'].map(day).join('\n')
    expect(mismatches(checkLog(newestFirst, noCalendar))).toEqual([])
  })
})

describe('by the calendar', () => {
  const options = (today: string) => checkOptions(resolveSettings({ 'start-date': '2024-03-04', today }), new Date('2024-03-20T00:00:00Z'))

  it('a number the calendar puts on another date is a mismatch; the entry covers its date, not its number', () => {
    // Mon 3/4 is Day 1 … Fri 3/8 is Day 5. "Day 4" is written on Friday 3/8.
    const text = ['Day 1 - 2024-03-04', 'Day 2 - 2024-03-05', 'Day 3 - 2024-03-06', 'Day 4 - 2024-03-08'].map(day).join('\n')
    const report = checkLog(text, options('2024-03-08'))
    expect(mismatches(report)).toEqual([
      ['Day4', '2024-03-08', 10, 'Day4 is dated 2024-03-08, which is Day5 in the calendar. Check its day number or date.']
    ])
    // Thursday 3/7 (the calendar's Day 4) is missing; Friday 3/8 (Day 5) is written, under another number. The log has
    // an entry called Day 4, so the missing day is named by its date: "Day4 has no entry" would point at the wrong one.
    expect(report.findings.filter((f) => f.type === 'missing-day').map((f) => [f.entry, f.number, f.date])).toEqual([
      ['2024-03-07', null, '2024-03-07']
    ])
  })

  it('a missing day whose number no entry carries keeps its number', () => {
    const text = ['Day 1 - 2024-03-04', 'Day 2 - 2024-03-05', 'Day 4 - 2024-03-07'].map(day).join('\n')
    const report = checkLog(text, options('2024-03-07'))
    expect(report.findings.map((f) => [f.type, f.entry, f.date])).toEqual([['missing-day', 'Day3', '2024-03-06']])
  })

  it('numbers that count only the days written (#100DaysOfCode): missing days are named by date, after the entry before them', () => {
    // Days off on Wednesday 3/6 and Friday 3/8; the log's Day 3 is Thursday 3/7, its Day 4 Monday 3/11.
    const text = ['Day 1 - 2024-03-04', 'Day 2 - 2024-03-05', 'Day 3 - 2024-03-07', 'Day 4 - 2024-03-11', 'Day 5 - 2024-03-12']
      .map(day)
      .join('\n')
    const report = checkLog(text, options('2024-03-12'))
    expect(report.findings.map((f) => [f.type, f.entry, f.number, f.date, f.line])).toEqual([
      ['missing-day', '2024-03-06', null, '2024-03-06', 5],
      ['missing-day', '2024-03-08', null, '2024-03-08', 8]
    ])
  })

  it('a log that counts days its own way (most numbers off the calendar) is judged by its own order instead', () => {
    // Every day counted, the weekend too, from Friday 3/1, while the calendar counts weekdays: no flood of mismatches.
    const text = Array.from({ length: 10 }, (_, i) => day(`Day ${i + 1} - 2024-03-${String(1 + i).padStart(2, '0')}`)).join('\n')
    const report = checkLog(
      text,
      checkOptions(resolveSettings({ 'start-date': '2024-03-01', today: '2024-03-08' }), new Date('2024-03-20T00:00:00Z'))
    )
    expect(mismatches(report)).toEqual([])
    expect(report.findings.filter((f) => f.type === 'missing-day')).toEqual([])
  })
})

describe('a section heading numbered like a day', () => {
  const log = (reflections: number[]) =>
    reflections.map((n, i) => `## Day${i + 4}\n\n### 배운 것\n\n- 스택 ${i}\n\n### DAY ${n} 소감\n\n재밌었다\n`).join('\n')

  it('`### DAY 4 소감` under `## Day5` is that day’s section with the wrong number, not a second Day4', () => {
    const report = checkLog(log([4, 4, 6]), noCalendar)
    expect(report.entries.map((e) => e.label)).toEqual(['Day4', 'Day5', 'Day6'])
    expect(mismatches(report).map((m) => [m[0], m[3]])).toEqual([
      ['Day5', 'Day5에 있는 "DAY 4 소감"의 번호가 맞지 않아요. "DAY 5 소감"으로 고쳐 주세요.']
    ])
  })

  it('numbered right, every such section belongs to its day and nothing is flagged', () => {
    const report = checkLog(log([4, 5, 6]), noCalendar)
    expect(report.entries.map((e) => [e.label, e.sections.map((s) => s.title)])).toEqual([
      ['Day4', ['배운 것', 'DAY 4 소감']],
      ['Day5', ['배운 것', 'DAY 5 소감']],
      ['Day6', ['배운 것', 'DAY 6 소감']]
    ])
    expect(mismatches(report)).toEqual([])
  })
})

describe('a label naming a day that does not exist', () => {
  const notes = (text: string) => {
    const report = checkLog(text, noCalendar)
    return { report, lines: report.notes.map((n) => messages(report.language).note(n)) }
  }

  it('leaves the entry undated and says so in one line, naming the labels', () => {
    const { report, lines } = notes(
      ['## June 30, 2024', '- a', '## June 31, 2024', '- b', '## 2023-02-29', '- c', '## 2024-02-29', '- d'].join('\n')
    )
    expect(report.entries.map((e) => e.date)).toEqual(['2024-06-30', null, null, '2024-02-29'])
    expect(report.notes).toEqual([
      {
        type: 'reading',
        kind: 'no-such-date',
        labels: [
          { line: 3, text: 'June 31, 2024' },
          { line: 5, text: '2023-02-29' }
        ],
        total: 2
      }
    ])
    expect(lines).toEqual([
      '2 labels name days that do not exist (line 3: "June 31, 2024", line 5: "2023-02-29"), so those entries have no date. Fix the dates to have them checked.'
    ])
  })

  it('quotes three at most and counts the rest; in Korean for a Korean log', () => {
    const text = ['# 공부 기록', ...[31, 32, 33, 34].flatMap((d) => [`## 2024.04.${d}`, '- 정렬 알고리즘 복습'])].join('\n')
    const { lines } = notes(text)
    // 04.32 is no date in any reading: only the days April lacks count.
    expect(lines).toEqual([
      '없는 날짜가 적힌 제목이 있어서 그 기록은 날짜 없이 읽었어요(2번째 줄 "2024.04.31"). 날짜를 고치면 확인할 수 있어요.'
    ])
    const many = [
      '# 공부 기록',
      ...[2, 4, 6, 9, 11].flatMap((m) => [`## 2024.${String(m).padStart(2, '0')}.31`, '- 그래프 탐색 정리'])
    ].join('\n')
    expect(notes(many).lines).toEqual([
      '없는 날짜가 적힌 제목이 있어서 그 기록은 날짜 없이 읽었어요(2번째 줄 "2024.02.31", 4번째 줄 "2024.04.31", 6번째 줄 "2024.06.31" 외 2개). 날짜를 고치면 확인할 수 있어요.'
    ])
  })

  it('every real date: no note', () => {
    expect(notes('## 2024-02-29\n- a\n## 2024-03-01\n- b\n').report.notes).toEqual([])
  })
})

describe('a weekday that is not the date’s', () => {
  const findings = (text: string) => {
    const report = checkLog(text, noCalendar)
    return report.findings.map((f) => [f.line, messages(report.language).finding(f)])
  }

  it('is said, in the log’s language, naming both days', () => {
    const korean = ['## 2025-03-03 (월)', '- 정렬', '## 2025-03-04 (수)', '- 탐색'].join('\n')
    expect(findings(korean)).toEqual([[3, '2025-03-04 (수)는 화요일인데 수요일로 적혀 있어요. 날짜나 요일을 확인해 주세요.']])
    const english = ['### Day 1: Friday, March 1, 2019', 'x', '### Day 2: Saturday, March 3, 2019', 'y'].join('\n')
    expect(findings(english)).toEqual([[3, 'Day2 is dated 2019-03-03, a Sunday, but says Saturday. Check its date or weekday.']])
  })

  it('in other languages too: a Spanish or Vietnamese weekday is read and held to its date', () => {
    const spanish = ['### Día 2: 8 de marzo de 2024 - Viernes', 'x', '### Día 3: 9 de marzo de 2024 - Domingo', 'y'].join('\n')
    expect(findings(spanish)).toEqual([[3, 'Day3 is dated 2024-03-09, a Saturday, but says Sunday. Check its date or weekday.']])
    const vietnamese = [
      '### Thứ Hai (04/03/2024)',
      '- Git',
      '### Thứ Ba (05/03/2024)',
      '- React',
      '### Thứ Năm (06/03/2024)',
      '- Hooks'
    ].join('\n')
    expect(findings(vietnamese)).toEqual([
      [5, 'Thứ Năm (06/03/2024) is dated 2024-03-06, a Wednesday, but says Thursday. Check its date or weekday.']
    ])
  })

  it('not where the date has no year, or a range has a weekday at each end', () => {
    expect(findings(['## 3월 4일 (수)', '- 정렬'].join('\n'))).toEqual([])
    expect(findings(['## 2025-03-03 (Mon) ~ 2025-03-07 (Fri)', '- 정렬'].join('\n'))).toEqual([])
  })
})

describe('a day heading written twice', () => {
  const findings = (text: string) => {
    const report = checkLog(text, noCalendar)
    return report.findings.map((f) => [f.type, f.entry, f.line, messages(report.language).finding(f)])
  }

  it('word for word, after another day: a copied heading whose number was not changed, said once (not also out of order)', () => {
    const text = ['1日目: 5月22日', '2日目: 5月23日', '3日目: 5月24日', '2日目: 5月23日'].map(day).join('\n')
    expect(findings(text)).toEqual([['label-mismatch', 'Day2', 10, 'Day2 is written twice (also on line 4). Check its day number.']])
  })

  it('in Korean for a Korean log', () => {
    const text = ['# 학습 일지', ...['1일차', '2일차', '2일차'].map((l) => `### ${l}\n- 배열 복습\n`)].join('\n')
    expect(findings(text).map((f) => f[3])).toEqual(['Day2 제목이 두 번 나와요(5번째 줄에도 있어요). 번호를 확인해 주세요.'])
  })

  it('a date heading copied word for word, the date not changed: said so, asking for the date', () => {
    const text = ['# 2024.03.04', '- 정렬', '# 2024.03.05', '- 탐색', '# 2024.03.05', '- 그래프'].join('\n')
    expect(findings(text)).toEqual([
      ['label-mismatch', '2024.03.05', 5, '2024.03.05 제목이 두 번 나와요(3번째 줄에도 있어요). 날짜를 확인해 주세요.']
    ])
  })

  it('a third time names every line before it', () => {
    const korean = ['# 2024.03.05', '- 탐색', '# 2024.03.05', '- 그래프', '# 2024.03.05', '- 정렬'].join('\n')
    expect(findings(korean).map((f) => f[3])).toEqual([
      '2024.03.05 제목이 두 번 나와요(1번째 줄에도 있어요). 날짜를 확인해 주세요.',
      '2024.03.05 제목이 세 번 나와요(1, 3번째 줄에도 있어요). 날짜를 확인해 주세요.'
    ])
    const english = ['Day 1', 'Day 2', 'Day 2', 'Day 2'].map(day).join('\n')
    expect(findings(english).map((f) => f[3])).toEqual([
      'Day2 is written twice (also on line 4). Check its day number.',
      'Day2 is written 3 times (also on lines 4 and 7). Check its day number.'
    ])
  })

  it('a date heading again far from the first, in other decoration: the same day twice', () => {
    const days = [
      '--- 17 Jan 2024 ---',
      '- cart',
      '-- 16 Jan 2024 --',
      '- menu',
      '-- 2 Jan 2024 --',
      '- setup',
      '-- 17 Jan 2024 --',
      '- typo'
    ]
    expect(findings(days.join('\n\n'))).toEqual([
      ['label-mismatch', '-- 17 Jan 2024 --', 13, '-- 17 Jan 2024 -- is written twice (also on line 1). Check its date.']
    ])
  })

  it('a date written in a row, with the days beside it written: one day in parts; with a day left out beside it, a copy', () => {
    // A work log, newest first: three sessions on the 5th, between the 6th and the 4th.
    const sessions = [
      '## 2026-01-06 (화)',
      '### 문서',
      '## 2026-01-05 (월)',
      '### DB',
      '## 2026-01-05 (월)',
      '### 정리',
      '## 2026-01-04 (일)',
      '### UI'
    ]
    expect(findings(sessions.join('\n'))).toEqual([])
    // The 5th is written twice and the 6th not at all: the second was meant for the 6th.
    const copied = ['## 2026-01-04', '- UI', '## 2026-01-05', '- DB', '## 2026-01-05', '- API', '## 2026-01-07', '- 배포']
    expect(findings(copied.join('\n')).map((f) => f[2])).toEqual([5])
  })

  it('not rows of a table of days sharing a date: several lines of one day, whatever the days beside them', () => {
    const table = [
      '| Date | Activity | Points |',
      '| --- | --- | --- |',
      '| 1-08-2018 | Reading | 100 |',
      '| 1-26-2018 | Workout | 10 |',
      '| 1-26-2018 | Book | 200 |',
      '| 1-26-2018 | Course | 50 |',
      '| 3-06-2018 | Reading | 100 |'
    ]
    const report = checkLog(table.join('\n'), noCalendar)
    // Rows one after another naming the same day are one entry, from its first row to its last.
    expect(report.entries.filter((e) => e.row).map((e) => [e.line, e.endLine])).toEqual([
      [3, 3],
      [4, 6],
      [7, 7]
    ])
    expect(findings(table.join('\n'))).toEqual([])
    // Apart, with another day between, they stay rows of their own, and still no copied label.
    const apart = [table[0]!, table[1]!, table[3]!, table[2]!, table[4]!].join('\n')
    expect(checkLog(apart, noCalendar).entries.map((e) => e.line)).toEqual([3, 4, 5])
    expect(findings(apart)).toEqual([])
  })

  it.each([
    ['a second session or part of the day, under another title', ['Day 1', 'Day 2 - API', 'Day 2 - API, continued', 'Day 3']],
    ['a second round that starts again at 1', ['Day 1', 'Day 2', 'Day 1', 'Day 2']],
    ['a date again under another title', ['2024-03-04 (morning)', '2024-03-04 (evening)']]
  ])('not %s', (_, labels) => {
    expect(findings(labels.map(day).join('\n')).filter((f) => f[3]!.toString().includes('twice'))).toEqual([])
  })
})

describe('a log that never writes a year: its weekdays choose one', () => {
  const dates = (text: string, today: string | null) => checkLog(text, { calendar: null, lastDue: today, today }).entries.map((e) => e.date)

  it('the latest year, up to today, that puts the written weekdays on their dates', () => {
    const text = ['#### 3/8 (월)', '- a', '#### 3/9 (화)', '- b', '#### 3/10 (수)', '- c'].join('\n')
    // 2021 puts 8 March on a Monday; so do 2010 and 2027, one earlier, one after today.
    expect(dates(text, '2026-11-30')).toEqual(['2021-03-08', '2021-03-09', '2021-03-10'])
    expect(dates(text, '2015-01-01')).toEqual(['2010-03-08', '2010-03-09', '2010-03-10'])
    // Nothing to compare with: the dates keep no year.
    expect(dates(text, null)).toEqual(['--03-08', '--03-09', '--03-10'])
  })

  it('across new year, and in Chinese; not from fewer than three weekdays, nor weekdays that fit no year', () => {
    const chinese = ['### 第1天: 12月30日, 星期四', 'x', '### 第2天: 12月31日, 星期五', 'y', '### 第3天: 1月3日, 星期一', 'z'].join('\n')
    expect(dates(chinese, '2026-11-30')).toEqual(['2021-12-30', '2021-12-31', '2022-01-03'])
    const two = ['#### 3/8 (월)', '- a', '#### 3/9 (화)', '- b'].join('\n')
    expect(dates(two, '2026-11-30')).toEqual(['--03-08', '--03-09'])
    const wrong = ['#### 3/8 (월)', '- a', '#### 3/9 (월)', '- b', '#### 3/10 (월)', '- c'].join('\n')
    expect(dates(wrong, '2026-11-30')).toEqual(['--03-08', '--03-09', '--03-10'])
  })

  it('says so in one line, with the next earlier years that fit as well: the calendar repeats', () => {
    const text = ['#### 3/8 (월)', '- a', '#### 3/9 (화)', '- b', '#### 3/10 (수)', '- c'].join('\n')
    const report = checkLog(text, { calendar: null, lastDue: '2026-11-30', today: '2026-11-30' })
    expect(report.notes.map((n) => messages('ko').note(n))).toEqual([
      '연도를 적지 않은 기록이라, 날짜 옆 요일이 맞는 가장 최근 연도로 첫 기록을 2021년으로 읽었어요(2010년, 2004년도 요일이 맞아요). 다른 해라면 start-date로 알려 주세요.'
    ])
    expect(report.notes.map((n) => messages('en').note(n))).toEqual([
      'The log writes no year: its weekdays put its first dated day in 2021, the latest year up to today that fits them (2010, 2004 fit too). Set start-date if it was another year.'
    ])
  })

  it('the one weekday of five that fits no such year is said as a slip', () => {
    const text = [
      '#### 3/8 (월)',
      '- a',
      '#### 3/9 (화)',
      '- b',
      '#### 3/10 (수)',
      '- c',
      '#### 3/11 (목)',
      '- d',
      '#### 3/12 (토)',
      '- e'
    ].join('\n')
    const report = checkLog(text, { calendar: null, lastDue: '2026-11-30', today: '2026-11-30' })
    expect(report.findings.map((f) => [f.type, f.line])).toEqual([['label-mismatch', 9]])
  })
})

describe('a plan named for the next day', () => {
  it('`下一步（Day 7）` in Day 6 is the plan for Day 7, not a section with the wrong number', () => {
    const text = ['## Day 5', '- a', '## Day 6', '- b', '### 下一步（Day 7）', '- c', '## Day 7', '- d'].join('\n')
    expect(mismatches(checkLog(text, noCalendar))).toEqual([])
    // Named for a day further on, it is flagged as before.
    const far = text.replace('下一步（Day 7）', '下一步（Day 9）')
    expect(mismatches(checkLog(far, noCalendar)).map((m) => m[0])).toEqual(['Day6'])
  })
})
