import { authBurst } from '../../src/query/route.js'
import { QueryClient, dehydrate, hydrate, type Query } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import { StardustError, getCodeInfo, listCodes, toStardustError } from '../../src/core.js'
import { stardustDevtoolsErrorTypes } from '../../src/query/devtools.js'
import { readMeta, stardustMeta } from '../../src/query/meta.js'
import { isAuthError, placementOf, type FailureContext } from '../../src/query/placement.js'
import { shouldRedactErrors } from '../../src/query/ssr.js'
import { throwOnError } from '../../src/query/throwOnError.js'

const api = (code: number, serverMessage = 'x') => new StardustError({ kind: 'api', code, serverMessage, requestId: 'a'.repeat(32) })
const queryWith = (data: unknown) => ({ state: { data } }) as unknown as Query<any, any, any, any>

describe('throwOnError', () => {
  it('throws to the boundary only when there is no data to show', () => {
    expect(throwOnError(api(51008), queryWith(undefined))).toBe(true)
    expect(throwOnError(api(51008), queryWith(['kept']))).toBe(false)
  })
  it('never for an abort or an auth failure', () => {
    expect(throwOnError(new StardustError({ kind: 'aborted' }), queryWith(undefined))).toBe(false)
    expect(throwOnError(api(401), queryWith(undefined))).toBe(false)
    expect(throwOnError(new StardustError({ kind: 'http', status: 403 }), queryWith(undefined))).toBe(false)
  })
})

describe('the one-place rule', () => {
  const context = (extra: Partial<FailureContext> = {}): FailureContext => ({
    source: 'query',
    meta: {},
    hasData: false,
    throwsToBoundary: false,
    handlesAuth: false,
    ...extra,
  })
  it.each([
    ['an abort is silent', new StardustError({ kind: 'aborted' }), context(), 'silent'],
    ['an opt-out is silent', api(5000), context({ meta: { toast: false } }), 'silent'],
    ['auth goes to onAuthError when the app handles it', api(402), context({ handlesAuth: true }), 'auth'],
    ['auth toasts when it does not', api(402), context(), 'toast'],
    ['a query with no data that throws goes to the boundary', api(51008), context({ throwsToBoundary: true }), 'boundary'],
    ['a failed background refetch that stays on screen toasts', api(5000), context({ throwsToBoundary: false, hasData: true }), 'toast'],
    [
      'a refetch TanStack Query throws (plain `throwOnError: true`) goes to the boundary only',
      api(5000),
      context({ throwsToBoundary: true, hasData: true }),
      'boundary',
    ],
    [
      'a mutation TanStack Query throws goes to the boundary only',
      api(5000),
      context({ source: 'mutation', throwsToBoundary: true }),
      'boundary',
    ],
    [
      'a mutation whose form has the field is inline',
      api(51004),
      context({ source: 'mutation', meta: { fields: ['campaignName'] } }),
      'inline',
    ],
    [
      'a mutation whose form lacks the field toasts',
      api(51004),
      context({ source: 'mutation', meta: { fields: ['workflowType'] } }),
      'toast',
    ],
    ['a code that names no field toasts', api(51001), context({ source: 'mutation', meta: { fields: true } }), 'toast'],
    ['a mutation without a form toasts', api(51004), context({ source: 'mutation' }), 'toast'],
  ] as const)('%s', (_name, error, ctx, expected) => {
    expect(placementOf(error, ctx)).toBe(expected)
  })
  it('knows auth failures', () => {
    expect([401, 402, 403].map((c) => isAuthError(api(c)))).toEqual([true, true, true])
    expect(isAuthError(api(51004))).toBe(false)
  })
})

describe('meta', () => {
  it('builds and reads meta.stardust, tolerating anything else an app put there', () => {
    expect(readMeta(stardustMeta({ toast: false }))).toEqual({ toast: false })
    for (const odd of [undefined, null, 3, 'x', { stardust: null }, { stardust: 'x' }]) expect(readMeta(odd)).toEqual({})
  })
})

describe('SSR: dehydrate and hydrate', () => {
  it('keeps a StardustError’s code and requestId and drops credentials; redacts any other error', async () => {
    const server = new QueryClient()
    const secret = 'X-SIGN: 5d41402abc4b2a76b9719d911017c592'
    await server.prefetchQuery({
      queryKey: ['campaign'],
      queryFn: () =>
        Promise.reject(
          new StardustError({
            kind: 'api',
            code: 51008,
            serverMessage: 'Campaign not exists.',
            requestId: 'b'.repeat(32),
            data: { headers: { 'X-SIGN': '5d41402abc4b2a76b9719d911017c592' } },
            cause: new Error(secret),
          }),
        ),
      retry: false,
    })
    await server.prefetchQuery({ queryKey: ['other'], queryFn: () => Promise.reject(new Error('internal detail')), retry: false })
    const wire = JSON.stringify(dehydrate(server, { shouldDehydrateQuery: () => true, shouldRedactErrors }))
    expect(wire).not.toContain('5d41402abc4b2a76b9719d911017c592')

    const client = new QueryClient()
    hydrate(client, JSON.parse(wire))
    const error = toStardustError(client.getQueryState(['campaign'])?.error)
    expect(error).toBeInstanceOf(StardustError)
    expect(error).toMatchObject({ code: 51008, requestId: 'b'.repeat(32), serverMessage: 'Campaign not exists.' })
    expect(shouldRedactErrors(new Error('x'))).toBe(true)
    expect(shouldRedactErrors(api(5000))).toBe(false)
  })
})

describe('the devtools preset', () => {
  it('offers every failure code of the catalog, and each one fails with that code', () => {
    const types = stardustDevtoolsErrorTypes()
    const failures = listCodes().filter((info) => info.family !== 'success')
    expect(types).toHaveLength(failures.length + 3)
    for (const info of failures) {
      const type = types.find((t) => t.name === `Stardust ${info.key} (${info.family})`)
      expect(type, info.key).toBeDefined()
      const error = type!.initializer({}) as StardustError
      expect(error).toBeInstanceOf(StardustError)
      expect(getCodeInfo(error.code, error.serverMessage)?.key, info.key).toBe(info.key)
    }
  })
})

describe('authBurst', () => {
  it('opens once per window, counted from the call, so polling faster than the window is heard again', () => {
    const shouldCall = authBurst(10_000)
    const calls: number[] = []
    // An auth failure every 3 s for a minute (a screen polling with an expired key).
    for (let t = 0; t <= 60_000; t += 3_000) if (shouldCall(t)) calls.push(t)
    expect(calls).toEqual([0, 12_000, 24_000, 36_000, 48_000, 60_000])
  })
})
