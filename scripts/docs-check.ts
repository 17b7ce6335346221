// npm run docs:check [file.md…] [--out dir]
// Compiles every TypeScript example in the READMEs against the kit's real public API, so an example
// with a wrong prop, import or signature fails CI instead of shipping. Each ```ts / ```tsx block becomes
// its own file under .docs-check/ (gitignored), importing the kit the way an app does
// ('stardust-error-kit', '…/core', '…/i18n', mapped to src/ by `paths`: no build needed), and one
// `tsc --noEmit` run checks them all, under the tsconfig a new `npm create vite@latest` React + TypeScript app
// has (scripts/vite-app.tsconfig.json). Errors are reported at the README line they come from. src/ is compiled
// in the same program (through `paths`), so it must pass those options too (an unused local in src/ fails here).
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
//   declare itself, and the declarations from the README's ```ts app blocks that it uses (and APP_FILES on disk).
// - ```ts app: what the app provides (its router's navigate, its types…), as declarations a reader sees. Not an
//   example itself: its declarations are the stubs above. Every one of them must be used by some example.
// - A wrapped block's own top-level values (`const campaign = …`) are what the reader's code goes on to use, so
//   they count as used; anything else unused is an error, as in the app (noUnusedLocals, noUnusedParameters).
// - Kit subpaths the examples import are also checked against package.json's "exports".

import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, isAbsolute, join, relative, resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '..')
const DEFAULT_FILES = ['README.md', 'locales/README.md']
const DEFAULT_OUT = join(ROOT, '.docs-check', 'examples')

// ---------------------------------------------------------------------------------------------------
// The app's own names (navigate, Campaign, sign, queryClient…) are not declared here: the README declares
// them where a reader sees them, in ```ts app blocks ("Your app provides"). Each declaration there is a stub;
// an example gets the stubs it uses, with their comments, and an error in one points at its README line.
// ---------------------------------------------------------------------------------------------------
type Stub = { name: string; file: string; line: number; lines: { text: string; source: number }[] }

/** The declarations of a ```ts app block, one stub per top-level statement, each with the comment above it. */
function appStubs(block: Block): { stubs: Stub[]; problems: { line: number; text: string }[] } {
  const stubs: Stub[] = []
  const problems: { line: number; text: string }[] = []
  let comment: Stub['lines'] = []
  let current: Stub | null = null
  for (const [i, text] of block.code.entries()) {
    const source = block.line + 1 + i
    if (!text.trim()) {
      current = null
      comment = []
    } else if (/^\/\//.test(text)) {
      current = null
      comment.push({ text, source })
    } else if (/^[\s})\]]/.test(text) && current) {
      current.lines.push({ text, source })
    } else {
      const name = /^(?:declare\s+)?(?:function|const|let|var|type|interface|class)\s+([A-Za-z_$][\w$]*)/.exec(text)?.[1]
      if (!name) {
        problems.push({ line: source, text: 'a ```ts app block holds declarations only (declare function/const, type, interface)' })
        continue
      }
      current = { name, file: block.file, line: source, lines: [...comment, { text, source }] }
      comment = []
      stubs.push(current)
    }
  }
  return { stubs, problems }
}

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
// A new Vite React app's tsconfig.app.json, as create-vite writes it.
const VITE_APP_TSCONFIG = 'scripts/vite-app.tsconfig.json'
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
function extractBlocks(file: string, display: string): { blocks: Block[]; app: Block[]; skipped: Skipped[] } {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/)
  const blocks: Block[] = []
  const app: Block[] = []
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
      else if (flags.includes('app')) app.push({ file: display, line: i + 1, lang: 'ts', info, code })
      else blocks.push({ file: display, line: i + 1, lang: lang === 'tsx' ? 'tsx' : 'ts', info, code })
    } else {
      skipped.push({ file: display, line: i + 1, info: info || '(none)', reason: 'not TypeScript' })
    }
    i = j
  }
  return { blocks, app, skipped }
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

type Line = { text: string; source: number | null; shift: number; file?: string }
type Generated = { block: Block; path: string; lines: Line[]; specifiers: { specifier: string; line: number }[]; stubs: Stub[] }

function generate(block: Block, exports: Export[], appNames: Stub[], outDir: string, index: number): Generated {
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
  // The app's declarations the block uses, and those they use (CampaignInput for `create`…), until nothing new.
  const stubs = new Set<Stub>()
  let reach = bodyText
  for (let grew = true; grew; ) {
    grew = false
    for (const stub of appNames) {
      if (!stubs.has(stub) && needed(stub.name, reach)) {
        stubs.add(stub)
        reach += `\n${codeOnly(stub.lines.map((l) => l.text.replace(/import\('[^']*'\)/g, '')).join('\n'))}`
        grew = true
      }
    }
  }
  // Kit exports and library names used by the block or by the declarations it brought in.
  const byEntry = new Map<string, string[]>()
  for (const e of exports) {
    if (!needed(e.name, reach)) continue
    byEntry.set(e.from, [...(byEntry.get(e.from) ?? []), e.typeOnly ? `type ${e.name}` : e.name])
  }
  for (const [from, names] of Object.entries(LIBRARY_IMPORTS)) {
    const used = names.filter((name) => needed(name, reach))
    if (used.length) byEntry.set(from, used)
  }

  const lines: Line[] = []
  const push = (text: string, source: number | null = null, shift = 0, file?: string) =>
    lines.push(file ? { text, source, shift, file } : { text, source, shift })
  push(`// Generated by scripts/docs-check.ts from ${block.file}:${block.line} (\`\`\`${block.info}). Do not edit.`)
  for (const statement of imports) {
    for (const [k, text] of statement.text.entries()) push(text, statement.lines[k]!)
  }
  for (const [from, names] of byEntry) push(`import { ${names.join(', ')} } from '${from}'`)
  for (const stub of appNames.filter((s) => stubs.has(s))) for (const l of stub.lines) push(l.text, l.source, 0, stub.file)
  if (isModule) {
    for (const l of body) push(l.text, l.line)
  } else {
    push(`export async function example${index}() {`)
    for (const l of body) {
      const jsxStatement = block.lang === 'tsx' && /^<[A-Za-z]/.test(l.text)
      push(jsxStatement ? `;${l.text}` : l.text, l.line, jsxStatement ? 1 : 0)
    }
    // The block's own top-level values are its result: the reader's code goes on to use them.
    const results = [
      ...declaredNames(
        [],
        codeOnly(
          body
            .filter((l) => /^(?:const|let|var|function|class|async function)\b/.test(l.text))
            .map((l) => l.text)
            .join('\n'),
        ),
      ),
    ]
    if (results.length) push(`void [${results.join(', ')}]`)
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
  return { block, path, lines, specifiers, stubs: [...stubs] }
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
    // A new Vite React app's own tsconfig (strict, noUnusedLocals, noUnusedParameters, verbatimModuleSyntax,
    // erasableSyntaxOnly…), not the kit's: an example must compile where a user pastes it.
    extends: abs(VITE_APP_TSCONFIG),
    compilerOptions: { paths },
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
  const started = performance.now()
  rmSync(outDir, { recursive: true, force: true })
  mkdirSync(outDir, { recursive: true })
  for (const f of APP_FILES) {
    mkdirSync(dirname(join(outDir, f.path)), { recursive: true })
    copyFileSync(join(ROOT, f.from), join(outDir, f.path))
  }

  type Problem = { g: Generated | null; line: number; text: string; note?: string }
  const problems: Problem[] = []
  const found = files.map((file) => {
    const path = isAbsolute(file) ? file : resolve(process.cwd(), file)
    return extractBlocks(path, path.startsWith(`${ROOT}/`) ? relative(ROOT, path) : path)
  })
  const appNames: Stub[] = []
  for (const block of found.flatMap((f) => f.app)) {
    const parsed = appStubs(block)
    appNames.push(...parsed.stubs)
    for (const p of parsed.problems) problems.push({ g: null, line: 0, text: `${block.file}:${p.line}: ${p.text}` })
  }
  for (const stub of appNames.filter((s) => exports.some((e) => e.name === s.name)))
    problems.push({
      g: null,
      line: 0,
      text: `${stub.file}:${stub.line}: '${stub.name}' is a kit export: the app's declarations must never stand in for the kit`,
    })

  const generated: Generated[] = []
  const skipped = found.flatMap((f) => f.skipped)
  for (const block of found.flatMap((f) => f.blocks)) generated.push(generate(block, exports, appNames, outDir, generated.length))
  for (const s of skipped) console.log(`  skipped ${s.file}:${s.line} \`\`\`${s.info} (${s.reason})`)

  for (const g of generated)
    for (const p of unexportedSubpaths(g)) problems.push({ g, line: p.line, text: `${g.block.file}:${p.line}: ${p.text}` })
  const usedStubs = new Set(generated.flatMap((g) => g.stubs))
  for (const stub of appNames.filter((s) => !usedStubs.has(s)))
    problems.push({
      g: null,
      line: 0,
      text: `${stub.file}:${stub.line}: '${stub.name}' is declared in a \`\`\`ts app block but no example uses it`,
    })

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
          ? `${line.file ?? g.block.file}:${line.source}:${Math.max(1, Number(m[3]) - line.shift)}`
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
  const summary = `${generated.length} blocks checked, ${skipped.length} skipped, ${appNames.length} app declarations, in ${seconds} s (generated files: ${relative(process.cwd(), outDir) || '.'})`
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
