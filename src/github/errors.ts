/**
 * Turns GitHub's answers into errors a learner can act on. A token without the
 * right permission gets 403 "Resource not accessible by integration": say which
 * `permissions:` line the workflow is missing.
 */

export type Permission = 'issues: write' | 'contents: write' | 'contents: read'

export class PermissionError extends Error {}

interface HttpError {
  status?: number
  message?: string
}

function isForbidden(error: unknown): boolean {
  const e = error as HttpError
  return e?.status === 403 && /not accessible by integration|must have (?:admin|push|write)|permission/i.test(e.message ?? '')
}

export function isStatus(error: unknown, ...statuses: number[]): boolean {
  return statuses.includes((error as HttpError)?.status ?? -1)
}

/** Runs a request; a missing permission becomes a PermissionError naming it. */
export async function needs<T>(permission: Permission, what: string, request: () => Promise<T>): Promise<T> {
  try {
    return await request()
  } catch (error) {
    if (isForbidden(error)) {
      throw new PermissionError(
        `til-keeper could not ${what}: the token lacks the "${permission}" permission. Add "${permission}" under "permissions:" in the workflow, or use a token that has it.`
      )
    }
    throw error
  }
}
