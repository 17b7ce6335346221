// The five toasters under the same storm, in jsdom (Testing Library's act) and in Chromium.
// Each library is driven the way its README shows: its own toaster element and its own toast function.
import { Profiler, type ProfilerOnRenderCallback, type ReactElement } from 'react'
import { toast as sonnerToast, Toaster as SonnerToaster } from 'sonner'
import hotToast, { Toaster as HotToaster } from 'react-hot-toast'
import { SnackbarProvider, useSnackbar, type SnackbarKey } from 'notistack'
import { ToastContainer, toast as toastify } from 'react-toastify'
import type * as KitModule from '../../src/index.js'
import { IDENTICAL, envelope, plainText } from './fixtures.js'

export type Kit = typeof KitModule
export type Scenario = 'distinct' | 'identical'

export interface StormLib {
  name: string
  /** How the identical burst is sent: `default` (as the README shows) or with the library's own dedupe option. */
  variant: 'default' | 'dedupe'
  /** The visible limit as configured (library default). */
  limit: number
  /** Renders the toaster, wrapped in a Profiler that counts its commits. */
  element(onRender: ProfilerOnRenderCallback): ReactElement
  /** Called before the timed part: builds what the library is handed (strings, StardustErrors). */
  prepare(scenario: Scenario, n: number): () => void
  dismissAll(): void
  /** Toast elements in the DOM (waiting ones excluded when the library keeps them out of the DOM). */
  count(): number
  /** The "and N more" the toaster shows, if any. */
  more(): number | null
}

const qsa = (selector: string) => document.querySelectorAll(selector).length

function sonner(variant: StormLib['variant']): StormLib {
  return {
    name: 'sonner',
    variant,
    limit: 3,
    element: (onRender) => (
      <Profiler id="sonner" onRender={onRender}>
        <SonnerToaster />
      </Profiler>
    ),
    prepare(scenario, n) {
      const texts = Array.from({ length: n }, (_, i) => plainText(scenario === 'identical' ? IDENTICAL : envelope(i)))
      const id = variant === 'dedupe' ? String(IDENTICAL.code) : undefined
      return () => {
        for (const { title, description } of texts) sonnerToast.error(title, { description, id })
      }
    },
    dismissAll: () => void sonnerToast.dismiss(),
    count: () => qsa('[data-sonner-toast]'),
    more: () => null,
  }
}

function hot(variant: StormLib['variant']): StormLib {
  return {
    name: 'react-hot-toast',
    variant,
    limit: 20,
    element: (onRender) => (
      <Profiler id="hot" onRender={onRender}>
        <HotToaster />
      </Profiler>
    ),
    prepare(scenario, n) {
      const texts = Array.from({ length: n }, (_, i) => {
        const { title, description } = plainText(scenario === 'identical' ? IDENTICAL : envelope(i))
        return `${title} — ${description}`
      })
      const id = variant === 'dedupe' ? String(IDENTICAL.code) : undefined
      return () => {
        for (const text of texts) hotToast.error(text, { id })
      }
    },
    // remove(): at once, without the exit animation (dismiss() waits a second per toast before removing).
    dismissAll: () => hotToast.remove(),
    count: () => qsa('[data-rht-toaster] > div'),
    more: () => null,
  }
}

function reactToastify(variant: StormLib['variant']): StormLib {
  return {
    name: 'react-toastify',
    variant,
    // Capped like the kit: three on screen, the rest in react-toastify's waiting queue.
    limit: 3,
    element: (onRender) => (
      <Profiler id="toastify" onRender={onRender}>
        <ToastContainer limit={3} />
      </Profiler>
    ),
    prepare(scenario, n) {
      const texts = Array.from({ length: n }, (_, i) => {
        const { title, description } = plainText(scenario === 'identical' ? IDENTICAL : envelope(i))
        return `${title} — ${description}`
      })
      // Its own dedupe: a toastId that is already shown is not shown again.
      const toastId = variant === 'dedupe' ? String(IDENTICAL.code) : undefined
      return () => {
        for (const text of texts) toastify.error(text, { toastId })
      }
    },
    dismissAll: () => {
      toastify.clearWaitingQueue()
      toastify.dismiss()
    },
    count: () => qsa('.Toastify__toast'),
    more: () => null,
  }
}

function notistack(variant: StormLib['variant']): StormLib {
  const keys: SnackbarKey[] = []
  // The provider's own functions (the module-level exports are unset under CommonJS).
  const handle: Partial<ReturnType<typeof useSnackbar>> = {}
  function Grab() {
    Object.assign(handle, useSnackbar())
    return null
  }
  return {
    name: 'notistack',
    variant,
    limit: 3,
    element: (onRender) => (
      <Profiler id="notistack" onRender={onRender}>
        <SnackbarProvider preventDuplicate={variant === 'dedupe'}>
          <Grab />
        </SnackbarProvider>
      </Profiler>
    ),
    prepare(scenario, n) {
      const texts = Array.from({ length: n }, (_, i) => {
        const { title, description } = plainText(scenario === 'identical' ? IDENTICAL : envelope(i))
        return `${title} — ${description}`
      })
      return () => {
        const enqueue = handle.enqueueSnackbar!
        for (const text of texts) keys.push(enqueue(text, { variant: 'error' }))
      }
    },
    // closeSnackbar() without a key closes the visible ones only; the waiting line needs each key.
    dismissAll() {
      for (const key of keys.splice(0)) handle.closeSnackbar!(key)
    },
    count: () => qsa('.notistack-Snackbar'),
    more: () => null,
  }
}

function stardust(kit: Kit, i18n: ReturnType<Kit['createStardustI18n']>): StormLib {
  const handle: { show?: ReturnType<Kit['useStardustToast']>['show']; store?: ReturnType<Kit['useStardust']>['toasts'] } = {}
  function Grab() {
    handle.show = kit.useStardustToast().show
    handle.store = kit.useStardust().toasts
    return null
  }
  return {
    name: 'stardust-error-kit',
    variant: 'default',
    limit: 3,
    element: (onRender) => (
      <kit.StardustProvider i18n={i18n} locale="en" toaster={false}>
        <Grab />
        <Profiler id="kit" onRender={onRender}>
          <kit.Toaster />
        </Profiler>
      </kit.StardustProvider>
    ),
    prepare(scenario, n) {
      // StardustErrors built beforehand, as the peers get their strings beforehand; the kit still resolves
      // each one (code → severity, retry) in show(), and the Toaster resolves the visible ones' text.
      // Dedupe keys as the provider builds them, code + query: 1,000 queries failing, or one query 1,000 times.
      const one = kit.toStardustError(IDENTICAL)
      const failures = Array.from({ length: n }, (_, i) => {
        const error = scenario === 'identical' ? one : kit.toStardustError(envelope(i))
        return { error, options: { dedupeKey: `${error.code}|["campaigns",${scenario === 'identical' ? 0 : i}]` } }
      })
      return () => {
        const show = handle.show!
        for (const { error, options } of failures) show(error, options)
      }
    },
    dismissAll: () => handle.store?.clear(),
    count: () => qsa('.sdk-toast'),
    more: () => {
      const text = document.querySelector('.sdk-toaster__more')?.textContent
      return text ? Number(/\d+/.exec(text)?.[0] ?? NaN) : null
    },
  }
}

export const LIB_NAMES = ['stardust-error-kit', 'react-hot-toast', 'notistack', 'sonner', 'react-toastify'] as const
export type LibName = (typeof LIB_NAMES)[number]

export async function createLib(kit: Kit, name: LibName, variant: StormLib['variant']): Promise<StormLib> {
  switch (name) {
    case 'stardust-error-kit': {
      const i18n = kit.createStardustI18n('en')
      await kit.loadStardustLocale(i18n, 'en')
      return stardust(kit, i18n)
    }
    case 'react-hot-toast':
      return hot(variant)
    case 'notistack':
      return notistack(variant)
    case 'sonner':
      return sonner(variant)
    case 'react-toastify':
      return reactToastify(variant)
  }
}

/** Where the storm runs: jsdom with act, or a real browser. */
export interface StormEnv {
  mount(element: ReactElement): Promise<() => Promise<void>>
  /** Runs the burst: inside act() in jsdom, as one task in the browser. */
  burst(fire: () => void): Promise<void>
  /** Lets zero-delay timers, microtasks and scheduled renders run (no waiting on animations). */
  tick(): Promise<void>
  /** Waits for animations and exit transitions (real time). */
  wait(ms: number): Promise<void>
  /** Heap in use after a full garbage collection, in bytes. */
  heap(): Promise<number>
  /** Forces style and layout of what the burst left, returns its cost in ms (0 where there is no layout). */
  layout(): number
  /** Wall time in ms, for deadlines and budgets. */
  now(): number
  /** The clock bursts are timed with, in ms: CPU time of the process in jsdom, wall time in the browser. */
  clock(): number
}

export interface BurstSample {
  ms: number
  /** Of which in the toast calls themselves (the rest: rendering and the work the calls scheduled). */
  callsMs: number
  /** Of `ms`: the forced style and layout of what the burst left. */
  layoutMs: number
  commits: number
  toasts: number
  more: number | null
  bodyElements: number
}

export interface StormResult {
  lib: string
  variant: StormLib['variant']
  scenario: Scenario
  limit: number
  samples: BurstSample[]
  /** Heap after the timed bursts were dismissed, minus heap after the warm-up burst was dismissed, in bytes. */
  heapDelta: number | null
  /** Toasts still in the DOM after dismissing (should be 0). */
  leftAfterDismiss: number
  /** Set when a burst did not settle within `capMs`: how far it got. */
  dnf: { afterMs: number; toasts: number; commits: number } | null
}

export interface StormOptions {
  n: number
  /** Timed bursts wanted; fewer when `budgetMs` runs out (at least one). */
  repeat: number
  warmup: number
  budgetMs: number
  /** A burst still busy after this long is reported as not finished. */
  capMs: number
}

/**
 * One library, one scenario: warm-up bursts, then timed bursts of `n` failures, each dismissed
 * before the next; then the heap after everything was dismissed against the heap after the warm-up.
 */
export async function runStorm(lib: StormLib, env: StormEnv, scenario: Scenario, opts: StormOptions): Promise<StormResult> {
  let commits = 0
  let lastCommit = 0
  const onRender: ProfilerOnRenderCallback = () => {
    commits++
    lastCommit = env.clock()
  }
  const unmount = await env.mount(lib.element(onRender))
  await settle(env, () => commits, Infinity)
  const result: StormResult = {
    lib: lib.name,
    variant: lib.variant,
    scenario,
    limit: lib.limit,
    samples: [],
    heapDelta: null,
    leftAfterDismiss: 0,
    dnf: null,
  }
  let heapBefore = 0
  const started = env.now()
  for (let round = 0; ; round++) {
    // The baseline comes after a first burst has filled the library's caches, and, where there are several
    // warm-up bursts, before the last of them rather than right before the first timed one: right after a full
    // GC a burst rebuilds what was collected (code, object shapes), and that is the instrument's cost.
    if (round === Math.max(1, opts.warmup - 1)) heapBefore = await env.heap()
    const measured = round - opts.warmup
    if (measured >= opts.repeat || (measured >= 1 && env.now() - started > opts.budgetMs)) break
    const fire = lib.prepare(scenario, opts.n)
    commits = 0
    lastCommit = 0
    let calls = 0
    const wall = env.now()
    const t0 = env.clock()
    await env.burst(() => {
      fire()
      calls = env.clock() - t0
    })
    const fired = env.clock()
    if (!(await settle(env, () => commits, wall + opts.capMs))) {
      result.dnf = { afterMs: env.now() - wall, toasts: lib.count(), commits }
      return result
    }
    const layout = env.layout()
    const sample: BurstSample = {
      ms: Math.max(fired, lastCommit) - t0 + layout,
      callsMs: calls,
      layoutMs: layout,
      commits,
      toasts: lib.count(),
      more: lib.more(),
      bodyElements: document.body.getElementsByTagName('*').length,
    }
    if (measured >= 0) result.samples.push(sample)
    await dismiss(lib, env)
  }
  result.leftAfterDismiss = lib.count()
  result.heapDelta = (await env.heap()) - heapBefore
  await unmount()
  return result
}

// Until a round of zero-delay work brings no commit, twice in a row. False when `deadline` passes first.
async function settle(env: StormEnv, commits: () => number, deadline: number): Promise<boolean> {
  let quiet = 0
  while (quiet < 2) {
    if (env.now() > deadline) return false
    const before = commits()
    await env.tick()
    quiet = commits() === before ? quiet + 1 : 0
  }
  return true
}

// Dismisses everything and waits (real time: exit animations) until no toast and no "and N more" is left.
async function dismiss(lib: StormLib, env: StormEnv): Promise<void> {
  lib.dismissAll()
  const deadline = env.now() + 5000
  do {
    await env.wait(25)
  } while ((lib.count() > 0 || lib.more() !== null) && env.now() < deadline)
  await env.wait(25)
}
