/** What replaces a secret wherever the kit writes error details out. */
export const REDACTED = '[redacted]'

const SECRET_NAME = /^(x-?stardust-?key|x-?sign|x-?ts|sign|authorization|proxy-?authorization|cookie|set-?cookie)$|secret|token|passw|access-?key|api-?key|signature|credential|private-?key|session/i

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
    `(\\\\?["']?\\s*[:=]\\s*\\\\?["']?)(?!\\[redacted\\])(?:Bearer\\s+)?[^\\s"'\\\\,;&}\\]]+`,
  'gi',
)
const BEARER = /\bBearer\s+(?!\[redacted\])[\w\-.~+/]+=*/gi
const URL_QUERY = /\b((?:https?|gs|s3|wss?):\/\/[^\s?#"'<>]+)\?[^\s#"'<>]*/gi

/**
 * Removes credentials from free text: `X-SIGN: …`-style pairs, bearer
 * tokens, and the query strings of URLs (where signed URLs keep their keys).
 */
export function redactText(text: string): string {
  // Cheap tests first: most text has no secret in it, and the full patterns are costly per character.
  let out = text
  if (MAY_PAIR.test(out) && NAMES.test(out)) out = out.replace(SECRET_PAIR, (_m, name: string, sep: string) => `${name}${sep}${REDACTED}`)
  if (/bearer/i.test(out)) out = out.replace(BEARER, `Bearer ${REDACTED}`)
  if (out.includes('://')) out = out.replace(URL_QUERY, `$1?${REDACTED}`)
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
      value.forEach((v, k) => define(out, k, isSecretName(k) ? REDACTED : redactText(v)))
      return out
    }
    if (value instanceof Error) {
      return { name: redactText(String(value.name)), message: redactText(String(value.message)) }
    }
    if (Array.isArray(value)) {
      const items = value.slice(0, MAX_ITEMS).map((item) => redact(item, depth + 1, seen))
      if (value.length > MAX_ITEMS) items.push(`[+${value.length - MAX_ITEMS} more]`)
      return items
    }
    const out: Record<string, unknown> = {}
    let count = 0
    for (const key of Object.keys(value)) {
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
