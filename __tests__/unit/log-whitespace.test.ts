/** `collapseWhitespace` must say what `replace(/\s+/g, ' ').trim()` says, for every kind of space JavaScript knows. */
import fc from 'fast-check'
import { collapseWhitespace } from '../../src/log/whitespace.js'

const SPACES = [
  ' ',
  '\t',
  '\n',
  '\r',
  '\v',
  '\f',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff'
]
const OTHERS = ['a', '가', 'é', '\u0085', '\u200b', '\u180e', '\x01', '\u1fff', '\u200c', '😀']

describe('collapseWhitespace', () => {
  it('returns a clean text as it is, and cleans the rest', () => {
    expect(collapseWhitespace('완료한 사항')).toBe('완료한 사항')
    expect(collapseWhitespace('  Day 5 \t 정리\n')).toBe('Day 5 정리')
    expect(collapseWhitespace('a ')).toBe('a')
    expect(collapseWhitespace('a\u3000b')).toBe('a b')
    expect(collapseWhitespace('')).toBe('')
  })

  it('says what the regex says, for every space \\s matches and characters it does not', () => {
    const atom = fc.constantFrom(...SPACES, ...OTHERS, '  ')
    fc.assert(
      fc.property(fc.array(atom, { maxLength: 16 }), (atoms) => {
        const text = atoms.join('')
        expect(collapseWhitespace(text)).toBe(text.replace(/\s+/g, ' ').trim())
      }),
      { numRuns: 20000 }
    )
  })
})
