// Memory: heap after 10,000 toasts shown and dismissed, against before.
//   NODE_ENV=production node --expose-gc --import tsx test/bench/memory.ts   → one JSON line
// Two measures: the real <Toaster> in jsdom (React's production build, as an app runs it; toastLimit 100
// so a screenful renders at a time), and the ToastStore alone. Before = after a warm-up of 300 toasts, so one-time costs (compiled code, catalogs) are not counted.
import './dom.js'
import { createElement } from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { heapUsed, sleep } from './dom.js'
import { loadKit } from './kit.js'
import { envelope } from './fixtures.js'
// The store is internal (not exported by the entry): from the source, which has no Vite-only syntax.
import { ToastStore } from '../../src/ui/toastStore.js'

const TOTAL = Number(process.env.BENCH_MEMORY_N ?? 10_000)
const WARMUP = 300
// A screenful per act(): 100 visible toasts, so 10,000 toasts take 100 renders, not 3,334.
const BATCH = 100
console.error = () => {}

const kit = await loadKit()
const i18n = kit.createStardustI18n('en')
await kit.loadStardustLocale(i18n, 'en')
const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length

// Through the Toaster: push a screenful, let it render, dismiss each toast, render again.
const handle: { show?: ReturnType<typeof kit.useStardustToast>['show']; store?: ReturnType<typeof kit.useStardust>['toasts'] } = {}
function Grab() {
  handle.show = kit.useStardustToast().show
  handle.store = kit.useStardust().toasts
  return null
}
const root = createRoot(document.body.appendChild(document.createElement('div')))
flushSync(() =>
  root.render(
    createElement(
      kit.StardustProvider,
      { i18n, locale: 'en', toaster: false, toastLimit: BATCH },
      createElement(Grab),
      createElement(kit.Toaster),
    ),
  ),
)
await sleep(10)
let next = 0
async function cycle(count: number) {
  for (let done = 0; done < count; ) {
    const ids: string[] = []
    for (let i = 0; i < BATCH && done < count; i++, done++, next++) {
      // One toast per failure: each from its own query, keyed as the provider keys them.
      const error = kit.toStardustError(envelope(next))
      ids.push(handle.show!(error, { dedupeKey: `${error.code}|["campaigns",${next}]` })!)
    }
    await sleep(0) // the store notifies in a microtask; useSyncExternalStore renders at once
    if (document.querySelectorAll('.sdk-toast').length !== ids.length) throw new Error('toasts were not shown')
    for (const id of ids) handle.store!.dismiss(id)
    await sleep(0)
  }
}
await cycle(WARMUP)
const toaster = { before: heapUsed(), timersBefore: timers(), after: 0, timersAfter: 0, toastsLeft: 0, elapsedMs: 0 }
const t0 = performance.now()
await cycle(TOTAL)
toaster.elapsedMs = performance.now() - t0
toaster.toastsLeft = document.querySelectorAll('.sdk-toast, .sdk-toaster__more').length
toaster.after = heapUsed()
toaster.timersAfter = timers()
root.unmount()

// The store alone, no React: 10,000 distinct failures pushed and dismissed one by one.
const store = new ToastStore()
const errors = Array.from({ length: 1000 }, (_, i) => kit.toStardustError(envelope(i)))
const storeCycle = (count: number) => {
  for (let i = 0; i < count; i++)
    store.dismiss(store.push({ error: errors[i % errors.length]!, severity: 'error', dedupeKey: `k${next++}` }))
}
storeCycle(WARMUP)
await sleep(0)
const storeOnly = { before: heapUsed(), timersBefore: timers(), after: 0, timersAfter: 0 }
storeCycle(TOTAL)
await sleep(0)
storeOnly.after = heapUsed()
storeOnly.timersAfter = timers()
store.clear()

// Exits once the result has reached its reader (jsdom's timers would keep the process alive otherwise).
process.stdout.write(`${JSON.stringify({ total: TOTAL, toaster, storeOnly })}\n`, () => process.exit(0))
