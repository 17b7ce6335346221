import { availableLocales, registerLocale, type StardustResources } from './locales.js'

/**
 * Loads the kit's catalogs with `fetch` from URLs you serve, instead of the `import()` chunks it ships: for a
 * bundler that does not split code (esbuild without `--splitting`, an IIFE build), which would otherwise put all
 * five catalogs in your bundle. Serve `node_modules/stardust-error-kit/locales/<lng>/stardust.json` (the package
 * exports them as `stardust-error-kit/locales/<lng>.json`). A catalog that fails to load leaves English in charge,
 * as with the chunks.
 *
 * @example registerLocaleUrls((lng) => `/locales/${lng}/stardust.json`)
 */
export function registerLocaleUrls(url: (lng: string) => string, fetchImpl: typeof fetch = (input, init) => fetch(input, init)): void {
  for (const lng of availableLocales()) {
    registerLocale(lng, async () => {
      const response = await fetchImpl(url(lng))
      if (!response.ok) throw new Error(`${url(lng)}: HTTP ${response.status}`)
      return (await response.json()) as StardustResources
    })
  }
}
