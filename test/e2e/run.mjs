#!/usr/bin/env node
// Real-browser tests: the built Storybook, served on 127.0.0.1, driven in Debian's Chromium through playwright-core.
//   npm run test:e2e                      builds Storybook first
//   E2E_SKIP_BUILD=1 npm run test:e2e     reuses storybook-static/ when it exists
//   CHROMIUM_PATH=/path/to/chromium       another Chromium binary
//   E2E_CONCURRENCY=3                     pages that run the axe checks at once
//   E2E_UPDATE_DOCS=1                     rewrite docs/*.png (else written only when missing)
//   E2E_ONLY=storms                       only the storm checks (while working on the toaster)
//   E2E_ONLY=playground                   only the console playground's checks
//   E2E_ONLY=stories                      only every story's play function and axe pass
//   E2E_ONLY=rest                         only the stories' resting states and the icon
// Prints one PASS/FAIL line per check and ends with `e2e: N passed, M failed`; exits 1 on any failure.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { serveStatic } from './server.mjs'
import { playgroundChecks, PLAYGROUND } from './playground.mjs'
import { restChecks } from './rest.mjs'
import { stormChecks } from './storms.mjs'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const STATIC_DIR = path.join(ROOT, 'storybook-static')
const SHOTS_DIR = path.join(ROOT, 'test/e2e/screenshots')
const AXE_PATH = path.join(ROOT, 'node_modules/axe-core/axe.min.js')
const CATALOG_BROWSER = 'catalog-code-catalog--browser'
const VIEWPORT = { width: 1280, height: 800 }
const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]

// ---------------------------------------------------------------- checks and their report

const results = { passed: 0, failed: 0 }
const startedAt = Date.now()
const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`

/** Runs one check: prints `PASS name (t)` or `FAIL name (t)` with the reason (and the page's errors, if any). */
async function check(name, fn, { page } = {}) {
  const t0 = Date.now()
  const pageErrors = page ? trackErrors(page) : null
  try {
    await fn()
    results.passed++
    console.log(`PASS ${name} (${seconds(Date.now() - t0)})`)
    return true
  } catch (error) {
    results.failed++
    console.log(`FAIL ${name} (${seconds(Date.now() - t0)})`)
    for (const line of String(error?.message ?? error).split('\n')) console.log(`     ${line}`)
    if (pageErrors?.length) {
      console.log('     page errors:')
      for (const e of pageErrors.slice(0, 5)) console.log(`       ${e}`)
    }
    return false
  } finally {
    pageErrors?.stop()
  }
}

/** Records uncaught exceptions and console errors of `page` while a check runs. */
function trackErrors(page) {
  const errors = []
  const onError = (error) => errors.push(`pageerror: ${error.message}`)
  const onConsole = (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text().slice(0, 300)}`)
  }
  page.on('pageerror', onError)
  page.on('console', onConsole)
  errors.stop = () => {
    page.off('pageerror', onError)
    page.off('console', onConsole)
  }
  return errors
}

// ---------------------------------------------------------------- Storybook in the page

/** `iframe.html` for one story, with the toolbar's globals (`locale:de;theme:dark`). */
export function storyUrl(origin, id, { locale, theme } = {}) {
  const globals = [locale && `locale:${locale}`, theme && `theme:${theme}`].filter(Boolean).join(';')
  return `${origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story${globals ? `&globals=${globals}` : ''}`
}

// The preview's channel events (storybook/internal/core-events) that end a story's run in the iframe.
const FINISHED = 'storyFinished'
const FAILURES = {
  playFunctionThrewException: 'its play function threw',
  unhandledErrorsWhilePlaying: 'errors went unhandled while its play function ran',
  storyThrewException: 'it threw while rendering',
  storyErrored: 'Storybook could not render it',
}
const pagesListening = new WeakSet()
// The mocked Stardust API (stories/mocks/api.ts): its 4xx and 5xx answers are the stories' subject.
const MOCK_API = '/rosetta-open/'

/**
 * Records, in `window.__e2eStoryEvents`, every event of {@link FAILURES} and `storyFinished` the preview sends,
 * from the moment Storybook creates its channel (before any story renders).
 */
async function listenToStoryEvents(page) {
  if (pagesListening.has(page)) return
  pagesListening.add(page)
  await page.addInitScript(
    ([names]) => {
      const events = (window.__e2eStoryEvents = [])
      const listen = (channel) => {
        for (const name of names) channel.on(name, (payload) => events.push({ name, payload: JSON.parse(JSON.stringify(payload ?? null)) }))
      }
      let channel
      Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
        configurable: true,
        get: () => channel,
        set: (value) => {
          channel = value
          if (value) listen(value)
        },
      })
    },
    [[FINISHED, ...Object.keys(FAILURES)]],
  )
}

/** An event's error, readable in a terminal: the play function's `expect` messages carry ANSI colors. */
function describeFailure({ name, payload }) {
  const errors = Array.isArray(payload) ? payload : [payload]
  const text = errors
    .map((e) => [e?.message ?? e?.title, e?.description].filter(Boolean).join('\n') || JSON.stringify(e))
    .join('\n')
    .replace(/\u001b\[[0-9;]*m/g, '')
  return `${FAILURES[name]} (${name}):\n${text.slice(0, 1500)}`
}

/**
 * Opens a story and waits until Storybook finished it: loaders (the MSW worker, the locale's catalog),
 * render, play function, and the a11y addon's own pass. Throws when the story failed in any way the preview
 * reports on its channel (its play function threw, it threw while rendering, errors went unhandled while it
 * played, its a11y report failed), when Storybook shows its error display, or when any of the page's own
 * requests (anything but the mocked API) got a 4xx or 5xx answer: a missing favicon fails every story.
 */
export async function openStory(page, origin, id, globals = {}) {
  await listenToStoryEvents(page)
  const failedRequests = []
  const onResponse = (response) => {
    if (response.status() >= 400 && !new URL(response.url()).pathname.startsWith(MOCK_API)) {
      failedRequests.push(`${response.status()} ${response.url()}`)
    }
  }
  // Chromium fetches the favicon outside the page's network events: its failure shows only as a console error.
  const onConsole = (message) => {
    const url = message.location()?.url
    if (
      message.type() === 'error' &&
      /^Failed to load resource/.test(message.text()) &&
      url &&
      !new URL(url).pathname.startsWith(MOCK_API)
    ) {
      failedRequests.push(`${message.text().replace(/^Failed to load resource: /, '')}: ${url}`)
    }
  }
  page.on('response', onResponse)
  page.on('console', onConsole)
  try {
    await page.goto(storyUrl(origin, id, globals), { waitUntil: 'load' })
    const events = await page
      .waitForFunction(
        (storyId) => {
          const events = window.__e2eStoryEvents ?? []
          const done = events.some((e) => e.name === 'storyFinished' && e.payload?.storyId === storyId)
          const broken = document.body.classList.contains('sb-show-errordisplay')
          return (done || broken) && events
        },
        id,
        { timeout: 30_000, polling: 50 },
      )
      .then((handle) => handle.jsonValue())
    const failures = events.filter((e) => e.name in FAILURES).map(describeFailure)
    const finished = events.find((e) => e.name === FINISHED)
    if (finished?.payload?.status === 'error' && failures.length === 0) {
      const reports = (finished.payload.reporters ?? []).filter((r) => r.status === 'failed').map((r) => r.type)
      failures.push(`Storybook reports it failed (storyFinished with status "error"; failed reports: ${reports.join(', ') || 'none'})`)
    }
    const display = await page.evaluate(() =>
      document.body.classList.contains('sb-show-errordisplay')
        ? [document.querySelector('#error-message')?.textContent, document.querySelector('#error-stack')?.textContent]
            .filter(Boolean)
            .join('\n')
            .slice(0, 1500) || 'Storybook shows its error display'
        : null,
    )
    if (display && failures.length === 0) failures.push(display)
    // Whatever arrives while the story runs (a lazy chunk, the favicon) counts as well.
    if (failedRequests.length > 0) failures.push(`request(s) failed:\n${[...new Set(failedRequests)].join('\n')}`)
    if (failures.length > 0) throw new Error(`story ${id}: ${failures.join('\n')}`)
  } finally {
    page.off('response', onResponse)
    page.off('console', onConsole)
  }
}

/** Waits for running CSS transitions/animations (a toast sliding in) so axe and screenshots see the final colors. */
export async function settle(page) {
  await page.evaluate(() =>
    Promise.race([
      Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => {}))),
      new Promise((resolve) => setTimeout(resolve, 2000)),
    ]),
  )
}

/** axe-core over `#storybook-root`; throws with every violation (rule id, impact, targets). */
export async function assertAxeClean(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object' && typeof window.axe.run === 'function' && window.__e2eAxe === true))) {
    await page.addScriptTag({ path: AXE_PATH })
    await page.evaluate(() => (window.__e2eAxe = true))
  }
  await settle(page)
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run({ include: [['#storybook-root']] }, { resultTypes: ['violations'] })
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
    }))
  })
  if (violations.length === 0) return
  const lines = [`${violations.length} axe violation(s):`]
  for (const v of violations) {
    lines.push(`${v.id} (${v.impact}): ${v.help}`)
    for (const node of v.nodes.slice(0, 8)) {
      lines.push(`  target: ${node.target}`)
      if (node.summary) lines.push(`    ${node.summary.split('\n').slice(0, 3).join(' | ')}`)
    }
    if (v.nodes.length > 8) lines.push(`  … and ${v.nodes.length - 8} more node(s)`)
  }
  throw new Error(lines.join('\n'))
}

// ---------------------------------------------------------------- the run

function buildStorybook() {
  if (process.env.E2E_SKIP_BUILD === '1' && existsSync(path.join(STATIC_DIR, 'index.json'))) {
    console.log('Storybook: reusing storybook-static/ (E2E_SKIP_BUILD=1)')
    return
  }
  console.log('Storybook: npx storybook build --quiet -o storybook-static')
  const t0 = Date.now()
  const build = spawnSync('npx', ['storybook', 'build', '--quiet', '-o', 'storybook-static'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
  })
  if (build.status !== 0) throw new Error(`storybook build exited with ${build.status ?? build.signal}`)
  console.log(`Storybook: built in ${seconds(Date.now() - t0)}`)
}

function storyIds() {
  const index = JSON.parse(readFileSync(path.join(STATIC_DIR, 'index.json'), 'utf8'))
  return Object.values(index.entries)
    .filter((entry) => entry.type === 'story')
    .map((entry) => entry.id)
}

let server
let browser
let cleaningUp
function cleanup() {
  cleaningUp ??= (async () => {
    await browser?.close().catch(() => {})
    await server?.close().catch(() => {})
  })()
  return cleaningUp
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    console.log(`\n${signal}: shutting down`)
    cleanup().finally(() => process.exit(130))
  })
}

async function main() {
  mkdirSync(SHOTS_DIR, { recursive: true })
  let setupOk = await check('storybook build', async () => buildStorybook())
  if (!setupOk) return

  let ids = []
  setupOk = await check('story index lists the stories', async () => {
    ids = storyIds()
    assert.ok(ids.length > 0, 'storybook-static/index.json has no stories')
  })
  if (!setupOk) return

  server = await serveStatic(STATIC_DIR)
  const { origin } = server
  console.log(`Serving storybook-static/ on ${origin}`)
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: LAUNCH_ARGS })
  console.log(`Chromium ${browser.version()}`)
  // Pages checked at once each get a context of their own: headless Chromium draws frames only for the front page
  // of a context, so CSS animations (a toast fading in) would stand still in the others.
  const newContext = async (options = {}) => {
    const created = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'en-US', ...options })
    await created.grantPermissions(['clipboard-read', 'clipboard-write'], { origin })
    created.setDefaultTimeout(10_000)
    return created
  }
  /** A page in a context of its own; closing the page closes its context. */
  const newPage = async (options) => {
    const created = await newContext(options)
    const page = await created.newPage()
    page.once('close', () => void created.close().catch(() => {}))
    return page
  }
  const context = await newContext()

  const env = {
    origin,
    browser,
    context,
    newPage,
    hasStory: (id) => ids.includes(id),
    check,
    openStory: (page, id, globals) => openStory(page, origin, id, globals),
    assertAxeClean,
    settle,
    screenshot: (page, name) => page.screenshot({ path: path.join(SHOTS_DIR, name), animations: 'disabled' }),
    // The README's pictures: always in screenshots/; copied to docs/<name> (committed) when that file is missing or
    // E2E_UPDATE_DOCS=1, so that a run does not leave a changed tracked file (the request ID differs each time).
    docsScreenshotAs: async (page, name) => {
      const shot = path.join(SHOTS_DIR, `docs-${name}`)
      await page.screenshot({ path: shot, animations: 'disabled' })
      const docs = path.join(ROOT, 'docs', name)
      if (process.env.E2E_UPDATE_DOCS === '1' || !existsSync(docs)) {
        mkdirSync(path.dirname(docs), { recursive: true })
        copyFileSync(shot, docs)
        console.log(`     wrote docs/${name}`)
      }
    },
    docsScreenshot: (page) => env.docsScreenshotAs(page, 'playground.png'),
    record: (line) => console.log(`     ${line}`),
  }

  // The catalog browser: the story and its play function run in a real browser.
  {
    const page = await context.newPage()
    await check(
      `story ${CATALOG_BROWSER} renders and its play function passes`,
      async () => {
        await openStory(page, origin, CATALOG_BROWSER, { locale: 'en' })
        const table = page.getByRole('table')
        await table.waitFor()
        await table.locator('th', { hasText: /^51004$/ }).waitFor()
        await env.screenshot(page, 'catalog-browser.png')
      },
      { page },
    )
    // Readable at a desktop and a phone width, left to right and right to left: nothing scrolls sideways.
    for (const [width, height] of [
      [1280, 800],
      [390, 844],
    ]) {
      for (const locale of ['en', 'ar']) {
        await check(
          `catalog browser at ${width}×${height} [${locale}]: no sideways scrolling, every text wraps`,
          async () => {
            await page.setViewportSize({ width, height })
            await openStory(page, origin, CATALOG_BROWSER, { locale })
            await page.locator('.catalog__table tbody tr').first().waitFor()
            const overflow = await page.evaluate(() => {
              const scroller = document.querySelector('.catalog__scroll')
              const root = document.scrollingElement
              return {
                page: root.scrollWidth - root.clientWidth,
                table: scroller ? scroller.scrollWidth - scroller.clientWidth : null,
              }
            })
            assert.ok(overflow.page <= 1, `the page scrolls sideways by ${overflow.page} px`)
            assert.ok(overflow.table !== null && overflow.table <= 1, `the catalog scrolls sideways by ${overflow.table} px`)
            if (width === 390) await env.screenshot(page, `catalog-browser-390-${locale}.png`)
          },
          { page },
        )
      }
    }
    await page.close()
  }

  const only = process.env.E2E_ONLY
  if (only === 'storms') return void (await stormChecks(env))
  if (only === 'playground') return void (await playgroundChecks(env))
  if (only === 'stories') return void (await everyStory(env, ids))
  if (only === 'rest') return void (await restChecks(env))

  // The console playground's flows.
  await playgroundChecks(env)

  // Storms: an outage across queries, many different failures, offline and back, a hidden page, the toaster's height.
  await stormChecks(env)

  // Stories rest in the state their names promise; the page's icon and every other request load.
  await restChecks(env)

  // Every story: its play function passes in Chromium and axe finds nothing, light and dark.
  await everyStory(env, ids)
}

/**
 * Every story, as Storybook's own iframe runs it: the play function runs by itself and must not throw (nor leave
 * errors unhandled), no request of the page may fail, and axe must find nothing. Light and dark; the playground also
 * in Arabic. A few pages at once.
 */
async function everyStory(env, ids) {
  const runs = []
  for (const id of ids) {
    for (const theme of ['light', 'dark']) runs.push({ id, locale: 'en', theme })
    if (id === PLAYGROUND) for (const theme of ['light', 'dark']) runs.push({ id, locale: 'ar', theme })
  }
  if (!ids.includes(PLAYGROUND)) runs.push({ id: PLAYGROUND, locale: 'en', theme: 'light' })
  const workers = Math.max(1, Number(process.env.E2E_CONCURRENCY) || 3)
  await Promise.all(
    Array.from({ length: Math.min(workers, runs.length) }, async () => {
      const page = await env.newPage()
      for (let run = runs.shift(); run; run = runs.shift()) {
        const { id, locale, theme } = run
        await check(
          `story ${id} [${locale}, ${theme}]: play function passes, axe clean`,
          async () => {
            if (!ids.includes(id)) throw new Error(`story ${id} is not in storybook-static/index.json`)
            await env.openStory(page, id, { locale, theme })
            await assertAxeClean(page)
          },
          { page },
        )
      }
      await page.close()
    }),
  )
}

try {
  await main()
} catch (error) {
  results.failed++
  console.log(
    `FAIL e2e setup\n     ${String(error?.stack ?? error)
      .split('\n')
      .join('\n     ')}`,
  )
} finally {
  await cleanup()
}
console.log(`\ne2e finished in ${seconds(Date.now() - startedAt)}`)
console.log(`e2e: ${results.passed} passed, ${results.failed} failed`)
// Exits once everything printed has reached its reader (CI reads the last line through a pipe).
process.exitCode = results.failed > 0 ? 1 : 0
process.stdout.write('', () => process.exit())
