import { REDACTED, isSecretName, redact, redactText } from '../../src/core'
import { ACCESS_KEY_ID, ACCESS_KEY_SECRET, BEARER_TOKEN, SIGN, SIGNED_URL, SIGNED_URL_BASE, TS, expectNoSecrets } from './secrets'

describe('isSecretName', () => {
  it.each([
    'X-STARDUST-KEY',
    'x-stardust-key',
    'X-SIGN',
    'X-TS',
    'sign',
    'Authorization',
    'Proxy-Authorization',
    'Cookie',
    'set-cookie',
    'secretKey',
    'secreteKey',
    'secret_key',
    'accessKey',
    'access_key',
    'accessKeyId',
    'accessKeySecret',
    'secretAccessKey',
    'apiKey',
    'x-api-key',
    'token',
    'access_token',
    'refreshToken',
    'password',
    'signature',
    'X-Amz-Signature',
    'X-Amz-Credential',
    'privateKey',
    'client_secret',
  ])('treats %s as a secret', (name) => {
    expect(isSecretName(name)).toBe(true)
  })

  it.each(['code', 'message', 'requestId', 'date', 'campaignName', 'helixBucketNameList', 'design', 'signedAt', 'keyword', 'X-Request-Id'])(
    'does not treat %s as a secret',
    (name) => {
      expect(isSecretName(name)).toBe(false)
    },
  )
})

describe('redactText', () => {
  it('redacts the Stardust signing headers as written in a log', () => {
    const log = `POST /rosetta-open/campaign/create\nX-STARDUST-KEY: ${ACCESS_KEY_ID}\nX-TS: ${TS}\nX-SIGN: ${SIGN}\nContent-Type: application/json`
    const out = redactText(log)
    expectNoSecrets(out)
    expect(out).toBe(
      `POST /rosetta-open/campaign/create\nX-STARDUST-KEY: ${REDACTED}\nX-TS: ${REDACTED}\nX-SIGN: ${REDACTED}\nContent-Type: application/json`,
    )
  })

  it('redacts JSON-style pairs, escaped or not', () => {
    const json = JSON.stringify({ accessKey: ACCESS_KEY_ID, secretKey: ACCESS_KEY_SECRET, endpoint: 'oss-eu' })
    const out = redactText(json)
    expectNoSecrets(out)
    expect(JSON.parse(out)).toEqual({ accessKey: REDACTED, secretKey: REDACTED, endpoint: 'oss-eu' })
    const escaped = JSON.stringify(JSON.stringify({ 'X-SIGN': SIGN, secreteKey: ACCESS_KEY_SECRET, keep: 'me' }))
    const unescaped = JSON.parse(JSON.parse(redactText(escaped)))
    expect(unescaped).toEqual({ 'X-SIGN': REDACTED, secreteKey: REDACTED, keep: 'me' })
  })

  it('redacts query-style pairs', () => {
    const out = redactText(`accessKey=${ACCESS_KEY_ID}&secretKey=${ACCESS_KEY_SECRET}&campaignId=c-1`)
    expectNoSecrets(out)
    expect(out).toContain('campaignId=c-1')
  })

  it('redacts Authorization headers and bare bearer tokens', () => {
    expect(redactText(`Authorization: Bearer ${BEARER_TOKEN}`)).toBe(`Authorization: ${REDACTED}`)
    expect(redactText(`sent Bearer ${BEARER_TOKEN} to the API`)).toBe(`sent Bearer ${REDACTED} to the API`)
    expect(redactText(`{"headers":{"authorization":"Bearer ${BEARER_TOKEN}"}}`)).not.toContain(BEARER_TOKEN)
  })

  it('redacts the query string of signed URLs and keeps the rest of the URL', () => {
    const out = redactText(`could not read ${SIGNED_URL} (403)`)
    expectNoSecrets(out)
    expect(out).toBe(`could not read ${SIGNED_URL_BASE}?${REDACTED} (403)`)
    expect(redactText('gs://bucket/a.jpg?GoogleAccessId=x&Signature=abc')).toBe(`gs://bucket/a.jpg?${REDACTED}`)
  })

  it.each([
    'X-STARDUST-KEY',
    'X-SIGN',
    'X-TS',
    'Authorization',
    'secretKey',
    'secreteKey',
    'secret_key',
    'accessKey',
    'accessKeyId',
    'accessKeySecret',
    'AccessKeySecret',
    'secretAccessKey',
    'aws_secret_access_key',
    'apiKey',
    'x-api-key',
    'access_token',
    'password',
    'signature',
    'privateKey',
    'client_secret',
    'X-Amz-Credential',
  ])('redacts the value of %s in every notation', (name) => {
    const value = 'v4lu3EXAMPLE'
    for (const text of [
      `${name}=${value}`,
      `${name}: ${value}`,
      `{"${name}":"${value}"}`,
      `'${name}': '${value}'`,
      `x?a=1&${name}=${value}&b=2`,
    ]) {
      const out = redactText(text)
      expect(out, text).not.toContain(value)
      expect(out, text).toContain(REDACTED)
    }
  })

  it('keeps the Stardust texts it has no reason to touch', () => {
    for (const text of [
      'campaignName is already exists.',
      'helixBucketName:[annotation-raw-eu] connection failed. Check whether the bucket exists.',
      "field : campaignName can't be empty.",
      'Taxonomy json has error: The value 123 of field key cannot be converted to type number. Please check the value of this field.',
      'Choose one of sampleRatio and samplingQuantity',
      'Service hiccuped, please try again later',
      'Wrong Signature',
      'Signature Expired',
    ]) {
      expect(redactText(text)).toBe(text)
    }
  })

  it('finds a pair inside the value of a harmless one', () => {
    expect(redactText(`(debug: X-SIGN=${SIGN})`)).not.toContain(SIGN)
    expect(redactText(`note=X-TS:${TS}`)).not.toContain(TS)
  })

  it('redacts header names that end in a secret header name, not words that merely contain one', () => {
    expect(redactText('X-Custom-Authorization: Bearer abc.def')).toBe(`X-Custom-Authorization: ${REDACTED}`)
    expect(redactText('design=blue assign=me x-tsunami=3')).toBe('design=blue assign=me x-tsunami=3')
  })

  it('is idempotent', () => {
    const once = redactText(`X-SIGN: ${SIGN} Authorization: Bearer ${BEARER_TOKEN} ${SIGNED_URL} secretKey=${ACCESS_KEY_SECRET}`)
    expect(redactText(once)).toBe(once)
  })

  it('stays linear on hostile input', () => {
    // A hang fails the run; no timing assertion.
    const hostile = `${'a-'.repeat(200_000)}token`
    expect(redactText(hostile)).toBe(hostile)
    expect(redactText('secret'.repeat(50_000))).toBe('secret'.repeat(50_000))
  })
})

describe('redact', () => {
  it('replaces values of secret-named properties at any depth', () => {
    const out = redact({
      campaignName: 'Lane markings EU',
      request: { headers: { 'X-STARDUST-KEY': ACCESS_KEY_ID, 'X-SIGN': SIGN, 'X-TS': Number(TS), Accept: 'application/json' } },
      externalStorage: { accessKey: ACCESS_KEY_ID, secreteKey: ACCESS_KEY_SECRET, vendorType: 'S3' },
      list: [{ token: BEARER_TOKEN }, `Authorization: Bearer ${BEARER_TOKEN}`],
    })
    expectNoSecrets(JSON.stringify(out))
    expect(out).toEqual({
      campaignName: 'Lane markings EU',
      request: { headers: { 'X-STARDUST-KEY': REDACTED, 'X-SIGN': REDACTED, 'X-TS': REDACTED, Accept: 'application/json' } },
      externalStorage: { accessKey: REDACTED, secreteKey: REDACTED, vendorType: 'S3' },
      list: [{ token: REDACTED }, `Authorization: ${REDACTED}`],
    })
  })

  it('redacts Headers and reduces Errors to name and message', () => {
    const headers = new Headers({ 'x-stardust-key': ACCESS_KEY_ID, 'x-sign': SIGN, 'x-request-id': 'r-1' })
    expect(redact(headers)).toEqual({ 'x-request-id': 'r-1', 'x-sign': REDACTED, 'x-stardust-key': REDACTED })
    const error = Object.assign(new Error(`bad X-SIGN: ${SIGN}`), { config: { secretKey: ACCESS_KEY_SECRET } })
    const out = redact(error)
    expect(out).toEqual({ name: 'Error', message: `bad X-SIGN: ${REDACTED}` })
  })

  it('keeps primitives JSON-safe', () => {
    expect(redact(null)).toBeNull()
    expect(redact(42)).toBe(42)
    expect(redact(true)).toBe(true)
    expect(redact(12n)).toBe('12')
    expect(redact(undefined)).toBeUndefined()
    expect(redact(() => 1)).toBeUndefined()
    expect(redact(Symbol('s'))).toBeUndefined()
  })

  it('handles cycles', () => {
    const a: Record<string, unknown> = { name: 'a' }
    a.self = a
    const list: unknown[] = [1]
    list.push(list)
    expect(redact(a)).toEqual({ name: 'a', self: '[circular]' })
    expect(redact(list)).toEqual([1, '[circular]'])
    expect(() => JSON.stringify(redact(a))).not.toThrow()
  })

  it('bounds depth', () => {
    let deep: Record<string, unknown> = { leaf: true }
    for (let i = 0; i < 100; i++) deep = { next: deep }
    const out = redact(deep)
    const text = JSON.stringify(out)
    expect(text).toContain('[…]')
    expect(text).not.toContain('leaf')
    let depth = 0
    for (let node = out as Record<string, unknown>; typeof node === 'object' && node !== null; node = node.next as Record<string, unknown>)
      depth++
    expect(depth).toBe(6)
  })

  it('bounds width and string length', () => {
    const wide = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`k${i}`, i]))
    expect(Object.keys(redact(wide) as object)).toHaveLength(50)
    const long = redact(Array.from({ length: 500 }, (_, i) => i)) as unknown[]
    expect(long).toHaveLength(51)
    expect(long[50]).toBe('[+450 more]')
    expect((redact('x'.repeat(100_000)) as string).length).toBeLessThanOrEqual(2_001)
  })

  it('keeps __proto__ keys as data and pollutes nothing', () => {
    const input = JSON.parse('{"__proto__":{"polluted":"yes","secretKey":"s3cr3t"},"constructor":{"prototype":{"polluted":"yes"}},"ok":1}')
    const out = redact(input) as Record<string, unknown>
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype)
    expect(Object.prototype.hasOwnProperty.call(out, '__proto__')).toBe(true)
    expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toEqual({ polluted: 'yes', secretKey: REDACTED })
    expect(out.polluted).toBeUndefined()
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
    expect(JSON.parse(JSON.stringify(out))).toHaveProperty('ok', 1)
  })

  it('never throws on hostile objects', () => {
    const boom = () => {
      throw new Error('trap')
    }
    expect(redact(new Proxy({}, { get: boom, ownKeys: boom, getPrototypeOf: boom }))).toBe('[unreadable]')
    const getter = Object.defineProperty({ ok: 1 }, 'bad', { enumerable: true, get: boom })
    expect(() => redact(getter)).not.toThrow()
  })
})
