// The README's "Testing your app with the kit": load the catalog before rendering, or the provider's own load
// updates state after the test's render has returned (React's act() warning, and after teardown worse).
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
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
})
