import type { ToastStore, ToastStoreOptions } from './toastStore.js'
import type { ToastSnapshot } from './types.js'

/** The toast store as the provider, the toaster and adapters use it: its public methods. */
export type Toasts = { [K in keyof ToastStore]: ToastStore[K] } & {
  /** For `useSyncExternalStore`: called at most once per microtask, however many toasts changed. */
  subscribe(listener: () => void): () => void
  /** Stops every timer and forgets every toast and listener; the next call starts afresh. */
  destroy(): void
}

type Call = (store: ToastStore) => void
type StoreModule = typeof import('./toastStore.js')

let loaded: StoreModule | undefined

/** The store's chunk: the module itself once it is there (every provider after the first starts at once), else its promise. */
export const loadToastStore = (): StoreModule | Promise<StoreModule> =>
  loaded ?? import('./toastStore.js').then((module) => (loaded = module))

/**
 * The provider's toast store, whose code comes in a chunk of its own: the
 * first provider of an app downloads it when it mounts, after its first
 * render, not up front; every provider after that has it at once. Until it is
 * there, every call waits and runs in order once it is; a toast shown
 * meanwhile gets its id at once (`sdk-toast-w<n>`), and dismissing by that id
 * works whether it became a toast of its own or merged into another. The
 * chunk loads at the first call. One that cannot load costs the calls that
 * waited for it (the toaster could not have shown them either), never the
 * page, and is tried again at the next call.
 */
export function lazyToastStore(options: ToastStoreOptions, load: () => StoreModule | Promise<StoreModule> = loadToastStore): Toasts {
  let store: ToastStore | null = null
  let loading = false
  let waitingIds = 0
  // What there is to show until the store is there: nothing, the same object every time.
  const empty: ToastSnapshot = { toasts: [], overflow: 0, expanded: false, limit: options.limit ?? 3 }
  const waiting: Call[] = []
  // A waiting toast's id → the toast it merged into.
  const merged = new Map<string, string>()
  const listeners = new Set<() => void>()
  const notify = () => {
    for (const listener of [...listeners]) listener()
  }
  // Nothing is announced when the store arrives: the listeners hear from it once it has something to show,
  // so a provider rendered in a test does not update after render for a chunk it loaded.
  const arrive = ({ ToastStore }: StoreModule) => {
    const created = new ToastStore(options, notify)
    store = created
    for (const call of waiting.splice(0)) call(created)
  }
  const run = (call: Call) => {
    if (store) return call(store)
    waiting.push(call)
    if (loading) return
    loading = true
    const module = load()
    if (!(module instanceof Promise)) return arrive(module)
    module.then(arrive, () => {
      loading = false
      waiting.length = 0
    })
  }

  return {
    push(input, newId) {
      if (store) return store.push(input, newId)
      let id = input.id ?? newId
      run((s) => {
        const shown = s.push(input, id)
        // The chunk was there: the store's own id. Else the call waited, and its id was given out meanwhile.
        if (id === undefined) id = shown
        else if (shown !== id) merged.set(id, shown)
      })
      // biome-ignore lint/suspicious/noAssignInExpressions: the id of a toast still waiting for the store
      return (id ??= `sdk-toast-w${++waitingIds}`)
    },
    dismiss: (id) => run((s) => s.dismiss(merged.get(id) ?? id)),
    dismissAll: (which) => run((s) => s.dismissAll(which)),
    clear: () => run((s) => s.clear()),
    recover: (source) => run((s) => s.recover(source)),
    expand: (expanded) => run((s) => s.expand(expanded)),
    pause: (reason) => run((s) => s.pause(reason)),
    resume: (reason) => run((s) => s.resume(reason)),
    setOptions: (next) => run((s) => s.setOptions(next)),
    destroy() {
      listeners.clear()
      waiting.length = 0
      // The next call starts a new store (StrictMode mounts the provider twice); this one's timers stop.
      if (store) {
        store.clear()
        store = null
        loading = false
      }
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    getSnapshot: () => store?.getSnapshot() ?? empty,
  }
}
