// npm run docs:check [file.md…] [--out dir]
// Compiles every TypeScript example in the READMEs against the kit's real public API, so an example
// with a wrong prop, import or signature fails CI instead of shipping. Each ```ts / ```tsx block becomes
// its own file under .docs-check/ (gitignored), importing the kit the way an app does
// ('stardust-error-kit', '…/core', '…/i18n', mapped to src/ by `paths`: no build needed), and one
// `tsc --noEmit` run checks them all. Errors are reported at the README line they come from.
//
// Which blocks are checked:
// - ```ts and ```tsx blocks are compiled (as .ts and .tsx respectively, so JSX in a ```ts block is an error:
//   GitHub would highlight it as plain TypeScript).
// - Any other info string (```sh, ```json, ```css, none…) is not TypeScript and is skipped.
// - ```ts fragment / ```tsx fragment: a TypeScript block that deliberately is not standalone (it only makes
//   sense inside another block, or elides code with `…` where an expression belongs). Skipped and counted.
//   Prefer making an example compile over marking it.
//
// How a block becomes a file:
// - Its `import` statements are hoisted to the top. A block with a top-level `export` is a module and is
//   kept as it is; any other block is a sequence of statements and is wrapped in an async function body
//   (so `await`, `return` and hooks work as they would inside the app's code).
// - In a wrapped ```tsx block, a line that starts at column 0 with an opening tag is a JSX expression
//   statement; it gets a leading `;` so it is not read as `previous < Tag`. Line numbers do not change.
// - Then the prelude: the kit's exports and the third-party names the block uses but does not import or
//   declare itself, and the app-side stubs from APP_STUBS below that it uses (and APP_FILES on disk).
// - Kit subpaths the examples import are also checked against package.json's "exports".

import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, isAbsolute, join, relative, resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '..')
const DEFAULT_FILES = ['README.md', 'locales/README.md']
const DEFAULT_OUT = join(ROOT, '.docs-check', 'examples')

// ---------------------------------------------------------------------------------------------------
// App-side stubs: names the examples assume the app has. Each is the smallest declaration that lets an
// example compile, with why it exists. A stub never stands in for a kit export (checked below); the kit's
// own names always come from src/ through the prelude imports.
// ---------------------------------------------------------------------------------------------------
type Stub = { name: string; decl: string; why: string }
const APP_STUBS: Stub[] = [
  // Types and components of the app
  {
    name: 'Campaign',
    decl: 'type Campaign = { campaignName: string; campaignType: string }',
    why: "the app's campaign record, as its API returns it",
  },
  {
    name: 'Campaign',
    decl: "declare function Campaign(props: { id: string }): import('react').ReactNode",
    why: "the app's campaign screen",
  },
  {
    name: 'CampaignInput',
    decl: 'type CampaignInput = { campaignName: string; workflowType: string; campaignType: string }',
    why: "the app's create-campaign form values",
  },
  { name: 'App', decl: "declare function App(): import('react').ReactNode", why: "the app's root component" },
  {
    name: 'MyToast',
    decl: "declare function MyToast(props: import('stardust-error-kit').ToastView & { onDismiss(): void }): import('react').ReactNode",
    why: "the app's own toast component, for a headless toaster",
  },
  // Functions of the app
  { name: 'navigate', decl: 'declare function navigate(path: string): void', why: "the app's router" },
  {
    name: 'sign',
    decl: 'declare function sign(): Record<string, string>',
    why: "the app's request signing (X-STARDUST-KEY, X-SIGN, X-TS headers)",
  },
  { name: 'read', decl: 'declare function read(form: HTMLFormElement): CampaignInput', why: "reads the form's values" },
  { name: 'focus', decl: 'declare function focus(field: string): void', why: "the app's focus helper" },
  {
    name: 'createCampaign',
    decl: 'declare function createCampaign(input: CampaignInput): Promise<Campaign>',
    why: 'an API call of the app',
  },
  { name: 'report', decl: 'declare function report(error: unknown): void', why: "the app's error reporting" },
  { name: 'log', decl: "declare function log(error: unknown, info: import('react').ErrorInfo): void", why: "the app's logger" },
  { name: 'upload', decl: 'declare function upload(file: File): Promise<void>', why: 'an app request outside TanStack Query' },
  { name: 'save', decl: 'declare function save(): Promise<void>', why: 'an app request outside TanStack Query' },
  { name: 'queryFn', decl: 'declare function queryFn(): Promise<unknown>', why: 'any query function of the app' },
  {
    name: 'mutationFn',
    decl: 'declare function mutationFn(input: CampaignInput): Promise<Campaign>',
    why: 'any mutation function of the app',
  },
  // Values the surrounding app code has
  { name: 'error', decl: "declare const error: import('stardust-error-kit').StardustError", why: 'an error the app is handling' },
  { name: 's', decl: 'declare const s: string', why: "a StardustError's JSON text, e.g. from SSR" },
  { name: 'text', decl: 'declare const text: string', why: 'a response body the app read itself' },
  { name: 'input', decl: 'declare const input: CampaignInput', why: 'the values being submitted' },
  { name: 'name', decl: 'declare const name: string', why: "a campaign name (shadows the DOM's window.name)" },
  { name: 'signal', decl: 'declare const signal: AbortSignal', why: 'the AbortSignal TanStack Query hands a queryFn' },
  { name: 'file', decl: 'declare const file: File', why: 'a file the user picked' },
  { name: 'campaignId', decl: 'declare const campaignId: string', why: "the route's campaign ID" },
  {
    name: 'fields',
    decl: "declare const fields: readonly import('stardust-error-kit').StardustField[]",
    why: "the API field names the app's form shows, as in the quick start",
  },
  { name: 'i18n', decl: "declare const i18n: import('i18next').i18n", why: "the app's i18next instance" },
  { name: 'queryClient', decl: "declare const queryClient: import('@tanstack/react-query').QueryClient", why: "the app's QueryClient" },
  {
    name: 'query',
    decl: "declare const query: import('@tanstack/react-query').UseQueryResult<Campaign[]>",
    why: 'a useQuery() result in the component',
  },
  {
    name: 'create',
    decl: "declare const create: import('@tanstack/react-query').UseMutationResult<Campaign, Error, CampaignInput>",
    why: 'a useMutation() result in the component',
  },
  // Libraries the examples use that are not installed here (neither is a dependency of the kit)
  {
    name: 'useForm',
    decl: 'declare function useForm<T>(): { setError(name: keyof T & string, error: { type?: string; message?: string }, options?: { shouldFocus: boolean }): void }',
    why: 'react-hook-form, as much of its UseFormReturn as the examples use',
  },
  {
    name: 'ReactQueryDevtools',
    decl: "declare function ReactQueryDevtools(props: { errorTypes?: { name: string; initializer: (query: import('@tanstack/react-query').Query) => Error }[] }): null",
    why: '@tanstack/react-query-devtools, its errorTypes prop',
  },
]

// App-side files the examples import by a relative path, written next to the generated files.
const APP_FILES: { path: string; from: string; why: string }[] = [
  {
    path: 'locales/fr/stardust.json',
    from: 'locales/en/stardust.json',
    why: "the app's own French catalog, as registerLocale registers it",
  },
]

// Installed libraries whose names examples use without importing them (an app imports them as usual).
const LIBRARY_IMPORTS: Record<string, string[]> = {
  '@tanstack/react-query': ['QueryClient', 'QueryClientProvider', 'useQuery', 'useMutation', 'dehydrate'],
  react: ['useRef'],
}

// The kit's entries, as an app imports them, and the source `paths` maps them to.
const ENTRIES = [
  { specifier: 'stardust-error-kit/core', source: 'src/core.ts' },
  { specifier: 'stardust-error-kit/i18n', source: 'src/i18n.ts' },
  { specifier: 'stardust-error-kit', source: 'src/index.ts' },
]
const PACKAGE = 'stardust-error-kit'
const STYLES = { specifier: `${PACKAGE}/styles.css`, source: 'src/ui/styles.css' }

// ---------------------------------------------------------------------------------------------------

type Export = { name: string; typeOnly: boolean; from: string }

/** The named exports of an entry file (`export { a, type B } from`, `export type { … } from`). `export *` is not followed: those names come from the entry they re-export. */
function entryExports(source: string): { name: string; typeOnly: boolean }[] {
  const text = readFileSync(join(ROOT, source), 'utf8')
  const found: { name: string; typeOnly: boolean }[] = []
  for (const m of text.matchAll(/^export\s+(type\s+)?\{([^}]*)\}/gm)) {
    for (const part of (m[2] ?? '').split(',')) {
      const spec = part.trim()
      if (!spec) continue
      const typeOnly = Boolean(m[1]) || spec.startsWith('type ')
      const name = spec
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/)
        .pop()!
        .trim()
      found.push({ name, typeOnly })
    }
  }
  return found
}

function kitExports(): Export[] {
  const seen = new Map<string, Export>()
  // Each name from the narrowest entry that has it: core and i18n first, then the React entry.
  for (const entry of ENTRIES) {
    for (const e of entryExports(entry.source)) if (!seen.has(e.name)) seen.set(e.name, { ...e, from: entry.specifier })
  }
  return [...seen.values()]
}

type Block = { file: string; line: number; lang: 'ts' | 'tsx'; info: string; code: string[] }
type Skipped = { file: string; line: number; info: string; reason: string }

/** Fenced code blocks; `line` is the 1-based line of the opening fence. */
function extractBlocks(file: string, display: string): { blocks: Block[]; skipped: Skipped[] } {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/)
  const blocks: Block[] = []
  const skipped: Skipped[] = []
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})(.*)$/.exec(lines[i]!)
    if (!open) continue
    const [, indent = '', fence = '', rest = ''] = open
    const info = rest.trim()
    const code: string[] = []
    let j = i + 1
    for (; j < lines.length; j++) {
      const close = /^\s*(`{3,}|~{3,})\s*$/.exec(lines[j]!)
      if (close && close[1]![0] === fence[0] && close[1]!.length >= fence.length) break
      code.push(lines[j]!.startsWith(indent) ? lines[j]!.slice(indent.length) : lines[j]!.trimStart())
    }
    const [lang = '', ...flags] = info.split(/\s+/)
    if (lang === 'ts' || lang === 'tsx' || lang === 'typescript') {
      if (flags.includes('fragment')) skipped.push({ file: display, line: i + 1, info, reason: 'marked fragment' })
      else blocks.push({ file: display, line: i + 1, lang: lang === 'tsx' ? 'tsx' : 'ts', info, code })
    } else {
      skipped.push({ file: display, line: i + 1, info: info || '(none)', reason: 'not TypeScript' })
    }
    i = j
  }
  return { blocks, skipped }
}

const escapeDollars = (s: string) => s.replace(/[$]/g, '\\$')
/**
 * Whether code mentions a name as an identifier: not as a property (`.name`), an object key or a parameter
 * (`name:`, `name?:`), an intrinsic JSX element (`<input`) or an attribute (`name="…"`). Over-matching only adds an unused
 * declaration; under-matching shows up as a "Cannot find name" error.
 */
const uses = (text: string, name: string) =>
  new RegExp(`(?<![\\w$.]${/^[a-z]/.test(name) ? '|</?' : ''})${escapeDollars(name)}(?![\\w$]|\\??:|=[^=>])`).test(text)
/** Code without its quoted strings and comments, for {@link uses}: `name="name"` or `// the field` use nothing. */
const codeOnly = (text: string) =>
  text
    .replace(/'[^'\n]*'|"[^"\n]*"/g, "''")
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[\s;{}()[\],])\/\/.*$/gm, '$1')

/** Names a block brings in itself: imports, and declarations (including destructuring), at any depth. */
function declaredNames(imports: string[], body: string): Set<string> {
  const names = new Set<string>()
  for (const statement of imports) {
    const clause = /^import\s+(?:type\s+)?(.*?)\s+from\s/s.exec(statement)?.[1]
    if (!clause) continue
    for (const m of clause.matchAll(/\{([^}]*)\}/g)) {
      for (const part of (m[1] ?? '').split(',')) {
        const name = part
          .trim()
          .replace(/^type\s+/, '')
          .split(/\s+as\s+/)
          .pop()
          ?.trim()
        if (name) names.add(name)
      }
    }
    const outside = clause.replace(/\{[^}]*\}/g, '')
    for (const m of outside.matchAll(/(?:\*\s+as\s+)?([A-Za-z_$][\w$]*)/g)) names.add(m[1]!)
  }
  for (const m of body.matchAll(/\b(?:const|let|var|function|class|type|interface|enum)\s+([A-Za-z_$][\w$]*)/g)) names.add(m[1]!)
  for (const m of body.matchAll(/\b(?:const|let|var)\s*[{[]([^=]*)[}\]]\s*=/g)) {
    for (const part of (m[1] ?? '').split(',')) {
      const name = part
        .split(':')
        .pop()
        ?.replace(/=.*$/, '')
        .replace(/^\.\.\./, '')
        .trim()
      if (name && /^[A-Za-z_$][\w$]*$/.test(name)) names.add(name)
    }
  }
  return names
}

type Line = { text: string; source: number | null; shift: number }
type Generated = { block: Block; path: string; lines: Line[]; specifiers: { specifier: string; line: number }[] }

function generate(block: Block, exports: Export[], outDir: string, index: number): Generated {
  // Hoist import statements (an import runs until its module specifier).
  const imports: { text: string[]; lines: number[] }[] = []
  const body: { text: string; line: number }[] = []
  for (let i = 0; i < block.code.length; i++) {
    const line = block.code[i]!
    if (/^import[\s{'"*]/.test(line)) {
      const statement = { text: [line], lines: [block.line + 1 + i] }
      while (!/(?:from\s*|^import\s*)['"][^'"]+['"]/.test(statement.text.join('\n')) && i + 1 < block.code.length) {
        i++
        statement.text.push(block.code[i]!)
        statement.lines.push(block.line + 1 + i)
      }
      imports.push(statement)
    } else {
      body.push({ text: line, line: block.line + 1 + i })
    }
  }
  const bodyText = codeOnly(body.map((l) => l.text).join('\n'))
  const declared = declaredNames(
    imports.map((s) => s.text.join('\n')),
    bodyText,
  )
  const isModule = body.some((l) => /^export\s/.test(l.text))

  // The prelude: what the block uses and neither imports nor declares.
  const needed = (name: string, text: string) => uses(text, name) && !declared.has(name)
  const byEntry = new Map<string, string[]>()
  for (const e of exports) {
    if (!needed(e.name, bodyText)) continue
    byEntry.set(e.from, [...(byEntry.get(e.from) ?? []), e.typeOnly ? `type ${e.name}` : e.name])
  }
  for (const [from, names] of Object.entries(LIBRARY_IMPORTS)) {
    const used = names.filter((name) => needed(name, bodyText))
    if (used.length) byEntry.set(from, used)
  }
  // Stubs the block uses, and the stubs those use (CampaignInput for `read`…), until nothing new.
  const stubs = new Set<Stub>()
  let reach = bodyText
  for (let grew = true; grew; ) {
    grew = false
    for (const stub of APP_STUBS) {
      if (!stubs.has(stub) && needed(stub.name, reach)) {
        stubs.add(stub)
        reach += `\n${codeOnly(stub.decl.replace(/import\('[^']*'\)/g, ''))}`
        grew = true
      }
    }
  }

  const lines: Line[] = []
  const push = (text: string, source: number | null = null, shift = 0) => lines.push({ text, source, shift })
  push(`// Generated by scripts/docs-check.ts from ${block.file}:${block.line} (\`\`\`${block.info}). Do not edit.`)
  for (const statement of imports) {
    for (const [k, text] of statement.text.entries()) push(text, statement.lines[k]!)
  }
  for (const [from, names] of byEntry) push(`import { ${names.join(', ')} } from '${from}'`)
  for (const stub of APP_STUBS.filter((s) => stubs.has(s))) push(`${stub.decl} // ${stub.why}`)
  if (isModule) {
    for (const l of body) push(l.text, l.line)
  } else {
    push(`export async function example${index}() {`)
    for (const l of body) {
      const jsxStatement = block.lang === 'tsx' && /^<[A-Za-z]/.test(l.text)
      push(jsxStatement ? `;${l.text}` : l.text, l.line, jsxStatement ? 1 : 0)
    }
    push('}')
  }
  const stem = `${block.file
    .replace(/\.md$/i, '')
    .replace(/[^\w]+/g, '-')
    .replace(/^-/, '')}-L${block.line}`
  const path = join(outDir, `${stem}.${block.lang}`)
  writeFileSync(path, `${lines.map((l) => l.text).join('\n')}\n`)
  const specifiers = imports.flatMap((statement) => {
    const specifier = /['"]([^'"]+)['"]\s*;?\s*$/.exec(statement.text.join('\n'))?.[1]
    return specifier ? [{ specifier, line: statement.lines[0]! }] : []
  })
  return { block, path, lines, specifiers }
}

/**
 * `paths` resolves any `stardust-error-kit/…` it maps, and Vite's `*.css` declaration accepts any stylesheet,
 * so the subpaths an example imports are checked against package.json's `exports`, as a user's bundler would.
 */
function unexportedSubpaths(g: Generated): { line: number; text: string }[] {
  const exportsField = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { exports: Record<string, unknown> }).exports
  const patterns = Object.keys(exportsField).map(
    (key) =>
      new RegExp(
        `^${key
          .split('*')
          .map((part) => part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
          .join('[^]+')}$`,
      ),
  )
  return g.specifiers
    .filter(({ specifier }) => specifier === PACKAGE || specifier.startsWith(`${PACKAGE}/`))
    .filter(({ specifier }) => !patterns.some((p) => p.test(`.${specifier.slice(PACKAGE.length)}`)))
    .map(({ specifier, line }) => ({ line, text: `'${specifier}' is not a subpath the package exports (package.json "exports")` }))
}

function writeTsconfig(outDir: string, files: string[]): string {
  const abs = (p: string) => join(ROOT, p)
  const paths: Record<string, string[]> = { [STYLES.specifier]: [abs(STYLES.source)] }
  for (const entry of ENTRIES) paths[entry.specifier] = [abs(entry.source)]
  const config = {
    extends: abs('tsconfig.json'),
    compilerOptions: {
      // The project's strict, react-jsx, Bundler resolution, DOM lib… come from the extended config.
      noEmit: true,
      noUnusedLocals: false,
      noUnusedParameters: false,
      // What an app built with Vite has; src/ needs it too (import.meta.glob). No test-only globals.
      types: ['vite/client'],
      paths,
    },
    include: files.map((f) => relative(outDir, f)),
  }
  const path = join(outDir, 'tsconfig.json')
  writeFileSync(path, `${JSON.stringify(config, null, 2)}\n`)
  return path
}

function main(): number {
  const args = process.argv.slice(2)
  let outDir = DEFAULT_OUT
  const files: string[] = []
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--out') outDir = resolve(args[++i] ?? '')
    else files.push(args[i]!)
  }
  if (files.length === 0) files.push(...DEFAULT_FILES)

  const exports = kitExports()
  const clash = APP_STUBS.filter((s) => exports.some((e) => e.name === s.name))
  if (clash.length) {
    console.error(`✖ stubs named like kit exports (a stub must never stand in for the kit): ${clash.map((s) => s.name).join(', ')}`)
    return 1
  }

  const started = performance.now()
  rmSync(outDir, { recursive: true, force: true })
  mkdirSync(outDir, { recursive: true })
  for (const f of APP_FILES) {
    mkdirSync(dirname(join(outDir, f.path)), { recursive: true })
    copyFileSync(join(ROOT, f.from), join(outDir, f.path))
  }

  const generated: Generated[] = []
  const skipped: Skipped[] = []
  for (const file of files) {
    const path = isAbsolute(file) ? file : resolve(process.cwd(), file)
    const display = path.startsWith(`${ROOT}/`) ? relative(ROOT, path) : path
    const found = extractBlocks(path, display)
    skipped.push(...found.skipped)
    for (const block of found.blocks) generated.push(generate(block, exports, outDir, generated.length))
  }
  for (const s of skipped) console.log(`  skipped ${s.file}:${s.line} \`\`\`${s.info} (${s.reason})`)

  type Problem = { g: Generated | null; line: number; text: string; note?: string }
  const problems: Problem[] = []
  for (const g of generated)
    for (const p of unexportedSubpaths(g)) problems.push({ g, line: p.line, text: `${g.block.file}:${p.line}: ${p.text}` })

  let output = ''
  if (generated.length) {
    const tsconfig = writeTsconfig(
      outDir,
      generated.map((g) => g.path),
    )
    try {
      execFileSync(join(ROOT, 'node_modules', '.bin', 'tsc'), ['--noEmit', '--pretty', 'false', '-p', tsconfig], {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: 'pipe',
      })
    } catch (error) {
      const e = error as { status: number | null; stdout?: string; stderr?: string }
      output = `${e.stdout ?? ''}${e.stderr ?? ''}`
      if (!output.trim()) output = `tsc exited with status ${e.status}`
    }
  }

  // Each tsc error at the README line it comes from; anything else (src/, the config) is printed as it is.
  const byPath = new Map(generated.map((g) => [resolve(g.path), g]))
  for (const raw of output.split('\n')) {
    const m = /^(.+?)\((\d+),(\d+)\): (.*)$/.exec(raw)
    const g = m ? byPath.get(resolve(ROOT, m[1]!)) : undefined
    const last = problems.at(-1)
    if (!m && /^\s/.test(raw) && last)
      last.text += `\n${raw}` // a multi-line message's continuation
    else if (!m || !g) {
      if (raw.trim()) problems.push({ g: null, line: 0, text: raw })
    } else {
      const line = g.lines[Number(m[2]) - 1]
      const where =
        line?.source != null
          ? `${g.block.file}:${line.source}:${Math.max(1, Number(m[3]) - line.shift)}`
          : `${g.block.file}:${g.block.line} (in the code generated around the block: ${relative(process.cwd(), g.path)}:${m[2]})`
      problems.push({
        g,
        line: line?.source ?? g.block.line,
        text: `${where}: ${m[4]}`,
        note: `  (in the \`\`\`${g.block.info} block at ${g.block.file}:${g.block.line})`,
      })
    }
  }

  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  const summary = `${generated.length} blocks checked, ${skipped.length} skipped, in ${seconds} s (generated files: ${relative(process.cwd(), outDir) || '.'})`
  if (problems.length) {
    const order = (p: Problem) => (p.g ? generated.indexOf(p.g) * 1e6 + p.line : -1)
    problems.sort((a, b) => order(a) - order(b))
    for (const p of problems) console.error(p.note ? `${p.text}\n${p.note}` : p.text)
    const blocks = [...new Set(problems.flatMap((p) => (p.g ? [`${p.g.block.file}:${p.g.block.line}`] : [])))]
    console.error(`\n✖ ${blocks.length ? `${blocks.length} example(s) do not compile: ${blocks.join(', ')}` : 'tsc failed'}. ${summary}`)
    return 1
  }
  console.log(`✔ every example compiles: ${summary}`)
  return 0
}

// exitCode, not exit(): the report reaches a pipe whole.
process.exitCode = main()
