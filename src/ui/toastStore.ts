import type { StardustToast, ToastDurations, ToastInput, ToastSnapshot } from './types.js'

export interface ToastStoreOptions {
  /** How many toasts are visible at once; the rest wait in line ("and N more"). Default 3. */
  limit?: number
  /** A failure with a key of a toast updated less than this long ago merges into it. Default 5000 ms. */
  dedupeWindowMs?: number
  /** Auto-dismiss delays by severity. Defaults: info 5000, warning 8000, error 12000 ms. */
  durations?: Partial<ToastDurations>
  /**
   * Whether the store's own timers dismiss toasts. `false` when another library
   * presents them (an adapter): its timer owns each toast's lifetime and it
   * reports dismissals back with `dismiss(id)`. Default `true`.
   */
  autoDismiss?: boolean
  /**
   * The clock, for tests. Defaults to `Date.now`. Read once per task: failures
   * pushed in one task (a burst of requests settling together) share one time.
   */
  now?: () => number
}

/**
 * Why the timers are held. Each reason is held and released on its own: a toast
 * runs out only while none holds (the pointer left, focus left, and the page is visible).
 */
export type PauseReason = 'hover' | 'focus' | 'hidden' | 'expanded' | 'app'

interface Entry {
  toast: StardustToast
  /**
   * Whether `toast` has left the store (in a snapshot, or handed to a filter).
   * A published toast is never changed: the next merge copies it first. Until
   * then merges update the copy in place, so a storm of 1,000 duplicates makes
   * one new object per render instead of 1,000.
   */
  published: boolean
  /** Every dedupe key that points at this entry (the request ID, the text the user sees…). */
  keys: string[]
  /** Distinct request IDs merged into the toast. */
  requestIds: Set<string>
  /** The queries and mutations whose failures it shows: it goes when all of them recovered. */
  sources: Set<string>
  visible: boolean
  timer: ReturnType<typeof setTimeout> | null
  /** Time left before auto-dismiss, as of `startedAt` when the timer runs. */
  remaining: number
  startedAt: number
}

const DEFAULT_DURATIONS: ToastDurations = { info: 5000, warning: 8000, error: 12000 }
// Beyond this many waiting toasts a storm is dropped, so memory stays flat. Merging by what the user
// sees keeps real storms far below it: one outage is one toast, whatever the number of queries.
const MAX_QUEUED = 100
// setTimeout fires at once for delays above 2^31-1 ms: treat those as "never".
const MAX_DELAY = 2 ** 31 - 1

/**
 * The single source of truth for the kit's toasts, without React: merges
 * failures the user would see as the same, keeps a visible limit with a
 * waiting line behind it, and runs the auto-dismiss timers. It comes in a
 * chunk of its own: the provider holds a stand-in (`lazyToastStore`) that loads
 * it, and React reads that with `useSyncExternalStore`.
 *
 * @example
 * const store = new ToastStore({ limit: 3 }, () => render(store.getSnapshot()))
 * store.push({ error, severity: 'error', retry: () => refetch() })
 */
export class ToastStore {
  private limit = 3
  private dedupeWindowMs = 5000
  private durations: ToastDurations = { ...DEFAULT_DURATIONS }
  private autoDismiss = true
  private now: () => number = Date.now
  private entries: Entry[] = []
  private byKey = new Map<string, Entry>()
  private holds = new Set<PauseReason>()
  private expanded = false
  private nextId = 1
  private snapshot: ToastSnapshot | null = null
  private notifyQueued = false
  /** The entry the latest failure went to (a storm's next failure most likely goes there too). */
  private last: Entry | null = null
  /** When the failures of the running task arrived: the clock is read once per task, not once per failure. */
  private taskTime: number | null = null

  private onChange: () => void

  /** `onChange` is called at most once per microtask, however many toasts changed. */
  constructor(options: ToastStoreOptions = {}, onChange: () => void = () => {}) {
    this.onChange = onChange
    this.setOptions(options)
  }

  /** Changes options in place; toasts already shown keep their running timers. */
  setOptions(options: ToastStoreOptions): void {
    if (options.limit !== undefined) this.limit = Math.max(0, Math.floor(options.limit))
    if (options.dedupeWindowMs !== undefined) this.dedupeWindowMs = options.dedupeWindowMs
    if (options.durations) this.durations = { ...this.durations, ...options.durations }
    if (options.now) this.now = options.now
    if (options.autoDismiss !== undefined && options.autoDismiss !== this.autoDismiss) {
      this.autoDismiss = options.autoDismiss
      for (const entry of this.entries) {
        if (!this.autoDismiss) this.stop(entry)
        else if (entry.visible) this.restart(entry)
      }
    }
    this.sync()
    if (this.entries.length) this.changed()
  }

  /**
   * Shows a failure, or merges it into the toast it looks the same as: one
   * with the same `id`, or one with any of its keys (`dedupeKey`, `dedupeKeys`)
   * updated within the dedupe window. The default key is the request ID, else
   * the code or kind. Returns the id of the toast that shows it (a failure
   * beyond the waiting line is dropped; its id matches no toast). `newId` is
   * the id a new toast gets (default `sdk-toast-<n>`); a merged failure keeps
   * the toast's own.
   */
  push(input: ToastInput, newId?: string): string {
    // Failures that arrive in one task (a burst of requests settling together) arrive at one time. Reading the
    // clock costs more than merging a duplicate does (a fraction of a microsecond in a browser), so it is read
    // once; the change it makes schedules the notification, which forgets it, so a later task reads it again.
    // biome-ignore lint/suspicious/noAssignInExpressions: a memo of the task's time, read by the first failure of the task
    const at = (this.taskTime ??= this.now())
    const dedupeKey = input.dedupeKey ?? input.error.requestId ?? String(input.error.code ?? input.error.kind)
    // A storm repeats one failure: the toast the last failure went to, by the same single key, takes it directly.
    // (An entry's `keys` are exactly the keys that point at it: a key another toast claims leaves them.)
    const last = this.last
    if (
      last !== null &&
      input.id === undefined &&
      input.dedupeKeys === undefined &&
      last.keys[0] === dedupeKey &&
      at - last.toast.updatedAt <= this.dedupeWindowMs
    ) {
      this.merge(last, input, null, at)
      return last.toast.id
    }
    const keys = [...new Set([dedupeKey, ...(input.dedupeKeys ?? [])])]
    const same = input.id === undefined ? this.find(keys, at) : this.entries.find((e) => e.toast.id === input.id)
    if (same) {
      this.merge(same, input, keys, at)
      this.last = same
      return same.toast.id
    }

    const id = input.id ?? newId ?? `sdk-toast-${this.nextId++}`
    if (this.entries.length >= this.limit + MAX_QUEUED) {
      // Dropped: nothing changed, so nothing forgets the task's time.
      this.taskTime = null
      return id
    }
    const requestIds = new Set<string>()
    if (input.error.requestId) requestIds.add(input.error.requestId)
    const toast: StardustToast = {
      id,
      dedupeKey,
      error: input.error,
      severity: input.severity,
      count: 1,
      requests: requestIds.size,
      retry: input.retry ?? null,
      message: input.message ?? null,
      notice: input.notice ?? null,
      partial: input.partial ?? null,
      duration: input.duration ?? this.durations[input.severity] ?? DEFAULT_DURATIONS.error,
      createdAt: at,
      updatedAt: at,
    }
    const entry: Entry = {
      toast,
      published: false,
      keys: [],
      requestIds,
      sources: new Set(input.source === undefined ? [] : [input.source]),
      visible: false,
      timer: null,
      remaining: 0,
      startedAt: 0,
    }
    // A notice about the connection concerns everything on screen: it goes first, never behind the limit.
    if (input.notice) this.entries.unshift(entry)
    else this.entries.push(entry)
    this.claim(entry, keys)
    this.last = entry
    this.sync()
    this.changed()
    return id
  }

  /** Removes a toast; the next one waiting takes its place. */
  dismiss(id: string): void {
    const index = this.entries.findIndex((e) => e.toast.id === id)
    if (index === -1) return
    const [entry] = this.entries.splice(index, 1) as [Entry]
    this.forget(entry)
    // Nothing left to show beyond the limit: the list folds back, and its hold on the timers goes.
    const fold = this.expanded && this.entries.length <= this.limit
    if (fold) this.expanded = false
    this.sync()
    if (fold) this.resume('expanded')
    this.changed()
  }

  /** Removes every toast, shown or waiting, that `which` accepts (default: all of them). */
  dismissAll(which?: (toast: StardustToast) => boolean): void {
    if (!which) {
      this.clear()
      return
    }
    for (const entry of [...this.entries]) {
      entry.published = true
      if (which(entry.toast)) this.dismiss(entry.toast.id)
    }
  }

  /** Removes every toast, shown or waiting. */
  clear(): void {
    if (!this.entries.length) return
    for (const entry of this.entries) this.stop(entry)
    // Emptied in place, not replaced: a fresh `[]` starts out as an array of small integers, and the first entry
    // pushed into it threw the optimized push() back to the interpreter (V8: "not a Smi") after a storm was cleared.
    this.entries.length = 0
    this.last = null
    this.byKey.clear()
    if (this.expanded) {
      this.expanded = false
      this.resume('expanded')
    }
    this.changed()
  }

  /**
   * A query or mutation that failed before has succeeded: it no longer counts
   * for the toasts that showed its failures, and a toast all of whose sources
   * recovered goes away (the problem it reported is over).
   */
  recover(source: string): void {
    for (const entry of [...this.entries]) {
      if (!entry.sources.delete(source)) continue
      if (entry.sources.size === 0) this.dismiss(entry.toast.id)
    }
  }

  /**
   * Shows every waiting toast too (`true`), or only the first `limit` again.
   * While expanded, the timers are held: the user is reading the list.
   */
  expand(expanded: boolean): void {
    if (expanded === this.expanded || (expanded && this.entries.length <= this.limit)) return
    this.expanded = expanded
    if (expanded) this.pause('expanded')
    this.sync()
    if (!expanded) this.resume('expanded')
    this.changed()
  }

  /**
   * Holds every auto-dismiss timer for a reason (the pointer is on the toaster,
   * focus is in it, the page is hidden). Default reason: `'app'`.
   */
  pause(reason: PauseReason = 'app'): void {
    const wasRunning = this.holds.size === 0
    this.holds.add(reason)
    if (!wasRunning) return
    const at = this.now()
    for (const entry of this.entries) {
      if (entry.timer === null) continue
      this.stop(entry)
      entry.remaining = Math.max(0, entry.remaining - (at - entry.startedAt))
    }
  }

  /** Releases one reason; once none holds, the timers run again, each with the time it had left. */
  resume(reason: PauseReason = 'app'): void {
    if (!this.holds.delete(reason) || this.holds.size > 0) return
    for (const entry of this.entries) if (entry.visible) this.start(entry)
  }

  /** The visible toasts and how many wait behind them; the same object until something changes. */
  getSnapshot = (): ToastSnapshot => {
    if (this.snapshot) return this.snapshot
    const toasts: StardustToast[] = []
    for (const entry of this.entries) {
      if (!entry.visible) continue
      entry.published = true
      toasts.push(entry.toast)
    }
    this.snapshot = { toasts, overflow: this.entries.length - toasts.length, expanded: this.expanded, limit: this.limit }
    return this.snapshot
  }

  // The entry a failure with these keys merges into: the first key still fresh within the window.
  private find(keys: readonly string[], at: number): Entry | undefined {
    for (const key of keys) {
      const entry = this.byKey.get(key)
      if (entry && at - entry.toast.updatedAt <= this.dedupeWindowMs) return entry
    }
    return undefined
  }

  private merge(entry: Entry, input: ToastInput, keys: readonly string[] | null, at: number): void {
    const { requestId } = input.error
    if (requestId) entry.requestIds.add(requestId)
    // The same query failing again while its toast is up (polling, refetch on focus): the toast stays
    // until the query recovers or the user dismisses it, instead of going and coming back.
    const repeated = input.source !== undefined && entry.sources.has(input.source)
    if (input.source !== undefined) entry.sources.add(input.source)
    if (entry.published) {
      entry.toast = { ...entry.toast }
      entry.published = false
    }
    const { toast } = entry
    toast.error = input.error
    toast.severity = input.severity
    toast.count++
    toast.requests = entry.requestIds.size
    if (input.retry !== undefined) toast.retry = input.retry
    if (input.message !== undefined) toast.message = input.message
    if (input.notice !== undefined) toast.notice = input.notice
    if (input.partial !== undefined) toast.partial = input.partial
    toast.duration = repeated ? Infinity : (input.duration ?? toast.duration)
    toast.updatedAt = at
    if (keys) this.claim(entry, keys)
    if (entry.visible) this.extend(entry, at)
    this.changed()
  }

  // Points keys at an entry, so later failures that match any of them merge into it.
  private claim(entry: Entry, keys: readonly string[]): void {
    for (const key of keys) {
      const owner = this.byKey.get(key)
      if (owner === entry) continue
      if (owner) owner.keys = owner.keys.filter((k) => k !== key)
      this.byKey.set(key, entry)
      entry.keys.push(key)
    }
  }

  private forget(entry: Entry): void {
    if (this.last === entry) this.last = null
    this.stop(entry)
    for (const key of entry.keys) if (this.byKey.get(key) === entry) this.byKey.delete(key)
  }

  // Shows the first `limit` entries (all of them while expanded) and hides the rest, starting or stopping their timers.
  private sync(): void {
    const limit = this.expanded ? Infinity : this.limit
    this.entries.forEach((entry, index) => {
      const visible = index < limit
      if (visible === entry.visible) return
      entry.visible = visible
      if (visible) this.restart(entry)
      else this.stop(entry)
    })
  }

  // A merged duplicate gives its toast the full time again. A running timer is left alone (clearing and
  // re-arming one per duplicate is most of the cost of a storm): it re-arms itself for what is left when it fires.
  private extend(entry: Entry, at: number): void {
    if (entry.timer === null || !(entry.toast.duration <= MAX_DELAY)) {
      this.restart(entry)
      return
    }
    entry.remaining = entry.toast.duration
    entry.startedAt = at
  }

  private restart(entry: Entry): void {
    this.stop(entry)
    entry.remaining = entry.toast.duration
    this.start(entry)
  }

  private start(entry: Entry): void {
    if (!this.autoDismiss || this.holds.size > 0 || entry.timer !== null || !(entry.remaining <= MAX_DELAY)) return
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
      this.taskTime = null
      this.onChange()
    })
  }
}
