import { getCodeInfo } from './codes.js'
import { isStardustError, type ErrorFacts } from './StardustError.js'
import { toStardustError } from './toStardustError.js'

const TRANSIENT_STATUS = new Set([408, 425, 429, 500, 502, 503, 504])

/**
 * Whether sending the same request again can succeed: network failures,
 * timeouts, 5000/500 and transient HTTP statuses can; business errors cannot
 * (a duplicate campaign name stays a duplicate), nor can an abort.
 */
export function isRetryable(error: unknown): boolean {
  return retryableFacts(isStardustError(error) ? error : toStardustError(error))
}

/** {@link isRetryable} on what an error says, without building one. */
export function retryableFacts(e: ErrorFacts): boolean {
  switch (e.kind) {
    case 'network':
    case 'timeout':
      return true
    case 'api':
      return getCodeInfo(e.code, e.serverMessage, e.endpoint)?.retryable ?? (e.status !== null && TRANSIENT_STATUS.has(e.status))
    case 'http':
      return e.status !== null && TRANSIENT_STATUS.has(e.status)
    default:
      return false
  }
}

/** How many times {@link retry} retries a retryable failure, like TanStack Query's default. */
export const MAX_RETRIES = 3
const MAX_DELAY = 30_000

/**
 * A `retry` option for TanStack Query: retries retryable failures up to three
 * times, never deterministic business errors.
 *
 * @example new QueryClient({ defaultOptions: { queries: { retry, retryDelay } } })
 */
export function retry(failureCount: number, error: unknown): boolean {
  return failureCount < MAX_RETRIES && isRetryable(error)
}

/**
 * A `retryDelay` option for TanStack Query: capped exponential backoff
 * (1 s, 2 s, 4 s … at most 30 s), or what the server asked for with
 * `Retry-After` on a 429.
 */
export function retryDelay(failureCount: number, error: unknown): number {
  if (isStardustError(error) && error.retryAfterMs !== null) return Math.min(error.retryAfterMs, 5 * 60_000)
  return Math.min(1000 * 2 ** Math.max(0, failureCount), MAX_DELAY)
}
