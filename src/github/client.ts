/**
 * The Octokit the adapters share: retries 5xx answers and waits out secondary
 * rate limits (403/429 with retry-after), as GitHub asks integrations to.
 */
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { Octokit } from '@octokit/rest'

export type GitHubClient = InstanceType<typeof Octokit>

/** How often one request may wait out a rate limit before the run gives up. */
const MAX_RATE_LIMIT_RETRIES = 3

export interface ClientLog {
  warning(message: string): void
  debug(message: string): void
}

export function createClient(token: string, baseUrl: string, log: ClientLog): GitHubClient {
  const ThrottledOctokit = Octokit.plugin(throttling, retry)
  return new ThrottledOctokit({
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
      onRateLimit: (retryAfter, options, _octokit, retryCount) => {
        log.warning(`GitHub rate limit hit on ${options.method} ${options.url}; retrying in ${retryAfter}s`)
        return retryCount < MAX_RATE_LIMIT_RETRIES
      },
      onSecondaryRateLimit: (retryAfter, options, _octokit, retryCount) => {
        log.warning(`GitHub secondary rate limit hit on ${options.method} ${options.url}; retrying in ${retryAfter}s`)
        return retryCount < MAX_RATE_LIMIT_RETRIES
      }
    },
    retry: { retries: 3 }
  })
}
