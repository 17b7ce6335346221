import type { StardustContextValue } from './context.js'
import type { ToastStore } from './toastStore.js'
import type { StardustToast, ToastAdapter, ToastContent } from './types.js'

/** The localized content of a toast, as a toast library needs it. */
export function toastContent(toast: StardustToast, kit: StardustContextValue, duration: number): ToastContent {
  const resolved = kit.resolve(toast.error)
  return {
    id: toast.id,
    severity: toast.severity,
    title: resolved.title,
    message: toast.message ?? resolved.message,
    hint: resolved.hint,
    requestId: resolved.requestId,
    requestIdLabel: kit.text('ui.requestId', 'Request ID'),
    code: resolved.code,
    count: toast.count,
    action: toast.retry ? { label: kit.text('ui.tryAgain', 'Try again'), onClick: toast.retry } : null,
    duration,
  }
}

/**
 * Mirrors the store's visible toasts into another toast library: `show` for
 * new and changed toasts (same id), `dismiss` for those that went away.
 * Dedupe and limits stay the kit's. Returns the unsubscribe function.
 */
export function forwardToAdapter(store: ToastStore, adapter: ToastAdapter, kit: () => StardustContextValue): () => void {
  let shown = new Map<string, number>()
  const sync = () => {
    const next = new Map<string, number>()
    for (const toast of store.getSnapshot().toasts) {
      next.set(toast.id, toast.updatedAt)
      if (shown.get(toast.id) !== toast.updatedAt) adapter.show(toastContent(toast, kit(), store.durationOf(toast.severity)))
    }
    for (const id of shown.keys()) if (!next.has(id)) adapter.dismiss(id)
    shown = next
  }
  sync()
  return store.subscribe(sync)
}
