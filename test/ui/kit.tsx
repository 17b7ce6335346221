// Shared test helpers: render inside the real provider stack, and build real Stardust responses.
import type { ReactElement } from 'react'
import { render } from '@testing-library/react'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { createStardustI18n, loadStardustLocale } from '../../src/i18n.js'
import { StardustProvider, type StardustProviderProps } from '../../src/ui/StardustProvider.js'

export interface KitOptions {
  locale?: string
  queryClient?: QueryClient
  provider?: Partial<StardustProviderProps>
}

/** A QueryClient like an app's: no retries, so failures surface at once in tests. */
export function testQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } })
}

/** Renders `ui` inside QueryClientProvider + StardustProvider with the locale's catalog already loaded. */
export async function renderWithKit(ui: ReactElement, options: KitOptions = {}) {
  const locale = options.locale ?? 'en'
  const queryClient = options.queryClient ?? testQueryClient()
  const i18n = createStardustI18n(locale)
  await loadStardustLocale(i18n, locale)
  const result = render(
    <QueryClientProvider client={queryClient}>
      <StardustProvider i18n={i18n} locale={locale} {...options.provider}>
        {ui}
      </StardustProvider>
    </QueryClientProvider>,
  )
  return { ...result, queryClient, i18n }
}

let seq = 0
/** A 32-hex requestId like the API's. */
export function requestId(): string {
  return (++seq).toString(16).padStart(32, 'a')
}

/** A failure envelope as the Stardust API sends it. */
export function failureEnvelope(code: number, message: string, extra: Partial<Record<string, unknown>> = {}) {
  return { code, data: null, date: '2025-03-20 14:04:05', message, requestId: requestId(), success: false, ...extra }
}

/** A success envelope. */
export function successEnvelope<T>(data: T) {
  return { code: 2000, data, date: '2025-03-20 14:04:05', message: 'Success', requestId: requestId(), success: true }
}

/** A `Response` carrying a JSON body. */
export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })
}
