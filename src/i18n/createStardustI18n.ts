import i18next, { type i18n as I18n } from 'i18next'
import { NAMESPACE, SOURCE_LOCALE, loadStardustLocale } from './locales.js'

/**
 * An i18next instance of the kit's own, for apps that have none. It holds only
 * the `stardust` namespace; call {@link loadStardustLocale} (the provider does)
 * to load a catalog.
 *
 * @example
 * const i18n = createStardustI18n('ja')
 * await loadStardustLocale(i18n, 'ja')
 */
export function createStardustI18n(lng: string = SOURCE_LOCALE): I18n {
  const instance = i18next.createInstance()
  void instance.init({
    lng,
    fallbackLng: SOURCE_LOCALE,
    ns: [NAMESPACE],
    defaultNS: NAMESPACE,
    resources: {},
    partialBundledLanguages: true,
    initAsync: false,
    interpolation: { escapeValue: false },
  })
  return instance
}

export { loadStardustLocale }
