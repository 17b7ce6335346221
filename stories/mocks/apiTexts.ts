// The API's own English text for every catalog key, from src/core/apiTexts.json, for the mocks and the catalog browser.
import rows from '../../src/core/apiTexts.json'

export interface ApiTextRow {
  key: string
  code: number
  text: string
  source: string
}

const byKey = new Map<string, ApiTextRow>((rows as ApiTextRow[]).map((row) => [row.key, row]))

/** The API's text for a catalog key (`51004`, `51002_campaignType`), as the docs print it (`[%s]`, `xxx` included). */
export function apiText(key: string | number): string | undefined {
  return byKey.get(String(key))?.text
}

/** Example values the server puts into its texts (the same examples translators see in stardust.context.json). */
export interface ServerTextValues {
  /** For `helixBucketName:[%s]` (54010, 54011, 54013). */
  bucket?: string
  /** For `field : xxx can't be empty.` (51000). */
  field?: string
}

/**
 * The text a real server sends for a key: the docs' `[%s]` and `xxx` filled in
 * with runtime values, like the server does. `undefined` for an unknown key.
 */
export function serverText(key: string | number, values: ServerTextValues = {}): string | undefined {
  const text = apiText(key)
  if (text === undefined) return undefined
  return text
    .replace('[%s]', `[${values.bucket ?? 'annotation-raw-eu'}]`)
    .replace(/field : xxx/, `field : ${values.field ?? 'campaignName'}`)
}
