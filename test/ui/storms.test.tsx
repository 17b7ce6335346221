// Storms as an app meets them: one outage seen by many queries, offline, prefetches, polling, adapters.
import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { onlineManager, useMutation, useQuery, useQueryClient, QueryClientProvider } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import en from '../../locales/en/stardust.json'
import de from '../../locales/de/stardust.json'
import { StardustError, stardustFetch, toStardustError } from '../../src/core.js'
import { createStardustI18n, loadStardustLocale } from '../../src/i18n.js'
import { stardustMeta } from '../../src/query/meta.js'
import { StardustProvider } from '../../src/ui/StardustProvider.js'
import type { ToastAdapter, ToastContent } from '../../src/ui/types.js'
import { failureEnvelope, renderWithKit, testQueryClient } from './kit.js'

const toaster = () => screen.getByRole('region', { name: en.ui.notifications })
const toasts = () =>
  within(toaster())
    .queryAllByRole('listitem')
    .filter((li) => li.classList.contains('sdk-toast'))
const announced = (live: 'assertive' | 'polite') => document.querySelector(`[aria-live="${live}"]`)!.children
const times = (count: number) => en.ui.occurrences_other.replace('{{count}}', String(count))

// Async act: coming back online pushes "Back online", which the store shows a microtask later.
afterEach(async () => {
  await act(async () => onlineManager.setOnline(true))
})

function Queries({ count, fail }: { count: number; fail: (i: number) => unknown }) {
  for (let i = 0; i < count; i++) {
    // eslint-disable-next-line react-hooks/rules-of-hooks
    useQuery({ queryKey: ['outage', i], queryFn: () => Promise.reject(toStardustError(fail(i))) })
  }
  return null
}

describe('one outage, one toast', () => {
  it('50 queries failing with the byte-identical 5000 envelope are one toast, one announcement', async () => {
    const envelope = failureEnvelope(5000, 'Service hiccuped, please try again later', { requestId: 'f'.repeat(32) })
    await renderWithKit(<Queries count={50} fail={() => ({ ...envelope })} />)
    await waitFor(() => expect(toaster()).toHaveTextContent(times(50)))
    expect(toasts()).toHaveLength(1)
    expect(toaster()).not.toHaveTextContent(/from \d+ requests/)
    expect(announced('assertive')).toHaveLength(1)
    expect(announced('polite')).toHaveLength(0)
  })

  it('the same failure from different requests is one toast that says how many requests', async () => {
    await renderWithKit(<Queries count={20} fail={() => failureEnvelope(5000, 'Service hiccuped, please try again later')} />)
    await waitFor(() => expect(toaster()).toHaveTextContent(times(20)))
    expect(toaster()).toHaveTextContent(en.ui.fromRequests_other.replace('{{count}}', '20'))
    expect(toasts()).toHaveLength(1)
  })

  it('network failures from many queries (the browser still thinks it is online) are one toast that stays', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    try {
      await renderWithKit(<Queries count={8} fail={() => new TypeError('Failed to fetch')} />)
      await waitFor(() => expect(toaster()).toHaveTextContent(times(8)))
      expect(toasts()).toHaveLength(1)
      await act(async () => vi.advanceTimersByTime(120_000))
      expect(toasts()).toHaveLength(1)
    } finally {
      vi.useRealTimers()
    }
  })

  it('five failed clicks of a mutation without a mutationKey are one toast', async () => {
    function Save() {
      const save = useMutation({ mutationFn: () => Promise.reject(toStardustError(failureEnvelope(5000, 'Service hiccuped'))) })
      return <button onClick={() => save.mutate()}>Save</button>
    }
    await renderWithKit(<Save />)
    const user = userEvent.setup()
    for (let i = 0; i < 5; i++) {
      await user.click(screen.getByRole('button', { name: 'Save' }))
      await waitFor(() => expect(toaster()).toHaveTextContent(i === 0 ? en.codes['5000'].title : times(i + 1)))
    }
    expect(toasts()).toHaveLength(1)
  })
})

describe('only what someone waits for', () => {
  function Prefetch({ toast }: { toast?: boolean }) {
    const client = useQueryClient()
    useEffect(() => {
      void client.prefetchQuery({
        queryKey: ['warm', toast],
        queryFn: () => Promise.reject(toStardustError(failureEnvelope(5000, 'Service hiccuped'))),
        meta: toast === undefined ? undefined : stardustMeta({ toast }),
      })
    }, [client, toast])
    return <p>warming</p>
  }

  it('a prefetch nobody observes fails silently', async () => {
    const { queryClient } = await renderWithKit(<Prefetch />)
    await waitFor(() => expect(queryClient.getQueryState(['warm', undefined])?.status).toBe('error'))
    await act(async () => {})
    expect(toasts()).toHaveLength(0)
  })

  it('a prefetch whose meta asks for a toast gets one', async () => {
    await renderWithKit(<Prefetch toast />)
    await waitFor(() => expect(toasts()).toHaveLength(1))
  })

  it('a polling query that fails again and again is one toast until it recovers, then the toast goes', async () => {
    let healthy = false
    function Poll() {
      const { data } = useQuery({
        queryKey: ['poll'],
        queryFn: () => (healthy ? Promise.resolve('ok') : Promise.reject(toStardustError(failureEnvelope(5000, 'Service hiccuped')))),
        refetchInterval: 30,
        refetchIntervalInBackground: true,
      })
      return <p>{data ?? 'loading'}</p>
    }
    await renderWithKit(<Poll />)
    await waitFor(() => expect(toaster()).toHaveTextContent(times(3)))
    expect(toasts()).toHaveLength(1)
    healthy = true
    await waitFor(() => expect(screen.getByText('ok')).toBeInTheDocument())
    await waitFor(() => expect(toasts()).toHaveLength(0))
  })
})

describe('offline is one notice', () => {
  it('while offline, one notice counts what waits and names labelled mutations; back online says so once', async () => {
    function Paused() {
      const client = useQueryClient()
      for (let i = 0; i < 3; i++) {
        // eslint-disable-next-line react-hooks/rules-of-hooks
        useQuery({ queryKey: ['paused', i], queryFn: () => Promise.resolve(i) })
      }
      const save = useMutation({ mutationFn: () => Promise.resolve('saved'), meta: stardustMeta({ label: 'Save campaign' }) })
      return (
        <>
          <button onClick={() => save.mutate()}>Save</button>
          <button onClick={() => void client.invalidateQueries({ queryKey: ['paused'] })}>Reload</button>
        </>
      )
    }
    await act(async () => onlineManager.setOnline(false))
    // The notice is pushed while the provider mounts and shown a microtask later: inside act, not after it.
    await act(() => renderWithKit(<Paused />))
    await waitFor(() => expect(toaster()).toHaveTextContent(en.ui.offline))
    expect(toaster()).toHaveTextContent(en.ui.offlineWaiting_other.replace('{{count}}', '3'))
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(toaster()).toHaveTextContent(en.ui.offlineWaiting_other.replace('{{count}}', '4')))
    await userEvent.click(screen.getByRole('button', { name: /Details/ }))
    expect(toaster()).toHaveTextContent('Save campaign')
    expect(toasts()).toHaveLength(1)
    expect(announced('polite')).toHaveLength(1)

    await act(async () => onlineManager.setOnline(true))
    await waitFor(() => expect(toaster()).toHaveTextContent(en.ui.backOnline))
    expect(toaster()).not.toHaveTextContent(en.ui.offline)
    expect(toasts()).toHaveLength(1)
  })

  it('network failures while offline are silent: the notice speaks for them', async () => {
    await act(async () => onlineManager.setOnline(false))
    function Always() {
      for (let i = 0; i < 5; i++) {
        // eslint-disable-next-line react-hooks/rules-of-hooks
        useQuery({ queryKey: ['always', i], queryFn: () => Promise.reject(new TypeError('Failed to fetch')), networkMode: 'always' })
      }
      return null
    }
    const { queryClient } = await act(() => renderWithKit(<Always />))
    await waitFor(() => expect(queryClient.getQueryState(['always', 4])?.status).toBe('error'))
    await act(async () => {})
    expect(toasts()).toHaveLength(1)
    expect(toasts()[0]).toHaveTextContent(en.ui.offline)
  })
})

describe('adapters: one owner per toast', () => {
  const recorder = () => {
    const shown: ToastContent[] = []
    return { shown, make: (): ToastAdapter => ({ show: (t) => void shown.push(t), dismiss: () => {} }) }
  }

  it('an adapter written inline neither re-subscribes nor re-shows on every render', async () => {
    const { shown, make } = recorder()
    let rerender = () => {}
    function App() {
      const [n, setN] = useState(0)
      rerender = () => setN((v) => v + 1)
      return (
        <StardustProvider i18n={i18n} toastAdapter={make()}>
          <Queries count={1} fail={() => failureEnvelope(5000, 'Service hiccuped')} />
          <p>{n}</p>
        </StardustProvider>
      )
    }
    const i18n = createStardustI18n('en')
    await loadStardustLocale(i18n, 'en')
    render(
      <QueryClientProvider client={testQueryClient()}>
        <App />
      </QueryClientProvider>,
    )
    await waitFor(() => expect(shown).toHaveLength(1))
    for (let i = 0; i < 5; i++) await act(async () => rerender())
    expect(shown).toHaveLength(1)
  })

  it('a language switch shows the adapter’s toasts again in the new language', async () => {
    const { shown, make } = recorder()
    const adapter = make()
    const { i18n } = await renderWithKit(<Queries count={1} fail={() => failureEnvelope(5000, 'Service hiccuped')} />, {
      provider: { toastAdapter: adapter, locale: undefined },
    })
    await waitFor(() => expect(shown).toHaveLength(1))
    expect(shown[0]!.title).toBe(en.codes['5000'].title)
    await loadStardustLocale(i18n, 'de')
    await act(async () => void (await i18n.changeLanguage('de')))
    await waitFor(() => expect(shown.at(-1)!.title).toBe(de.codes['5000'].title))
    expect(shown.at(-1)!.id).toBe(shown[0]!.id)
  })

  it('with an adapter that owns its timers, the kit runs none, and a close frees the slot for the next toast', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    try {
      const { shown } = recorder()
      const adapter: ToastAdapter = { ownsTimers: true, show: (t) => void shown.push(t), dismiss: () => {} }
      const codes = [5000, 51004, 54001, 57001]
      await renderWithKit(<Queries count={4} fail={(i) => new StardustError({ kind: 'api', code: codes[i]!, serverMessage: 'x' })} />, {
        provider: { toastAdapter: adapter, toastLimit: 3 },
      })
      await waitFor(() => expect(shown).toHaveLength(3))
      await act(async () => vi.advanceTimersByTime(120_000))
      expect(shown).toHaveLength(3)
      await act(async () => shown[0]!.onDismiss())
      await waitFor(() => expect(shown).toHaveLength(4))
      expect(shown[3]!.code).toBe(57001)
    } finally {
      vi.useRealTimers()
    }
  })
})

describe('a sign-in redirect during a refresh', () => {
  const signInPage = () => {
    const response = new Response('<!doctype html><form><input type="password"></form>', {
      status: 200,
      headers: { 'content-type': 'text/html' },
    })
    Object.defineProperty(response, 'url', { value: 'https://sso.example/login?state=abc' })
    Object.defineProperty(response, 'redirected', { value: true })
    return response
  }
  function Refresh({ count }: { count: number }) {
    for (let i = 0; i < count; i++) {
      // eslint-disable-next-line react-hooks/rules-of-hooks
      useQuery({
        queryKey: ['refresh', i],
        queryFn: () => stardustFetch('/rosetta-open/campaign/list', { fetch: async () => signInPage() }),
      })
    }
    return null
  }

  it('20 queries ending on the sign-in page call onAuthError once and show no toast', async () => {
    const onAuthError = vi.fn()
    await renderWithKit(<Refresh count={20} />, { provider: { onAuthError } })
    await waitFor(() => expect(onAuthError).toHaveBeenCalledTimes(1))
    expect(onAuthError.mock.calls[0]![0]).toMatchObject({ kind: 'signin', signInUrl: 'https://sso.example/login' })
    await act(async () => {})
    expect(onAuthError).toHaveBeenCalledTimes(1)
    expect(toasts()).toHaveLength(0)
  })

  it('without onAuthError, they are one toast that says the session expired', async () => {
    await renderWithKit(<Refresh count={20} />)
    await waitFor(() => expect(toaster()).toHaveTextContent(times(20)))
    expect(toasts()).toHaveLength(1)
    expect(toasts()[0]).toHaveTextContent(en.kinds.signin.title)
  })
})

describe('onReport', () => {
  it('one outage seen by 50 queries is one report as soon as it is seen, and one more with the final count when the storm ends', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    try {
      const onReport = vi.fn()
      const envelope = failureEnvelope(5000, 'Service hiccuped, please try again later', { requestId: 'e'.repeat(32) })
      await renderWithKit(<Queries count={50} fail={() => ({ ...envelope })} />, { provider: { onReport } })
      await waitFor(() => expect(toaster()).toHaveTextContent(times(50)))
      await waitFor(() => expect(onReport).toHaveBeenCalledTimes(1))
      expect(onReport.mock.calls[0]![0]).toMatchObject({
        code: 5000,
        kind: 'api',
        placement: 'toast',
        locale: 'en',
        count: 1,
        requestId: 'e'.repeat(32),
      })
      await act(async () => vi.advanceTimersByTime(6000))
      expect(onReport).toHaveBeenCalledTimes(2)
      expect(onReport.mock.calls[1]![0]).toMatchObject({ count: 50 })
    } finally {
      vi.useRealTimers()
    }
  })

  it('merges reports over the provider’s dedupeWindowMs, as the toasts', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    try {
      const onReport = vi.fn()
      const envelope = failureEnvelope(5000, 'Service hiccuped, please try again later', { requestId: 'f'.repeat(32) })
      await renderWithKit(<Queries count={10} fail={() => ({ ...envelope })} />, { provider: { onReport, dedupeWindowMs: 1000 } })
      await waitFor(() => expect(toaster()).toHaveTextContent(times(10)))
      await waitFor(() => expect(onReport).toHaveBeenCalledTimes(1))
      await act(async () => vi.advanceTimersByTime(1500))
      expect(onReport).toHaveBeenCalledTimes(2)
      expect(onReport.mock.calls[1]![0]).toMatchObject({ count: 10 })
    } finally {
      vi.useRealTimers()
    }
  })

  it('reports a field error as inline, and never an abort', async () => {
    const onReport = vi.fn()
    function Save() {
      const save = useMutation({
        mutationFn: () => Promise.reject(toStardustError(failureEnvelope(51004, 'campaignName is already exists'))),
        meta: stardustMeta({ fields: ['campaignName'] }),
      })
      const cancel = useMutation({ mutationFn: () => Promise.reject(new DOMException('stop', 'AbortError')) })
      return (
        <>
          <button onClick={() => save.mutate()}>Save</button>
          <button onClick={() => cancel.mutate()}>Cancel</button>
        </>
      )
    }
    await renderWithKit(<Save />, { provider: { onReport } })
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }))
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(onReport).toHaveBeenCalledTimes(1))
    expect(onReport.mock.calls[0]![0]).toMatchObject({ code: 51004, placement: 'inline' })
  })
})
