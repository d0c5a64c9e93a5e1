/**
 * micromark on demand: the core asks for it only where a log has a stretch the line reader leaves, and
 * `withMarkdownParser` loads it then and reads again. Jest gives each test file its own modules: micromark is
 * not loaded when this file starts, and the tests run in order.
 */
import { MarkdownParserNeeded, type MarkdownParser } from '../../src/log/markdown.js'
import { parseMarkdown } from '../../src/log/micromark.js'
import { parseLog } from '../../src/log/parse.js'
import { withMarkdownParser } from '../../src/markdown-on-demand.js'
import { checkLog } from '../../src/review/check.js'

// A task's line starting with a tab inside its list item: the line reader leaves it to micromark.
const TABBED = '## Day 1\n\n### Learned\n\n- [ ] a\n\tb\n\n## Day 2\n\n### Learned\n\n- [x] c\n'
const PLAIN = '## Day 1\n\n### Learned\n\n- [ ] a\n  b\n\n## Day 2\n\n### Learned\n\n- [x] c\n'
const NO_CALENDAR = { calendar: null, lastDue: null }

test('the core reads a log the line reader takes whole without micromark, and asks for it where it does not', () => {
  expect(parseLog(PLAIN).entries.map((e) => e.title)).toEqual(['Day 1', 'Day 2'])
  expect(() => parseLog(TABBED)).toThrow(MarkdownParserNeeded)
  expect(() => checkLog(TABBED, NO_CALENDAR)).toThrow(MarkdownParserNeeded)
})

test('a log the line reader takes whole is read once, and micromark is not loaded for it', async () => {
  const given: Array<MarkdownParser | undefined> = []
  const report = await withMarkdownParser((markdown) => {
    given.push(markdown)
    return checkLog(PLAIN, { ...NO_CALENDAR, markdown })
  })
  expect(given).toEqual([undefined])
  expect(report.entries).toHaveLength(2)
})

test('a log that needs micromark is read again with it, as the core reads it with micromark given', async () => {
  const given: Array<MarkdownParser | undefined> = []
  const report = await withMarkdownParser((markdown) => {
    given.push(markdown)
    return checkLog(TABBED, { ...NO_CALENDAR, markdown })
  })
  expect(given).toHaveLength(2)
  expect(given[0]).toBeUndefined()
  expect(typeof given[1]).toBe('function')
  expect(report).toEqual(checkLog(TABBED, { ...NO_CALENDAR, markdown: parseMarkdown }))
  expect(report.entries[0]!.sections[0]!.items.map((i) => i.text)).toEqual(['a b'])
})

test('once loaded, micromark is given from the first read on', async () => {
  const given: Array<MarkdownParser | undefined> = []
  await withMarkdownParser((markdown) => given.push(markdown))
  expect(given).toHaveLength(1)
  expect(typeof given[0]).toBe('function')
})

test('any other error is not taken for a request for micromark', async () => {
  const broken = new Error('broken')
  await expect(
    withMarkdownParser(() => {
      throw broken
    })
  ).rejects.toBe(broken)
})
