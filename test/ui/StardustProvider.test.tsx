import { useState } from 'react'
import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useMutation, useQuery, type QueryClient } from '@tanstack/react-query'
import { I18nextProvider } from 'react-i18next'
import i18next from 'i18next'
import { render } from '@testing-library/react'
import { QueryClientProvider } from '@tanstack/react-query'
import { describe, expect, it, vi } from 'vitest'
import { StardustError, stardustFetch, toStardustError } from '../../src/core.js'
import { stardustMeta } from '../../src/query/meta.js'
import { throwOnError } from '../../src/query/throwOnError.js'
import { ErrorBoundary } from 'react-error-boundary'
import { StardustProvider } from '../../src/ui/StardustProvider.js'
import { useStardustError } from '../../src/ui/useStardustError.js'
import { useStardustToast } from '../../src/ui/useStardustToast.js'
import en from '../../locales/en/stardust.json'
import de from '../../locales/de/stardust.json'
import { failureEnvelope, jsonResponse, renderWithKit, successEnvelope, testQueryClient } from './kit.js'

/** A fetch that answers each call with the next response of the script (the last one repeats). */
function scriptedFetch(...responses: Array<() => Response | Promise<Response>>) {
  let call = 0
  return vi.fn(async () => responses[Math.min(call++, responses.length - 1)]!())
}

const toaster = () => screen.getByRole('region', { name: en.ui.notifications })
const toasts = () =>
  within(toaster())
    .queryAllByRole('listitem')
    .filter((li) => li.classList.contains('sdk-toast'))

function Campaigns({ fetchImpl, options = {} }: { fetchImpl: typeof fetch; options?: Record<string, unknown> }) {
  const query = useQuery({
    queryKey: ['campaigns'],
    queryFn: ({ signal }) => stardustFetch<string[]>('/rosetta-open/campaign/list', { signal, fetch: fetchImpl }),
    ...options,
  })
  return <p>{query.data ? `campaigns: ${query.data.join(', ')}` : query.isError ? 'failed' : 'loading'}</p>
}

describe('the one-place rule for queries', () => {
  it('a failed background refetch of a query that shows data is one toast, and the data stays', async () => {
    const fetchImpl = scriptedFetch(
      () => jsonResponse(successEnvelope(['Lidar QA'])),
      () => jsonResponse(failureEnvelope(5000, 'Service hiccuped, please try again later')),
    )
    const { queryClient } = await renderWithKit(<Campaigns fetchImpl={fetchImpl} />)
    await screen.findByText('campaigns: Lidar QA')
    await act(() => queryClient.refetchQueries({ queryKey: ['campaigns'] }))
    await waitFor(() => expect(toasts()).toHaveLength(1))
    expect(toasts()[0]).toHaveTextContent(en.codes['5000'].title)
    expect(screen.getByText('campaigns: Lidar QA')).toBeInTheDocument()
  })

  it('a query that throws to a boundary is not toasted as well', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const onFailure = vi.fn()
    const fetchImpl = scriptedFetch(() => jsonResponse(failureEnvelope(51008, 'Campaign not exists.')))
    await renderWithKit(
      <ErrorBoundary fallbackRender={() => <p>boundary</p>}>
        <Campaigns fetchImpl={fetchImpl} options={{ throwOnError }} />
      </ErrorBoundary>,
      { provider: { onFailure } },
    )
    await screen.findByText('boundary')
    expect(onFailure).toHaveBeenCalledWith(expect.objectContaining({ code: 51008 }), 'boundary')
    expect(toasts()).toHaveLength(0)
  })

  it('a failed query nobody shows inline becomes a toast with a working "Try again"', async () => {
    const user = userEvent.setup()
    const fetchImpl = scriptedFetch(
      () => jsonResponse(failureEnvelope(5000, 'Service hiccuped, please try again later')),
      () => jsonResponse(successEnvelope(['Lidar QA'])),
    )
    await renderWithKit(<Campaigns fetchImpl={fetchImpl} />)
    await waitFor(() => expect(toasts()).toHaveLength(1))
    await user.click(within(toaster()).getByRole('button', { name: en.ui.tryAgain }))
    await screen.findByText('campaigns: Lidar QA')
    expect(fetchImpl).toHaveBeenCalledTimes(2)
  })

  it('an aborted request is silent', async () => {
    const onFailure = vi.fn()
    const fetchImpl = vi.fn(async () => {
      throw new DOMException('The user aborted a request.', 'AbortError')
    })
    await renderWithKit(<Campaigns fetchImpl={fetchImpl as unknown as typeof fetch} />, { provider: { onFailure } })
    await screen.findByText('failed')
    expect(onFailure).toHaveBeenCalledWith(expect.objectContaining({ kind: 'aborted' }), 'silent')
    expect(toasts()).toHaveLength(0)
  })

  it('meta.stardust.toast: false leaves the error to the app', async () => {
    const fetchImpl = scriptedFetch(() => jsonResponse(failureEnvelope(5000, 'Service hiccuped')))
    await renderWithKit(<Campaigns fetchImpl={fetchImpl} options={{ meta: stardustMeta({ toast: false }) }} />)
    await screen.findByText('failed')
    expect(toasts()).toHaveLength(0)
  })

  it('meta.stardust.message replaces the catalog’s message', async () => {
    const fetchImpl = scriptedFetch(() => jsonResponse(failureEnvelope(5000, 'Service hiccuped')))
    await renderWithKit(
      <Campaigns fetchImpl={fetchImpl} options={{ meta: stardustMeta({ message: 'The campaign list is unavailable.' }) }} />,
    )
    await waitFor(() => expect(toasts()).toHaveLength(1))
    expect(toasts()[0]).toHaveTextContent('The campaign list is unavailable.')
  })
})

describe('auth failures', () => {
  function ThreeQueries({ fetchImpl }: { fetchImpl: typeof fetch }) {
    for (const key of ['a', 'b', 'c']) {
      // eslint-disable-next-line react-hooks/rules-of-hooks
      useQuery({ queryKey: [key], queryFn: () => stardustFetch(`/rosetta-open/${key}`, { fetch: fetchImpl }) })
    }
    return null
  }

  it('go to onAuthError once, not a toast per query', async () => {
    const onAuthError = vi.fn()
    const fetchImpl = vi.fn(async () => jsonResponse(failureEnvelope(401, 'Wrong Signature')))
    await renderWithKit(<ThreeQueries fetchImpl={fetchImpl as unknown as typeof fetch} />, { provider: { onAuthError } })
    await waitFor(() => expect(fetchImpl).toHaveBeenCalledTimes(3))
    await waitFor(() => expect(onAuthError).toHaveBeenCalledTimes(1))
    expect(onAuthError.mock.calls[0]![0]).toMatchObject({ code: 401 })
    expect(toasts()).toHaveLength(0)
  })

  it('without onAuthError, toast once for the burst', async () => {
    const fetchImpl = vi.fn(async () => jsonResponse(failureEnvelope(403, 'Signature Expired')))
    await renderWithKit(<ThreeQueries fetchImpl={fetchImpl as unknown as typeof fetch} />)
    await waitFor(() => expect(fetchImpl).toHaveBeenCalledTimes(3))
    await waitFor(() => expect(toasts()).toHaveLength(1))
    expect(toasts()[0]).toHaveTextContent(en.codes['403'].title)
  })
})

describe('mutations', () => {
  function CreateButton({ fetchImpl, meta }: { fetchImpl: typeof fetch; meta?: Record<string, unknown> }) {
    const mutation = useMutation({
      mutationFn: () => stardustFetch('/rosetta-open/campaign/create', { method: 'POST', fetch: fetchImpl }),
      meta,
    })
    return <button onClick={() => mutation.mutate()}>Create</button>
  }

  it('a mutation without a form toasts its failure', async () => {
    const user = userEvent.setup()
    const fetchImpl = scriptedFetch(() => jsonResponse(failureEnvelope(51004, 'campaignName is already exists.')))
    await renderWithKit(<CreateButton fetchImpl={fetchImpl} />)
    await user.click(screen.getByRole('button', { name: 'Create' }))
    await waitFor(() => expect(toasts()).toHaveLength(1))
    expect(toasts()[0]).toHaveTextContent(en.codes['51004'].message)
  })

  it('a mutation whose form shows the field is not toasted; one whose form lacks it is', async () => {
    const user = userEvent.setup()
    const onFailure = vi.fn()
    const fetchImpl = scriptedFetch(() => jsonResponse(failureEnvelope(51004, 'campaignName is already exists.')))
    await renderWithKit(
      <>
        <CreateButton fetchImpl={fetchImpl} meta={stardustMeta({ fields: ['campaignName'] })} />
      </>,
      { provider: { onFailure } },
    )
    await user.click(screen.getByRole('button', { name: 'Create' }))
    await waitFor(() => expect(onFailure).toHaveBeenCalledWith(expect.objectContaining({ code: 51004 }), 'inline'))
    expect(toasts()).toHaveLength(0)
  })
})

describe('dedupe and storms', () => {
  it('the same failure of the same query updates one toast with a count', async () => {
    const fetchImpl = vi.fn(async () => jsonResponse(failureEnvelope(5000, 'Service hiccuped, please try again later')))
    const { queryClient } = await renderWithKit(<Campaigns fetchImpl={fetchImpl as unknown as typeof fetch} />)
    await waitFor(() => expect(toasts()).toHaveLength(1))
    await act(() => queryClient.refetchQueries({ queryKey: ['campaigns'] }))
    await act(() => queryClient.refetchQueries({ queryKey: ['campaigns'] }))
    await waitFor(() => expect(toasts()[0]).toHaveTextContent(en.ui.occurrences_other.replace('{{count}}', '3')))
    expect(toasts()).toHaveLength(1)
  })

  it('one outage seen by twelve queries is one toast with a count, announced once', async () => {
    const outage = { code: 5000, message: 'Service hiccuped', requestId: 'outage-1' }
    function Storm() {
      for (let i = 0; i < 12; i++) {
        // eslint-disable-next-line react-hooks/rules-of-hooks
        useQuery({
          queryKey: ['storm', i],
          queryFn: () => Promise.reject(toStardustError(failureEnvelope(outage.code, outage.message, { requestId: outage.requestId }))),
        })
      }
      return null
    }
    await renderWithKit(<Storm />, { provider: { toastLimit: 3 } })
    await waitFor(() => expect(toaster()).toHaveTextContent(en.ui.occurrences_other.replace('{{count}}', '12')))
    expect(toasts()).toHaveLength(1)
    expect(toaster()).not.toHaveTextContent(en.ui.moreErrors_other.replace('{{count}} ', ''))
    const assertive = document.querySelector('[aria-live="assertive"]')!
    expect(assertive.children).toHaveLength(1)
  })

  it('distinct failures keep the limit, and "and N more" counts what really waits', async () => {
    const codes = Object.keys(en.codes)
      .filter((code) => /^5\d{4}$/.test(code))
      .slice(0, 12)
      .map(Number)
    function Storm() {
      for (const code of codes) {
        // eslint-disable-next-line react-hooks/rules-of-hooks
        useQuery({ queryKey: ['storm', code], queryFn: () => Promise.reject(new StardustError({ kind: 'api', code, serverMessage: 'x' })) })
      }
      return null
    }
    await renderWithKit(<Storm />, { provider: { toastLimit: 3 } })
    await waitFor(() => expect(toasts()).toHaveLength(3))
    expect(toaster()).toHaveTextContent(en.ui.moreErrors_other.replace('{{count}}', '9'))
  })
})

describe('drop-in', () => {
  it('uses the app’s own i18next instance and follows its language', async () => {
    const app = i18next.createInstance()
    await app.init({ lng: 'en', resources: { en: { translation: { hi: 'Hi' } } } })
    const client: QueryClient = testQueryClient()
    const fetchImpl = vi.fn(async () => jsonResponse(failureEnvelope(5000, 'Service hiccuped')))
    render(
      <I18nextProvider i18n={app}>
        <QueryClientProvider client={client}>
          <StardustProvider>
            <Campaigns fetchImpl={fetchImpl as unknown as typeof fetch} />
          </StardustProvider>
        </QueryClientProvider>
      </I18nextProvider>,
    )
    await waitFor(() => expect(toasts()).toHaveLength(1))
    await waitFor(() => expect(toasts()[0]).toHaveTextContent(en.codes['5000'].title))
    await act(() => app.changeLanguage('de'))
    await waitFor(() => expect(app.hasResourceBundle('de', 'stardust')).toBe(true))
    await waitFor(() => expect(screen.getByRole('region', { name: de.ui.notifications })).toHaveTextContent(de.codes['5000'].title))
    expect(app.language).toBe('de')
    expect(app.t('hi', { lng: 'en' })).toBe('Hi')
  })

  it('useStardustError gives apps the localized presentation and field errors', async () => {
    function View() {
      const [error] = useState(
        () => new StardustError({ kind: 'api', code: 51004, serverMessage: 'campaignName is already exists.', requestId: 'r-1' }),
      )
      const view = useStardustError(error)
      return <p>{`${view?.title} | ${view?.fieldErrors.campaignName} | ${view?.requestId} | ${view?.retryable}`}</p>
    }
    await renderWithKit(<View />)
    expect(screen.getByText(`${en.codes['51004'].title} | ${en.codes['51004'].message} | r-1 | false`)).toBeInTheDocument()
  })

  it('routes toasts through an adapter when one is given', async () => {
    const adapter = { show: vi.fn(), dismiss: vi.fn() }
    const fetchImpl = vi.fn(async () => jsonResponse(failureEnvelope(5000, 'Service hiccuped')))
    await renderWithKit(<Campaigns fetchImpl={fetchImpl as unknown as typeof fetch} />, { provider: { toastAdapter: adapter } })
    await waitFor(() => expect(adapter.show).toHaveBeenCalledTimes(1))
    expect(adapter.show.mock.calls[0]![0]).toMatchObject({
      title: en.codes['5000'].title,
      severity: 'error',
      action: { label: en.ui.tryAgain },
    })
    expect(screen.queryByRole('region', { name: en.ui.notifications })).toBeNull()
  })

  it('useStardustToast merges the same failure shown again, and keeps different codes apart', async () => {
    const user = userEvent.setup()
    function Upload() {
      const toast = useStardustToast()
      const fail = (code: number) =>
        toast.show(new StardustError({ kind: 'api', code, serverMessage: 'x', requestId: `r-${Math.random()}` }))
      return (
        <>
          <button onClick={() => fail(5000)}>5000</button>
          <button onClick={() => fail(54013)}>54013</button>
        </>
      )
    }
    await renderWithKit(<Upload />)
    await user.click(screen.getByRole('button', { name: '5000' }))
    await user.click(screen.getByRole('button', { name: '5000' }))
    await user.click(screen.getByRole('button', { name: '54013' }))
    await waitFor(() => expect(toasts()).toHaveLength(2))
    expect(toasts()[0]).toHaveTextContent(en.ui.occurrences_other.replace('{{count}}', '2'))
  })
})

describe('"Try again" on a query fetched on demand', () => {
  it('fetches again even though the query is disabled', async () => {
    const user = userEvent.setup()
    const fetchImpl = scriptedFetch(
      () => jsonResponse(failureEnvelope(5000, 'Service hiccuped, please try again later')),
      () => jsonResponse(successEnvelope(['Lidar QA'])),
    )
    function OnDemand() {
      const query = useQuery({
        queryKey: ['on-demand'],
        queryFn: () => stardustFetch<string[]>('/rosetta-open/campaign/list', { fetch: fetchImpl }),
        enabled: false,
      })
      return (
        <>
          <button onClick={() => void query.refetch()}>Load</button>
          <p>{query.data ? `campaigns: ${query.data.join(', ')}` : 'nothing yet'}</p>
        </>
      )
    }
    await renderWithKit(<OnDemand />)
    await user.click(screen.getByRole('button', { name: 'Load' }))
    await waitFor(() => expect(toasts()).toHaveLength(1))
    await user.click(within(toaster()).getByRole('button', { name: en.ui.tryAgain }))
    await screen.findByText('campaigns: Lidar QA')
    expect(fetchImpl).toHaveBeenCalledTimes(2)
  })
})
