/** Timing helpers shared by bench/run.ts and bench/probe.ts: medians of warm runs. */

const WARMUP = 3
/** At least this long warming up a pair before timing it. */
const WARM_MS = 300

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** Median wall time of `fn` in ms after warm-up runs (three, and at least `WARM_MS`): at least `runs` runs, more for quick ones (up to 250 ms in all). */
export function warm(fn: () => unknown, runs: number): number {
  const warmUntil = performance.now() + WARM_MS
  for (let i = 0; i < WARMUP || performance.now() < warmUntil; i++) fn()
  const samples: number[] = []
  let spent = 0
  while (samples.length < runs || (spent < 250 && samples.length < 200)) {
    const start = performance.now()
    fn()
    const elapsed = performance.now() - start
    samples.push(elapsed)
    spent += elapsed
  }
  return median(samples)
}

/**
 * Median wall times of `a` and `b`, warmed up and sampled in turns, so that both meet the
 * same JIT state (timing one after the other charged the first with the compiler's warm-up:
 * whichever of a log and its four-fold copy went first looked up to 3× slower).
 */
export function warmPair(a: () => unknown, b: () => unknown, runs: number): [number, number] {
  // Warm for a while, not a fixed count: a quick function is still being compiled after three calls.
  const warmUntil = performance.now() + WARM_MS
  for (let i = 0; i < WARMUP || performance.now() < warmUntil; i++) {
    a()
    b()
  }
  const timed = (fn: () => unknown): number => {
    const start = performance.now()
    fn()
    return performance.now() - start
  }
  const as: number[] = []
  const bs: number[] = []
  let spent = 0
  while (as.length < runs || (spent < 500 && as.length < 200)) {
    const x = timed(a)
    const y = timed(b)
    as.push(x)
    bs.push(y)
    spent += x + y
  }
  return [median(as), median(bs)]
}
