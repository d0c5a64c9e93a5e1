import { annotations } from '../../src/render/annotations.js'
import type { Finding, Report } from '../../src/review/types.js'

function emptySection(n: number, section: string, line: number): Finding {
  return {
    type: 'empty-section',
    entry: `Day${n}`,
    number: n,
    date: `2026-03-${String(n + 1).padStart(2, '0')}`,
    section,
    line,
    entryLine: 10 * n
  }
}

function report(findings: Finding[], warnings: Report['warnings'] = []): Report {
  const reading: Report['reading'] = {
    status: 'entries',
    language: 'ko',
    pattern: null,
    forms: [],
    skipped: [],
    skippedCount: 0,
    indexRows: 0,
    rowsInPlace: 0,
    linked: 0,
    sections: {}
  }
  return {
    language: 'ko',
    lastDue: null,
    entries: [],
    findings,
    carryOver: [],
    due: [],
    notes: [],
    omitted: {},
    warnings,
    reading,
    missingDaysChecked: true
  }
}

describe('annotations', () => {
  const twelve = Array.from({ length: 6 }, (_, i) => [
    emptySection(i + 1, '배운 점', 10 * i + 3),
    emptySection(i + 1, '소감', 10 * i + 5)
  ]).flat()

  it('annotates each empty section on its README line, newest day first, within GitHub’s 10', () => {
    const out = annotations(report(twelve), { path: 'README.md', fileAnnotations: true })
    expect(out).toHaveLength(11)
    expect(out.slice(0, 3)).toEqual([
      { level: 'warning', message: 'Day6의 "배운 점" 섹션이 비어 있어요.', file: 'README.md', line: 53 },
      { level: 'warning', message: 'Day6의 "소감" 섹션이 비어 있어요.', file: 'README.md', line: 55 },
      { level: 'warning', message: 'Day5의 "배운 점" 섹션이 비어 있어요.', file: 'README.md', line: 43 }
    ])
    expect(out.filter((a) => a.level === 'warning')).toHaveLength(10)
    expect(out[10]).toEqual({ level: 'notice', message: '그 밖에 비어 있는 섹션 2개는 작업 요약에서 볼 수 있어요.' })
  })

  it('annotates the sections of an empty day too, and nothing else', () => {
    const emptyDay: Finding = {
      type: 'empty-day',
      entry: 'Day2',
      number: 2,
      date: '2026-03-03',
      section: null,
      line: 20,
      sections: [{ title: 'Thoughts:', line: 22 }]
    }
    const missing: Finding = { type: 'missing-day', entry: 'Day3', number: 3, date: '2026-03-04', section: null, line: 30 }
    const out = annotations({ ...report([emptyDay, missing]), language: 'en' }, { path: 'log.md', fileAnnotations: true })
    expect(out).toEqual([{ level: 'warning', message: 'The "Thoughts" section of Day2 is empty.', file: 'log.md', line: 22 }])
  })

  it('writes no file annotations for a log in another repository, only a notice counting them', () => {
    const out = annotations(report(twelve), { path: 'README.md', fileAnnotations: false })
    expect(out).toEqual([
      { level: 'notice', message: '비어 있는 섹션 12개는 작업 요약에서 볼 수 있어요. 다른 저장소의 기록이라 줄 표시는 달지 않았어요.' }
    ])
  })

  it('puts a settings warning first, within the same 10', () => {
    const doubt = { problem: 'start-after-today' as const, startDate: '2027-03-02', against: '2026-03-10', expected: null, ignored: true }
    const warning = { type: doubt.problem, setting: 'start-date' as const, expected: null, calendarIgnored: true, doubt }
    const out = annotations(report(twelve, [warning]), { path: 'README.md', fileAnnotations: true })
    expect(out[0]).toEqual({
      level: 'warning',
      message:
        'start-date 2027-03-02가 오늘(2026-03-10)보다 뒤예요. 첫 기록을 쓴 날짜로 고쳐 주세요. 이번에는 달력 없이 적힌 기록만 확인했고, 고칠 때까지 주간 요약 파일은 쓰지 않아요.'
    })
    expect(out.filter((a) => a.level === 'warning')).toHaveLength(10)
    expect(out[out.length - 1]).toEqual({ level: 'notice', message: '그 밖에 비어 있는 섹션 3개는 작업 요약에서 볼 수 있어요.' })
  })
})
