import { act, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { toStardustError } from '../../src/core.js'
import { CopyRequestId } from '../../src/ui/CopyRequestId.js'
import { restoreClipboard, setClipboard } from './clipboard.js'
import { renderWithKit, requestId } from './kit.js'

const en = { copied: 'Copied', copyFailed: "Couldn't copy automatically. The ID is selected: press Ctrl+C to copy it." }

afterEach(() => {
  restoreClipboard()
  window.getSelection()?.removeAllRanges()
})

// The clipboard answers asynchronously: the announcement follows a moment after the click.
const announced = (text: string) => waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(text))

async function setup(id: string | null | undefined, onCopy = vi.fn()) {
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
  const view = await renderWithKit(<CopyRequestId requestId={id} onCopy={onCopy} />, { provider: { toaster: false } })
  await act(async () => {}) // the provider's catalog-loaded update
  return { user, view, onCopy }
}

describe('CopyRequestId', () => {
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('shows the label and the ID, and an empty live region before any copy', async () => {
    const id = requestId()
    await setup(id)
    expect(screen.getByText('Request ID')).toBeInTheDocument()
    expect(screen.getByText(id).tagName).toBe('CODE')
    expect(screen.getByRole('status')).toBeEmptyDOMElement()
    expect(screen.getByRole('button', { name: 'Copy request ID' })).toBeInTheDocument()
  })

  it('copies exactly the request ID and announces "Copied", then clears the announcement', async () => {
    const id = requestId()
    const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined)
    const { user, onCopy } = await setup(id)
    setClipboard({ writeText })

    await user.click(screen.getByRole('button', { name: 'Copy request ID' }))

    expect(writeText).toHaveBeenCalledExactlyOnceWith(id)
    await announced(en.copied)
    expect(onCopy).toHaveBeenCalledWith(id)
    await act(() => vi.advanceTimersByTimeAsync(2_100))
    expect(screen.getByRole('status')).toBeEmptyDOMElement()
  })

  it('selects the ID and says so when the clipboard refuses', async () => {
    const id = requestId()
    const writeText = vi.fn().mockRejectedValue(new DOMException('Write permission denied.', 'NotAllowedError'))
    const { user, onCopy } = await setup(id)
    setClipboard({ writeText })

    await user.click(screen.getByRole('button', { name: 'Copy request ID' }))

    expect(writeText).toHaveBeenCalledWith(id)
    await announced(en.copyFailed)
    expect(window.getSelection()?.toString()).toBe(id)
    expect(onCopy).not.toHaveBeenCalled()
    // The instructions stay until the user has had time to follow them.
    await act(() => vi.advanceTimersByTimeAsync(5_000))
    expect(screen.getByRole('status')).toHaveTextContent(en.copyFailed)
  })

  it('selects the ID and says so where there is no Clipboard API at all', async () => {
    const id = requestId()
    const { user, onCopy } = await setup(id)
    setClipboard(undefined)

    await user.click(screen.getByRole('button', { name: 'Copy request ID' }))

    await announced(en.copyFailed)
    expect(window.getSelection()?.toString()).toBe(id)
    expect(onCopy).not.toHaveBeenCalled()
  })

  it('a copy that works after one that failed announces "Copied"', async () => {
    const id = requestId()
    const writeText = vi.fn().mockRejectedValueOnce(new Error('denied')).mockResolvedValueOnce(undefined)
    const { user } = await setup(id)
    setClipboard({ writeText })
    const button = screen.getByRole('button', { name: 'Copy request ID' })

    await user.click(button)
    await announced(en.copyFailed)
    await user.click(button)
    await announced(en.copied)
  })

  it.each([null, undefined, ''])('renders nothing for a request ID of %j', async (id) => {
    const { view } = await setup(id)
    expect(view.container).toBeEmptyDOMElement()
  })
})

describe('CopyRequestId with the error itself', () => {
  it('takes a mutation’s error (Error | null) or anything caught, and reads its request ID', async () => {
    const failed: Error | null = toStardustError({
      code: 5000,
      data: null,
      date: '',
      message: 'x',
      requestId: 'c'.repeat(32),
      success: false,
    })
    const { rerender } = await renderWithKit(<CopyRequestId error={failed} />)
    expect(screen.getByText('c'.repeat(32))).toBeInTheDocument()
    const none: unknown = null
    rerender(<CopyRequestId error={none} />)
    expect(screen.queryByRole('button')).toBeNull()
  })
})
