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
}

export function createClient(token: string, baseUrl: string, log: ClientLog): GitHubClient {
  const ThrottledOctokit = Octokit.plugin(throttling, retry)
  return new ThrottledOctokit({
    auth: token,
    baseUrl,
    userAgent: 'til-keeper',
    log: { debug: () => {}, info: () => {}, warn: (m: string) => log.warning(m), error: (m: string) => log.warning(m) },
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
