import type { ReactElement } from 'react'
import type { ToastAdapter, ToastContent } from './types.js'

// Structural types of the `toast` function each library exports: the kit imports neither library.

interface SonnerOptions {
  id?: string
  description?: string
  duration?: number
  action?: { label: string; onClick: () => void }
  onDismiss?: (toast: unknown) => void
  onAutoClose?: (toast: unknown) => void
}
type SonnerShow = (title: string, options?: SonnerOptions) => unknown

/** The part of sonner's `toast` the adapter uses (`import { toast } from 'sonner'`). */
export interface SonnerLike {
  error: SonnerShow
  warning: SonnerShow
  info: SonnerShow
  dismiss(id?: string): unknown
}

interface HotToastOptions {
  id?: string
  duration?: number
  icon?: string
  ariaProps?: { role: 'status' | 'alert'; 'aria-live': 'assertive' | 'polite' | 'off' }
}

// react-hot-toast renders a function of the toast (it passes the toast, whose `id` is the one we set).
type HotToastMessage = string | ((toast: { id: string }) => ReactElement)

/** The part of react-hot-toast's `toast` the adapter uses (`import toast from 'react-hot-toast'`). */
export interface HotToastLike {
  (message: HotToastMessage, options?: HotToastOptions): unknown
  error(message: HotToastMessage, options?: HotToastOptions): unknown
  dismiss(id?: string): unknown
}

// The request ID goes in the text: support needs it, and these libraries show plain text.
const body = (t: ToastContent): string =>
  [t.message, t.hint, t.requestId && `${t.requestIdLabel}: ${t.requestId}`].filter(Boolean).join(' ')

/**
 * Shows the kit's toasts with sonner: `toast.error` / `toast.warning` /
 * `toast.info` by severity, the message and hint as the description, and
 * "Try again" as sonner's action button. sonner's timer owns each toast (it
 * holds on hover and while the tab is hidden); when sonner closes one, the
 * kit's next waiting toast takes its place.
 *
 * @example
 * import { toast } from 'sonner'
 * <StardustProvider toastAdapter={sonnerAdapter(toast)}>…</StardustProvider>
 */
export function sonnerAdapter(toast: SonnerLike): ToastAdapter {
  return {
    ownsTimers: true,
    show(t) {
      const { action } = t
      toast[t.severity](t.title, {
        id: t.id,
        description: body(t),
        duration: t.duration,
        action: action ? { label: action.label, onClick: () => action.onClick() } : undefined,
        onDismiss: () => t.onDismiss(),
        onAutoClose: () => t.onDismiss(),
      })
    },
    dismiss: (id) => void toast.dismiss(id),
  }
}

const HOT_ICONS = { warning: '⚠️', info: 'ℹ️' } as const

/**
 * Shows the kit's toasts with react-hot-toast, as text ("title — message"),
 * with a "Try again" button after it when retrying can help (react-hot-toast
 * has no action API, so the adapter renders the button in the toast).
 * Errors are announced assertively, like the built-in toaster's.
 * react-hot-toast does not report when it closes a toast, so the kit's timer
 * owns each toast's lifetime (react-hot-toast gets no timer of its own).
 *
 * @example
 * import toast from 'react-hot-toast'
 * <StardustProvider toastAdapter={hotToastAdapter(toast)}>…</StardustProvider>
 */
export function hotToastAdapter(toast: HotToastLike): ToastAdapter {
  return {
    show(t) {
      const text = `${t.title} — ${body(t)}`
      const { action } = t
      const message: HotToastMessage = action
        ? (shown) => (
            <span className="sdk-hot-toast">
              {text}{' '}
              <button
                type="button"
                className="sdk-button sdk-hot-toast__action"
                onClick={() => {
                  action.onClick()
                  toast.dismiss(shown.id)
                }}
              >
                {action.label}
              </button>
            </span>
          )
        : text
      // One clock per toast: the kit's dismisses it.
      const duration = Infinity
      if (t.severity === 'error') {
        toast.error(message, { id: t.id, duration, ariaProps: { role: 'alert', 'aria-live': 'assertive' } })
      } else {
        toast(message, { id: t.id, duration, icon: HOT_ICONS[t.severity] })
      }
    },
    dismiss: (id) => void toast.dismiss(id),
  }
}
