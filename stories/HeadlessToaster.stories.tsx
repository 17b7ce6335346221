import type { ReactNode } from 'react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { ToastAnnouncer, useToasts } from '../src/index.js'
import { apiError, expected } from './components/kit.js'
import { OwnProvider } from './components/OwnProvider.js'
import { ShowToastButton } from './components/ShowToastButton.js'
import './components/demo.css'

/** A toaster of the app's own: its own markup on `useToasts()`, announced by `<ToastAnnouncer>`. */
function AppToaster(): ReactNode {
  const { toasts, overflow, dismiss } = useToasts()
  return (
    <aside aria-label="Problems" className="demo">
      <ToastAnnouncer toasts={toasts} />
      <ul>
        {toasts.map((toast) => (
          <li key={toast.id} data-severity={toast.severity}>
            <strong>{toast.title}</strong> {toast.message}{' '}
            <button type="button" className="sdk-button" onClick={() => dismiss(toast.id)}>
              Close
            </button>
          </li>
        ))}
      </ul>
      {overflow > 0 && <p>+{overflow}</p>}
    </aside>
  )
}

const meta = {
  title: 'Components/Toaster (headless)',
  parameters: {
    stardust: { provider: false },
    docs: {
      description: {
        component:
          'A toaster of your own: `useToasts()` gives the visible toasts with their localized text, and ' +
          '`<ToastAnnouncer toasts={toasts} />` gives it the built-in toaster’s live regions, so screen readers hear ' +
          'each new toast once (errors at once, warnings and notices in turn). Dedupe, limits and timers stay the kit’s.',
      },
    },
  },
  render: (_args, { loaded }) => (
    <OwnProvider loaded={loaded} toaster={false}>
      <div className="demo demo__actions">
        <ShowToastButton failures={() => [apiError(5000)]}>Server error (5000)</ShowToastButton>
        <ShowToastButton failures={() => [apiError(51004)]}>Duplicate name (51004)</ShowToastButton>
      </div>
      <AppToaster />
    </OwnProvider>
  ),
} satisfies Meta

export default meta
type Story = StoryObj<typeof meta>

/** Both severities: each shows in the app's list and is announced through the matching live region. */
export const Headless: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement)
    const toaster = canvas.getByRole('complementary', { name: 'Problems' })
    const live = (politeness: string) => toaster.querySelector(`[aria-live="${politeness}"]`)
    await expect(live('assertive')).toBeEmptyDOMElement()
    await expect(live('polite')).toBeEmptyDOMElement()

    for (const button of canvas.getAllByRole('button')) await userEvent.click(button)
    const error = expected(loaded, apiError(5000)).title
    const warning = expected(loaded, apiError(51004)).title
    await waitFor(() => expect(within(toaster).getAllByRole('listitem')).toHaveLength(2))
    await expect(live('assertive')).toHaveTextContent(error)
    await expect(live('polite')).toHaveTextContent(warning)

    await userEvent.click(within(within(toaster).getAllByRole('listitem')[0]!).getByRole('button', { name: 'Close' }))
    await waitFor(() => expect(within(toaster).getAllByRole('listitem')).toHaveLength(1))
  },
}
