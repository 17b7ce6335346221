// After `vite build` + `tsc`: put 'use client' back on the React entry (bundlers drop module-level
// directives), ship the stylesheet, and check that the framework-free entries stayed free of React and
// that no entry carries a message catalog.
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const dist = join(import.meta.dirname, '..', 'dist')
const index = join(dist, 'index.js')
const entryCode = readFileSync(index, 'utf8')
if (!entryCode.startsWith("'use client'")) writeFileSync(index, `'use client';\n${entryCode}`)
copyFileSync(join(import.meta.dirname, '..', 'src', 'ui', 'styles.css'), join(dist, 'styles.css'))

// Every check runs; what fails is printed at the end, and the exit code set (never exit() after printing).
const problems = []

// A module's code without its comments: comments may quote imports or messages in examples.
const code = (file) =>
  readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')

// The module graph of each framework-free entry, through the chunks it imports.
const forbidden = /from\s*["'](react|react-dom|react-i18next|@tanstack\/[^"']+)(\/[^"']*)?["']|import\(\s*["'](react|react-dom)/
// `dynamic: false` follows static imports only (what loads with the entry); `true` also what it may load later.
function graph(file, dynamic = true, seen = new Set()) {
  if (seen.has(file)) return seen
  seen.add(file)
  const pattern = dynamic ? /(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g : /(?:from|^import)\s*["'](\.{1,2}\/[^"']+)["']/gm
  for (const m of code(file).matchAll(pattern)) graph(join(file, '..', m[1]), dynamic, seen)
  return seen
}
for (const entry of ['core.js', 'i18n.js']) {
  for (const file of graph(join(dist, entry))) {
    if (forbidden.test(readFileSync(file, 'utf8'))) {
      problems.push(`✖ ${entry} pulls in React or TanStack Query through ${file}`)
    }
  }
}
// Every catalog is a chunk of its own, loaded on demand: no entry may carry any locale's messages
// statically, so an app that speaks English downloads no other language (and English only when it is used).
const root = join(import.meta.dirname, '..')
const probes = readdirSync(join(root, 'locales'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => [d.name, JSON.parse(readFileSync(join(root, 'locales', d.name, 'stardust.json'), 'utf8')).codes['51004'].message])
for (const entry of ['index.js', 'core.js', 'i18n.js']) {
  for (const file of graph(join(dist, entry), false)) {
    const text = code(file)
    for (const [lng, probe] of probes) {
      if (text.includes(probe) || text.includes(JSON.stringify(probe).slice(1, -1))) {
        problems.push(`✖ ${entry} carries the ${lng} catalog statically (${file})`)
      }
    }
  }
}
// Modules are kept one file each (preserveModules): each catalog is dist/locales/<lng>/stardust.js.
const jsFiles = readdirSync(dist, { recursive: true })
  .filter((f) => String(f).endsWith('.js'))
  .map(String)
const catalogChunks = jsFiles.filter((f) => probes.some(([, probe]) => code(join(dist, f)).includes(JSON.stringify(probe).slice(1, -1))))
if (catalogChunks.length !== probes.length) {
  problems.push(`✖ expected one chunk per locale (${probes.length}), found ${catalogChunks.length}`)
}
// What an app downloads only when it is needed: the built-in toaster, the toast store (when a provider mounts),
// the default fallback, the adapter forwarding, the reporter and the reader of partial failures.
for (const [file, lazyModule] of [
  ['ui/StardustProvider.js', './Toaster.js'],
  ['ui/StardustProvider.js', './toastStore.js'],
  ['ui/standalone.js', './toastStore.js'],
  ['ui/lazyToastStore.js', './toastStore.js'],
  ['ui/defaultFallback.js', './ErrorFallback.js'],
  ['ui/StardustErrorBoundary.js', './ErrorFallback.js'],
  ['ui/useToastAdapter.js', './forwardToAdapter.js'],
  ['ui/useFailureRouting.js', '../query/report.js'],
  ['query/subscribePartial.js', './partialReader.js'],
  ['query/subscribePartial.js', '../core/partialFailures.js'],
]) {
  const text = code(join(dist, file))
  if (new RegExp(`from\\s*["']${lazyModule.replaceAll('.', '\\.')}["']`).test(text)) {
    problems.push(`✖ ${file} imports ${lazyModule} statically: it must stay a chunk loaded on demand`)
  }
}

if (problems.length > 0) {
  for (const problem of problems) console.error(`✖ ${problem.replace(/^✖ /, '')}`)
  process.exitCode = 1
} else
  console.log(
    `✔ dist: index.js ('use client'), core.js and i18n.js free of React, no catalog in any entry, one chunk per locale (${catalogChunks.length}), toaster, toast store, default fallback, adapter forwarding, reporter and partial-failure reader loaded on demand, ${jsFiles.length} modules, styles.css`,
  )
