// The Clipboard API as a test wants it: working, refusing, or missing. user-event puts its own stub on
// `navigator.clipboard` in `userEvent.setup()`, so call `setClipboard` after `setup()`.

let saved: PropertyDescriptor | undefined

/** Replaces `navigator.clipboard` (with `undefined`: an insecure origin, an old browser) until `restoreClipboard()`. */
export function setClipboard(clipboard: Pick<Clipboard, 'writeText'> | undefined): void {
  saved ??= Object.getOwnPropertyDescriptor(navigator, 'clipboard')
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true, writable: true })
}

/** Puts back what `setClipboard` replaced. For `afterEach`. */
export function restoreClipboard(): void {
  if (saved) Object.defineProperty(navigator, 'clipboard', saved)
  else delete (navigator as { clipboard?: unknown }).clipboard
  saved = undefined
}
