// Turns the bench parts' results into tables with ratios and verdicts (test/bench/RESULTS.md).
import { readFileSync } from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'

const MB = 1024 * 1024
const HEAP_TARGET = 1 * MB
// How many toasts the kit keeps waiting behind the visible ones (src/ui/toastStore.ts, MAX_QUEUED).
const WAITING_KEPT = 100
const GROWTH_TOLERANCE = 1.25 // "does not grow": within the run-to-run spread of these micro-benchmarks on this machine

/** The machine and the versions measured. */
export function environment(root) {
  const pkg = (name) => {
    try {
      return JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version
    } catch {
      return null
    }
  }
  const names = [
    'react',
    'react-dom',
    'i18next',
    'sonner',
    'react-hot-toast',
    'notistack',
    'react-toastify',
    'react-error-boundary',
    'jsdom',
    '@testing-library/react',
    'size-limit',
    'esbuild',
    'vite',
    'playwright-core',
  ]
  const cpus = os.cpus()
  return {
    machine: {
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      cpu: `${cpus[0]?.model?.trim() ?? 'unknown'} × ${cpus.length}`,
      memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
      load: os.loadavg(),
    },
    versions: {
      'stardust-error-kit': JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version,
      node: process.versions.node,
      ...Object.fromEntries(names.map((n) => [n, pkg(n)])),
    },
  }
}

// ── formatting ────────────────────────────────────────────────────────────────────────────────
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length === 0 ? NaN : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}
const kB = (bytes) => (bytes == null ? '—' : `${(bytes / 1000).toFixed(2)} kB`)
const bytesOf = (limit) => {
  const m = /^([\d.]+)\s*(k|K)B$/.exec(String(limit ?? ''))
  return m ? Number(m[1]) * 1000 : null
}
const ms = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2))
const spread = (xs, f = ms) => (xs.length > 1 ? ` (${f(Math.min(...xs))}–${f(Math.max(...xs))})` : '')
const ratio = (x) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : '—')
const mb = (bytes) => (bytes == null ? '—' : `${bytes >= 0 ? '+' : '−'}${(Math.abs(bytes) / MB).toFixed(2)} MB`)
const verdict = (ok) => (ok == null ? '—' : ok ? '✅ met' : '❌ **missed**')
const table = (head, rows) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n')
const libLabel = (r) =>
  r.variant === 'dedupe'
    ? `${r.lib} (own dedupe: ${r.lib === 'notistack' ? 'preventDuplicate' : 'same id'})`
    : r.lib === 'stardust-error-kit'
      ? '**stardust-error-kit**'
      : r.lib

// ── parts ─────────────────────────────────────────────────────────────────────────────────────
function sizeSection(s, out) {
  const peer = (name) => s.peers.find((p) => p.name === name)?.bytes
  const entry = s.kit.find((k) => /React entry/.test(k.name))
  const core = s.kit.find((k) => /\/core$/.test(k.name))
  const pair = peer('react-error-boundary') + peer('react-hot-toast')
  const rows = [
    ...s.kit.map((k) => {
      const ceiling = bytesOf(k.ceiling)
      return [
        k.name,
        kB(k.bytes),
        k.target ? kB(k.target) : '—',
        k.target ? verdict(k.bytes <= k.target) : 'informational',
        k.ceiling ?? '—',
        ceiling ? verdict(k.bytes <= ceiling) : '—',
      ]
    }),
    ...s.extra.map((e) => [e.name, kB(e.bytes), '—', 'informational', '—', '—']),
    ...s.peers.map((p) => [`${p.name} ${p.version} (peer)`, kB(p.bytes), '—', '—', '—', '—']),
  ]
  const typical = s.kit.find((k) => /typical app, up front/.test(k.name))
  const typicalVsSonner = typical ? typical.bytes / peer('sonner') : Infinity
  const locales = s.kit.filter((k) => /^locale /.test(k.name))
  const budget = (k) => [
    `${k.name} ≤ ${kB(k.target)}`,
    kB(k.bytes),
    `${kB(k.target)} target`,
    ratio(k.bytes / k.target),
    verdict(k.bytes <= k.target),
  ]
  const targets = [
    [
      'A typical app (up front) ≤ sonner, same run',
      typical ? kB(typical.bytes) : '—',
      `${kB(peer('sonner'))} measured`,
      ratio(typicalVsSonner),
      verdict(typicalVsSonner <= 1),
    ],
    budget(core),
    budget(entry),
    [
      'React entry vs react-error-boundary + react-hot-toast',
      kB(entry.bytes),
      `${kB(pair)} measured`,
      ratio(entry.bytes / pair),
      'informational',
    ],
    ...locales.map(budget),
    [
      'English-only build carries no other locale',
      `entry graph (${s.englishOnly.entryFiles.length} files) + ${s.englishOnly.englishChunk ?? 'no English chunk'}`,
      `lazy: ${s.englishOnly.lazyLocales.join(', ')}`,
      s.englishOnly.otherLocalesFound.length ? s.englishOnly.otherLocalesFound.map((f) => f.locale).join(', ') : 'none found',
      verdict(s.englishOnly.ok),
    ],
  ]
  out.push('## Size (min + gzip, peers external)', '')
  out.push(
    "size-limit 12 (esbuild, minified, UTF-8 output as bundlers emit it, gzip level 9), the same checks CI runs from `.size-limit.mjs`; peers measured from their ESM builds with their own dependencies (goober, clsx) bundled and React external. Two limits per bundle: the **target** the kit aims for, and the **CI ceiling** `npm run size` enforces on every change (today's size plus a little, so the kit cannot grow unnoticed).",
    '',
  )
  out.push(table(['Bundle', 'min + gzip', 'Target', 'vs target', 'CI ceiling', 'vs ceiling'], rows), '')
  out.push(table(['Target', 'Kit', 'Against', 'Ratio', 'Result'], targets), '')
  if (s.modules) {
    out.push(
      `Where a typical app's bytes go (minified, before gzip; ${kB(s.modules.total)} in all, largest modules first):`,
      '',
      table(
        ['Module', 'min', 'share'],
        s.modules.top.map((m) => [m.file, kB(m.bytes), `${((m.bytes / s.modules.total) * 100).toFixed(1)}%`]),
      ),
      '',
    )
  }
  return { core, entry, typical, typicalVsSonner, locales, sonner: peer('sonner') }
}

function burstRow(r, n) {
  if (r.dnf || r.samples.length === 0) {
    return [
      libLabel(r),
      `did not finish: ${r.dnf?.reason ?? 'no sample'}`,
      '—',
      '—',
      r.dnf?.toasts ?? '—',
      '—',
      '—',
      r.dnf?.commits ?? '—',
      '—',
      '0',
    ]
  }
  const t = r.samples.map((x) => x.ms)
  const pick = (k) => median(r.samples.map((x) => x[k]))
  const more = r.samples[0].more
  return [
    libLabel(r),
    `${ms(median(t))} ms${spread(t)}`,
    `${((median(t) * 1000) / n).toFixed(1)} µs`,
    `${ms(pick('callsMs'))} ms`,
    String(pick('toasts')),
    more == null ? '—' : `and ${more} more`,
    String(pick('bodyElements')),
    String(pick('commits')),
    mb(r.heapDelta),
    String(r.samples.length),
  ]
}

function stormSection(storms, env, storm, out) {
  const runs = storms.filter((r) => r.env === env)
  if (runs.length === 0) return null
  const ok = (r) => r && !r.dnf && r.samples.length > 0
  const perFailure = (r) => (ok(r) ? median(r.samples.map((x) => x.ms)) / storm.n : Infinity)
  const verdicts = []
  const head = [
    'Library',
    'burst, median (min–max)',
    'per failure',
    'of which in the toast calls',
    'toast elements',
    'summary',
    'body elements',
    'React commits',
    'heap after dismissal',
    'runs',
  ]
  out.push(
    `### ${env === 'jsdom' ? 'jsdom 29 + Testing Library act() (React development build)' : 'Chromium (React production + profiling build)'}`,
    '',
  )
  for (const scenario of ['distinct', 'identical']) {
    const rows = runs.filter((r) => r.scenario === scenario)
    const kit = rows.find((r) => r.lib === 'stardust-error-kit')
    const peers = rows.filter((r) => r.lib !== 'stardust-error-kit')
    out.push(`**${storm.n.toLocaleString('en-US')} ${scenario} failures in one burst**`, '')
    out.push(
      table(
        head,
        rows.map((r) => burstRow(r, storm.n)),
      ),
      '',
    )
    const fastest = peers.filter(ok).sort((a, b) => perFailure(a) - perFailure(b))[0]
    const lean = peers.filter(ok).map((r) => median(r.samples.map((x) => x.toasts)))
    const kitToasts = ok(kit) ? median(kit.samples.map((x) => x.toasts)) : null
    const kitCommits = ok(kit) ? median(kit.samples.map((x) => x.commits)) : null
    const t = [
      [
        'time per failure ≤ fastest peer',
        ok(kit) ? `${(perFailure(kit) * 1000).toFixed(1)} µs` : 'did not finish',
        fastest ? `${libLabel(fastest)}: ${(perFailure(fastest) * 1000).toFixed(1)} µs` : 'no peer finished',
        fastest ? ratio(perFailure(kit) / perFailure(fastest)) : '—',
        verdict(fastest ? perFailure(kit) <= perFailure(fastest) : ok(kit)),
      ],
    ]
    if (scenario === 'distinct') {
      const more = kit?.samples?.[0]?.more
      const leanest = lean.length ? Math.min(...lean) : null
      t.push([
        // The store keeps at most 100 waiting toasts behind the visible ones; "and N more" counts those.
        `toast elements ≤ leanest peer and ≤ limit (${kit?.limit ?? 3}), the waiting ones as "and N more"`,
        kitToasts == null ? '—' : `${kitToasts} + "and ${more} more"`,
        leanest == null ? '—' : `leanest peer: ${leanest}`,
        leanest ? ratio(kitToasts / leanest) : '—',
        verdict(
          kitToasts != null &&
            (leanest == null || kitToasts <= leanest) &&
            kitToasts <= (kit.limit ?? 3) &&
            more === Math.min(storm.n - kitToasts, WAITING_KEPT),
        ),
      ])
    } else {
      t.push(['one toast element', kitToasts ?? '—', '1', '—', verdict(kitToasts === 1)])
      t.push(['≤ 3 React commits', kitCommits ?? '—', '3', '—', verdict(kitCommits != null && kitCommits <= 3)])
    }
    t.push([
      'heap back within 1 MB after dismissal',
      mb(kit?.heapDelta),
      '1 MB',
      '—',
      verdict(kit?.heapDelta != null && kit.heapDelta <= HEAP_TARGET),
    ])
    out.push(table(['Target', 'Kit', 'Against', 'Ratio', 'Result'], t), '')
    verdicts.push({ scenario, kit, fastest, perFailure, rows: t })
  }
  return verdicts
}

function mappingSection(m, out) {
  const rows = Object.entries(m.results).map(([name, r]) => {
    const isBase = name === m.baseline
    const target = isBase ? null : name === 'repeated' ? 1 : 0.5
    const r50 = r.ratio
    return [
      isBase ? `baseline: one \`i18next.t\` with interpolation` : `${name}: ${m.cases[name]}`,
      `${Math.round(r.opsPerSec.median).toLocaleString('en-US')}${spread(r.opsPerSec.samples, (x) => Math.round(x).toLocaleString('en-US'))}`,
      isBase ? '1.00×' : `${ratio(r50.median)}${spread(r50.samples, (x) => x.toFixed(2))}`,
      target == null ? '—' : `≥ ${target.toFixed(2)}×`,
      target == null ? '—' : verdict(r50.median >= target),
    ]
  })
  out.push('## Mapping throughput (envelope → localized presentation)', '')
  out.push(
    '`resolveError(envelope, i18n, lng)` on the envelope as parsed: decoded, answered from the resolution cache when the same failure was seen before, else turned into a StardustError and run through the whole resolution chain (code → family → HTTP status → kind → server text → generic, with the English fallback). Per second of CPU time (`--single-threaded-gc`), 15 interleaved rounds after a warm-up; ratios are taken round by round against the baseline, then their median. Inputs marked unique always miss the kit’s resolution cache.',
    '',
  )
  out.push(table(['Input', 'presentations / s, median (min–max)', 'vs baseline, median (min–max)', 'Target', 'Result'], rows), '')
  return rows
}

function memorySection(m, out) {
  const rows = [
    ['10,000 toasts through the real `<Toaster>` (jsdom, React production build)', m.toaster],
    ['10,000 failures through the `ToastStore` alone', m.storeOnly],
  ].map(([name, r]) => [
    name,
    `${(r.before / MB).toFixed(1)} MB`,
    `${(r.after / MB).toFixed(1)} MB`,
    mb(r.after - r.before),
    `${r.timersBefore} → ${r.timersAfter}`,
    '≤ +1 MB',
    verdict(r.after - r.before <= HEAP_TARGET),
  ])
  out.push('## Memory', '')
  out.push(
    `Heap in use after two full collections (\`node --expose-gc\`), before and after ${m.total.toLocaleString('en-US')} toasts shown and dismissed (before = after a warm-up of 300). Pending timers counted from \`process.getActiveResourcesInfo()\`. The toaster runs with \`toastLimit: 100\` so a screenful renders at a time.`,
    '',
  )
  out.push(table(['Measure', 'before', 'after', 'difference', 'timers', 'Target', 'Result'], rows), '')
  return rows
}

function scaleSection(s, out) {
  const cases = ['appCodeUnique', 'builtInCodeUnique', 'appCodeRepeated', 'appCodeUniqueSpread', 't', 'matchLocale']
  const labels = {
    appCodeUnique: 'app code, unique text (same 100 codes at every size)',
    appCodeUniqueSpread: 'app code, unique text, codes spread over the whole catalog',
    builtInCodeUnique: 'built-in code, unique text',
    appCodeRepeated: 'app code, repeated',
    t: 'one `i18next.t` (control)',
    matchLocale: '`matchLocale` (per provider render)',
  }
  const cell = (c) => (c ? `${c.usPerOp.toFixed(2)} µs (${c.min.toFixed(2)}–${c.max.toFixed(2)})` : '—')
  out.push('## Scale', '')
  const batches = s.batches ?? 22
  out.push(
    `CPU time per mapping (\`resolveError\`, whole chain), median (min–max) of ${batches} batches of about 12 ms per step, with the app’s codes registered (\`registerCodes\`) and their messages added (\`addStardustResources\`); then with 5 and 20 locales loaded (mapping in German, English fallback). Unique texts always miss the resolution cache. The steps of a comparison are measured together, interleaved: each round runs one batch of every case at every step, so load on the machine, JIT and drift hit all steps alike, and all steps run the same code. Before each batch, outside the time measured, its step’s codes are put in place (\`resetCodes\` + \`registerCodes\`, when another step’s were) and the heap is fully collected, so no batch runs inside a garbage collection set off by the batches before it. \`matchLocale\` runs on two copies of the kit loaded side by side (separate module instances, each with its own locale registry): one with its 5 shipped locales, one with 15 more registered, interleaved the same way. Growth cells: **fast end against fast end** (the fastest fifth of the batches: load on a shared machine only ever adds time, so the fast end is the least disturbed estimate; the verdict reads it) · ratio of the medians. The verdict reads the first three columns; the spread column is shown because it does grow, through the working set (more memory touched per lookup), not the lookups themselves; \`matchLocale\` is not on the mapping path but runs on every provider render.`,
    '',
  )
  out.push(
    table(
      ['Step', ...cases.map((c) => labels[c])],
      s.rows.map((r) => [r.step, ...cases.map((c) => cell(r.cases[c]))]),
    ),
    '',
  )
  const growth = ({ label, cases: g }) => {
    const mappingFlat = ['appCodeUnique', 'builtInCodeUnique', 'appCodeRepeated'].every((c) => g[c].best <= GROWTH_TOLERANCE)
    const cellOf = (c) => (g[c] ? `**${ratio(g[c].best)}** · ${ratio(g[c].median)}` : '—')
    return [label, ...cases.map(cellOf), verdict(mappingFlat), verdict(g.matchLocale ? g.matchLocale.best <= GROWTH_TOLERANCE : null), g]
  }
  const rows = s.growth.map(growth)
  out.push(
    table(
      [
        'Growth',
        ...cases.map((c) => labels[c]),
        `mapping flat (≤ ${GROWTH_TOLERANCE.toFixed(2)}×)`,
        `matchLocale flat (≤ ${GROWTH_TOLERANCE.toFixed(2)}×)`,
      ],
      rows.map((r) => r.slice(0, -1)),
    ),
    '',
  )
  return rows
}

/** The whole report, and a short summary for the README. */
export function render(d) {
  const out = []
  const v = d.versions
  out.push('# Benchmarks: what stardust-error-kit costs, side by side with the peers', '')
  out.push(
    `Run ${d.date.toISOString().replace('T', ' ').slice(0, 16)} UTC with \`npm run bench\` (${d.seconds.toFixed(0)} s). Targets are ratios against the peers measured in the same run, never absolute times; where a target is missed, the table says so.`,
    '',
  )
  out.push(
    `- Machine: ${d.machine.cpu}, ${d.machine.memory}, ${d.machine.os}; load average ${d.machine.loadBefore.map((x) => x.toFixed(1)).join(' / ')} at the start and ${d.machine.loadAfter.map((x) => x.toFixed(1)).join(' / ')} at the end (a shared machine: other jobs ran alongside).`,
    `- Versions: stardust-error-kit ${v['stardust-error-kit']}, Node ${v.node}, React ${v.react}, i18next ${v.i18next}, sonner ${v.sonner}, react-hot-toast ${v['react-hot-toast']}, notistack ${v.notistack}, react-error-boundary ${v['react-error-boundary']}, jsdom ${v.jsdom}, @testing-library/react ${v['@testing-library/react']}, Chromium ${v.chromium ?? '—'} (playwright-core ${v['playwright-core']}), size-limit ${v['size-limit']} (esbuild ${v.esbuild}), Vite ${v.vite}.`,
    '- The kit as its own Vite config builds it (`src/index.ts`, `src/core.ts`, `src/i18n.ts`, locale chunks), into test/bench/.out/dist; every part imports that build (the Chromium page bundles it with Vite).',
    '',
  )
  const summary = []
  for (const [name, message] of Object.entries(d.failed ?? {})) {
    out.push(`> ⚠️ The ${name} part failed in this run: ${message}`, '')
    summary.push(`The ${name} part failed in this run: ${message}`)
  }
  const okPart = (r) => r && !r.failed
  if (okPart(d.sizes)) {
    const s = sizeSection(d.sizes, out)
    summary.push(
      `Size (min + gzip): a typical app ${s.typical ? kB(s.typical.bytes) : '—'} up front (${ratio(s.typicalVsSonner)} sonner), core ${kB(s.core.bytes)}, React entry ${kB(s.entry.bytes)}, locales ${kB(Math.min(...s.locales.map((l) => l.bytes)))}–${kB(Math.max(...s.locales.map((l) => l.bytes)))} each.`,
    )
  }
  if (d.storms?.length) {
    out.push('## Toast storm', '')
    out.push(
      `${d.storm.n.toLocaleString('en-US')} failures fired in one burst at each library's own toaster, inside a \`<Profiler>\` that counts commits: the kit through \`useStardustToast().show(error, { dedupeKey })\` (StardustErrors built beforehand, the kit still resolves each one; dedupe keys as the provider builds them, code + query: 1,000 queries failing at once, or one query failing 1,000 times), the peers through their toast function with the English title and description built beforehand, in their default configuration, and again with their own dedupe option for the identical burst. Burst time runs from the first call until the last commit of the work the burst set off (zero-delay timers and frames included, animations excluded): CPU time of the process in jsdom (\`--single-threaded-gc\`, so other jobs on the machine are not charged to a library), wall time in Chromium plus the forced style and layout of what the burst left. ${d.storm.warmup.jsdom} warm-up burst${d.storm.warmup.jsdom === 1 ? '' : 's'} in jsdom and ${d.storm.warmup.chromium} in Chromium, then up to ${d.storm.repeat} timed bursts (fewer when a library needs more than ${d.storm.budgetMs / 1000} s), each dismissed before the next. In Chromium every library runs like this in ${d.storm.rounds?.chromium ?? 1} fresh pages, one round of all libraries after another (each round starting further along the list, with a quiet second after each page closes, so the next library does not share the cores with its winding down, and another once a page has loaded, before its library mounts, so the bursts do not share them with the browser finishing the load), and the bursts of all its pages are taken together (a page that happens to start slow, or a busy stretch of the machine, hits every library alike); its heap after dismissal is the median of its pages. Heap after dismissal is measured after the timed bursts were dismissed, against after the first burst (full GC both times); with several warm-up bursts the baseline is taken before the last of them, since a burst right after a full collection is slower (collected code and object shapes are built again) and the timed bursts should not pay for the instrument. A burst still busy after ${d.storm.caps.jsdom / 1000} s (jsdom) or ${d.storm.caps.chromium / 1000} s (Chromium) is reported as not finished.`,
      '',
    )
    const both = { jsdom: stormSection(d.storms, 'jsdom', d.storm, out), chromium: stormSection(d.storms, 'chromium', d.storm, out) }
    for (const [env, verdicts] of Object.entries(both)) {
      if (!verdicts) continue
      const parts = verdicts.map(({ scenario, kit, fastest, perFailure }) => {
        const toasts = kit?.samples?.length ? median(kit.samples.map((x) => x.toasts)) : '—'
        return `${scenario}: ${(perFailure(kit) * 1000).toFixed(1)} µs per failure vs ${fastest ? `${(perFailure(fastest) * 1000).toFixed(1)} µs (${fastest.lib}${fastest.variant === 'dedupe' ? ', deduped' : ''})` : 'no peer finishing'}, ${toasts} toast element${toasts === 1 ? '' : 's'}`
      })
      summary.push(`Storm of 1,000 in ${env}: ${parts.join('; ')}.`)
    }
  }
  if (okPart(d.mapping)) {
    mappingSection(d.mapping, out)
    const r = d.mapping.results
    const worst = Object.entries(r)
      .filter(([k]) => k !== d.mapping.baseline)
      .sort((a, b) => a[1].ratio.median - b[1].ratio.median)[0]
    summary.push(
      `Mapping: repeated failures at ${ratio(r.repeated.ratio.median)} one i18next.t call, worst input (${worst[0]}) at ${ratio(worst[1].ratio.median)}.`,
    )
  }
  if (okPart(d.memory)) {
    memorySection(d.memory, out)
    summary.push(`Memory: ${mb(d.memory.toaster.after - d.memory.toaster.before)} after 10,000 toasts shown and dismissed.`)
  }
  if (okPart(d.scale)) {
    const rows = scaleSection(d.scale, out)
    summary.push(`Scale: mapping cost ${rows.map((r) => `${r[0]} ×${r.at(-1).appCodeUnique.best.toFixed(2)}`).join(', ')}.`)
  }
  out.push('## Summary', '', ...summary.map((s) => `- ${s}`))
  return { markdown: out.join('\n'), summary: summary.join('\n') }
}
