/**
 * Small Korean study logs written for the tests, in the `## DayN` + `###`
 * sections shape many learners use: one function, so each scenario says only
 * what is special about its days.
 */

export interface DaySpec {
  /** Not written at all: a missing day. */
  missing?: boolean
  /** Written, with nothing under any section. */
  empty?: boolean
  /** Sections written as headings with nothing under them. */
  emptySections?: Array<'learned' | 'reflection'>
  done?: string[]
  notDone?: string[]
  /** A reflection heading carrying another day's number (`DAY 3 소감` in Day4). */
  reflectionOf?: number
  /** The heading as written, instead of `## DayN`. */
  heading?: string
}

/** The log: one entry per spec, Day1 first; `specs[i]` is Day(i+1). */
export function koreanLog(specs: DaySpec[], title = '# 부스트캠프 TIL'): string {
  const out = [title, '']
  specs.forEach((spec, i) => {
    const n = i + 1
    if (spec.missing) return
    out.push(spec.heading ?? `## Day${n}`, '')
    const section = (name: string, lines: string[]) => out.push(`### ${name}`, '', ...lines, ...(lines.length > 0 ? [''] : []))
    const empty = (kind: 'learned' | 'reflection') => spec.empty || (spec.emptySections ?? []).includes(kind)
    section('오늘 한 일', spec.empty ? [] : (spec.done ?? [`강의 ${n}강 듣기`]).map((t) => `- [x] ${t}`))
    if (spec.notDone && spec.notDone.length > 0)
      section(
        '못한 일',
        spec.notDone.map((t) => `- [ ] ${t}`)
      )
    section('배운 점', empty('learned') ? [] : [`- ${n}일차에 배운 내용을 정리했다.`])
    section(spec.reflectionOf ? `DAY ${spec.reflectionOf} 소감` : '소감', empty('reflection') ? [] : ['- 오늘도 조금 나아졌다.'])
  })
  return out.join('\n') + '\n'
}

/** The n-th weekday from Monday 2026-03-02 (Day1), as the calendar `start-date: 2026-03-02`, mon-fri, no holidays counts. */
export function weekdayDate(n: number): string {
  const start = Date.UTC(2026, 2, 2)
  const weeks = Math.floor((n - 1) / 5)
  const day = (n - 1) % 5
  return new Date(start + (weeks * 7 + day) * 86_400_000).toISOString().slice(0, 10)
}

/** The settings that go with weekdayDate. */
export const WEEKDAY_CALENDAR = { 'start-date': '2026-03-02', timezone: 'Asia/Seoul', workdays: 'mon-fri', holidays: 'none' } as const
