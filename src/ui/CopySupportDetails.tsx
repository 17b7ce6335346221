import { useEffect, useRef, useState } from 'react'
import { formatPartialFailures, type PartialFailures } from '../core/partialFailures.js'
import { formatSupportDetails } from '../core/supportDetails.js'
import { toStardustError } from '../core/toStardustError.js'
import { KIT_VERSION } from '../core/version.js'
import { useStardustOrStandalone } from './standalone.js'
import { cx } from './cx.js'
import { useCopy } from './useCopy.js'

export interface CopySupportDetailsProps {
  /** Anything thrown or rejected; it goes through `toStardustError`. */
  error: unknown
  /** Added to the `sdk-copy` class. */
  className?: string
  /** The failed items of a partly failed request: listed after the details (ids and reasons, redacted). */
  partial?: PartialFailures | null
  /** Called with the copied text after it reached the clipboard. */
  onCopy?(text: string): void
}

/**
 * A button that copies what support needs about an error (code, request ID,
 * server date and message, page, locale, kit version): see
 * `formatSupportDetails`. Where the clipboard is unavailable or refused, the
 * text appears selected in a read-only box for a manual copy.
 *
 * @example
 * <CopySupportDetails error={error} />
 */
export function CopySupportDetails({ error, className, partial, onCopy }: CopySupportDetailsProps) {
  const { text, locale, classNames } = useStardustOrStandalone()
  const { announcement, copy } = useCopy({
    copied: text('ui.supportDetailsCopied', 'Support details copied'),
    failed: text('ui.supportDetailsCopyFailed', "Couldn't copy automatically. The details are selected: press Ctrl+C to copy them."),
  })
  const [manual, setManual] = useState<string | null>(null)
  const boxRef = useRef<HTMLTextAreaElement>(null)

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the manual-copy box appears or changes
  useEffect(() => {
    boxRef.current?.focus()
    boxRef.current?.select()
  }, [manual])

  const onClick = async () => {
    // Built at click time: the page and the time are those of the report.
    const base = formatSupportDetails(toStardustError(error), {
      locale,
      path: typeof location === 'undefined' ? undefined : location.pathname,
      version: KIT_VERSION,
    })
    const details = partial ? `${base}\n${formatPartialFailures(partial)}` : base
    if (await copy(details, () => setManual(details))) {
      setManual(null)
      onCopy?.(details)
    }
  }
  const label = text('ui.copySupportDetails', 'Copy support details')

  return (
    <span className={cx('sdk-copy', className)}>
      <button type="button" className={cx('sdk-button', classNames.button)} onClick={onClick}>
        {label}
      </button>
      <span role="status" className="sdk-copy__status">
        {announcement}
      </span>
      {manual !== null && (
        <textarea
          ref={boxRef}
          className="sdk-copy__manual"
          aria-label={label}
          readOnly
          rows={Math.min(manual.split('\n').length, 16)}
          value={manual}
          dir="ltr"
        />
      )}
    </span>
  )
}
