// Shared by the reliability suite: run counts, every locale loaded once, the checks a presentation must pass,
// and a watch on the console and on unhandled rejections.
import { format } from 'node:util'
import type { i18n as I18n } from 'i18next'
import { afterEach, beforeEach, vi } from 'vitest'
import en from '../../locales/en/stardust.json'
import { redactText } from '../../src/core/redact.js'
import type { StardustError } from '../../src/core/StardustError.js'
import { serverValues } from '../../src/core/serverValues.js'
import { MAX_TEXT, safeText } from '../../src/core/text.js'
import { availableLocales, createStardustI18n, loadStardustLocale } from '../../src/i18n.js'
import type { ResolvedError } from '../../src/i18n/resolveError.js'

/** fast-check runs per property: 1,000 locally, FC_RUNS in CI (10,000). */
export const RUNS = Number.parseInt(process.env.FC_RUNS ?? '', 10) > 0 ? Number.parseInt(process.env.FC_RUNS!, 10) : 1000
/** A guard against a hang, scaled with the run count: not a timing assertion. */
export const TIMEOUT = Math.max(60_000, RUNS * 20)

/** Every locale the kit ships, each in its own i18next instance with its catalog (and English) loaded. */
export async function loadEveryLocale(): Promise<Array<[string, I18n]>> {
  const out: Array<[string, I18n]> = []
  for (const lng of availableLocales()) {
    const i18n = createStardustI18n(lng)
    await loadStardustLocale(i18n, lng)
    out.push([lng, i18n])
  }
  return out
}

/** A failed check inside a property: cheaper than `expect`, and fast-check shrinks on it all the same. */
export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message)
}

// The characters safeText removes: bidi overrides and isolates, zero-width and format characters, C0/C1 controls.
// eslint-disable-next-line no-control-regex
export const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/
export const BARE_KEY = /^(codes|families|http|kinds|generic|ui|severity)\./
const TAG = /<\s*\/?\s*[a-z!?]/i

function flatten(value: unknown, prefix: string, out: Set<string>): Set<string> {
  if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, out)
  } else {
    out.add(prefix)
    out.add(prefix.replace(/_(zero|one|two|few|many|other)$/, ''))
  }
  return out
}
/** Every key of the English catalog (`codes.51004.title`, `ui.moreErrors`…). */
export const CATALOG_KEYS: ReadonlySet<string> = flatten(en, '', new Set())

/**
 * The text the server contributed to a presentation: the safe form of its message and of each value
 * extracted from it. Whatever else a presentation says came from a catalog, and must be clean.
 */
export function serverParts(error: StardustError): string[] {
  if (!error.serverMessage) return []
  const parts = [safeText(error.serverMessage)]
  for (const value of Object.values(serverValues(error.code, error.serverMessage))) parts.push(safeText(value, 100))
  // as shown: minus anything that looked like a credential
  for (const part of [...parts]) parts.push(redactText(part))
  return [...new Set(parts)].filter((part) => part !== '').sort((a, b) => b.length - a.length)
}

/**
 * The checks every resolved presentation must pass, in every locale: a non-empty title and message, and no
 * raw HTML, `undefined`, `[object Object]`, leftover placeholder, nesting syntax or bare i18n key in anything
 * the kit wrote. Markup-like text the server sent is its literal words (shown as text: see hostile.test.tsx),
 * so it is removed before those checks; it must still be free of control and bidi characters and bounded.
 */
export function checkPresentation(r: ResolvedError, error: StardustError, lng: string, parts: string[] = serverParts(error)): void {
  const where = `[${lng} ${r.source} kind=${error.kind} code=${error.code} status=${error.status}]`
  check(typeof r.title === 'string' && r.title.trim() !== '', `${where} empty title`)
  check(typeof r.message === 'string' && r.message.trim() !== '', `${where} empty message`)
  check(r.hint === null || (typeof r.hint === 'string' && r.hint.trim() !== ''), `${where} empty hint`)
  check(r.requestId === error.requestId, `${where} requestId lost`)
  check(r.code === error.code, `${where} code changed`)
  // Whatever code it carries, a failure is never presented as a success ("Request completed").
  check(!/^(codes\.(2000|200)|families\.success)$/.test(r.source), `${where} a failure presented as a success`)
  for (const [name, value] of [
    ['title', r.title],
    ['message', r.message],
    ['hint', r.hint],
  ] as const) {
    if (value === null) continue
    check(!UNSAFE.test(value), `${where} ${name} carries a control or bidi character: ${JSON.stringify(value)}`)
    check(value.length <= MAX_TEXT + 400, `${where} ${name} is ${value.length} characters long`)
    const isServerText = r.source === 'server' && name === 'message'
    check(isServerText || !BARE_KEY.test(value), `${where} ${name} is a bare key: ${value}`)
    check(isServerText || !CATALOG_KEYS.has(value), `${where} ${name} equals a key: ${value}`)
    let own = value
    for (const part of parts) own = own.split(part).join(' ')
    check(!TAG.test(own), `${where} ${name} has markup of the kit's own: ${JSON.stringify(value)}`)
    check(!own.includes('undefined'), `${where} ${name} says undefined: ${JSON.stringify(value)}`)
    check(!own.includes('[object Object]'), `${where} ${name} says [object Object]: ${JSON.stringify(value)}`)
    check(!own.includes('{{') && !own.includes('}}'), `${where} ${name} has a leftover placeholder: ${JSON.stringify(value)}`)
    check(!own.includes('$t('), `${where} ${name} has nesting syntax: ${JSON.stringify(value)}`)
  }
  if (r.source === 'server') check(parts.includes(r.message), `${where} server text changed: ${r.message}`)
  if (r.serverMessage !== null) {
    check(!UNSAFE.test(r.serverMessage), `${where} serverMessage carries a control or bidi character`)
    check(r.serverMessage.length <= MAX_TEXT, `${where} serverMessage is ${r.serverMessage.length} characters long`)
  }
}

export interface ConsoleWatch {
  /** Every console call so far, formatted as Node would print it. */
  calls: Array<{ method: string; text: string }>
  /** Rejections nobody handled. */
  rejections: unknown[]
  /** The error and warning calls that were not expected. */
  unexpected(): string[]
}

const METHODS = ['error', 'warn', 'log', 'info', 'debug', 'trace'] as const

/**
 * Spies on every console method and on unhandled rejections for each test of the file, and fails a test that
 * leaves an unexpected console error or warning or an unhandled rejection. `expected` names what a file
 * provokes on purpose (React's report of an error a boundary caught).
 */
export function watchConsole(expected: RegExp[] = []): ConsoleWatch {
  const watch: ConsoleWatch = {
    calls: [],
    rejections: [],
    unexpected: () =>
      watch.calls
        .filter((c) => c.method === 'error' || c.method === 'warn')
        .map((c) => c.text)
        .filter((text) => !expected.some((pattern) => pattern.test(text))),
  }
  const onRejection = (reason: unknown) => watch.rejections.push(reason)
  const spies: Array<{ mockRestore(): void }> = []
  beforeEach(() => {
    watch.calls.length = 0
    watch.rejections.length = 0
    process.on('unhandledRejection', onRejection)
    for (const method of METHODS) {
      spies.push(
        vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
          watch.calls.push({ method, text: format(...args) })
        }),
      )
    }
  })
  afterEach(() => {
    process.off('unhandledRejection', onRejection)
    // The summary printed in afterAll must reach the real console.
    for (const spy of spies.splice(0)) spy.mockRestore()
    // Every test, whatever it asserted itself: no unexpected console error or warning, no unhandled rejection.
    const problems = [...watch.unexpected(), ...watch.rejections.map((reason) => `unhandled rejection: ${format(reason)}`)]
    if (problems.length > 0) throw new Error(`left on the console:\n${problems.join('\n')}`)
  })
  return watch
}

/** Lets pending promise callbacks and a macrotask run (unhandled rejections are reported after one). */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0))
