import { endpointOf } from './endpoints.js'
import { StardustError } from './StardustError.js'
import { toStardustError } from './toStardustError.js'
import { unwrapEnvelope, type UnwrapOptions } from './unwrapEnvelope.js'

export interface StardustFetchInit extends RequestInit, UnwrapOptions {
  /** Fails with kind `'timeout'` when the response (body included) takes longer. Default: no timeout. */
  timeoutMs?: number
  /** The `fetch` to call. Default: the global one. */
  fetch?: typeof fetch
}

/**
 * `fetch` plus {@link unwrapEnvelope}: resolves with the envelope's `data`,
 * rejects with a {@link StardustError}. The caller's `signal` is honoured
 * (kind `'aborted'`, which the UI keeps quiet about; kind `'timeout'` when
 * its reason is a `TimeoutError`, as with `AbortSignal.timeout(ms)`) and
 * `timeoutMs` bounds the whole exchange (kind `'timeout'`). Every error
 * records the request (`error.endpoint`, `POST /rosetta-open/campaign/create`,
 * query string dropped), which decides between the meanings of a reused code.
 *
 * @example
 * useQuery({
 *   queryKey: ['campaign', name],
 *   queryFn: ({ signal }) => stardustFetch<Campaign>(`/rosetta-open/campaign/${name}`, { signal, timeoutMs: 15_000 }),
 * })
 */
export async function stardustFetch<T = unknown>(input: RequestInfo | URL, init: StardustFetchInit = {}): Promise<T> {
  const { timeoutMs, fetch: fetchImpl = globalThis.fetch, signal: callerSignal, isSignInResponse, ...rest } = init
  const endpoint = endpointOf(input, rest.method)
  const controller = new AbortController()
  let timedOut = false
  const onAbort = () => controller.abort(callerSignal?.reason)
  if (callerSignal?.aborted) onAbort()
  else callerSignal?.addEventListener('abort', onAbort, { once: true })
  const timer =
    timeoutMs !== undefined && timeoutMs > 0 && Number.isFinite(timeoutMs)
      ? setTimeout(() => {
          timedOut = true
          controller.abort()
        }, timeoutMs)
      : undefined

  try {
    const response = await fetchImpl(input, { ...rest, signal: controller.signal })
    return await unwrapEnvelope<T>(response, { isSignInResponse, endpoint })
  } catch (cause) {
    if (timedOut) throw new StardustError({ kind: 'timeout', endpoint, cause })
    // A signal that ran out of time (`AbortSignal.timeout(ms)`, or any abort whose reason is a TimeoutError)
    // is a timeout, whoever set it; any other abort is the caller's choice, and quiet.
    if (callerSignal?.aborted) throw new StardustError({ kind: isTimeout(callerSignal.reason) ? 'timeout' : 'aborted', endpoint, cause })
    throw located(toStardustError(cause), endpoint)
  } finally {
    clearTimeout(timer)
    callerSignal?.removeEventListener('abort', onAbort)
  }
}

// Every failure says which request it was: one that does not yet (a network error) is made again with it.
function located(error: StardustError, endpoint: string | null): StardustError {
  if (error.endpoint !== null || endpoint === null) return error
  const { kind, code, status, requestId, date, serverMessage, data, bodyExcerpt, retryAfterMs, signInUrl, message, cause } = error
  return new StardustError({
    kind,
    code,
    status,
    requestId,
    date,
    serverMessage,
    data,
    bodyExcerpt,
    retryAfterMs,
    signInUrl,
    message,
    cause,
    endpoint,
  })
}

function isTimeout(reason: unknown): boolean {
  try {
    return typeof reason === 'object' && reason !== null && (reason as { name?: unknown }).name === 'TimeoutError'
  } catch {
    return false
  }
}
