import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { CopyRequestId } from '../src/index.js'
import { clipboardSpy, mockClipboard } from './components/clipboard.js'
import { holdTimers } from './components/holdTimers.js'
import { uiText } from './components/kit.js'

const meta = {
  title: 'Components/Copy request ID',
  component: CopyRequestId,
  parameters: {
    docs: {
      description: {
        component:
          'The request ID support asks for, with a button that copies it. Where the Clipboard API is missing (an insecure origin) ' +
          'or refuses (permission denied), the ID is selected so Ctrl+C copies it, and the user is told so. Both outcomes are ' +
          'announced in a polite live region. Each story replaces `navigator.clipboard` in its `beforeEach`, so it behaves the ' +
          'same headless and in any browser.',
      },
    },
  },
  args: { requestId: '2f6b0e3c9d6a4b8e9f1a2b3c4d5e6f70' },
} satisfies Meta<typeof CopyRequestId>

export default meta
type Story = StoryObj<typeof meta>

/** How long the kit announces “Copied” (useCopy’s confirmation). */
const CONFIRMATION_MS = 2_000

async function copy(canvasElement: HTMLElement, loaded: unknown) {
  await userEvent.click(within(canvasElement).getByRole('button', { name: uiText(loaded, 'copyRequestId') }))
}

/**
 * The clipboard takes the ID and “Copied” is announced. The kit clears it after 2 s; this story holds that timer,
 * so it rests showing “Copied” (the next story shows it clearing).
 */
export const Copied: Story = {
  beforeEach: () => {
    const restoreClipboard = mockClipboard('working')
    const release = holdTimers(CONFIRMATION_MS)
    return () => {
      release()
      restoreClipboard()
    }
  },
  play: async ({ args, canvasElement, loaded }) => {
    await copy(canvasElement, loaded)
    await expect(clipboardSpy()).toHaveBeenCalledWith(args.requestId)
    await waitFor(() => expect(within(canvasElement).getByRole('status')).toHaveTextContent(uiText(loaded, 'copied')))
  },
}

/** “Copied” clears by itself after 2 s; the ID stays on the clipboard. */
export const CopiedThenCleared: Story = {
  name: 'Copied, then cleared',
  beforeEach: () => mockClipboard('working'),
  play: async ({ args, canvasElement, loaded }) => {
    await copy(canvasElement, loaded)
    const status = within(canvasElement).getByRole('status')
    await waitFor(() => expect(status).toHaveTextContent(uiText(loaded, 'copied')))
    await waitFor(() => expect(status).toBeEmptyDOMElement(), { timeout: CONFIRMATION_MS * 3 })
    await expect(clipboardSpy()).toHaveBeenCalledOnce()
    await expect(clipboardSpy()).toHaveBeenCalledWith(args.requestId)
  },
}

/** The browser refuses (`writeText` rejects): the ID is selected for Ctrl+C, and the status says so. */
export const ClipboardDenied: Story = {
  beforeEach: () => mockClipboard('denied'),
  play: async ({ args, canvasElement, loaded }) => {
    await copy(canvasElement, loaded)
    await expect(clipboardSpy()).toHaveBeenCalledWith(args.requestId)
    await waitFor(() => expect(within(canvasElement).getByRole('status')).toHaveTextContent(uiText(loaded, 'copyFailed')))
    await expect(window.getSelection()?.toString()).toBe(args.requestId)
  },
}

/** No Clipboard API at all (an insecure origin, an old browser): the same fallback. */
export const ClipboardMissing: Story = {
  beforeEach: () => mockClipboard('missing'),
  play: async ({ args, canvasElement, loaded }) => {
    await copy(canvasElement, loaded)
    await waitFor(() => expect(within(canvasElement).getByRole('status')).toHaveTextContent(uiText(loaded, 'copyFailed')))
    await expect(window.getSelection()?.toString()).toBe(args.requestId)
  },
}

/** No request ID (the oldest error envelopes have `""`): nothing renders. */
export const NoRequestId: Story = {
  args: { requestId: null },
  play: async ({ canvasElement, loaded }) => {
    await expect(within(canvasElement).queryByRole('button', { name: uiText(loaded, 'copyRequestId') })).toBeNull()
  },
}
