import type { PartialFailureItem, PartialFailures } from '../core/partialFailures.js'
import type { StardustContextValue } from './context.js'

/** The localized title, message and hint of a partly failed request. */
export interface PartialText {
  title: string
  message: string
  hint: string | null
}

const NOUNS = { scene: 'scenes', task: 'tasks', user: 'users', item: 'items' } as const
const FALLBACK: Record<keyof typeof NOUNS, [some: string, ofTotal: string]> = {
  scene: ['{{count}} scenes failed', '{{failed}} of {{count}} scenes failed'],
  task: ['{{count}} tasks failed', '{{failed}} of {{count}} tasks failed'],
  user: ['{{count}} users could not be added', '{{count}} users could not be added'],
  item: ['{{count}} items failed', '{{count}} items failed'],
}

/** "3 of 10 scenes failed" (or "3 items failed" when no total is known), in the provider's locale. */
export function partialText(found: PartialFailures, { text }: Pick<StardustContextValue, 'text'>): PartialText {
  if (found.status !== null) {
    const key = found.status === 'FAILED' ? 'partial.failed' : 'partial.notFound'
    return {
      title: text(`${key}.title`, found.status === 'FAILED' ? 'Annotation request failed' : 'Annotation request not found'),
      message: text(
        `${key}.message`,
        found.status === 'FAILED' ? 'The annotation request could not be processed.' : 'No annotation request has this ID.',
      ),
      hint: text(`${key}.hint`, '') || null,
    }
  }
  const noun = NOUNS[found.subject]
  const withTotal = found.total !== null && (found.subject === 'scene' || found.subject === 'task')
  const [some, ofTotal] = FALLBACK[found.subject]
  const title = withTotal
    ? text(`partial.${noun}OfTotal`, ofTotal.replace('{{failed}}', String(found.failed)), { count: found.total, failed: found.failed })
    : text(`partial.${noun}`, some, { count: found.failed })
  return {
    title,
    message: text('partial.message', 'The rest of the request went through. Open the details to see which items failed and why.'),
    hint: text('partial.hint', '') || null,
  }
}

/** An item's reason in the provider's locale when the kit knows it, else the server's own text. */
export function reasonText(item: PartialFailureItem, { text }: Pick<StardustContextValue, 'text'>): string {
  if (item.reasonKey !== null) {
    const known = text(`partial.reasons.${item.reasonKey}`, '')
    if (known) return known
  }
  return item.reason ?? text('partial.reasons.unknown', 'No reason given')
}
