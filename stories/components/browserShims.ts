// What the toast libraries call unguarded and jsdom lacks (the portable-story tests run there):
// react-hot-toast calls matchMedia for prefers-reduced-motion, sonner calls setPointerCapture on pointerdown.
// In a real browser nothing is installed.

/** Installs inert stand-ins where the environment has none; returns the cleanup that removes them. */
export function ensureBrowserApis(): () => void {
  if (typeof window === 'undefined') return () => {}
  const cleanups: Array<() => void> = []
  if (typeof window.matchMedia !== 'function') {
    window.matchMedia = (query: string): MediaQueryList =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addEventListener: () => {},
        removeEventListener: () => {},
        addListener: () => {},
        removeListener: () => {},
        dispatchEvent: () => false,
      }) as MediaQueryList
    cleanups.push(() => delete (window as { matchMedia?: unknown }).matchMedia)
  }
  const element = Element.prototype as Partial<Element>
  if (typeof element.setPointerCapture !== 'function') {
    element.setPointerCapture = () => {}
    element.releasePointerCapture = () => {}
    element.hasPointerCapture = () => false
    cleanups.push(() => {
      delete element.setPointerCapture
      delete element.releasePointerCapture
      delete element.hasPointerCapture
    })
  }
  return () => cleanups.forEach((cleanup) => cleanup())
}
