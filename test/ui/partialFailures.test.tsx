import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { QueryClientProvider, useMutation, useQuery } from '@tanstack/react-query'
import { useEffect } from 'react'
import { describe, expect, it, vi } from 'vitest'
import en from '../../locales/en/stardust.json'
import ar from '../../locales/ar/stardust.json'
import de from '../../locales/de/stardust.json'
import { stardustFetch } from '../../src/core.js'
import { createStardustI18n, loadStardustLocale } from '../../src/i18n.js'
import { stardustMeta } from '../../src/query/meta.js'
import { PartialFailureList } from '../../src/ui/PartialFailureList.js'
import { StardustProvider } from '../../src/ui/StardustProvider.js'
import { usePartialFailures } from '../../src/ui/usePartialFailures.js'
import { addWorkforce, annotationRequest } from '../core/partialEnvelopes.js'
import { restoreClipboard, setClipboard } from './clipboard.js'
import { jsonResponse, renderWithKit, testQueryClient } from './kit.js'

const HOST = 'https://stardust.example/rosetta-open'
const serve = (envelope: unknown) => async () => jsonResponse(envelope)
const toasts = () => screen.queryAllByRole('listitem').filter((li) => li.classList.contains('sdk-toast'))

function AnnotationRequest({ meta, envelope = annotationRequest }: { meta?: ReturnType<typeof stardustMeta>; envelope?: unknown }) {
  const query = useQuery({
    queryKey: ['annotation-request', 'r1'],
    queryFn: () => stardustFetch(`${HOST}/annotation-request?annotationRequestId=r1`, { fetch: serve(envelope) }),
    meta,
  })
  return <p>{query.isSuccess ? 'loaded' : query.status}</p>
}

describe('partial failures inside a success envelope', () => {
  it('with meta partial: TanStack Query sees a success and one toast says "2 of 3 scenes failed"', async () => {
    await renderWithKit(<AnnotationRequest meta={stardustMeta({ partial: true })} />)
    await screen.findByText('loaded')
    await waitFor(() => expect(toasts()).toHaveLength(1))
    const toast = toasts()[0]!
    expect(toast).toHaveTextContent('2 of 3 scenes failed')
    expect(toast).toHaveTextContent(en.partial.message)
    expect(toast).toHaveAttribute('data-severity', 'warning')
  })

  it('without opting in, nothing is shown (a success stays a success)', async () => {
    await renderWithKit(<AnnotationRequest />)
    await screen.findByText('loaded')
    await act(async () => {})
    expect(toasts()).toHaveLength(0)
  })

  it('the provider can opt in for every query; meta partial: false opts one out', async () => {
    const { unmount } = await renderWithKit(<AnnotationRequest />, { provider: { partialFailures: true } })
    await waitFor(() => expect(toasts()).toHaveLength(1))
    unmount()
    await renderWithKit(<AnnotationRequest meta={stardustMeta({ partial: false })} />, { provider: { partialFailures: true } })
    await screen.findByText('loaded')
    await act(async () => {})
    expect(toasts()).toHaveLength(0)
  })

  it('the details list each scene with its localized reason, and the copied support details include the list', async () => {
    const user = userEvent.setup()
    let copied = ''
    setClipboard({ writeText: async (text: string) => void (copied = text) })
    await renderWithKit(<AnnotationRequest meta={stardustMeta({ partial: true })} />, { locale: 'de' })
    await waitFor(() => expect(toasts()).toHaveLength(1))
    const toast = toasts()[0]!
    expect(toast).toHaveTextContent('2 von 3 Szenen fehlgeschlagen')
    await user.click(within(toast).getByRole('button', { name: de.ui.details }))
    const list = within(toast).getByRole('list', { name: de.partial.listLabel })
    const items = within(list).getAllByRole('listitem')
    expect(items[0]).toHaveTextContent(`550e8400-e29b-41d4-a716-446655440000 ${de.partial.reasons.dataTypeMismatch}`)
    expect(items[1]).toHaveTextContent(`f47ac10b-58cc-4372-a567-0e02b2c3d479 ${de.partial.reasons.sceneIdExists}`)
    await user.click(within(toast).getByRole('button', { name: de.ui.copySupportDetails }))
    await waitFor(() => expect(copied).toContain('Failed: 2 of 3 scenes'))
    expect(copied).toContain('- 550e8400-e29b-41d4-a716-446655440000: Data type mismatch')
    restoreClipboard()
  })

  it('meta toast: false keeps it quiet too: the app renders the list itself', async () => {
    await renderWithKit(<AnnotationRequest meta={stardustMeta({ partial: true, toast: false })} />)
    await screen.findByText('loaded')
    await act(async () => {})
    expect(toasts()).toHaveLength(0)
  })

  it('a refetch returning the same failures does not toast again', async () => {
    const { queryClient } = await renderWithKit(<AnnotationRequest meta={stardustMeta({ partial: true })} />)
    await waitFor(() => expect(toasts()).toHaveLength(1))
    await act(() => queryClient.refetchQueries({ queryKey: ['annotation-request'] }))
    await act(async () => {})
    expect(toasts()).toHaveLength(1)
    expect(toasts()[0]).not.toHaveTextContent(en.ui.occurrences_other.replace('{{count}}', '2'))
  })

  it('status FAILED reads as a failure of the whole request, without throwing', async () => {
    const failed = { ...annotationRequest, data: { ...annotationRequest.data, status: 'FAILED' } }
    await renderWithKit(<AnnotationRequest meta={stardustMeta({ partial: true })} envelope={failed} />)
    await screen.findByText('loaded')
    await waitFor(() => expect(toasts()).toHaveLength(1))
    expect(toasts()[0]).toHaveTextContent(en.partial.failed.title)
    expect(toasts()[0]).toHaveTextContent(en.partial.failed.message)
    expect(toasts()[0]).toHaveAttribute('data-severity', 'error')
  })

  it('status ID_NOT_EXISTS says the annotation request was not found', async () => {
    const missing = { ...annotationRequest, data: { status: 'ID_NOT_EXISTS' } }
    await renderWithKit(<AnnotationRequest meta={stardustMeta({ partial: true })} envelope={missing} />)
    await waitFor(() => expect(toasts()).toHaveLength(1))
    expect(toasts()[0]).toHaveTextContent(en.partial.notFound.title)
  })

  it('a mutation: add workforce with a failedUserList, in Arabic plural forms', async () => {
    function AddWorkforce() {
      const mutation = useMutation({
        mutationFn: () => stardustFetch(`${HOST}/add-workforce`, { method: 'POST', fetch: serve(addWorkforce) }),
        meta: stardustMeta({ partial: true }),
      })
      const { mutate } = mutation
      useEffect(() => mutate(), [mutate])
      return <p>{mutation.status}</p>
    }
    await renderWithKit(<AddWorkforce />, { locale: 'ar' })
    await screen.findByText('success')
    await waitFor(() => expect(toasts()).toHaveLength(1))
    expect(toasts()[0]).toHaveTextContent(ar.partial.users_two)
  })

  it('reasons are server text: rendered as text, never as HTML', async () => {
    const hostile = { ...annotationRequest, data: { errorSceneIdMap: { s1: '<img src=x onerror=alert(1)>Bad' } } }
    const user = userEvent.setup()
    await renderWithKit(<AnnotationRequest meta={stardustMeta({ partial: true })} envelope={hostile} />)
    await waitFor(() => expect(toasts()).toHaveLength(1))
    await user.click(within(toasts()[0]!).getByRole('button', { name: en.ui.details }))
    expect(document.querySelector('.sdk-toast img')).toBeNull()
    expect(within(toasts()[0]!).getByText('<img src=x onerror=alert(1)>Bad')).toBeInTheDocument()
    expect(toasts()[0]).toHaveTextContent('1 scene failed')
  })
})

describe('usePartialFailures', () => {
  it('gives the same list for inline rendering next to a table, localized', async () => {
    const i18n = createStardustI18n('en')
    await loadStardustLocale(i18n, 'en')
    function Table({ data }: { data: unknown }) {
      const failures = usePartialFailures(data)
      return (
        <div>
          {failures.hasFailures && <h2>{failures.title}</h2>}
          <PartialFailureList failures={failures} />
        </div>
      )
    }
    const view = render(
      <QueryClientProvider client={testQueryClient()}>
        <StardustProvider i18n={i18n} locale="en">
          <Table data={annotationRequest.data} />
        </StardustProvider>
      </QueryClientProvider>,
    )
    expect(screen.getByRole('heading')).toHaveTextContent('2 of 3 scenes failed')
    expect(within(screen.getByRole('list', { name: en.partial.listLabel })).getAllByRole('listitem')).toHaveLength(2)
    view.rerender(
      <QueryClientProvider client={testQueryClient()}>
        <StardustProvider i18n={i18n} locale="en">
          <Table data={{ campaignId: 'c1' }} />
        </StardustProvider>
      </QueryClientProvider>,
    )
    expect(screen.queryByRole('heading')).toBeNull()
    expect(screen.queryByRole('list', { name: en.partial.listLabel })).toBeNull()
  })

  it('the toast goes through an adapter too, with the count as its title', async () => {
    const show = vi.fn()
    await renderWithKit(<AnnotationRequest meta={stardustMeta({ partial: true })} />, {
      provider: { toastAdapter: { show, dismiss: vi.fn() } },
    })
    await waitFor(() => expect(show).toHaveBeenCalled())
    expect(show.mock.calls.at(-1)![0]).toMatchObject({ title: '2 of 3 scenes failed', severity: 'warning' })
  })
})
