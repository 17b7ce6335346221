// Size, min + gzip with the peers external, of the kit's entries and locale files and of the peers,
// measured by size-limit (esbuild + gzip, the same checks as CI, from .size-limit.mjs) in one run. Also
// checks that an English-only app carries no other locale.
//   node test/bench/size.mjs [distDir]      → JSON on stdout (the bench driver calls measureSizes())
//   node test/bench/size.mjs --check dist   → CI: the English-only check
import { spawnSync } from 'node:child_process'
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)))
const require = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'))
const config = await import(pathToFileURL(join(root, '.size-limit.mjs')).href)

/** The peers a user would otherwise pick, with their ESM builds. */
export const PEERS = [
  { name: 'react-error-boundary', file: 'node_modules/react-error-boundary/dist/react-error-boundary.js' },
  { name: 'react-hot-toast', file: 'node_modules/react-hot-toast/dist/index.mjs' },
  { name: 'notistack', file: 'node_modules/notistack/notistack.esm.js' },
  { name: 'sonner', file: 'node_modules/sonner/dist/index.mjs' },
]
// Lazy locale chunks, left out of "the React entry" (the catalogs are measured one by one).
const LOCALE_CHUNKS = ['../locales/*']

const locales = () =>
  readdirSync(join(root, 'locales'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)

/**
 * Runs size-limit on checks of our own (paths relative to `configDir`), every one bundled in UTF-8 like the
 * project's checks, and returns bytes by name.
 */
function sizeLimit(configDir, checks) {
  mkdirSync(configDir, { recursive: true })
  const file = join(configDir, '.size-limit.mjs')
  writeFileSync(
    file,
    `export default ${JSON.stringify(checks, null, 1)}.map((check) => ({ ...check, modifyEsbuildConfig: (c) => ({ ...c, charset: 'utf8' }) }))\n`,
  )
  const run = spawnSync(process.execPath, [join(root, 'node_modules/size-limit/bin.js'), '--json', '--config', file], {
    cwd: root,
    encoding: 'utf8',
  })
  let parsed
  try {
    parsed = JSON.parse(run.stdout)
  } catch {
    throw new Error(`size-limit failed:\n${run.stdout}\n${run.stderr}`)
  }
  return Object.fromEntries(parsed.map((r) => [r.name, r.size]))
}

/**
 * Sizes of a build in `distDir` (laid out like dist/), with the CI ceilings and the targets of
 * `.size-limit.mjs`, and the peers. `distDir` must be `<dir>/dist`: the project's checks name `dist/…` and
 * run from `<dir>`.
 */
export async function measureSizes(distDir) {
  const budgets = config.default
  const out = dirname(distDir)
  const rebase = ({ modifyEsbuildConfig: _, ...check }) => ({
    ...check,
    // Import keys and other paths outside dist/ stay the project's own files.
    ...(check.import && { import: Object.fromEntries(Object.entries(check.import).map(([k, v]) => [join(root, k), v])) }),
  })
  const checks = [
    ...budgets.map(rebase),
    {
      name: 'React entry, StardustProvider + Toaster only (tree-shaken)',
      import: { [join(out, 'dist/index.js')]: '{ StardustProvider, Toaster }' },
      ignore: LOCALE_CHUNKS,
      gzip: true,
    },
    ...PEERS.map((p) => ({ name: p.name, path: join(root, p.file), gzip: true })),
  ]
  const bytes = sizeLimit(
    out,
    checks.map(({ limit, ...c }) => c),
  )
  const version = (name) => require(`node_modules/${name}/package.json`).version
  return {
    kit: budgets.map((b) => ({
      name: b.name,
      bytes: bytes[b.name],
      ceiling: b.limit ?? null,
      target: config.targets[b.name] ?? (b.name.startsWith('locale ') ? config.targets.locale : null),
    })),
    extra: [{ name: checks[budgets.length].name, bytes: bytes[checks[budgets.length].name] }],
    peers: PEERS.map((p) => ({ name: p.name, version: version(p.name), bytes: bytes[p.name] })),
    englishOnly: checkEnglishOnly(distDir),
    modules: await topModules(distDir),
  }
}

/**
 * Where the bytes of a typical app go: its modules by minified size (esbuild's metafile, peers, catalogs
 * and what loads on demand external), so every change shows which module grew or shrank.
 */
export async function topModules(distDir, count = 12) {
  const { build } = await import('esbuild')
  const entry = join(distDir, 'index.js')
  const result = await build({
    stdin: { contents: `export ${config.TYPICAL_IMPORTS} from ${JSON.stringify(entry)}`, resolveDir: root },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    metafile: true,
    charset: 'utf8',
    logLevel: 'error',
    external: [
      'react',
      'react/*',
      'react-dom',
      'react-dom/*',
      '@tanstack/*',
      'i18next',
      'react-i18next',
      ...config.LOCALE_CHUNKS,
      ...config.LAZY,
    ],
  })
  const [output] = Object.values(result.metafile.outputs)
  const total = Object.values(output.inputs).reduce((sum, input) => sum + input.bytesInOutput, 0)
  return {
    total,
    top: Object.entries(output.inputs)
      .map(([file, input]) => ({ file: relative(distDir, join(root, file)), bytes: input.bytesInOutput }))
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, count),
  }
}

/**
 * What an English-only app downloads: the React entry's static module graph, plus the English catalog
 * chunk it loads on demand. Passes when neither holds a string that only another locale has, and the
 * entry's static graph holds no catalog at all (catalogs stay lazy).
 */
export function checkEnglishOnly(distDir) {
  const read = (file) => readFileSync(file, 'utf8')
  const graph = (file, seen = new Set()) => {
    if (seen.has(file)) return seen
    seen.add(file)
    for (const m of read(file).matchAll(/(?:^|[\s;])(?:import|export)\s*(?:[^'"()]*?\sfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
      graph(join(dirname(file), m[1]), seen)
    }
    return seen
  }
  const entry = [...graph(join(distDir, 'index.js'))]
  const all = entry.map(read).join('\n')
  // The loader table vite writes for import.meta.glob: "../../locales/en/stardust.json": () => import("./stardust-….js")
  const chunks = {}
  for (const file of readdirSync(distDir, { recursive: true }).filter((f) => String(f).endsWith('.js'))) {
    const path = join(distDir, String(file))
    for (const m of read(path).matchAll(/locales\/([^/"']+)\/stardust\.json["']\s*:\s*\(\)\s*=>\s*import\(\s*["']([^"']+)["']/g)) {
      chunks[m[1]] = join(dirname(path), m[2])
    }
  }
  const enChunk = chunks.en ? read(chunks.en) : ''
  const leaves = (obj, acc = []) => {
    for (const v of Object.values(obj)) typeof v === 'string' ? acc.push(v) : leaves(v, acc)
    return acc
  }
  const enStrings = new Set(leaves(require('locales/en/stardust.json')))
  const unique = (lng) => leaves(require(`locales/${lng}/stardust.json`)).filter((s) => s.length >= 12 && !enStrings.has(s))
  const found = []
  for (const lng of locales().filter((l) => l !== 'en')) {
    const hits = unique(lng).filter((s) => all.includes(s) || enChunk.includes(s) || all.includes(JSON.stringify(s).slice(1, -1)))
    if (hits.length > 0) found.push({ locale: lng, example: hits[0] })
  }
  // The entry may quote a text or two (a fallback, a JSDoc example); a bundled catalog would bring hundreds.
  const catalog = require('locales/en/stardust.json')
  const perCode = leaves({ codes: catalog.codes, families: catalog.families }).filter((s) => s.length >= 12)
  const enInEntry = perCode.filter((s) => all.includes(s))
  return {
    ok: found.length === 0 && Boolean(chunks.en) && enInEntry.length < perCode.length / 20,
    entryFiles: entry.map((f) => relative(distDir, f)),
    englishChunk: chunks.en ? relative(distDir, chunks.en) : null,
    lazyLocales: Object.keys(chunks).sort(),
    otherLocalesFound: found,
    catalogStringsInEntry: enInEntry.length,
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2)
  if (args[0] === '--check') {
    const dist = resolve(args[1] ?? 'dist')
    const english = checkEnglishOnly(dist)
    console.log(
      english.ok
        ? `✔ English-only: ${english.entryFiles.length} entry files + ${english.englishChunk}, no other locale (lazy: ${english.lazyLocales.join(', ')})`
        : `✖ English-only build carries other locales or eager catalogs: ${JSON.stringify(english)}`,
    )
    process.exitCode = english.ok ? 0 : 1
  } else {
    console.log(JSON.stringify(await measureSizes(resolve(args[0] ?? join(root, 'test/bench/.out/dist'))), null, 1))
  }
}
