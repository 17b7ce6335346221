import { afterEach, describe, expect, it, vi } from 'vitest'
import { StardustError } from '../../src/core/StardustError.js'
import { lazyToastStore, loadToastStore } from '../../src/ui/lazyToastStore.js'
import * as storeModule from '../../src/ui/toastStore.js'
import type { ToastInput } from '../../src/ui/types.js'

type StoreModule = typeof storeModule

const outage = (requestId = 'req-1'): ToastInput => ({
  error: new StardustError({ kind: 'api', code: 5000, requestId }),
  severity: 'error',
  dedupeKey: '5000|outage',
})
const other = (code: number): ToastInput => ({ error: new StardustError({ kind: 'api', code }), severity: 'warning' })

// A chunk that arrives when the test says so.
function chunk() {
  const arrivals: Array<{ resolve(m: StoreModule): void; reject(e: unknown): void }> = []
  const load = vi.fn(
    () =>
      new Promise<StoreModule>((resolve, reject) => {
        arrivals.push({ resolve, reject })
      }),
  )
  const settle = async (how: 'arrive' | 'fail') => {
    const arrival = arrivals.shift()!
    if (how === 'arrive') arrival.resolve(storeModule)
    else arrival.reject(new TypeError('Failed to fetch dynamically imported module'))
    // The loader's then() and what it runs.
    for (let i = 0; i < 3; i++) await Promise.resolve()
  }
  return { load, arrive: () => settle('arrive'), fail: () => settle('fail') }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('lazyToastStore', () => {
  it('loads the store at the first call, not when it is created, subscribed to or read', () => {
    const { load } = chunk()
    const toasts = lazyToastStore({}, load)
    toasts.subscribe(() => {})
    toasts.getSnapshot()
    expect(load).not.toHaveBeenCalled()
    toasts.setOptions({ limit: 2 })
    toasts.push(outage())
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('reads as empty while loading, the same snapshot every time, with the limit asked for', () => {
    const { load } = chunk()
    const toasts = lazyToastStore({ limit: 2 }, load)
    toasts.push(outage())
    const first = toasts.getSnapshot()
    expect(first).toEqual({ toasts: [], overflow: 0, expanded: false, limit: 2 })
    expect(toasts.getSnapshot()).toBe(first)
  })

  it('shows what was pushed while loading once the store is there, and tells the listeners', async () => {
    const { load, arrive } = chunk()
    const toasts = lazyToastStore({}, load)
    const listener = vi.fn()
    toasts.subscribe(listener)
    const id = toasts.push(outage())
    expect(id).toBe('sdk-toast-w1')
    await arrive()
    expect(listener).toHaveBeenCalled()
    expect(toasts.getSnapshot().toasts.map((t) => [t.id, t.count])).toEqual([['sdk-toast-w1', 1]])
  })

  it('says nothing when the store arrives with nothing to show (a provider in a test does not update after render)', async () => {
    const { load, arrive } = chunk()
    const toasts = lazyToastStore({}, load)
    const listener = vi.fn()
    toasts.subscribe(listener)
    toasts.setOptions({ limit: 5 })
    await arrive()
    await Promise.resolve()
    expect(listener).not.toHaveBeenCalled()
    // Read again at the next render.
    expect(toasts.getSnapshot().limit).toBe(5)
  })

  it('merges failures pushed while loading like the store does, and each id dismisses the toast it went to', async () => {
    const { load, arrive } = chunk()
    const toasts = lazyToastStore({}, load)
    const first = toasts.push(outage('req-1'))
    const second = toasts.push(outage('req-2'))
    expect(second).not.toBe(first)
    await arrive()
    const [toast] = toasts.getSnapshot().toasts
    expect(toasts.getSnapshot().toasts).toHaveLength(1)
    expect([toast!.id, toast!.count, toast!.requests]).toEqual([first, 2, 2])
    toasts.dismiss(second)
    await Promise.resolve()
    expect(toasts.getSnapshot().toasts).toEqual([])
  })

  it('runs the calls made while loading in their order', async () => {
    const { load, arrive } = chunk()
    const toasts = lazyToastStore({}, load)
    const gone = toasts.push(other(51004))
    toasts.push(other(52001))
    toasts.dismiss(gone)
    toasts.setOptions({ limit: 1 })
    toasts.push(other(53001))
    await arrive()
    const snapshot = toasts.getSnapshot()
    expect(snapshot.toasts.map((t) => t.error.code)).toEqual([52001])
    expect([snapshot.overflow, snapshot.limit]).toEqual([1, 1])
  })

  it('holds the timers that were held while loading (a page hidden when the app starts)', async () => {
    vi.useFakeTimers()
    const { load, arrive } = chunk()
    const toasts = lazyToastStore({ durations: { warning: 1000 } }, load)
    toasts.pause('hidden')
    toasts.push(other(51004))
    await arrive()
    vi.advanceTimersByTime(5000)
    expect(toasts.getSnapshot().toasts).toHaveLength(1)
    toasts.resume('hidden')
    vi.advanceTimersByTime(1000)
    await Promise.resolve()
    expect(toasts.getSnapshot().toasts).toHaveLength(0)
  })

  it('hands calls straight to the store once it is there', async () => {
    const { load, arrive } = chunk()
    const toasts = lazyToastStore({}, load)
    toasts.setOptions({})
    await arrive()
    const id = toasts.push(other(51004))
    expect(id).toBe('sdk-toast-1')
    expect(toasts.getSnapshot().toasts.map((t) => t.id)).toEqual([id])
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('drops what waited for a chunk that could not load, and tries the chunk again at the next call', async () => {
    const { load, arrive, fail } = chunk()
    const toasts = lazyToastStore({}, load)
    toasts.push(other(51004))
    await fail()
    expect(toasts.getSnapshot().toasts).toEqual([])
    toasts.push(other(52001))
    expect(load).toHaveBeenCalledTimes(2)
    await arrive()
    expect(toasts.getSnapshot().toasts.map((t) => t.error.code)).toEqual([52001])
  })

  it("starts at once when the chunk is already there: the store's own ids, shown in the same task", () => {
    const load = vi.fn(() => storeModule)
    const toasts = lazyToastStore({}, load)
    expect(toasts.push(other(51004))).toBe('sdk-toast-1')
    expect(toasts.getSnapshot().toasts.map((t) => t.id)).toEqual(['sdk-toast-1'])
  })

  it('loads its chunk once for every provider of the app: a promise the first time, the module after', async () => {
    const first = loadToastStore()
    await first
    const later = loadToastStore()
    expect(later).not.toBeInstanceOf(Promise)
    expect((later as typeof storeModule).ToastStore).toBe(storeModule.ToastStore)
    const toasts = lazyToastStore({})
    toasts.push(other(51004))
    expect(toasts.getSnapshot().toasts).toHaveLength(1)
  })

  it('can be used again after destroy (StrictMode mounts the provider twice)', async () => {
    vi.useFakeTimers()
    const toasts = lazyToastStore({ limit: 1 }, () => storeModule)
    const before = vi.fn()
    toasts.subscribe(before)
    toasts.push(other(51004))
    toasts.pause('hover')
    toasts.destroy()
    expect(toasts.getSnapshot().toasts).toEqual([])
    const after = vi.fn()
    toasts.subscribe(after)
    before.mockClear()
    toasts.push(other(52001))
    toasts.push(other(53001))
    await Promise.resolve()
    expect(after).toHaveBeenCalled()
    expect(before).not.toHaveBeenCalled()
    // A new store, with the options it was made with, and no hold left over from before.
    expect(toasts.getSnapshot()).toMatchObject({ overflow: 1, limit: 1 })
    expect(toasts.getSnapshot().toasts.map((t) => t.error.code)).toEqual([52001])
    expect(vi.getTimerCount()).toBe(1)
  })

  it('destroy() leaves no timer and no listener behind', async () => {
    vi.useFakeTimers()
    const toasts = lazyToastStore({}, () => storeModule)
    const listener = vi.fn()
    toasts.subscribe(listener)
    for (const code of [51004, 52001, 53001, 54001]) toasts.push(other(code))
    expect(vi.getTimerCount()).toBe(3)
    toasts.destroy()
    expect(vi.getTimerCount()).toBe(0)
    await Promise.resolve()
    expect(listener).not.toHaveBeenCalled()
  })

  it('stops telling a listener after it unsubscribes', async () => {
    const toasts = lazyToastStore({}, () => storeModule)
    const listener = vi.fn()
    const unsubscribe = toasts.subscribe(listener)
    unsubscribe()
    toasts.push(other(51004))
    await Promise.resolve()
    expect(listener).not.toHaveBeenCalled()
  })

  it('forgets what waits when destroyed before the store is there', async () => {
    const { load, arrive } = chunk()
    const toasts = lazyToastStore({}, load)
    toasts.push(other(51004))
    toasts.destroy()
    await arrive()
    expect(toasts.getSnapshot().toasts).toEqual([])
  })
})
