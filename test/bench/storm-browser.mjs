// Toast storm in Chromium through playwright-core: builds the page in test/bench/browser with Vite
// (production, React's profiling build), serves it on 127.0.0.1 only, and runs every library in a
// fresh browser context. Usage: node test/bench/storm-browser.mjs [--json]
import { createServer } from 'node:http'
import { existsSync, readFileSync } from 'node:fs'
import { extname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = fileURLToPath(new URL('.', import.meta.url))
const outDir = join(here, '.out', 'browser')
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium'
const ARGS = [
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

/** Builds the storm page. */
export async function buildPage() {
  const { build } = await import('vite')
  const { default: react } = await import('@vitejs/plugin-react')
  await build({
    configFile: false,
    root: join(here, 'browser'),
    base: './',
    mode: 'production',
    logLevel: 'error', // the page imports the English catalog itself (peers' texts): Vite warns about it
    plugins: [react()],
    resolve: {
      alias: [
        // The profiling build of react-dom: production speed, and <Profiler onRender> still reports commits.
        { find: /^react-dom\/client$/, replacement: 'react-dom/profiling' },
        // The kit as built for this run (the same files the jsdom runs import), not the sources of the moment.
        { find: /^(\.\.\/)+src\/index\.js$/, replacement: join(here, '.out', 'dist', 'index.js') },
      ],
    },
    build: { outDir, emptyOutDir: true, target: 'es2022', minify: true, reportCompressedSize: false },
  })
}

const SETTLE_MS = 1000

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' }

function serve() {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname)).replace(/^(\.\.[/\\])+/, '')
    const file = join(outDir, path === '/' ? 'index.html' : path)
    if (!file.startsWith(outDir) || !existsSync(file)) {
      res.writeHead(404).end()
      return
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file))
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

/**
 * Runs each `{ lib, variant, scenario }` in its own context; a run busier than `capMs` is reported as
 * not finished and its context closed.
 */
export async function runBrowserStorms(runs, opts, onDone = () => {}) {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`no Chromium at ${CHROMIUM}: install Debian's chromium (apt-get install chromium) or set CHROMIUM to its path`)
  }
  const { chromium } = await import('playwright-core')
  const server = await serve()
  let browser
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS })
  } catch (error) {
    // The server must not keep the process alive when the browser cannot start.
    server.close()
    throw error
  }
  const url = `http://127.0.0.1:${server.address().port}/index.html`
  const version = browser.version()
  const results = []
  try {
    for (const run of runs) {
      const context = await browser.newContext()
      const page = await context.newPage()
      const cdp = await context.newCDPSession(page)
      await page.exposeFunction('benchHeap', async () => {
        await cdp.send('HeapProfiler.collectGarbage')
        await cdp.send('HeapProfiler.collectGarbage')
        return (await cdp.send('Runtime.getHeapUsage')).usedSize
      })
      await page.goto(url)
      await page.waitForFunction(() => 'stormBench' in window)
      // The browser is still finishing the page's load (compiling, collecting) when its script has run: a quiet
      // moment before the library mounts, as after a page closes. Measured: without it the first timed burst of
      // a library with more code on its path ran 3 to 6 times slower than the bursts after it.
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS))
      const started = Date.now()
      const work = page.evaluate(([r, o]) => window.stormBench.run(r.lib, r.variant, r.scenario, o), [run, opts])
      const timeout = new Promise((resolve) => setTimeout(() => resolve(null), opts.capMs + 2000))
      const result = await Promise.race([work.catch((error) => ({ error: String(error) })), timeout])
      results.push(
        result === null
          ? {
              env: 'chromium',
              ...run,
              limit: null,
              samples: [],
              heapDelta: null,
              leftAfterDismiss: null,
              dnf: { afterMs: Date.now() - started, toasts: null, commits: null },
            }
          : { env: 'chromium', ...run, ...result },
      )
      await context.close().catch(() => {})
      // The closed page's process winds down in the background (its heap, its compositor): a quiet moment
      // first, so the next library does not share the two cores with it.
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS))
      onDone(run, Date.now() - started)
    }
  } finally {
    await browser.close()
    server.close()
  }
  return { version, results }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // One run by hand: node test/bench/storm-browser.mjs <library> <default|dedupe> <distinct|identical>
  const [lib = 'stardust-error-kit', variant = 'default', scenario = 'distinct'] = process.argv.slice(2)
  await buildPage()
  const out = await runBrowserStorms([{ lib, variant, scenario }], { n: 1000, repeat: 5, warmup: 1, budgetMs: 4000, capMs: 10000 })
  console.log(JSON.stringify(out, null, 1))
}
