// The console playground story (contract: console-playground--playground) in a real browser:
// inline field errors, background-failure toasts, copy request ID, Arabic right-to-left, the dark theme.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { setTimeout as sleep } from 'node:timers/promises'

export const PLAYGROUND = 'console-playground--playground'
const SEED_CAMPAIGNS = ['Highway lanes Q1', 'Parking lot pedestrians', 'Night-time traffic signs']
const REQUEST_ID = /^[0-9a-f]{32}$/

/** A campaign the mock accepts in every field but the name, which the seed already has (51004). */
const DUPLICATE_NAME = {
  'Campaign name': 'Highway lanes Q1',
  'Campaign ID': 'cmp-e2e-0001',
  'Workflow type': 'Manual Template',
  'Taxonomy version': 'lanes-v3',
  'Folder name': 'highway-eu',
}

const catalogs = new Map()
/** The kit's catalog for a locale, as shipped in locales/<lng>/stardust.json. */
function catalog(lng) {
  if (!catalogs.has(lng)) {
    catalogs.set(lng, JSON.parse(readFileSync(new URL(`../../locales/${lng}/stardust.json`, import.meta.url), 'utf8')))
  }
  return catalogs.get(lng)
}
const interpolate = (text, values) => text.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, key) => (key in values ? values[key] : whole))

/** Polls `fn` until it returns something truthy; the timeout error names what it waited for and what it last saw. */
async function until(fn, what, timeout = 6000) {
  const t0 = Date.now()
  let last
  for (;;) {
    try {
      const value = await fn()
      if (value) return value
      last = value
    } catch (error) {
      last = error.message.split('\n')[0]
    }
    if (Date.now() - t0 > timeout) {
      throw new Error(
        `timed out after ${timeout} ms waiting for ${what}${last === undefined ? '' : ` (last seen: ${JSON.stringify(last)})`}`,
      )
    }
    await sleep(50)
  }
}

/** The playground's landmarks and controls, by their accessible names (the contract's). */
function ui(page, lng) {
  const toaster = page.getByRole('region', { name: catalog(lng).ui.notifications, exact: true })
  return {
    page,
    lng,
    list: page.getByRole('list', { name: 'Campaigns', exact: true }),
    refresh: page.getByRole('button', { name: 'Refresh campaigns', exact: true }),
    campaignForm: page.getByRole('form', { name: 'Create campaign', exact: true }),
    folderForm: page.getByRole('form', { name: 'Create folder', exact: true }),
    templateForm: page.getByRole('form', { name: 'Create workflow template', exact: true }),
    mockPanel: page.getByRole('complementary', { name: 'Mock API', exact: true }),
    toaster,
    toasts: toaster.locator('.sdk-toast'),
  }
}

/** Fills the labelled inputs of a form, then clicks its submit button. */
async function submit(form, values, button, selects = {}) {
  for (const [label, value] of Object.entries(values)) await form.getByLabel(label, { exact: true }).fill(value)
  for (const [label, value] of Object.entries(selects)) await form.getByLabel(label, { exact: true }).selectOption(value)
  await form.getByRole('button', { name: button, exact: true }).click()
}

const createDuplicateCampaign = (u) => submit(u.campaignForm, DUPLICATE_NAME, 'Create campaign', { 'Campaign type': 'POC' })

/** Queues a failure in the Mock API panel ("Next response" → "Fail next request") and waits for its status line. */
async function failNext(u, value) {
  await u.mockPanel.getByLabel('Next response', { exact: true }).selectOption(value)
  await u.mockPanel.getByRole('button', { name: 'Fail next request', exact: true }).click()
  await u.mockPanel.getByRole('status').filter({ hasText: value }).waitFor({ timeout: 3000 })
}

/** 5000 on the next request, then "Refresh campaigns": a failure in the background, while the list has data. */
async function backgroundFailure(u) {
  await failNext(u, '5000')
  await u.refresh.click()
}

/** Text of every campaign in the list. */
const campaignNames = (u) => u.list.getByRole('listitem').allTextContents()

async function assertSeedCampaignsShown(u) {
  const names = await until(
    async () => {
      const items = await campaignNames(u)
      return SEED_CAMPAIGNS.every((name) => items.some((item) => item.includes(name))) && items
    },
    `the campaign list to show the seed campaigns (${SEED_CAMPAIGNS.join(', ')})`,
  )
  assert.equal(names.length, SEED_CAMPAIGNS.length, `the campaign list shows ${names.length} items: ${JSON.stringify(names)}`)
}

/**
 * The inline error of `input`: it becomes aria-invalid, and one element its aria-describedby names
 * shows `expected` (then, where the catalog has one, its advice), visibly, after and below the input.
 */
// The field's text is the message, or the message followed by the catalog's advice.
const shows = (text, expected) => text === expected || text.startsWith(`${expected} `)

async function assertInlineError(input, expected, label) {
  const describe = () =>
    input.evaluate((el) => {
      const box = el.getBoundingClientRect()
      const ids = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean)
      return {
        ariaInvalid: el.getAttribute('aria-invalid'),
        describedBy: ids.map((id) => {
          const target = document.getElementById(id)
          if (!target) return { id, missing: true }
          const r = target.getBoundingClientRect()
          return {
            id,
            text: target.textContent.trim(),
            visible: r.width > 0 && r.height > 0 && getComputedStyle(target).visibility !== 'hidden',
            afterInput: Boolean(el.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING),
            belowInput: r.top >= box.bottom - 1,
          }
        }),
      }
    })
  let state
  try {
    state = await until(async () => {
      const s = await describe()
      return s.ariaInvalid === 'true' && s.describedBy.some((d) => shows(d.text, expected)) ? s : false
    }, `"${label}" to become aria-invalid and be described by "${expected}"`)
  } catch (error) {
    throw new Error(`${error.message}\n  input now: ${JSON.stringify(await describe().catch((e) => e.message))}`)
  }
  const message = state.describedBy.find((d) => shows(d.text, expected))
  assert.ok(message.visible, `the inline error #${message.id} is not visible`)
  assert.ok(message.afterInput, `the inline error #${message.id} comes before the "${label}" input in the document`)
  assert.ok(message.belowInput, `the inline error #${message.id} is not below the "${label}" input`)
}

/** No toast in the toaster region, also a moment after the inline error showed (toasts would arrive together with it). */
async function assertNoToast(u) {
  await sleep(600)
  const texts = await u.toasts.allTextContents()
  assert.equal(texts.length, 0, `expected no toast, the toaster region holds ${texts.length}: ${JSON.stringify(texts)}`)
}

/** Exactly one toast, and still one a second later (no duplicate from a second path); returns it. */
async function assertOneToast(u, code) {
  await until(async () => (await u.toasts.count()) >= 1, 'a toast in the toaster region')
  await u.page.waitForTimeout(1000)
  const texts = await u.toasts.allTextContents()
  assert.equal(texts.length, 1, `expected exactly one toast, found ${texts.length}: ${JSON.stringify(texts)}`)
  const toast = u.toasts.first()
  const { title, message } = catalog(u.lng).codes[code]
  const text = await toast.textContent()
  assert.ok(text.includes(title), `the toast does not show the ${u.lng} title of ${code} ("${title}"): ${JSON.stringify(text)}`)
  assert.ok(text.includes(message), `the toast does not show the ${u.lng} message of ${code} ("${message}"): ${JSON.stringify(text)}`)
  return toast
}

/** Playground checks; `env` comes from run.mjs (check, openStory, screenshots, axe). */
export async function playgroundChecks(env) {
  const { context, check } = env
  const requireStory = () => {
    if (!env.hasStory(PLAYGROUND)) {
      throw new Error(`story ${PLAYGROUND} is not in storybook-static/index.json (stories/ConsolePlayground.stories.tsx missing?)`)
    }
  }
  /** Opens the playground and waits for the first request (the campaign list) to come back from the mocked API. */
  const open = async (page, lng, theme) => {
    requireStory()
    await env.openStory(page, PLAYGROUND, { locale: lng, theme })
    const u = ui(page, lng)
    await assertSeedCampaignsShown(u)
    return u
  }
  const withPage = async (fn) => {
    const page = await context.newPage()
    try {
      await fn(page)
    } finally {
      await page.close()
    }
  }

  // Initial render: the landmarks of the contract, the seed data from the mocked API, an empty toaster.
  await withPage((page) =>
    check(
      'playground: renders, the mocked API answers the first request (seed campaigns listed), no toast',
      async () => {
        const u = await open(page, 'en', 'light')
        await page.getByRole('main').getByRole('heading', { level: 1, name: 'Stardust console', exact: true }).waitFor()
        await page.getByRole('heading', { level: 2, name: 'Campaigns', exact: true }).waitFor()
        for (const form of [u.campaignForm, u.folderForm, u.templateForm, u.mockPanel]) await form.waitFor()
        await u.toaster.waitFor({ state: 'attached' })
        assert.equal(await u.toasts.count(), 0, 'a toast shows before anything failed')
        // The live regions toasts are announced through are in the page before the first toast, empty.
        for (const politeness of ['assertive', 'polite']) {
          const region = u.toaster.locator(`:scope > [aria-live="${politeness}"]`)
          assert.equal(await region.count(), 1, `the toaster has no aria-live="${politeness}" region before the first toast`)
          assert.equal((await region.textContent()).trim(), '', `the aria-live="${politeness}" region is not empty before the first toast`)
        }
        await env.screenshot(page, 'playground-initial.png')
      },
      { page },
    ),
  )

  // (a) 51004 in German: inline under "Campaign name", never a toast.
  await withPage((page) =>
    check(
      'playground (de): duplicate campaign name → 51004 inline under "Campaign name" (aria-invalid, aria-describedby), no toast',
      async () => {
        const u = await open(page, 'de')
        await createDuplicateCampaign(u)
        const input = u.campaignForm.getByLabel('Campaign name', { exact: true })
        const taken = catalog('de').codes['51004']
        await assertInlineError(input, `${taken.message} ${taken.hint}`, 'Campaign name')
        await assertNoToast(u)
        await env.screenshot(page, 'playground-inline-error-de.png')
      },
      { page },
    ),
  )

  // (b) + (c) a background failure: one toast, the list keeps its data; the toast's request ID copies exactly.
  await withPage(async (page) => {
    const envelopes = []
    page.on('response', async (response) => {
      if (!response.url().includes('/rosetta-open/campaign/list')) return
      try {
        envelopes.push(await response.json())
      } catch {
        // not JSON: nothing to compare
      }
    })
    let toast
    await check(
      'playground: 5000 on "Refresh campaigns" → exactly one toast, the campaign list still shows its campaigns',
      async () => {
        const u = await open(page, 'en', 'light')
        await backgroundFailure(u)
        toast = await assertOneToast(u, '5000')
        // A 5000 is an error: announced once through the assertive region, nothing through the polite one.
        const { title } = catalog('en').codes['5000']
        const announced = await u.toaster.locator(':scope > [aria-live="assertive"]').textContent()
        assert.equal(
          announced.split(title).length - 1,
          1,
          `the assertive region does not announce "${title}" once: ${JSON.stringify(announced)}`,
        )
        assert.equal(
          (await u.toaster.locator(':scope > [aria-live="polite"]').textContent()).trim(),
          '',
          'the error was announced politely too',
        )
        await assertSeedCampaignsShown(u)
        await env.screenshot(page, 'playground-background-toast.png')
      },
      { page },
    )
    await check(
      'playground: "Copy request ID" puts exactly the shown requestId (32 lowercase hex) on the clipboard',
      async () => {
        assert.ok(toast, 'no toast to copy from (the previous check failed)')
        const shown = (await toast.locator('code').textContent())?.trim()
        assert.match(shown ?? '', REQUEST_ID, `the toast shows the request ID ${JSON.stringify(shown)}`)
        const failed = await until(() => envelopes.find((e) => e && e.code === 5000), 'the 5000 envelope of the failed refresh', 3000)
        assert.equal(shown, failed.requestId, `the toast shows another request ID than the failed response carried (${failed.requestId})`)
        await page.evaluate(() => navigator.clipboard.writeText('e2e: clipboard not written yet'))
        await toast.getByRole('button', { name: catalog('en').ui.copyRequestId, exact: true }).click()
        await toast
          .getByRole('status')
          .filter({ hasText: catalog('en').ui.copied })
          .waitFor({ timeout: 3000 })
        const copied = await page.evaluate(() => navigator.clipboard.readText())
        assert.equal(copied, shown, 'the clipboard holds something else than the shown request ID')
      },
      { page },
    )
  })

  // (d) Arabic: the page turns right-to-left, toasts and inline errors speak Arabic.
  await withPage((page) =>
    check(
      'playground (ar): dir="rtl", inline 51004 and the 5000 toast in Arabic',
      async () => {
        const u = await open(page, 'ar')
        const html = await page.evaluate(() => ({ dir: document.documentElement.dir, lang: document.documentElement.lang }))
        assert.deepEqual(html, { dir: 'rtl', lang: 'ar' }, 'the document is not Arabic right-to-left')
        await createDuplicateCampaign(u)
        await assertInlineError(
          u.campaignForm.getByLabel('Campaign name', { exact: true }),
          catalog('ar').codes['51004'].message,
          'Campaign name',
        )
        await assertNoToast(u)
        await backgroundFailure(u)
        const toast = await assertOneToast(u, '5000')
        assert.equal(await u.toaster.getAttribute('dir'), 'rtl', 'the toaster region is not dir="rtl"')
        await toast.getByRole('button', { name: catalog('ar').ui.copyRequestId, exact: true }).waitFor()
        await env.settle(page)
        await env.screenshot(page, 'playground-ar-rtl.png')
        await env.assertAxeClean(page)
      },
      { page },
    ),
  )

  // (e) 54013 on the folder form: inline on "Bucket names", the bucket named in the localized message.
  await withPage((page) =>
    check(
      'playground (de): unknown bucket "missing-bucket" → 54013 inline on "Bucket names" naming the bucket, no toast',
      async () => {
        const u = await open(page, 'de')
        await submit(
          u.folderForm,
          { 'Folder name': 'e2e-folder', 'Helix project ID': 'hp-e2e-0001', 'Bucket names': 'missing-bucket' },
          'Create folder',
        )
        const expected = interpolate(catalog('de').codes['54013'].messageWithValues, { bucket: 'missing-bucket' })
        assert.ok(expected.includes('missing-bucket'))
        await assertInlineError(u.folderForm.getByLabel('Bucket names', { exact: true }), expected, 'Bucket names')
        await assertNoToast(u)
      },
      { page },
    ),
  )

  // 50528 on the template form: inline on "Number of pools" through the field map { nodes: 'poolCount' }.
  await withPage((page) =>
    check(
      'playground: 21 pools → 50528 inline on "Number of pools", no toast',
      async () => {
        const u = await open(page, 'en')
        await submit(u.templateForm, { 'Template name': 'e2e-template', 'Number of pools': '21' }, 'Create template')
        const { message, messageWithValues } = catalog('en').codes['50528']
        const input = u.templateForm.getByLabel('Number of pools', { exact: true })
        const expected = messageWithValues ? interpolate(messageWithValues, { limit: '20' }) : message
        await assertInlineError(input, expected, 'Number of pools')
        await assertNoToast(u)
      },
      { page },
    ),
  )

  // A toast and an inline error at once, light and dark: the README's screenshot, and axe over the error states.
  for (const theme of ['light', 'dark']) {
    await withPage((page) =>
      check(
        `playground (en, ${theme}): inline error and toast together${theme === 'light' ? ' → docs/playground.png' : ''}; axe clean`,
        async () => {
          const u = await open(page, 'en', theme)
          assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), theme)
          await createDuplicateCampaign(u)
          await assertInlineError(
            u.campaignForm.getByLabel('Campaign name', { exact: true }),
            catalog('en').codes['51004'].message,
            'Campaign name',
          )
          await backgroundFailure(u)
          await assertOneToast(u, '5000')
          await env.settle(page)
          if (theme === 'light') await env.docsScreenshot(page)
          else await env.screenshot(page, 'playground-dark.png')
          await env.assertAxeClean(page)
        },
        { page },
      ),
    )
  }
  // Failures inside a success envelope: partly failed scenes, a failedUserList; and a sign-in page.
  await withPage((page) =>
    check(
      'playground (de): an annotation request with 2 of 3 scenes failed → one toast, its details list each scene with its reason, copied with the support details',
      async () => {
        const u = await open(page, 'de')
        const de = catalog('de')
        await page.getByRole('button', { name: 'Check annotation request', exact: true }).click()
        await until(async () => (await u.toasts.count()) === 1, 'one toast for the partly failed annotation request')
        const toast = u.toasts.first()
        const title = interpolate(de.partial.scenesOfTotal_other, { failed: '2', count: '3' })
        assert.ok(
          (await toast.textContent()).includes(title),
          `the toast does not say "${title}": ${JSON.stringify(await toast.textContent())}`,
        )
        assert.equal(await toast.getAttribute('data-severity'), 'warning')
        await page.getByRole('status').filter({ hasText: 'Annotation request ar-2025-007 checked.' }).waitFor({ timeout: 3000 })
        await toast.getByRole('button', { name: de.ui.details, exact: true }).click()
        const list = toast.getByRole('list', { name: de.partial.listLabel, exact: true })
        const items = await list.getByRole('listitem').allTextContents()
        assert.deepEqual(items, [
          `550e8400-e29b-41d4-a716-446655440000 ${de.partial.reasons.dataTypeMismatch}`,
          `f47ac10b-58cc-4372-a567-0e02b2c3d479 ${de.partial.reasons.sceneIdExists}`,
        ])
        await page.evaluate(() => navigator.clipboard.writeText('e2e: clipboard not written yet'))
        await toast.getByRole('button', { name: de.ui.copySupportDetails, exact: true }).click()
        await toast.getByRole('status').filter({ hasText: de.ui.supportDetailsCopied }).waitFor({ timeout: 3000 })
        const copied = await page.evaluate(() => navigator.clipboard.readText())
        for (const line of [
          'Failed: 2 of 3 scenes',
          '- 550e8400-e29b-41d4-a716-446655440000: Data type mismatch',
          '- f47ac10b-58cc-4372-a567-0e02b2c3d479: Scene id already exists',
        ]) {
          assert.ok(copied.includes(line), `the copied support details lack "${line}": ${JSON.stringify(copied)}`)
        }
        await env.settle(page)
        await env.screenshot(page, 'playground-partial-scenes-de.png')
        await env.assertAxeClean(page)
      },
      { page },
    ),
  )

  await withPage((page) =>
    check(
      'playground (ar): add workforce with a failedUserList → one toast in Arabic plural form (two users), the users listed',
      async () => {
        const u = await open(page, 'ar')
        const ar = catalog('ar')
        await page.getByRole('button', { name: 'Add workforce', exact: true }).click()
        await until(async () => (await u.toasts.count()) === 1, 'one toast for the users that were not added')
        const toast = u.toasts.first()
        assert.ok((await toast.textContent()).includes(ar.partial.users_two), `the toast does not say "${ar.partial.users_two}"`)
        await toast.getByRole('button', { name: ar.ui.details, exact: true }).click()
        const items = await toast.getByRole('list', { name: ar.partial.listLabel, exact: true }).getByRole('listitem').allTextContents()
        assert.deepEqual(items, [`carol.ito ${ar.partial.reasons.userNotAdded}`, `dan.okafor ${ar.partial.reasons.userNotAdded}`])
        await env.assertAxeClean(page)
      },
      { page },
    ),
  )

  await withPage((page) =>
    check(
      'playground: "session expired (sign-in page)" on "Refresh campaigns" → one toast that says the session expired, never "unreadable"',
      async () => {
        const u = await open(page, 'en')
        await failNext(u, 'fault:login-redirect')
        await u.refresh.click()
        await until(async () => (await u.toasts.count()) >= 1, 'a toast for the sign-in page')
        await page.waitForTimeout(600)
        const texts = await u.toasts.allTextContents()
        assert.equal(texts.length, 1, `expected one toast, found ${texts.length}: ${JSON.stringify(texts)}`)
        assert.ok(
          texts[0].includes(catalog('en').kinds.signin.title),
          `the toast does not say "${catalog('en').kinds.signin.title}": ${texts[0]}`,
        )
        assert.ok(!texts[0].includes(catalog('en').kinds.malformed.title), 'the sign-in page reads as an unreadable response')
        await assertSeedCampaignsShown(u)
      },
      { page },
    ),
  )
}
