/**
 * The Octokit the adapters share: retries 5xx answers and waits out rate
 * limits that end within a few minutes, as GitHub asks integrations to. A
 * limit further away, or a refused token, stops the run with one line that
 * says what to do (see `stopFor`).
 */
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { Octokit } from '@octokit/rest'
import { stopFor, type RunContext } from './errors.js'

export type GitHubClient = InstanceType<typeof Octokit>

/** How often one request may wait out a rate limit before the run gives up. */
const MAX_RATE_LIMIT_RETRIES = 3

/** The longest wait for a rate limit's reset; a run that would sleep longer stops and says when to retry. */
const MAX_RATE_LIMIT_WAIT_SECONDS = 180

export interface ClientLog {
  warning(message: string): void
  debug(message: string): void
}

export function createClient(token: string, baseUrl: string, log: ClientLog, context: Partial<RunContext> = {}): GitHubClient {
  const ThrottledOctokit = Octokit.plugin(throttling, retry)
  const wait = (kind: string, retryAfter: number, options: { method: string; url: string }, retryCount: number): boolean => {
    if (retryAfter > MAX_RATE_LIMIT_WAIT_SECONDS || retryCount >= MAX_RATE_LIMIT_RETRIES) return false
    log.warning(`GitHub ${kind} hit on ${options.method} ${options.url}; retrying in ${retryAfter}s`)
    return true
  }
  const client = new ThrottledOctokit({
    auth: token,
    baseUrl,
    userAgent: 'til-keeper',
    // Octokit logs every failed request (an expected 404 included): keep that for debug logs only.
    log: {
      debug: (m: string) => log.debug(m),
      info: (m: string) => log.debug(m),
      warn: (m: string) => log.debug(m),
      error: (m: string) => log.debug(m)
    },
    throttle: {
      onRateLimit: (retryAfter, options, _octokit, retryCount) => wait('rate limit', retryAfter, options, retryCount),
      onSecondaryRateLimit: (retryAfter, options, _octokit, retryCount) => wait('secondary rate limit', retryAfter, options, retryCount)
    },
    retry: { retries: 3 }
  })
  // Registered after the plugins, so it sees an error only once they have given up on it.
  const run: RunContext = { workflowFile: context.workflowFile ?? null, appToken: context.appToken ?? token.startsWith('ghs_') }
  client.hook.error('request', (error) => {
    throw stopFor(error, run)
  })
  return client
}
