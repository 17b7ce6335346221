import { useEffect, type RefObject } from 'react'
import type { QueryClient } from '@tanstack/react-query'
import { StardustError } from '../core/StardustError.js'
import { subscribeToPartialFailures } from '../query/subscribePartial.js'
import type { Toasts } from './lazyToastStore.js'

/**
 * Shows one toast for each query or mutation that succeeds with failed items
 * (`meta.stardust.partial`, or the provider's `partialFailures`): a warning
 * that lists them, or an error when the whole request failed (an annotation
 * request whose status is `FAILED` or `ID_NOT_EXISTS`). TanStack Query still
 * sees a success.
 */
export function usePartialRouting(client: QueryClient | undefined, store: Toasts, byDefault: RefObject<boolean>): void {
  useEffect(() => {
    if (!client) return
    return subscribeToPartialFailures(
      client,
      () => byDefault.current === true,
      ({ found, source, key, meta }) => {
        if (meta.toast === false) return
        store.push({
          error: PARTIAL,
          severity: found.status !== null ? 'error' : 'warning',
          dedupeKey: `partial|${source}|${key}`,
          partial: found,
          retry: null,
        })
      },
    )
  }, [client, store, byDefault])
}

// What support details say of a partial failure beside its list: the API reported it, in a success.
const PARTIAL = new StardustError({ kind: 'api', message: 'Partial failure: the request succeeded, some items failed' })
