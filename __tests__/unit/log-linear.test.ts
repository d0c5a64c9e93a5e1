/**
 * Every regular expression in the label side of src/log (years, entries,
 * vocabulary with normalizeLabel, template, parse; labels and language have their
 * own in log-labels and log-language) on a 100k-character run of the character that
 * would make a careless pattern retry from every position: spaces, `<`,
 * punctuation, digits. Each test asserts the answer; the
 * generous timeout only keeps a loaded machine from failing it. Speed itself is
 * measured in `npm run bench`.
 */
import type { Block } from '../../src/log/blocks.js'
import { assembleEntries } from '../../src/log/entries.js'
import { parseLog } from '../../src/log/parse.js'
import { inferTemplate } from '../../src/log/template.js'
import { buildVocabulary, isForTomorrow, normalizeLabel, roleOf } from '../../src/log/vocabulary.js'
import { resolveAmbiguousDates } from '../../src/log/years.js'
import { entryNames } from '../../src/render/entry-names.js'

const N = 100_000
const run = (c: string): string => c.repeat(N)
const SLOW = 30_000

describe('vocabulary: normalizeLabel and roleOf', () => {
  it.each([
    ['spaces before a word', `${run(' ')}완료한 사항${run(' ')}x`, `완료한 사항 x`],
    ['trailing spaces and colons', `Thoughts${run(' :')}`, 'Thoughts'],
    ['trailing punctuation then a letter', `Thoughts${run('.')}a`, `Thoughts${run('.')}a`],
    ['leading hashes', `${run('#')}Notes`, 'Notes'],
    ['(s) runs', `Link${run('(')}`, `Link${run('(')}`]
  ])(
    'normalizeLabel: %s',
    (_, label, expected) => {
      expect(normalizeLabel(label)).toBe(expected)
    },
    SLOW
  )

  it(
    'roleOf a long label is null (too long to be a label), quickly',
    () => {
      const vocabulary = buildVocabulary({ done: ['오늘의 성과'] })
      expect(roleOf(`${run(' ')}완료한 사항`, vocabulary)).toBe('done')
      expect(roleOf(`완료${run(' ')}x`, vocabulary)).toBeNull()
      expect(roleOf(run('1'), vocabulary)).toBeNull()
      expect(roleOf(`day${run(' ')}1`, vocabulary)).toBeNull()
    },
    SLOW
  )

  it(
    'isForTomorrow on a long run',
    () => {
      expect(isForTomorrow(`${run(' ')}tomorrow`)).toBe(true)
      expect(isForTomorrow(run('next '))).toBe(false)
    },
    SLOW
  )
})

describe('years: resolving numeric dates of a long log', () => {
  it(
    '100k ambiguous dates resolve in one pass',
    () => {
      const dates = Array.from({ length: N }, (_, i) => [{ parts: [(i % 12) + 1, (i % 28) + 1], fullYear: null, sep: '/' as const }])
      const { read } = resolveAmbiguousDates(dates)
      expect(read(dates[13]!)).toEqual([{ year: null, month: 2, day: 14 }])
    },
    SLOW
  )
})

describe('template and entries on blocks with long runs', () => {
  // Blocks as the readers give them, so that only the label side is measured here.
  const blocks: Block[] = [
    { type: 'heading', depth: 2, text: `Day 1${run(' ')}x`, line: 1 },
    { type: 'content', line: 3, text: 'text', more: false },
    { type: 'summary', text: `${run('<')}Day 2`, line: 5, nested: false },
    { type: 'label', text: `Day 3${run('*')}`, line: 7, styled: false, rest: false, inline: false },
    { type: 'content', line: 9, text: `${run('!')}2024-03-05`, more: false },
    { type: 'content', line: 11, text: run('1'), more: false },
    { type: 'content', line: 13, text: `<font> <details><summary>${run('<')}`, more: false },
    { type: 'label', text: `완료한 사항${run(' ')}`, line: 15, styled: true, rest: false, inline: false },
    { type: 'items', items: [{ text: run('🙂'), checked: null, marker: run('🙃'), explicit: false, line: 16 }], line: 16 },
    { type: 'heading', depth: 3, text: `${run('#')} Notes${run(':')}`, line: 18 }
  ]
  const vocabulary = buildVocabulary()

  it(
    'the template reads each label once',
    () => {
      const template = inferTemplate(blocks, vocabulary)
      expect([...template.labels.keys()]).toEqual([0, 2])
      expect(template.labels.get(0)).toMatchObject({ numbers: [1] })
    },
    SLOW
  )

  it(
    'entries are assembled',
    () => {
      const entries = assembleEntries(blocks, vocabulary, 20, inferTemplate(blocks, vocabulary))
      expect(entries.map((e) => [e.info.numbers[0], e.line])).toEqual([
        [1, 1],
        [2, 5]
      ])
      expect(entries[1]!.sections.map((s) => s.role)).toEqual(['done', 'other'])
    },
    SLOW
  )

  it(
    'an entry pattern is matched on labels of bounded length only',
    () => {
      const template = inferTemplate(blocks, vocabulary, /^(?:a+)+b|^Day (?<day>\d+)/)
      expect(template.labels.get(0)).toMatchObject({ numbers: [1], form: 'entry-pattern' })
    },
    SLOW
  )
})

describe('parse on long runs the line reader takes in stride', () => {
  it.each([
    ['CR runs', `## Day 6${run('\r')}\n\ntext\n`, 1],
    ['a paragraph of digits', `${run('1')}\n\n## Day 3\n\ntext\n`, 1],
    ['a BOM and blank lines', `\uFEFF${run('\n')}## Day 1\n\ntext\n`, 1]
  ])(
    '%s',
    (_, text, days) => {
      expect(parseLog(text).entries.filter((e) => e.kind === 'day')).toHaveLength(days)
    },
    SLOW
  )
})

describe('nesting micromark would take minutes over is read as plain text, with a note', () => {
  const nested = (indent: (depth: number) => string, depth: number): string =>
    Array.from({ length: depth }, (_, i) => `${indent(i)}- x`).join('\n')
  it.each([
    // `from`: a list may continue the paragraph above, so the stretch starts at `notes` (line 3); a quote at line 5 is a
    // safe point of its own.
    ['spaces, 300 deep', nested((i) => '  '.repeat(i), 300), 'indent', 3],
    ['tabs, 300 deep (a tab runs to the next multiple of four columns)', nested((i) => '\t'.repeat(i), 300), 'indent', 3],
    ['tabs and spaces mixed, 300 deep', nested((i) => ' \t'.repeat(i), 300), 'indent', 3],
    ['quotes, 70 deep', Array.from({ length: 70 }, (_, i) => `${'> '.repeat(i + 1)}x`).join('\n'), 'nesting', 5]
  ])(
    '%s',
    (_, body, reason, from) => {
      // The plain stretch runs from the last line where the document may be cut: `notes` keeps Day 1's heading out of it.
      const log = parseLog(`## Day 1\n\nnotes\n\n${body}\n\n## Day 2\n\ntext\n`)
      // Through the blank line before Day 2's heading.
      const lines = body.split('\n').length
      expect(log.notes).toEqual([expect.objectContaining({ kind: 'plain-text', why: reason, from, to: 4 + lines + 1 })])
      expect(log.entries.filter((e) => e.kind === 'day').map((e) => e.number)).toEqual([1, 2])
    },
    SLOW
  )

  // The stretch starts at the day's heading when nothing stands between them: the heading stays a heading.
  const marks = `${'*a* '.repeat(2100)}\tx` // over 4000 marks, and a tab the line reader leaves to micromark
  it.each([
    ['a day heading right above the paragraph', `## Day 1\n\nnotes\n\n## Day 2\n\n${marks}\n\n## Day 3\n\ntext\n`, [1, 2, 3]],
    ['two headings inside the stretch', `## Day 1\n\n${marks}\n\n## Day 2 ##\n\n${marks}\n\n## Day 3\n\ntext\n`, [1, 2, 3]],
    ['a heading-like line in fenced code stays code', `## Day 1\n\n${marks}\n\n\`\`\`\n\n## Day 9\n\`\`\`\n\n## Day 2\n\ntext\n`, [1, 2]],
    [
      'a heading-like line in an open HTML comment stays hidden',
      `## Day 1\n\n${marks}\n\n<!-- a\n\n## Day 9\n-->\n\n## Day 2\n\ntext\n`,
      [1, 2]
    ]
  ])(
    '%s',
    (_, text, days) => {
      const log = parseLog(text)
      expect(log.notes.length).toBeGreaterThan(0)
      expect(log.notes.every((note) => note.kind === 'plain-text' && note.why === 'marks')).toBe(true)
      const read = log.entries.filter((e) => e.kind === 'day')
      expect(read.map((e) => e.number)).toEqual(days)
      // The day whose writing was too hard to read still has writing.
      for (const day of read) expect(day.hasContent || day.sections.some((s) => !s.empty)).toBe(true)
    },
    SLOW
  )
})

describe('bold words in HTML, and the names a report says', () => {
  it(
    'a line of an HTML block with thousands of `<b>` opened and none closed is writing',
    () => {
      const text = `## Day 1\n\n<div>\n${'<b>x'.repeat(N / 4)}\n</div>\n`
      const [day] = parseLog(text).entries
      expect(day).toMatchObject({ number: 1, hasContent: true })
    },
    SLOW
  )

  it(
    'a bold line of a date word and thousands of spaces is writing',
    () => {
      const [day] = parseLog(`## Day 1\n\n**Date${run(' ')}x** 2025-03-03\n`).entries
      expect(day).toMatchObject({ number: 1, hasContent: true })
    },
    SLOW
  )

  it(
    'a title of thousands of emphasis marks is said as it is',
    () => {
      const title = `${'*'.repeat(N)}x${'_'.repeat(10)}`
      expect(entryNames('en', []).entry(title)).toBe(title)
      expect(entryNames('en', []).entry(`${'*'.repeat(N)}x${'*'.repeat(N)}`)).toBe('x')
    },
    SLOW
  )
})
