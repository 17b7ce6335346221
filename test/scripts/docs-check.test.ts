import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
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
    const result = check(`${fence}ts\nconst { title } = resolveError(error, createStardustI18n('de'))\n${fence}\n`)
    expect(result.out).toMatch(/every example compiles: 1 blocks checked/)
    expect(result.code).toBe(0)
  }, 30_000)
})
