import { useRef } from 'react'
import { useStardustOrStandalone } from './standalone.js'
import { toStardustError } from '../core/toStardustError.js'
import { cx } from './cx.js'
import { selectText, useCopy } from './useCopy.js'

export interface CopyRequestIdProps {
  /** The ID support asks for. Nothing renders when there is none (or take it from `error`). */
  requestId?: string | null | undefined
  /**
   * Or the failure itself, whatever its type: a mutation's `error` (`Error | null`), a caught `unknown`.
   * Its request ID is read with `toStardustError`.
   */
  error?: unknown
  /** Added to the `sdk-copy` class. */
  className?: string
  /** Called after the ID was copied to the clipboard. */
  onCopy?(text: string): void
}

/**
 * The request ID with a button that copies it. Where the clipboard is
 * unavailable or refused, the ID is selected so Ctrl+C copies it, and the
 * user is told so. Both outcomes are announced in a polite live region.
 *
 * @example
 * <CopyRequestId error={createCampaign.error} />
 * <CopyRequestId requestId={error.requestId} />
 */
export function CopyRequestId({ requestId: given, error, className, onCopy }: CopyRequestIdProps) {
  const requestId = given ?? (error === null || error === undefined ? null : toStardustError(error).requestId)
  const { text, classNames } = useStardustOrStandalone()
  const { announcement, copy } = useCopy({
    copied: text('ui.copied', 'Copied'),
    failed: text('ui.copyFailed', "Couldn't copy automatically. The ID is selected: press Ctrl+C to copy it."),
  })
  const idRef = useRef<HTMLElement>(null)
  if (!requestId) return null

  const onClick = async () => {
    if (await copy(requestId, () => selectText(idRef.current))) onCopy?.(requestId)
  }

  return (
    <span className={cx('sdk-copy', className)}>
      <span className="sdk-copy__label">{text('ui.requestId', 'Request ID')}</span>{' '}
      {/* An ID reads left to right in any language, and selects whole with one click. */}
      <code ref={idRef} className="sdk-copy__value" dir="ltr" translate="no" style={{ userSelect: 'all', WebkitUserSelect: 'all' }}>
        {requestId}
      </code>{' '}
      <button type="button" className={cx('sdk-button', classNames.button)} onClick={onClick}>
        {text('ui.copyRequestId', 'Copy request ID')}
      </button>
      <span role="status" className="sdk-copy__status">
        {announcement}
      </span>
    </span>
  )
}
