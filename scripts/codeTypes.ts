// Renders src/core/catalogTypes.ts from the code catalog: the union of every code, of every catalog key
// (a code, or `<code>_<variant>`) and of every request field a code names. Shared by the generator
// script and the test that checks the committed file is up to date.
import type { CodeInfo } from '../src/core/codes.js'

export const CATALOG_TYPES_PATH = 'src/core/catalogTypes.ts'

function union(values: Iterable<string | number>): string {
  const sorted = [...new Set(values)]
  if (sorted.length === 0) return 'never'
  return sorted.map((v) => `\n  | ${typeof v === 'number' ? v : `'${v}'`}`).join('')
}

/** The source text of the generated file for these catalog entries (built-in only). */
export function renderCatalogTypes(codes: readonly CodeInfo[]): string {
  const byCode = [...codes].sort((a, b) => a.code - b.code || a.key.localeCompare(b.key))
  const fields = byCode.flatMap((info) => (info.field ? [info.field] : [])).sort()
  return `// Generated from the code catalog (src/core/codes.ts) by \`npm run codes:types\`. Do not edit:
// CI fails when this file and the catalog disagree.

/** Every code the kit's catalog documents. */
export type BuiltInCode =${union(byCode.map((info) => info.code))}

/** Every catalog key: a code, or \`<code>_<variant>\` where the API gives one code two meanings. */
export type BuiltInCodeKey =${union(byCode.map((info) => info.key))}

/** Every request field a catalog code names. */
export type BuiltInField =${union(fields)}
`
}
