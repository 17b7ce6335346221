import type { StardustSeverity } from '../core/codes.js'
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
  /** Sends the failed request again; `null` when retrying cannot help. */
  retry: (() => void) | null
  /** A message of the app's own (from `meta.stardust.message`) shown instead of the catalog's. */
  message: string | null
  createdAt: number
  updatedAt: number
}

export type ToastInput = Pick<StardustToast, 'error' | 'severity'> &
  Partial<Pick<StardustToast, 'id' | 'dedupeKey' | 'retry' | 'message'>>

/** What the toaster renders: the visible toasts, and how many more are waiting. */
export interface ToastSnapshot {
  toasts: readonly StardustToast[]
  /** Failures beyond the visible limit ("and N more"). */
  overflow: number
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
  /** Milliseconds before it dismisses itself. */
  duration: number
}

/**
 * Routes the kit's toasts to another toast library. `show` is called again with
 * the same id when a toast changes (a merged duplicate), so pass the id through.
 */
export interface ToastAdapter {
  show(toast: ToastContent): void
  dismiss(id: string): void
}
