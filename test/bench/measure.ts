// A small micro-benchmark loop: calibrated batches, warm-up, interleaved rounds, medians.
// Time is the process's CPU time (run with `--single-threaded-gc` so it is the main thread's):
// on a shared 2-core machine, time spent waiting for a core is not charged to the code measured.

export interface Stats {
  median: number
  min: number
  max: number
  /** The 80th percentile: for rates, the fast end without the odd outlier batch. */
  p80: number
  samples: number[]
}

export function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
  const p80 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.8))]!
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, p80, samples }
}

/** CPU time of this process in ms. */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

// Keeps results alive so the JIT cannot drop the work.
let sink: unknown
export const sunk = () => sink

type Fn = (i: number) => unknown

interface Runner {
  fn: Fn
  /** Inputs continue from batch to batch, so a stream of unique inputs stays unique. */
  next: number
  iterations: number
}

function time(runner: Runner, iterations: number): number {
  const { fn } = runner
  let i = runner.next
  const end = i + iterations
  const t0 = cpuMs()
  for (; i < end; i++) sink = fn(i)
  const elapsed = cpuMs() - t0
  runner.next = end
  return elapsed
}

/**
 * Operations per second of each function: warmed up, then `rounds` rounds in which every function
 * runs one batch of about `batchMs` (interleaved, so drift and GC hit all alike). Ratios against
 * `baseline` are taken round by round, then their median.
 */
export function compare(
  fns: Record<string, Fn>,
  opts: {
    baseline: string
    rounds?: number
    batchMs?: number
    warmupMs?: number
    /** Called before each batch of a function, outside the time measured (e.g. to switch global state). */
    before?: (name: string) => void
  },
): Record<string, { opsPerSec: Stats; ratio: Stats }> {
  const { rounds = 15, batchMs = 20, warmupMs = 150, before = () => {} } = opts
  const runners = new Map<string, Runner>(Object.entries(fns).map(([name, fn]) => [name, { fn, next: 0, iterations: 0 }]))
  for (const [name, runner] of runners) {
    before(name)
    const until = cpuMs() + warmupMs
    while (cpuMs() < until) time(runner, 256)
    let iterations = 256
    let elapsed = time(runner, iterations)
    while (elapsed < batchMs / 4) elapsed = time(runner, (iterations *= 4))
    runner.iterations = Math.max(1, Math.round((iterations * batchMs) / Math.max(elapsed, 0.001)))
  }
  const ops = new Map<string, number[]>([...runners.keys()].map((name) => [name, []]))
  for (let r = 0; r < rounds; r++) {
    for (const [name, runner] of runners) {
      before(name)
      ops.get(name)!.push((runner.iterations * 1000) / Math.max(time(runner, runner.iterations), 0.001))
    }
  }
  const base = ops.get(opts.baseline)!
  return Object.fromEntries(
    [...ops].map(([name, samples]) => [name, { opsPerSec: stats(samples), ratio: stats(samples.map((v, r) => v / base[r]!)) }]),
  )
}
