import type { i18n as I18n } from 'i18next'
import type { StardustOverrides } from './overrides.js'

/** The i18next namespace the kit's messages live in. */
export const NAMESPACE = 'stardust'
/** The source locale, and the fallback for any string a locale lacks. */
export const SOURCE_LOCALE = 'en'

/** A catalog: the contents of one `locales/<lng>/stardust.json`. */
export type StardustResources = { [key: string]: string | StardustResources }
type Loader = () => Promise<StardustResources | { default: StardustResources }>

// Every `locales/<lng>/stardust.json` becomes its own chunk, loaded only when that locale is used:
// an app that shows English never downloads the other catalogs.
const files = import.meta.glob<StardustResources>('../../locales/*/stardust.json', { import: 'default' })
const loaders = new Map<string, Loader>()
for (const [path, load] of Object.entries(files)) {
  const lng = /locales\/([^/]+)\/stardust\.json$/.exec(path)?.[1]
  if (lng) loaders.set(lng, load)
}
// The catalogs shipped with the kit are complete: CI checks each one key by key against English. A locale
// loaded with its shipped catalog needs no English beside it, so a German app downloads one catalog, not two.
const complete = (lng: string) => Object.values(files).includes(loaders.get(lng)!)

/**
 * Makes a locale of your own loadable by the kit (or replaces one of ours).
 *
 * @example registerLocale('fr', () => import('./locales/fr/stardust.json'))
 */
export function registerLocale(lng: string, load: Loader): void {
  loaders.set(lng, load)
  sorted = null
  matched.clear()
}

// Both are asked on every provider render: computed once, and again only when a locale is registered.
let sorted: string[] | null = null
const matched = new Map<string, string>()

/** The locales the kit can load, source first. (Code order, not `localeCompare`: ICU's collator costs tens of ms at start-up.) */
export function availableLocales(): string[] {
  // Code order, then the source first (a stable sort keeps the order of the rest).
  sorted ??= [...loaders.keys()].sort().sort((a, b) => +(b === SOURCE_LOCALE) - +(a === SOURCE_LOCALE))
  return [...sorted]
}

/**
 * The closest locale the kit has for a language tag: exact, then
 * case-insensitive, then by language (`zh-TW` → `zh-CN`, `de-AT` → `de`),
 * else English.
 */
export function matchLocale(lng: string | null | undefined, available?: readonly string[]): string {
  if (!lng) return SOURCE_LOCALE
  if (available) return closest(lng, available)
  let match = matched.get(lng)
  if (match === undefined) {
    sorted ??= availableLocales()
    match = closest(lng, sorted)
    if (matched.size < 100) matched.set(lng, match)
  }
  return match
}

function closest(lng: string, available: readonly string[]): string {
  const wanted = lng.toLowerCase().replace(/_/g, '-')
  const base = wanted.split('-')[0]
  return available.find((l) => l.toLowerCase() === wanted) ?? available.find((l) => l.toLowerCase().split('-')[0] === base) ?? SOURCE_LOCALE
}

const pending = new WeakMap<I18n, Map<string, Promise<void>>>()

/**
 * Adds the kit's catalog for a locale to an i18next instance, under the
 * `stardust` namespace only: the instance's language and other namespaces are
 * left alone. Resolves once the catalog is there. A locale the kit ships is
 * complete and comes alone; English, the fallback, is loaded beside a locale
 * registered with {@link registerLocale}, and in place of a catalog that
 * fails to load.
 */
export async function loadStardustLocale(i18n: I18n, lng: string): Promise<string> {
  const locale = matchLocale(lng)
  await Promise.all([complete(locale) || loadOne(i18n, SOURCE_LOCALE), loadOne(i18n, locale)])
  if (!hasStardustCatalog(i18n, locale)) await loadOne(i18n, SOURCE_LOCALE)
  return locale
}

/** Whether an i18next instance holds every catalog the kit needs to speak a locale (see {@link loadStardustLocale}). */
export function hasStardustLocale(i18n: I18n, locale: string): boolean {
  return hasStardustCatalog(i18n, locale) && (complete(locale) || hasStardustCatalog(i18n, SOURCE_LOCALE))
}

/**
 * Whether an i18next instance holds the kit's catalog for a locale, not merely
 * some of its keys (an override adds a bundle with one hint in it).
 */
export function hasStardustCatalog(i18n: I18n, lng: string): boolean {
  return typeof i18n.getResource?.(lng, NAMESPACE, 'ui.notifications') === 'string'
}

function loadOne(i18n: I18n, lng: string): Promise<void> {
  if (hasStardustCatalog(i18n, lng)) return Promise.resolve()
  const byLng = pending.get(i18n) ?? new Map<string, Promise<void>>()
  pending.set(i18n, byLng)
  const existing = byLng.get(lng)
  if (existing) return existing
  const promise = Promise.resolve(loaders.get(lng)?.())
    .then((mod) => {
      const resources = mod && 'default' in mod && typeof mod.default === 'object' ? mod.default : mod
      // Overrides added before the catalog arrived win over it: merge ours underneath.
      if (resources) i18n.addResourceBundle(lng, NAMESPACE, resources, true, false)
    })
    .catch((cause: unknown) => {
      byLng.delete(lng)
      if (lng === SOURCE_LOCALE) throw cause
      // A missing or broken catalog must not break the app: English stays in charge.
    })
  byLng.set(lng, promise)
  return promise
}

/**
 * Adds or overrides messages for a locale, e.g. a friendlier text for one code.
 *
 * @example addStardustResources(i18n, 'en', { codes: { 51004: { hint: 'Campaign names are unique per workspace.' } } })
 */
export function addStardustResources(i18n: I18n, lng: string, resources: StardustOverrides | StardustResources): void {
  i18n.addResourceBundle(lng, NAMESPACE, resources, true, true)
}
