import { redactText } from './redact.js'
import type { StardustError } from './StardustError.js'
import { safeText } from './text.js'
import { KIT_VERSION } from './version.js'

/** Where and when the error was seen, beside what the error itself says. */
export interface SupportContext {
  /** The locale the UI was speaking (`de`, `zh-CN`). */
  locale?: string
  /** The page's path. Only the path is kept: a query string or hash can hold signed-URL tokens. */
  path?: string
  /** The kit's version. Default: this build's. */
  version?: string
  /** When the report is made. Default: now. */
  now?: Date
}

// Longer than what the kit shows (MAX_TEXT): a copy for support may carry the whole server text.
const MAX_MESSAGE = 2_000
const NONE = '(none)'

/**
 * The text a user pastes into a support ticket: one `Label: value` per line,
 * English labels (support teams read them, whatever the UI's language). Only
 * what identifies the failure: code, request ID, server date and message,
 * kind, page, locale, kit version, time. Never the error's `data`, `cause` or
 * any header; every value is made single-line and scrubbed of credentials.
 *
 * @example
 * await navigator.clipboard.writeText(formatSupportDetails(error, { locale: 'de', path: location.pathname }))
 */
export function formatSupportDetails(error: StardustError, context: SupportContext = {}): string {
  const now = context.now && Number.isFinite(context.now.getTime()) ? context.now : new Date()
  const kind = error.status !== null ? `${error.kind} (HTTP ${error.status})` : error.kind
  const lines: Array<[string, string | number | null | undefined]> = [
    ['Code', error.code],
    ['Request ID', error.requestId],
    ['Date', error.date],
    // A proxy's error page has no server message: its excerpt ("502 Bad Gateway") is what support can search for.
    ['Message', error.serverMessage ?? (error.bodyExcerpt === null ? null : `(response body) ${error.bodyExcerpt}`)],
    ['Kind', kind],
    // The request that failed, without its query string: support reads a reused code by it.
    ...(error.endpoint !== null ? [['Request', error.endpoint] as [string, string]] : []),
    // Where an expired session was sent; the URL never carries its query string (tokens, `state`).
    ...(error.signInUrl !== null ? [['Sign-in page', error.signInUrl] as [string, string]] : []),
    ['Page', context.path === undefined ? undefined : pathOnly(context.path)],
    ['Locale', context.locale],
    ['Kit', `stardust-error-kit ${context.version ?? KIT_VERSION}`],
    ['Reported', now.toISOString()],
  ]
  return lines.map(([label, value]) => `${label}: ${clean(value)}`).join('\n')
}

// One line, no invisible characters, no credentials. safeText first, so a secret hidden behind a
// zero-width character or a line break is joined up again before redaction looks for it.
function clean(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return NONE
  return redactText(safeText(String(value), MAX_MESSAGE)) || NONE
}

/** `/campaigns/7?sig=…#token` → `/campaigns/7`; a full URL keeps only its path too. */
function pathOnly(path: string): string {
  const withoutQuery = path.split(/[?#]/, 1)[0] ?? ''
  return withoutQuery.replace(/^[a-z][a-z\d+.-]*:\/\/[^/]*/i, '') || '/'
}
