import { useCallback, useEffect, useRef, type RefObject } from 'react'

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

/**
 * Takes focus for the fallback when it appears, and gives it back when the
 * user asked to try again: to the element that had focus before the error
 * when it is still on the page, else to the first control of what renders
 * in the fallback's place. Without it, focus falls to `<body>`.
 *
 * @internal
 */
export function useFocusAfterReset(root: RefObject<HTMLElement | null>): { willReset(): void } {
  const resetting = useRef(false)
  useEffect(() => {
    const element = root.current
    if (!element) return
    const before = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null
    // Where the fallback sits: what renders again after a reset renders here.
    const parent = element.parentElement
    const previous = element.previousSibling
    element.focus()
    return () => {
      if (!resetting.current) return
      const active = document.activeElement
      if (active && active !== document.body && active.isConnected) return
      if (before?.isConnected) return before.focus()
      firstFocusableAfter(parent, previous)?.focus()
    }
  }, [root])
  const willReset = useCallback(() => {
    resetting.current = true
  }, [])
  return { willReset }
}

/** The first focusable element inside `parent` after `previous` (from its start when `previous` is gone). */
function firstFocusableAfter(parent: HTMLElement | null, previous: ChildNode | null): HTMLElement | null {
  if (!parent?.isConnected) return null
  const start = previous?.parentNode === parent ? previous : null
  for (const candidate of parent.querySelectorAll<HTMLElement>(FOCUSABLE)) {
    if (start && !(start.compareDocumentPosition(candidate) & Node.DOCUMENT_POSITION_FOLLOWING)) continue
    if (start?.contains(candidate)) continue
    return candidate
  }
  return null
}
