// The catalog's texts for failed items inside a success (`partial.*`), in the toolbar locale: every plural
// family at the counts that pick each CLDR form (Arabic has six), the reasons, and the whole-request failures.
import type { ReactNode } from 'react'
import { useStardust } from '../../src/ui/context.js'
import './catalog.css'

const COUNTS = [0, 1, 2, 3, 11, 100]
const FAMILIES: ReadonlyArray<[key: string, withTotal: boolean]> = [
  ['partial.scenesOfTotal', true],
  ['partial.scenes', false],
  ['partial.tasksOfTotal', true],
  ['partial.tasks', false],
  ['partial.users', false],
  ['partial.items', false],
]
const SINGLE = [
  'partial.message',
  'partial.hint',
  'partial.listLabel',
  'partial.reasons.dataTypeMismatch',
  'partial.reasons.sceneIdExists',
  'partial.reasons.duplicateId',
  'partial.reasons.userNotAdded',
  'partial.reasons.unknown',
  'partial.failed.title',
  'partial.failed.message',
  'partial.failed.hint',
  'partial.notFound.title',
  'partial.notFound.message',
  'partial.notFound.hint',
]

/** A table of every `partial.*` key as the kit says it in the provider's locale. */
export function PartialCatalog(): ReactNode {
  const { text, locale, dir } = useStardust()
  const rows: Array<[key: string, example: string, shown: string]> = []
  for (const [key, withTotal] of FAMILIES) {
    for (const count of COUNTS) {
      // "2 of N": the plural form follows the total; without a total it follows the failed count.
      const failed = withTotal ? Math.min(2, count) : count
      rows.push([key, withTotal ? `failed ${failed}, total ${count}` : `count ${count}`, text(key, '', { count, failed })])
    }
  }
  for (const key of SINGLE) rows.push([key, '', text(key, '')])
  return (
    <table className="catalog__table" style={{ tableLayout: 'auto' }} aria-label="Failed items inside a success">
      <thead>
        <tr>
          <th scope="col">Key</th>
          <th scope="col">Values</th>
          <th scope="col">Text ({locale})</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([key, example, shown]) => (
          <tr key={`${key}|${example}`}>
            <th scope="row">
              <code>{key}</code>
            </th>
            <td>{example}</td>
            <td lang={locale} dir={dir}>
              {shown}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
