import type { Mutation, Query, QueryClient } from '@tanstack/react-query'
import { toStardustError } from '../core/toStardustError.js'
import type { StardustError } from '../core/StardustError.js'
import { readMeta, type StardustMeta } from './meta.js'

/** A query or mutation that ended in failure, as the kit sees it. */
export interface Failure {
  error: StardustError
  source: 'query' | 'mutation'
  meta: StardustMeta
  /** The query hash, or the mutation key (or id): failures of the same thing share it. */
  key: string
  hasData: boolean
  throwsToBoundary: boolean
  /** Whether anything uses the query now (`useQuery`…); `false` for a prefetch nobody asked to see. Always `true` for mutations. */
  observed: boolean
  /** Sends the failed request again. */
  retry: () => void
}

const noop = () => {}

/**
 * Calls `onFailure` for every query or mutation of a client that ends in
 * failure (after its retries), without changing how the client was created.
 * Returns the unsubscribe function.
 */
export function subscribeToFailures(client: QueryClient, onFailure: (failure: Failure) => void): () => void {
  const offQueries = client.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'error') return
    const query = event.query
    const error = toStardustError(query.state.error)
    onFailure({
      error,
      source: 'query',
      meta: readMeta(query.meta),
      key: query.queryHash,
      hasData: query.state.data !== undefined,
      throwsToBoundary: throwsToBoundary(query, query.state.error),
      observed: query.getObserversCount() > 0,
      // query.fetch(), not refetchQueries: that skips disabled queries (`enabled: false`, fetched on demand).
      retry: () => void query.fetch().catch(noop),
    })
  })
  const offMutations = client.getMutationCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'error') return
    const mutation = event.mutation as Mutation<unknown, unknown, unknown, unknown>
    onFailure({
      error: toStardustError(mutation.state.error),
      source: 'mutation',
      meta: readMeta(mutation.meta ?? mutation.options.meta),
      key: mutationKeyOf(mutation),
      hasData: false,
      throwsToBoundary: shouldThrow((mutation.options as { throwOnError?: unknown }).throwOnError, [mutation.state.error]),
      observed: true,
      retry: () => void mutation.execute(mutation.state.variables).catch(noop),
    })
  })
  return () => {
    offQueries()
    offMutations()
  }
}

// What TanStack Query itself decides: an observer with `throwOnError` (true, or a function that returns true for
// this error and query) throws the error to the nearest error boundary, with or without data on screen.
function throwsToBoundary(query: Query, error: unknown): boolean {
  return query.observers.some((observer) => shouldThrow(observer.options.throwOnError, [error, query]))
}

// query-core's `shouldThrowError`, which it does not export: a function option is called, anything else is truthy or not.
function shouldThrow(option: unknown, params: unknown[]): boolean {
  try {
    return typeof option === 'function' ? Boolean((option as (...args: unknown[]) => unknown)(...params)) : Boolean(option)
  } catch {
    return false
  }
}

/**
 * Calls `onRecover` with the key of every query or mutation that succeeds
 * (the same `key` as its failures'), so what reported its failure can go.
 * Returns the unsubscribe function.
 */
export function subscribeToRecoveries(client: QueryClient, onRecover: (source: string) => void): () => void {
  const offQueries = client.getQueryCache().subscribe((event) => {
    if (event.type === 'updated' && event.action.type === 'success') onRecover(`query:${event.query.queryHash}`)
  })
  const offMutations = client.getMutationCache().subscribe((event) => {
    if (event.type === 'updated' && event.action.type === 'success' && event.mutation) {
      onRecover(`mutation:${mutationKeyOf(event.mutation as Mutation<unknown, unknown, unknown, unknown>)}`)
    }
  })
  return () => {
    offQueries()
    offMutations()
  }
}

function mutationKeyOf(mutation: Mutation<unknown, unknown, unknown, unknown>): string {
  return mutation.options.mutationKey ? JSON.stringify(mutation.options.mutationKey) : `mutation-${mutation.mutationId}`
}
