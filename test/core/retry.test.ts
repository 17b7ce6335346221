import { MAX_RETRIES, StardustError, isRetryable, retry, retryDelay } from '../../src/core'
import { duplicateCampaignName, serviceHiccup } from './envelopes'

const api = (code: number, status: number | null = 200) => new StardustError({ kind: 'api', code, status })
const http = (status: number) => new StardustError({ kind: 'http', status })

const RETRYABLE: Array<[string, unknown]> = [
  ['api 5000', api(5000)],
  ['api 500 (poc)', api(500)],
  ['a raw 5000 envelope', serviceHiccup],
  ['network', new StardustError({ kind: 'network' })],
  ['a raw fetch TypeError', new TypeError('Failed to fetch')],
  ['timeout', new StardustError({ kind: 'timeout' })],
  ['http 502', http(502)],
  ['http 503', http(503)],
  ['http 504', http(504)],
  ['http 429', http(429)],
  ['an unknown api code on a 503', api(59999, 503)],
]

const NOT_RETRYABLE: Array<[string, unknown]> = [
  ['api 51004', api(51004)],
  ['a raw 51004 envelope', duplicateCampaignName],
  ['api 51004 even on a 503', api(51004, 503)],
  ['api 401 wrong signature', api(401)],
  ['api 400', api(400)],
  ['an unknown api code on a 200', api(59999, 200)],
  ['aborted', new StardustError({ kind: 'aborted' })],
  ['a raw AbortError', new DOMException('aborted', 'AbortError')],
  ['malformed', new StardustError({ kind: 'malformed', status: 200 })],
  ['unknown', new StardustError({ kind: 'unknown' })],
  ['a plain Error', new Error('bug')],
  ['http 400', http(400)],
  ['http 401', http(401)],
  ['http 404', http(404)],
  ['undefined', undefined],
]

describe('retry', () => {
  it('allows three retries, like TanStack Query', () => {
    expect(MAX_RETRIES).toBe(3)
  })

  it.each(RETRYABLE)('retries %s below 3 failures and stops after', (_label, error) => {
    expect(isRetryable(error)).toBe(true)
    expect(retry(0, error)).toBe(true)
    expect(retry(1, error)).toBe(true)
    expect(retry(2, error)).toBe(true)
    expect(retry(3, error)).toBe(false)
    expect(retry(10, error)).toBe(false)
  })

  it.each(NOT_RETRYABLE)('never retries %s', (_label, error) => {
    expect(isRetryable(error)).toBe(false)
    expect(retry(0, error)).toBe(false)
    expect(retry(1, error)).toBe(false)
  })

  it('picks the variant of a code before deciding', () => {
    expect(retry(0, new StardustError({ kind: 'api', code: 51002, serverMessage: 'Unknown campaignType.' }))).toBe(false)
  })

  it('never throws on hostile values', () => {
    const boom = () => {
      throw new Error('trap')
    }
    const hostile = new Proxy({}, { get: boom, getPrototypeOf: boom, has: boom, ownKeys: boom })
    expect(() => retry(0, hostile)).not.toThrow()
    expect(retry(0, hostile)).toBe(false)
    expect(() => retryDelay(0, hostile)).not.toThrow()
  })
})

describe('retryDelay', () => {
  const error = api(5000)

  it('backs off exponentially from 1 s, capped at 30 s', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 10, 100].map((n) => retryDelay(n, error))).toEqual([
      1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000, 30000,
    ])
  })

  it('never returns a negative or non-finite delay', () => {
    for (const n of [-1, 0, 1e6, Number.MAX_SAFE_INTEGER]) {
      const delay = retryDelay(n, error)
      expect(Number.isFinite(delay)).toBe(true)
      expect(delay).toBeGreaterThanOrEqual(1000)
      expect(delay).toBeLessThanOrEqual(30_000)
    }
  })

  it('backs off for errors that are not StardustErrors', () => {
    expect(retryDelay(1, new TypeError('Failed to fetch'))).toBe(2000)
  })

  it('honours Retry-After', () => {
    const limited = new StardustError({ kind: 'http', status: 429, retryAfterMs: 7000 })
    expect(retryDelay(0, limited)).toBe(7000)
    expect(retryDelay(4, limited)).toBe(7000)
    expect(retryDelay(0, new StardustError({ kind: 'http', status: 503, retryAfterMs: 0 }))).toBe(0)
  })

  it('caps an absurd Retry-After at five minutes', () => {
    expect(retryDelay(0, new StardustError({ kind: 'http', status: 429, retryAfterMs: 86_400_000 }))).toBe(300_000)
  })
})
