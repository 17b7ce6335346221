import type { i18n as I18n } from 'i18next'
import { NAMESPACE, SOURCE_LOCALE } from './locales.js'

/**
 * One of the kit's own strings (`ui.copied`, `ui.moreErrors` with a count…)
 * in a locale, from English when the locale lacks it, or `fallback` when no
 * catalog has loaded yet. Never returns a bare key.
 */
export function stardustText(i18n: I18n, lng: string, key: string, fallback: string, options?: Record<string, unknown>): string {
  for (const l of lng === SOURCE_LOCALE ? [lng] : [lng, SOURCE_LOCALE]) {
    if (!i18n.hasResourceBundle(l, NAMESPACE)) continue
    // The kit's UI strings take only a `count`: no interpolation options, which would make i18next rebuild its patterns per call.
    const out = i18n.t(key, { ...options, lng: l, ns: NAMESPACE, defaultValue: '' })
    if (typeof out === 'string' && out.trim() !== '' && out !== key) return out
  }
  return options && 'count' in options ? fallback.replace('{{count}}', String(options.count)) : fallback
}
