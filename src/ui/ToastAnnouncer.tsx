import { useEffect, useState } from 'react'
import { useStardust } from './context.js'
import type { ToastView } from './useToasts.js'

// How long a toast's announcement stays in its live region: long enough for a screen reader to pick it up,
// short enough that a user reading the page does not meet the toast twice (the toast itself stays).
const ANNOUNCEMENT_MS = 5000

/**
 * What a screen reader announces when a toast appears. The text is taken once per language and
 * catalog: a merged failure (the count going up) or a notice's changing count changes the toast,
 * not its announcement; a catalog arriving late, or a language switch, does.
 */
function Announcement({ toast, severity, version }: { toast: ToastView; severity: string; version: string }) {
  const lines = () => [`${severity} ${toast.title}`, toast.message, toast.hint]
  const [said, setSaid] = useState(() => ({ version, lines: lines() }))
  if (said.version !== version) setSaid({ version, lines: lines() })
  const [spoken, setSpoken] = useState(false)
  useEffect(() => {
    const timer = setTimeout(() => setSpoken(true), ANNOUNCEMENT_MS)
    return () => clearTimeout(timer)
  }, [])
  if (spoken) return null
  const [title, message, hint] = said.lines
  return (
    <div>
      <p>{title}</p>
      <p>{message}</p>
      {hint && <p>{hint}</p>}
    </div>
  )
}

export interface ToastAnnouncerProps {
  /** The toasts shown now, as {@link useToasts} returns them. */
  toasts: readonly ToastView[]
}

/**
 * Announces toasts to screen readers: two visually hidden live regions, in the
 * page before the first toast (a region inserted together with its text is not
 * announced by every screen reader). Each toast is announced once, when it
 * appears: errors at once (`aria-live="assertive"`), warnings and notices in
 * turn (`aria-live="polite"`). Failures merged into a toast later are not
 * announced again. The built-in `<Toaster>` renders one; render it beside a
 * toaster of your own built on {@link useToasts}.
 *
 * @example
 * const { toasts } = useToasts()
 * return <aside><ToastAnnouncer toasts={toasts} />{toasts.map((t) => <MyToast key={t.id} {...t} />)}</aside>
 */
export function ToastAnnouncer({ toasts }: ToastAnnouncerProps) {
  const { text, locale, catalogVersion } = useStardust()
  const version = `${locale}|${catalogVersion}`
  const announce = (toast: ToastView) => (
    <Announcement key={toast.id} toast={toast} severity={text(`severity.${toast.severity}`, toast.severity)} version={version} />
  )
  // Visually hidden: the toasts show the same text.
  return (
    <>
      <div aria-live="assertive" aria-atomic="false" className="sdk-visually-hidden">
        {toasts.filter((toast) => toast.severity === 'error').map(announce)}
      </div>
      <div aria-live="polite" aria-atomic="false" className="sdk-visually-hidden">
        {toasts.filter((toast) => toast.severity !== 'error').map(announce)}
      </div>
    </>
  )
}
