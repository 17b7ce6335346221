import { isRetryable } from '../../src/core/retry.js'
import { StardustError, parseRetryAfter, toStardustError } from '../../src/core'
import { REQUEST_ID, bucketConnectionFailed, duplicateCampaignName, serviceHiccup } from './envelopes'

const expectNoPollution = () => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  expect(Object.prototype).not.toHaveProperty('polluted')
  expect(Object.prototype).not.toHaveProperty('code')
  expect(Object.prototype).not.toHaveProperty('kind')
}

describe('toStardustError', () => {
  it('returns a StardustError unchanged', () => {
    const error = new StardustError({ kind: 'timeout' })
    expect(toStardustError(error)).toBe(error)
  })

  it('rebuilds a StardustError that went through JSON (a dehydrated query)', () => {
    const original = new StardustError({
      kind: 'api',
      code: 51004,
      status: 200,
      requestId: REQUEST_ID,
      serverMessage: 'campaignName is already exists.',
    })
    const error = toStardustError(JSON.parse(JSON.stringify(original)))
    expect(error).toBeInstanceOf(StardustError)
    expect(error).toMatchObject({
      kind: 'api',
      code: 51004,
      status: 200,
      requestId: REQUEST_ID,
      serverMessage: 'campaignName is already exists.',
    })
    expect(error.message).toBe(original.message)
  })

  it('always has a message, even from an empty one', () => {
    expect(toStardustError({ name: 'StardustError', kind: 'api', code: 5000, message: '' }).message).toBe('Stardust 5000')
    expect(toStardustError(new Error('')).message.length).toBeGreaterThan(0)
    expect(new StardustError({ kind: 'network', message: '' }).message).toBe('Stardust network error (network)')
  })

  it('turns a failure envelope into an api error with every field', () => {
    const error = toStardustError(duplicateCampaignName)
    expect(error).toBeInstanceOf(StardustError)
    expect(error).toMatchObject({
      kind: 'api',
      code: 51004,
      requestId: REQUEST_ID,
      date: '2025-03-20 14:04:05',
      serverMessage: 'campaignName is already exists.',
      data: null,
      status: null,
    })
  })

  it('reads an envelope with a string code and no requestId', () => {
    const { requestId: _r, ...rest } = bucketConnectionFailed
    const error = toStardustError({ ...rest, code: '54013' })
    expect(error.kind).toBe('api')
    expect(error.code).toBe(54013)
    expect(error.requestId).toBeNull()
  })

  it('turns a Response into an http error with its status and request ID', () => {
    const response = new Response('<html>Bad Gateway</html>', { status: 502, headers: { 'x-request-id': 'edge-42', 'retry-after': '3' } })
    const error = toStardustError(response)
    expect(error).toMatchObject({ kind: 'http', status: 502, requestId: 'edge-42', retryAfterMs: 3000, code: null })
    expect(response.bodyUsed).toBe(false)
  })

  it('reads the x-requestid spelling too', () => {
    expect(toStardustError(new Response(null, { status: 503, headers: { 'X-RequestId': 'r-1' } })).requestId).toBe('r-1')
    expect(toStardustError(new Response(null, { status: 500 })).requestId).toBeNull()
  })

  it.each([
    ['Failed to fetch', 'Chrome'],
    ['NetworkError when attempting to fetch resource.', 'Firefox'],
    ['Load failed', 'Safari'],
    ['fetch failed', 'Node'],
  ])('turns fetch TypeError(%j) (%s) into network', (message) => {
    const cause = new TypeError(message)
    const error = toStardustError(cause)
    expect(error.kind).toBe('network')
    expect(error.cause).toBe(cause)
  })

  it('does not call every TypeError a network failure', () => {
    expect(toStardustError(new TypeError("Cannot read properties of undefined (reading 'data')")).kind).toBe('unknown')
  })

  it.each([
    "Cannot read properties of undefined (reading 'fetchedAt')",
    'api.fetchCampaigns is not a function',
    'networkStatus.map is not a function',
    "Cannot destructure property 'socket' of 'undefined'",
    'connection.close is not a function',
  ])('a programming bug that mentions fetch, network or socket (%j) is not a network failure, so it is not retried', (message) => {
    const error = toStardustError(new TypeError(message))
    expect(error.kind).toBe('unknown')
    expect(isRetryable(error)).toBe(false)
  })

  it('turns an AbortError into aborted', () => {
    expect(toStardustError(new DOMException('The operation was aborted.', 'AbortError')).kind).toBe('aborted')
    const controller = new AbortController()
    controller.abort()
    expect(toStardustError(controller.signal.reason).kind).toBe('aborted')
  })

  it('turns a TimeoutError into timeout', () => {
    expect(toStardustError(new DOMException('The operation timed out.', 'TimeoutError')).kind).toBe('timeout')
    expect(toStardustError(Object.assign(new Error('signal timed out'), { name: 'TimeoutError' })).kind).toBe('timeout')
  })

  it('reads axios-style errors carrying an envelope', () => {
    const axiosError = Object.assign(new Error('Request failed with status code 500'), {
      isAxiosError: true,
      response: { status: 500, headers: {}, data: serviceHiccup },
    })
    const error = toStardustError(axiosError)
    expect(error).toMatchObject({ kind: 'api', code: 5000, status: 500, requestId: serviceHiccup.requestId })
    expect(error.serverMessage).toBe('Service hiccuped, please try again later')
    expect(error.cause).toBe(axiosError)
  })

  it('reads axios-style errors without an envelope as http', () => {
    const error = toStardustError({ message: 'x', response: { status: 502, data: '<html>Bad Gateway</html>' } })
    expect(error).toMatchObject({ kind: 'http', status: 502, code: null })
  })

  it('reads axios-style timeouts and cancellations', () => {
    expect(toStardustError(Object.assign(new Error('timeout of 1000ms exceeded'), { code: 'ECONNABORTED' })).kind).toBe('timeout')
    expect(toStardustError(Object.assign(new Error('canceled'), { name: 'CanceledError', code: 'ERR_CANCELED' })).kind).toBe('aborted')
  })

  it('wraps a plain Error as unknown and keeps it as the cause', () => {
    const cause = new Error('boom')
    const error = toStardustError(cause)
    expect(error.kind).toBe('unknown')
    expect(error.cause).toBe(cause)
    expect(error.message).not.toBe('')
  })

  it.each([
    ['a string', 'something broke'],
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['a symbol', Symbol('s')],
    ['a function', () => 1],
    ['an array', [1, 2]],
    ['an empty object', {}],
    ['a bigint', 10n],
  ])('wraps %s as unknown', (_label, value) => {
    const error = toStardustError(value)
    expect(error).toBeInstanceOf(StardustError)
    expect(error.kind).toBe('unknown')
    expect(error.message.length).toBeGreaterThan(0)
  })

  it('never throws on a Proxy whose every trap throws', () => {
    const boom = () => {
      throw new Error('trap')
    }
    const traps = { get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom, apply: boom }
    for (const target of [{}, new Error('x'), () => 1]) {
      const error = toStardustError(new Proxy(target, traps))
      expect(error).toBeInstanceOf(StardustError)
      expect(error.kind).toBe('unknown')
      expect(error.message.length).toBeGreaterThan(0)
      expect(() => JSON.stringify(error)).not.toThrow()
    }
  })

  it('never throws on throwing getters', () => {
    const value = Object.defineProperty({}, 'name', {
      get() {
        throw new Error('getter')
      },
    })
    expect(toStardustError(value)).toBeInstanceOf(StardustError)
  })

  it('does not pollute prototypes with __proto__ and constructor keys', () => {
    const inputs = [
      JSON.parse('{"__proto__":{"polluted":"yes","code":51004},"constructor":{"prototype":{"polluted":"yes"}}}'),
      JSON.parse(
        `{"__proto__":{"polluted":"yes"},"code":51004,"success":false,"message":"m","data":{"__proto__":{"polluted":"yes"}},"requestId":"${REQUEST_ID}"}`,
      ),
      JSON.parse('{"response":{"status":500,"data":{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}}}'),
      { constructor: { prototype: { polluted: 'yes' } }, name: 'constructor' },
    ]
    for (const input of inputs) {
      const error = toStardustError(input)
      expect(error).toBeInstanceOf(StardustError)
      JSON.parse(JSON.stringify(error))
      StardustError.fromJSON(JSON.parse(JSON.stringify(error)))
    }
    expectNoPollution()
    expect(toStardustError(inputs[1]).code).toBe(51004)
  })
})

describe('parseRetryAfter', () => {
  it('reads seconds', () => {
    expect(parseRetryAfter('7')).toBe(7000)
    expect(parseRetryAfter(' 0 ')).toBe(0)
    expect(parseRetryAfter('1.5')).toBe(1500)
  })

  it('reads an HTTP date relative to now', () => {
    const now = Date.parse('2025-03-20T06:04:05Z')
    expect(parseRetryAfter('Thu, 20 Mar 2025 06:04:35 GMT', now)).toBe(30_000)
    expect(parseRetryAfter('Thu, 20 Mar 2025 06:00:00 GMT', now)).toBe(0)
  })

  it('ignores nonsense', () => {
    expect(parseRetryAfter(null)).toBeNull()
    expect(parseRetryAfter('')).toBeNull()
    expect(parseRetryAfter('-5')).toBeNull()
    expect(parseRetryAfter('soon')).toBeNull()
  })
})

describe('a response cut off mid-body under Node', () => {
  it('is a network failure, so it is retried', () => {
    expect(toStardustError(new TypeError('terminated')).kind).toBe('network')
  })
})

describe('whatever is thrown, a StardustError comes back', () => {
  const boom = () => {
    throw new Error('trap')
  }
  const revoked = Proxy.revocable({}, {})
  revoked.revoke()
  it.each([
    ['every trap throws', new Proxy({}, { get: boom, ownKeys: boom, getPrototypeOf: boom, has: boom, getOwnPropertyDescriptor: boom })],
    ['a revoked proxy', revoked.proxy],
    ['a function whose traps throw', new Proxy(() => {}, { get: boom, getPrototypeOf: boom, apply: boom })],
    ['an error whose message getter throws', Object.defineProperty(new TypeError('x'), 'message', { get: boom })],
  ])('%s: kind unknown, and its toJSON, message and support details do not throw', (_what, value) => {
    const error = toStardustError(value)
    expect(error.kind).toBe('unknown')
    expect(() => JSON.stringify(error.toJSON())).not.toThrow()
    expect(typeof error.message).toBe('string')
  })
})
