// Scale: mapping time with 100, 1,000 and 10,000 app-defined codes (registerCodes + addStardustResources),
// and with 5 and 20 locales registered.
//   node --single-threaded-gc --import tsx test/bench/scale.ts   → one JSON line
import { loadKit } from './kit.js'
import { envelope } from './fixtures.js'
import { compare, stats } from './measure.js'

const kit = await loadKit()
const en = (await import('../../locales/en/stardust.json')).default as Record<string, unknown>
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 11)
const SIZE = 4096
const FIRST_APP_CODE = 610_000
type I18n = ReturnType<typeof kit.createStardustI18n>
type Definitions = Parameters<typeof kit.registerCodes>[0]

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

// What one step measures, each a stream of inputs.
function cases(step: Step): Record<string, (i: number) => unknown> {
  const { i18n, lng, codes } = step
  const appCode = (i: number, among: number) => FIRST_APP_CODE + ((i * 7919) % among)
  const appUnique = (among: number) =>
    Array.from({ length: SIZE }, (_, i) => kit.toStardustError({ ...envelope(i), code: appCode(i, among), message: `App failure ${i}.` }))
  // The same 100 codes at every catalog size: only the catalog grows. Then codes spread over the whole
  // catalog: the working set grows with it too (more memory touched, more cache misses).
  const appSame = appUnique(100)
  const appSpread = appUnique(codes)
  const builtInUnique = Array.from({ length: SIZE }, (_, i) =>
    kit.toStardustError({ ...envelope(i), code: 51004, message: `campaignName ${i} is already exists.` }),
  )
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

// Each step in turn, its code registry in place, all of it twice (A B C A B C) so a burst of load on the
// machine does not decide a step alone; each step's samples from both passes are pooled.
function run(steps: Step[]) {
  const samples = new Map<string, Record<string, number[]>>(steps.map((s) => [s.name, {}]))
  for (let pass = 0; pass < 2; pass++) {
    for (const step of steps) {
      kit.resetCodes()
      kit.registerCodes(step.definitions)
      const results = compare(cases(step), { baseline: 't', rounds: ROUNDS, batchMs: 12, warmupMs: 60 })
      const pooled = samples.get(step.name)!
      for (const [name, r] of Object.entries(results)) (pooled[name] ??= []).push(...r.opsPerSec.samples)
    }
  }
  const us = (ops: number[]) => {
    const s = stats(ops)
    return { usPerOp: 1e6 / s.median, min: 1e6 / s.max, max: 1e6 / s.min }
  }
  const rows = steps.map((step) => ({
    step: step.name,
    cases: Object.fromEntries(Object.entries(samples.get(step.name)!).map(([name, ops]) => [name, us(ops)])),
  }))
  // Growth from the first step to the last. `best`: the fast end of each (80th percentile of the rates; load
  // on a shared machine only ever adds time, so the fast end is the least disturbed estimate); `median`: of medians.
  const first = samples.get(steps[0]!.name)!
  const last = samples.get(steps[steps.length - 1]!.name)!
  const growth = Object.fromEntries(
    Object.keys(first).map((name) => {
      const a = stats(first[name]!)
      const b = stats(last[name]!)
      return [name, { best: a.p80 / b.p80, median: a.median / b.median }]
    }),
  )
  return { rows, growth: { label: `${steps[steps.length - 1]!.name} vs ${steps[0]!.name}`, cases: growth } }
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
const matchBefore = compare({ matchLocale: () => kit.matchLocale('de-AT') }, { baseline: 'matchLocale', rounds: ROUNDS, batchMs: 12 })
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
// What the provider runs on every render, with 20 locales registered (registering cannot be undone: last).
for (let n = own.length; n < 20; n++) kit.registerLocale(`x${n}`, async () => structuredClone(en) as never)
const matchAfter = compare({ matchLocale: () => kit.matchLocale('de-AT') }, { baseline: 'matchLocale', rounds: ROUNDS, batchMs: 12 })

const us = (r: (typeof matchBefore)[string]) => ({ usPerOp: 1e6 / r.opsPerSec.median, min: 1e6 / r.opsPerSec.max, max: 1e6 / r.opsPerSec.min })
const catalog = run(catalogSteps)
const locales = run(localeSteps)
const [five, twenty] = locales.rows
five!.cases.matchLocale = us(matchBefore.matchLocale!)
twenty!.cases.matchLocale = us(matchAfter.matchLocale!)
// Measured one after the other (registering a locale cannot be undone): the ratio of the medians.
const m = matchBefore.matchLocale!.opsPerSec.median / matchAfter.matchLocale!.opsPerSec.median
locales.growth.cases.matchLocale = { best: matchBefore.matchLocale!.opsPerSec.p80 / matchAfter.matchLocale!.opsPerSec.p80, median: m }
kit.resetCodes()
process.stdout.write(`${JSON.stringify({ rows: [...catalog.rows, ...locales.rows], growth: [catalog.growth, locales.growth] })}\n`)
