/**
 * readLanguage: Korean, Japanese, Chinese or English, from the letters outside
 * code fences, tags and URLs.
 */
import { readLanguage } from '../../src/log/language.js'
import { parseLog } from '../../src/log/parse.js'
import { explainLines } from '../../src/render/explain.js'

describe('readLanguage: the language', () => {
  it.each([
    ['## Day 1\n오늘은 파이썬의 리스트와 딕셔너리를 공부했다.', 'ko'],
    ['## 1日目\n今日はRailsチュートリアルの第一章を読みました。', 'ja'],
    ['## 第1天\n今天学习了操作系统导论的第二章。', 'zh'],
    ['## Day 1\nToday I learned how closures capture variables.', 'en'],
    ['', 'en']
  ])('%j is %s', (text, language) => {
    expect(readLanguage(text).language).toBe(language)
  })

  it('Japanese with English duplicates is still Japanese: a CJK character weighs about three letters', () => {
    const text = '### 思ったこと\nscaffoldを用いた簡易なページ生成が非常に楽だった。\n\nIt is so easy to create pages with scaffold.\n'
    expect(readLanguage(text).language).toBe('ja')
  })

  it('a Korean log of English titles is Korean: Hangul needs a tenth of the Latin letters', () => {
    const day = (n: number): string =>
      `## 24/03/0${n}\n- [[Python] Dictionary and Set Comprehension](https://example.com/${n}.md)\n- [[Algorithm] Breadth First Search](https://example.com/b${n}.md)\n오늘은 정리만 했다.\n`
    const text = [1, 2, 3, 4, 5].map(day).join('\n')
    expect(readLanguage(text).language).toBe('ko')
    // One Korean sentence in a long English log leaves it English.
    expect(readLanguage('오늘은 정리만 했다.\n' + 'Today I read about closures and the event loop in depth.\n'.repeat(10)).language).toBe(
      'en'
    )
  })

  it('a few CJK words in an English log leave it English', () => {
    expect(
      readLanguage('## Day 1\nToday I read about the difference between 漢字 and kana in a long English sentence about many things.')
        .language
    ).toBe('en')
  })

  it('code fences, tags and URLs do not count', () => {
    const korean = '오늘은 테스트를 했다.'
    const code = '```js\n' + 'const value = computeSomethingLong(withArguments, andMore);\n'.repeat(50) + '```\n'
    expect(readLanguage(code + korean).language).toBe('ko')
    expect(readLanguage(`<span style="font-size:150%; font-family: something-long-and-latin">${korean}</span>`).language).toBe('ko')
    expect(readLanguage(`https://example.com/a-very-long-english-looking-path-with-many-words ${korean}`).language).toBe('ko')
    // Nor do link destinations: a Korean log of `Day3 : [Day3](notes/Day3.md)` lines is Korean.
    const index = Array.from({ length: 12 }, (_, i) => `Day${12 - i} : [Day${12 - i}](notes/Day${12 - i}.md)`).join('\n\n')
    expect(readLanguage(`부스트캠프 학습 정리를 위한 공간입니다.\n\n${index}`).language).toBe('ko')
    // Inside an unclosed fence, nothing counts.
    expect(readLanguage('Hello there\n```\n오늘은 테스트를 했다 오늘은 테스트를 했다').language).toBe('en')
  })

  it('a long log is judged on lines from all of it, not its head alone; a fence is followed through unsampled lines', () => {
    // 400k characters: an English first half, a Korean second half that outweighs it (a Hangul letter weighs ten).
    const english = 'Today I read about closures and scopes in depth.\n'.repeat(4_000)
    const korean = '오늘은 클로저와 스코프를 공부했다 정리도 했다.\n'.repeat(8_000)
    expect(english.length + korean.length).toBeGreaterThan(400_000)
    expect(readLanguage(english + korean).language).toBe('ko')
    // Korean inside one long fence does not count, whichever of its lines the sample falls on.
    expect(readLanguage(`${english}\`\`\`\n${korean}\`\`\`\n`).language).toBe('en')
  })

  it('is linear on 100k-character runs (it asserts the answer; the timeout is for a slow machine)', () => {
    expect(readLanguage('<'.repeat(100_000) + '한').language).toBe('ko')
    expect(readLanguage('`'.repeat(100_000)).language).toBe('en')
    expect(readLanguage('h'.repeat(100_000) + 'ttp://').language).toBe('en')
    expect(readLanguage('한'.repeat(100_000)).language).toBe('ko')
    expect(readLanguage('\n'.repeat(100_000) + '今日は').language).toBe('ja')
  }, 20_000)
})

describe('readLanguage: a log in another language, told in English', () => {
  it.each([
    ['### Dia 1\nHoje aprendi a usar funções e condições em Python, não foi fácil.'],
    ['### Jour 1\nJ’ai terminé la première leçon et j’ai révisé les sélecteurs CSS.'],
    ['### Tag 1\nHeute habe ich gelernt, wie Schleifen in Python funktionieren; schön.'],
    ['### День 1\nСегодня я изучал функции и циклы в Python.'],
    ['### Ngày 1\nHôm nay tôi học về hàm và vòng lặp trong Python.']
  ])('%j: read as English, written in another language', (text) => {
    expect(readLanguage(text)).toEqual({ language: 'en', otherLetters: true })
  })

  it('an English log with a café or a name now and then is English; Korean, Japanese and Chinese logs are theirs', () => {
    const english =
      '## Day 1\nToday I learned how closures capture variables, over a coffee at the café.\n' +
      '## Day 2\nToday I learned how the event loop runs callbacks after the stack is empty.\n'.repeat(4)
    expect(readLanguage(english)).toEqual({ language: 'en', otherLetters: false })
    expect(readLanguage('## Day 1\n오늘은 파이썬의 리스트를 공부했다.')).toEqual({ language: 'ko', otherLetters: false })
    // Pronunciations in IPA (`/ʃɪp/`) are no other language.
    const ipa = '## Day 1\ncaught /ˈkɔːt/, ship /ʃɪp/, book /bʊk/, about /əˈbaʊt/: vowels in English words.\n'
    expect(readLanguage(ipa.repeat(3))).toEqual({ language: 'en', otherLetters: false })
  })
})

describe('how a log in another language is said to be read', () => {
  it('`--explain` says it is not English, and that reminders are in English', () => {
    const text = ['### Dia 1', 'Hoje aprendi funções.', '', '### Dia 2', 'Hoje estudei condições e laços.'].join('\n')
    const { reading } = parseLog(text)
    expect(reading).toMatchObject({ language: 'en', otherLanguage: true })
    expect(explainLines(reading, 'diario.md')[1]).toBe('  Language: a language other than English (reminders are written in English)')
    expect(parseLog('### Day 1\nToday I learned functions.\n').reading.otherLanguage).toBeUndefined()
  })
})
