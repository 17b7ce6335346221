import { readdirSync } from 'node:fs'

// What an app downloads from the kit, checked by `npm run size` in CI: size-limit bundles each check with
// esbuild (minified, peers external) and gzips it. Output is UTF-8, as Vite and other bundlers emit it
// (esbuild's default would escape every non-ASCII character of a catalog as \uXXXX).
//
// `limit` is a ceiling at today's size: CI fails when the kit grows past it, so a change that adds weight
// has to raise it on purpose. `targets` are the sizes the kit aims for; `npm run bench` reports both
// (test/bench/RESULTS.md) and today's sizes miss the targets.

/** The size targets, min + gzip, in bytes (1 kB = 1000 B). */
export const targets = {
  'stardust-error-kit/core': 2500,
  'stardust-error-kit (React entry, locale catalogs aside)': 6000,
  locale: 4000,
}

const utf8 = (config) => ({ ...config, charset: 'utf8' })
// The locale chunks the entries load on demand: measured one by one below, not as part of an entry.
const LOCALE_CHUNKS = ['./stardust-*', './chunks/stardust-*']
// Every locale in locales/ is checked; one added later gets the largest ceiling until it has its own.
const LOCALE_LIMITS = { en: '5.75 kB', ar: '7.35 kB', de: '6.6 kB', ja: '6.75 kB', 'zh-CN': '6.1 kB' }
const locales = readdirSync(new URL('./locales', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)

export default [
  { name: 'stardust-error-kit/core', path: 'dist/core.js', gzip: true, limit: '8.35 kB' },
  {
    name: 'stardust-error-kit (React entry, locale catalogs aside)',
    path: 'dist/index.js',
    ignore: LOCALE_CHUNKS,
    gzip: true,
    limit: '22.1 kB',
  },
  { name: 'stardust-error-kit/i18n', path: 'dist/i18n.js', ignore: LOCALE_CHUNKS, gzip: true, limit: '7.75 kB' },
  ...locales.map((lng) => ({
    name: `locale ${lng}`,
    import: { [`locales/${lng}/stardust.json`]: '*' },
    gzip: true,
    limit: LOCALE_LIMITS[lng] ?? LOCALE_LIMITS.ar,
  })),
].map((check) => ({ ...check, modifyEsbuildConfig: utf8 }))
