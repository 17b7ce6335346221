import { useEffect, type RefObject } from 'react'
import { onlineManager, type QueryClient } from '@tanstack/react-query'
import { StardustError } from '../core/StardustError.js'
import type { Reporter, StardustReport } from '../query/report.js'
import { authBurst, routeFailure, toastKeys } from '../query/route.js'
import { subscribeToFailures, subscribeToRecoveries } from '../query/subscribe.js'
import { watchNetwork } from '../query/network.js'
import type { Placement } from '../query/placement.js'
import type { StardustContextValue } from './context.js'
import type { Toasts } from './lazyToastStore.js'

/** What the routing reads when a failure arrives: always the provider's latest props. */
export interface RoutingProps {
  value: StardustContextValue
  onAuthError?: (error: StardustError) => void
  onFailure?: (error: StardustError, placement: Placement) => void
  onReport?: (report: StardustReport) => void
  /** The provider's `dedupeWindowMs`: reports merge over the same window as the toasts. */
  dedupeWindowMs?: number
}

/** How long one `onAuthError` call covers a burst of auth failures. */
const AUTH_WINDOW_MS = 10_000

/** The ids of the connection notices: there is at most one of each. */
export const OFFLINE_TOAST_ID = 'sdk-offline'
export const ONLINE_TOAST_ID = 'sdk-online'

/**
 * Sends every failure of `client` to its one place (a toast, the app's
 * `onAuthError`, or nowhere when a form or boundary shows it), takes toasts
 * down when what failed recovers, and speaks for the connection with one
 * notice: "You're offline" while TanStack Query is paused for the network,
 * "Back online" when it returns.
 */
export function useFailureRouting(client: QueryClient | undefined, store: Toasts, latest: RefObject<RoutingProps>): void {
  useEffect(() => {
    if (!client) return
    const authCall = authBurst(AUTH_WINDOW_MS)
    // One report per failure the user saw, merged like the toasts; the provider's latest onReport receives it.
    const reporter = reportWhenAsked(latest)
    const offFailures = subscribeToFailures(client, (failure) => {
      const { onAuthError, onFailure, value } = latest.current
      const route = routeFailure(failure, {
        handlesAuth: Boolean(onAuthError),
        online: onlineManager.isOnline(),
        describe: (error) => value.resolve(error),
      })
      onFailure?.(failure.error, route.placement)
      if (route.placement !== 'auth' && route.placement !== 'silent') {
        const keys = route.placement === 'toast' ? route.keys : toastKeys(failure.error, value.resolve(failure.error), failure.meta.message)
        reporter.seen(failure.error, { placement: route.placement, keys, locale: value.locale })
      }
      if (route.placement === 'auth') {
        if (authCall(Date.now())) onAuthError?.(failure.error)
      } else if (route.placement === 'toast') {
        store.push({
          error: failure.error,
          severity: route.severity,
          dedupeKey: route.keys[0],
          dedupeKeys: route.keys,
          retry: route.retry,
          message: route.message,
          source: route.source,
          // Unreachable server: the toast stays until what failed recovers, or the user closes it.
          duration: failure.error.kind === 'network' ? Infinity : undefined,
        })
      }
    })
    const offRecoveries = subscribeToRecoveries(client, (source) => store.recover(source))
    let offlineShown = false
    const offNetwork = watchNetwork(client, ({ online, waiting, labels }) => {
      if (!online) {
        offlineShown = true
        store.dismiss(ONLINE_TOAST_ID)
        // The notice speaks for every network failure: their own toasts go.
        store.dismissAll((toast) => toast.error.kind === 'network' && toast.notice === null)
        store.push({
          id: OFFLINE_TOAST_ID,
          error: CONNECTION,
          severity: 'warning',
          notice: { type: 'offline', waiting, labels },
          duration: Infinity,
        })
      } else if (offlineShown) {
        offlineShown = false
        store.dismiss(OFFLINE_TOAST_ID)
        store.push({ id: ONLINE_TOAST_ID, error: CONNECTION, severity: 'info', notice: { type: 'online' } })
      }
    })
    return () => {
      reporter.stop()
      offFailures()
      offRecoveries()
      offNetwork()
    }
  }, [client, store, latest])
}

const CONNECTION = new StardustError({ kind: 'network' })

type Sighting = Parameters<Reporter['seen']>

/**
 * The reporter, for an app that passes `onReport`: its code loads when the
 * provider mounts with one (or at the first failure after `onReport` is
 * given), and failures seen while it loads are reported once it is there. An
 * app without `onReport` never downloads it.
 */
export function reportWhenAsked(
  latest: RefObject<RoutingProps>,
  loadReporter: () => Promise<typeof import('../query/report.js')> = () => import('../query/report.js'),
): Pick<Reporter, 'seen' | 'stop'> {
  let reporter: Reporter | null = null
  let loading = false
  let stopped = false
  const waiting: Sighting[] = []
  const load = () => {
    if (loading) return
    loading = true
    loadReporter().then(
      ({ createReporter }) => {
        if (stopped) return
        reporter = createReporter((report) => latest.current.onReport?.(report), { windowMs: latest.current.dedupeWindowMs })
        for (const sighting of waiting.splice(0)) reporter.seen(...sighting)
      },
      // A chunk that cannot load costs the reports, never the page; the next failure tries again.
      () => {
        loading = false
        waiting.length = 0
      },
    )
  }
  if (latest.current.onReport) load()
  return {
    seen(...sighting: Sighting) {
      if (reporter) reporter.seen(...sighting)
      else if (latest.current.onReport) {
        waiting.push(sighting)
        load()
      }
    },
    stop() {
      stopped = true
      reporter?.stop()
    },
  }
}
