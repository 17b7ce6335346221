import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent, type FocusEvent } from 'react'
import { useStardust } from './context.js'
import { CopyRequestId } from './CopyRequestId.js'
import { cx } from './cx.js'
import type { StardustToast, ToastPlacement } from './types.js'

/** A toast with its text resolved in the provider's locale. Every string is plain text. */
export type ToastView = Omit<StardustToast, 'message'> & {
  title: string
  /** The app's own message when it set one, else the catalog's. */
  message: string
  hint: string | null
  requestId: string | null
}

export interface UseToastsResult {
  toasts: readonly ToastView[]
  /** Failures beyond the visible limit ("and N more"). */
  overflow: number
  dismiss(id: string): void
  /** Holds the auto-dismiss timers, e.g. while the user reads or hovers. */
  pause(): void
  resume(): void
}

/**
 * The provider's toasts with their localized text, for apps that render their own toaster.
 *
 * @example
 * const { toasts, dismiss } = useToasts()
 */
export function useToasts(): UseToastsResult {
  const { toasts: store, resolve, catalogVersion } = useStardust()
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot)
  const toasts = useMemo(
    () =>
      snapshot.toasts.map((toast): ToastView => {
        const text = resolve(toast.error)
        return { ...toast, title: text.title, message: toast.message ?? text.message, hint: text.hint, requestId: text.requestId }
      }),
    // catalogVersion: a catalog that finishes loading changes the text of the same toasts.
    [snapshot, resolve, catalogVersion],
  )
  const dismiss = useCallback((id: string) => store.dismiss(id), [store])
  const pause = useCallback(() => store.pause(), [store])
  const resume = useCallback(() => store.resume(), [store])
  return { toasts, overflow: snapshot.overflow, dismiss, pause, resume }
}

export interface ToasterProps {
  /** Where the toasts sit; defaults to the provider's `placement`. */
  placement?: ToastPlacement
  /** Added to the region's `sdk-toaster` class. */
  className?: string
  /** Added to every toast's `sdk-toast` class. */
  toastClassName?: string
}

// How long a toast's announcement stays in its live region: long enough for a screen reader to pick it up,
// short enough that a user reading the page does not meet the toast twice (the toast itself stays).
const ANNOUNCEMENT_MS = 5000

/** What a screen reader announces when a toast appears; the live region keeps it for a few seconds. */
function Announcement({ toast, severity }: { toast: ToastView; severity: string }) {
  const [spoken, setSpoken] = useState(false)
  useEffect(() => {
    const timer = setTimeout(() => setSpoken(true), ANNOUNCEMENT_MS)
    return () => clearTimeout(timer)
  }, [])
  if (spoken) return null
  return (
    <div>
      <p>
        {severity} {toast.title}
      </p>
      <p>{toast.message}</p>
      {toast.hint && <p>{toast.hint}</p>}
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
 * turn (`aria-live="polite"`). The built-in `<Toaster>` renders one; render it
 * beside a toaster of your own built on {@link useToasts}.
 *
 * @example
 * const { toasts } = useToasts()
 * return <aside><ToastAnnouncer toasts={toasts} />{toasts.map((t) => <MyToast key={t.id} {...t} />)}</aside>
 */
export function ToastAnnouncer({ toasts }: ToastAnnouncerProps) {
  const { text } = useStardust()
  const announce = (toast: ToastView) => (
    <Announcement key={toast.id} toast={toast} severity={text(`severity.${toast.severity}`, toast.severity)} />
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

/**
 * The built-in toaster: an accessible region listing the provider's toasts,
 * each announced once through a {@link ToastAnnouncer} (a failure merged into
 * a toast is not announced again). Hovering or focusing the toaster holds the
 * timers; Escape dismisses the focused toast.
 *
 * @example
 * <StardustProvider><App /><Toaster placement="bottom-end" /></StardustProvider>
 */
export function Toaster({ placement, className, toastClassName }: ToasterProps) {
  const { text, dir, locale, placement: defaultPlacement, classNames } = useStardust()
  const { toasts, overflow, dismiss, pause, resume } = useToasts()
  const hovered = useRef(false)
  const focused = useRef(false)
  const holding = useRef(false)

  const hold = useCallback(() => {
    const next = hovered.current || focused.current
    if (next === holding.current) return
    holding.current = next
    if (next) pause()
    else resume()
  }, [pause, resume])

  // A toaster that goes away must not leave the timers on hold.
  useEffect(
    () => () => {
      if (!holding.current) return
      holding.current = false
      resume()
    },
    [resume],
  )

  // Focus leaves a removed element without a focusout event: hand it to a neighbour, or let the timers run.
  const close = (id: string, item: HTMLElement) => {
    if (item.contains(document.activeElement)) {
      const neighbour = (item.nextElementSibling ?? item.previousElementSibling) as HTMLElement | null
      if (neighbour?.classList.contains('sdk-toast')) neighbour.focus()
      else {
        focused.current = false
        hold()
      }
    }
    dismiss(id)
  }

  const onBlur = (event: FocusEvent<HTMLElement>) => {
    if (event.currentTarget.contains(event.relatedTarget as Node | null)) return
    focused.current = false
    hold()
  }

  return (
    <section
      aria-label={text('ui.notifications', 'Notifications')}
      className={cx('sdk-toaster', classNames.toaster, className)}
      data-placement={placement ?? defaultPlacement}
      dir={dir}
      lang={locale}
      onPointerEnter={() => ((hovered.current = true), hold())}
      onPointerLeave={() => ((hovered.current = false), hold())}
      onFocus={() => ((focused.current = true), hold())}
      onBlur={onBlur}
    >
      <ToastAnnouncer toasts={toasts} />
      {(toasts.length > 0 || overflow > 0) && (
        <ol className="sdk-toaster__list">
          {toasts.map((toast) => (
            <li
              key={toast.id}
              className={cx('sdk-toast', `sdk-toast--${toast.severity}`, classNames.toast, toastClassName)}
              data-severity={toast.severity}
              tabIndex={0}
              onKeyDown={(event: KeyboardEvent<HTMLLIElement>) => {
                if (event.key !== 'Escape') return
                event.preventDefault()
                close(toast.id, event.currentTarget)
              }}
            >
              <div className="sdk-toast__body">
                <p className="sdk-toast__title">
                  <span className="sdk-visually-hidden">{text(`severity.${toast.severity}`, toast.severity)} </span>
                  {toast.title}
                </p>
                <p className="sdk-toast__message">{toast.message}</p>
                {toast.hint && <p className="sdk-toast__hint">{toast.hint}</p>}
              </div>
              {toast.count > 1 && (
                <p className="sdk-toast__count">{text('ui.occurrences', 'Happened {{count}} times', { count: toast.count })}</p>
              )}
              {toast.requestId && <CopyRequestId requestId={toast.requestId} />}
              <div className="sdk-toast__actions">
                {toast.retry && (
                  <button
                    type="button"
                    className={cx('sdk-button', 'sdk-button--primary', classNames.button)}
                    onClick={(event) => {
                      toast.retry?.()
                      close(toast.id, event.currentTarget.closest('li')!)
                    }}
                  >
                    {text('ui.tryAgain', 'Try again')}
                  </button>
                )}
              </div>
              <button
                type="button"
                className="sdk-toast__close"
                aria-label={text('ui.dismiss', 'Dismiss')}
                onClick={(event) => close(toast.id, event.currentTarget.closest('li')!)}
              >
                <svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="16" height="16">
                  <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" />
                </svg>
              </button>
            </li>
          ))}
          {overflow > 0 && (
            <li className="sdk-toaster__more">{text('ui.moreErrors', 'and {{count}} more', { count: overflow })}</li>
          )}
        </ol>
      )}
    </section>
  )
}
