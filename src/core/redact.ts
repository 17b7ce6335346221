/** What replaces a secret wherever the kit writes error details out. */
export const REDACTED = '[redacted]'

const SECRET_NAME =
  /^(x-?stardust-?key|x-?sign|x-?ts|sign|authorization|proxy-?authorization|cookie|set-?cookie)$|secret|token|passw|access-?key|api-?key|signature|credential|private-?key|session/i

/** Whether a property or header name holds a credential (`X-SIGN`, `secretKey`, `Authorization`, …). */
export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name.replace(/_/g, '-'))
}

// `name: value`, `name=value`, `"name":"value"`, for the same names isSecretName matches (so free text is
// redacted like properties are: `secretAccessKey`, `accessKeySecret`, `X-Amz-Credential`…). A name is a run of
// word characters and dashes, matched only where it starts and at most 100 long, which keeps this linear.
const SECRET_FRAGMENT = 'secret|token|passw|access[-_]?key|api[-_]?key|signature|credential|private[-_]?key|session'
const SECRET_HEADER = 'x-?stardust-?key|x-?sign|x-?ts|sign|authorization|cookie'
const SECRET_PAIR = new RegExp(
  `(?<![\\w-])((?=[\\w-]{0,100}?(?:${SECRET_FRAGMENT}))[\\w-]{1,100}|(?:[\\w-]{0,100}?[-_])?(?:${SECRET_HEADER}))` +
    // `Authorization: <scheme> <credentials>`: the scheme goes with the credentials.
    `(\\\\?["']?\\s*[:=]\\s*\\\\?["']?)(?!\\[redacted\\])(?:(?:Basic|Bearer|Digest|Negotiate|NTLM|Token|AWS4-HMAC-SHA256)\\s+)?[^\\s"'\\\\,;&}\\]]+`,
  'gi',
)
const BEARER = /\bBearer\s+(?!\[redacted\])[\w\-.~+/]+=*/gi
// A header named in free text without a separator: "invalid X-STARDUST-KEY ak_live_…".
const BARE_HEADER =
  /(?<![\w-])(x-?stardust-?key|x-?sign|(?:proxy-)?authorization)\s+(?!\[redacted\])(?:(?:Basic|Bearer|Digest|Token)\s+)?[^\s"'\\,;&}\]]+/gi
const BARE_NAMES = /stardust|sign|authorization/i
// A JSON Web Token: three base64url segments, the first a JSON object (`eyJ` is `{"`). Request IDs are hex: untouched.
const JWT = /(?<![\w-])eyJ[\w-]{2,}\.[\w-]{2,}\.[\w-]*/g
// Credentials in a URL's authority: scheme://user:password@host.
const URL_USERINFO = /\b([a-z][\w+.-]*:\/\/[^\s:/@"'<>]*):[^\s/@"'<>]+@/gi
const URL_QUERY = /\b((?:https?|gs|s3|wss?):\/\/[^\s?#"'<>]+)\?[^\s#"'<>]*/gi
// Query parameters that sign or authorize a URL, with or without a scheme in front, plain or percent-encoded.
const SIGNED_PARAM =
  /((?:[?&]|%3F|%26)(?:sig|signature|se|sp|sv|skoid|sktid|skt|ske|sks|skv|expires|key-pair-id|policy|googleaccessid|x-amz-[\w-]+|x-goog-[\w-]+|access_token|token|auth|key)(?:=|%3D))(?!\[redacted\])(?:(?!%26)[^&\s"'#<>])+/gi
const MAY_PARAM = /[?&]|%3F|%26/i

/**
 * Removes credentials from free text: `X-SIGN: …`-style pairs (with or
 * without a separator, `Authorization: <scheme> <credentials>` whole), bearer
 * tokens, JSON Web Tokens, `user:password@` in URLs, and the query strings of
 * URLs and their signing parameters (plain, schemeless or percent-encoded).
 */
export function redactText(text: string): string {
  // Cheap tests first: most text has no secret in it, and the full patterns are costly per character.
  let out = text
  if (MAY_PAIR.test(out) && NAMES.test(out)) out = out.replace(SECRET_PAIR, (_m, name: string, sep: string) => `${name}${sep}${REDACTED}`)
  if (BARE_NAMES.test(out)) out = out.replace(BARE_HEADER, `$1 ${REDACTED}`)
  if (/bearer/i.test(out)) out = out.replace(BEARER, `Bearer ${REDACTED}`)
  if (out.includes('eyJ')) out = out.replace(JWT, REDACTED)
  if (out.includes('://')) out = out.replace(URL_USERINFO, `$1:${REDACTED}@`).replace(URL_QUERY, `$1?${REDACTED}`)
  if (MAY_PARAM.test(out)) out = out.replace(SIGNED_PARAM, `$1${REDACTED}`)
  return out
}

const MAY_PAIR = /[:=]/
// Every name SECRET_PAIR can match contains one of these.
const NAMES = /secret|token|passw|key|signature|credential|session|sign|ts|authorization|cookie/i

const MAX_DEPTH = 6
const MAX_ITEMS = 50
const MAX_STRING = 2_000

/**
 * A JSON-safe copy of any value with every credential removed: properties and
 * headers named like secrets are replaced, strings are scrubbed with
 * {@link redactText}, and depth, width and length are bounded so a hostile
 * payload cannot blow up a log line. Never throws.
 */
export function redact(value: unknown, depth = 0, seen: WeakSet<object> = new WeakSet()): unknown {
  try {
    if (typeof value === 'string') return redactText(value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}…` : value)
    if (value === null || typeof value === 'number' || typeof value === 'boolean') return value
    if (typeof value === 'bigint') return String(value)
    if (typeof value !== 'object') return undefined
    if (seen.has(value)) return '[circular]'
    if (depth >= MAX_DEPTH) return '[…]'
    seen.add(value)
    if (typeof Headers !== 'undefined' && value instanceof Headers) {
      const out: Record<string, unknown> = {}
      for (const [k, v] of value) define(out, k, isSecretName(k) ? REDACTED : redactText(v))
      return out
    }
    if (value instanceof Map) {
      const out: Record<string, unknown> = {}
      let count = 0
      for (const [k, v] of value) {
        if (++count > MAX_ITEMS) break
        const key = String(k)
        define(out, key, isSecretName(key) ? REDACTED : redact(v, depth + 1, seen))
      }
      return out
    }
    if (value instanceof Error) {
      return { name: redactText(String(value.name)), message: redactText(String(value.message)) }
    }
    if (Array.isArray(value)) {
      // Headers as `[name, value]` tuples (what `Object.entries` and `new Headers(init)` take).
      const items = value
        .slice(0, MAX_ITEMS)
        .map((item) =>
          Array.isArray(item) && item.length === 2 && typeof item[0] === 'string' && isSecretName(item[0])
            ? [item[0], REDACTED]
            : redact(item, depth + 1, seen),
        )
      if (value.length > MAX_ITEMS) items.push(`[+${value.length - MAX_ITEMS} more]`)
      return items
    }
    const out: Record<string, unknown> = {}
    // A header as `{ name, value }` (or `key`/`header`): a list of these is how many clients log headers.
    const record = value as Record<string, unknown>
    const label = [record.name, record.key, record.header].find((n): n is string => typeof n === 'string')
    const secretEntry = label !== undefined && 'value' in record && isSecretName(label)
    let count = 0
    for (const key of Object.keys(value)) {
      if (secretEntry && key === 'value') {
        define(out, key, REDACTED)
        continue
      }
      if (++count > MAX_ITEMS) break
      define(out, key, isSecretName(key) ? REDACTED : redact((value as Record<string, unknown>)[key], depth + 1, seen))
    }
    return out
  } catch {
    return '[unreadable]'
  }
}

// Assigning `out['__proto__'] = …` would replace the object's prototype; define it as data instead.
function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
}
