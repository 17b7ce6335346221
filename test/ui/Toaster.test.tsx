import { act, fireEvent, render, renderHook, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import en from '../../locales/en/stardust.json'
import { StardustError } from '../../src/core/StardustError.js'
import { envelopeError } from '../../src/core/toStardustError.js'
import { createStardustI18n, loadStardustLocale } from '../../src/i18n/createStardustI18n.js'
import { resolveError } from '../../src/i18n/resolveError.js'
import { stardustText } from '../../src/i18n/text.js'
import { StardustContext, type StardustContextValue } from '../../src/ui/context.js'
import { Toaster, type ToasterProps } from '../../src/ui/Toaster.js'
import { ToastAnnouncer } from '../../src/ui/ToastAnnouncer.js'
import { useToasts } from '../../src/ui/useToasts.js'
import { lazyToastStore } from '../../src/ui/lazyToastStore.js'
import type { ToastStoreOptions } from '../../src/ui/toastStore.js'
import type { ToastInput } from '../../src/ui/types.js'
import { duplicateCampaignName, REQUEST_ID, serviceHiccup } from '../core/envelopes.js'

const catalog = en as unknown as { codes: Record<string, { title: string; message: string }>; severity: Record<string, string> }

async function kit(storeOptions: ToastStoreOptions = {}, overrides: Partial<StardustContextValue> = {}): Promise<StardustContextValue> {
  const i18n = createStardustI18n('en')
  await loadStardustLocale(i18n, 'en')
  return {
    i18n,
    locale: 'en',
    dir: 'ltr',
    catalogVersion: 1,
    resolve: (error) => resolveError(error, i18n, 'en'),
    text: (key, fallback, options) => stardustText(i18n, 'en', key, fallback, options),
    toasts: lazyToastStore(storeOptions),
    placement: 'bottom-end',
    classNames: {},
    ...overrides,
  }
}

let current: StardustContextValue | null = null
afterEach(() => {
  current?.toasts.destroy()
  current = null
  vi.useRealTimers()
})

async function renderToaster(props: ToasterProps = {}, storeOptions?: ToastStoreOptions, overrides?: Partial<StardustContextValue>) {
  current = await kit(storeOptions, overrides)
  const value = current
  const view = render(
    <StardustContext.Provider value={value}>
      <Toaster {...props} />
    </StardustContext.Provider>,
  )
  const push = async (...inputs: ToastInput[]) => {
    let ids: string[] = []
    await act(async () => {
      ids = inputs.map((input) => value.toasts.push(input))
    })
    return ids
  }
  return { ...view, store: value.toasts, push }
}

const nameTaken = (severity: ToastInput['severity'] = 'warning'): ToastInput => ({ error: envelopeError(duplicateCampaignName), severity })
const hiccup = (extra: Partial<ToastInput> = {}): ToastInput => ({ error: envelopeError(serviceHiccup), severity: 'error', ...extra })
// The toaster's own live regions: errors interrupt, warnings and notices wait their turn.
const announcer = (politeness: 'assertive' | 'polite') =>
  screen.getByRole('region', { name: 'Notifications' }).querySelector<HTMLElement>(`:scope > [aria-live="${politeness}"]`)!
// The toasts on screen.
const shown = () => screen.queryAllByRole('listitem').filter((li) => li.classList.contains('sdk-toast'))
const failure = (n: number): ToastInput => ({
  error: new StardustError({ kind: 'api', code: 5000, requestId: `req-${n}` }),
  severity: 'error',
})

describe('Toaster', () => {
  it('announces an error assertively, with its severity and the catalog’s English title', async () => {
    const { push } = await renderToaster()
    await push(nameTaken('error'))

    const alert = announcer('assertive')
    expect(alert).toHaveTextContent(catalog.codes['51004']!.title)
    expect(alert).toHaveTextContent(catalog.codes['51004']!.message)
    expect(alert.textContent!.startsWith(catalog.severity.error!)).toBe(true)
    expect(announcer('polite')).toBeEmptyDOMElement()
    // The toast on screen says the same, its severity for screen readers only.
    const [toast] = shown()
    expect(toast).toHaveTextContent(catalog.codes['51004']!.title)
    expect(within(toast!).getByText(catalog.severity.error!)).toHaveClass('sdk-visually-hidden')
  })

  it('announces a warning politely', async () => {
    const { push } = await renderToaster()
    await push(nameTaken('warning'))

    expect(announcer('assertive')).toBeEmptyDOMElement()
    expect(announcer('polite')).toHaveTextContent(`${catalog.severity.warning} ${catalog.codes['51004']!.title}`)
  })

  it('announces through live regions that are in the page before the first toast, once per toast', async () => {
    const { push } = await renderToaster()
    // Empty regions already in the page: a region inserted with its content is not announced by every screen reader.
    expect(announcer('assertive')).toBeEmptyDOMElement()
    expect(announcer('polite')).toBeEmptyDOMElement()
    expect(announcer('assertive')).toHaveAttribute('aria-atomic', 'false')

    await push(nameTaken())
    const announcement = announcer('polite').firstElementChild
    expect(announcement).not.toBeNull()
    // A merged duplicate changes the count on screen, not what the live region holds: nothing is announced again.
    await push(nameTaken(), nameTaken())
    expect(screen.getByText('Happened 3 times')).toBeInTheDocument()
    expect(announcer('polite').children).toHaveLength(1)
    expect(announcer('polite').firstElementChild).toBe(announcement)
    expect(announcer('polite')).not.toHaveTextContent('3')
  })

  it('takes an announcement out of the live region after a few seconds, and leaves the toast', async () => {
    vi.useFakeTimers()
    const { push } = await renderToaster({}, { durations: { error: 60_000 } })
    await push(hiccup())
    expect(announcer('assertive')).not.toBeEmptyDOMElement()

    await act(async () => vi.advanceTimersByTime(5000))
    expect(announcer('assertive')).toBeEmptyDOMElement()
    expect(shown()).toHaveLength(1)
  })

  it('is a labelled region with the placement, direction and class-name slots', async () => {
    const { push } = await renderToaster(
      { placement: 'top-start', className: 'mine', toastClassName: 'my-toast' },
      {},
      { dir: 'rtl', classNames: { toaster: 'app-toaster', toast: 'app-toast' } },
    )
    await push(hiccup())

    const region = screen.getByRole('region', { name: 'Notifications' })
    expect(region).toHaveAttribute('data-placement', 'top-start')
    expect(region).toHaveAttribute('dir', 'rtl')
    expect(region).toHaveClass('sdk-toaster', 'app-toaster', 'mine')
    expect(screen.getByRole('listitem')).toHaveClass('sdk-toast', 'sdk-toast--error', 'app-toast', 'my-toast')
  })

  it('shows the request ID with its copy control', async () => {
    const { push } = await renderToaster()
    await push(hiccup())
    const toast = screen.getByRole('listitem')
    expect(within(toast).getByText(serviceHiccup.requestId)).toBeInTheDocument()
    expect(within(toast).getByRole('button', { name: 'Copy request ID' })).toBeInTheDocument()
  })

  it('shows the app’s own message instead of the catalog’s', async () => {
    const { push } = await renderToaster()
    await push(hiccup({ message: 'Saving the campaign failed.' }))
    expect(announcer('assertive')).toHaveTextContent('Saving the campaign failed.')
    expect(shown()[0]).toHaveTextContent('Saving the campaign failed.')
  })

  it('dismisses the focused toast with Escape and hands focus to the next one', async () => {
    const { push } = await renderToaster()
    await push(nameTaken('error'), hiccup())
    const [first, second] = screen.getAllByRole('listitem')
    act(() => first!.focus())

    await act(async () => fireEvent.keyDown(first!, { key: 'Escape' }))
    expect(screen.getAllByRole('listitem')).toHaveLength(1)
    expect(second).toHaveFocus()
    await act(async () => fireEvent.keyDown(second!, { key: 'Escape' }))
    expect(screen.queryByRole('listitem')).toBeNull()
  })

  it('dismisses with the Dismiss button', async () => {
    const user = userEvent.setup()
    const { push } = await renderToaster()
    await push(hiccup())
    await user.click(screen.getByRole('button', { name: 'Dismiss' }))
    expect(shown()).toHaveLength(0)
  })

  it('offers Try again only when the toast can retry, and retries', async () => {
    const user = userEvent.setup()
    const retry = vi.fn()
    const { push } = await renderToaster()
    await push(nameTaken())
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull()
    await act(async () => current!.toasts.clear())

    await push(hiccup({ retry }))
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(retry).toHaveBeenCalledOnce()
    expect(shown()).toHaveLength(0)
  })

  it('says how many more failures wait beyond the limit', async () => {
    const { push } = await renderToaster()
    await push(...[1, 2, 3, 4, 5].map(failure))
    expect(shown()).toHaveLength(3)
    expect(announcer('assertive').children).toHaveLength(3)
    expect(screen.getByText('and 2 more')).toBeInTheDocument()
  })

  it('says how often a merged failure happened', async () => {
    const { push } = await renderToaster()
    await push(nameTaken(), nameTaken(), nameTaken())
    expect(screen.getAllByRole('listitem')).toHaveLength(1)
    expect(screen.getByText('Happened 3 times')).toBeInTheDocument()
  })

  it('holds the timers while hovered and lets them run again after', async () => {
    vi.useFakeTimers()
    const { push } = await renderToaster({}, { durations: { error: 1000 } })
    await push(hiccup())
    const region = screen.getByRole('region', { name: 'Notifications' })

    fireEvent.pointerEnter(region)
    await act(async () => vi.advanceTimersByTime(10_000))
    expect(shown()).toHaveLength(1)

    fireEvent.pointerLeave(region)
    await act(async () => vi.advanceTimersByTime(999))
    expect(shown()).toHaveLength(1)
    await act(async () => vi.advanceTimersByTime(1))
    expect(shown()).toHaveLength(0)
  })

  it('holds the timers while focus is inside, until it leaves', async () => {
    vi.useFakeTimers()
    const { push } = await renderToaster({}, { durations: { error: 1000 } })
    await push(hiccup())
    const outside = document.body.appendChild(document.createElement('button'))

    act(() => screen.getByRole('button', { name: 'Dismiss' }).focus())
    await act(async () => vi.advanceTimersByTime(5000))
    expect(shown()).toHaveLength(1)

    act(() => outside.focus())
    await act(async () => vi.advanceTimersByTime(1000))
    expect(shown()).toHaveLength(0)
    outside.remove()
  })

  it('renders server text as text, never as markup', async () => {
    const { push, container } = await renderToaster()
    const payload = '<img src=x onerror=alert(1)>'
    await push({ error: new StardustError({ kind: 'api', serverMessage: payload, requestId: REQUEST_ID }), severity: 'error' })
    await push(hiccup({ message: payload }))

    expect(container.querySelector('img')).toBeNull()
    // Shown in both toasts, and announced for both.
    for (const toast of shown()) expect(within(toast).getAllByText(payload, { exact: false })).toHaveLength(1)
    expect(within(announcer('assertive')).getAllByText(payload, { exact: false })).toHaveLength(2)
  })
})

describe('useToasts', () => {
  it('gives the visible toasts with their resolved text, and the controls', async () => {
    const value = await kit()
    current = value
    const wrapper = ({ children }: { children: ReactNode }) => <StardustContext.Provider value={value}>{children}</StardustContext.Provider>
    const { result } = renderHook(() => useToasts(), { wrapper })

    await act(async () => void value.toasts.push(nameTaken()))
    expect(result.current.toasts).toEqual([
      expect.objectContaining({
        title: catalog.codes['51004']!.title,
        message: catalog.codes['51004']!.message,
        requestId: REQUEST_ID,
        severity: 'warning',
        count: 1,
      }),
    ])
    await act(async () => result.current.dismiss(result.current.toasts[0]!.id))
    expect(result.current).toMatchObject({ toasts: [], overflow: 0 })
  })

  it('a toaster of the app’s own announces its toasts through <ToastAnnouncer>', async () => {
    const value = await kit()
    current = value
    function MyToaster() {
      const { toasts } = useToasts()
      return (
        <aside aria-label="Problems">
          <ToastAnnouncer toasts={toasts} />
          {toasts.map((toast) => (
            <p key={toast.id} className="my-toast">
              {toast.title}
            </p>
          ))}
        </aside>
      )
    }
    const { container } = render(
      <StardustContext.Provider value={value}>
        <MyToaster />
      </StardustContext.Provider>,
    )
    const polite = container.querySelector('[aria-live="polite"]')!
    const assertive = container.querySelector('[aria-live="assertive"]')!
    expect(polite).toBeEmptyDOMElement()
    expect(assertive).toBeEmptyDOMElement()

    await act(async () => {
      value.toasts.push(nameTaken('warning'))
      value.toasts.push(hiccup())
    })
    expect(polite).toHaveTextContent(`${catalog.severity.warning} ${catalog.codes['51004']!.title}`)
    expect(assertive).toHaveTextContent(catalog.codes['5000']!.title)
    expect(assertive).not.toHaveTextContent(catalog.codes['51004']!.title)
  })
})

describe('a calm toaster', () => {
  it('"and N more" opens the waiting toasts and folds them back, by keyboard', async () => {
    const { push } = await renderToaster()
    await push(...[1, 2, 3, 4, 5].map(failure))
    expect(shown()).toHaveLength(3)
    const user = userEvent.setup()
    const showAll = screen.getByRole('button', { name: 'Show all' })
    expect(showAll).toHaveAttribute('aria-expanded', 'false')
    act(() => showAll.focus())
    await user.keyboard('{Enter}')
    expect(shown()).toHaveLength(5)
    // Opening them announces nothing new: the user asked to see them.
    expect(announcer('assertive').children).toHaveLength(3)
    const fewer = screen.getByRole('button', { name: 'Show fewer' })
    expect(fewer).toHaveAttribute('aria-expanded', 'true')
    await user.keyboard('{Enter}')
    expect(shown()).toHaveLength(3)
  })

  it('"Dismiss all" closes every toast, shown or waiting', async () => {
    const { push, store } = await renderToaster()
    await push(...[1, 2, 3, 4, 5].map(failure))
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss all' }))
    expect(shown()).toHaveLength(0)
    expect(store.getSnapshot()).toMatchObject({ toasts: [], overflow: 0 })
    expect(screen.queryByRole('button', { name: 'Dismiss all' })).toBeNull()
  })

  it('says how often and from how many requests a merged failure came', async () => {
    const { push } = await renderToaster()
    const same = (n: number): ToastInput => ({ ...failure(n), dedupeKey: 'seen:5000', dedupeKeys: [`request:req-${n}`] })
    await push(same(1), same(2), same(2), same(3))
    expect(shown()).toHaveLength(1)
    expect(shown()[0]).toHaveTextContent('Happened 4 times · from 3 requests')
  })

  it('keeps the hint and "Copy support details" behind Details, and the request ID with its copy button in view', async () => {
    const { push } = await renderToaster()
    await push(hiccup())
    const toast = shown()[0]!
    expect(within(toast).getByText(serviceHiccup.requestId)).toBeVisible()
    expect(within(toast).getByRole('button', { name: 'Copy request ID' })).toBeVisible()
    const details = within(toast).getByRole('button', { name: 'Details' })
    expect(details).toHaveAttribute('aria-expanded', 'false')
    expect(within(toast).queryByRole('button', { name: 'Copy support details' })).toBeNull()
    await userEvent.click(details)
    expect(details).toHaveAttribute('aria-expanded', 'true')
    const panel = document.getElementById(details.getAttribute('aria-controls')!)!
    expect(panel).toBeVisible()
    expect(within(panel).getByRole('button', { name: 'Copy support details' })).toBeVisible()
  })

  it('holds the timers while the page is hidden and resumes with the time left', async () => {
    vi.useFakeTimers()
    let state: DocumentVisibilityState = 'visible'
    vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => state)
    const { push } = await renderToaster({}, { durations: { error: 2500 } })
    await push(hiccup())
    await act(async () => {
      state = 'hidden'
      document.dispatchEvent(new Event('visibilitychange'))
    })
    await act(async () => vi.advanceTimersByTime(6000))
    expect(shown()).toHaveLength(1)
    await act(async () => {
      state = 'visible'
      document.dispatchEvent(new Event('visibilitychange'))
    })
    await act(async () => vi.advanceTimersByTime(2499))
    expect(shown()).toHaveLength(1)
    await act(async () => vi.advanceTimersByTime(1))
    expect(shown()).toHaveLength(0)
  })

  it('spreads the pile on hover and focus, and rests as a pile otherwise', async () => {
    const { push } = await renderToaster()
    await push(...[1, 2, 3].map(failure))
    const region = screen.getByRole('region', { name: 'Notifications' })
    expect(region).not.toHaveAttribute('data-expanded')
    fireEvent.pointerEnter(region)
    expect(region).toHaveAttribute('data-expanded')
    fireEvent.pointerLeave(region)
    expect(region).not.toHaveAttribute('data-expanded')
    act(() => shown()[1]!.focus())
    expect(region).toHaveAttribute('data-expanded')
  })

  it('shows the offline notice with what waits, and no request ID or support details', async () => {
    const { push } = await renderToaster()
    await push({
      id: 'sdk-offline',
      error: new StardustError({ kind: 'network' }),
      severity: 'warning',
      notice: { type: 'offline', waiting: 12, labels: ['Save campaign', 'Rename dataset'] },
      duration: Infinity,
    })
    const toast = shown()[0]!
    expect(toast).toHaveTextContent("You're offline")
    expect(toast).toHaveTextContent('12 requests are waiting.')
    // What waits is behind "Details", like a failure's hint: in the page only once opened.
    expect(toast).not.toHaveTextContent('Waiting:')
    fireEvent.click(within(toast).getByRole('button', { name: 'Details' }))
    expect(toast).toHaveTextContent('Waiting: Save campaign and Rename dataset')
    expect(within(toast).queryByRole('button', { name: 'Copy request ID' })).toBeNull()
    expect(within(toast).queryByRole('button', { name: 'Copy support details' })).toBeNull()
    expect(announcer('polite')).toHaveTextContent("You're offline")
  })
})
