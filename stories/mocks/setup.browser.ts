// Storybook in a browser: the mocked API runs in a service worker (public/mockServiceWorker.js).
// Resolved through the alias `#msw-setup` (.storybook/main.ts); jsdom gets setup.node.ts instead.
import { setupWorker, type SetupWorker } from 'msw/browser'
import { handlers } from './handlers.js'

let worker: SetupWorker | undefined

/** Starts the worker with the Stardust handlers. They survive the loader's `resetHandlers()` between stories. */
export async function setupMsw(): Promise<SetupWorker> {
  worker = setupWorker(...handlers)
  await worker.start({
    quiet: true,
    // Relative to iframe.html, so a Storybook published under a sub-path still finds it.
    serviceWorker: { url: 'mockServiceWorker.js' },
    onUnhandledRequest: (request, print) => {
      if (new URL(request.url).pathname.includes('/rosetta-open/')) print.warning()
    },
  })
  return worker
}

/** Stops the worker (tests). */
export function stopMsw(): void {
  worker?.stop()
  worker = undefined
}
