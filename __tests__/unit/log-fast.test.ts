/**
 * The line reader (src/log/block-parser.ts, src/log/inline.ts, read together with
 * micromark by src/log/fast-blocks.ts) must give exactly the blocks micromark gives,
 * line for line: on hand-made edge cases, the bench's generated logs, the seed and
 * the corpus, and fuzzed documents built from the constructs it claims. Its trees
 * must equal micromark's too (node for node, with lines), and its inline reading
 * micromark's phrasing nodes. It must also keep taking most lines of the bench
 * templates and of the real logs, or the speed-up is gone.
 */
import { readdirSync } from 'node:fs'
import fc from 'fast-check'
import { headingLog, templateLog } from '../../bench/generate.js'
import { BlockReader, type Block } from '../../src/log/blocks.js'
import { BlockParser } from '../../src/log/block-parser.js'
import { readBlocksFast, type FastStats } from '../../src/log/fast-blocks.js'
import { parseInline } from '../../src/log/inline.js'
import { collectDefinitions } from '../../src/log/markdown.js'
import { parseMarkdown } from '../../src/log/micromark.js'
import { parseLog } from '../helpers/with-micromark.js'
import { CORPUS, HAS_CORPUS, HAS_SEED, readSeed, readShared } from '../fixtures/shared.js'

function whole(text: string): Block[] {
  const reader = new BlockReader(text.split('\n'))
  reader.read(parseMarkdown(text), 0)
  return reader.blocks
}

function fast(text: string): { blocks: Block[]; stats: FastStats } {
  const reader = new BlockReader(text.split('\n'))
  const stats = readBlocksFast(text, reader, parseMarkdown)
  return { blocks: reader.blocks, stats }
}

const share = (stats: FastStats): number => stats.fastLines / Math.max(1, stats.fastLines + stats.slowLines)

/** A tree as the block reader can see it: types, values, checkboxes, depths, block start lines (and a paragraph's last line). */
function shape(node: unknown, phrasing = false): unknown {
  if (Array.isArray(node)) return node.map((child) => shape(child, phrasing))
  const n = node as Record<string, unknown> & { position?: { start: { line: number }; end: { line: number } } }
  const out: Record<string, unknown> = { type: n.type }
  for (const key of ['value', 'alt', 'depth', 'checked', 'ordered', 'start', 'identifier']) if (key in n) out[key] = n[key]
  if (n.position && !phrasing) {
    out.line = n.position.start.line
    if (n.type === 'paragraph') out.end = n.position.end.line
  }
  // Below a paragraph, heading or table cell, nodes are inline: micromark's carry columns the line reader does not give.
  const inline = phrasing || n.type === 'paragraph' || n.type === 'heading' || n.type === 'tableCell'
  if ('children' in n) out.children = shape(n.children, inline)
  return out
}

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
  'checkbox vs definition': '[x]: /url\n\n- [x] task\n',
  'ordered lists': '1. one\n2. two\n\n3) three\n10. ten\n\nx\n2. not a list\n\n1. a\n   1. nested\n   2. nested',
  'items of several paragraphs': '- a\n\n  more about a\n\n      code in a\n- b\n  lazy\ncontinuation\n\n- [ ]\n  [x] not a box',
  'block quotes': '> # Day 1\n> - [ ] task\n> > deeper\n>\n> **label**\nlazy\n\n> ```\n> code\n\n>',
  'tables of tasks':
    '| Task | completed |\n| --- | :-: |\n| `a` | yes |\n| [b](x) \\| c | no |\n\nTask | done\n--- | ---\nx | y\n\n- | a |\n  |---|\n  | b |\n\nx\n:-\n\n|a|\n|-|-|',
  'inline markup in headings':
    '# **bold** `code` [link](x) ![img](y) ~~gone~~ a -> b & c\n## Day 2 <br> &amp; *it*\n### x\\#\n#### `#` ####',
  'inline markup in items':
    '- **bold** task\n- `code` task\n- [link](x) task\n- ![img](y)\n- ~~struck~~\n- a ~b~ c -> d & e\n- [x] *done* task\n- <b>html</b> task',
  'inline markup in paragraphs':
    "**Today's Progress**: [work](x)\n\n**Link(s) to work**\nhttps://x.y\n\n**[a](b)**\n\n<span>**L**</span> `c`\n\nwww.x.io *and* a@b.co\n\n![](pic.png)\n\n[](x)",
  references: '[a]\n\n[b][a] and [c][] and [a][]\n\n[a]: /url\n[//]: # (End of 03.09)\n\n- [ ] see [a]\n\n# heading [a]',
  // The first pass takes every `[label]:` for a definition: it stands where they all are, and is read again where one is not.
  'definitions, every one used':
    '[1]:https://a.b\n[2]: /c\n[^n]: note\n\nDay [1] and [2] and [3][1] and [x][]\n\n- [ ] see [1][2] and [^n]\n\n[1]: /again',
  'definition-like text that defines nothing':
    '`[a]: x` in code\n\n```\n[b]: /u\n```\n\nsee [a] and [b]\n\n- [ ] [b] task\n\n> [c]: /in-a-quote\n\npara\n[d]: lazy\n\n[d] [c] [a][c]\n\n<!--\n[e]: /x\n-->\n[e]',
  'definitions the first guess gets wrong':
    '- Dict[str, Any]: x[-1]: y\n\n[str, Any] [-1]\n\n[^1]: [a]: /in-a-footnote\n\nsee [a] and [^1]\n\n  > 1. [b]:\n  >    /u\n\n[b]',
  'lazy tags at every indent': '> plain\n     <br>\n**plain**\n\n> q\n   <br>\n**y**\n\n> r\n    <b>x</b>\n**z**\n\n- a\n    <b>\n**x**',
  footnotes: 'text[^1] and [^2]\n\n[^1]: note with *emphasis*\n[^2]: another\n\n    more of it\n\n- item[^1]',
  'html lines':
    '<br>\n\n<img src="x">\n\n<p align="center">\ntext\n</p>\n\n<!-- a\n\n# not a heading\n-->\n\n<!-- one line -->\n\n- a\n<b>',
  'setext headings': 'Day 1\n=====\n\nDay *2*\n---\n\n[a]: /u\nDay 3\n===',
  'tabs in fenced code': '```\n\tindented\n  \tmixed\n```\n\n- a\n  ```js\n  \tx = 1\n\t  y\n  ```\n\n\tnot in a fence',
  'tab-indented items, fences and HTML in a list':
    '* <details><summary>Day 4 notes</summary>\n\n\t* Wrote ``src/export.ts``:\n\n\t\t```ts\n\t\texport const a = 1\n\t\t\tindented = true\n\t\t```\n\n' +
    '\t* Screenshot:\n\t\t\n\t\t\t<img width="300" src="shot.png" />\n\t\t\n\t</details>\n\n- b\n\n\t```diff\n\t+ added\n    - removed\n\t```\n',
  'tabs past the indentation': '- a\tb\n-\tc\n#\th\n> q\tr\n\tcode\there\n\n| a\t| b |\n|---|---|\n\n```\tjs\nx\n```',
  'blank lines with tabs': '- a\n\t\n  b\n \t\n\n    code\n\t\t\n \t\n   \t\n\npara\n\t',
  'indented code ending in blank lines': '    x\n    \n    \n  <b>\n\n    y\n  \n    \n\n    z\n      \n    \n    ',
  'www. before trailing spaces': 'see www.  \n\nwww.\n\n- www. \n',
  'www in any case': 'see WWW.Example.com and wWw.x.io\n\nnot ww.w.x nor w.ww.x',
  'a comment left open in a list item': '1. o\n   <!-- c\n2) p\n\n> <!-- c\n>\n- q',
  'a lazy tag keeps its indent': '   1. o\n <img src="x"> \n\n> a\n <b>\nnext'
}

describe('the line reader gives the blocks micromark gives', () => {
  it.each(Object.entries(CASES))('%s', (_, text) => {
    expect(fast(text).blocks).toEqual(whole(text))
    // Each case also inside a longer document, after and before a safe point.
    const framed = `# Day 1\n\n${text}\n\n# Day 2\n\nplain\n`
    expect(fast(framed).blocks).toEqual(whole(framed))
    expect(parseLog(framed)).toEqual(parseLog(framed, { mode: 'whole' }))
  })

  it('indented code handed over at a safe point still keeps an empty list item from interrupting (a quote after a blank)', () => {
    // micromark keeps the code in progress past the blank: `*` is the quote's paragraph text, and the next line its lazy
    // line. Found by the property test below with a random seed.
    const text = '    - 이진 탐색\n\n> *\n이진 탐색\n```'
    expect(fast(text).blocks).toEqual(whole(text))
    expect(whole(text)).toEqual([
      { type: 'content', line: 1 },
      { type: 'content', line: 3, text: '*', more: true }
    ])
  })

  it('hands the nodes read before each safe point over as they stand, the same nodes as when kept to the end', () => {
    const text = templateLog(30)
    const whole = new BlockParser(text.split('\n'), { labels: new Set() }).read(0)
    const chunks: unknown[][] = []
    const streamed = new BlockParser(text.split('\n'), { labels: new Set() }).read(0, (nodes) => chunks.push(nodes))
    expect(chunks.length).toBeGreaterThan(10)
    expect([...chunks.flat(), ...streamed.nodes]).toEqual(whole.nodes)
  })

  it.each(['1. o\n   <!-- c\n2) p', '- <!-- a\n> quote\n\ntext', '- <!-- a\n\n> quote', '- x\n  <!-- a\n> q', '1. <!-- c\n[^1]: note'])(
    'a comment left open, ended with its item by a line that starts a container, runs to that line as in micromark: %j',
    (text) => {
      const read = new BlockParser(text.split('\n'), { labels: new Set() }).read(0)
      expect(read.gaveUpAt).toBeNull()
      const ends = (nodes: readonly unknown[]): unknown =>
        (nodes as Array<{ type: string; value?: string; position?: { end: { line: number } }; children?: unknown[] }>).map((n) => ({
          type: n.type,
          value: n.value,
          end: n.position?.end.line,
          ...(n.type === 'list' || n.type === 'listItem' ? { children: ends(n.children ?? []) } : {})
        }))
      expect(ends(read.nodes)).toEqual(ends(parseMarkdown(text).children))
    }
  )

  it('reads tabs in indentation, code and HTML itself, node for node as micromark, and leaves tabs elsewhere to micromark', () => {
    for (const name of ['tab-indented items, fences and HTML in a list', 'blank lines with tabs', 'indented code ending in blank lines']) {
      const text = CASES[name]!
      expect(fast(text).stats.slowLines).toBe(0)
      const read = new BlockParser(text.split('\n'), { labels: new Set() }).read(0)
      expect(read.gaveUpAt).toBeNull()
      expect(shape(read.nodes)).toEqual(shape(parseMarkdown(text).children))
    }
    // `-\tc`, `#\th`, a tab in a paragraph or a table: micromark reads those lines.
    expect(fast(CASES['tabs past the indentation']!).stats.fastLines).toBe(0)
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
      expect(share(fast(source).stats)).toBeGreaterThanOrEqual(0.9)
    })

    it('the corpus is read without micromark for at least 90% of its lines', () => {
      let fastLines = 0
      let all = 0
      for (const { name, text } of shared) {
        if (name === 'seed') continue
        const { stats } = fast(text().replace(/\r\n?/g, '\n'))
        fastLines += stats.fastLines
        all += stats.fastLines + stats.slowLines
      }
      expect(fastLines / all).toBeGreaterThanOrEqual(0.9)
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
  fc.constantFrom(
    '1. 첫째',
    '2) 둘째',
    '> - [ ] 인용 속 할 일',
    '[^1]: 각주',
    '본문[^1]',
    '[ref] 참조',
    '| 할 일 | 완료 |',
    '  |---|---|',
    '<br>',
    '<!-- 주석 -->'
  ),
  text.map((t) => `> ${t}`),
  text.map((t) => `- **${t}** [링크](x) \`코드\` ~~취소~~ a -> b & c`),
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

/** Inline atoms: every construct the inline reader claims, with near misses. */
const inlineAtom = fc.constantFrom(
  'a',
  'b',
  ' ',
  '  ',
  '*',
  '**',
  '_',
  '__',
  '~',
  '~~',
  '`',
  '``',
  '[',
  ']',
  '](x)',
  '](x "t")',
  '](<a b>)',
  '![',
  '\\',
  '\\*',
  '&amp;',
  '&nbsp;',
  '&#35;',
  '&foo;',
  '<b>',
  '</b>',
  '<!-- c -->',
  '<a\nb=c>',
  '<?x?>',
  '<http://x.y>',
  '<a@b.co>',
  'www.x.com',
  'www.',
  'WwW.X.org',
  'ww.w.x',
  'Day 5 정리',
  'http://x.io/a',
  'x@y.com',
  'https://a.b/c_d',
  '(www.x.y)',
  '\n',
  '  \n',
  '\\\n',
  '(',
  ')',
  '.',
  ',',
  '!',
  '?',
  ':',
  '"',
  "'",
  '🚩',
  '한',
  '-',
  '->',
  '#',
  '<',
  '>',
  '&',
  '@',
  '|',
  '[a]',
  '[^1]',
  '*a*',
  '_a_',
  '***',
  '~~~',
  '\u00a0',
  '。',
  '”',
  'a_b'
)
const inlineText = fc.array(inlineAtom, { minLength: 1, maxLength: 24 }).map((atoms) => atoms.join(''))

/** Line atoms for block structure: containers, leaves, near misses, tabs. */
const lineAtom = fc.constantFrom(
  '',
  '',
  '',
  'a',
  'b c',
  '# h',
  '## h #',
  '#',
  '- a',
  '- [ ] t',
  '- [x] t',
  '* b',
  '+ c',
  '1. o',
  '2) p',
  '10. ten',
  '  - n',
  '    - m',
  '   x',
  '    code',
  '      code2',
  '> q',
  '> - l',
  '>',
  '>a',
  ' > b',
  '> > qq',
  '```',
  '```js',
  '~~~',
  '  ```',
  '- ```',
  '<div>',
  '</div>',
  '<details>',
  '<summary>S</summary>',
  '<b>',
  '<br>',
  '<span>x</span>',
  '<!-- c',
  '-->',
  '<!-- x -->',
  '---',
  '***',
  '===',
  '-',
  '- ',
  '1. ',
  '  a',
  '[x]: /u',
  '[x]: /u "t"',
  '[//]: # (e)',
  '[^1]: f',
  'see [x]',
  'call[^1]',
  '| a | b |',
  '|---|---|',
  'a | b',
  '-|-',
  '| c |',
  '**L**',
  '**L**: x',
  '    🙂 task',
  'x *y* z',
  'see [a](b)',
  'x  ',
  '   ',
  '\tx',
  '  \tx',
  '\t- a',
  '\t\t- b',
  '  \t* c',
  '\t```',
  '\t\t```js',
  '\t<div>',
  '\t\t<img src="x">',
  '\t',
  ' \t',
  '\t\t',
  '\t\tcode\there',
  '-\ta',
  '>\tq',
  'a\tb',
  '\t> q',
  '    '
)
const lineDoc = fc.array(lineAtom, { minLength: 1, maxLength: 12 }).map((rows) => rows.join('\n'))

describe('inline content', () => {
  it('plain text is one text node; an address that starts with www. is still an email', () => {
    expect(parseInline('Day 5 정리 (2/3)', { labels: new Set() })).toEqual([{ type: 'text', value: 'Day 5 정리 (2/3)' }])
    expect(parseInline('', { labels: new Set() })).toEqual([])
    const [link] = parseInline('www.me@mail.example', { labels: new Set() })!
    expect(link).toMatchObject({ type: 'link', url: 'mailto:www.me@mail.example' })
  })
})

describe('property: the line reader reads what micromark reads', () => {
  it('inline content: the same phrasing nodes', () => {
    fc.assert(
      fc.property(inlineText, (raw) => {
        const tree = parseMarkdown(raw)
        fc.pre(tree.children.length === 1 && tree.children[0]!.type === 'paragraph')
        // The paragraph's text as the block reader hands it over: first indent and last trailing spaces gone.
        const lines = raw.split('\n')
        while (/^ *$/.test(lines[0]!)) lines.shift()
        while (/^ *$/.test(lines[lines.length - 1]!)) lines.pop()
        const text = lines
          .map((l, i) => (i === 0 ? l.replace(/^ +/, '') : l))
          .join('\n')
          .replace(/ +$/, '')
        // `www.` before the spaces dropped here is a link to micromark, which saw the spaces: the block reader leaves such a paragraph to it.
        fc.pre(!(/www\.$/i.test(text) && / +\n*$/.test(raw)))
        const mine = parseInline(text, { labels: new Set() })
        expect(mine).not.toBeNull()
        expect(shape(mine, true)).toEqual(shape((tree.children[0] as { children: unknown[] }).children, true))
      }),
      { numRuns: 3000 }
    )
  })

  it('block structure: the same tree wherever it does not give up', () => {
    fc.assert(
      fc.property(lineDoc, (text) => {
        const tree = parseMarkdown(text)
        // The document's definitions, as the reader knows them on its second pass.
        const definitions = new Map<string, string>()
        collectDefinitions(tree, definitions)
        const read = new BlockParser(text.split('\n'), { labels: new Set(definitions.keys()) }).read(0)
        fc.pre(read.gaveUpAt === null)
        expect(shape(read.nodes)).toEqual(shape(tree.children))
      }),
      { numRuns: 3000 }
    )
  })
})

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
