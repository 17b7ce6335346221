import { familyOf } from '../core/codes.js'
import { formFieldOf } from '../core/fields.js'
import type { StardustError } from '../core/StardustError.js'
import type { StardustMeta } from './meta.js'

/**
 * Where a failure is shown. Every failure goes to exactly one place:
 * - `inline`: the mutation's form shows it next to a field;
 * - `boundary`: the screen cannot render and the error boundary shows it;
 * - `auth`: the app's `onAuthError` handles it (once, not a toast per query);
 * - `toast`: nobody else shows it;
 * - `silent`: an abort; the app opted out with `meta.stardust.toast: false`; a query
 *   nobody observes (a prefetch); a network failure while the offline notice shows.
 */
export type Placement = 'inline' | 'boundary' | 'auth' | 'toast' | 'silent'

export interface FailureContext {
  source: 'query' | 'mutation'
  meta: StardustMeta
  /** Whether the query still has data to show (a background refetch failed). */
  hasData: boolean
  /** Whether TanStack Query throws this error to an error boundary (an observer's or the mutation's `throwOnError`). */
  throwsToBoundary: boolean
  /** Whether the app handles auth failures itself (`onAuthError`). */
  handlesAuth: boolean
  /**
   * Whether anything on screen uses the query (an observer such as `useQuery`).
   * A query nobody observes (`prefetchQuery`, `ensureQueryData` warming the
   * cache) fails silently unless its meta asks for a toast. Default `true`.
   */
  observed?: boolean
  /**
   * Whether the browser is online (TanStack Query's `onlineManager`). While it
   * is not, network failures are silent: the offline notice speaks for them. Default `true`.
   */
  online?: boolean
}

/** Whether an error is an authentication failure: a bad signature, an unknown key, an expired timestamp, a sign-in page. */
export function isAuthError(error: StardustError): boolean {
  if (error.kind === 'signin') return true
  if (error.kind === 'api') return familyOf(error.code) === 'auth'
  return error.kind === 'http' && (error.status === 401 || error.status === 403)
}

/** The one-place rule: decides where a failure is shown. */
export function placementOf(error: StardustError, context: FailureContext): Placement {
  if (error.kind === 'aborted' || context.meta.toast === false) return 'silent'
  if (context.handlesAuth && isAuthError(error)) return 'auth'
  if (context.online === false && error.kind === 'network') return 'silent'
  if (context.source === 'query' && context.observed === false && context.meta.toast !== true) return 'silent'
  // TanStack Query decides what reaches the boundary (`throwOnError`), with or without data on screen.
  if (context.throwsToBoundary) return 'boundary'
  if (context.source === 'query') return 'toast'
  if (context.meta.fields !== undefined && formFieldOf(error, context.meta.fields) !== null) return 'inline'
  return 'toast'
}
