import { redact, redactText } from './redact.js'

/**
 * How a request failed:
 * - `api`: the server answered with a failure envelope (a business or HTTP-like `code`);
 * - `http`: the transport failed with an HTTP status and no envelope (a proxy's 502 page);
 * - `network`: no response at all (offline, DNS, CORS);
 * - `timeout`: no response in time;
 * - `aborted`: the caller cancelled the request (the UI stays silent);
 * - `malformed`: a response arrived but is not an envelope (truncated JSON, an HTML page);
 * - `signin`: the request ended on a sign-in page (a single-sign-on proxy's redirect, a login form): the session expired;
 * - `unknown`: anything else that was thrown (a bug, a plain `Error`, a string).
 */
export type StardustErrorKind = 'api' | 'http' | 'network' | 'timeout' | 'aborted' | 'malformed' | 'signin' | 'unknown'

export interface StardustErrorInit {
  kind: StardustErrorKind
  code?: number | null
  status?: number | null
  requestId?: string | null
  date?: string | null
  serverMessage?: string | null
  data?: unknown
  cause?: unknown
  /** A short, safe excerpt of a body that was not an envelope. */
  bodyExcerpt?: string | null
  /** How long the server asked to wait before retrying (`Retry-After`), in milliseconds. */
  retryAfterMs?: number | null
  /** For kind `signin`: the sign-in page the request ended on. Its query string (tokens, `state`) is dropped. */
  signInUrl?: string | null
  /**
   * The request that failed, as `METHOD /path` (`POST /rosetta-open/campaign/create`), without its query
   * string. `stardustFetch` records it; it decides between the meanings of a reused code.
   */
  endpoint?: string | null
  /** The developer-facing `Error.message`; built from the fields when omitted or empty. */
  message?: string
}

/** What the kit reads of an error to decide how to show it. */
export type ErrorFacts = Pick<StardustError, 'kind' | 'code' | 'status' | 'serverMessage'> & {
  /** The request that got the error (`POST /rosetta-open/campaign/create`), when known. */
  endpoint?: string | null
}

/** The JSON form of a {@link StardustError}: what `toJSON()` writes and `StardustError.fromJSON()` reads. */
export interface StardustErrorJSON {
  name: 'StardustError'
  message: string
  kind: StardustErrorKind
  code: number | null
  status: number | null
  requestId: string | null
  date: string | null
  serverMessage: string | null
  bodyExcerpt: string | null
  retryAfterMs: number | null
  signInUrl: string | null
  endpoint: string | null
  data: unknown
  cause?: unknown
}

// Node's hook for `util.inspect`, which `console.error(error)` uses: a symbol from the global registry, no import.
const INSPECT: unique symbol = Symbol.for('nodejs.util.inspect.custom')

const KINDS: ReadonlySet<string> = new Set(['api', 'http', 'network', 'timeout', 'aborted', 'malformed', 'signin', 'unknown'])

const textOrNull = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null)
const intOrNull = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? Math.trunc(value) : null)

/**
 * One error for every way a Stardust request can fail. Everything the server
 * said is kept: the code, the request ID support asks for, the server's own
 * message and time.
 *
 * @example
 * if (isStardustError(error) && error.code === 51004) form.focus('campaignName')
 */
export class StardustError extends Error {
  override readonly name = 'StardustError' as const
  readonly kind: StardustErrorKind
  /** The envelope's `code` (51004, 5000, 401…), or `null` when no envelope arrived. */
  readonly code: number | null
  /** The HTTP status of the response, when there was one. */
  readonly status: number | null
  readonly requestId: string | null
  readonly date: string | null
  /** The server's own English text, as sent. Render it as text, never as HTML. */
  readonly serverMessage: string | null
  readonly data: unknown
  readonly bodyExcerpt: string | null
  readonly retryAfterMs: number | null
  /** For kind `signin`: the sign-in page, without its query string. */
  readonly signInUrl: string | null
  /** The request that failed (`POST /rosetta-open/campaign/create`), without its query string; `null` when unknown. */
  readonly endpoint: string | null

  constructor(init: StardustErrorInit) {
    const kind = KINDS.has(init.kind) ? init.kind : 'unknown'
    const code = intOrNull(init.code)
    const requestId = textOrNull(init.requestId)
    // an empty message counts as omitted: an error must always say something
    super(init.message || describe(kind, code, init.status ?? null, init.serverMessage ?? null, requestId), {
      cause: init.cause,
    })
    this.kind = kind
    this.code = code
    this.status = intOrNull(init.status)
    this.requestId = requestId
    this.date = textOrNull(init.date)
    this.serverMessage = typeof init.serverMessage === 'string' ? init.serverMessage : null
    this.data = init.data ?? null
    this.bodyExcerpt = textOrNull(init.bodyExcerpt)
    this.retryAfterMs = intOrNull(init.retryAfterMs)
    this.signInUrl = withoutQuery(textOrNull(init.signInUrl))
    this.endpoint = withoutQuery(textOrNull(init.endpoint))
  }

  /**
   * Every field, ready for `JSON.stringify`, logs and TanStack Query's
   * dehydration. Credentials in `data`, `cause` and the texts are redacted.
   */
  toJSON(): StardustErrorJSON {
    const json: StardustErrorJSON = {
      name: 'StardustError',
      message: redactText(this.message),
      kind: this.kind,
      code: this.code,
      status: this.status,
      requestId: this.requestId,
      date: this.date,
      serverMessage: this.serverMessage === null ? null : redactText(this.serverMessage),
      bodyExcerpt: this.bodyExcerpt === null ? null : redactText(this.bodyExcerpt),
      retryAfterMs: this.retryAfterMs,
      signInUrl: this.signInUrl,
      endpoint: this.endpoint,
      data: redact(this.data),
    }
    if (this.cause !== undefined) json.cause = redact(this.cause)
    return json
  }

  /**
   * What Node prints for the error (`console.error(error)`, React's report of an error a boundary caught):
   * the stack and the fields of `toJSON()`, so a log never shows a credential from `data` or `cause`.
   */
  [INSPECT](_depth: number, options: { depth?: number | null }, inspect?: (value: unknown, options?: object) => string): string {
    const { name: _name, message: _message, ...fields } = this.toJSON()
    const inner =
      typeof inspect === 'function'
        ? inspect(fields, { ...options, depth: options?.depth == null ? options?.depth : options.depth - 1 })
        : JSON.stringify(fields)
    return `${redactText(this.stack ?? `${this.name}: ${this.message}`)} ${inner}`
  }

  /** Rebuilds an error from its JSON (after `JSON.parse`, or from a dehydrated query). */
  static fromJSON(json: unknown): StardustError {
    const raw = (typeof json === 'object' && json !== null ? json : {}) as Partial<Record<keyof StardustErrorJSON, unknown>>
    return new StardustError({
      kind: (typeof raw.kind === 'string' ? raw.kind : 'unknown') as StardustErrorKind,
      code: raw.code as number | null,
      status: raw.status as number | null,
      requestId: raw.requestId as string | null,
      date: raw.date as string | null,
      serverMessage: raw.serverMessage as string | null,
      bodyExcerpt: raw.bodyExcerpt as string | null,
      retryAfterMs: raw.retryAfterMs as number | null,
      signInUrl: raw.signInUrl as string | null,
      endpoint: raw.endpoint as string | null,
      data: raw.data,
      cause: raw.cause,
      message: typeof raw.message === 'string' ? raw.message : undefined,
    })
  }
}

function describe(
  kind: StardustErrorKind,
  code: number | null,
  status: number | null,
  serverMessage: string | null,
  requestId: string | null,
): string {
  const head = code !== null ? `Stardust ${code}` : status !== null ? `HTTP ${status}` : `Stardust ${kind} error`
  // Redacted: the message (and the stack built from it) ends up in consoles and logs.
  const text = serverMessage ? `: ${redactText(serverMessage.slice(0, 200))}` : kind === 'api' || code !== null ? '' : ` (${kind})`
  return `${head}${text}${requestId ? ` [requestId ${requestId}]` : ''}`
}

/** A URL without its query string and fragment, where tokens and `state` live. */
export function withoutQuery(url: string | null): string | null {
  if (url === null) return null
  const cut = url.search(/[?#]/)
  return redactText(cut === -1 ? url : url.slice(0, cut))
}

/** Whether a value is a {@link StardustError}, also across bundles that each carry a copy of the kit. */
export function isStardustError(value: unknown): value is StardustError {
  try {
    // inside the try: a hostile Proxy can throw from its getPrototypeOf trap
    if (value instanceof StardustError) return true
    return (
      typeof value === 'object' &&
      value !== null &&
      (value as { name?: unknown }).name === 'StardustError' &&
      value instanceof Error &&
      KINDS.has((value as { kind?: unknown }).kind as string)
    )
  } catch {
    return false
  }
}
