// Storms: 10,000 failures in one burst, through useStardustToast and through the provider's query failure
// path. Distinct failures hold the toaster at its limit with "and N more" counting what really waits; one
// outage seen by every query is one toast with its count. The DOM stays small and the heap flat.
// Also: the provider unmounted while a toast's timer is pending leaves no timer and no React warning.
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { act, fireEvent, render, screen } from '@testing-library/react'
import { QueryClientProvider } from '@tanstack/react-query'
import { useImperativeHandle, type Ref } from 'react'
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'
import de from '../../locales/de/stardust.json'
import en from '../../locales/en/stardust.json'
import { StardustError } from '../../src/core/StardustError.js'
import { createStardustI18n, loadStardustLocale } from '../../src/i18n.js'
import { resolveError } from '../../src/i18n/resolveError.js'
import { StardustProvider } from '../../src/ui/StardustProvider.js'
import { useStardustToast } from '../../src/ui/useStardustToast.js'
import { renderWithKit, testQueryClient } from '../ui/kit.js'
import { flushReport, record } from './report.js'
import { RUNS, watchConsole } from './support.js'

const STORM = 10_000
const LIMIT = 3
const watch = watchConsole()
afterEach(() => vi.useRealTimers())
afterAll(() => flushReport('storm', RUNS))

// A forced GC makes heap figures comparable; without one they are reported as measured.
let gc: (() => void) | null = null
try {
  setFlagsFromString('--expose-gc')
  gc = runInNewContext('gc') as () => void
} catch {
  gc = null
}
function heapUsed(): number {
  gc?.()
  gc?.()
  return process.memoryUsage().heapUsed
}
const MB = 1024 * 1024

/** Watches the document while a storm runs: the most toasts and elements it ever held. */
function watchDom() {
  const peak = { toasts: 0, nodes: 0 }
  const sample = () => {
    peak.toasts = Math.max(peak.toasts, document.querySelectorAll('li.sdk-toast').length)
    peak.nodes = Math.max(peak.nodes, document.body.querySelectorAll('*').length)
  }
  const observer = new MutationObserver(sample)
  observer.observe(document.body, { childList: true, subtree: true, characterData: true })
  sample()
  return {
    peak,
    stop() {
      sample()
      observer.disconnect()
    },
  }
}

type Show = (error: StardustError) => void
function Shouter({ handle }: { handle: Ref<Show> }) {
  const toast = useStardustToast()
  // Each failure is a different request: keyed apart, as an app does for distinct calls (the default merges by code).
  useImperativeHandle(handle, () => (error) => void toast.show(error, { dedupeKey: `storm-${error.requestId}` }), [toast])
  return null
}

const hex = (n: number) => n.toString(16).padStart(32, '0')
const failure = (i: number, serverMessage = 'Service hiccuped, please try again later') =>
  new StardustError({ kind: 'api', code: 5000, requestId: hex(i), date: '2025-03-20 14:04:05', serverMessage })

describe('a storm of 10,000 failures', () => {
  it('through useStardustToast: at most the limit of toasts, "and 100 more" (what waits), a small DOM and a flat heap', async () => {
    const handle: { current: Show | null } = { current: null }
    await renderWithKit(<Shouter handle={handle} />, { locale: 'en', provider: { toastLimit: LIMIT } })
    const before = heapUsed()
    const dom = watchDom()
    await act(async () => {
      for (let i = 0; i < STORM; i++) handle.current!(failure(i))
    })
    dom.stop()
    const growth = (heapUsed() - before) / MB

    expect(document.querySelectorAll('li.sdk-toast')).toHaveLength(LIMIT)
    // The store keeps at most 100 waiting toasts; the summary counts those, never failures it let go.
    expect(screen.getByText(en.ui.moreErrors_other.replace('{{count}}', '100'))).toBeInTheDocument()
    expect(dom.peak.toasts).toBeLessThanOrEqual(LIMIT)
    expect(dom.peak.nodes).toBeLessThan(150)
    // Generous, and only with a forced GC (else the figure is noise): the store keeps at most limit + 100
    // failures; the rest are only counted.
    if (gc) expect(growth).toBeLessThan(50)
    record({
      faults: 1,
      faultsSurvived: 1,
      inputs: STORM,
      stormFailures: STORM,
      stormMaxToasts: dom.peak.toasts,
      stormDomNodes: dom.peak.nodes,
      stormHeapMb: Math.max(0, growth),
    })
    expect(watch.unexpected()).toEqual([])
  })

  it('of the same failure: one toast that says "Happened 10000 times"', async () => {
    const handle: { current: Show | null } = { current: null }
    await renderWithKit(<Shouter handle={handle} />, { locale: 'en' })
    const dom = watchDom()
    const same = failure(1)
    await act(async () => {
      for (let i = 0; i < STORM; i++) handle.current!(same)
    })
    dom.stop()
    expect(document.querySelectorAll('li.sdk-toast')).toHaveLength(1)
    expect(screen.getByText(en.ui.occurrences_other.replace('{{count}}', String(STORM)))).toBeInTheDocument()
    expect(screen.queryByText(/and \d+ more/)).toBeNull()
    record({ faults: 1, faultsSurvived: 1, inputs: STORM, stormMaxToasts: dom.peak.toasts, stormDomNodes: dom.peak.nodes })
    expect(watch.unexpected()).toEqual([])
  })

  it('through the provider’s query failure path, in German: one outage seen by 10,000 queries is one toast', async () => {
    const { queryClient } = await renderWithKit(<p>app</p>, { locale: 'de', provider: { toastLimit: LIMIT } })
    const before = heapUsed()
    const dom = watchDom()
    await act(async () => {
      await Promise.all(
        Array.from({ length: STORM }, (_, i) =>
          queryClient
            // Nobody observes a fetchQuery: its meta asks for the toast a query on screen would get.
            .fetchQuery({
              queryKey: ['storm', i],
              queryFn: () => Promise.reject(failure(i)),
              retry: false,
              meta: { stardust: { toast: true } },
            })
            .catch(() => {}),
        ),
      )
    })
    dom.stop()
    // The app's own query cache is not the kit's to bound: drop it before weighing the heap.
    queryClient.clear()
    const growth = (heapUsed() - before) / MB

    expect(document.querySelectorAll('li.sdk-toast')).toHaveLength(1)
    const toast = document.querySelector('li.sdk-toast')
    expect(toast).toHaveTextContent(de.codes['5000'].title)
    expect(toast).toHaveTextContent(de.ui.occurrences_other.replace('{{count}}', String(STORM)))
    expect(toast).toHaveTextContent(de.ui.fromRequests_other.replace('{{count}}', String(STORM)))
    expect(screen.queryByText(/weitere Fehler/)).toBeNull()
    expect(dom.peak.toasts).toBeLessThanOrEqual(LIMIT)
    expect(dom.peak.nodes).toBeLessThan(150)
    if (gc) expect(growth).toBeLessThan(50)
    record({
      faults: 1,
      faultsSurvived: 1,
      inputs: STORM,
      stormFailures: STORM,
      stormMaxToasts: dom.peak.toasts,
      stormDomNodes: dom.peak.nodes,
      stormHeapMb: Math.max(0, growth),
    })
    expect(watch.unexpected()).toEqual([])
  })

  it('of distinct 1 MB messages: resolving them does not pin the heap once they are gone', async () => {
    const i18n = createStardustI18n('en')
    await loadStardustLocale(i18n, 'en')
    const base = `Service hiccuped: ${'x'.repeat(MB)}`
    const before = heapUsed()
    for (let i = 0; i < 600; i++) {
      const r = resolveError(failure(i, `${base} #${i}`), i18n, 'en')
      expect(r.serverMessage!.length).toBeLessThanOrEqual(500)
    }
    const growth = (heapUsed() - before) / MB
    // 600 flattened 1 MB cache keys would be 600 MB.
    if (gc) expect(growth).toBeLessThan(50)
    record({ inputs: 600, stormHeapMb: Math.max(0, growth) })
  })
})

describe('the provider unmounted while a toast timer is pending', () => {
  it.each([
    ['as it stands', false],
    ['while the pointer holds the timers', true],
  ])('%s: no timer is left, and React has nothing to warn about', async (_name, hover) => {
    record({ faults: 1, inputs: 1 })
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] })
    const i18n = createStardustI18n('en')
    await loadStardustLocale(i18n, 'en')
    const handle: { current: Show | null } = { current: null }
    const view = render(
      <QueryClientProvider client={testQueryClient()}>
        <StardustProvider i18n={i18n}>
          <Shouter handle={handle} />
        </StardustProvider>
      </QueryClientProvider>,
    )
    await act(async () => {
      handle.current!(failure(7))
    })
    expect(document.querySelectorAll('li.sdk-toast')).toHaveLength(1)
    if (hover) fireEvent.pointerEnter(document.querySelector('.sdk-toaster')!)
    else expect(vi.getTimerCount()).toBeGreaterThan(0)

    view.unmount()
    expect(vi.getTimerCount()).toBe(0)
    await act(async () => {
      vi.advanceTimersByTime(60_000)
    })
    expect(watch.calls.filter((c) => c.method === 'error' || c.method === 'warn')).toEqual([])
    expect(watch.rejections).toEqual([])
    record({ faultsSurvived: 1 })
  })
})
