// Scale: mapping time with 100, 1,000 and 10,000 app-defined codes (registerCodes + addStardustResources),
// and with 5 and 20 locales registered.
//   node --single-threaded-gc --import tsx test/bench/scale.ts   → one JSON line
//
// All steps of a comparison are measured in one `compare()`, interleaved round by round (step A's cases, step
// B's, …, then again), so drift of the machine (load, JIT) hits all steps alike, and all steps run the same
// code, warmed up by all of them. The code registry is global: before a batch, the `before` hook puts its
// step's codes in place (when another step's are), outside the time measured.
import { register } from 'node:module'
import v8 from 'node:v8'
import vm from 'node:vm'
import { loadKit, type Kit } from './kit.js'
import { envelope } from './fixtures.js'
import { compare, type Stats } from './measure.js'

// A second, independent copy of the kit, for `matchLocale` with 5 and with 20 locales registered (registering
// cannot be undone). A query string on the entry alone is not enough: the build's shared chunks, where the
// registries live, would still be one module each. This hook carries `?instance=…` from a module to every file
// it imports outside node_modules, so the whole kit loads again.
const instanceHooks = `
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context)
  const instance = context.parentURL && /[?&]instance=([^&#]+)/.exec(context.parentURL)
  if (instance && resolved.url.startsWith('file:') && !resolved.url.includes('/node_modules/') && !/[?&]instance=/.test(resolved.url))
    return { ...resolved, url: resolved.url + (resolved.url.includes('?') ? '&' : '?') + 'instance=' + instance[1] }
  return resolved
}`
register(`data:text/javascript,${encodeURIComponent(instanceHooks)}`)

// A full collection before every batch, outside the time measured: each batch starts from the same heap. Without
// it, a batch that runs while a collection set off by the batches before it is under way takes 1.5–3 times as
// long, and which steps' batches that hits is chance: the fast end of a step then says how often it was spared.
if (typeof globalThis.gc !== 'function') v8.setFlagsFromString('--expose-gc')
const collect = (globalThis.gc ?? vm.runInNewContext('gc')) as () => void

const kit = await loadKit()
const copy: string = './kit.js?instance=b'
const kitB = await ((await import(copy)) as typeof import('./kit.js')).loadKit()
const en = (await import('../../locales/en/stardust.json')).default as Record<string, unknown>
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 11)
// Batches per step: as many as the two passes of the former design gave (2 × ROUNDS), now all interleaved.
const BATCH = { rounds: 2 * ROUNDS, batchMs: 12, warmupMs: 60 }
const SIZE = 4096
const FIRST_APP_CODE = 610_000
type I18n = ReturnType<Kit['createStardustI18n']>
// An app's codes defined at run time: plain numbers, not literals the compiler knows.
type Definitions = Record<number, { family: string; severity?: 'info' | 'warning' | 'error'; field?: string | null }>
type StardustError = ReturnType<Kit['toStardustError']>

function appCatalog(codes: number) {
  const definitions: Definitions = {}
  const messages: Record<string, { title: string; message: string; hint: string }> = {}
  for (let k = 0; k < codes; k++) {
    const code = FIRST_APP_CODE + k
    definitions[code] = { family: 'campaign', severity: 'warning', field: `field${k}` }
    messages[code] = { title: `App failure ${k}`, message: `Something specific to the app went wrong (${k}).`, hint: `Do thing ${k}.` }
  }
  return { definitions, resources: { codes: messages } }
}

interface Step {
  name: string
  i18n: I18n
  lng: string
  codes: number
  definitions: Definitions
}

// The inputs, each a stream of errors, built once and shared by the steps that use them (the same values at
// every step). Built without capturing call stacks: mapping never reads one and the objects keep the same
// shape, but a stack is most of an error's memory, and every collection before a batch walks all of them.
const appCode = (i: number, among: number) => FIRST_APP_CODE + ((i * 7919) % among)
const unstacked = <T>(build: () => T): T => {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return build()
  } finally {
    Error.stackTraceLimit = limit
  }
}
const appUniqueBy = new Map<number, StardustError[]>()
function appUnique(among: number): StardustError[] {
  let errors = appUniqueBy.get(among)
  if (!errors) {
    errors = unstacked(() =>
      Array.from({ length: SIZE }, (_, i) =>
        kit.toStardustError({ ...envelope(i), code: appCode(i, among), message: `App failure ${i}.` }),
      ),
    )
    appUniqueBy.set(among, errors)
  }
  return errors
}
const builtInUnique = unstacked(() =>
  Array.from({ length: SIZE }, (_, i) =>
    kit.toStardustError({ ...envelope(i), code: 51004, message: `campaignName ${i} is already exists.` }),
  ),
)

// What one step measures, each a stream of inputs.
function cases(step: Step): Record<string, (i: number) => unknown> {
  const { i18n, lng, codes } = step
  // The same 100 codes at every catalog size: only the catalog grows. Then codes spread over the whole
  // catalog: the working set grows with it too (more memory touched, more cache misses).
  const appSame = appUnique(100)
  const appSpread = appUnique(codes)
  const appRepeated = kit.toStardustError({ ...envelope(1), code: appCode(codes >> 1, codes), message: 'App failure.' })
  return {
    t: (i) => i18n.t('codes.54010.messageWithValues', { lng, ns: 'stardust', bucket: `gs://bucket-${i & 1023}` }),
    // Unique server text: the cache never answers, the whole chain runs every time.
    appCodeUnique: (i) => kit.resolveError(appSame[i % SIZE]!, i18n, lng),
    builtInCodeUnique: (i) => kit.resolveError(builtInUnique[i % SIZE]!, i18n, lng),
    appCodeRepeated: () => kit.resolveError(appRepeated, i18n, lng),
    appCodeUniqueSpread: (i) => kit.resolveError(appSpread[i % SIZE]!, i18n, lng),
  }
}

const usOf = (ops: Stats) => ({ usPerOp: 1e6 / ops.median, min: 1e6 / ops.max, max: 1e6 / ops.min })
// Growth from the first step to the last. `best`: the fast end of each (80th percentile of the rates; load
// on a shared machine only ever adds time, so the fast end is the least disturbed estimate); `median`: of medians.
const growthOf = (a: Stats, b: Stats) => ({ best: a.p80 / b.p80, median: a.median / b.median })

// Every step's cases in one compare(), interleaved round by round.
function run(steps: Step[]) {
  const key = (step: Step, name: string) => `${step.name}\u0000${name}`
  const stepOf = new Map<string, Step>()
  const fns: Record<string, (i: number) => unknown> = {}
  const names = new Set<string>()
  for (const step of steps) {
    for (const [name, fn] of Object.entries(cases(step))) {
      fns[key(step, name)] = fn
      stepOf.set(key(step, name), step)
      names.add(name)
    }
  }
  let registered: Definitions | null = null
  const before = (name: string) => {
    const { definitions } = stepOf.get(name)!
    if (definitions !== registered) {
      kit.resetCodes()
      kit.registerCodes(definitions)
      registered = definitions
    }
    collect()
  }
  const results = compare(fns, { baseline: key(steps[0]!, 't'), ...BATCH, before })
  kit.resetCodes()
  const rows = steps.map((step) => ({
    step: step.name,
    cases: Object.fromEntries([...names].map((name) => [name, usOf(results[key(step, name)]!.opsPerSec)])) as Record<
      string,
      ReturnType<typeof usOf>
    >,
  }))
  const [first, last] = [steps[0]!, steps[steps.length - 1]!]
  const growth = Object.fromEntries(
    [...names].map((name) => [name, growthOf(results[key(first, name)]!.opsPerSec, results[key(last, name)]!.opsPerSec)]),
  )
  return { rows, growth: { label: `${last.name} vs ${first.name}`, cases: growth } }
}

// Catalog size: 100, 1,000, 10,000 app codes, English.
const catalogSteps: Step[] = []
for (const codes of [100, 1_000, 10_000]) {
  const { definitions, resources } = appCatalog(codes)
  const i18n = kit.createStardustI18n('en')
  await kit.loadStardustLocale(i18n, 'en')
  kit.addStardustResources(i18n, 'en', resources)
  catalogSteps.push({ name: `${codes.toLocaleString('en-US')} app codes`, i18n, lng: 'en', codes, definitions })
}

// Locales: 5 (the kit's own) and 20 loaded, 1,000 app codes, German (with English fallback).
const own = kit.availableLocales()
const thousand = appCatalog(1_000)
const localeSteps: Step[] = []
for (const target of [5, 20]) {
  const lngs = [...own]
  for (let n = own.length; n < target; n++) lngs.push(`x${n}`)
  const i18n = kit.createStardustI18n('de')
  for (const lng of lngs) {
    if (own.includes(lng)) await kit.loadStardustLocale(i18n, lng)
    else i18n.addResourceBundle(lng, 'stardust', structuredClone(en), true, true)
    kit.addStardustResources(i18n, lng, thousand.resources)
  }
  localeSteps.push({ name: `${target} locales (${own.length} shipped)`, i18n, lng: 'de', codes: 1_000, definitions: thousand.definitions })
}

// What the provider runs on every render: the kit with its own 5 locales, and its copy with 15 more registered.
for (let n = own.length; n < 20; n++) kitB.registerLocale(`x${n}`, async () => structuredClone(en) as never)
const [localesA, localesB] = [kit.availableLocales().length, kitB.availableLocales().length]
if (kit.matchLocale === kitB.matchLocale || localesA !== own.length || localesB !== 20) {
  throw new Error(`The two copies of the kit share their locale registry (${localesA} and ${localesB} locales)`)
}

const catalog = run(catalogSteps)
const locales = run(localeSteps)
// A few ns a call: a 12 ms batch holds about a million calls, far above the resolution of the CPU clock (1 µs).
const match = compare(
  { five: () => kit.matchLocale('de-AT'), twenty: () => kitB.matchLocale('de-AT') },
  { baseline: 'five', ...BATCH, before: () => collect() },
)
const [five, twenty] = locales.rows
five!.cases.matchLocale = usOf(match.five!.opsPerSec)
twenty!.cases.matchLocale = usOf(match.twenty!.opsPerSec)
locales.growth.cases.matchLocale = growthOf(match.five!.opsPerSec, match.twenty!.opsPerSec)
process.stdout.write(
  `${JSON.stringify({ batches: BATCH.rounds, rows: [...catalog.rows, ...locales.rows], growth: [catalog.growth, locales.growth] })}\n`,
)
