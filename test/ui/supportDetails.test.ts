import { describe, expect, it } from 'vitest'
import { StardustError } from '../../src/core/StardustError.js'
import { formatSupportDetails } from '../../src/core/supportDetails.js'
import { envelopeError } from '../../src/core/toStardustError.js'
import { KIT_VERSION } from '../../src/core/version.js'
import pkg from '../../package.json'
import { ACCESS_KEY_ID, ACCESS_KEY_SECRET, BEARER_TOKEN, SIGN, SIGNED_URL, expectNoSecrets } from '../core/secrets.js'
import { failureEnvelope } from './kit.js'

const NOW = new Date('2025-03-20T06:04:07.000Z')
const X_SIGN = '5d41402abc4b2a76b9719d911017c592'

function fields(text: string): Record<string, string> {
  return Object.fromEntries(text.split('\n').map((line) => [line.slice(0, line.indexOf(': ')), line.slice(line.indexOf(': ') + 2)]))
}

describe('formatSupportDetails', () => {
  it('writes every field support asks for, one English "Label: value" per line', () => {
    const envelope = failureEnvelope(51008, 'campaign not found')
    const error = envelopeError(envelope, { status: 200 })
    const text = formatSupportDetails(error, { locale: 'de', path: '/campaigns/7', version: '1.2.3', now: NOW })

    expect(fields(text)).toEqual({
      Code: '51008',
      'Request ID': envelope.requestId,
      Date: '2025-03-20 14:04:05',
      Message: 'campaign not found',
      Kind: 'api (HTTP 200)',
      Page: '/campaigns/7',
      Locale: 'de',
      Kit: 'stardust-error-kit 1.2.3',
      Reported: '2025-03-20T06:04:07.000Z',
    })
  })

  it('carries no secret from data, cause, the server message or the page address, and keeps the request ID', () => {
    const error = new StardustError({
      kind: 'api',
      code: 5000,
      requestId: 'f3a9c2e4b1d8a7c6e5f4a3b2c1d0e9f8',
      date: '2025-03-20 14:04:05',
      serverMessage: `signature check failed. X-SIGN: ${X_SIGN} secretKey=abc Authorization: Bearer ${BEARER_TOKEN} url ${SIGNED_URL}`,
      data: { headers: { 'X-STARDUST-KEY': ACCESS_KEY_ID, 'X-SIGN': SIGN }, secret: ACCESS_KEY_SECRET },
      cause: new Error(`fetch failed with X-STARDUST-KEY=${ACCESS_KEY_ID} and secret ${ACCESS_KEY_SECRET}`),
    })
    const text = formatSupportDetails(error, { path: `/datasets/1?token=${BEARER_TOKEN}&secretKey=abc#sig=${SIGN}` })

    expectNoSecrets(text)
    for (const secret of [X_SIGN, 'secretKey=abc', '=abc', 'eyJ', ACCESS_KEY_SECRET]) expect(text).not.toContain(secret)
    expect(fields(text)['Request ID']).toBe('f3a9c2e4b1d8a7c6e5f4a3b2c1d0e9f8')
    expect(fields(text).Page).toBe('/datasets/1')
    expect(fields(text).Message).toContain('signature check failed.')
  })

  it('keeps only the path of a full URL', () => {
    const text = formatSupportDetails(new StardustError({ kind: 'network' }), { path: `${SIGNED_URL}#frag` })
    expect(fields(text).Page).toBe('/scene/0001.jpg')
  })

  it('keeps each value on its line, so a server message cannot forge other fields', () => {
    const error = new StardustError({ kind: 'api', code: 5000, serverMessage: 'boom\nRequest ID: forged\u202e\r\nCode: 1' })
    const text = formatSupportDetails(error, { now: NOW })
    expect(text.split('\n')).toHaveLength(9)
    expect(fields(text)['Request ID']).toBe('(none)')
    expect(fields(text).Message).toBe('boom Request ID: forged Code: 1')
  })

  it('marks what is unknown and defaults the version and the time', () => {
    const text = formatSupportDetails(new StardustError({ kind: 'network' }))
    const f = fields(text)
    expect(f).toMatchObject({ Code: '(none)', 'Request ID': '(none)', Date: '(none)', Message: '(none)', Kind: 'network' })
    expect(f.Kit).toBe(`stardust-error-kit ${KIT_VERSION}`)
    expect(Date.parse(f.Reported!)).not.toBeNaN()
  })

  it('KIT_VERSION is the version in package.json', () => {
    expect(KIT_VERSION).toBe(pkg.version)
  })
})

describe('a response that was not an envelope', () => {
  it('carries the excerpt of the body in place of a server message', () => {
    const error = new StardustError({ kind: 'http', status: 502, bodyExcerpt: '502 Bad Gateway' })
    expect(formatSupportDetails(error)).toMatch(/^Message: \(response body\) 502 Bad Gateway$/m)
    expect(formatSupportDetails(error)).toMatch(/^Kind: http \(HTTP 502\)$/m)
  })
})
