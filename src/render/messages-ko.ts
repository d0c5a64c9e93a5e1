/** The Korean catalogue: written as a Korean learner would say it, not translated word for word. */
import type { CalendarDoubt } from '../review/calendar-sanity.js'
import type { IsoDate, LabelForm, LabelPosition, PlainTextReason, ReadNote, SectionRole, SkipReason } from '../log/types.js'
import type { DueState, Finding, FindingType, LabelMismatch, MissingWeekReview, ReportNote } from '../review/types.js'
import type { GoalResult, WeekId } from '../review/weeks.js'
import { josa, particle } from './josa.js'
import type { Closing, DayProblem, FailureKind, Messages, ReminderStep } from './messages.js'
import { count, fixedTitle, missingDayName, monthDay, named, sectionName } from './phrases.js'
import { quote } from './quote.js'

const topic = (word: string): string => josa(word, '은', '는')

/** `3주차(10/5~10/11)`, or `3주차` without a calendar. */
function weekName(f: MissingWeekReview): string {
  return f.week ? `${f.number}주차(${monthDay(f.week.start)}~${monthDay(f.week.end)})` : `${f.number}주차`
}

function mismatch(f: LabelMismatch): string {
  const { entry, section } = f
  switch (f.why.kind) {
    case 'section-title': {
      const fixed = fixedTitle(section, f.why.expected)
      return `${entry}에 있는 "${section}"의 번호가 맞지 않아요.${fixed ? ` ${josa(`"${fixed}"`, '으로', '로', true)} 고쳐 주세요.` : ' 제목의 번호를 확인해 주세요.'}`
    }
    case 'out-of-order':
      // The particle follows the name, not the date in brackets after it: `51일차(11월 25일)가`.
      return `${f.why.previous}(${f.why.previousDate}) 뒤에 ${entry}(${f.date})${particle(entry, '이', '가')} 있어요. 번호나 날짜를 확인해 주세요.`
    case 'year-slip':
      return f.why.last === null
        ? `${entry}의 날짜(${f.why.written})가 앞뒤 기록보다 1년 이르게 적혀 있어서 1년 뒤 날짜(${f.date})로 읽었어요. 연도를 확인해 주세요.`
        : `${entry}부터 ${f.why.last}까지 기록 ${f.why.count}개는 날짜가 앞뒤 기록보다 1년 이르게 적혀 있어서(${f.why.written}부터) 1년 뒤로 읽었어요. 연도를 확인해 주세요.`
    case 'off-calendar':
      // A date is read ending in 일 (일, 이일, …): always 이/은.
      return `${entry}(${f.date})은 달력으로 ${josa(f.why.dayName ?? `Day${f.why.day}`, '이에요', '예요')}. 번호나 날짜를 확인해 주세요.`
    case 'weekday': {
      // A day titled by its date says it already (`2025-03-04 (수)는`); a date in brackets is read ending in 일 (`은`).
      const name = f.date !== null && entry.includes(f.date) ? josa(entry, '은', '는') : `${entry}(${f.date})은`
      const { weekday } = weeklyFile
      return `${name} ${weekday[f.why.actual]}요일인데 ${weekday[f.why.written]}요일로 적혀 있어요. 날짜나 요일을 확인해 주세요.`
    }
    case 'repeated': {
      const { earlier } = f.why
      // `두 번`, `세 번`, `네 번`, then `5번`: a counter after a native numeral takes a space, after digits none.
      const native = ['두', '세', '네'][earlier.length - 1]
      const times = native ? `${native} 번` : `${earlier.length + 1}번`
      return `${entry} 제목이 ${times} 나와요(${earlier.join(', ')}번째 줄에도 있어요). ${f.number === null ? '날짜' : '번호'}를 확인해 주세요.`
    }
  }
}

function finding(f: Finding): string {
  switch (f.type) {
    case 'missing-day':
      return `${missingDayName(f)} 기록이 없어요.`
    case 'missing-week-review':
      return `${weekName(f)} 회고가 아직 없어요.`
    case 'empty-day':
      return f.sections.length > 0
        ? `${topic(f.entry)} 비어 있어요. ${f.sections.map((s) => sectionName(s.title)).join(', ')} 섹션에 적힌 내용이 없어요.`
        : `${f.entry}에 적힌 내용이 없어요.`
    case 'empty-section':
      return emptySection(f.entry, f.section)
    case 'label-mismatch':
      return mismatch(f)
  }
}

function emptySection(entry: string, section: string): string {
  return `${entry}의 "${sectionName(section)}" 섹션이 비어 있어요.`
}

function warning(d: CalendarDoubt): string {
  const start = `start-date ${josa(d.startDate, '이', '가')}`
  if (d.problem === 'entries-end-long-ago')
    return `start-date ${josa(d.startDate, '으로', '로', true)} 세면 마지막 기록 ${josa(d.entry ?? '', '이', '가')} ${josa(d.against, '이라', '라')}, 그 뒤로 한 달 넘게 기록이 없는 셈이에요. ${josa(d.expected ?? '', '을', '를')} 쓰려던 게 아닌지 확인해 주세요. 고칠 때까지 빠진 날로는 알림을 보내지 않고 주간 요약 파일도 쓰지 않아요.`
  const what = {
    'start-after-today': `${start} 오늘(${d.against})보다 뒤예요.`,
    'start-after-last-entry': `${start} 마지막 기록의 날짜(${d.against})보다 뒤예요.`,
    'start-long-before-first-entry': `${start} 첫 기록의 날짜(${d.against})보다 한 달 넘게 앞서요.`
  }[d.problem]
  const expected = d.expected
    ? ` 첫 기록의 날짜인 ${josa(d.expected, '을', '를')} 쓰려던 게 아닌지 확인해 주세요.`
    : ' 첫 기록을 쓴 날짜로 고쳐 주세요.'
  const effect = d.ignored
    ? ' 이번에는 달력 없이 적힌 기록만 확인했고, 고칠 때까지 주간 요약 파일은 쓰지 않아요.'
    : ' 첫 기록 전의 날짜로는 알림을 보내지 않아요.'
  return what + expected + effect
}

const PLAIN_TEXT_REASON: Record<PlainTextReason, (limit: number) => string> = {
  indent: () => '들여쓰기가 너무 깊어서',
  nesting: (limit) => `인용이나 목록이 ${limit}단계보다 깊게 겹쳐 있어서`,
  brackets: (limit) => `대괄호가 ${limit}겹보다 깊게 겹쳐 있어서`,
  marks: (limit) => `한 문단에 마크다운 기호가 ${limit}개보다 많아서`
}

function readingNote(n: ReadNote): string {
  if (n.kind === 'plain-text') return `${n.from}–${n.to}번째 줄은 ${PLAIN_TEXT_REASON[n.why](n.limit)} 일반 텍스트로 읽었어요.`
  if (n.kind === 'table-days')
    return `${n.line}번째 줄부터 표의 ${count(n.rows)}줄이 날짜나 일차로 시작하지만, 링크가 없는 표의 줄은 아직 일일 기록으로 읽지 않아서 확인하지 않았어요.`
  if (n.kind === 'hidden-days' && n.inside === 'html')
    return `${n.line}번째 줄부터 일일 기록 제목 ${count(n.days)}개가 HTML 블록 안에 있어요(바로 위에 \`<br>\` 같은 HTML 줄이 빈 줄 없이 붙어 있나요?). GitHub에서도 제목이 아닌 글자로 보이고, 기록으로 읽지 않았어요.`
  if (n.kind === 'hidden-days' && n.closed)
    return `${n.line}번째 줄부터 일일 기록 제목 ${count(n.days)}개가 코드 블록 안에 있어요. GitHub에서도 코드로 보이고, 기록으로 읽지 않았어요.`
  if (n.kind === 'hidden-days')
    return `${n.line}번째 줄부터 일일 기록 제목 ${count(n.days)}개가 코드 블록 안에 있어요(닫지 않은 \`\`\`가 있나요?). GitHub에서도 코드로 보이고, 기록으로 읽지 않았어요.`
  if (n.kind === 'index-rows-unnamed')
    return `${n.line}번째 줄부터 목차 표의 ${count(n.rows)}줄은 다른 파일로 링크하지만 날짜나 일차를 읽을 수 없어서 기록으로 세지 않았고 확인하지 않았어요.`
  if (n.kind === 'year-from-weekdays') {
    const also = n.also.length === 0 ? '' : `(${n.also.map((y) => `${y}년`).join(', ')}도 요일이 맞아요)`
    return `연도를 적지 않은 기록이라, 날짜 옆 요일이 맞는 가장 최근 연도로 첫 기록을 ${n.year}년으로 읽었어요${also}. 다른 해라면 start-date로 알려 주세요.`
  }
  if (n.kind === 'kept-elsewhere')
    return `일일 기록 ${count(n.days)}개는 이 로그가 링크한 다른 파일에 있어서 제목만 확인하고 내용은 확인하지 않았어요.`
  const quoted = n.labels.map((l) => `${l.line}번째 줄 "${l.text}"`).join(', ')
  const more = n.total > n.labels.length ? ` 외 ${count(n.total - n.labels.length)}개` : ''
  if (n.kind === 'unspaced-heading')
    return `# 뒤에 띄어쓰기가 없는 제목은 GitHub에서 제목이 아니라 글로 보여요(${quoted}${more}). 여기서는 제목으로 읽었어요. GitHub에서도 제목으로 보이게 하려면 # 뒤에 한 칸 띄어 주세요.`
  return `없는 날짜가 적힌 제목이 있어서 그 기록은 날짜 없이 읽었어요(${quoted}${more}). 날짜를 고치면 확인할 수 있어요.`
}

function note(n: ReportNote): string {
  if (n.type === 'omitted')
    return n.kind === 'day'
      ? `빠진 날이 ${count(n.total)}일이나 돼서 가장 최근 ${count(n.shown)}일만 적었어요. 시작 날짜나 Day 번호가 맞는지 확인해 주세요.`
      : `빠진 주간 회고가 ${count(n.total)}개나 돼서 가장 최근 ${count(n.shown)}개만 적었어요. 시작 날짜나 주차 번호가 맞는지 확인해 주세요.`
  if (n.type === 'reading') return readingNote(n)
  if (n.type === 'untracked-goals')
    return `내일 할 일이 ${count(n.goals)}개 적혀 있지만 한 일을 적은 날(체크한 박스나 한 일 섹션)이 없어서 이월된 할 일은 확인하지 않았어요. 할 일에 체크하거나 한 일을 적으면 확인할 수 있어요.`
  const start = /^Korean holiday data start at (\d{4}); dates before (\S+) are checked/.exec(n.text)
  if (start) return `공휴일 자료가 ${start[1]}년부터 있어서 ${start[2]} 전의 날짜는 공휴일 없이 확인했어요.`
  const end = /^Korean holiday data end at (\d{4}); dates after (\S+) are checked/.exec(n.text)
  if (end) return `공휴일 자료가 ${end[1]}년까지만 있어서 ${end[2]} 뒤의 날짜는 공휴일 없이 확인했어요.`
  return n.text
}

const FIXED_NAME: Record<DayProblem, string> = {
  'missing-day': '기록',
  'empty-day': '내용',
  'empty-section': '빈 섹션',
  'label-mismatch': '제목 번호'
}

function seenFixed(c: Closing): string {
  switch (c.kind) {
    case 'checklist':
      return '손볼 곳이 모두 고쳐졌어요.'
    case 'older':
      return '지난 기록에서 손볼 곳이 모두 고쳐졌어요.'
    case 'week':
      return `${c.week ? `${c.week}주차` : c.entry} 회고를 확인했어요.`
    case 'day': {
      const { entry, fixed } = c
      if (fixed.length === 0) return `${entry}에서 손볼 곳이 모두 고쳐졌어요.`
      if (fixed.length === 1)
        return {
          'missing-day': `${entry} 기록을 확인했어요.`,
          'empty-day': `${entry}에 적힌 내용을 확인했어요.`,
          'empty-section': `${entry}의 빈 섹션이 채워진 것을 확인했어요.`,
          'label-mismatch': `${entry} 제목의 번호가 고쳐진 것을 확인했어요.`
        }[fixed[0]!]
      // `빈 섹션과 제목 번호`: the last two joined by 과/와, as it fits the word before it.
      const names = fixed.map((k) => FIXED_NAME[k])
      const several = `${josa(names.slice(0, -1).join(', '), '과', '와')} ${names[names.length - 1]}`
      return `${entry}에서 ${josa(several, '이', '가')} 모두 고쳐진 것을 확인했어요.`
    }
  }
}

const FAILED_STEP: Record<ReminderStep, (issue: string) => string> = {
  open: (issue) => `${josa(issue, '을', '를')} 여는`,
  update: (issue) => `${josa(issue, '을', '를')} 고치는`,
  reopen: (issue) => `${josa(issue, '을', '를')} 다시 여는`,
  close: (issue) => `${josa(issue, '을', '를')} 닫는`,
  comment: (issue) => `${issue}에 댓글을 다는`,
  read: (issue) => `${josa(issue, '을', '를')} 읽는`
}

function failed(issue: string | null, step: ReminderStep, kind: FailureKind, detail: string): string {
  const why = {
    locked: '이슈가 잠겨 있어요',
    gone: '이슈가 삭제되었어요',
    moved: '이슈를 찾을 수 없어요. 삭제되었거나 다른 저장소로 옮겨졌을 수 있어요',
    refused: `GitHub가 요청을 받아들이지 않았어요 (${detail})`,
    other: `GitHub 응답: ${detail}`
  }[kind]
  return `${FAILED_STEP[step](`알림 이슈${issue ? ` ${issue}` : ''}`)} 데 실패했어요: ${why}. 나머지 작업은 계속했어요.`
}

const reminder = {
  missing: (f: Finding) => `${named(f.entry, f.date)} 기록이 아직 없어요`,
  missingWeek: (f: MissingWeekReview) => `${weekName(f)} 회고가 아직 없어요`,
  emptyDay: (f: Finding) => `${quote(f.entry)}에 적힌 내용이 없어요`,
  emptySection: (section: string) => `"${quote(sectionName(section))}" 섹션이 비어 있어요`,
  mismatch: (f: LabelMismatch) => `"${quote(f.section)}" 제목의 번호가 ${josa(quote(f.entry), '과', '와')} 맞지 않아요`,
  fixMissing: (entries: string[]) =>
    `README에 ${entries.map(quote).join(', ')} 항목을 추가해 주세요. 짧게라도 그날 배운 것을 남기면 충분해요.`,
  fixMissingWeek: (f: MissingWeekReview) =>
    f.week
      ? `${josa(`${monthDay(f.week.start)}~${monthDay(f.week.end)}`, '을', '를')} 돌아보는 ${f.number}주차 회고를 README에 추가해 주세요.`
      : `${josa(`${f.number}주차`, '을', '를')} 돌아보는 회고를 README에 추가해 주세요.`,
  fixEmptySections: '비어 있는 섹션에 한 일, 배운 점, 느낀 점을 한두 줄이라도 적어 주세요.',
  fixEmptyDay: '그날 한 일이나 배운 것을 한두 줄이라도 적어 주세요.',
  fixMismatch: (f: LabelMismatch) => {
    const fixed = fixedTitle(f.section, f.number)
    return fixed
      ? `${josa(`"${quote(f.section)}"`, '을', '를')} ${josa(`"${quote(fixed)}"`, '으로', '로', true)} 고쳐 주세요.`
      : `제목의 번호를 ${quote(f.entry)}에 맞게 고쳐 주세요.`
  },
  after: (line: number) => `${line}번째 줄 다음`,
  at: (line: number) => `${line}번째 줄`,
  top: '맨 앞',
  what: '무엇',
  where: '어디',
  todo: '이렇게 해 주세요',
  more: (n: number) => `그 밖에 ${n}개가 더 있어요. 전체 목록은 이번 실행의 작업 요약에서 볼 수 있어요.`,
  footer: 'README를 고쳐서 push하면 til-keeper가 다시 확인하고 이 이슈를 자동으로 닫아요.',
  mute: '🤖 til-keeper가 관리하는 알림이에요. 이 알림이 필요 없다면 "Close as not planned"로 닫아 주세요. 다시 열지 않을게요.',
  dayTitle: (entry: string, findings: Finding[]) => {
    const count = (t: FindingType) => findings.filter((f) => f.type === t).length
    const missing = findings.find((f) => f.type === 'missing-day')
    if (missing) return `${entry}: 기록이 아직 없어요${missing.date && missing.date !== entry ? ` (${missing.date})` : ''}`
    const parts: string[] = []
    if (count('empty-day')) parts.push('내용이 비어 있어요')
    if (count('empty-section')) parts.push(`빈 섹션 ${count('empty-section')}개`)
    if (count('label-mismatch')) parts.push('제목 번호 확인 필요')
    return `${entry}: ${parts.join(', ')}`
  },
  dayHeading: (entry: string, date: string | null) => `${entry}${date && date !== entry ? ` (${date})` : ''} 기록에 손볼 곳이 있어요`,
  digestTitle: (n: number) => `til-keeper: 손볼 곳 ${n}개`,
  digestHeading: '아직 손볼 곳이 남아 있어요. 고치고 나면 체크리스트에서 저절로 빠져요.',
  olderTitle: '지난 기록 점검',
  olderHeading: (days: number | null) =>
    `최근 ${days ?? ''}학습일보다 오래된 기록에서 손볼 곳이에요. 날마다 이슈를 열지 않고 여기에 모아 두었어요. 고치고 나면 목록에서 저절로 빠지고, 모두 고치면 이 이슈도 닫혀요.`,
  /** The comment on a reminder closed because the log is fixed. */
  closed: (c: Closing) => `${seenFixed(c)} 이 알림은 닫을게요. 수고했어요! 🎉`,
  /** Said once, when a person closed a reminder as completed while the problem is still there; `entry` null for a checklist. */
  reopened: (entry: string | null) =>
    `${entry === null ? '아직 손볼 곳이 남아 있어서' : `${entry}에 아직 손볼 곳이 남아 있어서`} 이 알림을 다시 열었어요. README를 고쳐 push하면 저절로 닫혀요. 이 알림이 필요 없다면 "Close as not planned"로 닫아 주세요. 한 번 더 닫아도 다시 열지 않을게요.`,
  moved: '알림을 묶는 방식이 바뀌어서 여기 있던 손볼 곳은 이제 다른 알림 이슈에서 알려 드려요. 이 이슈는 닫을게요.',
  duplicate: (original: number) => `${josa(`#${original}`, '과', '와')} 같은 알림이라 닫을게요.`,
  labelDescription: 'til-keeper가 학습 기록을 보고 보내는 알림',
  /** One line for the run's warnings: which reminder, what failed, why, and that the rest went on. */
  failed,
  issuesOff: (repository: string) =>
    `${repository} 저장소에서 이슈 기능이 꺼져 있어서 알림 이슈는 건너뛰었어요. 알림을 받으려면 저장소의 Settings → General → Features에서 Issues를 켜 주세요.`
}

/** The words of reminder issues, in both languages' shape. */
export type ReminderWords = typeof reminder

/** The CLI's text report. */
const cliText = {
  summary: (days: number, weeks: number, due: string | null) =>
    `일일 기록 ${days}개, 주간 회고 ${weeks}개${due ? ` · ${due}까지 마감된 날 기준` : ''}`,
  findings: (n: number) => (n === 0 ? '문제 없음: 빠진 날도, 빈 섹션도 없어요.' : `발견한 문제 ${n}개`),
  noEmpty: '빈 섹션은 없어요.',
  unchecked: '빠진 날은 확인하지 않았어요. 날짜로 적은 기록은 --start-date로 시작일을 정해야 확인할 수 있어요.',
  nothingYet: '아직 일일 기록이 없어서 확인할 날이 없어요.',
  missingRun: (first: string, last: string, n: number) => `${first}부터 ${last}까지 기록 ${n}개가 없어요.`,
  carry: (n: number) => (n === 0 ? '이월된 할 일 없음' : `이월된 할 일 ${n}개`),
  left: (day: string) => `${day}에 미룬 일`,
  // Study days, as the English says and the weekly file explains: `6일째` alone reads as calendar days.
  open: (days: number) => `아직 진행 중 (학습일 ${days}일째)`,
  resolved: (day: string, days: number) => `${day}에 완료 (학습일 ${days}일째)`,
  dropped: (day: string) => `${day}에 그만둠`,
  notes: '참고',
  warning: '주의'
}

/** The run's job summary. */
const jobSummary = {
  title: 'til-keeper 점검 결과',
  due: (n: number, last: string | null) => `마감된 날 ${n}일${last ? ` (${last}까지)` : ''}`,
  day: '날',
  date: '날짜',
  state: '상태',
  line: '줄',
  states: { logged: '✅ 기록함', missing: '❌ 기록 없음', empty: '⚠️ 비어 있음' } as Record<string, string>,
  findings: '발견한 문제',
  none: '없어요 🎉',
  unchecked: '빠진 날은 확인하지 않았어요. 날짜로 적은 기록은 start-date 입력으로 시작일을 정해야 확인할 수 있어요.',
  carry: '이월된 할 일',
  carryCounts: (open: number, done: number, dropped: number) =>
    `진행 중 ${open}개 · 끝낸 것 ${done}개${dropped > 0 ? ` · 그만둔 것 ${dropped}개` : ''}`,
  task: '할 일',
  since: '처음 미룬 날',
  age: '학습일',
  days: (n: number) => `${n}일째`,
  moreTasks: (n: number) => `그 밖에 진행 중인 할 일 ${n}개가 더 있어요 (JSON 보고서에 모두 있어요).`,
  bot: '봇이 한 일',
  wouldDo: '봇이 할 일 (dry run: 아무것도 쓰지 않았어요)',
  opened: '새 이슈',
  reopened: '다시 연 이슈',
  updated: '수정한 이슈',
  closed: '닫은 이슈',
  deferred: (n: number) => `max-issues 때문에 다음 실행으로 미룬 알림 ${n}개 (최근 것부터 열어요):`,
  older: (n: number) => `최근 학습일보다 오래된 ${n}일의 손볼 곳은 "지난 기록 점검" 이슈 하나에 모았어요.`,
  nothing: '바뀐 것이 없어 아무것도 쓰지 않았어요.',
  remindersOff: '알림 이슈 기능이 꺼져 있어요 (reminders: false).',
  issuesOff: '저장소에서 이슈 기능이 꺼져 있어서 알림 이슈는 건너뛰었어요 (Settings → General → Features → Issues).',
  summaryCommit: (sha: string, n: number) => `주간 요약 파일 ${n}개를 커밋했어요: ${sha.slice(0, 7)}`,
  summaryWould: (n: number) => `주간 요약 파일 ${n}개를 쓸 거예요:`,
  ownPush: '이번 push는 til-keeper가 만든 요약 커밋이라 새 요약 커밋을 만들지 않았어요.',
  summaryFailed: (why: string) => `⚠️ 주간 요약을 커밋하지 못했어요. 다음 실행에서 다시 시도해요: ${why}`,
  notes: '참고',
  warning: '주의'
}

export type CliTextWords = typeof cliText
export type JobSummaryWords = typeof jobSummary

/** The weekly files (`render/weekly-file.ts`) and their commit message. */
const weeklyFile = {
  title: (week: WeekId) => (week.kind === 'calendar' ? `${week.number}주차 학습 요약` : `${week.year}년 ${week.number}주차 학습 요약`),
  range: (start: IsoDate, end: IsoDate) => `${start} ~ ${end}`,
  weekday: ['일', '월', '화', '수', '목', '금', '토'],
  date: (d: IsoDate, weekday: string) => `${Number(d.slice(5, 7))}월 ${Number(d.slice(8, 10))}일 (${weekday})`,

  logHeading: '이번 주 기록',
  dueHeadline: (logged: number, due: number) => `**학습일 ${due}일 중 ${logged}일 기록**`,
  loggedHeadline: (logged: number) => `**${logged}일 기록**`,
  emptyCount: (n: number) => `비어 있는 날 ${n}일`,
  missingCount: (n: number) => `빠진 날 ${n}일`,
  noDueDays: '이번 주에는 학습일이 없었어요.',
  noLoggedDays: '이번 주에는 기록한 날이 없어요.',
  dayTable: ['날', '날짜', '상태', 'README'],
  state: { logged: '기록함', empty: '비어 있음', missing: '기록 없음' } as Record<DueState, string>,
  dayOff: '쉬는 날',

  emptyHeading: '비어 있는 섹션',
  noEmpty: '이번 주에는 비어 있는 섹션이 없어요.',
  wholeDayEmpty: '하루 전체가 비어 있어요',

  carryHeading: '이월된 할 일',
  carryHeadline: (open: number, done: number, dropped: number) =>
    `아직 진행 중 **${open}개** · 이번 주에 끝낸 것 **${done}개**${dropped > 0 ? ` · 그만둔 것 **${dropped}개**` : ''}`,
  noCarry: '이번 주에는 이월된 할 일이 없어요.',
  carryTable: ['할 일', '처음 적은 날', '밀린 기간', '상태'],
  age: (n: number) => `${n}일째`,
  resolved: (day: string) => `${day}에 완료`,
  dropped: (day: string) => `${day}에 그만둠`,
  stillOpen: '아직 진행 중',
  moreCarry: (n: number) => `그 밖에 ${n}개가 더 있어요.`,
  ageNote: (calendar: boolean): string =>
    calendar
      ? '밀린 기간은 처음 적은 날을 1일째로 세어 주말과 쉬는 날을 뺀 학습일 수이고, 상태는 이번 주 일요일 기준이에요.'
      : '밀린 기간은 처음 적은 날을 1일째로 세어 그사이 기록한 날 수이고, 상태는 이번 주 일요일 기준이에요.',

  goalHeading: '내일 목표 달성률',
  goalHeadline: (met: number, total: number, percent: number) => `목표 ${total}개 중 **${met}개 달성 (${percent}%)**`,
  noGoals: '이번 주에는 내일 목표를 세운 날이 없어요.',
  noCheckedGoals: '이번 주 안에 확인할 수 있는 내일 목표가 없어요.',
  goalTable: ['목표', '세운 날', '확인한 날', '결과'],
  goalResult: { met: '달성', missed: '못 함', pending: '다음 주에 확인' } as Record<GoalResult, string>,
  goalNote: '다음 기록일에 완료한 일로 적혀 있으면 달성으로 쳐요. 주의 마지막 기록일에 세운 목표는 다음 주 요약에서 확인해요.',

  trendHeading: '이월된 할 일 추이',
  trendNote: '주마다 일요일에 아직 남아 있던 이월된 할 일의 수예요.',
  trendAxis: '남은 할 일',

  footer: 'til-keeper가 README를 보고 만든 파일이에요. 다시 만들어질 수 있으니 직접 고치지 마세요.',
  /** The summary commit's message: starts with `til-keeper:` (the loop guard knows the bot's push by it) and carries `[skip ci]`. */
  commitMessage: (weeks: string[], readme: boolean): string => {
    const parts = weeks.length > 0 ? [`주간 요약 ${weeks.join(', ')}`] : []
    if (readme) parts.push('README의 이월된 할 일 표')
    return `til-keeper: ${parts.join(', ')} 갱신 [skip ci]`
  }
}

/** The weekly files' words, in both languages' shape. */
export type WeeklyFileWords = typeof weeklyFile

/** The carry-over block in the learner's README (`render/readme-block.ts`). */
const readmeBlock = {
  heading: '이월된 할 일',
  counts: (open: number, resolved: number, dropped: number) =>
    `아직 진행 중 ${open}개 · 지금까지 끝낸 것 ${resolved}개${dropped > 0 ? ` · 그만둔 것 ${dropped}개` : ''}`,
  none: (resolved: number) => (resolved === 0 ? '이월된 할 일이 없어요.' : `남은 할 일이 없어요. 지금까지 ${resolved}개를 끝냈어요.`),
  columns: ['할 일', '처음 적은 날', '밀린 기간', '마지막으로 적은 날'],
  age: (n: number) => `${n}일째`,
  more: (n: number) => `그 밖에 ${n}개가 더 있어요.`,
  footer: 'til-keeper가 자동으로 고치는 부분이에요.'
}

/** The README block's words, in both languages' shape. */
export type ReadmeBlockWords = typeof readmeBlock

/** How the log was read (`--explain`, the job summary's folded section). */
const explain = {
  title: (file: string) => `${josa(file, '을', '를')} 이렇게 읽었어요`,
  language: '언어',
  languages: { ko: '한국어', ja: '일본어 (알림은 아직 영어로 써요)', zh: '중국어 (알림은 아직 영어로 써요)', en: '영어' },
  otherLanguage: '영어가 아닌 다른 언어 (알림은 영어로 써요)',
  position: (p: LabelPosition, html = false) =>
    p === 'summary'
      ? '<summary>'
      : p === 'bold'
        ? '굵은 글씨 줄'
        : p === 'line'
          ? '날짜만 있는 줄'
          : p === 'item'
            ? '목록 항목'
            : p === 'row'
              ? '표의 줄'
              : html
                ? `<${p}> 제목`
                : `${'#'.repeat(Number(p.slice(1)))} 제목`,
  form: (f: LabelForm) =>
    `${f.kind === 'week' ? '주간 회고' : '일일 기록'} ${f.count}개: ${f.form} 모양의 ${explain.position(f.position, f.html)} (예: ${f.example.line}번째 줄 "${f.example.text}")`,
  pattern: (p: string) => `entry-pattern으로 찾았어요: ${p}`,
  none: '일일 기록으로 읽은 줄이 없어요.',
  indexRows: (n: number) => `일일 기록 ${n}개: 목차 표의 줄 (내용은 각 줄이 가리키는 파일에 있어 여기서는 확인하지 않아요)`,
  rowsInPlace: (n: number) => `일일 기록 ${n}개: 목차 표 안에 내용을 직접 적은 줄 (여기서 확인해요)`,
  linked: (n: number) => `그중 ${n}개는 제목이 다른 파일로 가는 링크뿐이에요 (내용은 그 파일에 있어 여기서는 확인하지 않아요)`,
  skipped: (n: number) => `날짜나 번호처럼 보이지만 기록으로 보지 않은 줄 ${n}개`,
  reasons: {
    shape: '기록 제목과 모양이 다르고 훨씬 적어요',
    once: '이 모양은 한 번뿐이에요',
    headings: '기록이 제목으로 되어 있는 로그 안의 굵은 글씨/날짜 줄이에요',
    nested: '기록 안에 있는, 모양이 다른 제목이에요',
    prose: '날짜 뒤에 문장이 이어져요',
    changelog: '날짜 뒤에 버전 번호가 있어요 (변경 기록)',
    example: '템플릿에 있던 예시예요'
  } satisfies Record<SkipReason, string>,
  more: (n: number) => `…외 ${n}개`,
  sections: '섹션 이름',
  roles: { done: '한 일', notDone: '못 한 일', learned: '배운 것', goals: '목표', reflection: '회고', other: '기타' } as Record<
    SectionRole,
    string
  >,
  noSections: '찾지 못했어요.',
  hint: '기대와 다르게 읽었다면 entry-pattern으로 기록 제목의 모양을 알려 주세요 (README 참고).'
}

/** The `--explain` words, in both languages' shape. */
export type ExplainWords = typeof explain

export const ko: Messages = {
  finding,
  emptySection,
  warning,
  note,
  emptySectionsElsewhere: (n) => `비어 있는 섹션 ${n}개는 작업 요약에서 볼 수 있어요. 다른 저장소의 기록이라 줄 표시는 달지 않았어요.`,
  moreEmptySections: (n) => `그 밖에 비어 있는 섹션 ${n}개는 작업 요약에서 볼 수 있어요.`,
  reminder,
  cliText,
  jobSummary,
  weeklyFile,
  readmeBlock,
  explain
}
