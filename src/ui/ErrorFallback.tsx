import { useId, useRef, useState } from 'react'
import { redactText } from '../core/redact.js'
import { useStardustOrStandalone } from './standalone.js'
import { CopyRequestId } from './CopyRequestId.js'
import { CopySupportDetails } from './CopySupportDetails.js'
import { cx } from './cx.js'
import type { FallbackProps } from './fallbackProps.js'
import { serverTextProps } from './serverText.js'
import { useFocusAfterReset } from './useFocusAfterReset.js'

/**
 * What `<StardustErrorBoundary>` shows when no fallback is given: the error's
 * localized title, message and hint, "Try again", the request ID and support
 * details to copy, and the code and server's message behind "Show details".
 * Takes focus when it appears, so keyboard and screen reader users land on it,
 * and gives it back after "Try again" (where it was, or the first control of what renders again).
 *
 * @example
 * <StardustErrorBoundary FallbackComponent={ErrorFallback} onReset={refresh}>…</StardustErrorBoundary>
 */
export function ErrorFallback({ error, resetErrorBoundary }: FallbackProps) {
  const { resolve, text, dir, locale, classNames } = useStardustOrStandalone()
  const resolved = resolve(error)
  const [open, setOpen] = useState(false)
  const rootRef = useRef<HTMLDivElement>(null)
  const detailsId = useId()

  const focus = useFocusAfterReset(rootRef)

  // The server's words are shown as text and never with a credential it may have echoed.
  const serverMessage = resolved.serverMessage === null ? null : redactText(resolved.serverMessage)
  const message = resolved.source === 'server' ? redactText(resolved.message) : resolved.message
  const hasDetails = resolved.code !== null || serverMessage !== null

  return (
    <div ref={rootRef} role="alert" tabIndex={-1} dir={dir} lang={locale} className={cx('sdk-fallback', classNames.fallback)}>
      <h2 className="sdk-fallback__title">{resolved.title}</h2>
      <p className="sdk-fallback__message" {...serverTextProps(resolved.source === 'server')}>
        {message}
      </p>
      {resolved.hint && <p className="sdk-fallback__hint">{resolved.hint}</p>}
      <div className="sdk-fallback__actions">
        <button
          type="button"
          className={cx('sdk-button', 'sdk-button--primary', classNames.button)}
          onClick={() => {
            focus.willReset()
            resetErrorBoundary()
          }}
        >
          {text('ui.tryAgain', 'Try again')}
        </button>
        <CopySupportDetails error={error} />
      </div>
      <CopyRequestId requestId={resolved.requestId} />
      {hasDetails && (
        <div className="sdk-fallback__details">
          <button
            type="button"
            className={cx('sdk-button', classNames.button)}
            aria-expanded={open}
            aria-controls={detailsId}
            onClick={() => setOpen((value) => !value)}
          >
            {open ? text('ui.hideDetails', 'Hide details') : text('ui.showDetails', 'Show details')}
          </button>
          <dl id={detailsId} hidden={!open}>
            {resolved.code !== null && (
              <>
                <dt>{text('ui.code', 'Error code')}</dt>
                <dd>
                  <code dir="ltr">{resolved.code}</code>
                </dd>
              </>
            )}
            {serverMessage !== null && (
              <>
                <dt>{text('ui.serverMessage', 'Message from the server')}</dt>
                {/* The API writes its messages in English, whatever the UI's language. */}
                <dd {...serverTextProps(true)}>{serverMessage}</dd>
              </>
            )}
          </dl>
        </div>
      )}
    </div>
  )
}
