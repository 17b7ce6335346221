import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..', '..')
const tsx = join(root, 'node_modules', '.bin', 'tsx')

function run(script: string, args: string[], dir: string): { code: number; out: string } {
  try {
    const out = execFileSync(tsx, [join(root, 'scripts', script), ...args], {
      env: { ...process.env, STARDUST_LOCALES_DIR: dir, NO_COLOR: '1' },
      encoding: 'utf8',
    })
    return { code: 0, out }
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string }
    return { code: e.status, out: `${e.stdout}${e.stderr}` }
  }
}

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'stardust-locales-'))
  cpSync(join(root, 'locales', 'en'), join(dir, 'en'), { recursive: true })
  cpSync(join(root, 'locales', 'stardust.context.json'), join(dir, 'stardust.context.json'))
  return dir
}

describe('locales:check', () => {
  it('writes a report longer than a pipe’s buffer (64 kB) whole, every time', () => {
    const dir = workspace()
    // Three locales with nothing translated: a missing-key line for every key of each.
    for (const lng of ['de', 'fr', 'ja']) {
      mkdirSync(join(dir, lng))
      writeFileSync(join(dir, lng, 'stardust.json'), '{}')
    }
    for (let attempt = 0; attempt < 3; attempt++) {
      const result = run('locales-check.ts', [], dir)
      expect(result.out.length).toBeGreaterThan(64 * 1024)
      // The table and the verdict come last: a report cut short at the pipe's buffer loses them.
      expect(result.out).toMatch(/\| fr +\| 0\.0% /)
      expect(result.out.trimEnd()).toMatch(/error\(s\): fix them, then run npm run locales:check again\.$/)
      expect(result.code).toBe(1)
    }
  }, 60_000)

  it('passes on the shipped catalogs', () => {
    const result = run('locales-check.ts', [], join(root, 'locales'))
    expect(result.out).toMatch(/every locale is complete/)
    expect(result.code).toBe(0)
  }, 30_000)

  it('reports each kind of mistake a translator can make, and fails', () => {
    const dir = workspace()
    const en = JSON.parse(readFileSync(join(dir, 'en', 'stardust.json'), 'utf8'))
    const de = structuredClone(en)
    delete de.codes['51004'].hint // missing
    de.codes['54013'].messageWithValues = 'Keine Verbindung zu {{bucketName}}.' // placeholder renamed
    de.codes['51003'].title = '' // empty
    de.codes['51005'].message = en.codes['51005'].message // identical to English
    de.ui.moreErrors_few = 'und {{count}} weitere' // a form German does not have
    de.extra = { key: 'surplus' } // not in English
    mkdirSync(join(dir, 'de'))
    writeFileSync(join(dir, 'de', 'stardust.json'), JSON.stringify(de))
    mkdirSync(join(dir, 'ja'))
    writeFileSync(join(dir, 'ja', 'stardust.json'), '{"codes": {')

    const { code, out } = run('locales-check.ts', [], dir)
    expect(code).toBe(1)
    expect(out).toMatch(/codes\.51004\.hint: missing/)
    expect(out).toMatch(
      /codes\.54013\.messageWithValues: placeholders differ from English: missing \{\{bucket\}\}, unknown \{\{bucketName\}\}/,
    )
    expect(out).toMatch(/codes\.51003\.title: empty string/)
    expect(out).toMatch(/⚠ codes\.51005\.message: identical to English/)
    expect(out).toMatch(/ui\.moreErrors_few: plural form "few" is not used in de/)
    expect(out).toMatch(/extra\.key: not in English/)
    expect(out).toMatch(/ja.*\n.*invalid JSON/)
    expect(out).toMatch(/\| de +\| \d+\.\d%/)
  }, 30_000)
})

describe('locales:new', () => {
  it('scaffolds a locale with the plural forms it needs, which the checker lists as untranslated', () => {
    const dir = workspace()
    const created = run('locales-new.ts', ['pl'], dir)
    expect(created.code).toBe(0)
    const pl = JSON.parse(readFileSync(join(dir, 'pl', 'stardust.json'), 'utf8'))
    expect(
      Object.keys(pl.ui)
        .filter((k) => k.startsWith('moreErrors_'))
        .sort(),
    ).toEqual(['moreErrors_few', 'moreErrors_many', 'moreErrors_one', 'moreErrors_other'])
    expect(pl.codes['51004'].title).toMatch(/^\[untranslated\] /)

    const check = run('locales-check.ts', ['pl'], dir)
    expect(check.code).toBe(1)
    expect(check.out).toMatch(/codes\.51004\.title: not translated yet/)
    expect(check.out).toMatch(/\| pl +\| 0\.0%/)

    expect(run('locales-new.ts', ['pl'], dir).code).toBe(1)
    expect(run('locales-new.ts', ['not a tag!'], dir).code).toBe(2)
  }, 30_000)
})
