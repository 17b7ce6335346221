import { useMemo } from 'react'
import { isRetryable } from '../core/retry.js'
import { severityOf } from '../core/severity.js'
import { toStardustError } from '../core/toStardustError.js'
import { useStardust } from './context.js'

export interface ShowToastOptions {
  /** Offers "Try again" with this callback (only when retrying can help). */
  retry?: () => void
  /** A message of your own instead of the catalog's. */
  message?: string
  /** Failures with the same key within the dedupe window update one toast. Default: the code (or kind): the same failure again merges. */
  dedupeKey?: string
}

/**
 * Shows a toast for an error that did not come through TanStack Query (a
 * plain `fetch`, a WebSocket). Aborts stay silent.
 *
 * @example
 * const toast = useStardustToast()
 * upload(file).catch((error) => toast.show(error))
 */
export function useStardustToast(): { show(error: unknown, options?: ShowToastOptions): string | null; dismiss(id: string): void } {
  const kit = useStardust()
  return useMemo(
    () => ({
      show(error, options = {}) {
        const e = toStardustError(error)
        if (e.kind === 'aborted') return null
        return kit.toasts.push({
          error: e,
          severity: severityOf(e),
          dedupeKey: options.dedupeKey ?? `${e.code ?? e.kind}|manual`,
          retry: options.retry && isRetryable(e) ? options.retry : null,
          message: options.message ?? null,
        })
      },
      dismiss: (id) => kit.toasts.dismiss(id),
    }),
    [kit],
  )
}
