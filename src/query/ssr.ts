import { isStardustError } from '../core/StardustError.js'

/**
 * For TanStack Query's `dehydrate(client, { shouldRedactErrors })`: keeps a
 * `StardustError` (its JSON form carries the code and requestId and no
 * credentials: `toJSON()` redacts them) and redacts every other error, as
 * TanStack Query does by default. On the client, `toStardustError` (and every
 * hook of the kit) turns the hydrated JSON back into a `StardustError`.
 *
 * @example dehydrate(queryClient, { shouldRedactErrors })
 */
export function shouldRedactErrors(error: unknown): boolean {
  return !isStardustError(error)
}
