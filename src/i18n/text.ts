import type { i18n as I18n } from 'i18next'
import { NAMESPACE, SOURCE_LOCALE } from './locales.js'

/**
 * One of the kit's own strings (`ui.copied`, `ui.moreErrors` with a count…)
 * in a locale, from English when the locale lacks it, or `fallback` when no
 * catalog has loaded yet. Never returns a bare key.
 */
export function stardustText(i18n: I18n, lng: string, key: string, fallback: string, options?: Record<string, unknown>): string {
  // The same few strings are asked for on every render of every toast: kept per instance, forgotten
  // whenever its resources change. Only plain keys and counts: other options could change the text.
  const id = options === undefined ? `${lng}\u0000${key}` : countOnly(options) ? `${lng}\u0000${key}\u0000${options.count}` : null
  const texts = id === null ? null : textsOf(i18n)
  const cached = id === null ? undefined : texts?.get(id)
  if (cached !== undefined) return cached
  const out = translate(i18n, lng, key, fallback, options)
  if (id !== null && texts) {
    if (texts.size >= TEXTS_LIMIT) texts.clear()
    texts.set(id, out)
  }
  return out
}

const TEXTS_LIMIT = 500
const cache = new WeakMap<I18n, Map<string, string>>()

function textsOf(i18n: I18n): Map<string, string> | null {
  let texts = cache.get(i18n)
  if (!texts) {
    const fresh = new Map<string, string>()
    // An instance that cannot say when its resources change is not cached.
    if (typeof i18n.store?.on !== 'function') return null
    const forget = () => fresh.clear()
    i18n.store.on('added', forget)
    i18n.store.on('removed', forget)
    cache.set(i18n, fresh)
    texts = fresh
  }
  return texts
}

function countOnly(options: Record<string, unknown>): options is { count: number } {
  for (const name in options) if (name !== 'count') return false
  return typeof options.count === 'number'
}

function translate(i18n: I18n, lng: string, key: string, fallback: string, options?: Record<string, unknown>): string {
  for (const l of lng === SOURCE_LOCALE ? [lng] : [lng, SOURCE_LOCALE]) {
    if (!i18n.hasResourceBundle(l, NAMESPACE)) continue
    // The kit's UI strings take only a `count`: no interpolation options, which would make i18next rebuild its patterns per call.
    const out = i18n.t(key, { ...options, lng: l, ns: NAMESPACE, defaultValue: '' })
    if (typeof out === 'string' && out.trim() !== '' && out !== key) return out
  }
  return options && 'count' in options ? fallback.replace('{{count}}', String(options.count)) : fallback
}
