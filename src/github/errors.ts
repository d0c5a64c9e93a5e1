/**
 * Turns GitHub's answers into errors a learner can act on, each one line that
 * says what to change. A token without the right permission gets 403 "Resource
 * not accessible by integration": say which `permissions:` line is missing.
 */

export type Permission = 'issues: write' | 'contents: write' | 'contents: read'

/** A problem that ends the whole run: the one line is the step's error. */
export class StopError extends Error {}

/**
 * GitHub would not let the token do something: a missing `permissions:` line (403), a repository it cannot
 * see (404), a refused token (401). The one error type for access problems; the message says what to change.
 */
export class AccessError extends StopError {}

/** The token's rate limit is used up for longer than a run should wait. */
class RateLimitError extends StopError {}

/** A repository rule or branch protection refused the summary commit. */
export class RuleError extends Error {}

interface HttpError {
  status?: number
  message?: string
  response?: { headers?: Record<string, string | undefined>; data?: unknown }
}

function isForbidden(error: unknown): boolean {
  const e = error as HttpError
  return e?.status === 403 && /not accessible by integration|must have (?:admin|push|write)|permission/i.test(e.message ?? '')
}

export function isStatus(error: unknown, ...statuses: number[]): boolean {
  return statuses.includes((error as HttpError)?.status ?? -1)
}

/** GitHub's message without its trailing " - https://docs.github.com/…" and blank lines. */
export function githubMessage(error: unknown): string {
  const text = String((error as HttpError)?.message ?? error)
    .replace(/ - https:\/\/docs\.github\.com\S*$/, '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
  return text.join(': ')
}

/** Runs a request; a missing permission becomes an AccessError naming it. */
export async function needs<T>(permission: Permission, what: string, request: () => Promise<T>): Promise<T> {
  try {
    return await request()
  } catch (error) {
    if (isForbidden(error)) {
      throw new AccessError(
        `til-keeper could not ${what}: the token lacks the "${permission}" permission. Add "${permission}" under "permissions:" in the workflow, or use a token that has it.`
      )
    }
    throw error
  }
}

/** Where the workflow that runs the action lives, for messages that point at it. */
export interface RunContext {
  /** `.github/workflows/til-keeper.yml`, from GITHUB_WORKFLOW_REF; null when unknown. */
  workflowFile: string | null
  /** Whether the token is an app installation token (the workflow's own `github.token` is one). */
  appToken: boolean
}

function authError(context: RunContext): AccessError {
  const where = context.workflowFile ? ` in ${context.workflowFile}` : ''
  const fix = context.appToken
    ? `the workflow's own token was refused; leave github-token at its default \${{ github.token }}${where} and run the workflow again`
    : `check the secret passed as github-token${where}: the personal access token has expired, was revoked or was mistyped; make a new one and update the secret`
  return new AccessError(`github-token: GitHub refused the token (401 Bad credentials); ${fix}`)
}

/** `14:05 UTC (in 47 minutes)`. */
function resetTime(reset: Date, now: Date): string {
  const minutes = Math.max(1, Math.ceil((reset.getTime() - now.getTime()) / 60_000))
  const clock = reset.toISOString().slice(11, 16)
  return `${clock} UTC (in ${minutes} minute${minutes === 1 ? '' : 's'})`
}

function rateLimitError(reset: Date, now: Date = new Date(), secondary = false): RateLimitError {
  const limit = secondary
    ? `GitHub asked til-keeper to slow down (a secondary rate limit) until ${resetTime(reset, now)}`
    : `GitHub's API rate limit for this token is used up until ${resetTime(reset, now)}`
  return new RateLimitError(
    `${limit}; til-keeper stopped without finishing this run. Run the workflow again after that (the next scheduled run also picks up what this one left).`
  )
}

/**
 * 401 and a used-up primary rate limit, however deep in the run they happen,
 * become StopErrors; anything else is passed on as it is.
 */
export function stopFor(error: unknown, context: RunContext, now: Date = new Date()): unknown {
  const e = error as HttpError
  if (e?.status === 401) return authError(context)
  const headers = e?.response?.headers ?? {}
  if ((e?.status === 403 || e?.status === 429) && headers['x-ratelimit-remaining'] === '0') {
    const reset = Number(headers['x-ratelimit-reset'])
    return rateLimitError(new Date(Number.isFinite(reset) && reset > 0 ? reset * 1000 : now.getTime() + 3_600_000), now)
  }
  if ((e?.status === 403 || e?.status === 429) && /secondary rate limit/i.test(e?.message ?? '')) {
    const after = Number(headers['retry-after'])
    return rateLimitError(new Date(now.getTime() + (Number.isFinite(after) && after > 0 ? after : 60) * 1000), now, true)
  }
  return error
}
