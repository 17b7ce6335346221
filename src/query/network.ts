import { onlineManager, type QueryClient } from '@tanstack/react-query'
import { readMeta } from './meta.js'

/** The connection as the user should hear of it. */
export interface NetworkState {
  /** TanStack Query's `onlineManager`: `false` pauses queries and mutations until the browser is back online. */
  online: boolean
  /** Queries and mutations paused for the network, waiting to be sent. */
  waiting: number
  /** The labels (`meta.stardust.label`) of the waiting mutations, in the order they were made. */
  labels: readonly string[]
}

/**
 * Calls `onChange` when the browser goes offline or comes back (TanStack
 * Query's `onlineManager`), and while offline whenever the number of paused
 * queries and mutations changes. Never calls it twice with the same state.
 * Returns the unsubscribe function.
 *
 * @example
 * watchNetwork(queryClient, ({ online, waiting }) => console.log(online ? 'online' : `${waiting} waiting`))
 */
export function watchNetwork(client: QueryClient, onChange: (state: NetworkState) => void): () => void {
  let last: NetworkState = { online: true, waiting: 0, labels: [] }
  const update = () => {
    const next = readNetwork(client)
    if (next.online === last.online && next.waiting === last.waiting && sameLabels(next.labels, last.labels)) return
    last = next
    onChange(next)
  }
  // While online nothing waits for the network: only the offline state needs the caches.
  const onCache = () => {
    if (!last.online || !onlineManager.isOnline()) update()
  }
  const offOnline = onlineManager.subscribe(update)
  const offQueries = client.getQueryCache().subscribe(onCache)
  const offMutations = client.getMutationCache().subscribe(onCache)
  update()
  return () => {
    offOnline()
    offQueries()
    offMutations()
  }
}

function readNetwork(client: QueryClient): NetworkState {
  if (onlineManager.isOnline()) return { online: true, waiting: 0, labels: [] }
  const queries = client.getQueryCache().findAll({ fetchStatus: 'paused' }).length
  const mutations = client
    .getMutationCache()
    .getAll()
    .filter((m) => m.state.isPaused)
  const labels: string[] = []
  for (const mutation of mutations) {
    const label = readMeta(mutation.meta ?? mutation.options.meta).label
    if (typeof label === 'string' && label.trim() !== '' && !labels.includes(label)) labels.push(label)
  }
  return { online: false, waiting: queries + mutations.length, labels }
}

const sameLabels = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((l, i) => l === b[i])
