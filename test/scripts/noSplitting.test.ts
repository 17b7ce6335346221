// @vitest-environment node
// A bundler that does not split code (esbuild without --splitting) puts every catalog the kit can import() into
// the app's one file. The README's way out, checked end to end on a real build: mark the kit's catalog chunks
// external and load the catalogs from URLs with registerLocaleUrls.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build as esbuild } from 'esbuild'
import { build as viteBuild } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..', '..')
const PEERS = ['react', 'react/*', 'react-dom', 'react-dom/*', '@tanstack/*', 'i18next', 'react-i18next']
const LOCALES = ['en', 'ar', 'de', 'ja', 'zh-CN']
const catalog = (lng: string) => JSON.parse(readFileSync(join(root, 'locales', lng, 'stardust.json'), 'utf8'))
// One sentence of each catalog, to find it in a bundle.
const sentences = Object.fromEntries(LOCALES.map((lng) => [lng, catalog(lng).codes['51004'].message as string]))

// Under the repository, so the bundle finds the peers in node_modules when it runs.
mkdirSync(join(root, '.docs-check'), { recursive: true })
const out = mkdtempSync(join(root, '.docs-check', 'no-splitting-'))
afterAll(() => rmSync(out, { recursive: true, force: true }))

async function bundle(name: string, external: string[]): Promise<{ file: string; text: string }> {
  const file = join(out, `${name}.mjs`)
  await esbuild({
    entryPoints: [join(out, 'app.mjs')],
    bundle: true,
    format: 'esm',
    minify: true,
    charset: 'utf8',
    logLevel: 'silent',
    outfile: file,
    external: [...PEERS, ...external],
  })
  return { file, text: readFileSync(file, 'utf8') }
}

beforeAll(async () => {
  await viteBuild({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'silent',
    build: { outDir: join(out, 'dist'), emptyOutDir: true, sourcemap: false },
  })
  writeFileSync(
    join(out, 'app.mjs'),
    "export { StardustProvider, StardustError, createStardustI18n, loadStardustLocale, registerLocaleUrls, resolveError } from './dist/index.js'\n",
  )
}, 120_000)

describe('a bundler that does not split code', () => {
  it('inlines all five catalogs when left alone', async () => {
    const { text } = await bundle('inlined', [])
    for (const lng of LOCALES) expect({ lng, inlined: text.includes(sentences[lng]!) }).toEqual({ lng, inlined: true })
  }, 60_000)

  it('carries no catalog with the chunks external, and loads them from URLs with registerLocaleUrls', async () => {
    // The pattern the README gives, so the README cannot drift from the build's layout.
    const readme = readFileSync(join(root, 'README.md'), 'utf8')
    const pattern = /esbuild [^\n]*'--external:([^']+)'/.exec(readme)?.[1]
    expect(pattern).toBeTruthy()
    const { file, text } = await bundle('urls', [pattern!])
    for (const lng of LOCALES) expect({ lng, inlined: text.includes(sentences[lng]!) }).toEqual({ lng, inlined: false })

    const app = (await import(pathToFileURL(file).href)) as typeof import('../../src/index.js')
    const asked: string[] = []
    app.registerLocaleUrls(
      (lng) => `/static/${lng}.json`,
      async (input) => {
        asked.push(String(input))
        const lng = /^\/static\/(.+)\.json$/.exec(String(input))![1]!
        return new Response(JSON.stringify(catalog(lng)))
      },
    )
    const i18n = app.createStardustI18n('de')
    await app.loadStardustLocale(i18n, 'de')
    const error = new app.StardustError({ kind: 'api', code: 51004, serverMessage: 'campaignName is already exists.', requestId: 'r-1' })
    expect(app.resolveError(error, i18n, 'de').message).toBe(sentences.de)
    expect(asked.sort()).toEqual(['/static/de.json', '/static/en.json'])
  }, 60_000)
})
