import { useEffect, useRef } from 'react'
import type { StardustContextValue } from './context.js'
import { forwardToAdapter, type AdapterForwarding } from './forwardToAdapter.js'
import type { ToastStore } from './toastStore.js'
import type { ToastAdapter } from './types.js'

/**
 * Mirrors the provider's toasts into another toast library. One owner per
 * toast: with an adapter whose library runs its own timers (`ownsTimers`),
 * the store's timers stay off and the library reports each close back.
 * The adapter is read through a ref, so `toastAdapter={sonnerAdapter(toast)}`
 * written inline neither re-subscribes nor re-shows on every render; a locale
 * switch or a late catalog shows the visible toasts again in the new text.
 */
export function useToastAdapter(store: ToastStore, adapter: ToastAdapter | undefined, kit: StardustContextValue): void {
  const latest = useRef({ adapter, kit })
  const forwarding = useRef<AdapterForwarding | null>(null)
  useEffect(() => {
    latest.current = { adapter, kit }
  })
  const active = adapter !== undefined
  const ownsTimers = adapter?.ownsTimers === true
  useEffect(() => {
    if (!active) return
    store.setOptions({ autoDismiss: !ownsTimers })
    const running = forwardToAdapter(
      store,
      () => latest.current.adapter!,
      () => latest.current.kit,
    )
    forwarding.current = running
    return () => {
      running.stop()
      forwarding.current = null
      store.setOptions({ autoDismiss: true })
    }
  }, [store, active, ownsTimers])
  const text = `${kit.locale}|${kit.catalogVersion}`
  const shownText = useRef(text)
  useEffect(() => {
    if (shownText.current === text) return
    shownText.current = text
    forwarding.current?.refresh()
  }, [text])
}
