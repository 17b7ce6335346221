import { StardustError, isStardustError, type StardustErrorKind } from '../../src/core'
import { ACCESS_KEY_ID, ACCESS_KEY_SECRET, BEARER_TOKEN, SIGN, SIGNED_URL, SIGNED_URL_BASE, TS, expectNoSecrets } from './secrets'
import { REQUEST_ID } from './envelopes'

const KINDS: StardustErrorKind[] = ['api', 'http', 'network', 'timeout', 'aborted', 'malformed', 'unknown']

const roundTrip = (error: StardustError): StardustError => StardustError.fromJSON(JSON.parse(JSON.stringify(error)))

describe('StardustError', () => {
  it('keeps every field it is given', () => {
    const cause = new Error('inner')
    const error = new StardustError({
      kind: 'api',
      code: 51004,
      status: 200,
      requestId: REQUEST_ID,
      date: '2025-03-20 14:04:05',
      serverMessage: 'campaignName is already exists.',
      data: { campaignName: 'Lane markings EU' },
      cause,
      bodyExcerpt: 'excerpt',
      retryAfterMs: 7000,
    })
    expect(error).toBeInstanceOf(Error)
    expect(error).toBeInstanceOf(StardustError)
    expect(error.name).toBe('StardustError')
    expect(error.kind).toBe('api')
    expect(error.code).toBe(51004)
    expect(error.status).toBe(200)
    expect(error.requestId).toBe(REQUEST_ID)
    expect(error.date).toBe('2025-03-20 14:04:05')
    expect(error.serverMessage).toBe('campaignName is already exists.')
    expect(error.data).toEqual({ campaignName: 'Lane markings EU' })
    expect(error.cause).toBe(cause)
    expect(error.bodyExcerpt).toBe('excerpt')
    expect(error.retryAfterMs).toBe(7000)
    expect(error.stack).toEqual(expect.any(String))
  })

  it('defaults every optional field to null', () => {
    const error = new StardustError({ kind: 'network' })
    expect(error).toMatchObject({
      code: null,
      status: null,
      requestId: null,
      date: null,
      serverMessage: null,
      data: null,
      bodyExcerpt: null,
      retryAfterMs: null,
    })
    expect(error.cause).toBeUndefined()
  })

  it.each(KINDS)('accepts kind %s', (kind) => {
    expect(new StardustError({ kind }).kind).toBe(kind)
  })

  it('turns an unknown kind into unknown', () => {
    expect(new StardustError({ kind: 'bogus' as StardustErrorKind }).kind).toBe('unknown')
    expect(new StardustError({ kind: 'toString' as StardustErrorKind }).kind).toBe('unknown')
  })

  it('normalizes numbers and empty strings', () => {
    const error = new StardustError({ kind: 'api', code: 51004.9, status: Number.NaN, requestId: '', date: '', retryAfterMs: Infinity })
    expect(error.code).toBe(51004)
    expect(error.status).toBeNull()
    expect(error.requestId).toBeNull()
    expect(error.date).toBeNull()
    expect(error.retryAfterMs).toBeNull()
  })

  it('builds a developer message from code, server text and request ID', () => {
    const error = new StardustError({ kind: 'api', code: 51004, serverMessage: 'campaignName is already exists.', requestId: REQUEST_ID })
    expect(error.message).toBe(`Stardust 51004: campaignName is already exists. [requestId ${REQUEST_ID}]`)
    expect(new StardustError({ kind: 'http', status: 502 }).message).toBe('HTTP 502 (http)')
    expect(new StardustError({ kind: 'network' }).message).toBe('Stardust network error (network)')
    expect(new StardustError({ kind: 'api', code: 5000, message: 'custom' }).message).toBe('custom')
  })

  it('caps the server text in the developer message', () => {
    const error = new StardustError({ kind: 'api', code: 5000, serverMessage: 'x'.repeat(10_000) })
    expect(error.message.length).toBeLessThan(300)
    expect(error.serverMessage).toHaveLength(10_000)
  })
})

describe('toJSON / fromJSON', () => {
  it('round-trips every field through JSON.stringify and JSON.parse', () => {
    const error = new StardustError({
      kind: 'api',
      code: 51004,
      status: 409,
      requestId: REQUEST_ID,
      date: '2025-03-20 14:04:05',
      serverMessage: 'campaignName is already exists.',
      data: { campaignName: 'Lane markings EU', scenes: [1, 2, 3], nested: { ok: true, none: null } },
      cause: { reason: 'duplicate', attempt: 2 },
      bodyExcerpt: 'Bad Gateway',
      retryAfterMs: 7000,
    })
    const json = JSON.parse(JSON.stringify(error))
    expect(json.name).toBe('StardustError')
    const copy = StardustError.fromJSON(json)
    expect(copy).toBeInstanceOf(StardustError)
    expect(copy.name).toBe('StardustError')
    expect(copy.message).toBe(error.message)
    for (const field of ['kind', 'code', 'status', 'requestId', 'date', 'serverMessage', 'bodyExcerpt', 'retryAfterMs'] as const) {
      expect(copy[field], field).toBe(error[field])
    }
    expect(copy.data).toEqual(error.data)
    expect(copy.cause).toEqual({ reason: 'duplicate', attempt: 2 })
    expect(copy.toJSON()).toEqual(error.toJSON())
  })

  it.each(KINDS)('round-trips kind %s with null fields', (kind) => {
    const error = new StardustError({ kind })
    const copy = roundTrip(error)
    expect(copy.toJSON()).toEqual(error.toJSON())
    expect(copy.kind).toBe(kind)
    expect(copy.code).toBeNull()
    expect(copy.data).toBeNull()
    expect('cause' in error.toJSON()).toBe(false)
  })

  it('keeps an Error cause as its name and message', () => {
    const copy = roundTrip(new StardustError({ kind: 'network', cause: new TypeError('Failed to fetch') }))
    expect(copy.cause).toEqual({ name: 'TypeError', message: 'Failed to fetch' })
  })

  it('rebuilds something sensible from garbage', () => {
    for (const junk of [null, undefined, 42, 'x', [], { kind: 'bogus', code: 'nope' }]) {
      const error = StardustError.fromJSON(junk)
      expect(error).toBeInstanceOf(StardustError)
      expect(error.kind).toBe('unknown')
      expect(error.code).toBeNull()
      expect(error.message).not.toBe('')
    }
  })

  describe('redaction', () => {
    const planted = () =>
      new StardustError({
        kind: 'api',
        code: 51004,
        requestId: REQUEST_ID,
        date: '2025-03-20 14:04:05',
        serverMessage: `campaignName is already exists. (debug: X-SIGN=${SIGN})`,
        data: {
          campaignName: 'Lane markings EU',
          headers: { 'X-STARDUST-KEY': ACCESS_KEY_ID, 'X-SIGN': SIGN, 'X-TS': TS, 'Content-Type': 'application/json' },
          externalStorage: { accessKey: ACCESS_KEY_ID, secreteKey: ACCESS_KEY_SECRET, secretKey: ACCESS_KEY_SECRET, endpoint: 'oss-eu' },
          resourceUrl: SIGNED_URL,
          log: `GET ${SIGNED_URL} with Authorization: Bearer ${BEARER_TOKEN}`,
        },
        cause: {
          config: { headers: new Headers({ Authorization: `Bearer ${BEARER_TOKEN}`, 'x-stardust-key': ACCESS_KEY_ID }) },
          error: new Error(`sign mismatch: X-TS: ${TS}, X-SIGN: ${SIGN}, secretKey=${ACCESS_KEY_SECRET}`),
          request: `{"accessKey":"${ACCESS_KEY_ID}","secretKey":"${ACCESS_KEY_SECRET}"}`,
        },
      })

    it('removes every planted credential from the JSON', () => {
      const text = JSON.stringify(planted())
      expectNoSecrets(text)
      expect(text).toContain('[redacted]')
    })

    it('keeps code, requestId, date and the non-secret data', () => {
      const json = JSON.parse(JSON.stringify(planted()))
      expect(json.code).toBe(51004)
      expect(json.requestId).toBe(REQUEST_ID)
      expect(json.date).toBe('2025-03-20 14:04:05')
      expect(json.kind).toBe('api')
      expect(json.data.campaignName).toBe('Lane markings EU')
      expect(json.data.headers['Content-Type']).toBe('application/json')
      expect(json.data.externalStorage.endpoint).toBe('oss-eu')
      expect(json.data.resourceUrl).toBe(`${SIGNED_URL_BASE}?[redacted]`)
      expect(json.serverMessage).toContain('campaignName is already exists.')
      expect(json.cause.error.message).toContain('sign mismatch')
    })

    it('leaves the live error untouched (only the JSON is redacted)', () => {
      const error = planted()
      expect(error.serverMessage).toContain(SIGN)
      expect((error.data as { resourceUrl: string }).resourceUrl).toBe(SIGNED_URL)
    })

    it('redacts the developer message and the body excerpt too', () => {
      const error = new StardustError({
        kind: 'http',
        status: 403,
        message: `Request to ${SIGNED_URL} failed`,
        bodyExcerpt: `403 Forbidden ${SIGNED_URL} Authorization: Bearer ${BEARER_TOKEN}`,
      })
      expectNoSecrets(JSON.stringify(error))
      expect(error.toJSON().bodyExcerpt).toContain('403 Forbidden')
    })

    it('does not pollute Object.prototype when data carries __proto__ keys', () => {
      const data = JSON.parse('{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"ok":1}')
      const copy = roundTrip(new StardustError({ kind: 'api', code: 5000, data }))
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      expect(Object.prototype).not.toHaveProperty('polluted')
      expect(copy.data).toHaveProperty('ok', 1)
    })
  })
})

describe('isStardustError', () => {
  it('recognizes a StardustError', () => {
    expect(isStardustError(new StardustError({ kind: 'api', code: 51004 }))).toBe(true)
    expect(isStardustError(StardustError.fromJSON({ kind: 'timeout' }))).toBe(true)
  })

  it('recognizes a copy from another bundle of the kit', () => {
    class ForeignStardustError extends Error {
      override name = 'StardustError'
      kind = 'api'
      code = 51004
    }
    expect(isStardustError(new ForeignStardustError('x'))).toBe(true)
    expect(isStardustError(Object.assign(new Error('x'), { name: 'StardustError', kind: 'network' }))).toBe(true)
  })

  it.each([
    ['an Error named StardustError with an invalid kind', Object.assign(new Error('x'), { name: 'StardustError', kind: 'bogus' })],
    ['an Error named StardustError without a kind', Object.assign(new Error('x'), { name: 'StardustError' })],
    ['an Error with a kind but another name', Object.assign(new Error('x'), { kind: 'api' })],
    ['a plain object that looks like one', { name: 'StardustError', kind: 'api', message: 'x' }],
    ['its JSON', JSON.parse(JSON.stringify(new StardustError({ kind: 'api' })))],
    ['null', null],
    ['undefined', undefined],
    ['a string', 'StardustError'],
    ['a TypeError', new TypeError('Failed to fetch')],
  ])('rejects %s', (_label, value) => {
    expect(isStardustError(value)).toBe(false)
  })

  it('never throws, even on a hostile proxy', () => {
    const boom = () => {
      throw new Error('trap')
    }
    const hostile = new Proxy(new Error('x'), { get: boom, getPrototypeOf: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom })
    expect(() => isStardustError(hostile)).not.toThrow()
    expect(isStardustError(hostile)).toBe(false)
  })
})
