/**
 * Where a day label can stand, as blocks: HTML headings (in document order with the
 * <details> tags around them), headings inside list items (splitting the list where
 * they stand), a bold line with or without text after it, and a paragraph's first line.
 */
import { BlockReader, type Block } from '../../src/log/blocks.js'
import { readBlocksFast } from '../../src/log/fast-blocks.js'
import { parseMarkdown } from '../../src/log/micromark.js'

function whole(text: string): Block[] {
  const reader = new BlockReader(text.split('\n'))
  reader.read(parseMarkdown(text), 0)
  return reader.blocks
}

function fast(text: string): Block[] {
  const reader = new BlockReader(text.split('\n'))
  readBlocksFast(text, reader, parseMarkdown)
  return reader.blocks
}

describe('HTML headings', () => {
  it('<h3 …>Day 5</h3> is a heading of depth 3, with its text and line', () => {
    const blocks = whole('<h3 align="center"> Day 5 </h3>\n\ntext')
    expect(blocks[0]).toEqual({ type: 'heading', depth: 3, text: 'Day 5', line: 1, html: true })
  })

  it('stands in order between the <details> tags of the same HTML block', () => {
    const blocks = whole('<details>\n<summary>Week 1</summary>\n<H2 class="x">Day 1</H2>\n</details>\n')
    expect(blocks.map((b) => [b.type, b.line])).toEqual([
      ['open', 1],
      ['summary', 2],
      ['heading', 3],
      ['close', 4]
    ])
  })

  it('may span lines and hold tags; an unclosed one is not a heading', () => {
    expect(whole('<h2>\n<b>2024-03-05</b>\n</h2>\n')[0]).toMatchObject({ type: 'heading', depth: 2, text: '2024-03-05', line: 1 })
    expect(whole('<h2>Day 1\n\ntext').some((b) => b.type === 'heading')).toBe(false)
  })

  it('a thousand unclosed openings and one heading: the heading is found', () => {
    const blocks = whole('<div>' + '<h4 x>'.repeat(1000) + '<h3>Day 9</h3></div>\n')
    expect(blocks.filter((b) => b.type === 'heading')).toEqual([{ type: 'heading', depth: 3, text: 'Day 9', line: 1, html: true }])
  })

  it('the line reader gives the same blocks', () => {
    const text = '<h3>Day 1</h3>\n\n- [ ] a\n\n<details>\n<summary>x</summary>\n<h4>2024. 3. 5.</h4>\n</details>\n'
    expect(fast(text)).toEqual(whole(text))
  })
})

describe('headings inside list items', () => {
  it('split the list where they stand: items before belong before, items after come after', () => {
    const text = '## 2025-10-02 (Day 1)\n- a\n- b\n  - c\n\n\n  ## 2025-10-03 (Day 2)\n- d\n- [ ] e\n'
    const blocks = whole(text)
    expect(blocks.map((b) => [b.type, b.line])).toEqual([
      ['heading', 1],
      ['items', 2],
      ['content', 2],
      ['heading', 7],
      ['items', 7],
      ['content', 7]
    ])
    const items = blocks.filter((b) => b.type === 'items') as Array<Extract<Block, { type: 'items' }>>
    expect(items.map((b) => b.items.map((i) => i.text))).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e']
    ])
    expect(fast(text)).toEqual(blocks)
  })

  it('`- ## Day 5` is a heading', () => {
    expect(whole('- ## Day 5\n')).toContainEqual({ type: 'heading', depth: 2, text: 'Day 5', line: 1 })
  })
})

describe('bold lines and paragraph first lines', () => {
  it('`inline` says whether text follows the bold part on its own line, and `after` what it is', () => {
    const blocks = whole('**Day 5 – Nov 18, 2017**\nBuilt a thing.\n\n**Day 6:** built more\n')
    expect(blocks).toEqual([
      { type: 'label', text: 'Day 5 – Nov 18, 2017', line: 1, styled: false, rest: true, inline: false },
      { type: 'label', text: 'Day 6:', line: 4, styled: false, rest: true, inline: true, after: 'built more' }
    ])
  })

  it('a top-level paragraph carries its first line as written, a quote at the top without its marks; one in a list none', () => {
    expect(whole('September 3, 2020:\nworked on x\n\n> 2024-03-05\n')).toEqual([
      { type: 'content', line: 1, text: 'September 3, 2020:', more: true },
      { type: 'content', line: 4, text: '2024-03-05', more: false }
    ])
    const nested = '- note\n\n  > 2024-03-05\n'
    expect(fast(nested)).toEqual(whole(nested))
    expect(whole(nested).filter((b) => 'text' in b && b.text?.includes('2024'))).toEqual([])
    const text = '[2022/07/18]  \n[Python](x.md)\n\nplain'
    expect(fast(text)).toEqual(whole(text))
    expect(whole(text)[0]).toEqual({ type: 'content', line: 1, text: '[2022/07/18]  ', more: true })
    expect(whole(text)[1]).toEqual({ type: 'content', line: 4, text: 'plain', more: false })
  })
})
