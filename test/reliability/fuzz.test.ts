// @vitest-environment node
// Bad input, property-based: any body with any status, any thrown value, hostile objects, huge and deep
// payloads, control and bidi characters. Whatever arrives, the kit ends with a StardustError whose
// presentation reads well in every locale, and nothing is polluted or thrown on the way.
import fc from 'fast-check'
import type { i18n as I18n } from 'i18next'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import apiTexts from '../../src/core/apiTexts.json'
import { listCodes } from '../../src/core/codes.js'
import { decodeEnvelope, isSuccessEnvelope } from '../../src/core/envelope.js'
import { redact, redactText } from '../../src/core/redact.js'
import { StardustError, isStardustError, type StardustErrorKind } from '../../src/core/StardustError.js'
import { formatSupportDetails } from '../../src/core/supportDetails.js'
import { MAX_TEXT, safeText } from '../../src/core/text.js'
import { toStardustError } from '../../src/core/toStardustError.js'
import { unwrapEnvelope } from '../../src/core/unwrapEnvelope.js'
import { resolveError } from '../../src/i18n/resolveError.js'
import { DANGEROUS_KEYS, anything } from '../core/arbitraries.js'
import { flushReport, record } from './report.js'
import { RUNS, TIMEOUT, UNSAFE, check, checkPresentation, loadEveryLocale, serverParts, watchConsole } from './support.js'

const params = { numRuns: RUNS }
watchConsole()
let locales: Array<[string, I18n]> = []
beforeAll(async () => {
  locales = await loadEveryLocale()
})
afterAll(() => {
  record({ inputs })
  flushReport('fuzz', RUNS)
})

// ---- arbitraries -------------------------------------------------------------------------------------------

const hex = (length: number) => fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: length, maxLength: length })
const CODES = listCodes().map((info) => info.code)
const API_TEXTS = (apiTexts as Array<{ code: number; text: string }>).map((row) => row.text)
const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '{{x}}',
  '{{- bucket}}',
  '$t(codes.51004.title)',
  '[object Object]',
  'undefined',
  'codes.51004.title',
  'helixBucketName:[<b>bold</b>] connection failed',
  "field : {{x}} can't be empty.",
  "field : campaignName can't be empty.",
  'The value 123 of field key cannot be converted to type number.',
  '\u202eevil\u202c \u2066isolated\u2069 \u200bzero\u200b width \u0007bell \u001b[31mred',
]

/** Header values a `Headers` object accepts. */
const headerText = fc.string({ unit: 'grapheme-ascii', maxLength: 40 })
const headers = fc.record(
  {
    'x-request-id': fc.oneof(hex(32), headerText),
    'retry-after': fc.oneof(
      fc.nat({ max: 100_000 }).map(String),
      headerText,
      fc.date({ noInvalidDate: true }).map((d) => d.toUTCString()),
    ),
    'content-type': fc.constantFrom('application/json', 'text/html; charset=utf-8', 'text/plain'),
  },
  { requiredKeys: [] },
)
const status = fc.integer({ min: 200, max: 599 })
const NULL_BODY = new Set([204, 205, 304])

const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom(...API_TEXTS, ...HOSTILE), fc.string())
/** Objects shaped like envelopes, right and wrong in every field. */
const envelopeLike = fc.record(
  {
    code: fc.oneof(
      fc.constantFrom(...CODES),
      fc.integer(),
      fc.constantFrom(...CODES).map(String),
      fc.double(),
      fc.string({ maxLength: 8 }),
      fc.constant(null),
    ),
    success: fc.oneof(fc.boolean(), fc.constantFrom('true', 'false', 0, 1, null)),
    message: fc.oneof(text, fc.jsonValue({ maxDepth: 2 })),
    data: fc.jsonValue({ maxDepth: 4 }),
    date: fc.oneof(fc.constant('2025-03-20 14:04:05'), fc.constant(''), fc.string(), fc.integer()),
    requestId: fc.oneof(hex(32), hex(30), fc.constant(''), fc.string(), fc.integer(), fc.constant(null)),
  },
  { requiredKeys: [] },
)
/** A body as a client may receive it: JSON of anything, any string, envelopes (with a BOM, or cut short). */
const bodyText = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.string({ unit: 'binary' }),
  envelopeLike.map((v) => JSON.stringify(v)),
  fc.tuple(envelopeLike, fc.boolean(), fc.nat()).map(([v, bom, cut]) => {
    const json = JSON.stringify(v)
    return (bom ? '\ufeff' : '') + (cut % 3 === 0 ? json.slice(0, cut % json.length) : json)
  }),
  fc.constantFrom(
    '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>',
    '<html><body><form action="/login"><input name="password"></form><script>location="/login"</script></body></html>',
    '',
    '   ',
    'null',
    '[]',
  ),
)
/** Any JSON value, any string, any bytes, and envelopes right and wrong. */
const body = fc.oneof(
  { weight: 4, arbitrary: bodyText.map((t): BodyInit => t) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 1024 }).map((bytes): BodyInit => bytes) },
  { weight: 1, arbitrary: fc.tuple(fc.jsonValue(), fc.boolean()).map(([v, bom]): BodyInit => (bom ? '\ufeff' : '') + JSON.stringify(v)) },
)

// ---- the checks ----------------------------------------------------------------------------------------------

const KINDS: ReadonlySet<StardustErrorKind> = new Set(['api', 'http', 'network', 'timeout', 'aborted', 'malformed', 'signin', 'unknown'])
const LABELS = ['Code', 'Request ID', 'Date', 'Message', 'Kind', 'Page', 'Locale', 'Kit', 'Reported']
let inputs = 0

/** Everything the kit makes of an error: valid, resolvable in every locale, serializable, reportable. */
function checkError(error: unknown): void {
  check(error instanceof StardustError && isStardustError(error), `not a StardustError: ${String(error)}`)
  check(KINDS.has(error.kind), `unknown kind ${error.kind}`)
  check(typeof error.message === 'string' && error.message !== '', 'empty developer message')
  const parts = serverParts(error)
  for (const [lng, i18n] of locales) checkPresentation(resolveError(error, i18n, lng), error, lng, parts)
  const json = JSON.stringify(error)
  check(typeof json === 'string' && JSON.parse(json).name === 'StardustError', 'toJSON broke')
  const details = formatSupportDetails(error, { locale: 'de', path: '/campaigns/7' })
  const lines = details.split('\n')
  check(
    lines.length === LABELS.length && lines.every((line, i) => line.startsWith(`${LABELS[i]}: `)),
    `support details malformed:\n${details}`,
  )
  check(!UNSAFE.test(details), 'support details carry a control or bidi character')
  if (error.requestId && /^[\w-]{1,64}$/.test(error.requestId))
    check(lines[1] === `Request ID: ${error.requestId}`, 'requestId lost in support details')
}

function responseOf(bodyInit: BodyInit, code: number, head: Record<string, string>): Response {
  return new Response(NULL_BODY.has(code) ? null : bodyInit, { status: code, headers: head })
}

async function checkUnwrap(bodyInit: BodyInit, code: number, head: Record<string, string>): Promise<void> {
  inputs++
  const response = responseOf(bodyInit, code, head)
  const copy = responseOf(bodyInit, code, head)
  let outcome: { ok: true; value: unknown } | { ok: false; reason: unknown }
  try {
    outcome = { ok: true, value: await unwrapEnvelope(response) }
  } catch (reason) {
    outcome = { ok: false, reason }
  }
  if (outcome.ok) {
    // Only a success envelope may resolve, and with its data.
    const raw = (await copy.text()).replace(/^\ufeff/, '')
    const envelope = decodeEnvelope(JSON.parse(raw))
    check(envelope !== null && isSuccessEnvelope(envelope), `resolved without a success envelope: ${raw.slice(0, 200)}`)
    return
  }
  checkError(outcome.reason)
  const error = outcome.reason as StardustError
  check(error.status === code, `status ${code} lost (got ${error.status})`)
  if (error.bodyExcerpt !== null)
    check(error.bodyExcerpt.length <= 120 && !/[<>]/.test(error.bodyExcerpt), 'body excerpt is markup or long')
}

// ---- the properties -----------------------------------------------------------------------------------------

describe('any response body with any HTTP status', () => {
  it(
    'unwrapEnvelope resolves only a success envelope (any JSON, string or bytes), and otherwise rejects with a StardustError that reads well in every locale',
    async () => {
      await fc.assert(fc.asyncProperty(body, status, headers, checkUnwrap), params)
    },
    TIMEOUT,
  )
})

describe('anything thrown', () => {
  const thrown = fc.oneof(
    anything,
    envelopeLike,
    envelopeLike.map((envelope) => ({ response: { status: 502, data: envelope } })),
    fc.tuple(fc.constantFrom('TypeError', 'AbortError', 'TimeoutError', 'StardustError', 'Error'), text).map(([name, message]) => {
      const error = name === 'TypeError' ? new TypeError(message) : new Error(message)
      if (name !== 'TypeError') error.name = name
      return error
    }),
  )

  it(
    'toStardustError yields a StardustError that reads well in every locale, and never throws',
    () => {
      fc.assert(
        fc.property(thrown, (value) => {
          inputs++
          checkError(toStardustError(value))
        }),
        params,
      )
    },
    TIMEOUT,
  )

  it(
    'redact copies anything into bounded, JSON-safe data and never throws',
    () => {
      const depthOf = (v: unknown): number => (typeof v === 'object' && v !== null ? 1 + Math.max(0, ...Object.values(v).map(depthOf)) : 0)
      fc.assert(
        fc.property(anything, (value) => {
          inputs++
          const copy = redact(value)
          const json = JSON.stringify(copy)
          check(json === undefined || typeof json === 'string', 'not JSON')
          check(depthOf(copy) <= 7, 'unbounded depth')
        }),
        params,
      )
    },
    TIMEOUT,
  )
})

describe('hostile objects', () => {
  const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort()
  const builtins = {
    toString: Object.prototype.toString,
    valueOf: Object.prototype.valueOf,
    hasOwnProperty: Object.prototype.hasOwnProperty,
  }

  function expectNoPollution(): void {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore)
    expect(Object.prototype.toString).toBe(builtins.toString)
    expect(Object.prototype.valueOf).toBe(builtins.valueOf)
    expect(Object.prototype.hasOwnProperty).toBe(builtins.hasOwnProperty)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
  }

  /** JSON text with `__proto__`, `constructor`, `toString`… as own keys, at the top and nested in `data`. */
  const hostileJsonText = fc
    .tuple(
      fc.dictionary(fc.constantFrom(...DANGEROUS_KEYS), fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant({ polluted: 'yes' })), {
        maxKeys: 5,
      }),
      fc.dictionary(fc.constantFrom(...DANGEROUS_KEYS, 'code', 'message'), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 }),
      fc.constantFrom(...CODES, 99999),
      text,
    )
    .map(([top, data, code, message]) => {
      // JSON.stringify drops a `__proto__` own key on some paths: write the members by hand.
      const members = (o: Record<string, unknown>) => Object.keys(o).map((k) => `${JSON.stringify(k)}:${JSON.stringify(o[k])}`)
      return `{${[...members(top), `"code":${code}`, '"success":false', `"message":${JSON.stringify(message)}`, `"data":{${[...members(data), '"__proto__":{"polluted":"yes"}'].join(',')}}`, `"requestId":"2f6b0e3c9d6a4b8e9f1a2b3c4d5e6f70"`].join(',')}}`
    })

  it(
    'never pollute a prototype or hijack the error, through unwrapEnvelope, toStardustError, fromJSON or redact',
    async () => {
      await fc.assert(
        fc.asyncProperty(hostileJsonText, status, async (json, code) => {
          inputs++
          await checkUnwrap(json, code, {})
          const parsed = JSON.parse(json) as Record<string, unknown>
          const error = toStardustError(parsed)
          check(
            error instanceof StardustError && error.requestId === '2f6b0e3c9d6a4b8e9f1a2b3c4d5e6f70',
            'not a StardustError with its requestId',
          )
          JSON.stringify(error)
          formatSupportDetails(error)
          check(String(error).startsWith('StardustError'), 'toString hijacked')
          check(isStardustError(StardustError.fromJSON(parsed)), 'fromJSON broke')
          const again = StardustError.fromJSON(JSON.parse(JSON.stringify(error)))
          check(again.requestId === error.requestId && again.code === error.code, 'lost in a JSON round trip')
          check(({} as Record<string, unknown>).polluted === undefined, 'Object.prototype polluted')
          JSON.stringify(redact(parsed))
        }),
        params,
      )
      expectNoPollution()
    },
    TIMEOUT,
  )

  it('survive deeply nested data (100,000 levels) in a body and in an error', async () => {
    let deep: unknown = 'bottom'
    for (let i = 0; i < 100_000; i++) deep = i % 2 ? { data: deep } : [deep]
    const error = new StardustError({ kind: 'api', code: 5000, data: deep, cause: { cause: deep } })
    const json = JSON.stringify(error)
    expect(json.length).toBeLessThan(2_000)
    checkError(error)
    // As a body: JSON.stringify of the envelope itself would overflow the stack, so build the text directly.
    const text = `{"code":5000,"success":false,"message":"deep","requestId":"${'b'.repeat(32)}","data":${'{"d":'.repeat(50_000)}1${'}'.repeat(50_000)}}`
    const rejected = await unwrapEnvelope(new Response(text, { status: 200 })).catch((e: unknown) => e)
    checkError(rejected)
    expect((rejected as StardustError).requestId).toBe('b'.repeat(32))
    expectNoPollution()
    inputs += 2
  })
})

describe('huge, control and bidi text from the server', () => {
  it('a 1 MB message is cut to a sane length where it is shown, and kept whole on the error', async () => {
    const huge = `Service hiccuped: ${'x'.repeat(1024 * 1024)} END`
    for (const code of [5000, 99999, 54013]) {
      const envelope = { code, success: false, message: huge, data: null, date: '2025-03-20 14:04:05', requestId: 'c'.repeat(32) }
      const error = (await unwrapEnvelope(new Response(JSON.stringify(envelope))).catch((e: unknown) => e)) as StardustError
      checkError(error)
      expect(error.serverMessage).toBe(huge)
      for (const [lng, i18n] of locales) {
        const r = resolveError(error, i18n, lng)
        expect(r.serverMessage!.length).toBeLessThanOrEqual(MAX_TEXT)
        expect(r.message.length).toBeLessThanOrEqual(MAX_TEXT + 400)
      }
      expect(error.message.length).toBeLessThan(300)
      const details = formatSupportDetails(error)
      expect(details.length).toBeLessThan(3_000)
    }
    inputs += 3
  })

  it('a message longer than what is shown is still copied whole in the support details', () => {
    const long = `${'Campaign name is already exists. '.repeat(50)}END`.trim()
    expect(long.length).toBeGreaterThan(MAX_TEXT)
    const error = new StardustError({ kind: 'api', code: 51004, serverMessage: long, requestId: 'd'.repeat(32) })
    for (const [lng, i18n] of locales) {
      const r = resolveError(error, i18n, lng)
      expect(r.serverMessage!.length).toBeLessThanOrEqual(MAX_TEXT)
      expect(r.serverMessage!.endsWith('…')).toBe(true)
    }
    const message = formatSupportDetails(error).split('\n')[3]
    expect(message).toBe(`Message: ${long}`)
    inputs += 1
  })

  const unsafeChar = fc.constantFrom(
    '\u202a',
    '\u202b',
    '\u202c',
    '\u202d',
    '\u202e',
    '\u2066',
    '\u2067',
    '\u2068',
    '\u2069',
    '\u200e',
    '\u200f',
    '\u061c',
    '\u200b',
    '\u2060',
    '\ufeff',
    '\u0000',
    '\u0007',
    '\u001b',
    '\u007f',
    '\u0085',
    '\r',
    '\n',
    '\t',
  )
  const messyText = fc
    .array(fc.oneof({ weight: 2, arbitrary: unsafeChar }, { weight: 3, arbitrary: fc.string({ maxLength: 6 }) }), { maxLength: 80 })
    .map((parts) => parts.join(''))
  const carrier = fc.oneof(
    messyText.map((t) => [99999, t] as const),
    messyText.map((t) => [5000, t] as const),
    messyText.map((t) => [54013, `helixBucketName:[${t}] connection failed.`] as const),
    messyText.map((t) => [51000, `field : ab${t.replace(/\s/g, '')} can't be empty.`] as const),
    fc.tuple(messyText, messyText).map(([a, b]) => [57001, `The value ${a} of field ${b} cannot be converted to type number.`] as const),
  )

  it(
    'control characters and bidi overrides never reach what is shown or copied',
    () => {
      fc.assert(
        fc.property(carrier, hex(32), ([code, message], requestId) => {
          inputs++
          const error = new StardustError({ kind: 'api', code, serverMessage: message, requestId })
          checkError(error)
          const details = formatSupportDetails(error)
          check(!UNSAFE.test(details), 'support details carry a control or bidi character')
          const shown = safeText(message, 2_000)
          if (shown !== '' && shown.length < 2_000)
            check(details.split('\n')[3] === `Message: ${redactText(shown)}`, 'message not copied whole')
        }),
        params,
      )
    },
    TIMEOUT,
  )

  it(
    'formatSupportDetails writes nine clean lines for any error',
    () => {
      const anyError = fc.record({
        kind: fc.constantFrom(...KINDS),
        code: fc.option(fc.oneof(fc.constantFrom(...CODES), fc.integer())),
        status: fc.option(fc.integer({ min: 100, max: 599 })),
        requestId: fc.option(fc.oneof(hex(32), text)),
        date: fc.option(text),
        serverMessage: fc.option(fc.oneof(text, messyText)),
        bodyExcerpt: fc.option(text),
      })
      fc.assert(
        fc.property(
          anyError,
          fc.option(text),
          fc.option(fc.constantFrom(...locales.map(([l]) => l), 'x'.repeat(300))),
          (init, path, locale) => {
            inputs++
            const error = new StardustError(init)
            const details = formatSupportDetails(error, { path: path ?? undefined, locale: locale ?? undefined, now: new Date(0) })
            const lines = details.split('\n')
            check(lines.length === LABELS.length && lines.every((line, i) => line.startsWith(`${LABELS[i]}: `)), `malformed:\n${details}`)
            check(!UNSAFE.test(details), 'control or bidi character')
            check(details.length <= 9 * 2_100, 'unbounded')
          },
        ),
        params,
      )
    },
    TIMEOUT,
  )
})

describe('counting', () => {
  it('tried every generated input', () => {
    expect(inputs).toBeGreaterThanOrEqual(RUNS * 5)
  })
})
