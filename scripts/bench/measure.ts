// Timing: a few warm-up runs (caches, prepared statements, JIT), then timed runs; the
// figures are the median and the 95th percentile (nearest rank) in milliseconds.

export interface Timing {
  runs: number
  p50: number
  p95: number
  max: number
}

export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))]!
}

export function summarize(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b)
  return { runs: sorted.length, p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), max: sorted.at(-1) ?? Number.NaN }
}

export interface Repetitions {
  warmup: number
  runs: number
  /** Runs before each timed run, not timed (locking before an unlock, say). */
  before?: () => Promise<void>
}

export async function sample(run: () => Promise<unknown>, options: Repetitions): Promise<number[]> {
  for (let index = 0; index < options.warmup; index++) {
    await options.before?.()
    await run()
  }
  const samples: number[] = []
  for (let index = 0; index < options.runs; index++) {
    await options.before?.()
    const started = performance.now()
    await run()
    samples.push(performance.now() - started)
  }
  return samples
}
