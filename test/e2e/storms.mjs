// Storms in the real browser: one outage seen by fifty queries, two hundred different failures, the browser's own
// offline switch, a hidden page, and the toaster's height at desktop and phone sizes.
import assert from 'node:assert/strict'

const STORY = {
  outage: 'components-storms--outage-across-queries',
  many: 'components-storms--many-different-failures',
  offline: 'components-storms--offline-and-back',
  hidden: 'components-storms--hidden-tab',
  pile: 'components-storms--compact-pile',
}

const toastCount = (page) => page.locator('li.sdk-toast').count()
/** What the live regions hold now: one element per announcement. */
const announcements = (page) =>
  page.evaluate(() =>
    ['assertive', 'polite'].map((live) => document.querySelector(`.sdk-toaster > [aria-live="${live}"]`)?.children.length ?? -1),
  )

async function until(fn, what, timeout = 8000) {
  const end = Date.now() + timeout
  let last
  while (Date.now() < end) {
    try {
      if (await fn()) return
    } catch (error) {
      last = error
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`timed out after ${timeout} ms waiting for ${what}${last ? `: ${last.message}` : ''}`)
}

/** How much of the viewport the toaster covers, and whether each of its controls lies inside the viewport. */
function measureToaster(page) {
  return page.evaluate(() => {
    const toaster = document.querySelector('.sdk-toaster')
    const list = toaster.querySelector('.sdk-toaster__list')
    const rect = (list ?? toaster).getBoundingClientRect()
    const vw = window.innerWidth
    const vh = window.innerHeight
    const offscreen = []
    for (const control of toaster.querySelectorAll('button')) {
      // A control of a toast resting in the pile is reached by focusing it (the pile spreads): skip those here.
      if (
        getComputedStyle(control).opacity === '0' ||
        (control.closest('li')?.matches('li:nth-child(n + 2 of .sdk-toast)') && !toaster.hasAttribute('data-expanded'))
      )
        continue
      const r = control.getBoundingClientRect()
      if (r.top < 0 || r.left < 0 || r.bottom > vh || r.right > vw)
        offscreen.push(`${control.textContent || control.getAttribute('aria-label')} ${Math.round(r.top)},${Math.round(r.left)}`)
    }
    return { ratio: rect.height / vh, top: rect.top, bottom: rect.bottom, offscreen }
  })
}

/** Every control of the spread-out toaster can be scrolled to inside its list and then lies on screen. */
function everyControlReachable(page) {
  return page.evaluate(() => {
    const out = []
    for (const control of document.querySelectorAll('.sdk-toaster button')) {
      control.scrollIntoView({ block: 'nearest' })
      const r = control.getBoundingClientRect()
      if (r.top < 0 || r.left < 0 || r.bottom > window.innerHeight || r.right > window.innerWidth) {
        out.push(`${control.textContent || control.getAttribute('aria-label')} at ${Math.round(r.top)},${Math.round(r.left)}`)
      }
    }
    return out
  })
}

export async function stormChecks(env) {
  const { context, check, openStory, screenshot } = env
  const page = await context.newPage()
  try {
    await check(
      'storm: 50 byte-identical failures from 50 queries are 1 toast and 1 announcement',
      async () => {
        await openStory(page, STORY.outage, { locale: 'en' })
        await until(async () => (await page.locator('.sdk-toast__count').textContent())?.includes('50'), '"Happened 50 times"')
        assert.equal(await toastCount(page), 1)
        assert.deepEqual(await announcements(page), [1, 0])
      },
      { page },
    )

    await check(
      'storm: 200 different failures are at most 3 toasts and the summary; Show all and Dismiss all work by keyboard',
      async () => {
        await openStory(page, STORY.many, { locale: 'en' })
        await until(
          async () => (await toastCount(page)) === 3 && (await page.locator('.sdk-toaster__more').isVisible()),
          '3 toasts and the summary',
        )
        await page.waitForTimeout(300)
        assert.equal(await toastCount(page), 3)
        const [assertive] = await announcements(page)
        assert.ok(assertive <= 3, `${assertive} announcements`)
        await page.getByRole('button', { name: 'Show all' }).focus()
        await page.keyboard.press('Enter')
        await until(async () => (await toastCount(page)) > 3, 'the waiting toasts')
        const spread = await measureToaster(page)
        assert.ok(spread.ratio <= 0.4 + 1e-6, `the expanded list covers ${(spread.ratio * 100).toFixed(1)}% of the viewport`)
        assert.deepEqual(await everyControlReachable(page), [])
        await page.getByRole('button', { name: 'Dismiss all' }).focus()
        await page.keyboard.press('Enter')
        await until(async () => (await toastCount(page)) === 0, 'no toast')
      },
      { page },
    )

    await check(
      'offline: the browser offline with 20 queries is 1 notice; back online is 1 confirmation and no toast for recovered queries',
      async () => {
        await openStory(page, STORY.offline, { locale: 'en' })
        await page.getByText(/none loading/).waitFor()
        await context.setOffline(true)
        try {
          await page.getByRole('button', { name: 'Reload all panels' }).click()
          await until(
            async () => (await page.locator('.sdk-toaster').textContent()).includes('20 requests are waiting.'),
            'the offline notice',
          )
          assert.equal(await toastCount(page), 1)
          assert.deepEqual(await announcements(page), [0, 1])
        } finally {
          await context.setOffline(false)
        }
        await until(async () => (await page.locator('.sdk-toaster').textContent()).includes('Back online'), '"Back online"')
        // The paused queries ran and succeeded: nothing else shows, and the confirmation goes by itself.
        await page.waitForTimeout(500)
        assert.equal(await toastCount(page), 1)
        assert.ok(!(await page.locator('.sdk-toaster').textContent()).includes("You're offline"))
        await until(async () => (await toastCount(page)) === 0, 'the confirmation to go', 8000)
      },
      { page },
    )

    await check(
      'hidden page: a 2.5 s toast survives 6 s of a hidden page and goes within 5 s of the page being visible',
      async () => {
        await openStory(page, STORY.hidden, { locale: 'en' })
        assert.equal(await toastCount(page), 1)
        // Headless Chromium never hides a page by itself: the page is told it is hidden, the way a tab switch tells it.
        const setHidden = (hidden) =>
          page.evaluate((value) => {
            Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (value ? 'hidden' : 'visible') })
            Object.defineProperty(document, 'hidden', { configurable: true, get: () => value })
            document.dispatchEvent(new Event('visibilitychange'))
          }, hidden)
        await setHidden(true)
        await page.waitForTimeout(6000)
        assert.equal(await toastCount(page), 1, 'the toast ran out while the page was hidden')
        await setHidden(false)
        const t0 = Date.now()
        await until(async () => (await toastCount(page)) === 0, 'the toast to go', 5000)
        assert.ok(Date.now() - t0 > 200, 'the toast went at once instead of finishing its time')
      },
      { page },
    )

    for (const [width, height, limit] of [
      [1280, 800, 0.4],
      [390, 844, 0.5],
    ]) {
      for (const locale of ['en', 'de']) {
        await check(
          `compact toaster: three toasts cover at most ${limit * 100}% of ${width}×${height} [${locale}], every control on screen`,
          async () => {
            await page.setViewportSize({ width, height })
            await openStory(page, STORY.pile, { locale })
            await until(async () => (await toastCount(page)) === 3, '3 toasts')
            await env.settle(page)
            const rest = await measureToaster(page)
            assert.ok(rest.ratio <= limit, `at rest: ${(rest.ratio * 100).toFixed(1)}%`)
            assert.deepEqual(rest.offscreen, [])
            await page.locator('.sdk-toaster').hover()
            await env.settle(page)
            const spread = await measureToaster(page)
            assert.ok(spread.ratio <= limit + 1e-6, `spread: ${(spread.ratio * 100).toFixed(1)}%`)
            assert.deepEqual(await everyControlReachable(page), [])
            if (width === 1280 && locale === 'en') await screenshot(page, 'toaster-spread.png')
            await page.mouse.move(0, 0)
            await env.settle(page)
            if (width === 1280 && locale === 'en') await env.docsScreenshotAs?.(page, 'toaster.png')
            env.record?.(
              `toaster ${width}×${height} ${locale}: rest ${(rest.ratio * 100).toFixed(1)}%, spread ${(spread.ratio * 100).toFixed(1)}%`,
            )
          },
          { page },
        )
      }
    }
  } finally {
    await page.setViewportSize({ width: 1280, height: 800 }).catch(() => {})
    await page.close()
  }
}
