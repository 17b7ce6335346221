// The README's "Testing your app with the kit": load the catalog and the kit's parts before rendering, or the
// provider's own loads update state after the test's render has returned (React's act() warning, and after
// teardown worse). The first tests run with the parts loaded by this suite's setup file, as the README's
// `preloadStardust()` in a setup file has them; the last ones import the kit afresh, with nothing loaded.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createStardustI18n, loadStardustLocale } from '../../src/i18n.js'
import { StardustProvider } from '../../src/index.js'

function app(i18n: ReturnType<typeof createStardustI18n>) {
  return (
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <StardustProvider i18n={i18n}>
        <p>Campaigns</p>
      </StardustProvider>
    </QueryClientProvider>
  )
}

const actWarnings = (spy: { mock: { calls: unknown[][] } }) =>
  spy.mock.calls.filter((call) => call.some((arg) => /not wrapped in act/.test(String(arg))))

describe('testing an app with the kit', () => {
  afterEach(() => vi.restoreAllMocks())

  it("without the catalog loaded first, the provider's own load updates state outside act()", async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const i18n = createStardustI18n('de')
    render(app(i18n))
    // The provider's load is the one in flight: wait for it as the test runner would not.
    await loadStardustLocale(i18n, 'de')
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(actWarnings(error).length).toBeGreaterThan(0)
  })

  it('with `await loadStardustLocale(i18n, lng)` before render, nothing updates after render and the text is localized at once', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const i18n = createStardustI18n('de')
    await loadStardustLocale(i18n, 'de')
    render(app(i18n))
    // The first render already speaks German: no waiting, nothing left to load.
    expect(screen.getByRole('region', { name: 'Benachrichtigungen' })).toBeInTheDocument()
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(actWarnings(error)).toEqual([])
  })

  describe("with nothing of the kit loaded yet (a fresh import, as in an app's first test)", () => {
    beforeEach(() => vi.resetModules())

    async function freshApp() {
      const i18nEntry = await import('../../src/i18n.js')
      const entry = await import('../../src/index.js')
      const i18n = i18nEntry.createStardustI18n('en')
      await i18nEntry.loadStardustLocale(i18n, 'en')
      const ui = (
        <QueryClientProvider client={new QueryClient()}>
          <entry.StardustProvider i18n={i18n}>
            <p>Campaigns</p>
          </entry.StardustProvider>
        </QueryClientProvider>
      )
      return { ui, preloadStardust: entry.preloadStardust }
    }

    it('the built-in toaster arrives after render without `preloadStardust()`', async () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {})
      const { ui } = await freshApp()
      render(ui)
      expect(screen.queryByRole('region', { name: 'Notifications' })).toBeNull()
      await new Promise((resolve) => setTimeout(resolve, 200))
      expect(actWarnings(error).length).toBeGreaterThan(0)
    })

    it('with `await preloadStardust()` before render, the toaster is there at once and nothing updates after render', async () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {})
      const { ui, preloadStardust } = await freshApp()
      await preloadStardust()
      render(ui)
      expect(screen.getByRole('region', { name: 'Notifications' })).toBeInTheDocument()
      await new Promise((resolve) => setTimeout(resolve, 200))
      expect(actWarnings(error)).toEqual([])
    })
  })
})
