import { ownerTypeOf, stateReasonOf } from '../../src/github/values.js'

test('an issue state reason GitHub sends is kept; a missing or unknown one is null', () => {
  expect(stateReasonOf('not_planned')).toBe('not_planned')
  expect(stateReasonOf('completed')).toBe('completed')
  expect(stateReasonOf('duplicate')).toBe('duplicate')
  expect(stateReasonOf('reopened')).toBe('reopened')
  expect(stateReasonOf(null)).toBeNull()
  expect(stateReasonOf(undefined)).toBeNull()
  expect(stateReasonOf('archived')).toBeNull()
})

test('only a user-owned repository counts as a user; any other owner type gets no personal assignee', () => {
  expect(ownerTypeOf('User')).toBe('User')
  expect(ownerTypeOf('Organization')).toBe('Organization')
  expect(ownerTypeOf('Enterprise')).toBe('Organization')
  expect(ownerTypeOf('Bot')).toBe('Organization')
})
