/**
 * The line reader (src/log/fast-blocks.ts) must give exactly the blocks micromark
 * gives, line for line: on hand-made edge cases, the bench's generated logs, the
 * seed and the corpus, and fuzzed documents built from the constructs it claims.
 * It must also keep taking most lines of the bench templates, or the speed-up is gone.
 */
import { readdirSync } from 'node:fs'
import fc from 'fast-check'
import { headingLog, templateLog } from '../../bench/generate.js'
import { BlockReader, type Block } from '../../src/log/blocks.js'
import { readBlocksFast, type FastStats } from '../../src/log/fast-blocks.js'
import { parseMarkdown } from '../../src/log/markdown.js'
import { parseLog } from '../../src/log/parse.js'
import { CORPUS, HAS_CORPUS, HAS_SEED, readSeed, readShared } from '../fixtures/shared.js'

function whole(text: string): Block[] {
  const reader = new BlockReader(text.split('\n'))
  reader.read(parseMarkdown(text), 0)
  return reader.blocks
}

function fast(text: string): { blocks: Block[]; stats: FastStats } {
  const reader = new BlockReader(text.split('\n'))
  const stats = readBlocksFast(text, reader)
  return { blocks: reader.blocks, stats }
}

const share = (stats: FastStats): number => stats.fastLines / Math.max(1, stats.fastLines + stats.slowLines)

/** Small documents, each at an edge of what the line reader claims (or just past it). */
const CASES: Record<string, string> = {
  headings: '# 제목\n## Day 3\n### ###\n#\n#5 bolt\n####### 7\n## closing ##\n## trailing#\n   ### indented\n# a  b   c',
  'heading with markup': '# a *b* c\n## [link](x)\n### &amp; x\n# `code`',
  'fenced code': '```\n\n```\n```python\nx = 1\n```\n~~~~\n```\n~~~\n~~~~\n   ```\n  a\n   ```\n```a```b\n',
  'unclosed fence': 'text\n\n```\n# not a heading\n\n<details>\n',
  'fence inside a paragraph run': 'para\n```\ncode\n```\nafter',
  'indented code items':
    '<span style="font-size:150%">**완료한 사항**</span>  \n\n    🙂 할 일 끝냄\n    🙃 못 끝낸 일\n\n    💪 내일 할 일\n    🙂\n        \n\n#\nnext',
  'indented code after a heading': '# h\n    🙂 task\n    plain code',
  'indented code with a fence line': '# h\n    ```\n    x',
  'indented code cannot interrupt a paragraph': 'para\n    🙂 lazy',
  'details template':
    '<details>\n\n<summary>Day2 Review</summary>\n\n<span style="font-size:150%">**완료한 사항**</span>\n\n    🙂 a\n\n</details>\n',
  'summary and label in one html block':
    '<details>\n<summary>Day1 Review</summary>\n<span style="font-size:150%">**완료한 사항**</span>\n\n- a\n</details>',
  'html kinds': '<div>\n```\n\n```\ncode\n\n# heading\n```\n',
  'raw html': '<!-- a\n\n# hidden\n-->\n# shown\n<pre>\n\n# in pre\n</pre>\n',
  'kind 7 html': '<b>\n# x\n\n<span>text</span>\n<a href="x">\n\npara\n<b>\n',
  labels:
    '**내일 목표**\n\n**Today\'s Progress**: did it\n\n**Note:** see below\n\n**Thoughts**\nmore\n\n<span style="font-size:150%">🚩**DAY 1 소감**</span>\n\n**[link](x)**\n',
  paragraphs: 'plain text\n\n한글 문장입니다.\n\n&nbsp;\n\n***\n\n---\n\n===\n\n~~~ ~\n\n* *\n\n_ _ _\n\n`-`\n\n**-**\n\n&amp;\n\n<br>\n',
  'paragraph interruptions':
    'a\n# h\nb\n- item\nc\n***\nd\n---\ne\n===\nf\n> q\ng\n1. one\nh\n2. two\ni\n<details>\nj\n    indented\nk\n   - indented item',
  tables: 'a | b\n--|--\nc | d\n\nx\n:-\n',
  lists:
    '- [ ] 열린 일\n- [x] 끝난 일\n- [X] 끝난 일\n  - [ ] 하위 일\n  - 메모\n    - 더 깊은 메모\n- 글머리\n\n- 느슨한 목록\n\n\n- 두 줄 떨어진 항목\n# heading',
  'list markers': '- a\n* b\n+ c\n\n1. one\n2. two\n\n3) three\n\n- a\n - b\n  - c\n   - d\n    - e\n     - f\n      - g\n       - h',
  'list item shapes':
    '- [ ]\n- [x]a\n-  [ ] two spaces\n-     five spaces\n-\n- ~~struck~~\n- **bold**\n- # heading\n- > quote\n- 1. nested\n- - nested\n- [ ] [x] b\n- `code`',
  'list continuations':
    '- a\nlazy\n\n- b\n  continued\n\n- c\n\n  second paragraph\n\n- d\n<details>\n- e\n```\ncode\n```\n- f\n# h\n- g\n\n    indented after blank\n',
  'list indents':
    '- a\n - b\n  - c\n   - d\n    - e\n     - f\n      - g\n       - h\n\nx\n\n- a\n      - four past the content\n\nx\n\n- a\n     - three past\n\nx\n\n-    a\n        - b\n\nx\n\n- [ ] a\n      - [x] b\n          - c',
  'list then thematic break': '- a\n- - -\n* b\n***\n',
  'notes under checkboxes': '- [x] done\n  - a note\n  - [ ] a task\n- plain\n  - child\n',
  'odd whitespace': '# a\tb\n\ttab\n- a\u00a0b\n\u3000para\n<details>\u00a0\n',
  autolinks: 'see www.example.com\n\n**label** https://x.y\n\n- mail a@b.co\n\n<https://x.y>\n\n**l** <https://x.y>',
  setext: 'Title\n=====\n\nSub\n---\n',
  blockquote: '> # Day 1\n> - [ ] x\n\nafter',
  definitions: '[ref]: https://example.com\n\n# Day 1\n\n- [ ] task [ref]\n\n[^1]: 각주\n',
  'checkbox vs definition': '[x]: /url\n\n- [x] task\n'
}

describe('the line reader gives the blocks micromark gives', () => {
  it.each(Object.entries(CASES))('%s', (_, text) => {
    expect(fast(text).blocks).toEqual(whole(text))
    // Each case also inside a longer document, after and before a safe point.
    const framed = `# Day 1\n\n${text}\n\n# Day 2\n\nplain\n`
    expect(fast(framed).blocks).toEqual(whole(framed))
    expect(parseLog(framed)).toEqual(parseLog(framed, { mode: 'whole' }))
  })

  it.each([
    ['<details> template', templateLog(250)],
    ['headings and checkboxes', headingLog(250)]
  ])('the bench log (%s, one year): same blocks and entries, and nearly every line read without micromark', (_, text) => {
    const { blocks, stats } = fast(text)
    expect(blocks).toEqual(whole(text))
    expect(parseLog(text)).toEqual(parseLog(text, { mode: 'whole' }))
    expect(stats.fastLines + stats.slowLines).toBe(text.split('\n').length)
    expect(share(stats)).toBeGreaterThanOrEqual(0.95)
  })

  const shared =
    HAS_CORPUS && HAS_SEED
      ? [
          ...readdirSync(CORPUS)
            .filter((f) => f.endsWith('.md') && f !== 'MANIFEST.md')
            .map((f) => ({ name: f, text: () => readShared('corpus', f) })),
          { name: 'seed', text: readSeed }
        ]
      : []
  const describeShared = shared.length > 0 ? describe : describe.skip
  describeShared('real logs', () => {
    it.each(shared)('$name: same blocks', ({ text }) => {
      const source = text()
        .replace(/^\uFEFF/, '')
        .replace(/\r\n?/g, '\n')
      expect(fast(source).blocks).toEqual(whole(source))
    })

    it('the seed is mostly read without micromark', () => {
      const source = readSeed().replace(/\r\n?/g, '\n')
      expect(share(fast(source).stats)).toBeGreaterThanOrEqual(0.5)
    })
  })
})

/** Lines of the constructs the line reader claims, and some it does not. */
const word = fc.constantFrom(
  '이진 탐색',
  '정리',
  'plain',
  'Day 3',
  '2026-03-02',
  'a  b',
  '#',
  '-',
  '*',
  '**굵게**',
  '`코드`',
  '[링크](x)',
  '&nbsp;',
  '<br>',
  '~~취소~~',
  'www.x.io',
  'x@y.z',
  '|',
  ':',
  '_'
)
const text = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '))
const indent = fc.constantFrom('', '', '', ' ', '  ', '   ', '    ', '      ')
const block = fc.oneof(
  fc.constant(''),
  fc.constant(''),
  fc.tuple(fc.constantFrom('#', '##', '###', '#######', '#'), fc.constantFrom(' ', '', '  '), text).map(([h, s, t]) => `${h}${s}${t}`),
  fc
    .tuple(indent, fc.constantFrom('- ', '* ', '+ ', '-  ', '1. ', '- [ ] ', '- [x] ', '- [X] ', '-'), text)
    .map(([i, m, t]) => `${i}${m}${t}`),
  fc.tuple(indent, fc.constantFrom('- [ ] ', '- ', '- [x] ')).chain(([i, m]) => text.map((t) => `${i}${m}${t}`)),
  fc.constantFrom(
    '<details>',
    '<details open>',
    '</details>',
    '<summary>Day2 Review</summary>',
    '<summary>WEEK1 Review</summary>',
    '<summary>',
    '</summary>',
    '<div>',
    '<b>',
    '<!--',
    '-->',
    '<pre>',
    '</pre>'
  ),
  text.map((t) => `<span style="font-size:150%">**${t}**</span>  `),
  text.map((t) => `**${t}**`),
  fc.tuple(fc.constantFrom('🙂', '🙃', '💪', ''), text).map(([e, t]) => `    ${e} ${t}`),
  fc.constantFrom('```', '```python', '~~~', '````', '  ```', '```a```'),
  fc.constantFrom('***', '---', '===', '> 인용', '| a | b |', '|---|---|', '[ref]: https://x.y', '\t탭', '\u00a0'),
  text,
  text
)
const doc = fc.array(block, { minLength: 1, maxLength: 120 }).map((rows) => rows.join('\n'))

/** Plain-text lists at every indent: the nesting rules, with nothing else to make the reader give up. */
const plain = fc
  .array(fc.constantFrom('이진 탐색', '정리', 'plain', 'Day 3', 'a  b'), { minLength: 1, maxLength: 3 })
  .map((w) => w.join(' '))
const listLine = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: 9 }), fc.constantFrom('- ', '-  ', '-   ', '-    ', '- [ ] ', '- [x] ', '* ', '+ '), plain)
      .map(([n, m, t]) => `${' '.repeat(n)}${m}${t}`)
  },
  { weight: 1, arbitrary: fc.constantFrom('', '# heading', '<details>', 'para', '    🙂 task', '```', '  lazy') }
)
const lists = fc.array(listLine, { minLength: 1, maxLength: 40 }).map((rows) => rows.join('\n'))

describe('property: the line reader gives the blocks micromark gives', () => {
  it('on lists nested every which way', () => {
    fc.assert(
      fc.property(lists, (text) => {
        expect(fast(text).blocks).toEqual(whole(text))
      }),
      { numRuns: 1500 }
    )
  })

  it('on documents made of headings, lists, checkboxes, details, labels, emoji lines, fences and paragraphs', () => {
    fc.assert(
      fc.property(doc, (text) => {
        expect(fast(text).blocks).toEqual(whole(text))
      }),
      { numRuns: 1500 }
    )
  })
})
