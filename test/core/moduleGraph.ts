import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'

export interface ImportEdge {
  /** The file that imports. */
  from: string
  /** The specifier as written. */
  specifier: string
}

export interface ModuleGraph {
  /** Every source file reached from the entry, absolute paths. */
  files: string[]
  /** Every non-relative import (packages, node: builtins), with the file that makes it. */
  external: ImportEdge[]
  /** Relative imports that do not resolve to a file. */
  unresolved: ImportEdge[]
}

// Static imports and re-exports (also `import type`, multi-line lists), side-effect imports, dynamic import(), require().
// Statements are matched at the start of a line, so `import … from 'react'` inside a JSDoc example is not counted;
// a dynamic import or require in a comment is (a false alarm, never a miss).
const PATTERNS = [
  /^\s*(?:import|export)\b[^;'"`]*?\bfrom\s*(['"])([^'"\n]+)\1/gm,
  /^\s*import\s*(['"])([^'"\n]+)\1/gm,
  /\bimport\s*\(\s*(['"`])([^'"`\n]+)\1\s*\)/g,
  /\brequire\s*\(\s*(['"`])([^'"`\n]+)\1\s*\)/g,
]

export function specifiersOf(source: string): string[] {
  const out: string[] = []
  for (const pattern of PATTERNS) for (const match of source.matchAll(pattern)) out.push(match[2]!)
  return out
}

const isFile = (path: string) => existsSync(path) && statSync(path).isFile()

/** Resolves a relative specifier like a bundler with TypeScript's `.js` → `.ts` convention. */
export function resolveRelative(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier)
  const candidates = /\.[cm]?js$/.test(base)
    ? [base.replace(/\.([cm]?)js$/, '.$1ts'), base.replace(/\.([cm]?)js$/, '.$1tsx'), base]
    : [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]
  return candidates.find(isFile) ?? null
}

/** Walks the module graph from an entry file by reading the files and following relative imports. */
export function walkModuleGraph(entry: string): ModuleGraph {
  const seen = new Set<string>()
  const external: ImportEdge[] = []
  const unresolved: ImportEdge[] = []
  const queue = [resolve(entry)]
  while (queue.length > 0) {
    const file = queue.shift()!
    if (seen.has(file)) continue
    seen.add(file)
    if (/\.json$/.test(file)) continue
    for (const specifier of specifiersOf(readFileSync(file, 'utf8'))) {
      if (specifier.startsWith('.') || specifier.startsWith('/')) {
        const target = resolveRelative(file, specifier)
        if (target) queue.push(target)
        else unresolved.push({ from: file, specifier })
      } else {
        external.push({ from: file, specifier })
      }
    }
  }
  return { files: [...seen].sort(), external, unresolved }
}

const FORBIDDEN_PACKAGES = ['react', 'react-dom', 'react-i18next', 'i18next']

/** Whether a specifier pulls in React, i18next or TanStack (the packages the core must stay free of). */
export function isUiDependency(specifier: string): boolean {
  if (specifier.startsWith('@tanstack/')) return true
  return FORBIDDEN_PACKAGES.some((name) => specifier === name || specifier.startsWith(`${name}/`))
}
