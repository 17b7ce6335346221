import fc from 'fast-check'
import { DANGEROUS_KEYS, ENVELOPE_KEYS, anything } from './arbitraries.js'
import {
  StardustError,
  isSignInResponse,
  isStardustError,
  redactText,
  toStardustError,
  unwrapEnvelope,
  type StardustErrorKind,
} from '../../src/core'

// 1,000 runs by default; CI raises it with FC_RUNS (e.g. FC_RUNS=10000).
const RUNS = Number.parseInt(process.env.FC_RUNS ?? '', 10) > 0 ? Number.parseInt(process.env.FC_RUNS!, 10) : 1000
const params = { numRuns: RUNS }
// A safety net against a hang, scaled with the run count; not a timing assertion.
const TIMEOUT = Math.max(30_000, RUNS * 30)

const KINDS: ReadonlySet<StardustErrorKind> = new Set(['api', 'http', 'network', 'timeout', 'aborted', 'malformed', 'signin', 'unknown'])
/** Objects parsed from JSON, so `__proto__` is an own key, with envelope-looking and dangerous keys. */
const hostileJson = fc
  .dictionary(fc.constantFrom(...ENVELOPE_KEYS, ...DANGEROUS_KEYS), fc.jsonValue(), { maxKeys: 8 })
  .chain((outer) =>
    fc.constantFrom(outer, { response: { status: 500, data: outer } }, { code: 51004, success: false, message: 'm', data: outer }),
  )
  // through JSON, so a generated `__proto__` key is an own property, as in a parsed response
  .map((value) => JSON.parse(JSON.stringify(value)) as unknown)

const withProtoKey = fc
  .tuple(fc.jsonValue(), fc.jsonValue())
  .map(
    ([proto, data]) =>
      JSON.parse(
        `{"__proto__":${JSON.stringify(proto)},"code":5000,"success":false,"message":"m","data":${JSON.stringify(data)}}`,
      ) as unknown,
  )

function expectNoPollution(): void {
  for (const key of ['polluted', 'code', 'kind', 'success', 'message', 'data', 'status', 'response']) {
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, key), key).toBe(false)
  }
}

describe('toStardustError never throws', () => {
  const check = (value: unknown) => {
    let error: StardustError | undefined
    expect(() => {
      error = toStardustError(value)
    }).not.toThrow()
    expect(error).toBeInstanceOf(StardustError)
    expect(isStardustError(error)).toBe(true)
    expect(KINDS.has(error!.kind)).toBe(true)
    expect(typeof error!.message).toBe('string')
    expect(error!.message.length).toBeGreaterThan(0)
    expect(() => JSON.stringify(error)).not.toThrow()
  }

  it(
    'for fc.anything()',
    () => {
      fc.assert(fc.property(anything, check), params)
      expectNoPollution()
    },
    TIMEOUT,
  )

  it(
    'for any string',
    () => {
      fc.assert(fc.property(fc.string({ unit: 'binary' }), check), params)
    },
    TIMEOUT,
  )

  it(
    'for JSON objects with __proto__, constructor and envelope keys',
    () => {
      fc.assert(fc.property(fc.oneof(hostileJson, withProtoKey), check), params)
      expectNoPollution()
    },
    TIMEOUT,
  )

  it(
    'for Errors with arbitrary names, messages and extra fields',
    () => {
      const errorLike = fc
        .record({
          name: fc.oneof(fc.string(), fc.constantFrom('AbortError', 'TimeoutError', 'TypeError', 'StardustError')),
          message: fc.string(),
          extra: anything,
        })
        .map(({ name, message, extra }) => Object.assign(new Error(message), { name, extra, kind: extra, code: extra }))
      fc.assert(fc.property(errorLike, check), params)
    },
    TIMEOUT,
  )
})

// --- unwrapEnvelope over arbitrary bodies -------------------------------------------------------

const NUMERIC = /^\s*-?\d{1,9}\s*$/

/** An independent reading of "a valid success envelope": the only bodies unwrapEnvelope may resolve. */
function expectedSuccess(body: string): { ok: true; data: unknown } | { ok: false } {
  // Response encodes the body as UTF-8 and text() decodes it, dropping one BOM; the kit drops another.
  let text = new TextDecoder().decode(new TextEncoder().encode(body))
  if (text.startsWith('\ufeff')) text = text.slice(1)
  if (text.trim() === '') return { ok: false }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return { ok: false }
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { ok: false }
  const raw = parsed as Record<string, unknown>
  const code =
    typeof raw.code === 'number' && Number.isInteger(raw.code)
      ? raw.code
      : typeof raw.code === 'string' && NUMERIC.test(raw.code)
        ? Number.parseInt(raw.code, 10)
        : null
  if (code !== 200 && code !== 2000) return { ok: false }
  const success = typeof raw.success === 'boolean' ? raw.success : typeof raw.message === 'string' ? true : null
  return success === true ? { ok: true, data: raw.data ?? null } : { ok: false }
}

const envelopeLike = fc
  .record(
    {
      code: fc.oneof(
        fc.constantFrom(2000, 200, '2000', ' 200 ', 5000, 51004, '51004', 2000.5, '2000.0', '02000', null),
        fc.integer(),
        fc.string(),
      ),
      success: fc.oneof(fc.boolean(), fc.constantFrom('true', 1, null)),
      message: fc.oneof(fc.string(), fc.constant(null)),
      data: fc.jsonValue(),
      date: fc.oneof(fc.string(), fc.constant('2025-03-20 14:04:05')),
      requestId: fc.oneof(fc.string(), fc.constant('2f6b0e3c9d6a4b8e9f1a2b3c4d5e6f70')),
    },
    { requiredKeys: [] },
  )
  .map((envelope) => JSON.stringify(envelope))

const body = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  envelopeLike,
  envelopeLike.map((text) => `\ufeff${text}`),
  envelopeLike.map((text) => text.slice(0, Math.floor(text.length / 2))),
  fc.string().map((s) => `<html><head><title>${s}</title></head><body>${s}</body></html>`),
)

const NULL_BODY_STATUSES = new Set([204, 205, 304])

describe('unwrapEnvelope over arbitrary bodies and statuses', () => {
  it(
    'resolves only for valid success envelopes and otherwise rejects with a StardustError',
    async () => {
      await fc.assert(
        fc.asyncProperty(body, fc.integer({ min: 200, max: 599 }), async (text, status) => {
          const nullBody = NULL_BODY_STATUSES.has(status)
          const response = new Response(nullBody ? null : text, { status })
          const expected = expectedSuccess(nullBody ? '' : text)
          let outcome: { resolved: true; value: unknown } | { resolved: false; error: unknown }
          try {
            outcome = { resolved: true, value: await unwrapEnvelope(response) }
          } catch (error) {
            outcome = { resolved: false, error }
          }
          if (outcome.resolved) {
            expect(expected.ok).toBe(true)
            expect(outcome.value).toEqual((expected as { data: unknown }).data)
          } else {
            expect(expected.ok).toBe(false)
            expect(outcome.error).toBeInstanceOf(StardustError)
            const error = outcome.error as StardustError
            expect(error.status).toBe(status)
            expect(['api', 'http', 'malformed', 'signin']).toContain(error.kind)
            // A sign-in page: a 401/403 HTML page, or any HTML page with a password field.
            if (error.kind === 'signin')
              expect(isSignInResponse(new Response(null, { status: nullBody ? 200 : status }), nullBody ? '' : text)).toBe(true)
            if (error.kind === 'http') expect(status).toBeGreaterThanOrEqual(400)
            if (error.kind === 'malformed') expect(status).toBeLessThan(400)
            if (error.bodyExcerpt !== null) {
              expect(error.bodyExcerpt.length).toBeLessThanOrEqual(120)
              expect(error.bodyExcerpt).not.toMatch(/[<>]/)
            }
          }
        }),
        params,
      )
    },
    TIMEOUT,
  )
})

// --- failure envelopes round-trip through toJSON / fromJSON --------------------------------------

const hex32 = fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 32, maxLength: 32 })
const serverDate = fc
  .date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2030-12-31T23:59:59Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 19).replace('T', ' '))
const failureEnvelope = fc.record({
  code: fc.integer().filter((code) => code !== 200 && code !== 2000),
  data: fc.constant(null),
  date: serverDate,
  message: fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 300 }),
    fc.constantFrom(
      'campaignName is already exists.',
      'helixBucketName:[annotation-raw-eu] connection failed. Check whether the bucket exists.',
      'Service hiccuped, please try again later',
      "field : campaignName can't be empty.",
    ),
  ),
  requestId: hex32,
  success: fc.boolean(),
})

describe('failure envelopes round-trip through toJSON and fromJSON', () => {
  it(
    'keeps every field',
    async () => {
      await fc.assert(
        fc.asyncProperty(failureEnvelope, fc.integer({ min: 200, max: 599 }), async (envelope, status) => {
          const sources = [toStardustError(envelope)]
          try {
            await unwrapEnvelope(new Response(JSON.stringify(envelope), { status: NULL_BODY_STATUSES.has(status) ? 200 : status }))
          } catch (error) {
            sources.push(error as StardustError)
          }
          expect(sources).toHaveLength(2)
          for (const error of sources) {
            const copy = StardustError.fromJSON(JSON.parse(JSON.stringify(error)))
            expect(copy).toBeInstanceOf(StardustError)
            expect(copy.kind).toBe('api')
            expect(copy.code).toBe(envelope.code)
            expect(copy.requestId).toBe(envelope.requestId)
            expect(copy.date).toBe(envelope.date)
            expect(copy.data).toBeNull()
            expect(copy.status).toBe(error.status)
            expect(copy.retryAfterMs).toBe(error.retryAfterMs)
            expect(copy.bodyExcerpt).toBe(error.bodyExcerpt)
            // Only credentials are ever removed: texts without any come back exactly.
            expect(copy.serverMessage).toBe(redactText(envelope.message))
            if (redactText(envelope.message) === envelope.message) expect(copy.serverMessage).toBe(envelope.message)
            expect(copy.message).toBe(redactText(error.message))
            expect(copy.toJSON()).toEqual(error.toJSON())
          }
        }),
        params,
      )
    },
    TIMEOUT,
  )
})
