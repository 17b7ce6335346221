import { useCallback, useMemo, useSyncExternalStore } from 'react'
import { useStardust, type StardustContextValue } from './context.js'
import { partialText } from './partialText.js'
import type { StardustToast, ToastNotice } from './types.js'

/** A toast with its text resolved in the provider's locale. Every string is plain text. */
export type ToastView = Omit<StardustToast, 'message'> & {
  title: string
  /** The app's own message when it set one, else the catalog's. */
  message: string
  hint: string | null
  requestId: string | null
  /** Whether `message` is the server's own English text (no catalog entry): render it with `lang="en" dir="auto"`. */
  fromServer: boolean
}

export interface UseToastsResult {
  toasts: readonly ToastView[]
  /** Toasts waiting behind the visible limit ("and N more"). */
  overflow: number
  /** Whether the waiting toasts are shown too. */
  expanded: boolean
  /** How many toasts show when not expanded (the provider's `toastLimit`); announce only `toasts.slice(0, limit)`. */
  limit: number
  dismiss(id: string): void
  /** Dismisses every toast, shown or waiting. */
  dismissAll(): void
  /** Shows the waiting toasts too (`true`, timers held while expanded), or only the first `limit` again. */
  expand(expanded: boolean): void
  /** Holds the auto-dismiss timers, e.g. while the user reads or hovers. */
  pause(): void
  resume(): void
}

/**
 * The provider's toasts with their localized text, for apps that render their own toaster.
 *
 * @example
 * const { toasts, overflow, dismiss, dismissAll } = useToasts()
 */
export function useToasts(): UseToastsResult {
  const kit = useStardust()
  const { toasts: store } = kit
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot)
  const toasts = useMemo(
    () => snapshot.toasts.map((toast) => viewOf(toast, kit)),
    // `kit` changes when a catalog finishes loading, which changes the text of the same toasts.
    [snapshot, kit],
  )
  const dismiss = useCallback((id: string) => store.dismiss(id), [store])
  const dismissAll = useCallback(() => store.dismissAll(), [store])
  const expand = useCallback((expanded: boolean) => store.expand(expanded), [store])
  const pause = useCallback(() => store.pause(), [store])
  const resume = useCallback(() => store.resume(), [store])
  return {
    toasts,
    overflow: snapshot.overflow,
    expanded: snapshot.expanded,
    limit: snapshot.limit,
    dismiss,
    dismissAll,
    expand,
    pause,
    resume,
  }
}

function viewOf(toast: StardustToast, kit: StardustContextValue): ToastView {
  if (toast.notice) return { ...toast, ...noticeText(toast.notice, kit), requestId: null, fromServer: false }
  if (toast.partial) return { ...toast, ...partialText(toast.partial, kit), requestId: toast.error.requestId, fromServer: false }
  const text = kit.resolve(toast.error)
  const fromServer = toast.message === null && text.source === 'server'
  return { ...toast, title: text.title, message: toast.message ?? text.message, hint: text.hint, requestId: text.requestId, fromServer }
}

/** The text of a connection notice: what is going on, and what waits for the network. */
function noticeText(notice: ToastNotice, { text, locale }: StardustContextValue): Pick<ToastView, 'title' | 'message' | 'hint'> {
  if (notice.type === 'online') {
    return { title: text('ui.backOnline', 'Back online'), message: text('ui.backOnlineMessage', 'The connection is back.'), hint: null }
  }
  const message =
    notice.waiting > 0
      ? text('ui.offlineWaiting', '{{count}} requests are waiting.', { count: notice.waiting })
      : text('ui.offlineNothingWaiting', 'The console reconnects by itself when the network is back.')
  const hint = notice.labels.length > 0 ? `${text('ui.offlineLabels', 'Waiting:')} ${listOf(notice.labels, locale)}` : null
  return { title: text('ui.offline', "You're offline"), message, hint }
}

function listOf(items: readonly string[], locale: string): string {
  try {
    return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items)
  } catch {
    return items.join(', ')
  }
}
