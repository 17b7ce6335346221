import { useMemo } from 'react'
import { partialFailures, type PartialFailures } from '../core/partialFailures.js'
import { useStardust } from './context.js'
import { partialText, type PartialText } from './partialText.js'

/** {@link partialFailures} with its text in the provider's locale, for rendering next to a table. */
export type PartialFailuresView = PartialFailures &
  Partial<PartialText> & {
    /** Whether anything failed (an item, or the whole request). */
    hasFailures: boolean
  }

/**
 * The failed items a success carries (see `partialFailures`), with the
 * localized title, message and hint once anything failed. Memoized on `data`.
 *
 * @example
 * const { data } = useQuery({ queryKey: ['annotation-request', id], queryFn })
 * const failures = usePartialFailures(data)
 * {failures.hasFailures && <p>{failures.title}</p>}
 * <PartialFailureList failures={failures} />
 */
export function usePartialFailures(data: unknown): PartialFailuresView {
  const kit = useStardust()
  const found = useMemo(() => partialFailures(data), [data])
  return useMemo(() => {
    const hasFailures = found.failed > 0 || found.status !== null
    return hasFailures ? { ...found, ...partialText(found, kit), hasFailures } : { ...found, hasFailures }
  }, [found, kit])
}
