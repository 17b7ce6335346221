// Redaction, table-driven: each row is a way a credential reaches error text or error data, from the grammar of
// where it lives (headers, URLs, tokens). Every row plants a secret; none may survive; what is not secret stays.
import { describe, expect, it } from 'vitest'
import { StardustError, formatSupportDetails, redact, redactText } from '../../src/core.js'

const SECRET = 's3cr3tVALUE9'
const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl'
const REQUEST_ID = '7f3a9c0b5e2d4f6a8b1c3d5e7f9a0b2c'

// [what, text, secret that must go, text that must stay]
const TEXT: Array<[string, string, string, string]> = [
  ['a bare JSON Web Token', `Invalid token ${JWT} here`, JWT, 'Invalid token'],
  ['a JWT inside JSON', `{"error":"expired","jwt":"${JWT}"}`, JWT, 'expired'],
  ['Authorization: Basic', 'Authorization: Basic dXNlcjpzM2NyZXQ=', 'dXNlcjpzM2NyZXQ=', 'Authorization'],
  ['Authorization: Bearer', `Authorization: Bearer ${SECRET}`, SECRET, 'Authorization'],
  ['Proxy-Authorization: Digest', `proxy-authorization: Digest ${SECRET}`, SECRET, 'proxy-authorization'],
  ['a header name with no separator', `invalid X-STARDUST-KEY ak_live_${SECRET}`, SECRET, 'invalid X-STARDUST-KEY'],
  ['X-SIGN with no separator', `bad X-SIGN ${SECRET} for request`, SECRET, 'for request'],
  ['X-SIGN: value', `X-SIGN: ${SECRET}`, SECRET, 'X-SIGN'],
  ['user:password@ in a URL', `cannot reach https://admin:${SECRET}@bucket.example/data`, SECRET, 'bucket.example/data'],
  ['a schemeless sig= URL', `download bucket.example/file.zip?sig=${SECRET}&x=1`, SECRET, 'bucket.example/file.zip'],
  ['a percent-encoded signed URL', `redirect=https%3A%2F%2Fb.example%2Ff%3FX-Amz-Signature%3D${SECRET}%26y%3D2`, SECRET, 'b.example'],
  ['a signed URL', `https://b.example/f?X-Amz-Credential=AKIA${SECRET}&X-Amz-Signature=${SECRET}`, SECRET, 'https://b.example/f'],
  ['a secret in a query pair', `callback?access_token=${SECRET}`, SECRET, 'callback'],
]

describe('redactText', () => {
  it.each(TEXT)('%s', (_what, text, secret, kept) => {
    const out = redactText(text)
    expect(out).not.toContain(secret)
    expect(out).toContain(kept)
    expect(out).toContain('[redacted]')
  })

  it('leaves 32-hex request IDs, ordinary words and query strings without credentials alone', () => {
    for (const text of [`requestId ${REQUEST_ID}`, 'campaignName is already exists', 'list?page=2&sort=asc', 'the signal was lost']) {
      expect(redactText(text)).toBe(text)
    }
  })

  it('redacts what the server says wherever its text goes: toJSON, the message, support details', () => {
    const error = new StardustError({ kind: 'http', status: 401, serverMessage: `Invalid token ${JWT}`, requestId: REQUEST_ID })
    for (const out of [JSON.stringify(error.toJSON()), error.message, formatSupportDetails(error, { locale: 'en' })]) {
      expect(out).not.toContain(JWT)
      expect(out).toContain(REQUEST_ID)
    }
  })
})

// [what, value, where the secret sits]
const STRUCTURED: Array<[string, unknown]> = [
  ['Headers', new Headers({ 'X-STARDUST-KEY': SECRET, accept: 'application/json' })],
  [
    'a Map',
    new Map([
      ['Authorization', `Bearer ${SECRET}`],
      ['accept', 'application/json'],
    ]),
  ],
  [
    '[name, value] tuples',
    [
      ['X-SIGN', SECRET],
      ['accept', 'application/json'],
    ],
  ],
  [
    '{ name, value } lists',
    [
      { name: 'X-STARDUST-KEY', value: SECRET },
      { name: 'accept', value: 'application/json' },
    ],
  ],
  ['{ key, value } lists', [{ key: 'authorization', value: SECRET }]],
  ['a plain object', { headers: { 'x-sign': SECRET }, accept: 'application/json' }],
  ['nested under a request', { request: { method: 'POST', headers: [['x-stardust-key', SECRET]] } }],
]

describe('redact (structured)', () => {
  it.each(STRUCTURED)('%s', (_what, value) => {
    const out = JSON.stringify(redact(value))
    expect(out).not.toContain(SECRET)
    expect(out).toContain('[redacted]')
  })

  it('keeps what is not secret in every container', () => {
    expect(redact(new Map([['accept', 'application/json']]))).toEqual({ accept: 'application/json' })
    expect(redact([['accept', 'application/json']])).toEqual([['accept', 'application/json']])
    expect(redact([{ name: 'accept', value: 'application/json' }])).toEqual([{ name: 'accept', value: 'application/json' }])
  })
})
