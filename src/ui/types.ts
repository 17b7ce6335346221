import type { StardustSeverity } from '../core/codes.js'
import type { PartialFailures } from '../core/partialFailures.js'
import type { StardustError } from '../core/StardustError.js'

/** Where the built-in toaster sits. `start`/`end` follow the text direction. */
export type ToastPlacement = 'top-start' | 'top-center' | 'top-end' | 'bottom-start' | 'bottom-center' | 'bottom-end'

/** One toast: an error the user is being told about, possibly several identical failures merged. */
export interface StardustToast {
  id: string
  /** Failures with the same key within the dedupe window update this toast instead of stacking. */
  dedupeKey: string
  error: StardustError
  severity: StardustSeverity
  /** How many failures this toast stands for. */
  count: number
  /** How many different requests (request IDs) those failures came from; 0 when none had an ID. */
  requests: number
  /** Sends the failed request again; `null` when retrying cannot help. */
  retry: (() => void) | null
  /** A message of the app's own (from `meta.stardust.message`) shown instead of the catalog's. */
  message: string | null
  /** A notice about the connection rather than one failure (offline, back online). */
  notice: ToastNotice | null
  /** The failed items of a request that otherwise succeeded (`meta.stardust.partial`); listed in the toast's details. */
  partial?: PartialFailures | null
  /** Milliseconds it stays after it appears or last changed; `Infinity` until dismissed. */
  duration: number
  createdAt: number
  updatedAt: number
}

/**
 * A notice about the connection, shown as one toast however many requests it concerns:
 * `offline` while TanStack Query's `onlineManager` says the browser is offline (with the
 * requests waiting for the network), `online` once it is back.
 */
export type ToastNotice =
  | {
      type: 'offline' /** Paused queries and mutations. */
      waiting: number /** Labels of waiting mutations (`meta.stardust.label`). */
      labels: readonly string[]
    }
  | { type: 'online' }

export type ToastInput = Pick<StardustToast, 'error' | 'severity'> &
  Partial<Pick<StardustToast, 'id' | 'dedupeKey' | 'retry' | 'message' | 'notice' | 'partial' | 'duration'>> & {
    /** More keys it merges on besides `dedupeKey`: a failure matching any key of a recent toast joins it. */
    dedupeKeys?: readonly string[]
    /** The query or mutation it came from: the toast goes once all its sources have recovered (`recover`). */
    source?: string
  }

/** What the toaster renders: the visible toasts, and how many more are waiting. */
export interface ToastSnapshot {
  toasts: readonly StardustToast[]
  /** Toasts waiting behind the visible limit ("and N more"). */
  overflow: number
  /** Whether the waiting toasts are shown too (the user chose "Show all"). */
  expanded: boolean
  /** How many toasts show when not expanded: the first `limit` of `toasts` are the ones announced. */
  limit: number
}

/** Auto-dismiss delays by severity, in ms. `Infinity` keeps a toast until dismissed. */
export type ToastDurations = Record<StardustSeverity, number>

/** The localized text of a toast, as handed to a {@link ToastAdapter}. */
export interface ToastContent {
  id: string
  severity: StardustSeverity
  title: string
  message: string
  hint: string | null
  requestId: string | null
  /** The localized label for the request ID ("Request ID"), for libraries that show plain text. */
  requestIdLabel: string
  code: number | null
  count: number
  /** Label and callback of the "Try again" action, when retrying can help. */
  action: { label: string; onClick: () => void } | null
  /** Milliseconds before it dismisses itself (`Infinity`: until closed). */
  duration: number
  /**
   * Tell the kit the library closed the toast (the user, or the library's own
   * timer). Adapters whose library reports closing (`ownsTimers`) call it, so
   * the next waiting toast takes the freed place at once.
   */
  onDismiss(): void
}

/**
 * Routes the kit's toasts to another toast library. `show` is called again with
 * the same id when a toast changes (a merged duplicate), so pass the id through.
 */
export interface ToastAdapter {
  show(toast: ToastContent): void
  dismiss(id: string): void
  /**
   * `true`: the library's own timers dismiss toasts (and hold them on hover);
   * the kit runs none and learns of each close through `toast.onDismiss()`.
   * Otherwise the kit's timers own every toast's lifetime and the adapter
   * must give the library no timer of its own (pass `Infinity`). Default `false`.
   */
  ownsTimers?: boolean
}
