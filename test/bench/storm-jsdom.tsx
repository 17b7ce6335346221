// Toast storm in jsdom with Testing Library's act (React's development build, as in tests):
//   node --expose-gc --single-threaded-gc --import tsx test/bench/storm-jsdom.tsx <library> <default|dedupe> <distinct|identical>
// Prints one JSON line. One process per run, so no library's leftovers weigh on another's heap.
import './dom.js'
import { act, render } from '@testing-library/react'
import { heapUsed, sleep } from './dom.js'
import { cpuMs } from './measure.js'
import { loadKit } from './kit.js'
import { createLib, type LibName, type Scenario, type StormEnv, type StormLib, runStorm } from './storm-libs.js'

const [name = 'stardust-error-kit', variant = 'default', scenario = 'distinct'] = process.argv.slice(2)
const n = Number(process.env.BENCH_STORM_N ?? 1000)
const repeat = Number(process.env.BENCH_REPEAT ?? 5)

// React's "not wrapped in act" warnings come from the peers' animation timers firing between act() calls:
// counted, not printed (they would bury the results).
let warnings = 0
console.error = () => void warnings++

const env: StormEnv = {
  async mount(element) {
    let unmount = () => {}
    await act(async () => {
      unmount = render(element).unmount
    })
    return async () => act(async () => unmount())
  },
  burst: (fire) => act(async () => fire()),
  tick: () => act(() => sleep(0)),
  wait: (ms) => act(() => sleep(ms)),
  heap: async () => heapUsed(),
  layout: () => 0,
  now: () => performance.now(),
  // CPU time (with --single-threaded-gc, the collector's too): on a shared machine, time spent waiting for
  // a core is not charged to the library measured.
  clock: cpuMs,
}

const lib = await createLib(await loadKit(), name as LibName, variant as StormLib['variant'])
const result = await runStorm(lib, env, scenario as Scenario, {
  n,
  repeat,
  warmup: Number(process.env.BENCH_WARMUP ?? 1),
  budgetMs: 6000,
  capMs: Infinity,
})
process.stdout.write(`${JSON.stringify({ env: 'jsdom', ...result, warnings })}\n`)
process.exit(0)
