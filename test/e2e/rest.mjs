// Stories as a designer or translator finds them: a while after the play function ended (longer than the
// kit's 2 s "Copied" confirmation), each story still shows the state its name promises. And the page asks for
// nothing that is not there: the stories' icon loads, on a browser that has never seen it.
import assert from 'node:assert/strict'

/** How long a story is left alone before its state is read: past "Copied" (2 s), within a toast's 12 s. */
const REST_MS = 2_500

/** Story → what it shows at rest (a locator that must be visible, and optionally the text it holds). */
const AT_REST = [
  { id: 'components-error-boundary--default-fallback', shows: '.sdk-fallback[role="alert"]', focused: true },
  { id: 'components-error-boundary--custom-fallback-render', shows: '[role="alert"]', text: 'Reload campaigns' },
  { id: 'components-error-boundary--custom-fallback-component', shows: '[role="alert"]', text: 'Reload' },
  { id: 'components-field-errors--duplicate-name', shows: 'input[aria-invalid="true"]' },
  // Toasts run out by design (8 s for a warning, 4 s in sonner): the pointer rests on them, as a reader's would,
  // which holds their timers, so a slow play function on a loaded machine cannot make them expire mid-check.
  { id: 'components-field-errors--not-a-field-error', shows: 'li.sdk-toast', hover: true },
  { id: 'components-toaster--retryable', shows: 'li.sdk-toast', text: 'Try again', hover: true },
  { id: 'components-toast-adapters--sonner', shows: '[data-sonner-toast]', text: 'Try again', hover: true },
  { id: 'components-toast-adapters--react-hot-toast', shows: '[role="alert"]', text: 'Try again' },
  { id: 'components-copy-request-id--copied', shows: '.sdk-copy [role="status"]', text: 'Copied' },
  { id: 'components-copy-support-details--copied', shows: '[role="status"]', text: 'copied' },
]

export async function restChecks(env) {
  const { check, openStory, hasStory } = env
  const runs = [...AT_REST]
  await Promise.all(
    Array.from({ length: 3 }, async () => {
      const page = await env.newPage()
      for (let run = runs.shift(); run; run = runs.shift()) {
        const { id, shows, text, focused, hover } = run
        await check(
          `at rest: ${id} still shows ${shows}${text ? ` with "${text}"` : ''}${focused ? ', focused' : ''} ${REST_MS / 1000} s after its play function`,
          async () => {
            assert.ok(hasStory(id), `story ${id} is not in storybook-static/index.json`)
            await openStory(page, id, { locale: 'en' })
            if (hover) await page.locator(shows).first().hover()
            await page.waitForTimeout(REST_MS)
            const target = page.locator(shows).first()
            assert.ok(await target.isVisible(), `${shows} is not visible`)
            // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText is the text the designer sees
            if (text) assert.match(await target.innerText(), new RegExp(text, 'i'))
            if (focused) assert.ok(await target.evaluate((element) => element === document.activeElement), `${shows} lost the focus`)
          },
          { page },
        )
      }
      await page.close()
    }),
  )

  // A fresh context: Chromium asks for the icon once per profile, and would not ask again after another check.
  const fresh = await env.browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await fresh.newPage()
  await check(
    'story pages: the icon loads and no request gets a 404',
    async () => {
      const failed = []
      page.on('console', (message) => {
        if (/^Failed to load resource/.test(message.text())) failed.push(`${message.text()} ${message.location()?.url}`)
      })
      await openStory(page, 'components-copy-request-id--no-request-id', { locale: 'en' })
      const icons = await page.evaluate(() => Array.from(document.querySelectorAll('link[rel~="icon"]'), (link) => link.href))
      assert.ok(icons.length > 0, 'the story page declares no icon: browsers ask for /favicon.ico')
      for (const href of icons) {
        const response = await page.request.get(href)
        assert.equal(response.status(), 200, `${href}: ${response.status()}`)
        assert.match(response.headers()['content-type'] ?? '', /^image\//, `${href} is not an image`)
      }
      assert.deepEqual(failed, [])
    },
    { page },
  )
  await fresh.close()
}
