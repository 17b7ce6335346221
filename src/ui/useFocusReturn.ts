import { useCallback, useRef, type FocusEvent } from 'react'

/**
 * Remembers where focus came from when it entered a region, so the region can
 * hand it back when the thing that held it goes away (the last toast closed):
 * focus returns to where the user was instead of falling to `<body>`.
 *
 * @internal
 */
export function useFocusReturn(): { onFocus(event: FocusEvent<HTMLElement>): void; restore(): void } {
  const origin = useRef<HTMLElement | null>(null)
  const onFocus = useCallback((event: FocusEvent<HTMLElement>) => {
    const from = event.relatedTarget
    if (from instanceof HTMLElement && !event.currentTarget.contains(from)) origin.current = from
  }, [])
  const restore = useCallback(() => {
    const target = origin.current
    origin.current = null
    if (target?.isConnected) target.focus()
  }, [])
  return { onFocus, restore }
}
