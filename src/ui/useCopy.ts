import { useCallback, useEffect, useRef, useState } from 'react'

/** `copied` clears by itself; `failed` stays until the next attempt, so the user has time to copy by hand. */
export type CopyStatus = 'idle' | 'copied' | 'failed'

/** What the live region says after a copy: the confirmation, or how to copy by hand. */
export interface CopyMessages {
  copied: string
  failed: string
}

export interface UseCopyResult {
  status: CopyStatus
  /** The message for the current status, for a `role="status"` region; empty while idle. */
  announcement: string
  /**
   * Writes `text` to the clipboard. Where the Clipboard API is missing (an
   * insecure origin, an old browser) or refuses (permission denied), calls
   * `onFailure` (to select the text for a manual copy) and resolves `false`.
   */
  copy(text: string, onFailure?: () => void): Promise<boolean>
}

/** How long "Copied" stays announced. */
const CONFIRM_MS = 2_000

/**
 * Copy-with-fallback for the kit's copy buttons.
 *
 * @example
 * const { announcement, copy } = useCopy({ copied: 'Copied', failed: 'Press Ctrl+C to copy' })
 * <button onClick={() => copy(requestId, () => selectText(codeRef.current))}>Copy</button>
 * <span role="status">{announcement}</span>
 */
export function useCopy(messages: CopyMessages, confirmMs: number = CONFIRM_MS): UseCopyResult {
  // A fresh object per attempt: copying twice restarts the confirmation's timer.
  const [state, setState] = useState<{ status: CopyStatus }>({ status: 'idle' })
  // Each attempt gets a number, so a slow clipboard answering late cannot overwrite a newer attempt.
  const attempt = useRef(0)

  useEffect(() => {
    if (state.status !== 'copied') return
    const timer = setTimeout(() => setState({ status: 'idle' }), confirmMs)
    return () => clearTimeout(timer)
  }, [state, confirmMs])

  const copy = useCallback(async (text: string, onFailure?: () => void): Promise<boolean> => {
    const id = ++attempt.current
    let ok = false
    try {
      const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard
      if (clipboard && typeof clipboard.writeText === 'function') {
        await clipboard.writeText(text)
        ok = true
      }
    } catch {
      // Denied, or the document lost focus: the manual fallback below.
    }
    if (id !== attempt.current) return ok
    if (!ok) onFailure?.()
    setState({ status: ok ? 'copied' : 'failed' })
    return ok
  }, [])

  const announcement = state.status === 'idle' ? '' : messages[state.status]
  return { status: state.status, announcement, copy }
}

/** Selects an element's text, so the user can copy it with Ctrl+C / ⌘C. */
export function selectText(element: Element | null): void {
  if (!element || typeof window === 'undefined') return
  const selection = window.getSelection()
  if (!selection) return
  const range = document.createRange()
  range.selectNodeContents(element)
  selection.removeAllRanges()
  selection.addRange(range)
}
