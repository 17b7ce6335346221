import type { i18n as I18n } from 'i18next'
import { familyOf, getCodeInfo, type StardustSeverity } from '../core/codes.js'
import { redactText } from '../core/redact.js'
import { isRetryable } from '../core/retry.js'
import { severityOf } from '../core/severity.js'
import { serverValues } from '../core/serverValues.js'
import { isStardustError, type StardustError } from '../core/StardustError.js'
import { safeText } from '../core/text.js'
import { toStardustError } from '../core/toStardustError.js'
import { NAMESPACE, SOURCE_LOCALE } from './locales.js'

/** What a user is shown for one error, in one locale. Every string is plain text. */
export interface ResolvedError {
  title: string
  message: string
  /** What to do next, when the catalog has advice. */
  hint: string | null
  requestId: string | null
  code: number | null
  /** How loud to be: errors interrupt screen readers, warnings wait their turn. */
  severity: StardustSeverity
  /** Whether sending the request again can help ("Try again" is offered). */
  retryable: boolean
  /** The request field the error is about (51004 → `campaignName`), when it names one. */
  field: string | null
  /** Which step of the chain answered: `codes.51004`, `families.campaign`, `http.502`, `kinds.network`, `server` or `generic`. */
  source: string
  /** The server's own text (made safe to show), for "Show details". */
  serverMessage: string | null
}

// The last resort when no catalog has loaded at all (a failed network before the first catalog arrived).
const BUILT_IN = { title: 'Something went wrong', message: 'The request could not be completed. Please try again.' }
const HTTP_STATUSES = new Set([400, 401, 403, 404, 408, 409, 413, 429, 500, 502, 503, 504])
const INTERPOLATION = { escapeValue: false, skipOnVariables: true } as const
const PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g

type Cache = Map<string, Omit<ResolvedError, 'requestId'>>
const caches = new WeakMap<I18n, Cache>()
const CACHE_LIMIT = 500
const CACHED_TEXT_LIMIT = 2_000

function cacheFor(i18n: I18n): Cache {
  let cache = caches.get(i18n)
  if (!cache) {
    const fresh: Cache = new Map()
    caches.set(i18n, (cache = fresh))
    // New or changed messages must show at once: forget what was resolved before.
    i18n.store?.on?.('added', () => fresh.clear())
    i18n.store?.on?.('removed', () => fresh.clear())
  }
  return cache
}

/**
 * Resolves what to show for an error in a locale, without React. Chooses, in
 * order: the code's entry (the right meaning for codes the API uses twice) →
 * the code's family → the HTTP status → the failure kind → the server's own
 * message (as text) → the generic message. Strings a locale lacks come from
 * English. Never empty, never HTML, never a bare key.
 *
 * @example
 * const { title, message, hint, requestId } = resolveError(error, i18n, 'de')
 */
export function resolveError(error: unknown, i18n: I18n, lng: string = i18n.language || SOURCE_LOCALE): ResolvedError {
  const e: StardustError = isStardustError(error) ? error : toStardustError(error)
  // The key holds the server's text: a huge one is resolved afresh rather than kept (500 of them at 1 MB each
  // would pin 500 MB after the errors themselves are gone).
  if (e.serverMessage !== null && e.serverMessage.length > CACHED_TEXT_LIMIT) return { ...resolve(e, i18n, lng), requestId: e.requestId }
  const cacheKey = `${lng}\u0000${e.kind}\u0000${e.code}\u0000${e.status}\u0000${e.serverMessage ?? ''}`
  const cache = cacheFor(i18n)
  let resolved = cache.get(cacheKey)
  if (!resolved) {
    resolved = resolve(e, i18n, lng)
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!)
    cache.set(cacheKey, resolved)
  }
  return { ...resolved, requestId: e.requestId }
}

function resolve(e: StardustError, i18n: I18n, lng: string): Omit<ResolvedError, 'requestId'> {
  const lngs = lng === SOURCE_LOCALE ? [lng] : [lng, SOURCE_LOCALE]
  // A failure carrying a success code (`success: false` with 2000) contradicts itself: it must never read
  // "Request completed". It is shown as the unreadable response it is.
  const contradictory = familyOf(e.code) === 'success'
  const info = contradictory ? undefined : getCodeInfo(e.code, e.serverMessage)
  const values = serverValues(e.code, e.serverMessage)
  // Server text is shown as it came, minus anything that looks like a credential.
  const serverMessage = e.serverMessage ? redactText(safeText(e.serverMessage)) || null : null
  const base = {
    code: e.code,
    severity: severityOf(e),
    retryable: isRetryable(e),
    field: info?.field ?? (e.code === 51000 ? (values.field ?? null) : null),
    serverMessage,
  } satisfies Partial<ResolvedError>

  const text = (key: string, options?: Record<string, unknown>): string | null => {
    for (const l of lngs) {
      const raw = i18n.getResource(l, NAMESPACE, key)
      if (typeof raw !== 'string' || raw.trim() === '') continue
      if (!raw.includes('{{') && !options) return raw
      const out = i18n.t(key, { ...options, lng: l, ns: NAMESPACE, interpolation: INTERPOLATION })
      if (typeof out === 'string' && out.trim() !== '' && out !== key) return out
    }
    return null
  }

  const entry = (prefix: string): Omit<ResolvedError, 'requestId'> | null => {
    const message = (Object.keys(values).length > 0 && withValues(prefix)) || text(`${prefix}.message`)
    const title = text(`${prefix}.title`)
    if (!message || !title) return null
    return { ...base, title, message, hint: text(`${prefix}.hint`), source: prefix }
  }

  const withValues = (prefix: string): string | null => {
    const key = `${prefix}.messageWithValues`
    const safe: Record<string, string> = {}
    // A bucket "name" can be a signed URL or echo a header: values are scrubbed like the server's text.
    for (const [name, value] of Object.entries(values)) safe[name] = redactText(safeText(value, 100))
    for (const l of lngs) {
      const raw = i18n.getResource(l, NAMESPACE, key)
      if (typeof raw !== 'string') continue
      // One pass of our own, not i18next's interpolation: values are inserted as text, never read again for
      // `{{…}}` or `$t(…)`, whatever the app configured. A missing value means the plain message instead.
      let complete = true
      const out = raw.replace(PLACEHOLDER, (_m, name: string) => safe[name] ?? ((complete = false), ''))
      return complete && out.trim() !== '' ? out : null
    }
    return null
  }

  const family = contradictory ? undefined : familyOf(e.code)
  const httpStatus = e.status !== null && e.status >= 400 ? e.status : null
  const found =
    (info && entry(`codes.${info.key}`)) ||
    (family && entry(`families.${family}`)) ||
    (httpStatus !== null && (entry(`http.${HTTP_STATUSES.has(httpStatus) ? httpStatus : httpStatus >= 500 ? 500 : 400}`))) ||
    (e.kind !== 'api' && e.kind !== 'unknown' && entry(`kinds.${e.kind}`)) ||
    (contradictory && entry('kinds.malformed')) ||
    (serverMessage && {
      ...base,
      title: text(`kinds.${e.kind}.title`) ?? text('generic.title') ?? BUILT_IN.title,
      message: serverMessage,
      hint: text(`kinds.${e.kind}.hint`),
      source: 'server',
    }) ||
    entry('generic')
  return found || { ...base, ...BUILT_IN, hint: null, source: 'generic' }
}
