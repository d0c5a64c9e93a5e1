/**
 * The seed README lives in ../shared (present here and in CI, never copied into
 * the project). Tests that need it skip, saying why, where it is absent.
 */
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const SHARED = resolve(REPO_ROOT, '..', 'shared')
export const SEED_PATH = resolve(SHARED, 'fixtures', 'boostcamp-ai-tech-til.md')
export const HAS_SEED = existsSync(SEED_PATH)

export function readSeed(): string {
  return readFileSync(SEED_PATH, 'utf8')
}

/** `describe`, or `describe.skip` with a note when ../shared is missing. */
export function describeWithSeed(name: string, fn: () => void): void {
  if (HAS_SEED) {
    describe(name, fn)
  } else {
    describe.skip(`${name} (skipped: ${SEED_PATH} is absent; these tests read the shared seed log)`, fn)
  }
}

/** A Day14 entry in the seed's template, written for the tests. */
export const DAY14 = `

<details>
<summary>Day14 Review</summary>

<span style="font-size:150%">**완료한 사항**</span>

    🙂 어텐션 구조 복습

#
<span style="font-size:150%">**완료하지 못한 사항**</span>

    🙃 심화 과제

#
<span style="font-size:150%">**자세히 짚고 넘어갈 학습 내용**</span>

- 멀티헤드 어텐션은 여러 관점의 유사도를 한 번에 본다.

#
<span style="font-size:150%">**내일 목표**</span>

    💪 심화 과제 마무리

#
<span style="font-size:150%">🚩**DAY 14 소감**</span>

- 복습하니 구조가 훨씬 잘 보였다.

</details>
`

/** The settings the issues use for the seed: start 2026-09-21, Korean holidays, today 2026-10-14. */
export const SEED_CALENDAR = {
  'start-date': '2026-09-21',
  timezone: 'Asia/Seoul',
  holidays: 'kr',
  today: '2026-10-14'
} as const
