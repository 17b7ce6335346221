// npm run bench: what the kit costs, side by side with the libraries it would replace, in one run.
// Builds the kit with its own Vite config (into test/bench/.out, never dist/), then runs each part:
// size, toast storms (jsdom and Chromium), mapping throughput, memory and scale. Prints the tables
// and writes them to test/bench/results.local.md (ignored by git: measuring never dirties the tree).
// Targets are ratios against the peers measured in this run. A part that cannot run (no Chromium) says
// why, the others still run, and the exit code is 1.
//
//   npm run bench                      every part (about 2–3 minutes on 2 cores)
//   npm run bench -- --only=size,mapping
//   npm run bench -- --write-results   also rewrite the committed test/bench/RESULTS.md
//   CHROMIUM=/path/to/chromium npm run bench
import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(fileURLToPath(new URL('..', import.meta.url)))
const bench = join(root, 'test/bench')
const out = join(bench, '.out')
const distDir = join(out, 'dist')

const args = process.argv.slice(2)
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',')
const want = (part) => !only || only.includes(part)
const writeResults = args.includes('--write-results')

// Every storm run: each library on both bursts, then each peer's own dedupe option on the identical one.
const LIBS = ['stardust-error-kit', 'react-hot-toast', 'notistack', 'sonner', 'react-toastify']
const RUNS = [
  ...LIBS.flatMap((lib) => ['distinct', 'identical'].map((scenario) => ({ lib, variant: 'default', scenario }))),
  ...LIBS.slice(1).map((lib) => ({ lib, variant: 'dedupe', scenario: 'identical' })),
]
const STORM = { n: 1000, repeat: 5, warmup: { jsdom: 1, chromium: 3 }, budgetMs: 4000, rounds: { jsdom: 1, chromium: 3 } }
// A burst still busy after this long is reported as not finished (sonner re-renders every toast per toast).
const CAP_MS = { jsdom: 10_000, chromium: 8_000 }

const log = (text) => process.stderr.write(`${text}\n`)

/** Runs a Node script; resolves with its output, or with `timedOut` when it had to be stopped. */
function node(script, scriptArgs = [], { flags = [], env = {}, timeoutMs = 120_000 } = {}) {
  return new Promise((done) => {
    const started = Date.now()
    const child = spawn(process.execPath, [...flags, '--import', 'tsx', script, ...scriptArgs], {
      cwd: root,
      env: { ...process.env, BENCH_DIST: distDir, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      // The first line of an uncaught error, up to its first sentence.
      const error = /^(?:\w*Error|Error)\b[^\n]*?(?:\.(?=\s)|$)/m.exec(stderr)?.[0] ?? null
      done({ stdout, stderr, code, timedOut: signal === 'SIGKILL', ms: Date.now() - started, error })
    })
  })
}

/** The JSON line a part printed last; throws with its error output when there is none. */
function lastJson(run) {
  const line = run.stdout
    .trim()
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .at(-1)
  if (!line)
    throw new Error(run.error ?? (run.timedOut ? 'timed out' : `exit ${run.code}: ${run.stderr.trim().split('\n').slice(-3).join(' ')}`))
  return JSON.parse(line)
}

/** The library build: the project's own Vite config, into test/bench/.out/dist instead of dist/. */
async function buildKit() {
  const { build } = await import('vite')
  await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: distDir, emptyOutDir: true, sourcemap: false },
  })
}

async function jsdomStorms() {
  const results = []
  for (const run of RUNS) {
    const r = await node(join(bench, 'storm-jsdom.tsx'), [run.lib, run.variant, run.scenario], {
      flags: ['--expose-gc', '--single-threaded-gc'],
      // act() needs React's development build (Vite's build() above set NODE_ENV=production in this process).
      env: { BENCH_REPEAT: String(STORM.repeat), BENCH_WARMUP: String(STORM.warmup.jsdom), NODE_ENV: 'development' },
      timeoutMs: CAP_MS.jsdom,
    })
    if (r.code === 0) results.push(lastJson(r))
    else {
      results.push({
        env: 'jsdom',
        ...run,
        samples: [],
        heapDelta: null,
        dnf: {
          afterMs: r.ms,
          reason: r.timedOut ? `still busy after ${(CAP_MS.jsdom / 1000).toFixed(0)} s (process stopped)` : (r.error ?? `exit ${r.code}`),
        },
      })
    }
    log(`  jsdom    ${run.lib} ${run.variant} ${run.scenario}: ${r.code === 0 ? 'done' : 'did not finish'} (${(r.ms / 1000).toFixed(1)} s)`)
  }
  return results
}

async function browserStorms() {
  const { buildPage, runBrowserStorms } = await import(join(bench, 'storm-browser.mjs'))
  await buildPage()
  // Every library in several fresh pages, interleaved round by round (all libraries once, then again), so
  // a slow stretch of a shared machine, or a page that happens to start slow, hits every library alike.
  // Each round starts further along the list, so no library is always the first page of a round.
  const step = Math.ceil(RUNS.length / STORM.rounds.chromium)
  const rounds = Array.from({ length: STORM.rounds.chromium }, (_, i) => [...RUNS.slice(i * step), ...RUNS.slice(0, i * step)]).flat()
  const { version, results } = await runBrowserStorms(
    rounds,
    { ...STORM, warmup: STORM.warmup.chromium, capMs: CAP_MS.chromium },
    (run, ms) => log(`  chromium ${run.lib} ${run.variant} ${run.scenario} (${(ms / 1000).toFixed(1)} s)`),
  )
  for (const r of results) {
    if (r.dnf && !r.dnf.reason) r.dnf.reason = `still busy after ${(CAP_MS.chromium / 1000).toFixed(0)} s`
  }
  return { version, results: pool(results) }
}

/**
 * One result per library and burst from its rounds: the samples of every round together, the median
 * heap delta, and not finished when any round did not finish.
 */
function pool(results) {
  const byRun = new Map()
  for (const r of results) {
    const key = `${r.lib}|${r.variant}|${r.scenario}`
    const rounds = byRun.get(key) ?? []
    rounds.push(r)
    byRun.set(key, rounds)
  }
  return [...byRun.values()].map((rounds) => {
    const heaps = rounds
      .map((r) => r.heapDelta)
      .filter((h) => h != null)
      .sort((a, b) => a - b)
    return {
      ...rounds[0],
      samples: rounds.flatMap((r) => r.samples),
      heapDelta: heaps.length === 0 ? null : heaps[(heaps.length - 1) >> 1],
      leftAfterDismiss: Math.max(...rounds.map((r) => r.leftAfterDismiss ?? 0)),
      dnf: rounds.find((r) => r.dnf)?.dnf ?? null,
      rounds: rounds.length,
    }
  })
}

async function part(name, fn) {
  if (!want(name)) return null
  const t0 = Date.now()
  log(`▸ ${name}`)
  try {
    return await fn()
  } catch (error) {
    // One broken part must not cost the others: the report says it failed, and why.
    log(`  ${name} failed: ${error.message}`)
    return { failed: error.message }
  } finally {
    log(`  ${name}: ${((Date.now() - t0) / 1000).toFixed(1)} s`)
  }
}

const t0 = Date.now()
const { machine, versions } = await import(join(bench, 'report.mjs')).then((m) => m.environment(root))
const loadBefore = machine.load
log('▸ build (vite, the library config, into test/bench/.out/dist)')
await buildKit()
const sizes = await part('size', async () => (await import(join(bench, 'size.mjs'))).measureSizes(distDir))
const jsdom = await part('storm-jsdom', jsdomStorms)
const chromium = await part('storm-browser', browserStorms)
const mapping = await part('mapping', async () => lastJson(await node(join(bench, 'mapping.ts'), [], { flags: ['--single-threaded-gc'] })))
const memory = await part('memory', async () =>
  lastJson(await node(join(bench, 'memory.ts'), [], { flags: ['--expose-gc'], env: { NODE_ENV: 'production' } })),
)
const scale = await part('scale', async () => lastJson(await node(join(bench, 'scale.ts'), [], { flags: ['--single-threaded-gc'] })))

const { render } = await import(join(bench, 'report.mjs'))
const { markdown, summary } = render({
  date: new Date(),
  machine: { ...machine, loadBefore, loadAfter: (await import('node:os')).loadavg() },
  versions: { ...versions, chromium: chromium?.version ?? null },
  storm: { ...STORM, caps: CAP_MS },
  sizes,
  storms: [...(Array.isArray(jsdom) ? jsdom : []), ...(chromium?.results ?? [])],
  failed: Object.fromEntries(
    Object.entries({ size: sizes, 'storm-jsdom': jsdom, 'storm-browser': chromium, mapping, memory, scale })
      .filter(([, r]) => r?.failed)
      .map(([k, r]) => [k, r.failed]),
  ),
  mapping,
  memory,
  scale,
  seconds: (Date.now() - t0) / 1000,
})
process.stdout.write(`${markdown}\n`)
const target = writeResults && !only ? 'RESULTS.md' : 'results.local.md'
writeFileSync(join(bench, target), `${markdown}\n`)
const failedParts = [sizes, jsdom, chromium, mapping, memory, scale].filter((r) => r?.failed).length
log(`\n${summary}\n\nWrote test/bench/${target} (${((Date.now() - t0) / 1000).toFixed(0)} s)`)
if (failedParts > 0) log(`${failedParts} part(s) could not run: see "failed" above.`)
// exitCode, not exit(): the report reaches a pipe whole; nothing is left running to keep the process alive.
process.exitCode = failedParts > 0 ? 1 : 0
