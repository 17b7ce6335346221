import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { StardustError } from '../../src/core/StardustError.js'
import { envelopeError } from '../../src/core/toStardustError.js'
import { ToastStore } from '../../src/ui/toastStore.js'
import type { ToastInput } from '../../src/ui/types.js'
import { duplicateCampaignName, serviceHiccup } from '../core/envelopes.js'

const nameTaken = (): ToastInput => ({ error: envelopeError(duplicateCampaignName), severity: 'warning' })
const hiccup = (): ToastInput => ({ error: envelopeError(serviceHiccup), severity: 'error' })
// A failure with its own request ID: never merged with another.
const failure = (n: number, severity: ToastInput['severity'] = 'error'): ToastInput => ({
  error: new StardustError({ kind: 'api', code: 5000, requestId: `req-${n}` }),
  severity,
})
const flush = () => Promise.resolve()

let store: ToastStore
beforeEach(() => {
  vi.useFakeTimers()
  store = new ToastStore()
})
afterEach(() => {
  store.destroy()
  vi.useRealTimers()
})

describe('dedupe', () => {
  it('merges the same failure within the window into one toast and counts it', () => {
    const first = store.push(nameTaken())
    vi.advanceTimersByTime(4000)
    const retry = vi.fn()
    const second = store.push({ ...nameTaken(), retry })

    expect(second).toBe(first)
    const [toast] = store.getSnapshot().toasts
    expect(store.getSnapshot().toasts).toHaveLength(1)
    expect(toast).toMatchObject({ id: first, count: 2, retry, updatedAt: Date.now() })
    expect(toast!.createdAt).toBe(Date.now() - 4000)
  })

  it('measures the window from the last update, so a steady trickle stays one toast', () => {
    store.setOptions({ durations: { warning: Infinity } })
    const id = store.push(nameTaken())
    for (let i = 0; i < 5; i++) {
      vi.advanceTimersByTime(4000)
      expect(store.push(nameTaken())).toBe(id)
    }
    expect(store.getSnapshot().toasts[0]!.count).toBe(6)
  })

  it('shows a new toast once the window has passed', () => {
    store.setOptions({ durations: { warning: Infinity } })
    const first = store.push(nameTaken())
    vi.advanceTimersByTime(5001)
    const second = store.push(nameTaken())

    expect(second).not.toBe(first)
    expect(store.getSnapshot().toasts.map((t) => t.count)).toEqual([1, 1])
  })

  it('keys on the request ID by default, else on the code, else on the kind', () => {
    store.push(failure(1))
    store.push(failure(2))
    store.push({ error: new StardustError({ kind: 'network' }), severity: 'error' })
    store.push({ error: new StardustError({ kind: 'network' }), severity: 'error' })
    expect(store.getSnapshot().toasts.map((t) => [t.dedupeKey, t.count])).toEqual([
      ['req-1', 1],
      ['req-2', 1],
      ['network', 2],
    ])
  })

  it('merges on an explicit dedupeKey and restarts the merged toast’s timer', () => {
    store.push({ ...hiccup(), dedupeKey: 'save' })
    vi.advanceTimersByTime(11_000)
    store.push({ ...failure(9), dedupeKey: 'save' })
    vi.advanceTimersByTime(11_000)
    expect(store.getSnapshot().toasts).toHaveLength(1)
    vi.advanceTimersByTime(1000)
    expect(store.getSnapshot().toasts).toHaveLength(0)
  })
})

describe('limit and overflow', () => {
  it('shows the first `limit` toasts and counts the rest', () => {
    const ids = [1, 2, 3, 4, 5].map((n) => store.push(failure(n)))
    const snapshot = store.getSnapshot()
    expect(snapshot.toasts.map((t) => t.id)).toEqual(ids.slice(0, 3))
    expect(snapshot.overflow).toBe(2)
    expect(ids).toEqual(['sdk-toast-1', 'sdk-toast-2', 'sdk-toast-3', 'sdk-toast-4', 'sdk-toast-5'])
  })

  it('promotes the next waiting toast when a visible one goes, with a fresh timer', () => {
    const ids = [1, 2, 3, 4].map((n) => store.push(failure(n)))
    vi.advanceTimersByTime(10_000)
    store.dismiss(ids[1]!)
    expect(store.getSnapshot()).toEqual({ toasts: [expect.objectContaining({ id: ids[0] }), expect.objectContaining({ id: ids[2] }), expect.objectContaining({ id: ids[3] })], overflow: 0 })

    vi.advanceTimersByTime(2000) // the first three ran out; the promoted one has 10 s left
    expect(store.getSnapshot().toasts.map((t) => t.id)).toEqual([ids[3]])
  })

  it('keeps a storm of 10,000 failures to `limit` visible, an exact overflow and a bounded queue', () => {
    for (let n = 0; n < 10_000; n++) store.push(failure(n))
    const snapshot = store.getSnapshot()
    expect(snapshot.toasts).toHaveLength(3)
    expect(snapshot.overflow).toBe(9997)
    // Only the visible toasts and at most ~100 waiting ones are kept in memory.
    const kept = (store as unknown as { entries: unknown[] }).entries.length
    expect(kept).toBeLessThanOrEqual(103)
    expect(vi.getTimerCount()).toBe(3)

    store.dismiss(snapshot.toasts[0]!.id)
    expect(store.getSnapshot()).toMatchObject({ overflow: 9996 })
    expect(store.getSnapshot().toasts).toHaveLength(3)
  })

  it('accounts for every failure not yet dismissed, as shown or as overflow', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 6 }), fc.nat(), (pushes, limit, seed) => {
        const s = new ToastStore({ limit })
        for (let n = 0; n < pushes; n++) s.push(failure(n))
        const dismissals = seed % Math.min(pushes, limit + 100)
        for (let i = 0; i < dismissals; i++) s.dismiss(s.getSnapshot().toasts[0]!.id)
        const { toasts, overflow } = s.getSnapshot()
        s.destroy()
        return toasts.length === Math.min(limit, pushes - dismissals, limit + 100 - dismissals) && toasts.length + overflow === pushes - dismissals
      }),
      { numRuns: 200 },
    )
  })

  it('honours a new limit from setOptions', () => {
    ;[1, 2, 3, 4, 5].forEach((n) => store.push(failure(n)))
    store.setOptions({ limit: 1 })
    expect(store.getSnapshot()).toMatchObject({ overflow: 4 })
    expect(vi.getTimerCount()).toBe(1)
    store.setOptions({ limit: 5 })
    expect(store.getSnapshot()).toMatchObject({ overflow: 0 })
    expect(vi.getTimerCount()).toBe(5)
  })

  it('clear() removes everything', () => {
    ;[1, 2, 3, 4].forEach((n) => store.push(failure(n)))
    store.clear()
    expect(store.getSnapshot()).toEqual({ toasts: [], overflow: 0 })
    expect(vi.getTimerCount()).toBe(0)
  })
})

describe('timers', () => {
  it('dismisses by severity: info after 5 s, warning after 8 s, error after 12 s', () => {
    store.push({ ...failure(1, 'info') })
    store.push({ ...failure(2, 'warning') })
    store.push({ ...failure(3, 'error') })
    const severities = () => store.getSnapshot().toasts.map((t) => t.severity)

    vi.advanceTimersByTime(4999)
    expect(severities()).toEqual(['info', 'warning', 'error'])
    vi.advanceTimersByTime(1)
    expect(severities()).toEqual(['warning', 'error'])
    vi.advanceTimersByTime(3000)
    expect(severities()).toEqual(['error'])
    vi.advanceTimersByTime(4000)
    expect(severities()).toEqual([])
  })

  it('keeps a toast with an Infinity duration until it is dismissed', () => {
    store.setOptions({ durations: { error: Infinity } })
    const id = store.push(hiccup())
    expect(vi.getTimerCount()).toBe(0)
    vi.advanceTimersByTime(3_600_000)
    expect(store.getSnapshot().toasts).toHaveLength(1)
    store.dismiss(id)
    expect(store.getSnapshot().toasts).toHaveLength(0)
  })

  it('pause() holds the timers and resume() continues with the time that was left', () => {
    store.push(hiccup()) // 12 s
    vi.advanceTimersByTime(10_000)
    store.pause()
    vi.advanceTimersByTime(60_000)
    expect(store.getSnapshot().toasts).toHaveLength(1)

    store.resume()
    vi.advanceTimersByTime(1999)
    expect(store.getSnapshot().toasts).toHaveLength(1)
    vi.advanceTimersByTime(1)
    expect(store.getSnapshot().toasts).toHaveLength(0)
  })

  it('a toast that arrives or is promoted while paused waits for resume()', () => {
    store.pause()
    store.push(failure(1, 'info'))
    vi.advanceTimersByTime(60_000)
    expect(store.getSnapshot().toasts).toHaveLength(1)
    store.resume()
    vi.advanceTimersByTime(5000)
    expect(store.getSnapshot().toasts).toHaveLength(0)
  })

  it('destroy() leaves no timer and no listener behind', async () => {
    const listener = vi.fn()
    store.subscribe(listener)
    ;[1, 2, 3, 4, 5].forEach((n) => store.push(failure(n)))
    expect(vi.getTimerCount()).toBe(3)

    store.destroy()
    expect(vi.getTimerCount()).toBe(0)
    await flush()
    expect(listener).not.toHaveBeenCalled()
  })
})

describe('subscriptions', () => {
  it('notifies once for a burst of 1,000 pushes', async () => {
    const listener = vi.fn()
    store.subscribe(listener)
    for (let n = 0; n < 1000; n++) store.push(failure(n))
    expect(listener).not.toHaveBeenCalled()
    await flush()
    expect(listener).toHaveBeenCalledTimes(1)

    store.push(nameTaken())
    await flush()
    expect(listener).toHaveBeenCalledTimes(2)
  })

  it('keeps the same snapshot until something changes', () => {
    const before = store.getSnapshot()
    expect(store.getSnapshot()).toBe(before)
    store.push(hiccup())
    const after = store.getSnapshot()
    expect(after).not.toBe(before)
    expect(store.getSnapshot()).toBe(after)
    store.dismiss('no-such-toast')
    expect(store.getSnapshot()).toBe(after)
  })

  it('stops notifying after unsubscribe', async () => {
    const listener = vi.fn()
    const unsubscribe = store.subscribe(listener)
    unsubscribe()
    store.push(hiccup())
    await flush()
    expect(listener).not.toHaveBeenCalled()
  })

  it('reports the delay of each severity', () => {
    store.setOptions({ durations: { info: 1000 } })
    expect([store.durationOf('info'), store.durationOf('warning'), store.durationOf('error')]).toEqual([1000, 8000, 12000])
  })
})
