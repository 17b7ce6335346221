import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { isUiDependency, specifiersOf, walkModuleGraph } from './moduleGraph'

const ROOT = resolve(__dirname, '../..')
const CORE_ENTRY = join(ROOT, 'src/core.ts')

describe('the core stays free of React, i18next and TanStack', () => {
  const graph = walkModuleGraph(CORE_ENTRY)

  it('walks the whole core (the walker really follows imports)', () => {
    const relative = graph.files.map((file) => file.slice(ROOT.length + 1))
    for (const module of [
      'src/core.ts',
      'src/core/envelope.ts',
      'src/core/codes.ts',
      'src/core/StardustError.ts',
      'src/core/toStardustError.ts',
      'src/core/unwrapEnvelope.ts',
      'src/core/stardustFetch.ts',
      'src/core/retry.ts',
      'src/core/redact.ts',
      'src/core/text.ts',
      'src/core/serverValues.ts',
    ]) {
      expect(relative).toContain(module)
    }
  })

  it('resolves every relative import', () => {
    expect(graph.unresolved).toEqual([])
  })

  it('imports no UI package anywhere in the graph', () => {
    const offending = graph.external.filter((edge) => isUiDependency(edge.specifier))
    expect(offending).toEqual([])
  })
})

describe('what tree-shaking can leave out', () => {
  // The code table is built when codes.ts loads, so a bundler keeps it whenever the module is reached.
  it('decoding envelopes and turning failures into errors does not reach the code table', () => {
    for (const entry of ['envelope.ts', 'toStardustError.ts', 'unwrapEnvelope.ts', 'stardustFetch.ts']) {
      const files = walkModuleGraph(join(ROOT, 'src/core', entry)).files
      expect(files.length).toBeGreaterThan(0)
      expect(files.map((file) => file.slice(ROOT.length + 1))).not.toContain('src/core/codes.ts')
    }
  })

  it('the retry policy does reach it (the control: the walker sees the table where it is used)', () => {
    expect(walkModuleGraph(join(ROOT, 'src/core/retry.ts')).files).toContain(join(ROOT, 'src/core/codes.ts'))
  })
})

describe('the module-graph walker (negative control)', () => {
  let dir: string

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'no-react-'))
    mkdirSync(join(dir, 'lib'))
    writeFileSync(join(dir, 'entry.ts'), "export { a } from './lib/a.js'\nexport * from './lib/index.js'\nimport './side-effect'\n")
    writeFileSync(
      join(dir, 'lib/a.ts'),
      "// import { x } from 'react' in a comment does not count\nimport { b } from './b.js'\nexport const a = b\n",
    )
    writeFileSync(
      join(dir, 'lib/b.ts'),
      "import {\n  useState,\n  useEffect,\n} from 'react'\nimport type { TFunction } from 'i18next'\nexport const b = 1\n",
    )
    writeFileSync(join(dir, 'lib/index.ts'), "export const lazy = () => import('@tanstack/react-query')\n")
    writeFileSync(join(dir, 'side-effect.ts'), "import 'react-i18next'\nconst dom = require('react-dom/client')\n")
  })

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true })
  })

  it('finds React, i18next and TanStack imports through re-exports, multi-line and dynamic imports', () => {
    const graph = walkModuleGraph(join(dir, 'entry.ts'))
    expect(graph.unresolved).toEqual([])
    expect(graph.files.map((f) => f.slice(dir.length + 1)).sort()).toEqual([
      'entry.ts',
      'lib/a.ts',
      'lib/b.ts',
      'lib/index.ts',
      'side-effect.ts',
    ])
    const offending = graph.external
      .filter((edge) => isUiDependency(edge.specifier))
      .map((e) => `${e.from.slice(dir.length + 1)} → ${e.specifier}`)
    expect(offending.sort()).toEqual([
      'lib/b.ts → i18next',
      'lib/b.ts → react',
      'lib/index.ts → @tanstack/react-query',
      'side-effect.ts → react-dom/client',
      'side-effect.ts → react-i18next',
    ])
  })

  it('reports relative imports that do not resolve', () => {
    writeFileSync(join(dir, 'broken.ts'), "import { x } from './missing.js'\n")
    expect(walkModuleGraph(join(dir, 'broken.ts')).unresolved).toEqual([{ from: join(dir, 'broken.ts'), specifier: './missing.js' }])
  })

  it('tells UI packages from look-alikes', () => {
    for (const s of [
      'react',
      'react/jsx-runtime',
      'react-dom',
      'react-dom/client',
      'react-i18next',
      'i18next',
      '@tanstack/react-query',
      '@tanstack/query-core',
    ]) {
      expect(isUiDependency(s), s).toBe(true)
    }
    for (const s of ['reactive-x', 'preact', 'i18next-like', './react.js', 'node:fs']) expect(isUiDependency(s), s).toBe(false)
  })

  it('reads every import form', () => {
    const source = [
      "import a from 'a'",
      "import * as b from 'b'",
      "import type { C } from 'c'",
      "export { d } from 'd'",
      "export * from 'e'",
      "import 'f'",
      "const g = await import('g')",
      'const h = require("h")',
      ' * import { ignored } from "in-a-jsdoc-example"',
    ].join('\n')
    expect(specifiersOf(source).sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'])
  })
})
