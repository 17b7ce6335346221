// Catalogs from URLs, for bundlers that do not split code: no import() chunk is asked for, and a failed fetch
// leaves English in charge as a failed chunk does.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createStardustI18n, loadStardustLocale, registerLocaleUrls, resolveError } from '../../src/i18n.js'
import { StardustError } from '../../src/core.js'

const root = join(import.meta.dirname, '..', '..')
const catalog = (lng: string) => readFileSync(join(root, 'locales', lng, 'stardust.json'), 'utf8')

/** A fetch that serves /static/locales/<lng>/stardust.json from the package's files, and records what it was asked. */
function fakeFetch(failing: string[] = []) {
  const asked: string[] = []
  const fetch = async (input: RequestInfo | URL) => {
    const url = String(input)
    asked.push(url)
    const lng = /^\/static\/locales\/([^/]+)\/stardust\.json$/.exec(url)?.[1]
    if (!lng || failing.includes(lng)) return new Response('not found', { status: 404 })
    return new Response(catalog(lng), { headers: { 'content-type': 'application/json' } })
  }
  return { asked, fetch: fetch as typeof globalThis.fetch }
}

const duplicate = new StardustError({ kind: 'api', code: 51004, serverMessage: 'campaignName is already exists.', requestId: 'r-1' })

describe('registerLocaleUrls', () => {
  it('loads the catalog a locale needs (and English, the fallback) from the URLs, and only those', async () => {
    const { asked, fetch } = fakeFetch()
    registerLocaleUrls((lng) => `/static/locales/${lng}/stardust.json`, fetch)
    const i18n = createStardustI18n('de')
    expect(await loadStardustLocale(i18n, 'de-AT')).toBe('de')
    expect(asked.sort()).toEqual(['/static/locales/de/stardust.json', '/static/locales/en/stardust.json'])
    expect(resolveError(duplicate, i18n, 'de').message).toBe('Es gibt bereits eine Kampagne mit diesem Namen.')
  })

  it('a catalog that fails to load leaves English in charge', async () => {
    const { asked, fetch } = fakeFetch(['ja'])
    registerLocaleUrls((lng) => `/static/locales/${lng}/stardust.json`, fetch)
    const i18n = createStardustI18n('ja')
    await loadStardustLocale(i18n, 'ja')
    expect(asked).toContain('/static/locales/ja/stardust.json')
    expect(resolveError(duplicate, i18n, 'ja').message).toBe('A campaign with this name already exists.')
  })
})
