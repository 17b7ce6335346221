// The reliability suite's summary. Every test file adds its counts with `record()` and calls `flushReport()`
// in `afterAll`; each file runs in its own worker, so the counts meet in a temp directory (one per vitest run).
// The file that completes the set prints the table, and, with RELIABILITY_REPORT=1, writes REPORT.md.
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { isMainThread } from 'node:worker_threads'

/** What one file tried and survived. Counts add up across files; storm figures keep the maximum. */
export interface Counts {
  /** Generated or hand-written inputs fed to the kit (property runs × cases, corpus entries, renders). */
  inputs: number
  /** Faults from the corpus that were injected. */
  faults: number
  /** Of those, the ones the kit survived (every assertion of the fault held). */
  faultsSurvived: number
  /** (secret value, place) pairs planted: each of data, cause, request headers and server text counts the secrets it held. */
  secretsPlanted: number
  /** Planted secrets found in any output channel (must be 0). */
  leaked: number
  /** Output channels searched for planted secrets, once per error (channel × error). */
  channels: number
  /** Hostile strings rendered, × locales × components. */
  hostileRenders: number
  /** Failures pushed in the largest storm. */
  stormFailures: number
  /** The most toast elements visible during a storm. */
  stormMaxToasts: number
  /** The most DOM elements in the document during a storm. */
  stormDomNodes: number
  /** Heap growth over the storms, in MB (after a GC when one can be forced). */
  stormHeapMb: number
}

const SUMMED: ReadonlyArray<keyof Counts> = ['inputs', 'faults', 'faultsSurvived', 'secretsPlanted', 'leaked', 'channels', 'hostileRenders']
const MAXED: ReadonlyArray<keyof Counts> = ['stormFailures', 'stormMaxToasts', 'stormDomNodes', 'stormHeapMb']

/** The files of the suite: the summary prints once all of them have reported. */
export const SUITE_FILES = ['fuzz', 'faults', 'secrets', 'hostile', 'storm'] as const
export type SuiteFile = (typeof SUITE_FILES)[number]

const empty = (): Counts => ({
  inputs: 0,
  faults: 0,
  faultsSurvived: 0,
  secretsPlanted: 0,
  leaked: 0,
  channels: 0,
  hostileRenders: 0,
  stormFailures: 0,
  stormMaxToasts: 0,
  stormDomNodes: 0,
  stormHeapMb: 0,
})

const mine = empty()

/** Adds to this file's counts. */
export function record(counts: Partial<Counts>): void {
  for (const key of SUMMED) mine[key] += counts[key] ?? 0
  for (const key of MAXED) mine[key] = Math.max(mine[key], counts[key] ?? 0)
}

/** This file's counts so far (for assertions such as "leaked is 0"). */
export function counts(): Readonly<Counts> {
  return mine
}

function merge(all: Counts[]): Counts {
  const total = empty()
  for (const c of all) {
    for (const key of SUMMED) total[key] += c[key] ?? 0
    for (const key of MAXED) total[key] = Math.max(total[key], c[key] ?? 0)
  }
  return total
}

// Workers of one vitest run share its main process: with the forks pool that is our parent, with threads it is
// us. Its start time (from /proc where there is one) keeps a reused PID from mixing two runs.
function runId(): string {
  const pid = isMainThread ? process.ppid : process.pid
  let started = ''
  try {
    started = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ')[19] ?? ''
  } catch {
    // not Linux: the PID alone
  }
  return `${pid}-${started}`
}

const ROOT = join(tmpdir(), 'stardust-reliability')
const DAY = 24 * 60 * 60 * 1000

function runDir(): string {
  mkdirSync(ROOT, { recursive: true })
  // Old runs' records are of no use to anyone.
  for (const name of readdirSync(ROOT)) {
    const path = join(ROOT, name)
    try {
      if (Date.now() - statSync(path).mtimeMs > DAY) rmSync(path, { recursive: true, force: true })
    } catch {
      // another worker got there first
    }
  }
  const dir = join(ROOT, runId())
  mkdirSync(dir, { recursive: true })
  return dir
}

const mb = (n: number) => `${n.toFixed(1)} MB`

/** The summary as a Markdown table (also what the README's reliability section shows). */
export function formatSummary(total: Counts, files: readonly string[], fcRuns: number): string {
  const rows: Array<[string, string]> = [
    ['inputs tried', total.inputs.toLocaleString('en-US')],
    ['faults survived', `${total.faultsSurvived} / ${total.faults}`],
    ['secrets planted', total.secretsPlanted.toLocaleString('en-US')],
    ['output channel searches (channel × error)', total.channels.toLocaleString('en-US')],
    ['secrets leaked', String(total.leaked)],
    ['hostile renders (strings × locales × components)', String(total.hostileRenders)],
    ['storm failures', total.stormFailures.toLocaleString('en-US')],
    ['storm max toasts', String(total.stormMaxToasts)],
    ['storm max DOM nodes', String(total.stormDomNodes)],
    ['storm heap growth', mb(total.stormHeapMb)],
  ]
  return [
    `Reliability suite: ${files.join(', ')} (FC_RUNS=${fcRuns})`,
    '',
    '| inputs tried | faults survived | secrets planted | leaked | storm max toasts | DOM nodes | heap growth |',
    '|---:|---:|---:|---:|---:|---:|---:|',
    `| ${rows[0]![1]} | ${rows[1]![1]} | ${rows[2]![1]} | ${rows[4]![1]} | ${rows[7]![1]} | ${rows[8]![1]} | ${rows[9]![1]} |`,
    '',
    '| measure | value |',
    '|---|---:|',
    ...rows.map(([label, value]) => `| ${label} | ${value} |`),
  ].join('\n')
}

/**
 * Writes this file's counts for the run. When every file of the suite has reported, the one that got there
 * prints the summary (exactly once: the others lose the race for the marker file).
 */
export function flushReport(file: SuiteFile, fcRuns: number): void {
  const dir = runDir()
  writeFileSync(join(dir, `${file}.json`), JSON.stringify(mine))
  const present = SUITE_FILES.filter((name) => existsSync(join(dir, `${name}.json`)))
  const complete = present.length === SUITE_FILES.length
  if (!complete) {
    console.log(`[reliability] ${file}: ${JSON.stringify(mine)} (${present.length}/${SUITE_FILES.length} files reported)`)
    return
  }
  let marker: number
  try {
    marker = openSync(join(dir, 'printed'), 'wx')
  } catch {
    return
  }
  closeSync(marker)
  const total = merge(SUITE_FILES.map((name) => JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Counts))
  const summary = formatSummary(total, SUITE_FILES, fcRuns)
  console.log(`\n${summary}\n`)
  if (process.env.RELIABILITY_REPORT === '1') {
    // A path, not a URL: under jsdom `URL` is jsdom's, which `fs` does not take.
    writeFileSync(
      join(dirname(fileURLToPath(import.meta.url)), 'REPORT.md'),
      `# Reliability report\n\nWritten by \`RELIABILITY_REPORT=1 FC_RUNS=${fcRuns} npx vitest run test/reliability\`.\n\n${summary}\n`,
    )
  }
}
