/**
 * A bounded memo for work repeated on the same texts: a log repeats its section labels and task lines entry
 * after entry, so each distinct text is worked out once. Cleared when full, so a huge log cannot grow it
 * without end.
 */
const LIMIT = 20_000

/** The answer for `key` from `cache`, computed and kept on a miss. */
export function remember<T>(cache: Map<string, T>, key: string, compute: (key: string) => T): T {
  let value = cache.get(key)
  if (value === undefined) {
    if (cache.size >= LIMIT) cache.clear()
    value = compute(key)
    cache.set(key, value)
  }
  return value
}
