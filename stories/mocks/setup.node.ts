// Portable stories under Vitest (jsdom): msw/browser cannot run there, so the same handlers run in
// msw/node's interceptors. Resolved through the alias `#msw-setup` (vitest.config.ts).
import { setupServer, type SetupServer } from 'msw/node'
import type { SetupWorker } from 'msw/browser'
import { handlers } from './handlers.js'

let server: SetupServer | undefined

/** Starts intercepting with the Stardust handlers. They survive the loader's `resetHandlers()` between stories. */
export async function setupMsw(): Promise<SetupWorker> {
  const started = setupServer(...handlers)
  server = started
  started.listen({
    onUnhandledRequest: (request, print) => {
      if (new URL(request.url).pathname.includes('/rosetta-open/')) print.warning()
    },
  })
  // msw-storybook-addon types its instance as a worker; the addon and stories only use `use` and
  // `resetHandlers`, which the server has too.
  return started as unknown as SetupWorker
}

/** Stops intercepting (the test's afterAll). */
export function stopMsw(): void {
  server?.close()
  server = undefined
}
