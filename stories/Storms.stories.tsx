import { useEffect, useState, useSyncExternalStore, type ReactNode } from 'react'
import { onlineManager, useIsFetching, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { StardustError, unwrapEnvelope, useStardustToast, type StardustReport } from '../src/index.js'
import { apiError, expected, uiText } from './components/kit.js'
import { OwnProvider } from './components/OwnProvider.js'
import { newRequestId } from './mocks/envelope.js'
import './components/demo.css'

const meta = {
  title: 'Components/Storms',
  parameters: {
    // Each story renders its own provider: some need provider props (a short toast duration).
    stardust: { provider: false },
    docs: {
      story: { inline: false, height: '480px' },
      description: {
        component:
          'How the kit stays calm when many things fail at once. One outage seen by fifty queries is one toast that counts ' +
          '(“Happened 50 times”) and is announced once; many different failures keep the limit and an actionable “and N more”; ' +
          'offline is one notice that says what waits, and “Back online” once; timers wait while the page is hidden.',
      },
    },
  },
  decorators: [
    (Story, { loaded, parameters }) => (
      <OwnProvider loaded={loaded} {...(parameters.provider as object | undefined)}>
        <div className="demo">
          <Story />
        </div>
      </OwnProvider>
    ),
  ],
} satisfies Meta

export default meta
type Story = StoryObj<typeof meta>

// The toaster comes in a chunk of its own, a moment after the provider mounts: wait for it.
const region = (canvasElement: HTMLElement, loaded: unknown) =>
  within(canvasElement.ownerDocument.body).findByRole('region', { name: uiText(loaded, 'notifications') })
const toastsIn = (canvasElement: HTMLElement) => Array.from(canvasElement.ownerDocument.querySelectorAll<HTMLElement>('.sdk-toast'))

// The byte-identical body every query gets during the outage: the same envelope, the same request ID.
const OUTAGE = JSON.stringify({
  code: 5000,
  data: null,
  date: '2025-03-20 14:04:05',
  message: 'Service hiccuped, please try again later',
  requestId: '7f3a9c0b5e2d4f6a8b1c3d5e7f9a0b2c',
  success: false,
})

/** One screen's worth of queries, each fetching its own panel. */
function Panels({ count, load }: { count: number; load: (i: number) => Promise<unknown> }): ReactNode {
  const client = useQueryClient()
  const fetching = useIsFetching({ queryKey: ['panel'] })
  return (
    <>
      <p className="demo__note">
        {count} panels, each with its own query: {fetching > 0 ? `${fetching} loading` : 'none loading'}.
      </p>
      <button type="button" className="sdk-button" onClick={() => void client.invalidateQueries({ queryKey: ['panel'] })}>
        Reload all panels
      </button>
      {Array.from({ length: count }, (_, i) => (
        <Panel key={i} index={i} load={load} />
      ))}
    </>
  )
}

function Panel({ index, load }: { index: number; load: (i: number) => Promise<unknown> }): null {
  useQuery({ queryKey: ['panel', index], queryFn: () => load(index) })
  return null
}

/** Fifty queries hit the same outage (the byte-identical 5000 envelope): one toast, “Happened 50 times”, one announcement. */
export const OutageAcrossQueries: Story = {
  render: () => (
    <Panels count={50} load={() => unwrapEnvelope(new Response(OUTAGE, { headers: { 'content-type': 'application/json' } }))} />
  ),
  play: async ({ canvasElement, loaded }) => {
    const toaster = await region(canvasElement, loaded)
    await waitFor(() => expect(toaster).toHaveTextContent(uiText(loaded, 'occurrences', { count: 50 })))
    await expect(toastsIn(canvasElement)).toHaveLength(1)
    await expect(toastsIn(canvasElement)[0]).toHaveTextContent(expected(loaded, apiError(5000)).title)
    const assertive = toaster.querySelector(':scope > [aria-live="assertive"]')!
    await expect(assertive.children).toHaveLength(1)
  },
}

/** Two hundred different failures: three toasts, and “and N more” with “Show all” and “Dismiss all”. */
export const ManyDifferentFailures: Story = {
  render: () => (
    <Panels
      count={200}
      load={(i) =>
        Promise.reject(
          new StardustError({ kind: 'api', code: 90_000 + i, serverMessage: `Export slot ${i} is busy`, requestId: newRequestId() }),
        )
      }
    />
  ),
  play: async ({ canvasElement, loaded }) => {
    await waitFor(() => expect(toastsIn(canvasElement)).toHaveLength(3))
    const toaster = await region(canvasElement, loaded)
    await waitFor(() => expect(toaster).toHaveTextContent(uiText(loaded, 'moreErrors', { count: 100 })))
    await expect(within(toaster).getByRole('button', { name: uiText(loaded, 'showAll') })).toBeVisible()
    await expect(within(toaster).getByRole('button', { name: uiText(loaded, 'dismissAll') })).toBeVisible()
  },
}

function OfflineReset(): null {
  // onlineManager is one for the page: a story that takes it offline gives it back when it goes.
  useEffect(() => () => onlineManager.setOnline(true), [])
  return null
}

const twentyPanels = () => (
  <>
    <OfflineReset />
    {/* TanStack Query pauses a query while offline before it sends anything: what it would send does not matter here. */}
    <Panels count={20} load={(i) => new Promise((resolve) => setTimeout(resolve, 20, i))} />
  </>
)

/**
 * The browser goes offline and the screen reloads: TanStack Query pauses the twenty queries, and one notice says so
 * (“You're offline. 20 requests are waiting.”) instead of twenty network errors. It stays until the network is back.
 */
export const Offline: Story = {
  render: twentyPanels,
  play: async ({ canvasElement, loaded }) => {
    await within(canvasElement).findByText(/none loading/)
    onlineManager.setOnline(false)
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Reload all panels' }))
    const toaster = await region(canvasElement, loaded)
    await waitFor(() => expect(toaster).toHaveTextContent(uiText(loaded, 'offlineWaiting', { count: 20 })))
    await expect(toastsIn(canvasElement)).toHaveLength(1)
  },
}

/** The network comes back: the waiting queries run, “Back online” shows once (and goes by itself), and nothing is toasted. */
export const BackOnline: Story = {
  render: twentyPanels,
  play: async ({ canvasElement, loaded }) => {
    await within(canvasElement).findByText(/none loading/)
    onlineManager.setOnline(false)
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Reload all panels' }))
    const toaster = await region(canvasElement, loaded)
    await waitFor(() => expect(toaster).toHaveTextContent(uiText(loaded, 'offline')))
    onlineManager.setOnline(true)
    await waitFor(() => expect(toaster).toHaveTextContent(uiText(loaded, 'backOnline')))
    await expect(toastsIn(canvasElement)).toHaveLength(1)
  },
}

/**
 * The same twenty panels with the real network: turn it off in the browser (devtools → Network → Offline) and reload
 * the panels, then turn it on again. The real-browser tests drive this story with the browser's own offline switch.
 */
export const OfflineAndBack: Story = {
  name: 'Offline and back (real network)',
  render: twentyPanels,
}

function ShowOne(): ReactNode {
  const toast = useStardustToast()
  const [shown, setShown] = useState(false)
  return (
    <>
      <p className="demo__note">This toast lasts 2.5 s while the page is visible; switch tabs and it waits for you.</p>
      <button
        type="button"
        className="sdk-button"
        onClick={() => {
          toast.show(apiError(5000))
          setShown(true)
        }}
      >
        {shown ? 'Show it again' : 'Show a toast'}
      </button>
    </>
  )
}

/** A toast's timer waits while the page is hidden (another tab), and resumes with the time it had left. */
export const HiddenTab: Story = {
  parameters: { provider: { toastDurations: { error: 2500 } } },
  render: () => <ShowOne />,
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Show a toast' }))
    await waitFor(() => expect(toastsIn(canvasElement)).toHaveLength(1))
  },
}

/**
 * Three different failures at rest: a compact pile, the newest problem in front and two more peeking out behind it.
 * Hover or focus it and it spreads out; it never covers more than 40% of the screen (50% on a phone).
 */
export const CompactPile: Story = {
  render: () => <Panels count={3} load={(i) => Promise.reject(apiError([5000, 54013, 50528][i]!))} />,
  play: async ({ canvasElement, loaded }) => {
    await waitFor(() => expect(toastsIn(canvasElement)).toHaveLength(3))
    await expect(await region(canvasElement, loaded)).not.toHaveAttribute('data-expanded')
  },
}

/** What an error monitor received in this story: `onReport` writes here, the list below reads it. */
const monitor = (() => {
  let reports: readonly StardustReport[] = []
  const listeners = new Set<() => void>()
  return {
    add(report: StardustReport) {
      reports = [...reports, report]
      for (const listener of listeners) listener()
    },
    clear() {
      reports = []
    },
    subscribe(listener: () => void) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    get: () => reports,
  }
})()

function MonitorLog(): ReactNode {
  const reports = useSyncExternalStore(monitor.subscribe, monitor.get, monitor.get)
  // The next visit starts with an empty log.
  useEffect(() => () => monitor.clear(), [])
  return (
    <section className="demo__note" aria-labelledby="monitor-log">
      <h3 id="monitor-log">Reports sent to the monitor</h3>
      {reports.length === 0 ? (
        <p>None yet.</p>
      ) : (
        <ol>
          {reports.map((report, i) => (
            <li key={i}>
              code {report.code}, {report.placement}, count {report.count}, request ID <code>{report.requestId}</code>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}

/**
 * The outage of twenty queries as an error monitor sees it through `onReport`: one report at once, and one more
 * with the final count when the storm has been quiet for `dedupeWindowMs` (1.5 s here). The reporter's code is
 * loaded only because this provider has `onReport`.
 */
export const ReportedToAMonitor: Story = {
  name: 'Outage reported to a monitor (onReport)',
  parameters: { provider: { onReport: (report: StardustReport) => monitor.add(report), dedupeWindowMs: 1500 } },
  render: () => (
    <>
      <Panels count={20} load={() => unwrapEnvelope(new Response(OUTAGE, { headers: { 'content-type': 'application/json' } }))} />
      <MonitorLog />
    </>
  ),
  play: async ({ canvasElement, loaded }) => {
    const log = within(within(canvasElement).getByRole('region', { name: 'Reports sent to the monitor' }))
    await waitFor(() => expect(log.getAllByRole('listitem')).toHaveLength(2), { timeout: 5000 })
    const [first, last] = log.getAllByRole('listitem')
    await expect(first).toHaveTextContent('code 5000, toast, count 1')
    await expect(last).toHaveTextContent('code 5000, toast, count 20')
    await expect(toastsIn(canvasElement)).toHaveLength(1)
    await expect(await region(canvasElement, loaded)).toHaveTextContent(uiText(loaded, 'occurrences', { count: 20 }))
  },
}
