import { useState, type ReactNode } from 'react'
import { useQuery } from '@tanstack/react-query'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { StardustError, Toaster, addStardustResources, registerCodes, resetCodes } from '../src/index.js'
import { apiError, expected, kitOf, uiText } from './components/kit.js'
import { OwnProvider } from './components/OwnProvider.js'
import { ShowToastButton } from './components/ShowToastButton.js'
import { listCampaigns, mockApi } from './mocks/index.js'
import { CampaignList } from './playground/CampaignList.js'
import './components/demo.css'

// The catalog has no failure that is only a notice: an app's own code, registered with severity 'info',
// shows what one looks like (the story's beforeEach registers it and its English text).
const NOTICE_CODE = 61001
const notice = () =>
  new StardustError({ kind: 'api', code: NOTICE_CODE, status: 200, serverMessage: 'Export is still running.', requestId: null })

const meta = {
  title: 'Components/Toaster',
  component: Toaster,
  parameters: {
    // Each story renders its own provider, with `toaster={false}` and the <Toaster> below, so the args apply.
    stardust: { provider: false },
    docs: {
      // In its own frame: toasts are fixed to the viewport, and each story's mocked API stays its own.
      story: { inline: false, height: '360px' },
      description: {
        component:
          'The built-in toaster: a labelled region listing the failures nobody shows inline. Each new toast is announced ' +
          'through live regions that are in the page before the first toast: errors at once (`aria-live="assertive"`), warnings ' +
          'and notices politely (`aria-live="polite"`). Identical failures merge (“Happened 20 times”) without being announced again, ' +
          'beyond the limit the rest are counted (“and 7 more”), “Try again” appears where retrying can help, and the ' +
          'placement’s start and end follow the text direction. Hover or focus holds the timers; Escape dismisses.',
      },
    },
  },
  argTypes: {
    placement: { control: 'select', options: ['top-start', 'top-center', 'top-end', 'bottom-start', 'bottom-center', 'bottom-end'] },
  },
  decorators: [
    (Story, { args, loaded }) => (
      <OwnProvider loaded={loaded} toaster={false}>
        <div className="demo">
          <Story />
        </div>
        <Toaster {...args} />
      </OwnProvider>
    ),
  ],
} satisfies Meta<typeof Toaster>

export default meta
type Story = StoryObj<typeof meta>

const region = (canvasElement: HTMLElement, loaded: unknown) =>
  within(canvasElement).getByRole('region', { name: uiText(loaded, 'notifications') })
const toastsIn = (canvasElement: HTMLElement) => Array.from(canvasElement.querySelectorAll<HTMLElement>('.sdk-toast'))

/** One toast per severity: 5000 is an error, 51004 a warning, and an app's own notice code is info. */
export const BySeverity: Story = {
  beforeEach: ({ loaded }) => {
    registerCodes({ [NOTICE_CODE]: { family: 'campaign', severity: 'info' } })
    addStardustResources(kitOf(loaded).i18n, 'en', {
      codes: {
        [NOTICE_CODE]: {
          title: 'Export still running',
          message: 'The campaign export is not ready yet. It downloads by itself when it is.',
        },
      },
    })
    return () => resetCodes()
  },
  render: () => (
    <div className="demo__actions">
      <ShowToastButton failures={() => [apiError(5000)]}>Server error (5000)</ShowToastButton>
      <ShowToastButton failures={() => [apiError(51004)]}>Duplicate name (51004)</ShowToastButton>
      <ShowToastButton failures={() => [notice()]}>Notice ({NOTICE_CODE})</ShowToastButton>
    </div>
  ),
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement)
    for (const button of canvas.getAllByRole('button')) await userEvent.click(button)
    await waitFor(() => expect(toastsIn(canvasElement)).toHaveLength(3))
    const [error, warning, info] = toastsIn(canvasElement) as [HTMLElement, HTMLElement, HTMLElement]
    await expect(error).toHaveAttribute('data-severity', 'error')
    await expect(error).toHaveTextContent(expected(loaded, apiError(5000)).title)
    await expect(warning).toHaveAttribute('data-severity', 'warning')
    await expect(warning).toHaveTextContent(expected(loaded, apiError(51004)).title)
    await expect(info).toHaveAttribute('data-severity', 'info')
    await expect(info).toHaveTextContent(expected(loaded, notice()).title)
    // The toaster's live regions: errors interrupt, warnings and notices wait their turn.
    const live = (politeness: string) => region(canvasElement, loaded).querySelector(`:scope > [aria-live="${politeness}"]`)
    await expect(live('assertive')).toHaveTextContent(expected(loaded, apiError(5000)).title)
    await expect(live('assertive')).not.toHaveTextContent(expected(loaded, apiError(51004)).title)
    await expect(live('polite')).toHaveTextContent(expected(loaded, apiError(51004)).title)
    await expect(live('polite')).toHaveTextContent(expected(loaded, notice()).title)
    // Failures from the API carry their request ID, one click from the clipboard (once the toast has faded in).
    await waitFor(() => expect(within(error).getByRole('button', { name: uiText(loaded, 'copyRequestId') })).toBeVisible())
  },
}

function Poller({ failures }: { failures: number }): ReactNode {
  // A screen polling a failing API: a new request every 50 ms until `failures` of them have failed.
  const campaigns = useQuery({
    queryKey: ['campaigns', 'poll'],
    queryFn: ({ signal }) => listCampaigns({ signal }),
    refetchInterval: (query) => (query.state.errorUpdateCount < failures ? 50 : false),
    refetchIntervalInBackground: true,
  })
  return <p className="demo__note">Failed polls: {campaigns.errorUpdateCount}</p>
}

function PollingStorm({ failures }: { failures: number }): ReactNode {
  const [polling, setPolling] = useState(false)
  return polling ? (
    <Poller failures={failures} />
  ) : (
    <button type="button" className="sdk-button" onClick={() => setPolling(true)}>
      Start polling
    </button>
  )
}

/** A query polling a failing API fails 20 times within the dedupe window (5 s): one toast, that counts. */
export const DedupeStorm: Story = {
  beforeEach: () => mockApi.failNext({ code: 5000 }, { times: 20, path: 'campaign/list' }),
  render: () => <PollingStorm failures={20} />,
  play: async ({ canvasElement, loaded }) => {
    await userEvent.click(within(canvasElement).getByRole('button'))
    const count = uiText(loaded, 'occurrences', { count: 20 })
    await waitFor(() => expect(region(canvasElement, loaded)).toHaveTextContent(count), { timeout: 5000 })
    await expect(toastsIn(canvasElement)).toHaveLength(1)
    await expect(mockApi.calls.filter((call) => call.outcome === '5000')).toHaveLength(20)
  },
}

const DISTINCT = [5000, 51004, 54013, 50528, 51003, 404, 4005, 54002, 53003, 57003] as const

/** Ten different failures at once: three toasts (the provider's `toastLimit`), the rest counted. */
export const StormOfDistinctFailures: Story = {
  render: () => <ShowToastButton failures={() => DISTINCT.map((code) => apiError(code))}>Ten different failures</ShowToastButton>,
  play: async ({ canvasElement, loaded }) => {
    await userEvent.click(within(canvasElement).getByRole('button'))
    await waitFor(() => expect(toastsIn(canvasElement)).toHaveLength(3))
    await expect(region(canvasElement, loaded)).toHaveTextContent(uiText(loaded, 'moreErrors', { count: DISTINCT.length - 3 }))
  },
}

/** A failed query whose failure can pass (5000): its toast offers “Try again”. */
export const Retryable: Story = {
  beforeEach: () => mockApi.failNext({ code: 5000 }, { path: 'campaign/list' }),
  render: () => <CampaignList throwToBoundary={false} />,
  play: async ({ canvasElement, loaded }) => {
    const toast = await within(region(canvasElement, loaded)).findByRole('listitem')
    await expect(toast).toHaveTextContent(expected(loaded, apiError(5000)).title)
    await waitFor(() => expect(within(toast).getByRole('button', { name: uiText(loaded, 'tryAgain') })).toBeVisible())
  },
}

/** “Try again” on that toast sends the request again: the list arrives and the toast goes. */
export const RetryableTryAgain: Story = {
  name: 'Retryable: Try again loads the list',
  beforeEach: () => mockApi.failNext({ code: 5000 }, { path: 'campaign/list' }),
  render: () => <CampaignList throwToBoundary={false} />,
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement)
    await userEvent.click(await canvas.findByRole('button', { name: uiText(loaded, 'tryAgain') }))
    await expect(await canvas.findByRole('list', { name: 'Campaigns' })).toBeVisible()
    await waitFor(() => expect(toastsIn(canvasElement)).toHaveLength(0))
  },
}

const placement = (name: string, value: NonNullable<Story['args']>['placement']): Story => ({
  name,
  args: { placement: value },
  render: () => <ShowToastButton failures={() => [apiError(51004)]}>Show a toast</ShowToastButton>,
  play: async ({ canvasElement, loaded }) => {
    await userEvent.click(within(canvasElement).getByRole('button'))
    await waitFor(() => expect(toastsIn(canvasElement)).toHaveLength(1))
    await expect(region(canvasElement, loaded)).toHaveAttribute('data-placement', value)
  },
})

/** `placement="top-start"`: the top left corner, or the top right in a right-to-left locale. */
export const TopStart = placement('Placement: top-start', 'top-start')
/** `placement="top-center"`. */
export const TopCenter = placement('Placement: top-center', 'top-center')
/** The default, `bottom-end`. */
export const BottomEnd = placement('Placement: bottom-end', 'bottom-end')

/**
 * The toaster takes the locale's direction: in Arabic (this story’s locale; the others follow the toolbar) it is
 * right-to-left and `bottom-end` is the bottom left corner.
 */
export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  args: { placement: 'bottom-end' },
  render: () => <ShowToastButton failures={() => [apiError(51004), apiError(5000)]}>Show two toasts</ShowToastButton>,
  play: async ({ canvasElement, loaded }) => {
    const { i18n, locale } = kitOf(loaded)
    await userEvent.click(within(canvasElement).getByRole('button'))
    await waitFor(() => expect(toastsIn(canvasElement)).toHaveLength(2))
    await expect(region(canvasElement, loaded)).toHaveAttribute('dir', i18n.dir(locale))
    await expect(document.documentElement).toHaveAttribute('dir', i18n.dir(locale))
    await expect(region(canvasElement, loaded)).toHaveTextContent(expected(loaded, apiError(51004)).title)
  },
}
