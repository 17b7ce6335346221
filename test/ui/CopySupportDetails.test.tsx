import { act, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { envelopeError } from '../../src/core/toStardustError.js'
import { availableLocales } from '../../src/i18n.js'
import { CopySupportDetails } from '../../src/ui/CopySupportDetails.js'
import { ACCESS_KEY_SECRET, BEARER_TOKEN, SIGN, expectNoSecrets } from '../core/secrets.js'
import { restoreClipboard, setClipboard } from './clipboard.js'
import { failureEnvelope, renderWithKit } from './kit.js'

afterEach(() => {
  restoreClipboard()
  window.history.replaceState(null, '', '/')
})

const announced = (text: string) => waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(text))

/** A 51008 whose data and cause carry credentials, as a careless proxy might echo them. */
function plantedError() {
  const envelope = failureEnvelope(51008, `campaign not found (X-SIGN: ${SIGN})`, {
    data: { 'X-SIGN': SIGN, secretKey: ACCESS_KEY_SECRET },
  })
  return { envelope, error: envelopeError(envelope, { cause: new Error(`Authorization: Bearer ${BEARER_TOKEN}`) }) }
}

async function setup(error: unknown, locale = 'en') {
  const user = userEvent.setup()
  const onCopy = vi.fn()
  await renderWithKit(<CopySupportDetails error={error} onCopy={onCopy} />, { locale, provider: { toaster: false } })
  await act(async () => {}) // the provider's catalog-loaded update
  return { user, onCopy }
}

describe('CopySupportDetails', () => {
  it('copies code, request ID, date, page path, locale and kit version, and announces it', async () => {
    window.history.replaceState(null, '', `/campaigns/7?token=${BEARER_TOKEN}#sign=${SIGN}`)
    const { envelope, error } = plantedError()
    const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined)
    const { user, onCopy } = await setup(error)
    setClipboard({ writeText })

    await user.click(screen.getByRole('button', { name: 'Copy support details' }))

    await announced('Support details copied')
    const copied = writeText.mock.calls[0]![0]
    expect(copied).toContain('Code: 51008')
    expect(copied).toContain(`Request ID: ${envelope.requestId}`)
    expect(copied).toContain('Date: 2025-03-20 14:04:05')
    expect(copied).toContain('Message: campaign not found (X-SIGN: [redacted]')
    expect(copied).toContain('Page: /campaigns/7\n')
    expect(copied).toContain('Locale: en')
    expect(copied).toMatch(/^Kit: stardust-error-kit \d+\.\d+\.\d+/m)
    expectNoSecrets(copied)
    expect(copied).not.toContain('token=')
    expect(onCopy).toHaveBeenCalledWith(copied)
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument()
  })

  it('reads whatever was thrown: a bare failure envelope', async () => {
    const envelope = failureEnvelope(51008, 'campaign not found')
    const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined)
    const { user } = await setup(envelope)
    setClipboard({ writeText })

    await user.click(screen.getByRole('button', { name: 'Copy support details' }))

    await announced('Support details copied')
    expect(writeText.mock.calls[0]![0]).toContain(`Request ID: ${envelope.requestId}`)
  })

  it.each([
    ['refuses', () => ({ writeText: vi.fn().mockRejectedValue(new DOMException('denied', 'NotAllowedError')) })],
    ['is missing', () => undefined],
  ])('shows the details selected in a read-only box when the clipboard %s', async (_, clipboard) => {
    const { envelope, error } = plantedError()
    const { user, onCopy } = await setup(error)
    setClipboard(clipboard())

    await user.click(screen.getByRole('button', { name: 'Copy support details' }))

    const box = await screen.findByRole<HTMLTextAreaElement>('textbox', { name: 'Copy support details' })
    expect(box).toHaveAttribute('readonly')
    expect(box.value).toContain(`Request ID: ${envelope.requestId}`)
    expectNoSecrets(box.value)
    expect(box).toHaveFocus()
    expect([box.selectionStart, box.selectionEnd]).toEqual([0, box.value.length])
    await announced("Couldn't copy automatically")
    expect(onCopy).not.toHaveBeenCalled()
  })

  it.skipIf(!availableLocales().includes('de'))('speaks German but writes the details in English for support', async () => {
    const { error } = plantedError()
    const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined)
    const { user } = await setup(error, 'de')
    setClipboard({ writeText })

    await user.click(screen.getByRole('button', { name: /kopieren/i }))

    const copied = writeText.mock.calls[0]![0]
    expect(copied).toContain('Locale: de')
    expect(copied).toContain('Code: 51008')
    await waitFor(() => expect(screen.getByRole('status')).not.toBeEmptyDOMElement())
    expect(screen.getByRole('status')).not.toHaveTextContent('Support details copied')
  })
})
