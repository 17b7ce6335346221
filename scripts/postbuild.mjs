// After `vite build` + `tsc`: put 'use client' back on the React entry (bundlers drop module-level
// directives), ship the stylesheet, and check that the framework-free entries stayed free of React.
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const dist = join(import.meta.dirname, '..', 'dist')
const index = join(dist, 'index.js')
const code = readFileSync(index, 'utf8')
if (!code.startsWith("'use client'")) writeFileSync(index, `'use client';\n${code}`)
copyFileSync(join(import.meta.dirname, '..', 'src', 'ui', 'styles.css'), join(dist, 'styles.css'))

// The module graph of each framework-free entry, through the chunks it imports.
const forbidden = /from\s*["'](react|react-dom|react-i18next|@tanstack\/[^"']+)(\/[^"']*)?["']|import\(\s*["'](react|react-dom)/
function graph(file, seen = new Set()) {
  if (seen.has(file)) return seen
  seen.add(file)
  // Comments may show imports in examples; only real ones count.
  const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')
  for (const m of text.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) graph(join(file, '..', m[1]), seen)
  return seen
}
for (const entry of ['core.js', 'i18n.js']) {
  for (const file of graph(join(dist, entry))) {
    if (forbidden.test(readFileSync(file, 'utf8'))) {
      console.error(`✖ ${entry} pulls in React or TanStack Query through ${file}`)
      process.exit(1)
    }
  }
}
const chunks = readdirSync(join(dist, 'chunks')).filter((f) => f.endsWith('.js'))
console.log(`✔ dist: index.js ('use client'), core.js and i18n.js free of React, ${chunks.length} chunks, styles.css`)
