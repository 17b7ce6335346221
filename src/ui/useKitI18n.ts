import { useContext, useEffect, useState } from 'react'
import { I18nContext, getI18n } from 'react-i18next'
import type { i18n as I18n } from 'i18next'
import { createStardustI18n } from '../i18n/createStardustI18n.js'
import type { StardustOverrides } from '../i18n/overrides.js'
import { addStardustResources, hasStardustLocale, loadStardustLocale, matchLocale, type StardustResources } from '../i18n/locales.js'

export interface KitI18n {
  i18n: I18n
  /** The locale the kit speaks: the closest one it has to the language asked for. */
  locale: string
  /** Bumps whenever a catalog or an override arrives, so memoized text refreshes. */
  catalogVersion: number
}

/**
 * The i18next instance the kit speaks through, the locale it follows and its
 * catalog: the `i18n` prop, else the instance of a surrounding
 * `<I18nextProvider>`, else the one registered with `initReactI18next`
 * (react-i18next's usual setup renders no provider), else one of its own.
 * Overrides are merged in an effect, on top of the catalog whenever it arrives.
 */
export function useKitI18n(own: { i18n?: I18n; locale?: string; overrides?: Record<string, StardustOverrides> }): KitI18n {
  const provided = useContext(I18nContext)?.i18n
  const registered = provided ? undefined : registeredInstance()
  const [fallback] = useState(() => (own.i18n || provided || registered ? null : createStardustI18n(own.locale)))
  const i18n = own.i18n ?? provided ?? registered ?? fallback!

  const [language, setLanguage] = useState(() => own.locale ?? i18n.language)
  useEffect(() => {
    if (own.locale) return setLanguage(own.locale)
    setLanguage(i18n.language)
    const onChange = (lng: string) => setLanguage(lng)
    i18n.on('languageChanged', onChange)
    return () => i18n.off('languageChanged', onChange)
  }, [i18n, own.locale])
  const locale = matchLocale(language)

  const [catalogVersion, setCatalogVersion] = useState(0)
  useEffect(() => {
    // Catalogs the app (or an earlier render) already loaded need no second render.
    if (hasStardustLocale(i18n, locale)) return
    let live = true
    const loaded = () => live && setCatalogVersion((v) => v + 1)
    loadStardustLocale(i18n, locale).then(loaded, loaded)
    return () => {
      live = false
    }
  }, [i18n, locale])

  // By content: an object literal written inline is new on every render, its overrides are not.
  const overrides = own.overrides === undefined ? '' : JSON.stringify(own.overrides)
  useEffect(() => {
    if (!overrides) return
    for (const [lng, resources] of Object.entries(JSON.parse(overrides) as Record<string, StardustResources>)) {
      addStardustResources(i18n, lng, resources)
    }
    setCatalogVersion((v) => v + 1)
  }, [i18n, overrides])

  return { i18n, locale, catalogVersion }
}

function registeredInstance(): I18n | undefined {
  try {
    return getI18n() ?? undefined
  } catch {
    return undefined
  }
}
