/**
 * Day headings typed without the space after their `#`s (`##2018.05.30`): read as the headings the learner meant,
 * where their shape is the log's, and said so; hashtags, code and lone look-alikes stay text.
 */
import { parseLog } from '../../src/log/parse.js'
import { spaceHeadings } from '../../src/log/unspaced.js'
import { renderText } from '../../src/render/cli-text.js'
import { checkLog } from '../../src/review/check.js'

const dates = (text: string): Array<[number, string | null]> =>
  parseLog(text)
    .entries.filter((e) => e.kind === 'day')
    .map((e) => [e.line, e.date])

const LOG = [
  '# 学习日记',
  '',
  '## 2025.03.03',
  '',
  '- 闭包',
  '- 原型链',
  '##2025.03.04', // right under a list item: markdown reads it as more of the item
  '',
  '- 事件循环',
  '',
  '#2025.3.5', // one `#`, no zero padding
  '- Promise',
  '',
  '## 2025.03.06',
  '',
  '- async',
  ''
].join('\n')

describe('headings typed without their space', () => {
  it('are days where their label has the shape of the log’s day headings, even under a list item', () => {
    expect(dates(LOG)).toEqual([
      [3, '2025-03-03'],
      [7, '2025-03-04'],
      [11, '2025-03-05'],
      [14, '2025-03-06']
    ])
  })

  it('are said so in one note that quotes them, and the day before ends above them', () => {
    const { notes, entries } = parseLog(LOG)
    expect(notes).toEqual([
      {
        kind: 'unspaced-heading',
        labels: [
          { line: 7, text: '##2025.03.04' },
          { line: 11, text: '#2025.3.5' }
        ],
        total: 2
      }
    ])
    // The day before ends at its own last item.
    expect(entries[0]!.endLine).toBe(6)
  })

  it('the note is in the log’s language, and points at the fix', () => {
    const korean = '## 2025.03.03\n\n배운 것\n\n##2025.03.04\n\n배운 것\n\n## 2025.03.05\n\n배운 것\n'
    const text = renderText(checkLog(korean, { calendar: null, lastDue: null }), 'README.md')
    expect(text).toContain('5번째 줄 "##2025.03.04"')
    expect(text).toContain('# 뒤에 한 칸 띄어 주세요')
    const english = '## Day 1\n\nlearned\n\n##Day 2\n\nlearned\n\n## Day 3\n\nlearned\n'
    expect(renderText(checkLog(english, { calendar: null, lastDue: null }), 'README.md')).toContain(
      'The heading on line 5: "##Day 2" has no space after its #'
    )
  })

  it('two typed the same way make a shape of their own where no heading is typed right', () => {
    expect(dates('##2025.03.03\n\n- a\n\n##2025.03.04\n\n- b\n').map((d) => d[1])).toEqual(['2025-03-03', '2025-03-04'])
  })

  it('one alone in a shape the log’s headings do not have stays text', () => {
    const text = '## Day 1\n\nx\n\n## Day 2\n\ny\n\n#2025.03.03 note to self\n'
    expect(spaceHeadings(text.split('\n')).fixed).toEqual([])
  })

  it('hashtags (`#100DaysOfCode Day 2`), issue numbers (`#5`), and lines in fenced code stay as written', () => {
    const text = [
      '## Day 1',
      '',
      '#100DaysOfCode Day 1: set up the repo',
      '',
      '## Day 2',
      '',
      '#5',
      '',
      '- notes',
      '  ```sh',
      '  #Day 3',
      '  #Day 4',
      '  ```',
      '',
      '## Day 3',
      ''
    ]
    const read = spaceHeadings(text)
    expect(read.fixed).toEqual([])
    // The very same array: nothing is copied where nothing is read differently.
    expect(read.lines).toBe(text)
    expect(parseLog(text.join('\n')).entries.map((e) => e.number)).toEqual([1, 2, 3])
  })

  it('days numbered with a number sign and dated (`#1 | 2020-01-02`) are those days, not headings missing a space', () => {
    // The label property test's counterexample (seed 760257979): the number was lost to a date heading.
    const text = ['#1 | 2020-01-02', '', '**오늘 한 일**', '', '#2 | 2020-01-03', '', '**오늘 한 일**']
    expect(spaceHeadings(text).fixed).toEqual([])
    expect(parseLog(text.join('\n')).entries.map((e) => [e.number, e.date])).toEqual([
      [1, '2020-01-02'],
      [2, '2020-01-03']
    ])
    // A year's number after the sign starts a date: that line is the heading.
    expect(spaceHeadings(['#2018.05.30', '', '#2018.05.31']).fixed.map((f) => f.line)).toEqual([1, 3])
  })

  it('never changes what the learner wrote: only the reading has the space', () => {
    const lines = LOG.split('\n')
    const read = spaceHeadings(lines)
    expect(read.lines[6]).toBe('## 2025.03.04')
    expect(lines[6]).toBe('##2025.03.04')
    expect(read.lines.length).toBe(lines.length)
  })

  it('a hundred thousand such lines are read, one pass each', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => `##Day ${i + 1}`)
    const read = spaceHeadings(many)
    expect(read.fixed).toHaveLength(100_000)
    expect(read.lines[99_999]).toBe('## Day 100000')
  }, 30_000)
})
