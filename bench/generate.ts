/**
 * Synthetic study logs for the benchmark, in the two shapes the engine meets
 * most: the bootcamp `<details>` template and a heading-and-checkbox log. All
 * text is made up here from small word lists; nothing comes from a real log.
 * A fixed seed makes every run produce the same bytes.
 */

function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

const TOPICS = [
  '이진 탐색',
  '해시 테이블',
  '그래프 순회',
  '동적 계획법',
  '힙 정렬',
  '트라이',
  '유니온 파인드',
  '위상 정렬',
  '슬라이딩 윈도우',
  '투 포인터',
  '세그먼트 트리',
  '최단 경로'
]
const VERBS = ['정리', '복습', '구현', '문제 풀이', '강의 수강', '코드 리뷰']
const NOTES = [
  '경계 조건을 먼저 적어 두면 실수가 줄어든다.',
  '시간 복잡도를 말로 설명할 수 있어야 진짜 이해한 것이다.',
  '작은 예제로 손으로 따라가 보니 흐름이 보였다.',
  '재귀 대신 반복으로 바꾸면 스택 깊이 걱정이 없다.',
  '같은 문제를 다른 자료구조로 풀어 보며 차이를 비교했다.',
  '테스트 케이스를 먼저 만들고 코드를 고치니 빨랐다.'
]
const CODE = [
  [
    'def search(items, target):',
    '    lo, hi = 0, len(items) - 1',
    '    while lo <= hi:',
    '        mid = (lo + hi) // 2',
    '        if items[mid] == target:',
    '            return mid',
    '        lo, hi = (mid + 1, hi) if items[mid] < target else (lo, mid - 1)',
    '    return -1'
  ],
  [
    'counts = {}',
    'for word in words:',
    '    counts[word] = counts.get(word, 0) + 1',
    '# 가장 많이 나온 단어',
    'best = max(counts, key=counts.get)'
  ],
  [
    'graph = {1: [2, 3], 2: [4], 3: [4], 4: []}',
    'seen = set()',
    'def visit(node):',
    '    if node in seen:',
    '        return',
    '    seen.add(node)',
    '    for nxt in graph[node]:',
    '        visit(nxt)'
  ]
]

const SPAN = (label: string): string => `<span style="font-size:150%">**${label}**</span>  `

/** One entry in the bootcamp template: emoji task lines, notes with code, lists between paragraphs. */
function templateDay(n: number, next: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!
  const task = (): string => `${pick(TOPICS)} ${pick(VERBS)}`
  const done = Array.from({ length: 2 + Math.floor(next() * 3) }, () => `    🙂 ${task()}`)
  const open = Array.from({ length: 1 + Math.floor(next() * 2) }, () => `    🙃 ${task()}`)
  const learned: string[] = []
  for (let i = 0; i < 2; i++) {
    learned.push(`### ${pick(TOPICS)}`, pick(NOTES), '', `- ${pick(NOTES)}`, `    - ${pick(NOTES)}`, '')
    if (i === 0) learned.push(pick(NOTES))
    if (i === 1 && n % 2 === 0) learned.push('```python', ...pick(CODE), '```')
    learned.push('')
  }
  return [
    '<details>',
    '',
    `<summary>Day${n} Review</summary>`,
    '',
    SPAN('완료한 사항'),
    '',
    ...done,
    '',
    '#',
    SPAN('완료하지 못한 사항'),
    '',
    ...open,
    '',
    '#',
    SPAN('자세히 짚고 넘어갈 학습 내용'),
    '',
    ...learned,
    '#',
    SPAN('내일 목표'),
    '',
    `    💪 ${open[0]!.trim().slice(2).trim()}`,
    `    💪 ${task()}`,
    '',
    '#',
    `<span style="font-size:150%">🚩**DAY ${n} 소감**</span>`,
    '',
    `- ${pick(NOTES)}`,
    '',
    '</details>',
    ''
  ].join('\n')
}

function weekReview(week: number, next: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!
  return [
    '<details>',
    '',
    `<summary>WEEK${week} Review</summary>`,
    '',
    SPAN('피어세션 정리'),
    `- ${pick(NOTES)}`,
    '',
    SPAN('학습회고'),
    `- ${pick(NOTES)}`,
    '</details>',
    ''
  ].join('\n')
}

/** `days` entries in the bootcamp template, with a week review after every fifth day. */
export function templateLog(days: number): string {
  const next = random(days)
  const parts = ['# 부트캠프 학습 기록', '']
  for (let n = 1; n <= days; n++) {
    parts.push(templateDay(n, next))
    if (n % 5 === 0) parts.push(weekReview(n / 5, next))
  }
  return parts.join('\n')
}

/** `days` weekday entries from Monday 2026-03-02 as `## YYYY-MM-DD`, `### TODO` and checkboxes. */
export function headingLog(days: number): string {
  const next = random(days + 1)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!
  const parts = ['# 공부 일지', '']
  let date = Date.UTC(2026, 2, 2)
  for (let n = 1; n <= days; n++) {
    while ([0, 6].includes(new Date(date).getUTCDay())) date += 86_400_000
    const iso = new Date(date).toISOString().slice(0, 10)
    date += 86_400_000
    parts.push(
      `## ${iso}`,
      '',
      '### TODO',
      ...Array.from({ length: 3 + Math.floor(next() * 3) }, () => `- [${next() < 0.7 ? 'x' : ' '}] ${pick(TOPICS)} ${pick(VERBS)}`),
      '  - [ ] 오답 노트',
      '',
      '### 배운 것',
      pick(NOTES),
      '',
      `- ${pick(NOTES)}`,
      `- ${pick(NOTES)}`,
      '',
      pick(NOTES),
      ''
    )
  }
  return parts.join('\n')
}
