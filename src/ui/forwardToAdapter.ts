import type { StardustContextValue } from './context.js'
import { partialText } from './partialText.js'
import type { Toasts } from './lazyToastStore.js'
import type { StardustToast, ToastAdapter, ToastContent } from './types.js'

/** The localized content of a toast, as a toast library needs it. */
export function toastContent(toast: StardustToast, kit: StardustContextValue, onDismiss: () => void): ToastContent {
  const resolved = kit.resolve(toast.error)
  // A partly failed request says how many items failed; the library shows the count, the kit's toaster the list.
  const text = toast.partial
    ? partialText(toast.partial, kit)
    : { title: resolved.title, message: toast.message ?? resolved.message, hint: resolved.hint }
  return {
    id: toast.id,
    severity: toast.severity,
    ...text,
    requestId: resolved.requestId,
    requestIdLabel: kit.text('ui.requestId', 'Request ID'),
    code: resolved.code,
    count: toast.count,
    action: toast.retry ? { label: kit.text('ui.tryAgain', 'Try again'), onClick: toast.retry } : null,
    duration: toast.duration,
    onDismiss,
  }
}

/** A running mirror of the store in another toast library. */
export interface AdapterForwarding {
  /** Shows every visible toast again, with its text in the current locale and catalog. */
  refresh(): void
  stop(): void
}

/**
 * Mirrors the store's visible toasts into another toast library: `show` for
 * new and changed toasts (same id), `dismiss` for those that went away.
 * Dedupe and limits stay the kit's. `adapter` is read at each change, so an
 * adapter created inline on every render neither re-subscribes nor re-shows.
 */
export function forwardToAdapter(store: Toasts, adapter: () => ToastAdapter, kit: () => StardustContextValue): AdapterForwarding {
  let shown = new Map<string, number>()
  const sync = () => {
    const next = new Map<string, number>()
    const target = adapter()
    for (const toast of store.getSnapshot().toasts) {
      next.set(toast.id, toast.updatedAt)
      if (shown.get(toast.id) !== toast.updatedAt) target.show(toastContent(toast, kit(), () => store.dismiss(toast.id)))
    }
    for (const id of shown.keys()) if (!next.has(id)) target.dismiss(id)
    shown = next
  }
  sync()
  const unsubscribe = store.subscribe(sync)
  return {
    refresh() {
      shown = new Map([...shown.keys()].map((id) => [id, -1]))
      sync()
    },
    stop: unsubscribe,
  }
}
