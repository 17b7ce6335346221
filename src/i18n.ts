// stardust-error-kit/i18n: the localized messages and the resolution chain, on i18next alone (no React).
export type { ResolvedError } from './i18n/resolveError.js'
export { resolveError } from './i18n/resolveError.js'
export type { StardustResources } from './i18n/locales.js'
export type { StardustOverrides, StardustTexts } from './i18n/overrides.js'
export {
  NAMESPACE,
  SOURCE_LOCALE,
  addStardustResources,
  availableLocales,
  loadStardustLocale,
  matchLocale,
  registerLocale,
} from './i18n/locales.js'
export { createStardustI18n } from './i18n/createStardustI18n.js'
export { registerLocaleUrls } from './i18n/localeUrls.js'
