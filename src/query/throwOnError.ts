import type { Query } from '@tanstack/react-query'
import { toStardustError } from '../core/toStardustError.js'
import { isAuthError } from './placement.js'

/**
 * A `throwOnError` option for queries: throws to the nearest error boundary
 * when there is no data to show, and leaves a failed background refetch to a
 * toast while the screen keeps its data. Aborts never throw, and neither do
 * auth failures (they go to `onAuthError`).
 *
 * @example useQuery({ queryKey: ['campaigns'], queryFn, throwOnError })
 */
export function throwOnError(error: unknown, query: Query<any, any, any, any>): boolean {
  const e = toStardustError(error)
  return query.state.data === undefined && e.kind !== 'aborted' && !isAuthError(e)
}
