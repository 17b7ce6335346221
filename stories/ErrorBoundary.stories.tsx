import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { ErrorFallback, StardustError, StardustErrorBoundary } from '../src/index.js'
import { CompactFallback } from './components/CompactFallback.js'
import { apiError, expected, uiText } from './components/kit.js'
import { mockApi, type MockFailure } from './mocks/index.js'
import { CampaignList } from './playground/CampaignList.js'
import './components/demo.css'

const meta = {
  title: 'Components/Error boundary',
  component: StardustErrorBoundary,
  subcomponents: { ErrorFallback },
  parameters: {
    docs: {
      // In its own frame: toasts are fixed to the viewport, and each story's mocked API stays its own.
      story: { inline: false, height: '360px' },
      description: {
        component:
          'react-error-boundary’s props (`fallback`, `fallbackRender`, `FallbackComponent`, `onError`, `onReset`, `resetKeys`) inside ' +
          'TanStack Query’s `QueryErrorResetBoundary`: resetting also resets the failed queries, so “Try again” fetches again. ' +
          'Without a fallback prop it shows `<ErrorFallback>`: the localized title, message and hint, “Try again”, copy buttons ' +
          'and the details, and it takes the focus. Here the campaign list uses the kit’s `throwOnError`: a first load that fails ' +
          'has nothing to show, so it throws here (and is not toasted as well).',
      },
    },
  },
} satisfies Meta<typeof StardustErrorBoundary>

export default meta
type Story = StoryObj<typeof meta>

/** The list's first request fails once this way, then the mocked API answers normally. */
const failFirstLoad = (failure: MockFailure) => () => mockApi.failNext(failure, { path: 'campaign/list' })

/** After "Try again" (or the app's retry button) the list must arrive, from a second request, with no toast. */
async function retryLoadsTheList(canvasElement: HTMLElement, retryName: string) {
  const canvas = within(canvasElement)
  await userEvent.click(within(await canvas.findByRole('alert')).getByRole('button', { name: retryName }))
  await expect(await canvas.findByRole('list', { name: 'Campaigns' })).toBeVisible()
  await expect(mockApi.calls.map((call) => call.outcome)).toEqual([expect.not.stringMatching(/^ok$/), 'ok'])
  await expect(canvasElement.querySelector('.sdk-toast')).toBeNull()
}

/** The campaign list fails with 51008 and there is nothing to show: the default fallback, with the focus. */
export const DefaultFallback: Story = {
  beforeEach: failFirstLoad({ code: 51008 }),
  args: { children: <CampaignList /> },
  play: async ({ canvasElement, loaded }) => {
    const alert = await within(canvasElement).findByRole('alert')
    const want = expected(loaded, apiError(51008))
    await expect(within(alert).getByRole('heading')).toHaveTextContent(want.title)
    await expect(alert).toHaveTextContent(want.message)
    // The fallback takes the focus, so keyboard and screen reader users land on it.
    await waitFor(() => expect(alert).toHaveFocus())
    await expect(within(alert).getByRole('button', { name: uiText(loaded, 'tryAgain') })).toBeVisible()
    await expect(within(alert).getByRole('button', { name: uiText(loaded, 'copySupportDetails') })).toBeVisible()
  },
}

/** The default fallback’s “Try again”: the failed query runs again and the list arrives, with no toast. */
export const DefaultFallbackTryAgain: Story = {
  name: 'Default fallback: Try again loads the list',
  beforeEach: failFirstLoad({ code: 51008 }),
  args: { children: <CampaignList /> },
  play: async ({ canvasElement, loaded }) => {
    await retryLoadsTheList(canvasElement, uiText(loaded, 'tryAgain'))
  },
}

/** `fallbackRender`: the app’s own fallback, given props of the app’s choosing (here, its retry label). A proxy’s 502 page. */
export const CustomFallbackRender: Story = {
  beforeEach: failFirstLoad({ fault: 'html502' }),
  args: {
    children: <CampaignList />,
    fallbackRender: (props) => <CompactFallback {...props} retryLabel="Reload campaigns" />,
  },
  play: async ({ canvasElement, loaded }) => {
    const alert = await within(canvasElement).findByRole('alert')
    const want = expected(loaded, new StardustError({ kind: 'http', status: 502 }))
    await expect(alert).toHaveTextContent(want.title)
    await expect(within(alert).getByRole('button', { name: 'Reload campaigns' })).toBeVisible()
  },
}

/** `FallbackComponent`: the same component, rendered with the boundary’s props only. The network is down. */
export const CustomFallbackComponent: Story = {
  beforeEach: failFirstLoad({ fault: 'offline' }),
  args: { children: <CampaignList />, FallbackComponent: CompactFallback },
  play: async ({ canvasElement, loaded }) => {
    const alert = await within(canvasElement).findByRole('alert')
    await expect(alert).toHaveTextContent(expected(loaded, new StardustError({ kind: 'network' })).title)
    await expect(within(alert).getByRole('button', { name: 'Reload' })).toBeVisible()
  },
}

/** The app’s own fallback resets the boundary the same way: “Reload” loads the list. */
export const CustomFallbackReload: Story = {
  name: 'Custom fallback: Reload loads the list',
  beforeEach: failFirstLoad({ fault: 'offline' }),
  args: { children: <CampaignList />, FallbackComponent: CompactFallback },
  play: async ({ canvasElement }) => {
    await retryLoadsTheList(canvasElement, 'Reload')
  },
}
