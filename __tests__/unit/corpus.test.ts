/**
 * The engine on real logs: the seed and the thirteen corpus files in ../shared.
 * Every expectation below was read off the files by hand (line numbers from
 * `cat -n`, counts from the MANIFEST and from reading); none was copied from
 * the engine's output.
 */
import { readdirSync } from 'node:fs'
import { checkLog, parseLog } from '../helpers/with-micromark.js'
import type { Entry } from '../../src/log/types.js'
import type { Report } from '../../src/review/types.js'
import { addDays, CORPUS, HAS_CORPUS, HAS_SEED, readSeed, readShared } from '../fixtures/shared.js'

const describeCorpus = HAS_CORPUS && HAS_SEED ? describe : describe.skip
if (!HAS_CORPUS || !HAS_SEED) console.warn('corpus.test.ts: ../shared/corpus or ../shared/fixtures is absent; the corpus tests are skipped')

const read = (name: string): string => readShared('corpus', `${name}.md`)
const days = (entries: Entry[]): Entry[] => entries.filter((e) => e.kind === 'day')
const weeks = (entries: Entry[]): Entry[] => entries.filter((e) => e.kind === 'week')
const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i)
const noCalendar = { calendar: null, lastDue: null }
const findingsOf = (report: Report, type: string): string[] => report.findings.filter((f) => f.type === type).map((f) => f.entry)

/** Every log and the language the MANIFEST gives it (the bilingual index is left out). */
const LANGUAGES: Record<string, 'ko' | 'en'> = {
  '100days-kazesberger-r1-log': 'en',
  '100days-mattambrogi-log': 'en',
  '100days-newbiegreen4ever-log': 'en',
  '100days-yvonneyeh-log': 'en',
  'boostcamp-llseungjun': 'ko',
  'codesquad-be-java-cafe-new-pow': 'ko',
  'devlog-dhanushka-ai-support-agent': 'en',
  'devlog-keunbum-tetris': 'ko',
  'fastcampus-fe-dreamfulbud': 'ko',
  'likelion-fe3-2duckchun-nov': 'ko',
  'til-2duckchun-2023': 'ko',
  'winterbreak-jlincodes': 'en'
}

describeCorpus('corpus: every file', () => {
  const files = HAS_CORPUS ? readdirSync(CORPUS).filter((f) => f.endsWith('.md') && f !== 'MANIFEST.md') : []
  const all = [...files.map((f) => ({ name: f, text: () => readShared('corpus', f) })), { name: 'seed', text: readSeed }]

  it('holds the thirteen logs the MANIFEST lists', () => {
    expect(files).toHaveLength(13)
    for (const name of Object.keys(LANGUAGES)) expect(files).toContain(`${name}.md`)
    expect(files).toContain('boostcamp-index-jeangyuheo.md')
  })

  it.each(all)('$name: parses, finds days, and checks without throwing; every line is inside the file', ({ text }) => {
    const source = text()
    const lines = source.split('\n').length
    const parsed = parseLog(source)
    expect(days(parsed.entries).length).toBeGreaterThanOrEqual(5)
    for (const entry of parsed.entries) {
      expect(entry.line).toBeGreaterThanOrEqual(1)
      expect(entry.endLine).toBeGreaterThanOrEqual(entry.line)
      expect(entry.endLine).toBeLessThanOrEqual(lines)
      for (const section of entry.sections) {
        expect(section.line).toBeGreaterThanOrEqual(entry.line)
        expect(section.line).toBeLessThanOrEqual(entry.endLine)
        for (const item of section.items) expect(item.line).toBeGreaterThanOrEqual(entry.line)
      }
    }
    const report = checkLog(source, noCalendar)
    for (const f of report.findings) if (f.line !== null) expect(f.line).toBeLessThanOrEqual(lines)
  })

  it.each(Object.entries(LANGUAGES))('%s is read as %s', (name, language) => {
    expect(parseLog(read(name)).language).toBe(language)
  })

  it('the seed is read as Korean', () => {
    expect(parseLog(readSeed()).language).toBe('ko')
  })

  // The chunked parse exists for speed only: it must not change a single entry.
  it.each(all)('$name: the chunked parse equals the whole-document parse', ({ text }) => {
    const source = text()
    const chunked = parseLog(source)
    const whole = parseLog(source, { mode: 'whole' })
    expect(chunked).toEqual(whole)
  })
})

describeCorpus('corpus: the seed (boostcamp-ai-tech-til)', () => {
  it('has Day1–Day13 at their <summary> lines and the WEEK1 and WEEK2 reviews', () => {
    const { entries } = parseLog(readSeed())
    expect(days(entries).map((e) => [e.label, e.line])).toEqual([
      ['Day1', 5],
      ['Day2', 81],
      ['Day3', 257],
      ['Day4', 524],
      ['Day5', 591],
      ['Day6', 646],
      ['Day7', 738],
      ['Day8', 801],
      ['Day9', 866],
      ['Day10', 916],
      ['Day11', 962],
      ['Day12', 998],
      ['Day13', 1038]
    ])
    expect(weeks(entries).map((e) => [e.label, e.line])).toEqual([
      ['WEEK1', 627],
      ['WEEK2', 948]
    ])
  })

  it('reads the five sections of Day1 with their roles, lines and emoji items', () => {
    const day1 = parseLog(readSeed()).entries[0]!
    expect(day1.sections.map((s) => [s.role, s.line])).toEqual([
      ['done', 8],
      ['notDone', 21],
      ['learned', 27],
      ['goals', 66],
      ['reflection', 73]
    ])
    expect(day1.sections[0]!.items.map((i) => [i.line, i.done])).toEqual([
      [11, true],
      [13, true],
      [15, true]
    ])
    expect(day1.sections[1]!.items).toEqual([{ text: 'python 기초 문법 끝내기', done: false, line: 23 }])
    expect(day1.sections[3]!.forTomorrow).toBe(true)
    expect(day1.endLine).toBe(77)
  })
})

describeCorpus('corpus: boostcamp-llseungjun (the reference format)', () => {
  const text = (): string => read('boostcamp-llseungjun')

  it('has 25 days and 5 week reviews; the <b>WEEKn</b> wrappers and the project review are not entries', () => {
    const { entries } = parseLog(text())
    expect(days(entries).map((e) => e.number)).toEqual(range(1, 25))
    expect(days(entries).map((e) => e.line)).toEqual([
      6, 82, 258, 525, 592, 648, 740, 803, 868, 918, 971, 1007, 1047, 1089, 1125, 1176, 1214, 1250, 1284, 1315, 1364, 1375, 1386, 1397, 1408
    ])
    expect(weeks(entries).map((e) => [e.label, e.line])).toEqual([
      ['WEEK1', 628],
      ['WEEK2', 950],
      ['WEEK3', 1159],
      ['WEEK4', 1347],
      ['WEEK5', 1418]
    ])
    expect(entries).toHaveLength(30)
    expect(entries.some((e) => /Level1|<b>/.test(e.title))).toBe(false)
  })

  it('finds the empty templates: Day5 (only its weekend goal), Day15, Day19, Day20 and Day25', () => {
    const report = checkLog(text(), noCalendar)
    expect(findingsOf(report, 'empty-day')).toEqual(['Day5', 'Day15', 'Day19', 'Day20', 'Day25'])
  })

  it('Day21–Day24 hold only a link in their learned section, which counts as content', () => {
    const { entries } = parseLog(text())
    for (const n of [21, 22, 23, 24]) {
      const day = entries.find((e) => e.number === n)!
      expect(day.sections.map((s) => [s.role, s.empty])).toEqual([['learned', false]])
    }
  })
})

describeCorpus('corpus: codesquad-be-java-cafe-new-pow', () => {
  const text = (): string => read('codesquad-be-java-cafe-new-pow')
  const dated = ['13', '14', '15', '16', '17', '20', '21', '22', '23', '24', '27', '28', '29', '30', '31']

  it('reads `## M월 D일 요일` without a year as --MM-DD; the `## 주말` entries are not days', () => {
    const { entries } = parseLog(text())
    expect(entries.map((e) => e.date)).toEqual(dated.map((d) => `--03-${d}`))
    expect(entries.map((e) => e.line)).toEqual([15, 29, 54, 74, 91, 132, 152, 164, 181, 199, 244, 258, 269, 279, 288])
    expect(entries[0]!.title).toBe('3월 13일 월요일')
    expect(entries.every((e) => e.kind === 'day' && e.number === null)).toBe(true)
  })

  it('takes the year from the start date when one is given', () => {
    const { entries } = parseLog(text(), { startDate: '2023-03-13' })
    expect(entries.map((e) => e.date)).toEqual(dated.map((d) => `2023-03-${d}`))
  })

  it('carries the unchecked boxes copied from day to day', () => {
    const report = checkLog(text(), noCalendar)
    const algo = report.carryOver.find((c) => c.text === '알고리즘 1문제 풀기')!
    expect(algo.openIn).toEqual(['3월 27일 월요일', '3월 28일 화요일', '3월 29일 수요일', '3월 30일 목요일', '3월 31일 금요일'])
    expect(algo.resolvedIn).toBeNull()
    expect(algo.line).toBe(256)
    const lecture = report.carryOver.find((c) => c.text.startsWith('스프링 기본 강의 수강'))!
    expect(lecture.openIn).toEqual(['3월 14일 화요일', '3월 15일 수요일', '3월 16일 목요일', '3월 17일 금요일', '3월 20일 월요일'])
    expect(lecture.line).toBe(40)
  })
})

describeCorpus('corpus: likelion-fe3-2duckchun-nov', () => {
  it('reads `N일차 (M월 D일)` and the ranges `42 - 44일차` and `50 ~ 53일차`', () => {
    const { entries } = parseLog(read('likelion-fe3-2duckchun-nov'))
    expect(entries.map((e) => e.line)).toEqual([1, 8, 17, 27, 33, 41, 49, 56, 62, 67, 73, 79, 85, 92, 99, 107])
    expect(entries.map((e) => e.numbers)).toEqual([
      [37],
      [38],
      [39],
      [40],
      [41],
      [42, 43, 44],
      [45],
      [46],
      [47],
      [48],
      [49],
      [50, 51, 52, 53],
      [51],
      [52],
      [53],
      [54]
    ])
    const range42 = entries[5]!
    expect(range42.label).toBe('Day42-44')
    expect(range42.dates).toEqual(['--11-08', '--11-09', '--11-10'])
    expect(entries[11]!.dates).toEqual(['--11-21', '--11-22', '--11-23', '--11-24'])
    expect(entries[0]!.date).toBe('--11-01')
    expect(entries[15]!.date).toBe('--11-30')
  })
})

describeCorpus('corpus: til-2duckchun-2023', () => {
  it('reads 22 `M월 D일 TIL` headings, the range `2월 4~6일` and `4월25일!!`', () => {
    const { entries } = parseLog(read('til-2duckchun-2023'))
    expect(entries.map((e) => e.line)).toEqual([
      1, 16, 36, 47, 58, 65, 83, 113, 124, 133, 140, 146, 153, 172, 179, 218, 227, 249, 267, 272, 287, 348
    ])
    expect(entries[13]!.dates).toEqual(['--02-04', '--02-05', '--02-06'])
    expect(entries[14]!.dates).toEqual(['--02-07', '--02-08'])
    expect(entries[21]!.dates).toEqual(['--04-25'])
    // The heading at line 227 ends in a space; the title does not.
    expect(entries[16]!.title).toBe('2월 15일 TIL')
  })
})

describeCorpus('corpus: 100days-newbiegreen4ever-log', () => {
  const text = (): string => read('100days-newbiegreen4ever-log')

  it('has Day 1–80 without Day 64; Days 65–80 are undated placeholders', () => {
    const { entries } = parseLog(text())
    expect(entries.map((e) => e.number)).toEqual(range(1, 80).filter((n) => n !== 64))
    expect(entries[0]).toMatchObject({ line: 5, date: '2017-06-04', title: 'Day 1: 2017-06-04 (Sunday)' })
    expect(entries.find((e) => e.number === 46)!.date).toBe('2017-07-28')
    expect(entries.find((e) => e.number === 47)!.date).toBe('2017-07-28')
    expect(entries.find((e) => e.number === 63)!.date).toBe('2017-09-10')
    expect(entries.filter((e) => e.date === null).map((e) => e.number)).toEqual(range(65, 80))
  })

  it('reports Day64 missing and the placeholders empty; the HTML comments under Day 1–2 are not content', () => {
    const report = checkLog(text(), noCalendar)
    expect(findingsOf(report, 'missing-day')).toEqual(['Day64'])
    expect(findingsOf(report, 'empty-day')).toEqual(range(65, 80).map((n) => `Day${n}`))
  })
})

describeCorpus('corpus: 100days-kazesberger-r1-log', () => {
  const text = (): string => read('100days-kazesberger-r1-log')

  it('covers R1D0–R1D33 once each; `R1Dn - date` keeps its date', () => {
    const { entries } = parseLog(text())
    expect(entries).toHaveLength(26)
    expect(entries.flatMap((e) => e.numbers)).toEqual(range(0, 33))
    for (const entry of entries) {
      // R1D1 is 2018-09-15 and the days run on without a gap to R1D33 on 2018-10-17.
      expect(entry.dates).toEqual(entry.numbers.filter((n) => n > 0).map((n) => addDays('2018-09-14', n)))
    }
  })

  it('reads the three merged-day forms', () => {
    const { entries } = parseLog(text())
    const at = (line: number): Entry => entries.find((e) => e.line === line)!
    expect(at(404)).toMatchObject({ numbers: [21, 22], dates: ['2018-10-05', '2018-10-06'] })
    expect(at(421)).toMatchObject({ numbers: [23, 24, 25], dates: ['2018-10-07', '2018-10-08', '2018-10-09'] })
    expect(at(456)).toMatchObject({ numbers: [27, 28, 29], dates: ['2018-10-11', '2018-10-12', '2018-10-13'], label: 'Day27-29' })
    expect(at(471)).toMatchObject({ numbers: [30, 31, 32, 33], dates: ['2018-10-14', '2018-10-15', '2018-10-16', '2018-10-17'] })
  })

  it('reads the `Task | completed` tables: `nope` on R1D1 is carried over and done on R1D2', () => {
    const report = checkLog(text(), noCalendar)
    const minesweeper = report.carryOver.find((c) => c.line === 52)!
    // The cell is a reference link whose definition sits at the end of the file.
    expect(minesweeper).toMatchObject({ text: 'exercism.io/minesweeper', from: 'Day1', resolvedIn: 'Day2' })
    const day4 = report.entries.find((e) => e.number === 4)!
    expect(day4.sections.flatMap((s) => s.items).map((i) => [i.line, i.done])).toEqual([
      [121, true],
      [122, true],
      [123, true],
      [124, false]
    ])
  })
})

describeCorpus('corpus: 100days-yvonneyeh-log', () => {
  it('has Day 0–81, one calendar day apart from Thursday, January 7, 2021', () => {
    const { entries } = parseLog(read('100days-yvonneyeh-log'))
    expect(entries.map((e) => e.number)).toEqual(range(0, 81))
    expect(entries[0]).toMatchObject({ line: 3, date: null })
    for (const entry of entries.slice(1)) expect(entry.date).toBe(addDays('2021-01-07', entry.number! - 1))
    // `**Hackbright Day 1:**` inside Day 0's list is text, not an entry.
    expect(entries[1]!.line).toBe(11)
  })

  it('Days 77–81 are pre-filled: an empty progress section, but a link, so not empty days', () => {
    const report = checkLog(read('100days-yvonneyeh-log'), noCalendar)
    expect(findingsOf(report, 'empty-day')).toEqual([])
    const emptyProgress = report.findings.filter((f) => f.type === 'empty-section' && f.number! >= 77)
    expect(emptyProgress.map((f) => [f.entry, f.line])).toEqual([
      ['Day77', 807],
      ['Day78', 816],
      ['Day79', 825],
      ['Day80', 834],
      ['Day81', 843]
    ])
  })
})

describeCorpus('corpus: 100days-mattambrogi-log (newest first)', () => {
  const text = (): string => read('100days-mattambrogi-log')

  it('reads 55 headings newest first, with Day 51 three times and the descending range `Days 38 - 31`', () => {
    const { entries } = parseLog(text())
    expect(entries).toHaveLength(55)
    expect(entries[0]).toMatchObject({ line: 3, number: 76, date: '2021-05-20' })
    expect(entries[entries.length - 1]).toMatchObject({ line: 589, number: 1, date: '2021-02-01' })
    expect(entries.filter((e) => e.numbers.length === 1 && e.number === 51).map((e) => e.date)).toEqual([
      '2021-04-29',
      '2021-04-28',
      '2021-04-27'
    ])
    expect(entries.find((e) => e.line === 51)).toMatchObject({ numbers: [67, 68, 69], dates: ['2021-05-11', '2021-05-12', '2021-05-13'] })
    expect(entries.find((e) => e.line === 204)).toMatchObject({ numbers: range(31, 38), dates: [] })
    // Day 10 (February 12) is written above Day 11 (February 11).
    expect(entries.find((e) => e.line === 471)).toMatchObject({ number: 10, date: '2021-02-12' })
  })

  it('reports the missing numbers the MANIFEST lists', () => {
    const report = checkLog(text(), noCalendar)
    const missing = [6, 12, ...range(39, 44), ...range(53, 58), ...range(61, 65), 70, 71, 74, 75]
    // Findings come in line order (each after the nearest lower day written), not in number order.
    const found = report.findings.filter((f) => f.type === 'missing-day').map((f) => f.number!)
    expect([...found].sort((a, b) => a - b)).toEqual(missing)
  })

  it('the `## Break` section ends Day 32', () => {
    const day32 = parseLog(text()).entries.find((e) => e.line === 250)!
    expect(day32.endLine).toBeLessThan(265)
  })
})

describeCorpus('corpus: winterbreak-jlincodes', () => {
  const text = (): string => read('winterbreak-jlincodes')

  it('reads `MM/DD Day N:`; with the start date 2022-12-18, 1/1 is in the next year', () => {
    const { entries } = parseLog(text(), { startDate: '2022-12-18' })
    expect(entries.map((e) => e.number)).toEqual([...range(1, 17), 16])
    expect(entries.map((e) => e.date)).toEqual([
      ...range(18, 31).map((d) => `2022-12-${d}`),
      '2023-01-01',
      '2023-01-02',
      '2023-01-03',
      '2023-01-04'
    ])
  })

  it('without a start date the year stays unknown', () => {
    const { entries } = parseLog(text())
    expect(entries[0]!.date).toBe('--12-18')
    expect(entries[14]).toMatchObject({ line: 135, date: '--01-01' })
  })

  it('Days 11 and 12 are empty; every box is checked, so nothing is carried over', () => {
    const report = checkLog(text(), noCalendar)
    expect(findingsOf(report, 'empty-day')).toEqual(['Day11', 'Day12'])
    expect(report.carryOver).toEqual([])
  })
})

describeCorpus('corpus: devlog-dhanushka-ai-support-agent', () => {
  it('reads DD/MM/YY dates; the heading repeating each <summary> is the same entry; the commented-out template is not a day', () => {
    const { entries } = parseLog(read('devlog-dhanushka-ai-support-agent'))
    expect(entries.map((e) => e.number)).toEqual(range(1, 22))
    expect(entries.map((e) => e.line)).toEqual([
      4, 36, 236, 551, 795, 1166, 1408, 1661, 1954, 2337, 2355, 2571, 2682, 2896, 3126, 3315, 3652, 4019, 4392, 4736, 4775, 5199
    ])
    expect(entries.slice(0, 16).map((e) => e.date)).toEqual([
      '2025-12-03',
      '2025-12-04',
      '2025-12-05',
      '2025-12-11',
      '2025-12-13',
      '2025-12-16',
      '2025-12-20',
      '2025-12-25',
      '2025-12-28',
      '2025-12-28',
      '2025-12-28',
      '2025-12-29',
      '2025-12-29',
      '2025-12-30',
      '2025-12-31',
      '2026-01-01'
    ])
    expect(entries.every((e) => e.line < 5495)).toBe(true)
  })
})

describeCorpus('corpus: devlog-keunbum-tetris', () => {
  const text = (): string => read('devlog-keunbum-tetris')

  it('gives `MM.DD(요일)` days the year of their month wrapper: 80 days, 2023-03-09 to 2023-05-27', () => {
    const { entries } = parseLog(text())
    const daily = entries.filter((e) => e.line >= 419)
    expect(daily).toHaveLength(80)
    expect(daily[0]).toMatchObject({ line: 420, date: '2023-03-09', title: '03.09(목)' })
    expect(daily.map((e) => e.date)).toEqual(range(0, 79).map((n) => addDays('2023-03-09', n)))
    expect(new Set(entries.flatMap((e) => e.dates)).size).toBe(80)
  })

  it('ignores the template <details> and its empty section; finds the 14 days whose achievements are empty', () => {
    const report = checkLog(text(), noCalendar)
    expect(report.entries.some((e) => e.line >= 230 && e.line < 419)).toBe(false)
    const empty = report.findings.filter((f) => f.type === 'empty-section')
    expect(empty.some((f) => f.line === 252)).toBe(false)
    expect(empty.every((f) => f.section === 'Achievements of the day')).toBe(true)
    const dates = [
      '03-12',
      '03-13',
      '03-24',
      '04-15',
      '04-16',
      '04-17',
      '05-11',
      '05-15',
      '05-17',
      '05-20',
      '05-21',
      '05-22',
      '05-26',
      '05-27'
    ]
    expect(empty.map((f) => f.date)).toEqual(dates.map((d) => `2023-${d}`))
  })
})

describeCorpus('corpus: fastcampus-fe-dreamfulbud', () => {
  it('reads `<summary>N일차 학습</summary>`: days 16–20, each with content', () => {
    const report = checkLog(read('fastcampus-fe-dreamfulbud'), noCalendar)
    const found = days(report.entries)
    expect(found.map((e) => [e.number, e.line])).toEqual([
      [16, 35],
      [17, 188],
      [18, 238],
      [19, 331],
      [20, 519]
    ])
    expect(found.every((e) => e.hasContent)).toBe(true)
    expect(findingsOf(report, 'empty-day')).toEqual([])
  })
})

describeCorpus('corpus: boostcamp-index-jeangyuheo (an index of day files)', () => {
  it('reads each linked table row as an external day; the week headings only group them', () => {
    const report = checkLog(read('boostcamp-index-jeangyuheo'), noCalendar)
    const rows = [
      ...range(17, 21),
      ...range(31, 35),
      ...range(45, 48),
      ...range(58, 62),
      ...range(74, 77),
      ...range(87, 90),
      ...range(100, 104),
      114,
      115,
      // `Day3` then `Day3-2` (its part 2): one day from its first row to its last.
      ...range(125, 127),
      129
    ]
    expect(report.entries.map((e) => e.line)).toEqual(rows)
    expect(report.entries.find((e) => e.line === 127)).toMatchObject({ number: 3, endLine: 128 })
    expect(report.entries.every((e) => e.kind === 'day' && e.external)).toBe(true)
    // Week 10 lists Day1 and Day3 only.
    expect(report.entries.filter((e) => e.line === 114 || e.line === 115).map((e) => e.number)).toEqual([1, 3])
    expect(findingsOf(report, 'empty-day')).toEqual([])
  })
})
