// Planted secrets: credentials in an error's data, cause, request headers and server text must not come out
// of any channel: toasts (built-in and through the sonner / react-hot-toast adapters), the fallback, field
// errors, the support details copied, toJSON and SSR dehydration, the developer message, and the console.
// The request ID (32 hex, like an X-SIGN MD5) must survive everywhere it is shown.
import { inspect } from 'node:util'
import { act, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { dehydrate, useMutation, useQuery } from '@tanstack/react-query'
import fc from 'fast-check'
import type { i18n as I18n } from 'i18next'
import { useEffect } from 'react'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import en from '../../locales/en/stardust.json'
import { StardustError } from '../../src/core/StardustError.js'
import { stardustFetch } from '../../src/core/stardustFetch.js'
import { formatSupportDetails } from '../../src/core/supportDetails.js'
import { toStardustError } from '../../src/core/toStardustError.js'
import { stardustText } from '../../src/i18n/text.js'
import { resolveError } from '../../src/i18n/resolveError.js'
import { shouldRedactErrors } from '../../src/query/ssr.js'
import { hotToastAdapter, sonnerAdapter, type HotToastLike, type SonnerLike } from '../../src/ui/adapters.js'
import type { StardustContextValue } from '../../src/ui/context.js'
import { CopyRequestId } from '../../src/ui/CopyRequestId.js'
import { CopySupportDetails } from '../../src/ui/CopySupportDetails.js'
import { ErrorSummary } from '../../src/ui/ErrorSummary.js'
import { FieldError } from '../../src/ui/FieldError.js'
import { toastContent } from '../../src/ui/forwardToAdapter.js'
import { StardustErrorBoundary } from '../../src/ui/StardustErrorBoundary.js'
import { useFieldErrors } from '../../src/ui/useFieldErrors.js'
import { useStardustError, type StardustErrorView } from '../../src/ui/useStardustError.js'
import { useStardustToast } from '../../src/ui/useStardustToast.js'
import { restoreClipboard, setClipboard } from '../ui/clipboard.js'
import { renderWithKit } from '../ui/kit.js'
import { flushReport, record } from './report.js'
import { RUNS, TIMEOUT, loadEveryLocale, settle, watchConsole } from './support.js'

// ---- what is planted -------------------------------------------------------------------------------------

/** Distinctive credentials: none of these may appear in any output. */
const SECRET = {
  accessKeyId: 'AKID-SECRET-KEY-5f1c9e7a3b2d',
  accessKeySecret: 'SK-5f1c0ffee9d8c7b6a5f4e3d2c1b0a9f8',
  // X-SIGN: lowercase hex MD5, the very shape of a requestId
  sign: 'c4ca4238a0b923820dcc509a6f75849b',
  ts: '1742450645123',
  bearer: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJvcHMtNWYxYyJ9.c2VjcmV0LXNpZy01ZjFj',
  amzSignature: 'a1b2c3d4e5f60718293a4b5c6d7e8f90deadbeef5f1c',
  urlToken: 'tok-5f1c-3e9a-77b1-secret',
  password: 'hunter2-5f1c-pass',
  cookie: 'sid-5f1c9e7a3b2c-cookie',
} as const
const SECRETS: readonly string[] = Object.values(SECRET)
/** A requestId looks like an X-SIGN: it must be kept all the same. */
const REQUEST_ID = '0f9e8d7c6b5a49382716a5b4c3d2e1f0'

const SIGNED_URL = `https://annotation-raw.s3.amazonaws.com/scene/0001.jpg?X-Amz-Signature=${SECRET.amzSignature}&token=${SECRET.urlToken}`
const SIGNED_BUCKET = `s3://annotation-raw/eu?X-Amz-Signature=${SECRET.amzSignature}&token=${SECRET.urlToken}`
const HEADERS = {
  'X-STARDUST-KEY': SECRET.accessKeyId,
  'X-SIGN': SECRET.sign,
  'X-TS': SECRET.ts,
  Authorization: `Bearer ${SECRET.bearer}`,
  Cookie: `session=${SECRET.cookie}`,
}

/** Server texts that echo credentials, the ways servers and proxies do. */
const SERVER_TEXTS = [
  `Signature check failed: X-SIGN: ${SECRET.sign}, X-TS: ${SECRET.ts}, X-STARDUST-KEY: ${SECRET.accessKeyId}`,
  `Wrong Signature. expected sign=${SECRET.sign} for accessKey=${SECRET.accessKeyId}&secretKey=${SECRET.accessKeySecret}`,
  `Authorization: Bearer ${SECRET.bearer} rejected`,
  `Could not read ${SIGNED_URL}`,
  `{"accessKey":"${SECRET.accessKeyId}","secreteKey":"${SECRET.accessKeySecret}","password":"${SECRET.password}"}`,
  `helixBucketName:[${SIGNED_BUCKET}] connection failed. Check whether the bucket exists.`,
  `helixBucketName:[bucket-eu X-SIGN=${SECRET.sign}] connection failed.`,
]

/** Data and causes carrying credentials in every shape the kit may meet. */
function plantedData(): Record<string, unknown> {
  return {
    headers: { ...HEADERS },
    accessKey: SECRET.accessKeyId,
    secretKey: SECRET.accessKeySecret,
    externalStorage: { accessKey: SECRET.accessKeyId, secreteKey: SECRET.accessKeySecret, endpoint: 'https://s3.example.com' },
    resourceUrl: SIGNED_URL,
    request: { url: SIGNED_URL, init: { headers: new Headers(HEADERS) } },
    log: [`X-SIGN: ${SECRET.sign}`, `X-TS=${SECRET.ts}`, `password: ${SECRET.password}`],
  }
}
function plantedCause(): unknown {
  return Object.assign(
    new TypeError(`fetch failed: X-STARDUST-KEY=${SECRET.accessKeyId}; X-SIGN=${SECRET.sign}; Authorization: Bearer ${SECRET.bearer}`),
    {
      config: { url: SIGNED_URL, headers: { ...HEADERS } },
      request: { headers: new Headers(HEADERS) },
    },
  )
}

/** Everything a value holds as text, before any redaction: strings, keys, headers, errors' messages. */
function rawText(value: unknown, seen = new Set<unknown>()): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  if (typeof value !== 'object' || value === null || seen.has(value)) return ''
  seen.add(value)
  if (value instanceof Headers) return [...value].flat().join(' ')
  const own = Object.getOwnPropertyNames(value).map((key) => `${key} ${rawText((value as Record<string, unknown>)[key], seen)}`)
  return own.join(' ')
}
/** How many (secret, place) pairs were planted: each place counts every secret value it really holds. */
function plantedIn(...places: unknown[]): number {
  return places.reduce<number>((n, place) => n + SECRETS.filter((secret) => rawText(place).includes(secret)).length, 0)
}

/** An output channel's text, searched for every planted secret. Returns how many leaked. */
let channels = 0
function leaksIn(channel: string, text: string): string[] {
  channels++
  return SECRETS.filter((secret) => text.includes(secret)).map((secret) => `${channel} leaked ${secret}`)
}

let locales: Array<[string, I18n]> = []
const watch = watchConsole([/The above error occurred in the <\w+> component/])
beforeAll(async () => {
  locales = await loadEveryLocale()
})
afterEach(() => restoreClipboard())
afterAll(() => {
  record({ channels })
  flushReport('secrets', RUNS)
})

// ---- the framework-free channels, at full count ----------------------------------------------------------

/** Every text the kit produces for an error without rendering: JSON, developer message, console, support, i18n, adapters. */
function pureChannels(error: StardustError): string[] {
  const leaks: string[] = []
  leaks.push(...leaksIn('JSON.stringify(error)', JSON.stringify(error)))
  leaks.push(...leaksIn('error.message', error.message))
  leaks.push(...leaksIn('String(error)', String(error)))
  leaks.push(...leaksIn('error.stack', error.stack ?? ''))
  // What console.error(error) prints under Node (React logs caught errors this way): util.inspect.
  leaks.push(...leaksIn('console (util.inspect)', inspect(error, { showHidden: true, depth: 6 })))
  leaks.push(...leaksIn('support details', formatSupportDetails(error, { locale: 'de', path: `/campaigns?token=${SECRET.urlToken}` })))
  for (const [lng, i18n] of locales) {
    const resolved = resolveError(error, i18n, lng)
    leaks.push(...leaksIn(`resolveError (${lng})`, JSON.stringify(resolved)))
    const kit = {
      resolve: (e: unknown) => resolveError(e, i18n, lng),
      text: (key: string, fallback: string, options?: Record<string, unknown>) => stardustText(i18n, lng, key, fallback, options),
    } as unknown as StardustContextValue
    const toast = {
      id: 't',
      dedupeKey: 'k',
      error,
      severity: resolved.severity,
      count: 1,
      requests: 1,
      retry: null,
      message: null,
      notice: null,
      duration: 8000,
      createdAt: 0,
      updatedAt: 0,
    }
    const content = toastContent(toast, kit, () => {})
    // Plain recorders rather than vi.fn(): this runs tens of thousands of times.
    const calls: unknown[] = []
    const recorder = (...args: unknown[]) => void calls.push(args)
    const sonner: SonnerLike = { error: recorder, warning: recorder, info: recorder, dismiss: recorder }
    const hot: HotToastLike = Object.assign((...args: unknown[]) => recorder(...args), { error: recorder, dismiss: recorder })
    sonnerAdapter(sonner).show(content)
    hotToastAdapter(hot).show(content)
    leaks.push(...leaksIn(`adapters (${lng})`, JSON.stringify(calls)))
  }
  return leaks
}

describe('planted secrets, without rendering', () => {
  const secretName = fc.constantFrom(
    'X-STARDUST-KEY',
    'x-sign',
    'X-TS',
    'accessKey',
    'secretKey',
    'secreteKey',
    'Authorization',
    'access_key',
    'apiKey',
    'token',
    'password',
    'X-Amz-Signature',
  )
  const secretValue = fc.constantFrom(SECRET.accessKeyId, SECRET.accessKeySecret, SECRET.sign, SECRET.ts, SECRET.urlToken, SECRET.password)
  const sep = fc.constantFrom(': ', '=', ' = ', '":"', "': '")
  /** `name: value` pairs, bearer tokens and signed URLs inside free text. */
  const secretText = fc.oneof(
    fc.tuple(secretName, sep, secretValue).map(([n, s, v]) => `${n}${s}${v}`),
    fc.constant(`Authorization: Bearer ${SECRET.bearer}`),
    fc.constant(`Bearer ${SECRET.bearer}`),
    fc.constant(SIGNED_URL),
    fc.constant(`helixBucketName:[${SIGNED_BUCKET}] connection failed.`),
    fc.constant(`helixBucketName:[x X-SIGN=${SECRET.sign}] connection failed.`),
  )
  const prose = fc.constantFrom(
    'Signature check failed.',
    'request',
    'for',
    'Wrong Signature',
    'Authentication Failed',
    '—',
    '\n',
    '(',
    ')',
  )
  const message = fc.array(fc.oneof(secretText, prose), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' '))
  const data = fc.oneof(
    fc.dictionary(secretName, secretValue, { maxKeys: 4 }),
    fc.tuple(secretName, secretValue).map(([n, v]) => ({ deep: { deeper: { [n]: v } }, list: [{ [n]: v }] })),
    message.map((m) => ({ note: m })),
    fc.constant(plantedData()),
  )
  const cause = fc.oneof(
    message.map((m) => new Error(m)),
    data,
    fc.constant(plantedCause()),
  )
  const code = fc.constantFrom(401, 402, 403, 5000, 51004, 54013, 54010, 57001, 99999)

  it(
    'no channel carries them, and the request ID is kept',
    () => {
      let planted = 0
      let leaked = 0
      fc.assert(
        fc.property(
          code,
          message,
          data,
          cause,
          fc.constantFrom<StardustError['kind']>('api', 'http', 'network', 'unknown'),
          (c, m, d, k, kind) => {
            const error = new StardustError({
              kind,
              code: kind === 'api' ? c : null,
              status: kind === 'http' ? c % 600 : null,
              requestId: REQUEST_ID,
              serverMessage: m,
              data: d,
              cause: k,
            })
            planted += plantedIn(m, d, k)
            const leaks = pureChannels(error)
            leaked += leaks.length
            if (leaks.length > 0) throw new Error(leaks.join('\n'))
            if (!formatSupportDetails(error).includes(`Request ID: ${REQUEST_ID}`)) throw new Error('request ID lost in support details')
            if (JSON.parse(JSON.stringify(error)).requestId !== REQUEST_ID) throw new Error('request ID lost in toJSON')
          },
        ),
        { numRuns: RUNS },
      )
      record({ inputs: RUNS, secretsPlanted: planted, leaked })
    },
    TIMEOUT,
  )

  it('an axios-style error with the request config and an envelope keeps nothing but what support needs', () => {
    const axiosLike = Object.assign(new Error('Request failed with status code 401'), {
      config: { url: SIGNED_URL, headers: { ...HEADERS } },
      response: {
        status: 401,
        headers: { 'set-cookie': `session=${SECRET.cookie}` },
        data: { code: 401, success: false, message: SERVER_TEXTS[0], data: null, requestId: REQUEST_ID },
      },
    })
    const error = toStardustError(axiosLike)
    expect(error).toMatchObject({ kind: 'api', code: 401, requestId: REQUEST_ID })
    const leaks = pureChannels(error)
    record({ inputs: 1, secretsPlanted: plantedIn(axiosLike), leaked: leaks.length })
    expect(leaks).toEqual([])
  })
})

// ---- the rendered channels ------------------------------------------------------------------------------

function Thrower({ error }: { error: unknown }): never {
  throw error
}

/** One screen that shows an error every way the kit can: query toast, manual toast, hook, inline, boundary, copy. */
function Screen({ load, manual, views }: { load: () => Promise<unknown>; manual: StardustError; views: Array<StardustErrorView | null> }) {
  const query = useQuery({ queryKey: ['planted'], queryFn: load })
  const mutation = useMutation({ mutationFn: load })
  const toast = useStardustToast()
  const view = useStardustError(query.error)
  views.push(view)
  const form = useFieldErrors(manual, true)
  useEffect(() => {
    toast.show(manual, { dedupeKey: 'manual' })
    mutation.mutate()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  return (
    <>
      <input id="bucket" {...form.fieldProps('helixBucketNameList')} />
      <FieldError name="helixBucketNameList" errors={form} />
      <ErrorSummary errors={form} />
      {view && (
        <>
          <p data-testid="view">{JSON.stringify({ ...view, error: undefined })}</p>
          <CopyRequestId requestId={view.requestId} />
          <CopySupportDetails error={view.error} />
          <StardustErrorBoundary>
            <Thrower error={view.error} />
          </StardustErrorBoundary>
        </>
      )}
    </>
  )
}

describe.each(['en', 'de', 'ar'])('planted secrets, rendered (%s)', (lng) => {
  it.each(SERVER_TEXTS.map((text, i) => [i, text] as const))(
    'server text #%i: no toast, fallback, field error, copy, adapter or console shows them',
    async (_i, serverText) => {
      const user = userEvent.setup()
      const written: string[] = []
      setClipboard({ writeText: (text: string) => (written.push(text), Promise.resolve()) })
      const code = serverText.startsWith('helixBucketName') ? 54013 : /Signature/.test(serverText) ? 401 : 5000
      const body = JSON.stringify({
        code,
        success: false,
        message: serverText,
        data: plantedData(),
        date: '2025-03-20 14:04:05',
        requestId: REQUEST_ID,
      })
      const fetchMock = vi.fn(
        async (_input: RequestInfo | URL, _init?: RequestInit) =>
          new Response(body, {
            status: code === 5000 ? 500 : 200,
            headers: { 'x-request-id': REQUEST_ID, 'set-cookie': `session=${SECRET.cookie}` },
          }),
      )
      const load = () => stardustFetch(SIGNED_URL, { headers: HEADERS, fetch: fetchMock })
      const manual = new StardustError({
        kind: 'api',
        code: 54013,
        requestId: REQUEST_ID,
        serverMessage: serverText,
        data: plantedData(),
        cause: plantedCause(),
      })
      const sonner = { error: vi.fn(), warning: vi.fn(), info: vi.fn(), dismiss: vi.fn() } satisfies SonnerLike
      const views: Array<StardustErrorView | null> = []

      // Inside act: the provider's catalog load and the failing query and mutation update state once they settle.
      const { queryClient } = await act(() => renderWithKit(<Screen load={load} manual={manual} views={views} />, { locale: lng }))
      // a second provider routes the same failures to sonner
      const adapterViews: Array<StardustErrorView | null> = []
      await act(() =>
        renderWithKit(<Screen load={load} manual={manual} views={adapterViews} />, {
          locale: lng,
          provider: { toastAdapter: sonnerAdapter(sonner) },
        }),
      )
      await waitFor(() => expect(document.querySelectorAll('li.sdk-toast').length).toBeGreaterThanOrEqual(2))
      await waitFor(() => expect(screen.getAllByRole('button', { name: textOf(lng, 'ui.showDetails') }).length).toBeGreaterThan(0))
      for (const button of screen.getAllByRole('button', { name: textOf(lng, 'ui.showDetails') })) await user.click(button)
      for (const button of screen.getAllByRole('button', { name: textOf(lng, 'ui.copySupportDetails') })) await user.click(button)
      for (const button of screen.getAllByRole('button', { name: textOf(lng, 'ui.copyRequestId') })) await user.click(button)
      await waitFor(() => expect(written.length).toBeGreaterThan(0))
      await act(settle)
      expect(fetchMock).toHaveBeenCalled()
      const headersSent = new Headers(fetchMock.mock.calls[0]![1]!.headers)
      expect(headersSent.get('X-SIGN')).toBe(SECRET.sign) // the request itself did carry them

      const leaks = [
        ...leaksIn('DOM', document.body.innerHTML),
        ...leaksIn('DOM text', document.body.textContent ?? ''),
        ...leaksIn('clipboard', written.join('\n')),
        ...leaksIn('sonner', JSON.stringify([sonner.error, sonner.warning, sonner.info].flatMap((fn) => fn.mock.calls))),
        ...leaksIn('console', watch.calls.map((c) => c.text).join('\n')),
        ...leaksIn('dehydrated', JSON.stringify(dehydrate(queryClient, { shouldRedactErrors, shouldDehydrateQuery: () => true }))),
        ...leaksIn('hook view', JSON.stringify(views.filter(Boolean).map((v) => ({ ...v, error: undefined })))),
      ]
      // the query's error (server text, data, request headers) and the manual one (server text, data, cause)
      record({
        inputs: 1,
        secretsPlanted: plantedIn(serverText, plantedData(), HEADERS, serverText, plantedData(), plantedCause()),
        leaked: leaks.length,
      })
      expect(leaks).toEqual([])

      // What support needs is all there.
      expect(document.body.textContent).toContain(REQUEST_ID)
      expect(written.some((text) => text === REQUEST_ID)).toBe(true)
      expect(written.some((text) => text.includes(`Request ID: ${REQUEST_ID}`))).toBe(true)
      expect(sonner[code === 5000 ? 'error' : 'warning'].mock.calls.length + sonner.error.mock.calls.length).toBeGreaterThan(0)
      expect(watch.unexpected()).toEqual([])
      expect(watch.rejections).toEqual([])
    },
  )
})

function textOf(lng: string, key: string): string {
  const catalogs = import.meta.glob<Record<string, unknown>>('../../locales/*/stardust.json', { eager: true, import: 'default' })
  const catalog = catalogs[`../../locales/${lng}/stardust.json`] ?? en
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalog)
  return typeof value === 'string' ? value : key
}
