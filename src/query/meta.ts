import type { FieldMap } from '../core/fields.js'

/** Per-query or per-mutation settings, under `meta.stardust`. */
export interface StardustMeta {
  /**
   * `false`: the kit shows nothing for this query or mutation; the app renders
   * the error itself (`useStardustError`). `true`: a query nobody observes (a
   * `prefetchQuery` or `ensureQueryData` warming the cache) toasts too; without
   * it such a query fails silently. Default: the one-place rule decides.
   */
  toast?: boolean
  /**
   * The fields the mutation's form shows errors on, the same map you pass to
   * `useFieldErrors`. An error about one of them is shown inline, never as a
   * toast; anything else still toasts.
   */
  fields?: FieldMap
  /** A message of your own, shown instead of the catalog's. */
  message?: string
  /**
   * What the request does, in the user's words ("Save campaign"): the offline
   * notice names waiting mutations by it.
   */
  label?: string
  /**
   * `true`: a success whose data reports failed items (`partialFailures`: scenes
   * of an annotation request, users not added to a pool…) shows one toast that
   * lists them. TanStack Query still sees a success. `false` turns it off where
   * the provider's `partialFailures` turned it on. Default: the provider's.
   */
  partial?: boolean
}

/**
 * TanStack Query's `meta`, as the kit registers it: any keys of the app's, and
 * `stardust` typed as {@link StardustMeta}.
 */
export type StardustQueryMeta = Record<string, unknown> & { stardust?: StardustMeta }

// Registered with TanStack Query, so `meta.stardust` is typed in every useQuery/useMutation, with or
// without the stardustMeta helper. TanStack Query takes one registration of each: other keys of the
// app's are allowed (as `unknown`), and an app registering a different `queryMeta` gets a compile error.
declare module '@tanstack/react-query' {
  interface Register {
    queryMeta: StardustQueryMeta
    mutationMeta: StardustQueryMeta
  }
}

/**
 * Builds a TanStack Query `meta` object, typed.
 *
 * @example
 * useMutation({ mutationFn: createCampaign, meta: stardustMeta({ fields: ['campaignName', 'workflowType'] }) })
 * useQuery({ queryKey: ['health'], queryFn, meta: stardustMeta({ toast: false }) })
 */
export function stardustMeta(options: StardustMeta): { stardust: StardustMeta } {
  return { stardust: options }
}

/** Reads `meta.stardust` from any meta object, tolerating anything an app may have put there. */
export function readMeta(meta: unknown): StardustMeta {
  const value = typeof meta === 'object' && meta !== null ? (meta as { stardust?: unknown }).stardust : undefined
  return typeof value === 'object' && value !== null ? (value as StardustMeta) : {}
}
