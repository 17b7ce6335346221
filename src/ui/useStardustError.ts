import { useMemo } from 'react'
import { apiFieldOf } from '../core/fields.js'
import type { StardustError } from '../core/StardustError.js'
import { toStardustError } from '../core/toStardustError.js'
import type { ResolvedError } from '../i18n/resolveError.js'
import { useStardust } from './context.js'

/** What {@link useStardustError} returns: the localized presentation plus the error itself. */
export interface StardustErrorView extends ResolvedError {
  error: StardustError
  /** The localized message keyed by the API field it is about (`{ campaignName: '…' }`); empty when the code names none. */
  fieldErrors: Record<string, string>
}

/**
 * The localized presentation of an error, for apps that render errors
 * themselves. `null` when there is no error.
 *
 * @example
 * const view = useStardustError(query.error)
 * if (view) return <p role="alert">{view.title}: {view.message}</p>
 */
export function useStardustError(error: unknown): StardustErrorView | null {
  const kit = useStardust()
  return useMemo(() => {
    if (error === null || error === undefined) return null
    const e = toStardustError(error)
    const resolved = kit.resolve(e)
    const field = apiFieldOf(e)
    return { ...resolved, error: e, fieldErrors: field ? { [field]: resolved.message } : {} }
    // `kit` changes when a catalog has loaded: re-resolved then.
  }, [error, kit])
}
