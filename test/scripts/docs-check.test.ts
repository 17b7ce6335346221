import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..', '..')
const tsx = join(root, 'node_modules', '.bin', 'tsx')

// Generated files go under the repository's .docs-check/ (gitignored), where module resolution finds
// node_modules; the markdown itself lives in a temporary directory.
mkdirSync(join(root, '.docs-check'), { recursive: true })
const out = mkdtempSync(join(root, '.docs-check', 'test-'))
afterAll(() => rmSync(out, { recursive: true, force: true }))

function check(markdown: string): { code: number; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'stardust-docs-'))
  const file = join(dir, 'EXAMPLES.md')
  writeFileSync(file, markdown)
  try {
    const stdout = execFileSync(tsx, [join(root, 'scripts', 'docs-check.ts'), file, '--out', out], {
      env: { ...process.env, NO_COLOR: '1' },
      encoding: 'utf8',
      stdio: 'pipe',
    })
    return { code: 0, out: stdout }
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string }
    return { code: e.status, out: `${e.stdout}${e.stderr}` }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const fence = '```'

describe('docs:check', () => {
  it('fails on an example with a wrong prop, naming its line, and passes the good one', () => {
    const markdown = [
      '# Examples', //                                                        1
      '', //                                                                  2
      `${fence}tsx`, //                                                       3: good, statements wrapped
      '<StardustProvider toaster={false}>', //                                4
      '  <Toaster placement="top-center" />', //                              5
      '</StardustProvider>', //                                               6
      "formatSupportDetails(error, { locale: 'de' })", //                   7
      fence, //                                                               8
      '', //                                                                  9
      `${fence}tsx`, //                                                      10: bad
      "import { StardustProvider } from 'stardust-error-kit'", //             11
      '', //                                                                 12
      "<StardustProvider onAuthErr={() => navigate('/sign-in')}>…</StardustProvider>", // 13
      fence, //                                                              14
      '', //                                                                 15
      `${fence}ts fragment`, //                                              16: skipped by its marker
      'this is not TypeScript', //                                           17
      fence, //                                                              18
      '', //                                                                 19
      `${fence}sh`, //                                                       20: skipped, not TypeScript
      'npm run docs:check', //                                               21
      fence, //                                                              22
      '', //                                                                 23
      `${fence}ts app`, //                                                   24: the app's own names
      'declare const error: StardustError', //                               25
      'declare function navigate(to: string): void', //                      26
      fence, //                                                              27
    ].join('\n')

    const result = check(markdown)
    expect(result.code).not.toBe(0)
    expect(result.out).toMatch(/EXAMPLES\.md:13:\d+: error TS\d+: .*onAuthErr/)
    expect(result.out).toMatch(/block at [^\n]*EXAMPLES\.md:10\)/)
    expect(result.out).toMatch(/1 example\(s\) do not compile: [^\n]*EXAMPLES\.md:10\./)
    expect(result.out).not.toMatch(/EXAMPLES\.md:[3-8]:/)
    expect(result.out).not.toMatch(/EXAMPLES\.md:17/)
    expect(result.out).toMatch(/2 blocks checked, 2 skipped/)
  }, 30_000)

  it('passes when every example compiles', () => {
    const result = check(
      `${fence}ts app\ndeclare const error: StardustError\n${fence}\n\n${fence}ts\nconst { title } = resolveError(error, createStardustI18n('de'))\n${fence}\n`,
    )
    expect(result.out).toMatch(/every example compiles: 1 blocks checked, 0 skipped, 1 app declarations/)
    expect(result.code).toBe(0)
  }, 30_000)
})

describe('docs:check compiles as a new Vite React app does', () => {
  const app = [`${fence}ts app`, '// Your router', 'declare function navigate(to: string): void', fence, '']
  const quickStart = (...body: string[]) =>
    [
      ...app,
      `${fence}tsx`,
      "import { StardustProvider } from 'stardust-error-kit'",
      ...body,
      'export function App() {',
      "  return <StardustProvider onAuthError={() => navigate('/sign-in')}>app</StardustProvider>",
      '}',
      fence,
    ].join('\n')

  it("takes the app's own names from the README's ```ts app block, not from the checker", () => {
    expect(check(quickStart())).toMatchObject({ code: 0 })
    const without = check(quickStart().replace('declare function navigate', 'declare function goTo'))
    expect(without.code).not.toBe(0)
    expect(without.out).toMatch(/EXAMPLES\.md:\d+:\d+: error TS\d+: Cannot find name 'navigate'/)
    expect(without.out).toMatch(/'goTo' is declared in a ```ts app block but no example uses it/)
  }, 30_000)

  it('fails an unused import or local (noUnusedLocals), as the app would', () => {
    const result = check(quickStart('const campaigns = 1'))
    expect(result.code).not.toBe(0)
    expect(result.out).toMatch(/EXAMPLES\.md:8:7: error TS6133: 'campaigns' is declared but its value is never read/)
    const unusedImport = check(quickStart().replace('{ StardustProvider }', '{ StardustProvider, Toaster }'))
    expect(unusedImport.out).toMatch(/error TS6133: 'Toaster' is declared but its value is never read/)
  }, 30_000)

  it('fails syntax the app cannot erase (erasableSyntaxOnly) and an unused parameter', () => {
    const result = check(quickStart('export enum Mode { Inline }', 'export const pick = (a: number, b: number) => a'))
    expect(result.code).not.toBe(0)
    expect(result.out).toMatch(/EXAMPLES\.md:8:\d+: error TS1294/)
    expect(result.out).toMatch(/EXAMPLES\.md:9:\d+: error TS6133: 'b' is declared/)
  }, 30_000)

  it("keeps its tsconfig the one create-vite's react-ts template writes", () => {
    const text = readFileSync(join(root, 'scripts', 'vite-app.tsconfig.json'), 'utf8').replace(/^\s*\/\/.*$|\/\*.*?\*\//gm, '')
    const { compilerOptions } = JSON.parse(text) as { compilerOptions: Record<string, unknown> }
    expect(compilerOptions).toMatchObject({
      moduleResolution: 'bundler',
      jsx: 'react-jsx',
      verbatimModuleSyntax: true,
      noUnusedLocals: true,
      noUnusedParameters: true,
      erasableSyntaxOnly: true,
      noFallthroughCasesInSwitch: true,
    })
    // TypeScript 7 is strict unless told otherwise; the template does not tell it otherwise.
    expect(compilerOptions).not.toHaveProperty('strict')
  })
})
