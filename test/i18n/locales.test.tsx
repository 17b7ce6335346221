// Which catalogs a locale costs: a locale the kit ships is complete (the catalog check holds every key of it to
// English), so it loads alone; English comes beside a locale the app registers, and in place of a shipped
// catalog that cannot be loaded.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { StardustError } from '../../src/core.js'
import { createStardustI18n, loadStardustLocale, registerLocale, resolveError } from '../../src/i18n.js'
import { hasStardustCatalog } from '../../src/i18n/locales.js'
import en from '../../locales/en/stardust.json'
import de from '../../locales/de/stardust.json'

const duplicate = new StardustError({ kind: 'api', code: 51004, serverMessage: 'campaignName is already exists.', requestId: 'r-1' })

describe('loadStardustLocale', () => {
  it('loads a shipped locale alone: no English catalog beside it, and nothing of it missing', async () => {
    const i18n = createStardustI18n('de')
    expect(await loadStardustLocale(i18n, 'de-AT')).toBe('de')
    expect(hasStardustCatalog(i18n, 'de')).toBe(true)
    expect(i18n.hasResourceBundle('en', 'stardust')).toBe(false)
    expect(resolveError(duplicate, i18n, 'de').message).toBe(de.codes['51004'].message)
  })

  it('loads English beside a locale the app registers, for the strings it lacks', async () => {
    registerLocale('fr-test', async () => ({ ui: { notifications: 'Notifications (fr)' } }))
    const i18n = createStardustI18n('fr-test')
    await loadStardustLocale(i18n, 'fr-test')
    expect(hasStardustCatalog(i18n, 'fr-test')).toBe(true)
    expect(hasStardustCatalog(i18n, 'en')).toBe(true)
    expect(resolveError(duplicate, i18n, 'fr-test').message).toBe(en.codes['51004'].message)
  })

  it('loads English beside a shipped locale the app registered again (its copy may be older than the kit)', async () => {
    registerLocale('ja', () => import('../../locales/ja/stardust.json'))
    const i18n = createStardustI18n('ja')
    await loadStardustLocale(i18n, 'ja')
    expect(hasStardustCatalog(i18n, 'ja')).toBe(true)
    expect(hasStardustCatalog(i18n, 'en')).toBe(true)
  })
})

describe('a shipped catalog that cannot be loaded', () => {
  afterEach(() => {
    vi.doUnmock('../../locales/zh-CN/stardust.json')
    vi.resetModules()
  })

  it('leaves English in charge, in the provider too', async () => {
    vi.resetModules()
    vi.doMock('../../locales/zh-CN/stardust.json', () => {
      throw new Error('chunk failed')
    })
    const i18nModule = await import('../../src/i18n.js')
    const { StardustProvider, useStardust } = await import('../../src/index.js')
    const i18n = i18nModule.createStardustI18n('zh-CN')
    expect(await i18nModule.loadStardustLocale(i18n, 'zh-CN')).toBe('zh-CN')
    expect(i18n.hasResourceBundle('zh-CN', 'stardust')).toBe(false)
    expect(i18nModule.resolveError(duplicate, i18n, 'zh-CN').message).toBe(en.codes['51004'].message)

    function Title() {
      return <p>{useStardust().resolve(duplicate).title}</p>
    }
    const fresh = i18nModule.createStardustI18n('zh-CN')
    await act(async () => {
      render(
        <QueryClientProvider client={new QueryClient()}>
          <StardustProvider i18n={fresh} toaster={false}>
            <Title />
          </StardustProvider>
        </QueryClientProvider>,
      )
    })
    expect(await screen.findByText(en.codes['51004'].title)).toBeInTheDocument()
  })
})
