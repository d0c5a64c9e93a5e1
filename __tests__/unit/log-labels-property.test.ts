/**
 * Property: a log built from any label position × day-number form × date notation ×
 * decoration × language is read with every day, its number and its date, and
 * nothing else — not the intro sentence with a date in it, not the fake day inside
 * a code fence.
 */
import fc from 'fast-check'
import { parseLog } from '../helpers/with-micromark.js'
import type { Language } from '../../src/log/types.js'

const pad = (n: number): string => String(n).padStart(2, '0')
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const WEEKDAYS: Record<Language, string[]> = {
  ko: ['(일)', '(월)', '(화)', '(수)', '(목)', '(금)', '(토)'],
  ja: ['(日)', '(月)', '(火)', '(水)', '(木)', '(金)', '(土)'],
  zh: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'],
  en: ['(Sun)', '(Mon)', '(Tue)', '(Wed)', '(Thu)', '(Fri)', '(Sat)']
}

interface Day {
  y: number
  m: number
  d: number
  weekday: number
}

/** Date notations, each with its full year so that the expected date is certain. */
const NOTATIONS: Record<string, (day: Day) => string> = {
  iso: ({ y, m, d }) => `${y}-${pad(m)}-${pad(d)}`,
  isoShort: ({ y, m, d }) => `${y}-${m}-${d}`,
  compact: ({ y, m, d }) => `${y}${pad(m)}${pad(d)}`,
  slashes: ({ y, m, d }) => `${y}/${pad(m)}/${pad(d)}`,
  dots: ({ y, m, d }) => `${y}.${pad(m)}.${pad(d)}`,
  koreanDots: ({ y, m, d }) => `${y}. ${m}. ${d}.`,
  twoDigitYear: ({ y, m, d }) => `${pad(y % 100)}.${pad(m)}.${pad(d)}`,
  korean: ({ y, m, d }) => `${y}년 ${m}월 ${d}일`,
  cjk: ({ y, m, d }) => `${y}年${m}月${d}日`,
  englishMonthFirst: ({ y, m, d }) => `${MONTHS[m - 1]} ${d}, ${y}`,
  englishDayFirst: ({ y, m, d }) => `${d} ${MONTHS[m - 1]} ${y}`,
  englishShort: ({ y, m, d }) => `${MONTHS[m - 1]!.slice(0, 3)} ${d}, ${y}`
}

/** Day-number forms; `lead` says whether the form may also follow a date. */
const NUMBERS: Record<string, { write: (n: number) => string; trails: boolean }> = {
  day: { write: (n) => `Day ${n}`, trails: true },
  dayTight: { write: (n) => `Day${n}`, trails: true },
  dayPadded: { write: (n) => `DAY-${pad(n)}`, trails: true },
  dPlus: { write: (n) => `D+${n}`, trails: true },
  ilcha: { write: (n) => `${n}일차`, trails: true },
  iljjae: { write: (n) => `${n}일째`, trails: true },
  nichime: { write: (n) => `${n}日目`, trails: true },
  ditian: { write: (n) => `第${n}天`, trails: true },
  round: { write: (n) => `R1D${n}`, trails: true },
  hash: { write: (n) => `#${n}`, trails: false }
}

const TEXT: Record<
  Language,
  { title: string; intro: (date: string) => string; done: string; learned: string; body: string; topic: string }
> = {
  ko: {
    title: '# 오늘 배운 것',
    intro: (date) => `매일 배운 것을 적어요. 처음 시작한 날은 ${date}이고, 꾸준히 이어 가려고 해요.`,
    done: '오늘 한 일',
    learned: '배운 점',
    body: '파이썬의 리스트와 딕셔너리를 공부했다',
    topic: '클로저'
  },
  ja: {
    title: '# 学習記録',
    intro: (date) => `毎日学んだことを記録します。最初の日は${date}で、これからも続けるつもりです。`,
    done: '今日やったこと',
    learned: '学んだこと',
    body: 'Railsチュートリアルの章を読みました',
    topic: 'クロージャ'
  },
  zh: {
    title: '# 学习日志',
    intro: (date) => `每天记录学到的东西。开始的日子是${date}，希望能一直坚持下去。`,
    done: '今日完成',
    learned: '学到了',
    body: '今天学习了操作系统导论的第二章',
    topic: '闭包'
  },
  en: {
    title: '# Today I Learned',
    intro: (date) => `I write down what I learn every day. The first day was ${date} and I mean to keep going.`,
    done: "Today's Progress",
    learned: 'Key learning',
    body: 'Read about how closures capture the variables around them in a function',
    topic: 'Closures'
  }
}

type Position = 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6' | 'summary' | 'html' | 'bold' | 'line'
const DECORATIONS: Record<string, (label: string) => string> = {
  none: (l) => l,
  emoji: (l) => `📅 ${l}`,
  symbol: (l) => `■ ${l}`,
  brackets: (l) => `[${l}]`,
  backticks: (l) => `\`${l}\``,
  fullWidth: (l) => `\u3000${l}\u3000`,
  fire: (l) => `🔥 ${l} 🔥`
}

function place(position: Position, label: string, body: string): string {
  if (position === 'summary') return `<details>\n<summary>${label}</summary>\n\n${body}\n\n</details>\n`
  if (position === 'html') return `<h3 align="center">${label}</h3>\n\n${body}\n`
  if (position === 'bold') return `**${label}**\n\n${body}\n`
  if (position === 'line') return `${label}\n\n${body}\n`
  return `${'#'.repeat(Number(position.slice(1)))} ${label}\n\n${body}\n`
}

const ORIGIN = Date.UTC(2020, 0, 1)

const logs = fc
  .record({
    count: fc.integer({ min: 1, max: 7 }),
    start: fc.integer({ min: 0, max: 3000 }),
    gaps: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 7, maxLength: 7 }),
    firstNumber: fc.integer({ min: 1, max: 120 }),
    numbering: fc.constantFrom('none', 'before', 'after', 'only'),
    numberForm: fc.constantFrom(...Object.keys(NUMBERS)),
    notation: fc.constantFrom(...Object.keys(NOTATIONS)),
    position: fc.constantFrom<Position>('h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'summary', 'html', 'bold', 'line'),
    separator: fc.constantFrom(' ', ' - ', ' – ', ' — ', ' − ', ': ', ' | ', ' / ', ' (', ', '),
    decoration: fc.constantFrom(...Object.keys(DECORATIONS)),
    weekday: fc.boolean(),
    topic: fc.boolean(),
    colon: fc.boolean(),
    language: fc.constantFrom<Language>('ko', 'ja', 'zh', 'en')
  })
  // Bold and date lines are day markers where the log repeats them; a `#5` with words after it is a numbered problem.
  .filter((c) => (c.position !== 'bold' && c.position !== 'line') || c.count >= 2)
  .filter((c) => !(c.numberForm === 'hash' && (c.numbering === 'after' || (c.numbering === 'only' && c.topic))))
  .filter((c) => !(c.position === 'line' && c.topic))
  // A line starting `2024. 3. 5.` is an ordered list in markdown (item 2024), not a paragraph.
  .filter((c) => !(c.position === 'line' && c.notation === 'koreanDots' && (c.numbering === 'none' || c.numbering === 'after')))

describe('property: every generated day is found, with its number and date, and nothing else', () => {
  it('label position × number form × date notation × decoration × language', () => {
    fc.assert(
      fc.property(logs, (c) => {
        const text = TEXT[c.language]
        const expected: Array<{ number: number | null; date: string | null }> = []
        const parts: string[] = [text.title, '', text.intro('2019-12-31'), '', '```', '## Day 999 (2019-01-01)', '```', '']
        let offset = c.start
        for (let i = 0; i < c.count; i++) {
          offset += c.gaps[i]!
          const at = new Date(ORIGIN + offset * 86_400_000)
          const day: Day = { y: at.getUTCFullYear(), m: at.getUTCMonth() + 1, d: at.getUTCDate(), weekday: at.getUTCDay() }
          const number = c.firstNumber + i
          const dated = c.numbering !== 'only'
          const numbered = c.numbering !== 'none'
          let date = dated ? NOTATIONS[c.notation]!(day) : ''
          if (dated && c.weekday) date += ` ${WEEKDAYS[c.language][day.weekday]}`
          const n = NUMBERS[c.numberForm]!.write(number)
          const close = c.separator === ' (' ? ')' : ''
          let label = !numbered
            ? date
            : !dated
              ? n
              : c.numbering === 'before'
                ? `${n}${c.separator}${date}${close}`
                : `${date}${c.separator}${n}${close}`
          if (c.topic) label += ` ${text.topic}`
          label = DECORATIONS[c.decoration]!(label)
          if (c.colon) label += ':'
          const body = `**${text.done}**\n- [x] ${text.body}\n\n**${text.learned}**\n- ${text.body}`
          parts.push(place(c.position, label, body))
          expected.push({
            number: numbered ? number : null,
            date: dated ? `${day.y}-${pad(day.m)}-${pad(day.d)}` : null
          })
        }
        const parsed = parseLog(parts.join('\n'))
        const found = parsed.entries.map((e) => ({ number: e.number, date: e.date }))
        expect({ label: parts[8], found }).toEqual({ label: parts[8], found: expected })
        expect(parsed.entries.every((e) => e.kind === 'day')).toBe(true)
        expect(parsed.language).toBe(c.language)
      }),
      { numRuns: 400 }
    )
  }, 120_000)
})
