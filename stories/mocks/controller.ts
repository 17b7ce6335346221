// The fault switch for the mocked Stardust API: stories and tests queue failures here, and every handler
// consults it before answering normally. Plain TypeScript, no msw: importable from anywhere.

/** Transport failures the API, its gateway or the network can produce. */
export type MockFault =
  /** A proxy's HTML "502 Bad Gateway" page, status 502. */
  | 'html502'
  /** Status 200 with an empty body. */
  | 'empty200'
  /** Status 500 with an empty body. */
  | 'empty500'
  /** A success envelope cut off half-way, status 200. */
  | 'truncated'
  /** The normal answer, prefixed with a byte-order mark. */
  | 'bom'
  /** Never answers: the client's `timeoutMs` fires. */
  | 'timeout'
  /** A network error (`fetch` rejects), as when offline. */
  | 'offline'
  /** The normal answer after 1.5 s. */
  | 'slow'
  /** An expired session: fetch followed the redirect and got the SSO login page (HTML, status 200). */
  | 'login-redirect'
  /** A gateway's rate limit: status 429, `Retry-After: 5`, plain text. */
  | 'status429'

/** What the next matching request gets instead of its normal answer. */
export type MockFailure =
  /** A failure envelope; `message` defaults to the API's own English text for the code. */
  { code: number; message?: string } | { fault: MockFault }

export interface FailNextOptions {
  /** How many requests in a row get this failure. Default 1. */
  times?: number
  /** Only requests whose path contains this (`'campaign/create'`). Default: any request to the API. */
  path?: string
}

/** One request the mocked API saw. */
export interface MockCall {
  method: string
  path: string
  /** What it got: a code, a fault name, or `'ok'`. */
  outcome: string
}

interface Queued {
  failure: MockFailure
  remaining: number
  path: string | undefined
}

type Listener = () => void

class MockApiController {
  #queue: Queued[] = []
  #calls: MockCall[] = []
  #resetListeners = new Set<Listener>()
  #queueListeners = new Set<Listener>()

  /**
   * The next request (or the next `times` requests) to the API fails this way.
   * Calls queue up: the first queued failure that matches is used first.
   *
   * @example
   * mockApi.failNext({ code: 51004 })
   * mockApi.failNext({ fault: 'html502' }, { path: 'campaign/list' })
   */
  failNext(failure: MockFailure, options: FailNextOptions = {}): void {
    this.#queue.push({ failure, remaining: Math.max(1, options.times ?? 1), path: options.path })
    this.#queueChanged()
  }

  /** Forgets queued failures and the call log, and restores the mocked server's data. Runs before every story. */
  reset(): void {
    this.#queue = []
    this.#calls = []
    for (const listener of this.#resetListeners) listener()
    this.#queueChanged()
  }

  /** The requests the mocked API has answered since the last reset, oldest first. */
  get calls(): readonly MockCall[] {
    return this.#calls
  }

  /** Failures still queued. */
  get pending(): number {
    return this.#queue.reduce((sum, q) => sum + q.remaining, 0)
  }

  /** For handlers: takes the failure queued for this request, if any. */
  take(path: string): MockFailure | undefined {
    const index = this.#queue.findIndex((q) => q.path === undefined || path.includes(q.path))
    if (index < 0) return undefined
    const queued = this.#queue[index]!
    if (--queued.remaining === 0) this.#queue.splice(index, 1)
    this.#queueChanged()
    return queued.failure
  }

  /** For handlers: records what a request got. */
  record(call: MockCall): void {
    this.#calls.push(call)
  }

  /** Calls `listener` whenever the queued failures change (queued, used, reset): for `useSyncExternalStore`. */
  subscribe = (listener: Listener): (() => void) => {
    this.#queueListeners.add(listener)
    return () => this.#queueListeners.delete(listener)
  }

  #queueChanged(): void {
    for (const listener of [...this.#queueListeners]) listener()
  }

  /** For the mocked server's data: called on every reset. */
  onReset(listener: Listener): () => void {
    this.#resetListeners.add(listener)
    return () => this.#resetListeners.delete(listener)
  }
}

/** The mocked Stardust API's fault switch, shared by Storybook and the portable-story tests. */
export const mockApi = new MockApiController()
