import { isRetryable } from '../core/retry.js'
import { severityOf } from '../core/severity.js'
import type { StardustSeverity } from '../core/codes.js'
import type { StardustError } from '../core/StardustError.js'
import { isAuthError, placementOf, type Placement } from './placement.js'
import type { Failure } from './subscribe.js'

/** What the user would read for a failure: two failures that read the same are one problem to them. */
export interface SeenText {
  title: string
  message: string
}

export interface RouteContext {
  /** Whether the app handles auth failures itself (`onAuthError`). */
  handlesAuth: boolean
  /** Whether TanStack Query's `onlineManager` says the browser is online. */
  online: boolean
  /** The failure's title and message in the current locale, as the toast would show them. */
  describe(error: StardustError): SeenText
}

/** Where a failure goes, and for a toast, what it merges on. */
export type Route =
  | { placement: Exclude<Placement, 'toast'> }
  | {
      placement: 'toast'
      /** The toast's keys: a failure matching any key of a recent toast joins it. The first is its `dedupeKey`. */
      keys: [string, ...string[]]
      severity: StardustSeverity
      retry: (() => void) | null
      message: string | null
      /** The query or mutation it came from: its toast goes once every source recovered. */
      source: string
    }

/**
 * The routing policy, without React or a store: where a failure is shown
 * (the one-place rule) and, for a toast, the keys it merges on. Failures
 * merge when they share a request ID, or when they read the same to the user:
 * the same code (or kind and HTTP status, when there is no code) with the same
 * title and message, whichever queries or mutations they came from. A burst of
 * auth failures is one toast.
 *
 * @example
 * const route = routeFailure(failure, { handlesAuth: false, online: true, describe })
 * if (route.placement === 'toast') store.push({ error, dedupeKey: route.keys[0], dedupeKeys: route.keys, ... })
 */
export function routeFailure(failure: Failure, context: RouteContext): Route {
  const { error } = failure
  const placement = placementOf(error, { ...failure, handlesAuth: context.handlesAuth, online: context.online })
  if (placement !== 'toast') return { placement }
  const message = failure.meta.message ?? null
  return {
    placement,
    keys: toastKeys(error, context.describe(error), message),
    severity: severityOf(error),
    retry: isRetryable(error) ? failure.retry : null,
    message,
    source: `${failure.source}:${failure.key}`,
  }
}

/** The keys a failure's toast merges on: what the user reads, and the request it came from. */
export function toastKeys(error: StardustError, seen: SeenText, message: string | null = null): [string, ...string[]] {
  if (isAuthError(error)) return ['auth']
  const what = error.code ?? `${error.kind}/${error.status ?? ''}`
  const keys: [string, ...string[]] = [`seen:${what}|${seen.title}|${message ?? seen.message}`]
  if (error.requestId) keys.push(`request:${error.requestId}`)
  return keys
}

/**
 * One `onAuthError` call per burst: returns a gate that opens for the first
 * auth failure and then stays shut for `windowMs`, counted from that call (not
 * from the latest failure, or polling faster than the window would keep it
 * shut for good and nothing would ever be shown again).
 *
 * @example
 * const shouldCall = authBurst(10_000)
 * if (shouldCall(Date.now())) onAuthError(error)
 */
export function authBurst(windowMs: number): (now: number) => boolean {
  let until = -Infinity
  return (now) => {
    if (now < until) return false
    until = now + windowMs
    return true
  }
}
