import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..', '..')

describe('bench without Chromium', () => {
  it('the browser storm says why it cannot run, and leaves nothing that keeps the process alive', () => {
    const script = `
      const { runBrowserStorms } = await import(${JSON.stringify(join(root, 'test/bench/storm-browser.mjs'))})
      try {
        await runBrowserStorms([{ lib: 'stardust-error-kit', variant: 'default', scenario: 'distinct' }], { n: 1, repeat: 1, warmup: 0, budgetMs: 1, capMs: 1 })
        console.log('ran')
      } catch (error) {
        console.log('refused: ' + error.message)
      }`
    // A hang guard, not a speed limit: a process that never exits is the failure this test is about.
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      env: { ...process.env, CHROMIUM: '/nonexistent/chromium' },
      encoding: 'utf8',
      timeout: 120_000,
    })
    expect(result.signal).toBeNull()
    expect(result.stdout).toMatch(/^refused: no Chromium at \/nonexistent\/chromium: install Debian's chromium/m)
    expect(result.status).toBe(0)
  }, 130_000)
})
