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

function SonnerApp({ loaded, theme }: { loaded: unknown; theme: unknown }) {
  const { i18n, locale } = kitOf(loaded)
  return (
    <OwnProvider loaded={loaded} toastAdapter={sonner}>
      <LoadCampaigns />
      <SonnerToaster theme={theme === 'dark' ? 'dark' : 'light'} dir={i18n.dir(locale)} closeButton />
    </OwnProvider>
  )
}

function HotToastApp({ loaded }: { loaded: unknown }) {
  return (
    <OwnProvider loaded={loaded} toastAdapter={hot}>
      <LoadCampaigns />
      <HotToaster position="bottom-right" />
    </OwnProvider>
  )
}

/** Clicks “Load campaigns”; resolves sonner’s toast for the failed first request once it is on screen. */
async function sonnerToastOf(canvasElement: HTMLElement, loaded: unknown): Promise<HTMLElement> {
  const canvas = within(canvasElement)
  await userEvent.click(canvas.getByRole('button', { name: 'Load campaigns' }))
  const toast = (await canvas.findByText(expected(loaded, apiError(5000)).title)).closest('li')!
  await waitFor(() => expect(toast).toBeVisible())
  return toast
}

/** Clicks “Load campaigns”; resolves react-hot-toast’s toast (an alert) once it shows the kit’s text. */
async function hotToastOf(canvasElement: HTMLElement, loaded: unknown): Promise<HTMLElement> {
  const canvas = within(canvasElement)
  await userEvent.click(canvas.getByRole('button', { name: 'Load campaigns' }))
  const { title, message } = expected(loaded, apiError(5000))
  await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent(`${title} — ${message}`))
  return canvas.getByRole('alert')
}

/** sonner: the kit’s title, its message and hint as the description, and “Try again” as sonner’s action. */
export const Sonner: Story = {
  render: (_args, { loaded, globals }) => <SonnerApp loaded={loaded} theme={globals.theme} />,
  play: async ({ canvasElement, loaded }) => {
    const toast = await sonnerToastOf(canvasElement, loaded)
    await expect(toast).toHaveTextContent(expected(loaded, apiError(5000)).message)
    await expect(within(toast).getByRole('button', { name: uiText(loaded, 'tryAgain') })).toBeVisible()
  },
}

/** sonner’s action button is the kit’s “Try again”: the request runs again and the list arrives. */
export const SonnerTryAgain: Story = {
  name: 'sonner: Try again loads the list',
  render: (_args, { loaded, globals }) => <SonnerApp loaded={loaded} theme={globals.theme} />,
  play: async ({ canvasElement, loaded }) => {
    const toast = await sonnerToastOf(canvasElement, loaded)
    await userEvent.click(within(toast).getByRole('button', { name: uiText(loaded, 'tryAgain') }))
    await expect(await within(canvasElement).findByRole('list', { name: 'Campaigns' })).toBeVisible()
  },
}

/** react-hot-toast: “title — message hint” as text, announced at once for an error, and “Try again” after it. */
export const ReactHotToast: Story = {
  render: (_args, { loaded }) => <HotToastApp loaded={loaded} />,
  play: async ({ canvasElement, loaded }) => {
    const toast = await hotToastOf(canvasElement, loaded)
    // Not toBeVisible: react-hot-toast keeps a toast transparent until it has measured it, which jsdom never does.
    await expect(within(toast).getByRole('button', { name: uiText(loaded, 'tryAgain') })).toBeInTheDocument()
  },
}

/** The button the adapter renders after the text is the kit’s “Try again”: the list arrives. */
export const ReactHotToastTryAgain: Story = {
  name: 'react-hot-toast: Try again loads the list',
  render: (_args, { loaded }) => <HotToastApp loaded={loaded} />,
  play: async ({ canvasElement, loaded }) => {
    const toast = await hotToastOf(canvasElement, loaded)
    await userEvent.click(within(toast).getByRole('button', { name: uiText(loaded, 'tryAgain') }))
    await expect(await within(canvasElement).findByRole('list', { name: 'Campaigns' })).toBeVisible()
  },
}
