// The stories' loader: the toolbar locale's catalog and English beside it, whatever the locale. The catalog
// browser sets every locale beside English, and a catalog a translator is still writing shows English where it
// has no text yet; an app loads a shipped catalog alone (test/i18n/locales.test.tsx).
import { expect, it } from 'vitest'
import type { StoryContext } from '@storybook/react-vite'
import { stardustLoader, type StardustLoaded } from '../../.storybook/stardust.js'
import { hasStardustCatalog } from '../../src/i18n/locales.js'

it.each(['de', 'ja', 'en'])('loads %s, and English beside it', async (locale) => {
  const context = { id: `loader-${locale}`, globals: { locale, theme: 'light' } } as unknown as StoryContext
  const { i18n, locale: loaded } = (await stardustLoader(context)) as StardustLoaded
  expect(loaded).toBe(locale)
  expect(hasStardustCatalog(i18n, locale)).toBe(true)
  expect(hasStardustCatalog(i18n, 'en')).toBe(true)
  expect(document.documentElement.lang).toBe(locale)
})
