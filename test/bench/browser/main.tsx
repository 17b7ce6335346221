// The storm page for Chromium: built by Vite in production mode (React's profiling build, so the
// Profilers count commits), driven by test/bench/storm-browser.mjs through window.stormBench.
// The kit's import below is typed from the sources and bundled from the run's build (a Vite alias).
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import * as kit from '../../../src/index.js'
import { createLib, runStorm, type LibName, type Scenario, type StormEnv, type StormLib, type StormOptions } from '../storm-libs.js'

declare global {
  interface Window {
    /** Full GC, then the heap in use (bytes): exposed by the driver through the DevTools protocol. */
    benchHeap?: () => Promise<number>
    stormBench: { run(lib: LibName, variant: StormLib['variant'], scenario: Scenario, opts: StormOptions): ReturnType<typeof runStorm> }
  }
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))

const env: StormEnv = {
  async mount(element) {
    const container = document.body.appendChild(document.createElement('div'))
    const root = createRoot(container)
    flushSync(() => root.render(element))
    return async () => {
      root.unmount()
      container.remove()
    }
  },
  // One task, as a burst of failed requests resolving together would be.
  burst: async (fire) => fire(),
  // A task and a frame: React's scheduler, the libraries' zero-delay timers and their rAF callbacks all get to run.
  tick: async () => {
    await nextTask()
    await nextFrame()
  },
  wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  heap: async () => (window.benchHeap ? window.benchHeap() : 0),
  // Style and layout of what the burst left: paid before the next frame, so part of the burst's cost.
  layout() {
    const t0 = performance.now()
    void document.body.offsetHeight
    return performance.now() - t0
  },
  now: () => performance.now(),
  clock: () => performance.now(),
}

window.stormBench = {
  async run(lib, variant, scenario, opts) {
    return runStorm(await createLib(kit, lib, variant), env, scenario, opts)
  },
}
