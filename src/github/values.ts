/**
 * GitHub's open-ended strings turned into the closed unions the code works with,
 * at the edge where they come in.
 */
import type { OwnerType, StateReason } from './types.js'

const STATE_REASONS: readonly string[] = ['completed', 'not_planned', 'duplicate', 'reopened'] satisfies StateReason[]

/** An issue's `state_reason`; null when missing or unknown (then the issue counts as closed with no reason given). */
export function stateReasonOf(value: string | null | undefined): StateReason | null {
  return typeof value === 'string' && STATE_REASONS.includes(value) ? (value as StateReason) : null
}

/** A repository owner's `type`: anything but a user (an organization, an enterprise, a bot) gets no personal assignee. */
export function ownerTypeOf(value: string): OwnerType {
  return value === 'User' ? 'User' : 'Organization'
}
