import { preloadDefaultFallback } from './defaultFallback.js'
import { loadToastStore } from './lazyToastStore.js'
import { preloadToaster } from './StardustProvider.js'

/**
 * Loads the parts the kit otherwise loads after the first render: the
 * built-in toaster, the toast store and the boundary's default fallback. Await
 * it in a test setup file (with `loadStardustLocale`), and nothing the kit
 * loads updates state after `render()`; or call it when the app is idle. It
 * never rejects: a part that cannot load is tried again when it is needed.
 *
 * @example
 * // vitest.setup.ts
 * beforeAll(() => Promise.all([preloadStardust(), loadStardustLocale(i18n, 'en')]))
 */
export function preloadStardust(): Promise<void> {
  return Promise.all([preloadToaster(), loadToastStore(), preloadDefaultFallback()]).then(
    () => {},
    () => {},
  )
}
