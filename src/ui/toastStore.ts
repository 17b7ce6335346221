import type { StardustSeverity } from '../core/codes.js'
import type { StardustToast, ToastDurations, ToastInput, ToastSnapshot } from './types.js'

export interface ToastStoreOptions {
  /** How many toasts are visible at once; the rest wait in line ("and N more"). Default 3. */
  limit?: number
  /** A failure with the key of a toast updated less than this long ago merges into it. Default 5000 ms. */
  dedupeWindowMs?: number
  /** Auto-dismiss delays by severity. Defaults: info 5000, warning 8000, error 12000 ms. */
  durations?: Partial<ToastDurations>
  /** The clock, for tests. Defaults to `Date.now`. */
  now?: () => number
}

type Listener = () => void

interface Entry {
  toast: StardustToast
  visible: boolean
  timer: ReturnType<typeof setTimeout> | null
  /** Time left before auto-dismiss, as of `startedAt` when the timer runs. */
  remaining: number
  startedAt: number
}

const DEFAULT_DURATIONS: ToastDurations = { info: 5000, warning: 8000, error: 12000 }
// Beyond this many waiting toasts a storm is only counted, so memory stays flat.
const MAX_QUEUED = 100
// setTimeout fires at once for delays above 2^31-1 ms: treat those as "never".
const MAX_DELAY = 2 ** 31 - 1

/**
 * The single source of truth for the kit's toasts, without React: merges
 * duplicate failures, keeps a visible limit with a waiting line behind it, and
 * runs the auto-dismiss timers. React reads it with `useSyncExternalStore`.
 *
 * @example
 * const store = new ToastStore({ limit: 3 })
 * store.push({ error, severity: 'error', retry: () => refetch() })
 */
export class ToastStore {
  private limit = 3
  private dedupeWindowMs = 5000
  private durations: ToastDurations = { ...DEFAULT_DURATIONS }
  private now: () => number = Date.now
  private entries: Entry[] = []
  private byKey = new Map<string, Entry>()
  /** Failures beyond the waiting line: counted in `overflow`, never kept. */
  private dropped = 0
  private paused = false
  private nextId = 1
  private listeners = new Set<Listener>()
  private snapshot: ToastSnapshot | null = null
  private notifyQueued = false

  constructor(options: ToastStoreOptions = {}) {
    this.setOptions(options)
  }

  /** Changes options in place; toasts already shown keep their running timers. */
  setOptions(options: ToastStoreOptions): void {
    if (options.limit !== undefined) this.limit = Math.max(0, Math.floor(options.limit))
    if (options.dedupeWindowMs !== undefined) this.dedupeWindowMs = options.dedupeWindowMs
    if (options.durations) this.durations = { ...this.durations, ...options.durations }
    if (options.now) this.now = options.now
    this.sync()
    if (this.entries.length > 0) this.changed()
  }

  /**
   * Shows a failure, or merges it into a toast with the same `dedupeKey`
   * (default: the request ID, else the code or kind) updated within the dedupe
   * window. Returns the id of the toast that shows it (a failure beyond the
   * waiting line is only counted in `overflow`; its id matches no toast).
   */
  push(input: ToastInput): string {
    const at = this.now()
    const dedupeKey = input.dedupeKey ?? input.error.requestId ?? String(input.error.code ?? input.error.kind)
    const byId = input.id === undefined ? undefined : this.entries.find((e) => e.toast.id === input.id)
    const same = byId ?? this.byKey.get(dedupeKey)
    if (same && (byId || at - same.toast.updatedAt <= this.dedupeWindowMs)) {
      const { toast } = same
      same.toast = {
        ...toast,
        error: input.error,
        severity: input.severity,
        count: toast.count + 1,
        retry: input.retry !== undefined ? input.retry : toast.retry,
        message: input.message !== undefined ? input.message : toast.message,
        updatedAt: at,
      }
      if (same.visible) this.extend(same)
      this.changed()
      return toast.id
    }

    const id = input.id ?? `sdk-toast-${this.nextId++}`
    if (this.entries.length >= this.limit + MAX_QUEUED) {
      this.dropped++
      this.changed()
      return id
    }
    const toast: StardustToast = {
      id,
      dedupeKey,
      error: input.error,
      severity: input.severity,
      count: 1,
      retry: input.retry ?? null,
      message: input.message ?? null,
      createdAt: at,
      updatedAt: at,
    }
    const entry: Entry = { toast, visible: false, timer: null, remaining: 0, startedAt: 0 }
    this.entries.push(entry)
    this.byKey.set(dedupeKey, entry)
    this.sync()
    this.changed()
    return id
  }

  /** Removes a toast; the next one waiting takes its place. */
  dismiss(id: string): void {
    const index = this.entries.findIndex((e) => e.toast.id === id)
    if (index === -1) return
    const [entry] = this.entries.splice(index, 1) as [Entry]
    this.stop(entry)
    if (this.byKey.get(entry.toast.dedupeKey) === entry) this.byKey.delete(entry.toast.dedupeKey)
    // Nothing left to be "more" than: failures that were only counted are forgotten with the last toast.
    if (this.entries.length === 0) this.dropped = 0
    this.sync()
    this.changed()
  }

  /** Removes every toast, shown or waiting. */
  clear(): void {
    if (this.entries.length === 0 && this.dropped === 0) return
    for (const entry of this.entries) this.stop(entry)
    this.entries = []
    this.byKey.clear()
    this.dropped = 0
    this.changed()
  }

  /** Holds every auto-dismiss timer (while the pointer or focus is on the toaster). */
  pause(): void {
    if (this.paused) return
    this.paused = true
    for (const entry of this.entries) {
      if (entry.timer === null) continue
      this.stop(entry)
      entry.remaining = Math.max(0, entry.remaining - (this.now() - entry.startedAt))
    }
  }

  /** Lets the timers run again, each with the time it had left. */
  resume(): void {
    if (!this.paused) return
    this.paused = false
    for (const entry of this.entries) if (entry.visible) this.start(entry)
  }

  /**
   * Stops every timer and forgets every toast and listener. The store can be
   * used again afterwards (StrictMode unmounts and remounts the provider once).
   */
  destroy(): void {
    for (const entry of this.entries) this.stop(entry)
    this.entries = []
    this.byKey.clear()
    this.dropped = 0
    this.paused = false
    this.listeners.clear()
    this.snapshot = null
  }

  /** The auto-dismiss delay of a severity, in ms (`Infinity`: never). */
  durationOf(severity: StardustSeverity): number {
    return this.durations[severity] ?? DEFAULT_DURATIONS.error
  }

  /** For `useSyncExternalStore`: called at most once per microtask, however many toasts changed. */
  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** The visible toasts and the overflow count; the same object until something changes. */
  getSnapshot = (): ToastSnapshot => {
    this.snapshot ??= {
      toasts: this.entries.filter((e) => e.visible).map((e) => e.toast),
      overflow: this.entries.length - Math.min(this.entries.length, this.limit) + this.dropped,
    }
    return this.snapshot
  }

  // Shows the first `limit` entries and hides the rest, starting or stopping their timers.
  private sync(): void {
    this.entries.forEach((entry, index) => {
      const visible = index < this.limit
      if (visible === entry.visible) return
      entry.visible = visible
      if (visible) this.restart(entry)
      else this.stop(entry)
    })
  }

  // A merged duplicate gives its toast the full time again. A running timer is left alone (clearing and
  // re-arming one per duplicate is most of the cost of a storm): it re-arms itself for what is left when it fires.
  private extend(entry: Entry): void {
    if (entry.timer === null) return this.restart(entry)
    entry.remaining = this.durationOf(entry.toast.severity)
    entry.startedAt = this.now()
  }

  private restart(entry: Entry): void {
    this.stop(entry)
    entry.remaining = this.durationOf(entry.toast.severity)
    this.start(entry)
  }

  private start(entry: Entry): void {
    if (this.paused || entry.timer !== null || !(entry.remaining <= MAX_DELAY)) return
    const { id } = entry.toast
    entry.startedAt = this.now()
    entry.timer = setTimeout(() => {
      entry.timer = null
      const left = entry.remaining - (this.now() - entry.startedAt)
      if (left > 0) {
        entry.remaining = left
        this.start(entry)
      } else this.dismiss(id)
    }, entry.remaining)
  }

  private stop(entry: Entry): void {
    if (entry.timer === null) return
    clearTimeout(entry.timer)
    entry.timer = null
  }

  private changed(): void {
    this.snapshot = null
    if (this.notifyQueued) return
    this.notifyQueued = true
    queueMicrotask(() => {
      this.notifyQueued = false
      for (const listener of [...this.listeners]) listener()
    })
  }
}
