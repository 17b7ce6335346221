import { useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { QueryClientContext, type QueryClient } from '@tanstack/react-query'
import type { i18n as I18n } from 'i18next'
import type { StardustError } from '../core/StardustError.js'
import type { StardustOverrides } from '../i18n/overrides.js'
import { resolveError } from '../i18n/resolveError.js'
import { stardustText } from '../i18n/text.js'
import type { Placement } from '../query/placement.js'
import type { StardustReport } from '../query/report.js'
import { StardustContext, type StardustClassNames, type StardustContextValue } from './context.js'
import { useKitI18n } from './useKitI18n.js'
import { useToastAdapter } from './useToastAdapter.js'
import { lazyComponent } from './lazy.js'
import { lazyToastStore } from './lazyToastStore.js'
import { useFailureRouting, type RoutingProps } from './useFailureRouting.js'
import { usePartialRouting } from './usePartialRouting.js'
import type { ToastAdapter, ToastDurations, ToastPlacement } from './types.js'

const toaster = lazyComponent<object>(() => import('./Toaster.js').then((m) => m.Toaster), ToasterUnavailable)

/** Starts loading the built-in toaster's chunk (the provider does when it mounts). */
export const preloadToaster = toaster.preload

// The toaster's chunk could not load (it is tried again on the next mount): the failures stay in the store,
// and still reach `onFailure` and `onReport`.
function ToasterUnavailable() {
  return null
}

export interface StardustProviderProps {
  children?: ReactNode
  /**
   * The app's i18next instance. Default: the instance of a surrounding `<I18nextProvider>`, else the one
   * registered with `i18next.use(initReactI18next)`, else one of the kit's own.
   */
  i18n?: I18n
  /** The language to speak. Default: the i18next instance's language, followed as it changes. */
  locale?: string
  /** The QueryClient to watch. Default: the one from the surrounding `QueryClientProvider`, if any. */
  queryClient?: QueryClient
  /** How many toasts are visible at once; the rest are summarised as "and N more". Default 3. */
  toastLimit?: number
  /** Default `'bottom-end'`. */
  toastPlacement?: ToastPlacement
  /** Auto-dismiss delays by severity, in ms. */
  toastDurations?: Partial<ToastDurations>
  /** Identical failures within this window update one toast instead of stacking. Default 5000 ms. */
  dedupeWindowMs?: number
  /** Routes toasts to another toast library (`sonnerAdapter(toast)`, `hotToastAdapter(toast)`) instead of the built-in toaster. */
  toastAdapter?: ToastAdapter
  /** Renders the built-in `<Toaster>`. Set `false` to place `<Toaster>` yourself or render `useToasts()`. Default `true`. */
  toaster?: boolean
  /**
   * Called once for a burst of authentication failures (bad signature, unknown
   * key, expired timestamp), instead of a toast per query. Without it, they toast.
   */
  onAuthError?: (error: StardustError) => void
  /** Catalog overrides per locale: `{ en: { codes: { 51004: { hint: '…' } } } }`; a misspelt code is a compile error. */
  overrides?: Record<string, StardustOverrides>
  /**
   * Called for every failure the kit sees, with where it was shown: for logging.
   * ⚠️ `error` is the live error: its `cause` is what was thrown, unredacted. Log
   * `error.toJSON()` (redacted), never the live object.
   */
  /**
   * For error monitors: called once per toast, field error or boundary fallback the user saw, merged like the
   * toasts (one outage seen by 50 queries is one report, sent once more with its final count when the storm
   * ends), never for aborts. Plain, redacted data: see the Sentry and OpenTelemetry recipes in the README.
   */
  onReport?: (report: StardustReport) => void
  onFailure?: (error: StardustError, placement: Placement) => void
  classNames?: StardustClassNames
  /**
   * `true`: every query and mutation whose data reports failed items
   * (`partialFailures`) shows one toast listing them; `meta.stardust.partial`
   * decides per query or mutation either way. Default `false`.
   */
  partialFailures?: boolean
}

/**
 * Drop it inside your `QueryClientProvider`: every query and mutation that
 * fails is shown once, in the right place, in the user's language.
 *
 * @example
 * <QueryClientProvider client={queryClient}>
 *   <StardustProvider onAuthError={() => navigate('/login')}>
 *     <App />
 *   </StardustProvider>
 * </QueryClientProvider>
 */
export function StardustProvider(props: StardustProviderProps): ReactNode {
  const { children, toastLimit, toastDurations, dedupeWindowMs, toastAdapter, overrides } = props
  const { i18n, locale, catalogVersion } = useKitI18n({ i18n: props.i18n, locale: props.locale, overrides })
  const queryClient = useContext(QueryClientContext) ?? undefined
  const client = props.queryClient ?? queryClient

  const [store] = useState(() => lazyToastStore({ limit: toastLimit, durations: toastDurations, dedupeWindowMs }))
  useEffect(
    () => store.setOptions({ limit: toastLimit, durations: toastDurations, dedupeWindowMs }),
    [store, toastLimit, toastDurations, dedupeWindowMs],
  )
  useEffect(() => () => store.destroy(), [store])

  const value = useMemo<StardustContextValue>(
    () => ({
      i18n,
      locale,
      dir: i18n.dir?.(locale) ?? 'ltr',
      catalogVersion,
      resolve: (error) => resolveError(error, i18n, locale),
      text: (key, fallback, options) => stardustText(i18n, locale, key, fallback, options),
      toasts: store,
      placement: props.toastPlacement ?? 'bottom-end',
      classNames: props.classNames ?? {},
    }),
    [i18n, locale, catalogVersion, store, props.toastPlacement, props.classNames],
  )

  // The latest callbacks, read when a failure arrives, so the subscription never restarts for a new closure.
  const routing = (): RoutingProps => ({
    value,
    onAuthError: props.onAuthError,
    onFailure: props.onFailure,
    onReport: props.onReport,
    dedupeWindowMs,
  })
  const latest = useRef<RoutingProps>(routing())
  // Updated after each commit, never during render (a render React throws away must not change what routing reads).
  useEffect(() => {
    latest.current = routing()
  })
  useFailureRouting(client, store, latest)
  const partialByDefault = useRef(props.partialFailures === true)
  useEffect(() => {
    partialByDefault.current = props.partialFailures === true
  })
  usePartialRouting(client, store, partialByDefault)

  useToastAdapter(store, toastAdapter, value)

  return (
    <StardustContext.Provider value={value}>
      {children}
      {props.toaster !== false && !toastAdapter ? (
        // The built-in toaster comes in a chunk of its own: an app with an adapter or its own toaster never
        // downloads it. Failures while it loads wait in the store and show once it is there.
        <toaster.Component />
      ) : null}
    </StardustContext.Provider>
  )
}
