import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react'
import { useStardust } from './context.js'
import { CopyRequestId } from './CopyRequestId.js'
import { CopySupportDetails } from './CopySupportDetails.js'
import { cx } from './cx.js'
import { serverTextProps } from './serverText.js'
import { PartialFailureList } from './PartialFailureList.js'
import { ToastAnnouncer } from './ToastAnnouncer.js'
import { useFocusReturn } from './useFocusReturn.js'
import type { Toasts } from './lazyToastStore.js'
import type { PauseReason } from './toastStore.js'
import type { ToastPlacement } from './types.js'
import { useToasts, type ToastView } from './useToasts.js'

export interface ToasterProps {
  /** Where the toasts sit; defaults to the provider's `placement`. */
  placement?: ToastPlacement
  /** Added to the region's `sdk-toaster` class. */
  className?: string
  /** Added to every toast's `sdk-toast` class. */
  toastClassName?: string
}

/**
 * The built-in toaster: an accessible region listing the provider's toasts.
 * At rest the toasts lie in a compact pile (the newest problem in front, the
 * others peeking out behind it); hovering or focusing the toaster spreads
 * them out. The list never grows past 40% of the viewport's height (50% on
 * narrow screens): beyond that it scrolls, so every control stays reachable.
 * Each toast is announced once through a {@link ToastAnnouncer}. Hovering,
 * focusing the toaster, or a hidden page (another tab) holds the timers;
 * Escape dismisses the focused toast. "and N more" opens the waiting toasts
 * or dismisses them all.
 *
 * @example
 * <StardustProvider toaster={false}><App /><Toaster placement="top-center" /></StardustProvider>
 */
export function Toaster({ placement, className, toastClassName }: ToasterProps) {
  const { text, dir, locale, placement: defaultPlacement, classNames, toasts: store } = useStardust()
  const { toasts, overflow, expanded, limit, dismiss, dismissAll, expand } = useToasts()
  const [hovered, setHovered] = useState(false)
  const [focused, setFocused] = useState(false)

  // One hold per reason: the store releases the timers once none holds.
  useHold(store, 'hover', hovered)
  useHold(store, 'focus', focused)
  usePageHiddenHold(store)
  const focusReturn = useFocusReturn()

  // Focus leaves a removed element without a focusout event: hand it to a neighbour, or let the timers run.
  const close = (id: string, item: HTMLElement | null) => {
    if (item?.contains(document.activeElement)) {
      // The next toast, else the one before: never the "and N more" row after the last one.
      const neighbour = toastOrNull(item.nextElementSibling) ?? toastOrNull(item.previousElementSibling)
      if (neighbour) neighbour.focus()
      else {
        setFocused(false)
        focusReturn.restore()
      }
    }
    dismiss(id)
  }

  const onBlur = (event: FocusEvent<HTMLElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocused(false)
  }

  const spread = expanded || hovered || focused
  return (
    <section
      aria-label={text('ui.notifications', 'Notifications')}
      className={cx('sdk-toaster', classNames.toaster, className)}
      data-placement={placement ?? defaultPlacement}
      data-expanded={spread || undefined}
      dir={dir}
      lang={locale}
      onPointerEnter={() => setHovered(true)}
      onPointerLeave={() => setHovered(false)}
      onFocus={(event) => {
        setFocused(true)
        focusReturn.onFocus(event)
      }}
      onBlur={onBlur}
    >
      <ToastAnnouncer toasts={toasts.slice(0, limit)} />
      {(toasts.length > 0 || overflow > 0) && (
        <ol className="sdk-toaster__list">
          {toasts.map((toast) => (
            <ToastItem key={toast.id} toast={toast} className={toastClassName} onClose={close} />
          ))}
          {(overflow > 0 || expanded) && (
            <li className="sdk-toaster__more">
              {overflow > 0 && <span>{text('ui.moreErrors', 'and {{count}} more', { count: overflow })}</span>}
              <button
                type="button"
                className={cx('sdk-button', classNames.button)}
                aria-expanded={expanded}
                onClick={() => expand(!expanded)}
              >
                {expanded ? text('ui.showFewer', 'Show fewer') : text('ui.showAll', 'Show all')}
              </button>
              <button
                type="button"
                className={cx('sdk-button', classNames.button)}
                onClick={() => {
                  setFocused(false)
                  focusReturn.restore()
                  dismissAll()
                }}
              >
                {text('ui.dismissAll', 'Dismiss all')}
              </button>
            </li>
          )}
        </ol>
      )}
    </section>
  )
}

interface ToastItemProps {
  toast: ToastView
  className: string | undefined
  onClose(id: string, item: HTMLElement | null): void
}

/** One toast: title, message, how often it happened, the request ID to copy, and its actions. */
function ToastItem({ toast, className, onClose }: ToastItemProps) {
  const { text, classNames } = useStardust()
  const [open, setOpen] = useState(false)
  const detailsId = useId()
  const item = useRef<HTMLLIElement>(null)
  const severity = text(`severity.${toast.severity}`, toast.severity)
  // A notice has no request and nothing to report to support; a failure always has support details.
  const hasDetails = toast.notice === null || toast.hint !== null

  return (
    <li
      ref={item}
      className={cx('sdk-toast', `sdk-toast--${toast.severity}`, classNames.toast, className)}
      data-severity={toast.severity}
      data-notice={toast.notice?.type}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a toast takes focus so Escape dismisses it, and focus has a place to go when a neighbour closes
      tabIndex={0}
      onKeyDown={(event: KeyboardEvent<HTMLLIElement>) => {
        if (event.key !== 'Escape') return
        event.preventDefault()
        onClose(toast.id, item.current)
      }}
    >
      <p className="sdk-toast__title">
        <span className="sdk-visually-hidden">{severity} </span>
        {toast.title}
      </p>
      <p className="sdk-toast__message" {...serverTextProps(toast.fromServer)}>
        {toast.message}
      </p>
      {toast.count > 1 && (
        <p className="sdk-toast__count">
          {text('ui.occurrences', 'Happened {{count}} times', { count: toast.count })}
          {toast.requests > 1 && ` · ${text('ui.fromRequests', 'from {{count}} requests', { count: toast.requests })}`}
        </p>
      )}
      <div className="sdk-toast__actions">
        {toast.requestId && <CopyRequestId requestId={toast.requestId} />}
        {toast.retry && (
          <button
            type="button"
            className={cx('sdk-button', 'sdk-button--primary', classNames.button)}
            onClick={() => {
              toast.retry?.()
              onClose(toast.id, item.current)
            }}
          >
            {text('ui.tryAgain', 'Try again')}
          </button>
        )}
        {hasDetails && (
          <button
            type="button"
            className={cx('sdk-button', 'sdk-button--quiet', classNames.button)}
            aria-expanded={open}
            aria-controls={detailsId}
            onClick={() => setOpen(!open)}
          >
            {text('ui.details', 'Details')}
          </button>
        )}
      </div>
      {hasDetails && (
        <div id={detailsId} className="sdk-toast__details" hidden={!open}>
          {open && toast.hint && <p className="sdk-toast__hint">{toast.hint}</p>}
          {open && toast.partial && <PartialFailureList failures={toast.partial} />}
          {open && toast.notice === null && <CopySupportDetails error={toast.error} partial={toast.partial} />}
        </div>
      )}
      <button
        type="button"
        className="sdk-toast__close"
        aria-label={text('ui.dismiss', 'Dismiss')}
        onClick={() => onClose(toast.id, item.current)}
      >
        <svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="16" height="16">
          <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" />
        </svg>
      </button>
    </li>
  )
}

function toastOrNull(element: Element | null): HTMLElement | null {
  return element instanceof HTMLElement && element.classList.contains('sdk-toast') ? element : null
}

/** Holds the store's timers for `reason` while `held` is true, and lets go when it turns false or the toaster unmounts. */
function useHold(store: Toasts, reason: PauseReason, held: boolean): void {
  useEffect(() => {
    if (!held) return
    store.pause(reason)
    return () => store.resume(reason)
  }, [store, reason, held])
}

/**
 * Holds the timers while the page is hidden (another tab, a minimised window): a toast
 * nobody can see does not run out. It resumes with the time it had left.
 */
function usePageHiddenHold(store: Toasts): void {
  useEffect(() => {
    if (typeof document === 'undefined') return
    const onChange = () => (document.visibilityState === 'hidden' ? store.pause('hidden') : store.resume('hidden'))
    onChange()
    document.addEventListener('visibilitychange', onChange)
    return () => {
      document.removeEventListener('visibilitychange', onChange)
      store.resume('hidden')
    }
  }, [store])
}
