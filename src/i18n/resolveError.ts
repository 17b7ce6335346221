import type { i18n as I18n } from 'i18next'
import { codesRevision, familyOf, getCodeInfo, type StardustSeverity } from '../core/codes.js'
import { redactText } from '../core/redact.js'
import { retryableFacts } from '../core/retry.js'
import { severityOf } from '../core/severity.js'
import { serverValues } from '../core/serverValues.js'
import { decodeEnvelope, isSuccessEnvelope } from '../core/envelope.js'
import { isStardustError, type ErrorFacts } from '../core/StardustError.js'
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
const PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g

type Resolved = Omit<ResolvedError, 'requestId'>
/** Per i18next instance: whole resolutions by error, and catalog strings by locale and key. */
interface Caches {
  resolved: Map<string, Resolved>
  texts: Map<string, string | null>
  /** The code catalog's revision the resolutions were made with (field, severity and retryable come from it). */
  revision: number
}
const caches = new WeakMap<I18n, Caches>()
const CACHE_LIMIT = 500
const CACHED_TEXT_LIMIT = 2_000

function cachesFor(i18n: I18n): Caches {
  let found = caches.get(i18n)
  if (!found) {
    const fresh: Caches = { resolved: new Map(), texts: new Map(), revision: codesRevision() }
    found = fresh
    caches.set(i18n, fresh)
    // New or changed messages must show at once: forget what was resolved before.
    const forget = () => {
      fresh.resolved.clear()
      fresh.texts.clear()
    }
    i18n.store?.on?.('added', forget)
    i18n.store?.on?.('removed', forget)
  }
  // Codes registered since: field, severity and retryable of what was resolved before may have changed.
  if (found.revision !== codesRevision()) {
    found.resolved.clear()
    found.revision = codesRevision()
  }
  return found
}

/**
 * Resolves what to show for an error in a locale, without React. Chooses, in
 * order: the code's entry (for codes the API uses twice, the meaning of the endpoint
 * that sent it, else the one its text names) →
 * the code's family → the HTTP status → the failure kind → the server's own
 * message (as text) → the generic message. Strings a locale lacks come from
 * English. Never empty, never HTML, never a bare key.
 *
 * Takes a `StardustError` or anything `toStardustError` takes (a failure
 * envelope as the server sent it, too).
 *
 * @example
 * const { title, message, hint, requestId } = resolveError(error, i18n, 'de')
 */
export function resolveError(error: unknown, i18n: I18n, lng: string = i18n.language || SOURCE_LOCALE): ResolvedError {
  // A failure envelope as it came is read as it is: an error object (and its stack) is not needed to show it.
  const e: Facts = (!isStardustError(error) && envelopeFacts(error)) || (isStardustError(error) ? error : toStardustError(error))
  // The key holds the server's text: a huge one is resolved afresh rather than kept (500 of them at 1 MB each
  // would pin 500 MB after the errors themselves are gone).
  if (e.serverMessage !== null && e.serverMessage.length > CACHED_TEXT_LIMIT) return { ...resolve(e, i18n, lng), requestId: e.requestId }
  const { resolved } = cachesFor(i18n)
  const key = keyOf(lng, e.kind, e.code, e.status, e.serverMessage, e.endpoint ?? null)
  let found = resolved.get(key)
  if (!found) {
    found = resolve(e, i18n, lng)
    if (resolved.size >= CACHE_LIMIT) resolved.delete(resolved.keys().next().value!)
    resolved.set(key, found)
  }
  return { ...found, requestId: e.requestId }
}

type Facts = ErrorFacts & { requestId: string | null }

function envelopeFacts(value: unknown): Facts | null {
  try {
    const envelope = decodeEnvelope(value)
    if (!envelope || isSuccessEnvelope(envelope)) return null
    return { kind: 'api', code: envelope.code, status: null, serverMessage: envelope.message, requestId: envelope.requestId || null }
  } catch {
    return null // a hostile object: toStardustError copes with it
  }
}

const keyOf = (
  lng: string,
  kind: string,
  code: number | null,
  status: number | null,
  serverMessage: string | null,
  endpoint: string | null,
): string => `${lng}\u0000${kind}\u0000${code}\u0000${status}\u0000${endpoint ?? ''}\u0000${serverMessage ?? ''}`

/** A catalog string in the first of `lngs` that has it, or `null`. Cached: the chain asks for the same few keys. */
function lookup(i18n: I18n, lngs: readonly string[], key: string): string | null {
  const { texts } = cachesFor(i18n)
  const cacheKey = `${lngs[0]}\u0000${key}`
  let text = texts.get(cacheKey)
  if (text === undefined) {
    text = null
    for (const l of lngs) {
      const raw = i18n.getResource(l, NAMESPACE, key)
      if (typeof raw === 'string' && raw.trim() !== '') {
        text = raw
        break
      }
    }
    if (texts.size >= CACHE_LIMIT * 4) texts.clear()
    texts.set(cacheKey, text)
  }
  return text
}

/** `messageWithValues` with the server's values put in, in one pass of our own (never read again for `{{…}}` or `$t(…)`). */
function fill(template: string | null, values: Record<string, string>): string | null {
  if (template === null) return null
  let complete = true
  // A bucket "name" can be a signed URL or echo a header: values are scrubbed like the server's text.
  const out = template.replace(PLACEHOLDER, (_m, name: string) => {
    const value = values[name]
    if (value === undefined) complete = false
    return value === undefined ? '' : redactText(safeText(value, 100))
  })
  return complete && out.trim() !== '' ? out : null
}

function resolve(e: ErrorFacts, i18n: I18n, lng: string): Resolved {
  const lngs = lng === SOURCE_LOCALE ? [lng] : [lng, SOURCE_LOCALE]
  const text = (key: string) => lookup(i18n, lngs, key)
  const family = familyOf(e.code)
  // A failure carrying a success code (`success: false` with 2000) contradicts itself: it must never read
  // "Request completed". It is shown as the unreadable response it is.
  const contradictory = family === 'success'
  const info = contradictory ? undefined : getCodeInfo(e.code, e.serverMessage, e.endpoint)
  const values = serverValues(e.code, e.serverMessage)
  const hasValues = Object.keys(values).length > 0
  // Server text is shown as it came, minus anything that looks like a credential.
  const serverMessage = e.serverMessage ? redactText(safeText(e.serverMessage)) || null : null
  const base = {
    code: e.code,
    severity: severityOf(e),
    retryable: retryableFacts(e),
    field: info?.field ?? (e.code === 51000 ? (values.field ?? null) : null),
    serverMessage,
  } satisfies Partial<ResolvedError>

  const entry = (prefix: string): Resolved | null => {
    const title = text(`${prefix}.title`)
    const message = (hasValues && fill(text(`${prefix}.messageWithValues`), values)) || text(`${prefix}.message`)
    if (!message || !title) return null
    return { ...base, title, message, hint: text(`${prefix}.hint`), source: prefix }
  }

  const httpStatus = e.status !== null && e.status >= 400 ? e.status : null
  const found =
    (info && entry(`codes.${info.key}`)) ||
    // A sign-in page says more than the 401 or 403 it came with.
    (e.kind === 'signin' && entry('kinds.signin')) ||
    (family && !contradictory && entry(`families.${family}`)) ||
    (httpStatus !== null && entry(`http.${HTTP_STATUSES.has(httpStatus) ? httpStatus : httpStatus >= 500 ? 500 : 400}`)) ||
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
