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
  store.clear()
  vi.useRealTimers()
})

describe('dedupe', () => {
  it('merges the same failure within the window into one toast and counts it', async () => {
    const first = store.push(nameTaken())
    // Time passes between tasks: failures of one task share the time it read the clock.
    vi.advanceTimersByTime(4000)
    await flush()
    const retry = vi.fn()
    const second = store.push({ ...nameTaken(), retry })

    expect(second).toBe(first)
    const [toast] = store.getSnapshot().toasts
    expect(store.getSnapshot().toasts).toHaveLength(1)
    expect(toast).toMatchObject({ id: first, count: 2, retry, updatedAt: Date.now() })
    expect(toast!.createdAt).toBe(Date.now() - 4000)
  })

  it('measures the window from the last update, so a steady trickle stays one toast', async () => {
    store.setOptions({ durations: { warning: Infinity } })
    const id = store.push(nameTaken())
    for (let i = 0; i < 5; i++) {
      vi.advanceTimersByTime(4000)
      await flush()
      expect(store.push(nameTaken())).toBe(id)
    }
    expect(store.getSnapshot().toasts[0]!.count).toBe(6)
  })

  it('shows a new toast once the window has passed', async () => {
    store.setOptions({ durations: { warning: Infinity } })
    const first = store.push(nameTaken())
    vi.advanceTimersByTime(5001)
    await flush()
    const second = store.push(nameTaken())

    expect(second).not.toBe(first)
    expect(store.getSnapshot().toasts.map((t) => t.count)).toEqual([1, 1])
  })

  it('failures pushed in one task arrive at one time, and the next task reads the clock again', async () => {
    let time = 1_000_000
    const now = vi.fn(() => time)
    store.clear()
    store = new ToastStore({ now, durations: { warning: Infinity } })
    const first = store.push(nameTaken())
    for (let i = 0; i < 99; i++) store.push(nameTaken())
    expect(now).toHaveBeenCalledTimes(1)
    // A task that runs long (the clock moved on without the task ending) keeps the time it arrived at.
    time += 6000
    expect(store.push(nameTaken())).toBe(first)
    await flush()
    // The next task reads the clock again: the window has passed, so this is a new toast.
    expect(store.push(nameTaken())).not.toBe(first)
    expect(now).toHaveBeenCalledTimes(2)
    expect(store.getSnapshot().toasts.map((t) => t.count)).toEqual([101, 1])
  })

  it('a failure dropped beyond the waiting line does not keep its task’s time for the next task', async () => {
    let time = 1_000_000
    store.clear()
    store = new ToastStore({ now: () => time, durations: { warning: Infinity, error: Infinity } })
    const shown = store.push(nameTaken())
    for (let n = 1; n <= 102; n++) store.push(failure(n))
    await flush()
    // A full line: this one is dropped, and nothing else changes in its task.
    store.push(failure(999))
    await flush()
    time += 6000
    // Six seconds later the same failure as the first toast is outside its window: a new toast, dropped too.
    store.push(nameTaken())
    expect(store.getSnapshot().toasts.find((t) => t.id === shown)!.count).toBe(1)
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

  it('merges on an explicit dedupeKey and restarts the merged toast’s timer', async () => {
    store.push({ ...hiccup(), dedupeKey: 'save' })
    vi.advanceTimersByTime(11_000)
    await flush()
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
    expect(store.getSnapshot()).toEqual({
      toasts: [expect.objectContaining({ id: ids[0] }), expect.objectContaining({ id: ids[2] }), expect.objectContaining({ id: ids[3] })],
      overflow: 0,
      expanded: false,
      limit: 3,
    })

    vi.advanceTimersByTime(2000) // the first three ran out; the promoted one has 10 s left
    expect(store.getSnapshot().toasts.map((t) => t.id)).toEqual([ids[3]])
  })

  it('keeps a storm of 10,000 distinct failures to `limit` visible and a bounded waiting line', () => {
    for (let n = 0; n < 10_000; n++) store.push(failure(n))
    const snapshot = store.getSnapshot()
    expect(snapshot.toasts).toHaveLength(3)
    // Only the visible toasts and at most 100 waiting ones are kept in memory; the summary counts those.
    expect(snapshot.overflow).toBe(100)
    expect(vi.getTimerCount()).toBe(3)

    store.dismiss(snapshot.toasts[0]!.id)
    expect(store.getSnapshot()).toMatchObject({ overflow: 99 })
    expect(store.getSnapshot().toasts).toHaveLength(3)
  })

  it('"and N more" never outlives what waits: after a storm, one toast left and nothing waiting says nothing more', () => {
    for (let n = 0; n < 200; n++) store.push(failure(n))
    while (store.getSnapshot().toasts.length > 1 || store.getSnapshot().overflow > 0) store.dismiss(store.getSnapshot().toasts[0]!.id)
    expect(store.getSnapshot()).toMatchObject({ overflow: 0 })
    expect(store.getSnapshot().toasts).toHaveLength(1)
  })

  it('accounts for every kept failure not yet dismissed, as shown or as waiting', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 6 }), fc.nat(), (pushes, limit, seed) => {
        const s = new ToastStore({ limit })
        for (let n = 0; n < pushes; n++) s.push(failure(n))
        const kept = Math.min(pushes, limit + 100)
        const dismissals = seed % kept
        for (let i = 0; i < dismissals; i++) s.dismiss(s.getSnapshot().toasts[0]!.id)
        const { toasts, overflow } = s.getSnapshot()
        s.clear()
        return toasts.length === Math.min(limit, kept - dismissals) && toasts.length + overflow === kept - dismissals
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
    expect(store.getSnapshot()).toEqual({ toasts: [], overflow: 0, expanded: false, limit: 3 })
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

  it('clear() leaves no timer behind', () => {
    ;[1, 2, 3, 4, 5].forEach((n) => store.push(failure(n)))
    expect(vi.getTimerCount()).toBe(3)
    store.clear()
    expect(vi.getTimerCount()).toBe(0)
  })
})

describe('change notification', () => {
  it('tells its owner once for a burst of 1,000 pushes', async () => {
    const listener = vi.fn()
    store = new ToastStore({}, listener)
    for (let n = 0; n < 1000; n++) store.push(failure(n))
    expect(listener).not.toHaveBeenCalled()
    await flush()
    expect(listener).toHaveBeenCalledTimes(1)

    store.clear()
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

  it('gives each severity its delay, with the options over the defaults', () => {
    store.setOptions({ durations: { info: 1000 }, limit: 3 })
    for (const severity of ['info', 'warning', 'error'] as const) store.push({ ...failure(0), severity, dedupeKey: severity })
    expect(store.getSnapshot().toasts.map((t) => t.duration)).toEqual([1000, 8000, 12000])
  })

  it('gives a new toast the id asked for, and a merged failure the id of its toast', () => {
    expect(store.push(hiccup(), 'mine')).toBe('mine')
    expect(store.push(hiccup(), 'other')).toBe('mine')
    expect(store.getSnapshot().toasts.map((t) => t.id)).toEqual(['mine'])
  })
})

describe('a toast once shown never changes', () => {
  it('copies a toast that left in a snapshot before merging into it, and updates the copy in place until the next one', () => {
    const id = store.push(hiccup())
    const before = store.getSnapshot().toasts[0]!
    store.push(hiccup())
    store.push(hiccup())
    const after = store.getSnapshot().toasts[0]!

    expect(before).toMatchObject({ id, count: 1 })
    expect(after).toMatchObject({ id, count: 3 })
    expect(after).not.toBe(before)
    store.push(hiccup())
    expect(after.count).toBe(3)
    expect(store.getSnapshot().toasts[0]!.count).toBe(4)
  })

  it('never merges a failure into a dismissed or cleared toast', () => {
    const first = store.push({ ...hiccup(), dedupeKey: 'k' })
    store.dismiss(first)
    const second = store.push({ ...hiccup(), dedupeKey: 'k' })
    expect(second).not.toBe(first)
    store.clear()
    const third = store.push({ ...hiccup(), dedupeKey: 'k' })
    expect(third).not.toBe(second)
    expect(store.getSnapshot().toasts.map((t) => [t.id, t.count])).toEqual([[third, 1]])
  })

  it('merges into the toast that took over a key, not the one that last had it', () => {
    const first = store.push({ ...hiccup(), dedupeKey: 'k' })
    // A toast with an id of its own takes the key over.
    const other = store.push({ ...hiccup(), id: 'mine', dedupeKey: 'k' })
    store.push({ ...hiccup(), dedupeKey: 'j' })
    expect(store.push({ ...hiccup(), dedupeKey: 'k' })).toBe(other)
    expect(store.getSnapshot().toasts.map((t) => [t.id, t.count])).toEqual([
      [first, 1],
      ['mine', 2],
      [expect.any(String), 1],
    ])
  })
})

describe('merging by what the user sees', () => {
  const seen = (n: number, requestId: string | null = `req-${n}`): ToastInput => ({
    error: new StardustError({ kind: 'api', code: 5000, requestId }),
    severity: 'error',
    dedupeKey: 'seen:5000|Temporary server problem|Try later',
    dedupeKeys: requestId ? [`request:${requestId}`] : [],
    source: `query:q${n}`,
  })

  it('merges failures that share any key, and counts the requests they came from', () => {
    const id = store.push(seen(1))
    for (let n = 2; n <= 50; n++) expect(store.push(seen(n, `req-${n % 5}`))).toBe(id)
    const [toast] = store.getSnapshot().toasts
    expect(store.getSnapshot().toasts).toHaveLength(1)
    expect(toast).toMatchObject({ count: 50, requests: 5 })
  })

  it('merges a failure with a different text but the same request ID into that request’s toast', () => {
    const id = store.push(seen(1, 'same'))
    const other: ToastInput = {
      error: new StardustError({ kind: 'network', requestId: 'same' }),
      severity: 'error',
      dedupeKey: 'seen:network',
      dedupeKeys: ['request:same'],
    }
    expect(store.push(other)).toBe(id)
    // …and the key it brought now points at the same toast.
    expect(store.push({ ...other, error: new StardustError({ kind: 'network' }), dedupeKeys: [] })).toBe(id)
    expect(store.getSnapshot().toasts).toHaveLength(1)
  })

  it('keeps a toast for a query that fails again and again until it recovers, then takes it down', () => {
    const id = store.push(seen(1))
    vi.advanceTimersByTime(4000)
    store.push(seen(1)) // the same query failed again while its toast shows: polling
    vi.advanceTimersByTime(60_000)
    expect(store.getSnapshot().toasts.map((t) => t.id)).toEqual([id])
    store.recover('query:q1')
    expect(store.getSnapshot().toasts).toEqual([])
  })

  it('takes a merged toast down only once every query it came from recovered', () => {
    store.push(seen(1))
    store.push(seen(2))
    store.recover('query:q1')
    expect(store.getSnapshot().toasts).toHaveLength(1)
    store.recover('query:unrelated')
    expect(store.getSnapshot().toasts).toHaveLength(1)
    store.recover('query:q2')
    expect(store.getSnapshot().toasts).toHaveLength(0)
  })

  it('leaves toasts without a source (shown by the app) to their timers', () => {
    store.push(hiccup())
    store.recover('query:q1')
    expect(store.getSnapshot().toasts).toHaveLength(1)
  })
})

describe('holds, expanding and notices', () => {
  it('holds the timers until every reason lets go', () => {
    store.push(hiccup())
    store.pause('hover')
    store.pause('hidden')
    vi.advanceTimersByTime(20_000)
    store.resume('hover')
    vi.advanceTimersByTime(20_000)
    expect(store.getSnapshot().toasts).toHaveLength(1)
    store.resume('hidden')
    vi.advanceTimersByTime(11_999)
    expect(store.getSnapshot().toasts).toHaveLength(1)
    vi.advanceTimersByTime(1)
    expect(store.getSnapshot().toasts).toHaveLength(0)
  })

  it('resumes with the time that was left when the page becomes visible again', () => {
    store.setOptions({ durations: { error: 2500 } })
    store.push(hiccup())
    vi.advanceTimersByTime(1000)
    store.pause('hidden')
    vi.advanceTimersByTime(6000)
    store.resume('hidden')
    vi.advanceTimersByTime(1499)
    expect(store.getSnapshot().toasts).toHaveLength(1)
    vi.advanceTimersByTime(1)
    expect(store.getSnapshot().toasts).toHaveLength(0)
  })

  it('expand(true) shows the waiting toasts with the timers held; expand(false) folds them back', () => {
    ;[1, 2, 3, 4, 5].forEach((n) => store.push(failure(n)))
    store.expand(true)
    expect(store.getSnapshot()).toMatchObject({ overflow: 0, expanded: true })
    expect(store.getSnapshot().toasts).toHaveLength(5)
    vi.advanceTimersByTime(60_000)
    expect(store.getSnapshot().toasts).toHaveLength(5)
    store.expand(false)
    expect(store.getSnapshot()).toMatchObject({ overflow: 2, expanded: false })
    vi.advanceTimersByTime(12_000)
    expect(store.getSnapshot()).toMatchObject({ overflow: 0 })
  })

  it('folds back by itself, and lets the timers go, when nothing waits any more', () => {
    ;[1, 2, 3, 4].forEach((n) => store.push(failure(n)))
    store.expand(true)
    store.dismiss(store.getSnapshot().toasts[3]!.id)
    expect(store.getSnapshot().expanded).toBe(false)
    vi.advanceTimersByTime(12_000)
    expect(store.getSnapshot().toasts).toHaveLength(0)
  })

  it('dismissAll() empties the toaster; with a filter, only what it accepts', () => {
    ;[1, 2, 3, 4].forEach((n) => store.push(failure(n)))
    store.push({ error: new StardustError({ kind: 'network' }), severity: 'error' })
    store.dismissAll((toast) => toast.error.kind === 'network')
    expect(store.getSnapshot().toasts).toHaveLength(3)
    expect(store.getSnapshot().overflow).toBe(1)
    store.dismissAll()
    expect(store.getSnapshot()).toMatchObject({ toasts: [], overflow: 0 })
  })

  it('puts a notice first, never behind the limit', () => {
    ;[1, 2, 3, 4].forEach((n) => store.push(failure(n)))
    const id = store.push({
      id: 'sdk-offline',
      error: new StardustError({ kind: 'network' }),
      severity: 'warning',
      notice: { type: 'offline', waiting: 2, labels: [] },
      duration: Infinity,
    })
    expect(store.getSnapshot().toasts[0]!.id).toBe(id)
    store.push({
      id,
      error: new StardustError({ kind: 'network' }),
      severity: 'warning',
      notice: { type: 'offline', waiting: 5, labels: ['Save'] },
    })
    expect(store.getSnapshot().toasts[0]!.notice).toEqual({ type: 'offline', waiting: 5, labels: ['Save'] })
    vi.advanceTimersByTime(3_600_000)
    expect(store.getSnapshot().toasts[0]!.id).toBe(id)
  })

  it('runs no timer of its own when another library presents the toasts (autoDismiss: false)', () => {
    store.setOptions({ autoDismiss: false })
    store.push(hiccup())
    expect(vi.getTimerCount()).toBe(0)
    vi.advanceTimersByTime(60_000)
    expect(store.getSnapshot().toasts).toHaveLength(1)
    store.setOptions({ autoDismiss: true })
    vi.advanceTimersByTime(12_000)
    expect(store.getSnapshot().toasts).toHaveLength(0)
  })
})
