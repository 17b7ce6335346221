// The fault corpus: every way a Stardust request goes wrong in the field, through stardustFetch into a real
// QueryClient + StardustProvider + Toaster. For each: one clear, localized message with the request ID where
// the response had one; the error, its request ID and server text still reachable (hook, onFailure, support
// details); nothing left on the console and no unhandled rejection.
import type { ReactElement } from 'react'
import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { QueryClientProvider, useQuery } from '@tanstack/react-query'
import { http, HttpResponse, delay } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import de from '../../locales/de/stardust.json'
import en from '../../locales/en/stardust.json'
import { StardustError } from '../../src/core/StardustError.js'
import { stardustFetch } from '../../src/core/stardustFetch.js'
import { formatSupportDetails } from '../../src/core/supportDetails.js'
import { createStardustI18n, registerLocale } from '../../src/i18n.js'
import { ErrorFallback } from '../../src/ui/ErrorFallback.js'
import { StardustProvider } from '../../src/ui/StardustProvider.js'
import { useStardustError, type StardustErrorView } from '../../src/ui/useStardustError.js'
import { useStardustToast } from '../../src/ui/useStardustToast.js'
import { restoreClipboard, setClipboard } from '../ui/clipboard.js'
import { renderWithKit, testQueryClient } from '../ui/kit.js'
import { flushReport, record } from './report.js'
import { RUNS, settle, watchConsole } from './support.js'

afterAll(() => flushReport('faults', RUNS))
const watch = watchConsole()
afterEach(() => restoreClipboard())

type Catalog = typeof en
const CATALOGS: Record<string, Catalog> = { en, de: de as unknown as Catalog }
/** A catalog string by its dotted key (`http.502.title`). */
function textOf(lng: string, key: string): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], CATALOGS[lng])
  if (typeof value !== 'string') throw new Error(`no ${key} in ${lng}`)
  return value
}

const URL_BASE = 'http://stardust.test/rosetta-open'
const RID = {
  envelope: '2f6b0e3c9d6a4b8e9f1a2b3c4d5e6f70',
  proxy: '7d1e5c3a9b0f4e2d8c6a1b3f5e7d9c0a',
  limited: '4b9e2f7a1c3d5e8f0a2b4c6d8e0f1a3c',
  contradiction: '9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b',
}
const envelope = (code: number | string, message: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ code, data: null, date: '2025-03-20 14:04:05', message, requestId: RID.envelope, success: false, ...extra })
const PROXY_502 =
  '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center>' +
  '<hr><center>nginx/1.25.3</center><script>window.location="/"</script></body></html>'
const LOGIN_PAGE =
  '<!DOCTYPE html><html><head><title>Sign in · Stardust</title></head><body><form action="/login" method="post">' +
  '<input name="username"><input name="password" type="password"><button>Sign in</button></form></body></html>'

/** What the user and the app must end up with. */
interface Expected {
  /** The catalog entry the toast shows (its title, message and hint, in the locale). */
  key: string
  kind: StardustError['kind']
  status?: number | null
  requestId: string | null
  serverMessage: string | null
  /** An abort is shown nowhere: no toast. */
  toast: boolean
  bodyExcerpt?: string
  retryAfterMs?: number
}

interface Fault {
  name: string
  /** What the mocked `fetch` does, given the request's signal. */
  respond: (signal: AbortSignal) => Promise<Response>
  timeoutMs?: number
  /** The caller aborts before the request goes out. */
  abort?: boolean
  expected: Expected
}

const response = (body: BodyInit | null, status = 200, headers: Record<string, string> = {}) =>
  Promise.resolve(new Response(body, { status, headers: { 'content-type': 'application/json', ...headers } }))
const neverAnswers = (signal: AbortSignal) =>
  new Promise<Response>((_, reject) => {
    const fail = () => reject(signal.reason ?? new DOMException('The operation was aborted.', 'AbortError'))
    if (signal.aborted) fail()
    else signal.addEventListener('abort', fail, { once: true })
  })

const FAULTS: Fault[] = [
  {
    name: 'an HTML 502 page from a proxy',
    respond: () => response(PROXY_502, 502, { 'content-type': 'text/html', 'x-request-id': RID.proxy }),
    expected: {
      key: 'http.502',
      kind: 'http',
      status: 502,
      requestId: RID.proxy,
      serverMessage: null,
      toast: true,
      bodyExcerpt: '502 Bad Gateway',
    },
  },
  {
    name: 'an empty body with 200',
    respond: () => response('', 200),
    expected: { key: 'kinds.malformed', kind: 'malformed', status: 200, requestId: null, serverMessage: null, toast: true },
  },
  {
    name: 'an empty body with 500',
    respond: () => response(null, 500),
    expected: { key: 'http.500', kind: 'http', status: 500, requestId: null, serverMessage: null, toast: true },
  },
  {
    name: 'truncated JSON',
    respond: () => response(envelope(51004, 'campaignName is already exists.').slice(0, 57), 200),
    expected: { key: 'kinds.malformed', kind: 'malformed', status: 200, requestId: null, serverMessage: null, toast: true },
  },
  {
    name: 'JSON with a BOM',
    respond: () => response(`\ufeff${envelope(51004, 'campaignName is already exists.')}`),
    expected: { key: 'codes.51004', kind: 'api', requestId: RID.envelope, serverMessage: 'campaignName is already exists.', toast: true },
  },
  {
    name: '`code` as a string',
    respond: () => response(envelope('51008', 'Campaign not exists.')),
    expected: { key: 'codes.51008', kind: 'api', requestId: RID.envelope, serverMessage: 'Campaign not exists.', toast: true },
  },
  {
    name: '`success: true` with a non-2000 code',
    respond: () => response(envelope(54006, 'folderName is not exists.', { success: true })),
    expected: { key: 'codes.54006', kind: 'api', requestId: RID.envelope, serverMessage: 'folderName is not exists.', toast: true },
  },
  {
    name: '`success: false` with 2000',
    respond: () => response(envelope(2000, 'Success', { requestId: RID.contradiction })),
    expected: { key: 'kinds.malformed', kind: 'api', requestId: RID.contradiction, serverMessage: 'Success', toast: true },
  },
  {
    name: 'the 5000 "service hiccuped" envelope',
    respond: () => response(envelope(5000, 'Service hiccuped, please try again later')),
    expected: {
      key: 'codes.5000',
      kind: 'api',
      requestId: RID.envelope,
      serverMessage: 'Service hiccuped, please try again later',
      toast: true,
    },
  },
  {
    name: '429 with Retry-After',
    respond: () => response('Too Many Requests', 429, { 'content-type': 'text/plain', 'retry-after': '30', 'x-request-id': RID.limited }),
    expected: {
      key: 'http.429',
      kind: 'http',
      status: 429,
      requestId: RID.limited,
      serverMessage: null,
      toast: true,
      retryAfterMs: 30_000,
    },
  },
  {
    name: 'a timeout',
    respond: neverAnswers,
    timeoutMs: 25,
    expected: { key: 'kinds.timeout', kind: 'timeout', requestId: null, serverMessage: null, toast: true },
  },
  {
    name: 'offline',
    respond: () => Promise.reject(new TypeError('Failed to fetch')),
    expected: { key: 'kinds.network', kind: 'network', requestId: null, serverMessage: null, toast: true },
  },
  {
    name: 'an abort',
    respond: neverAnswers,
    abort: true,
    expected: { key: 'kinds.aborted', kind: 'aborted', requestId: null, serverMessage: null, toast: false },
  },
  {
    name: 'a redirect to a login page',
    respond: async () => {
      const page = await response(LOGIN_PAGE, 200, { 'content-type': 'text/html' })
      Object.defineProperties(page, { redirected: { value: true }, url: { value: 'http://stardust.test/login' } })
      return page
    },
    // An expired session behind a single-sign-on proxy: an auth failure, one toast without onAuthError, not "unreadable".
    expected: { key: 'kinds.signin', kind: 'signin', status: 200, requestId: null, serverMessage: null, toast: true },
  },
]

const toastItems = () => [...document.querySelectorAll<HTMLElement>('li.sdk-toast')]

/** Renders one query that fails with the fault, in a locale, and checks everything the user and the app get. */
async function survive(fault: Fault, lng: string, load: (signal: AbortSignal) => Promise<unknown>): Promise<void> {
  const { expected } = fault
  const onFailure = vi.fn()
  const views: Array<StardustErrorView | null> = []
  function Probe() {
    const query = useQuery({ queryKey: ['fault'], queryFn: ({ signal }) => load(signal) })
    views.push(useStardustError(query.error))
    return null
  }
  await renderWithKit(<Probe />, { locale: lng, provider: { onFailure } })
  await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1))
  await waitFor(() => expect(views.at(-1)).not.toBeNull())
  await act(settle)

  // The error itself, as the app sees it through onFailure and the hook.
  const [error, placement] = onFailure.mock.calls[0] as [StardustError, string]
  const view = views.at(-1)!
  expect(error).toBeInstanceOf(StardustError)
  expect(view.error).toBe(error)
  expect(error).toMatchObject({ kind: expected.kind, requestId: expected.requestId, serverMessage: expected.serverMessage })
  if (expected.status !== undefined) expect(error.status).toBe(expected.status)
  if (expected.bodyExcerpt) expect(error.bodyExcerpt).toBe(expected.bodyExcerpt)
  if (expected.retryAfterMs) expect(error.retryAfterMs).toBe(expected.retryAfterMs)
  expect(view).toMatchObject({
    requestId: expected.requestId,
    title: textOf(lng, `${expected.key}.title`),
    message: textOf(lng, `${expected.key}.message`),
  })
  expect(placement).toBe(expected.toast ? 'toast' : 'silent')

  // What the user sees: one toast, in the locale, with the request ID.
  const items = toastItems()
  expect(items).toHaveLength(expected.toast ? 1 : 0)
  if (expected.toast) {
    const toast = items[0]!
    expect(toast).toHaveTextContent(textOf(lng, `${expected.key}.title`))
    expect(toast).toHaveTextContent(textOf(lng, `${expected.key}.message`))
    if (expected.requestId) {
      expect(within(toast).getByText(expected.requestId)).toBeInTheDocument()
      expect(within(toast).getByRole('button', { name: textOf(lng, 'ui.copyRequestId') })).toBeInTheDocument()
    }
    expect(toast.textContent).not.toMatch(/undefined|\[object Object\]|<\w|\{\{/)
  }

  // What support gets.
  const details = formatSupportDetails(error, { locale: lng, path: '/campaigns' })
  expect(details).toContain(`Request ID: ${expected.requestId ?? '(none)'}`)
  if (expected.serverMessage) expect(details).toContain(`Message: ${expected.serverMessage}`)
  expect(details).toContain(`Kind: ${expected.kind}`)

  expect(watch.unexpected()).toEqual([])
  expect(watch.rejections).toEqual([])
}

describe.each(['en', 'de'])('the fault corpus through fetch mocks (%s)', (lng) => {
  it.each(FAULTS.map((fault) => [fault.name, fault] as const))('%s', async (_name, fault) => {
    record({ faults: 1, inputs: 1 })
    const fetchMock = vi.fn((_input: RequestInfo | URL, init?: RequestInit) => fault.respond(init!.signal!))
    await survive(fault, lng, (signal) => {
      const caller = fault.abort ? AbortSignal.abort() : signal
      return stardustFetch(`${URL_BASE}/campaign/list`, { signal: caller, fetch: fetchMock, timeoutMs: fault.timeoutMs })
    })
    expect(fetchMock).toHaveBeenCalledTimes(1)
    record({ faultsSurvived: 1 })
  })
})

describe('the fault corpus through Mock Service Worker and the real fetch', () => {
  const server = setupServer()
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterEach(() => server.resetHandlers())
  afterAll(() => server.close())

  const byName = (name: string) => FAULTS.find((fault) => fault.name === name)!
  const cases: Array<[string, Parameters<typeof server.use>]> = [
    [
      'an HTML 502 page from a proxy',
      [
        http.get(
          `${URL_BASE}/campaign/list`,
          () => new HttpResponse(PROXY_502, { status: 502, headers: { 'content-type': 'text/html', 'x-request-id': RID.proxy } }),
        ),
      ],
    ],
    [
      'JSON with a BOM',
      [
        http.get(
          `${URL_BASE}/campaign/list`,
          () =>
            new HttpResponse(`\ufeff${envelope(51004, 'campaignName is already exists.')}`, {
              headers: { 'content-type': 'application/json' },
            }),
        ),
      ],
    ],
    [
      'the 5000 "service hiccuped" envelope',
      [
        http.get(
          `${URL_BASE}/campaign/list`,
          () =>
            new HttpResponse(envelope(5000, 'Service hiccuped, please try again later'), {
              headers: { 'content-type': 'application/json' },
            }),
        ),
      ],
    ],
    [
      '`success: false` with 2000',
      [http.get(`${URL_BASE}/campaign/list`, () => new HttpResponse(envelope(2000, 'Success', { requestId: RID.contradiction })))],
    ],
    [
      '429 with Retry-After',
      [
        http.get(
          `${URL_BASE}/campaign/list`,
          () => new HttpResponse('Too Many Requests', { status: 429, headers: { 'retry-after': '30', 'x-request-id': RID.limited } }),
        ),
      ],
    ],
    ['an empty body with 500', [http.get(`${URL_BASE}/campaign/list`, () => new HttpResponse(null, { status: 500 }))]],
    ['offline', [http.get(`${URL_BASE}/campaign/list`, () => HttpResponse.error())]],
    [
      'a timeout',
      [
        http.get(`${URL_BASE}/campaign/list`, async () => {
          await delay(500)
          return HttpResponse.json({})
        }),
      ],
    ],
    [
      'a redirect to a login page',
      [
        http.get(
          `${URL_BASE}/campaign/list`,
          () => new HttpResponse(null, { status: 302, headers: { location: 'http://stardust.test/login' } }),
        ),
        http.get('http://stardust.test/login', () => new HttpResponse(LOGIN_PAGE, { headers: { 'content-type': 'text/html' } })),
      ],
    ],
  ]

  it.each(cases)('%s', async (name, handlers) => {
    record({ faults: 1, inputs: 1 })
    const fault = byName(name)
    server.use(...handlers)
    await survive(fault, 'de', (signal) => stardustFetch(`${URL_BASE}/campaign/list`, { signal, timeoutMs: fault.timeoutMs ?? 5_000 }))
    record({ faultsSurvived: 1 })
  })
})

describe('faults around the messages', () => {
  function Shout({ error }: { error: unknown }) {
    const toast = useStardustToast()
    return (
      <button type="button" onClick={() => toast.show(error)}>
        fail
      </button>
    )
  }
  const hiccup = () =>
    new StardustError({ kind: 'api', code: 5000, requestId: RID.envelope, serverMessage: 'Service hiccuped, please try again later' })

  async function showOne(ui: (el: ReactElement) => Promise<unknown>, error: StardustError) {
    await ui(<Shout error={error} />)
    await userEvent.click(screen.getByRole('button', { name: 'fail' }))
    await waitFor(() => expect(toastItems()).toHaveLength(1))
    return toastItems()[0]!
  }

  it('a catalog that fails to load leaves English in charge', async () => {
    record({ faults: 1, inputs: 1 })
    registerLocale('xx', () => Promise.reject(new Error('chunk failed')))
    const toast = await showOne((el) => renderWithKit(el, { locale: 'xx' }), hiccup())
    expect(toast).toHaveTextContent(en.codes['5000'].title)
    expect(toast).toHaveTextContent(en.codes['5000'].message)
    expect(within(toast).getByRole('button', { name: en.ui.copyRequestId })).toBeInTheDocument()
    expect(toast).toHaveTextContent(RID.envelope)
    await act(settle)
    expect(watch.unexpected()).toEqual([])
    expect(watch.rejections).toEqual([])
    record({ faultsSurvived: 1 })
  })

  it('a locale that does not exist speaks English', async () => {
    record({ faults: 1, inputs: 1 })
    const toast = await showOne((el) => renderWithKit(el, { locale: 'tlh' }), hiccup())
    expect(toast).toHaveTextContent(en.codes['5000'].title)
    expect(toast).toHaveTextContent(RID.envelope)
    expect(document.querySelector('.sdk-toaster')).toHaveAttribute('dir', 'ltr')
    await act(settle)
    expect(watch.unexpected()).toEqual([])
    record({ faultsSurvived: 1 })
  })

  it('even the English catalog failing still shows a clear English message with the request ID', async () => {
    record({ faults: 1, inputs: 1 })
    registerLocale('en', () => Promise.reject(new Error('chunk failed')))
    try {
      const i18n = createStardustI18n('en')
      const client = testQueryClient()
      const toast = await showOne(async (el) => {
        render(
          <QueryClientProvider client={client}>
            <StardustProvider i18n={i18n}>{el}</StardustProvider>
          </QueryClientProvider>,
        )
      }, hiccup())
      expect(toast.textContent).toMatch(/Something went wrong/)
      expect(toast).toHaveTextContent(RID.envelope)
      expect(within(toast).getByRole('button', { name: 'Copy request ID' })).toBeInTheDocument()
      expect(toast.textContent).not.toMatch(/ui\.|codes\.|kinds\.|generic\./)
      await act(settle)
      expect(watch.unexpected()).toEqual([])
      expect(watch.rejections).toEqual([])
    } finally {
      registerLocale('en', () => import('../../locales/en/stardust.json'))
    }
    record({ faultsSurvived: 1 })
  })

  it.each([
    ['missing', undefined],
    ['denied', { writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) }],
  ] as const)('a clipboard that is %s falls back to selecting the text, in the locale', async (_name, clipboard) => {
    record({ faults: 1, inputs: 1 })
    const user = userEvent.setup()
    setClipboard(clipboard)
    const error = hiccup()
    await renderWithKit(
      <>
        <Shout error={error} />
        <ErrorFallback error={error} resetErrorBoundary={() => {}} />
      </>,
      { locale: 'de' },
    )
    await user.click(screen.getByRole('button', { name: 'fail' }))
    await waitFor(() => expect(toastItems()).toHaveLength(1))
    const toast = toastItems()[0]!

    await user.click(within(toast).getByRole('button', { name: de.ui.copyRequestId }))
    await waitFor(() => expect(within(toast).getByRole('status')).toHaveTextContent(de.ui.copyFailed))
    expect(window.getSelection()?.toString()).toBe(RID.envelope)

    await user.click(screen.getByRole('button', { name: de.ui.copySupportDetails }))
    const box = await screen.findByRole('textbox', { name: de.ui.copySupportDetails })
    expect((box as HTMLTextAreaElement).value).toContain(`Request ID: ${RID.envelope}`)
    expect((box as HTMLTextAreaElement).value).toContain('Message: Service hiccuped, please try again later')
    expect(box).toHaveFocus()
    await act(settle)
    expect(watch.unexpected()).toEqual([])
    expect(watch.rejections).toEqual([])
    record({ faultsSurvived: 1 })
  })
})
