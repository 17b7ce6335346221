import type { PartialFailures } from '../core/partialFailures.js'
import { useStardust } from './context.js'
import { cx } from './cx.js'
import { reasonText } from './partialText.js'

export interface PartialFailureListProps {
  /** What `partialFailures(data)` (or `usePartialFailures(data)`) found. */
  failures: PartialFailures
  /** Added to the `sdk-partial` class. */
  className?: string
}

/**
 * The failed items of a partly failed request: each id with its reason, in the
 * user's language when the kit knows the reason, else the server's own text
 * (rendered as text). Renders nothing when no item failed.
 *
 * @example
 * const failures = usePartialFailures(data)
 * return <PartialFailureList failures={failures} />
 */
export function PartialFailureList({ failures, className }: PartialFailureListProps) {
  const kit = useStardust()
  if (failures.items.length === 0) return null
  const more = failures.failed - failures.items.length
  return (
    <ul className={cx('sdk-partial', className)} aria-label={kit.text('partial.listLabel', 'Items that failed')}>
      {failures.items.map((item, index) => (
        // Ids can repeat (the same identifier on several lines of a file): the position keeps keys unique, and the
        // list is rebuilt whole from a response, never reordered.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <li key={`${index}:${item.id ?? ''}`} className="sdk-partial__item">
          {item.id !== null && (
            <>
              <code className="sdk-partial__id" dir="ltr">
                {item.id}
              </code>{' '}
            </>
          )}
          <span className="sdk-partial__reason">{reasonText(item, kit)}</span>
        </li>
      ))}
      {more > 0 && <li className="sdk-partial__item">{kit.text('ui.moreErrors', 'and {{count}} more', { count: more })}</li>}
    </ul>
  )
}
