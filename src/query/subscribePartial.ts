import type { Mutation, QueryClient } from '@tanstack/react-query'
import type { PartialFailures } from '../core/partialFailures.js'
import { readMeta, type StardustMeta } from './meta.js'

/** A query or mutation that succeeded with failed items in its data. */
export interface PartialSuccess {
  found: PartialFailures
  source: 'query' | 'mutation'
  meta: StardustMeta
  /** The query hash, or the mutation key (or id). */
  key: string
}

/**
 * Calls `onPartial` for every query or mutation of a client that succeeds with
 * data reporting failed items ({@link partialFailures}), where it is asked for:
 * `meta.stardust.partial`, else `byDefault()`. Data already reported (the same
 * object, as TanStack Query's structural sharing keeps it across refetches) is
 * not reported again. Returns the unsubscribe function.
 *
 * The reader of failed items loads on demand, the first time a success is to
 * be checked: an app that never asks for partial failures never downloads it,
 * and `onPartial` is called once it is there.
 */
export function subscribeToPartialFailures(
  client: QueryClient,
  byDefault: () => boolean,
  onPartial: (partial: PartialSuccess) => void,
  loadReader: () => Promise<typeof import('./partialReader.js')> = () => import('./partialReader.js'),
): () => void {
  const reported = new WeakSet<object>()
  let reader: Promise<typeof import('./partialReader.js')> | null = null
  let stopped = false
  const check = (data: unknown, rawMeta: unknown, source: PartialSuccess['source'], key: string) => {
    const meta = readMeta(rawMeta)
    if (!(meta.partial ?? byDefault())) return
    if (typeof data !== 'object' || data === null || reported.has(data)) return
    reported.add(data)
    reader ??= loadReader()
    reader.then(
      ({ partialFailures, hasPartialFailures }) => {
        if (stopped) return
        const found = partialFailures(data)
        if (hasPartialFailures(found)) onPartial({ found, source, meta, key })
      },
      // A chunk that cannot load costs the partial-failure toasts, never the page; the next success tries again.
      () => {
        reader = null
        reported.delete(data)
      },
    )
  }
  const offQueries = client.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'success') return
    check(event.query.state.data, event.query.meta, 'query', event.query.queryHash)
  })
  const offMutations = client.getMutationCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'success' || !event.mutation) return
    const mutation = event.mutation as Mutation<unknown, unknown, unknown, unknown>
    const key = mutation.options.mutationKey ? JSON.stringify(mutation.options.mutationKey) : `mutation-${mutation.mutationId}`
    check(mutation.state.data, mutation.meta ?? mutation.options.meta, 'mutation', key)
  })
  return () => {
    stopped = true
    offQueries()
    offMutations()
  }
}
