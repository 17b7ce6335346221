import { useEffect, useRef } from 'react'
import type { StardustContextValue } from './context.js'
import type { AdapterForwarding } from './forwardToAdapter.js'
import type { Toasts } from './lazyToastStore.js'
import type { ToastAdapter } from './types.js'

/**
 * Mirrors the provider's toasts into another toast library. One owner per
 * toast: with an adapter whose library runs its own timers (`ownsTimers`),
 * the store's timers stay off and the library reports each close back.
 * The adapter is read through a ref, so `toastAdapter={sonnerAdapter(toast)}`
 * written inline neither re-subscribes nor re-shows on every render; a locale
 * switch or a late catalog shows the visible toasts again in the new text.
 */
export function useToastAdapter(store: Toasts, adapter: ToastAdapter | undefined, kit: StardustContextValue): void {
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
    let running: AdapterForwarding | null = null
    let stopped = false
    // The forwarding comes in a chunk of its own: an app without an adapter never downloads it. It shows
    // what the store already holds when it starts, so nothing raised meanwhile is lost.
    import('./forwardToAdapter.js').then(
      ({ forwardToAdapter }) => {
        if (stopped) return
        running = forwardToAdapter(
          store,
          () => latest.current.adapter!,
          () => latest.current.kit,
        )
        forwarding.current = running
      },
      (error: unknown) => console.error('stardust-error-kit: the toast adapter could not be started.', error),
    )
    return () => {
      stopped = true
      running?.stop()
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
