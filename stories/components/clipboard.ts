// The Clipboard API as a story needs it, in the browser and in jsdom alike: working, refusing, or missing.
import { fn, type Mock } from 'storybook/test'

/** `working`: writeText resolves. `denied`: it rejects as a browser does without permission. `missing`: no Clipboard API (an insecure origin). */
export type ClipboardMode = 'working' | 'denied' | 'missing'

/**
 * Replaces `navigator.clipboard` for one story; returns the cleanup that puts the real one back, so a
 * story's `beforeEach` can return it. Read the spy back with {@link clipboardSpy}.
 */
export function mockClipboard(mode: ClipboardMode): () => void {
  const saved = Object.getOwnPropertyDescriptor(navigator, 'clipboard')
  const writeText = fn(async (_text: string): Promise<void> => {
    if (mode === 'denied') throw new DOMException('Write permission denied.', 'NotAllowedError')
  }).mockName('navigator.clipboard.writeText')
  const value = mode === 'missing' ? undefined : { writeText }
  Object.defineProperty(navigator, 'clipboard', { value, configurable: true, writable: true })
  return () => {
    if (saved) Object.defineProperty(navigator, 'clipboard', saved)
    else delete (navigator as { clipboard?: unknown }).clipboard
  }
}

/** The mocked `writeText` of the current story (undefined when the story removed the Clipboard API). */
export function clipboardSpy(): Mock<(text: string) => Promise<void>> | undefined {
  return (navigator.clipboard as unknown as { writeText?: Mock<(text: string) => Promise<void>> } | undefined)?.writeText
}
