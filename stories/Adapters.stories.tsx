import type { Meta, StoryObj } from '@storybook/react-vite'
import hotToast, { Toaster as HotToaster } from 'react-hot-toast'
import { Toaster as SonnerToaster, toast as sonnerToast } from 'sonner'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { hotToastAdapter, sonnerAdapter } from '../src/index.js'
import { apiError, expected, kitOf, uiText } from './components/kit.js'
import { LoadCampaigns } from './components/LoadCampaigns.js'
import { ensureBrowserApis } from './components/browserShims.js'
import { OwnProvider } from './components/OwnProvider.js'
import { mockApi } from './mocks/index.js'

// Created once: the provider forwards to an adapter for as long as it keeps the same one.
const sonner = sonnerAdapter(sonnerToast)
const hot = hotToastAdapter(hotToast)

const meta = {
  title: 'Components/Toast adapters',
  parameters: {
    // These stories render their own <StardustProvider toastAdapter={…}>, with the toolbar's i18next instance.
    stardust: { provider: false },
    docs: {
      // In its own frame: toasts are fixed to the viewport, and each story's mocked API stays its own.
      story: { inline: false, height: '320px' },
      description: {
        component:
          'Already on sonner or react-hot-toast? `toastAdapter={sonnerAdapter(toast)}` or `toastAdapter={hotToastAdapter(toast)}` ' +
          'routes the kit’s toasts there, localized, while dedupe and limits stay the kit’s. sonner shows “Try again” as its ' +
          'action button; react-hot-toast has no action API, so the adapter renders the button after the text. Neither library is ' +
          'a dependency of the kit. ' +
          'Here the first request for the campaign list fails with 5000.',
      },
    },
  },
  beforeEach: () => {
    mockApi.failNext({ code: 5000 }, { path: 'campaign/list' })
    const restoreBrowserApis = ensureBrowserApis()
    return () => {
      // Both libraries keep their toasts in module state: leave none behind for the next story.
      sonnerToast.dismiss()
      hotToast.remove()
      restoreBrowserApis()
    }
  },
} satisfies Meta

export default meta
type Story = StoryObj<typeof meta>

/** sonner: the kit’s title, its message and hint as the description, and “Try again” as sonner’s action. */
export const Sonner: Story = {
  render: (_args, { loaded, globals }) => {
    const { i18n, locale } = kitOf(loaded)
    return (
      <OwnProvider loaded={loaded} toastAdapter={sonner}>
        <LoadCampaigns />
        <SonnerToaster theme={globals.theme === 'dark' ? 'dark' : 'light'} dir={i18n.dir(locale)} closeButton />
      </OwnProvider>
    )
  },
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Load campaigns' }))
    const title = expected(loaded, apiError(5000)).title
    const toast = (await canvas.findByText(title)).closest('li')!
    await userEvent.click(within(toast).getByRole('button', { name: uiText(loaded, 'tryAgain') }))
    await expect(await canvas.findByRole('list', { name: 'Campaigns' })).toBeVisible()
  },
}

/** react-hot-toast: “title — message hint” as text, announced at once for an error, and “Try again” after it. */
export const ReactHotToast: Story = {
  render: (_args, { loaded }) => (
    <OwnProvider loaded={loaded} toastAdapter={hot}>
      <LoadCampaigns />
      <HotToaster position="bottom-right" />
    </OwnProvider>
  ),
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Load campaigns' }))
    const { title, message } = expected(loaded, apiError(5000))
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent(`${title} — ${message}`))
    await userEvent.click(within(canvas.getByRole('alert')).getByRole('button', { name: uiText(loaded, 'tryAgain') }))
    await expect(await canvas.findByRole('list', { name: 'Campaigns' })).toBeVisible()
  },
}
