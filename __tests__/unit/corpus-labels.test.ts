/**
 * The label grammar and the template on the real logs in ../shared (read in place,
 * never copied). Expectations were read off the files by hand (`grep -n`, the
 * MANIFEST): the day numbers that go back from the day dated before them, the
 * progress headings that are not days, the topic headings inside days, and the
 * language of every log.
 */
import { checkLog, parseLog } from '../helpers/with-micromark.js'
import { HAS_CORPUS, readShared } from '../fixtures/shared.js'

const describeCorpus = HAS_CORPUS ? describe : describe.skip
if (!HAS_CORPUS) console.warn('corpus-labels.test.ts: ../shared/corpus is absent; these tests are skipped')

const read = (name: string): string => readShared('corpus', `${name}.md`)
const mismatches = (name: string) =>
  checkLog(read(name), { calendar: null, lastDue: null })
    .findings.filter((f) => f.type === 'label-mismatch' && f.why.kind !== 'weekday' && f.section !== null && !/소감|DAY/.test(f.section))
    .map((f) => [f.line, f.entry, f.date])

describeCorpus('corpus: numbers that go back from the day dated before them', () => {
  it('winterbreak-jlincodes: `### 1/4 Day 16:` after `### 1/3 Day 17:` (line 145)', () => {
    expect(mismatches('winterbreak-jlincodes')).toEqual([[145, 'Day16', '--01-04']])
  })

  it('100days-mattambrogi: Day 51 written on three dates, Day 10 dated after Day 11, Day 5 on two dates', () => {
    expect(mismatches('100days-mattambrogi-log')).toEqual([
      [112, 'Day51', '2021-04-29'],
      [122, 'Day51', '2021-04-28'],
      [471, 'Day10', '2021-02-12'],
      [537, 'Day5', '2021-02-06']
    ])
  })

  it('likelion-fe3-2duckchun-nov: `51일차 (11월 25일)` after `50 ~ 53일차 (11월 21일 ~ 24일)` (the MANIFEST: 51–53 reappear)', () => {
    expect(mismatches('likelion-fe3-2duckchun-nov')).toEqual([[85, 'Day51', '--11-25']])
  })

  it('100days-newbiegreen4ever: `Day 47: 2017-07-28 (Saturday)` (a Friday) is a weekday slip, said as one', () => {
    const slips = checkLog(read('100days-newbiegreen4ever-log'), { calendar: null, lastDue: null }).findings.filter(
      (f) => f.type === 'label-mismatch' && f.why.kind === 'weekday'
    )
    expect(slips.map((f) => [f.line, f.entry, f.date, f.type === 'label-mismatch' && f.why])).toEqual([
      [601, 'Day47', '2017-07-28', { kind: 'weekday', written: 6, actual: 5 }]
    ])
  })

  it('logs whose numbers follow their dates have none', () => {
    for (const name of ['100days-newbiegreen4ever-log', '100days-yvonneyeh-log', '100days-kazesberger-r1-log']) {
      expect([name, mismatches(name)]).toEqual([name, []])
    }
  })
})

describeCorpus('corpus: the template', () => {
  it('devlog-keunbum-tetris: the `#### 2023.03.30` progress headings under 구현 현황 are not days (another shape, far fewer)', () => {
    const { entries, reading } = parseLog(read('devlog-keunbum-tetris'))
    expect(entries.every((e) => e.line >= 419)).toBe(true)
    expect(reading.forms.map((f) => [f.position, f.form, f.count])).toEqual([['summary', 'MM.DD', 80]])
    expect(reading.skipped.slice(0, 2)).toEqual([
      { line: 15, text: '2023.03.30', reason: 'shape' },
      { line: 31, text: '2023.04.01', reason: 'shape' }
    ])
  })

  it('fastcampus-fe-dreamfulbud: `##### 1.4.10 리플로우 (AA)` inside a day is a topic, not a date', () => {
    const { entries } = parseLog(read('fastcampus-fe-dreamfulbud'))
    expect(entries.map((e) => e.label)).toEqual(['Day16', 'Day17', 'Day18', 'Day19', 'Day20'])
  })

  it('devlog-dhanushka: a <summary> and the heading repeating it are one day each', () => {
    const { entries, reading } = parseLog(read('devlog-dhanushka-ai-support-agent'))
    expect(entries.filter((e) => e.kind === 'day')).toHaveLength(22)
    expect(reading.forms.map((f) => [f.position, f.count])).toEqual([['summary', 22]])
  })
})
