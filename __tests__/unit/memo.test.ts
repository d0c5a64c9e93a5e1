import { remember } from '../../src/log/memo.js'

test('each key is worked out once, a null answer included', () => {
  const cache = new Map<string, string | null>()
  const calls: string[] = []
  const judge = (key: string) => (calls.push(key), key === 'none' ? null : key.toUpperCase())
  expect(remember(cache, 'a', judge)).toBe('A')
  expect(remember(cache, 'a', judge)).toBe('A')
  expect(remember(cache, 'none', judge)).toBeNull()
  expect(remember(cache, 'none', judge)).toBeNull()
  expect(calls).toEqual(['a', 'none'])
})

test('a full cache starts over instead of growing without end', () => {
  const cache = new Map<string, number>()
  for (let i = 0; i < 20_000; i++) remember(cache, `k${i}`, () => i)
  expect(cache.size).toBe(20_000)
  expect(remember(cache, 'one more', () => -1)).toBe(-1)
  expect(cache.size).toBe(1)
  // An answer dropped with the rest is worked out again, the same.
  expect(remember(cache, 'k5', () => 5)).toBe(5)
})
