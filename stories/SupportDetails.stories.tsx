import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { CopySupportDetails, StardustError } from '../src/index.js'
import { clipboardSpy, mockClipboard } from './components/clipboard.js'
import { holdTimers } from './components/holdTimers.js'
import { uiText } from './components/kit.js'
import { serverText } from './mocks/index.js'

// Credentials an error may carry (the request's signing headers): support details must never include them.
const SIGNATURE = '9f86d081884c7d659a2feaa0c55ad015'
const ACCESS_KEY = 'AK-7f3c2e91b0d44a6f'

const error = new StardustError({
  kind: 'api',
  code: 51004,
  status: 200,
  serverMessage: serverText(51004),
  requestId: '2f6b0e3c9d6a4b8e9f1a2b3c4d5e6f70',
  date: '2025-03-20 14:04:05',
  data: { headers: { 'X-SIGN': SIGNATURE, 'X-STARDUST-KEY': ACCESS_KEY } },
})

const meta = {
  title: 'Components/Copy support details',
  component: CopySupportDetails,
  parameters: {
    docs: {
      description: {
        component:
          'Copies what support needs about an error, as plain text with English labels: code, request ID, server date and ' +
          'message, kind, page, locale, kit version and time, and never a credential. Where the Clipboard API is missing or ' +
          'refused, the text appears selected in a read-only box for a manual copy. Each story replaces `navigator.clipboard` ' +
          'in its `beforeEach`.',
      },
    },
  },
  args: { error },
  argTypes: { error: { control: false } },
} satisfies Meta<typeof CopySupportDetails>

export default meta
type Story = StoryObj<typeof meta>

async function copy(canvasElement: HTMLElement, loaded: unknown) {
  await userEvent.click(within(canvasElement).getByRole('button', { name: uiText(loaded, 'copySupportDetails') }))
}

/**
 * The details reach the clipboard: the code and request ID, and none of the credentials the error carried. The
 * confirmation clears after 2 s; this story holds that timer, so it rests showing it.
 */
export const Copied: Story = {
  beforeEach: () => {
    const restoreClipboard = mockClipboard('working')
    const release = holdTimers(2_000)
    return () => {
      release()
      restoreClipboard()
    }
  },
  play: async ({ canvasElement, loaded }) => {
    await copy(canvasElement, loaded)
    await waitFor(() => expect(within(canvasElement).getByRole('status')).toHaveTextContent(uiText(loaded, 'supportDetailsCopied')))
    const text = clipboardSpy()!.mock.calls[0]![0]
    await expect(text).toContain('Code: 51004')
    await expect(text).toContain(`Request ID: ${error.requestId}`)
    await expect(text).not.toContain(SIGNATURE)
    await expect(text).not.toContain(ACCESS_KEY)
  },
}

async function expectManualCopy(canvasElement: HTMLElement, loaded: unknown) {
  const canvas = within(canvasElement)
  const box = (await canvas.findByRole('textbox', { name: uiText(loaded, 'copySupportDetails') })) as HTMLTextAreaElement
  await expect(box).toHaveAttribute('readonly')
  await expect(box.value).toContain(`Request ID: ${error.requestId}`)
  await waitFor(() => expect(box).toHaveFocus())
  await expect([box.selectionStart, box.selectionEnd]).toEqual([0, box.value.length])
  await expect(canvas.getByRole('status')).toHaveTextContent(uiText(loaded, 'supportDetailsCopyFailed'))
}

/** The browser refuses: the details appear selected in a read-only box, ready for Ctrl+C. */
export const ClipboardDenied: Story = {
  beforeEach: () => mockClipboard('denied'),
  play: async ({ canvasElement, loaded }) => {
    await copy(canvasElement, loaded)
    await expect(clipboardSpy()).toHaveBeenCalledOnce()
    await expectManualCopy(canvasElement, loaded)
  },
}

/** No Clipboard API: the same manual copy. */
export const ClipboardMissing: Story = {
  beforeEach: () => mockClipboard('missing'),
  play: async ({ canvasElement, loaded }) => {
    await copy(canvasElement, loaded)
    await expectManualCopy(canvasElement, loaded)
  },
}
