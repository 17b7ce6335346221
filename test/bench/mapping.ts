// Mapping throughput: envelope → localized presentation (resolveError on the envelope as parsed: it
// decodes it and, on a cache miss, builds the StardustError and runs the whole resolution chain) per second, against one bare i18next `t` call with interpolation.
//   node --import tsx test/bench/mapping.ts   → one JSON line
import { loadKit } from './kit.js'
import { FAILURES, IDENTICAL, envelope } from './fixtures.js'
import { compare } from './measure.js'

const kit = await loadKit()
const i18n = kit.createStardustI18n('en')
await kit.loadStardustLocale(i18n, 'en')
await kit.loadStardustLocale(i18n, 'de')

const SIZE = 4096 // more than the resolution cache keeps (500): "unique" inputs always miss it
const cycle =
  <T>(items: T[]) =>
  (i: number) =>
    items[i % items.length]!
const present = (lng: string) => (value: unknown) => kit.resolveError(value, i18n, lng)
const en = present('en')
const de = present('de')

const distinct = cycle(Array.from({ length: SIZE }, (_, i) => envelope(i)))
const taxonomy = cycle(
  Array.from({ length: SIZE }, (_, i) => ({
    ...envelope(i),
    code: 57001,
    message: `value v${i} of field label${i % 7} cannot be converted to type Integer.`,
  })),
)
const unknown = cycle(
  Array.from({ length: SIZE }, (_, i) => ({ ...envelope(i), code: 59_000 + (i % 900), message: `Quota ${i} exceeded.` })),
)
const network = cycle(Array.from({ length: 64 }, () => new TypeError('Failed to fetch')))

export const CASES: Record<string, { describe: string; fn: (i: number) => unknown }> = {
  repeated: { describe: 'the same failure again and again (51004, en)', fn: () => en(IDENTICAL) },
  distinctCodes: {
    describe: `every documented code in turn (${FAILURES.length} codes, API text, new requestId each, en)`,
    fn: (i) => en(distinct(i)),
  },
  distinctCodesDe: { describe: 'every documented code in turn, in German', fn: (i) => de(distinct(i)) },
  uniqueWithValues: {
    describe: 'unique server text with values (57001, interpolated message; cache always misses)',
    fn: (i) => en(taxonomy(i)),
  },
  uniqueWithValuesDe: { describe: 'the same in German (fallback chain en ← de)', fn: (i) => de(taxonomy(i)) },
  unknownCode: { describe: 'undocumented code, unique server text (falls through to the server message)', fn: (i) => en(unknown(i)) },
  network: { describe: "fetch's TypeError (no envelope → kinds.network)", fn: (i) => en(network(i)) },
}

const BASELINE = 'i18next.t'
const fns: Record<string, (i: number) => unknown> = {
  // One bare t() with interpolation, the cheapest an app's own mapping can be.
  [BASELINE]: (i) => i18n.t('codes.54010.messageWithValues', { lng: 'en', ns: 'stardust', bucket: `gs://bucket-${i & 1023}` }),
  ...Object.fromEntries(Object.entries(CASES).map(([name, c]) => [name, c.fn])),
}
// Sanity: every case yields a real presentation.
for (const [name, c] of Object.entries(CASES)) {
  const out = c.fn(1) as { title?: string; message?: string }
  if (!out.title || !out.message) throw new Error(`${name}: no title or message`)
}

const results = compare(fns, { baseline: BASELINE, rounds: Number(process.env.BENCH_ROUNDS ?? 15) })
process.stdout.write(
  `${JSON.stringify({ baseline: BASELINE, cases: Object.fromEntries(Object.entries(CASES).map(([k, v]) => [k, v.describe])), results })}\n`,
)
