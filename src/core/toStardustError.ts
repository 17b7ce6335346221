import { decodeEnvelope, type StardustEnvelope } from './envelope.js'
import { isSignInResponse, signInUrlOf } from './signIn.js'
import { StardustError, isStardustError } from './StardustError.js'

// What `fetch` itself rejects with when the network fails: the whole message, browser by browser (Chrome,
// Firefox, Safari old and new, Node's undici, React Native), and undici's "terminated" for a body cut off
// mid-stream. Any other TypeError is a bug in the app ("Cannot read properties of undefined (reading
// 'fetchedAt')", "api.fetchCampaigns is not a function"): never retried, never blamed on the connection.
const FETCH_NETWORK_MESSAGES = new Set([
  'failed to fetch',
  'networkerror when attempting to fetch resource.',
  'load failed',
  'the network connection was lost.',
  'the internet connection appears to be offline.',
  'could not connect to the server.',
  'a server with the specified hostname could not be found.',
  'fetch failed',
  'terminated',
  'network request failed',
])

function isFetchNetworkError(error: TypeError): boolean {
  return typeof error.message === 'string' && FETCH_NETWORK_MESSAGES.has(error.message.trim().toLowerCase())
}

/** The error a failure envelope stands for. */
export function envelopeError(
  envelope: StardustEnvelope,
  extra: {
    status?: number | null
    requestId?: string | null
    retryAfterMs?: number | null
    endpoint?: string | null
    cause?: unknown
  } = {},
): StardustError {
  return new StardustError({
    kind: 'api',
    code: envelope.code,
    status: extra.status ?? null,
    requestId: envelope.requestId || extra.requestId || null,
    date: envelope.date ?? null,
    serverMessage: envelope.message,
    data: envelope.data,
    retryAfterMs: extra.retryAfterMs ?? null,
    endpoint: extra.endpoint ?? null,
    cause: extra.cause,
  })
}

/** The HTTP status, request ID and `Retry-After` a response carries in its headers. */
export function responseFacts(response: Response): { status: number; requestId: string | null; retryAfterMs: number | null } {
  const headers = response.headers
  return {
    status: response.status,
    requestId: headers?.get('x-request-id') ?? headers?.get('x-requestid') ?? null,
    retryAfterMs: parseRetryAfter(headers?.get('retry-after') ?? null),
  }
}

/** `Retry-After` in seconds or as an HTTP date, in milliseconds from now. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null
  const seconds = Number(value.trim())
  if (Number.isFinite(seconds)) return seconds >= 0 ? Math.round(seconds * 1000) : null
  const at = Date.parse(value)
  return Number.isFinite(at) ? Math.max(0, at - now) : null
}

/**
 * Turns anything thrown into a {@link StardustError}: a failure envelope, a
 * `Response`, fetch's network `TypeError`, an `AbortError` or `TimeoutError`,
 * an axios-style error carrying an envelope, a plain `Error`, a string,
 * `undefined`. Never throws.
 *
 * @example
 * try { await createCampaign(input) } catch (e) { const error = toStardustError(e) }
 */
export function toStardustError(value: unknown): StardustError {
  try {
    return convert(value)
  } catch (cause) {
    return new StardustError({ kind: 'unknown', cause })
  }
}

function convert(value: unknown): StardustError {
  if (isStardustError(value)) return value
  if (typeof Response !== 'undefined' && value instanceof Response) {
    const { status, requestId, retryAfterMs } = responseFacts(value)
    // A response thrown as it is: its body is not read here, its headers and redirect say enough.
    if (isSignInResponse(value, '')) return new StardustError({ kind: 'signin', status, requestId, signInUrl: signInUrlOf(value) })
    return new StardustError({ kind: 'http', status, requestId, retryAfterMs })
  }
  if (typeof value !== 'object' || value === null) {
    return new StardustError({ kind: 'unknown', cause: value })
  }
  const name = (value as { name?: unknown }).name
  if (name === 'AbortError') return new StardustError({ kind: 'aborted', cause: value })
  if (name === 'TimeoutError') return new StardustError({ kind: 'timeout', cause: value })
  // A StardustError that went through JSON (a dehydrated query, a worker message).
  if (name === 'StardustError' && typeof (value as { kind?: unknown }).kind === 'string') return StardustError.fromJSON(value)
  const envelope = decodeEnvelope(value)
  if (envelope) return envelopeError(envelope)
  // axios and similar clients: { response: { status, data: envelope } }
  const response = (value as { response?: unknown }).response
  if (typeof response === 'object' && response !== null && !(typeof Response !== 'undefined' && response instanceof Response)) {
    const { status, data } = response as { status?: unknown; data?: unknown }
    const inner = decodeEnvelope(data)
    const httpStatus = typeof status === 'number' ? status : null
    if (inner) return envelopeError(inner, { status: httpStatus, cause: value })
    if (httpStatus !== null) return new StardustError({ kind: 'http', status: httpStatus, cause: value })
  }
  if (value instanceof TypeError && isFetchNetworkError(value)) {
    return new StardustError({ kind: 'network', cause: value })
  }
  if ((value as { code?: unknown }).code === 'ECONNABORTED' || (value as { code?: unknown }).code === 'ETIMEDOUT') {
    return new StardustError({ kind: 'timeout', cause: value })
  }
  if ((value as { code?: unknown }).code === 'ERR_CANCELED') return new StardustError({ kind: 'aborted', cause: value })
  return new StardustError({ kind: 'unknown', cause: value })
}
