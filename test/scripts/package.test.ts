// The published manifest tells the truth: the peers each entry needs are the packages its code imports, the
// README's Install table says the same, and nothing in package.json points at files the package does not ship.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..', '..')
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  files: string[]
  exports: Record<string, unknown>
  peerDependencies: Record<string, string>
  peerDependenciesMeta?: Record<string, { optional?: boolean }>
  dependencies?: Record<string, string>
  engines?: { node?: string }
  devEngines?: { runtime?: { name?: string; version?: string } }
  [field: string]: unknown
}

const ENTRIES = { 'stardust-error-kit/core': 'src/core.ts', 'stardust-error-kit/i18n': 'src/i18n.ts', 'stardust-error-kit': 'src/index.ts' }
// Peers no entry imports, each with why it is a peer all the same.
const NOT_IMPORTED: Record<string, string> = {
  'react-dom': "the React entry renders DOM elements into the app's react-dom tree; the range says which versions it is tested with",
}

/** Source without comments, so `import { toast } from 'sonner'` in a JSDoc example is not an import. */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"\w])\/\/.*$/gm, '$1')
const specifiers = (text: string) =>
  [
    ...text.matchAll(/^\s*(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]/gm),
    ...text.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm),
    ...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1]!)
const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/')

/** The packages a source entry imports, at any depth of its relative imports (types included: its .d.ts needs them). */
function packagesImportedBy(entry: string): Set<string> {
  const packages = new Set<string>()
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    for (const specifier of specifiers(code(readFileSync(file, 'utf8')))) {
      if (!specifier.startsWith('.')) {
        packages.add(packageOf(specifier))
        continue
      }
      const base = resolve(dirname(file), specifier).replace(/\.js$/, '')
      const target = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find(existsSync)
      if (target) visit(target)
      else if (!/\.(css|json)$/.test(specifier)) throw new Error(`${relative(root, file)}: cannot resolve '${specifier}'`)
    }
  }
  visit(join(root, entry))
  expect(seen.size).toBeGreaterThan(1)
  return packages
}

const imported = Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, packagesImportedBy(file)]))

describe('peer dependencies, entry by entry', () => {
  it('the core imports no package, the i18n entry only i18next', () => {
    expect([...imported['stardust-error-kit/core']!]).toEqual([])
    expect([...imported['stardust-error-kit/i18n']!]).toEqual(['i18next'])
  })

  it('every package an entry imports is a peer, and every peer is imported (or says why not)', () => {
    const all = new Set(Object.values(imported).flatMap((s) => [...s]))
    expect(manifest.dependencies ?? {}).toEqual({})
    expect(Object.keys(manifest.peerDependencies).sort()).toEqual([...new Set([...all, ...Object.keys(NOT_IMPORTED)])].sort())
  })

  it('no peer is required: an app that imports only the core installs none, and npm installs nothing it never imports', () => {
    for (const peer of Object.keys(manifest.peerDependencies)) {
      expect({ peer, optional: manifest.peerDependenciesMeta?.[peer]?.optional }).toEqual({ peer, optional: true })
    }
  })

  it("the README's Install table lists, per entry, the peers that entry imports", () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8')
    const install = readme.slice(readme.indexOf('## Install'), readme.indexOf('## Quick start'))
    const rows = new Map<string, string[]>()
    for (const m of install.matchAll(/^\| `(stardust-error-kit[^`]*)` \|(.*)\|\s*$/gm)) {
      const cells = m[2]!.split('|')
      rows.set(m[1]!, [...(cells[0] ?? '').matchAll(/`([^`]+)`/g)].map((p) => p[1]!).sort())
    }
    for (const [entry, packages] of Object.entries(imported)) {
      const expected = [...packages, ...(entry === 'stardust-error-kit' ? Object.keys(NOT_IMPORTED) : [])].sort()
      expect({ entry, peers: rows.get(entry) }).toEqual({ entry, peers: expected })
    }
  })
})

describe('the published manifest', () => {
  it('carries no development plumbing: no "imports" into stories/, no msw field', () => {
    expect(manifest).not.toHaveProperty('imports')
    expect(manifest).not.toHaveProperty('msw')
  })

  it('points only at files the package ships', () => {
    // Targets only (the values), not the subpaths that name them.
    const targets = (value: unknown): string[] =>
      typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(targets) : []
    const paths = targets([manifest.exports, manifest.imports, manifest.types, manifest.main])
      .filter((p) => p.startsWith('./'))
      .map((p) => p.slice(2))
    expect(paths.length).toBeGreaterThan(3)
    const shipped = (path: string) => path === 'package.json' || manifest.files.some((f) => path === f || path.startsWith(`${f}/`))
    expect(paths.filter((p) => !shipped(p))).toEqual([])
  })
})

describe('Node versions', () => {
  // semver is npm's own range grammar, installed with the dev tools (untyped: the two functions used here).
  const semver = createRequire(import.meta.url)('semver') as {
    satisfies(version: string, range: string): boolean
    minVersion(range: string): { version: string }
  }
  // Dev tools whose declared engines exclude the development floor, each with why it is installed all the same.
  const RUNS_BELOW_ITS_ENGINES: Record<string, string> = {
    'i18next-cli': 'declares Node >= 22 since 1.7.1; 1.69.0 runs on Node 20 (newer ones crash there), so it is pinned',
  }

  it("the development floor (devEngines) satisfies every installed tool's engines, but the ones that say why not", () => {
    expect(manifest.devEngines?.runtime?.name).toBe('node')
    const floor = semver.minVersion(manifest.devEngines!.runtime!.version!).version
    const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { engines?: { node?: string } | string[]; optional?: boolean }>
    }
    const excluded = Object.entries(lock.packages).flatMap(([path, pkg]) => {
      const range = !Array.isArray(pkg.engines) ? pkg.engines?.node : undefined
      const name = path.replace(/^.*node_modules\//, '')
      return path && range && !pkg.optional && !semver.satisfies(floor, range) ? [name] : []
    })
    expect(excluded.sort()).toEqual(Object.keys(RUNS_BELOW_ITS_ENGINES).sort())
  })

  it("the published engines are the runtime need, not the dev tools' (no higher than the development floor)", () => {
    const development = semver.minVersion(manifest.devEngines!.runtime!.version!).version
    expect(semver.satisfies(development, manifest.engines!.node!)).toBe(true)
    // The built entries use fetch and AbortSignal.timeout (Node 17.3+, fetch unflagged in 18).
    expect(semver.satisfies('18.0.0', manifest.engines!.node!)).toBe(true)
  })

  it("the README's Developing section names the development floor", () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8')
    const developing = readme.slice(readme.indexOf('## Developing'))
    const floor = semver.minVersion(manifest.devEngines!.runtime!.version!).version.replace(/\.0$/, '')
    expect(developing).toContain(`Node ${floor}`)
  })
})
