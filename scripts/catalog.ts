// Reading and walking the message catalogs: shared by the checker, the scaffolder and the key generator.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export const LOCALES_DIR = process.env.STARDUST_LOCALES_DIR ?? join(import.meta.dirname, '..', 'locales')
export const SOURCE = 'en'
export const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/
export type Catalog = { [key: string]: string | Catalog }

export function localeDirs(): string[] {
  return readdirSync(LOCALES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(LOCALES_DIR, d.name, 'stardust.json')))
    .map((d) => d.name)
    .sort((a, b) => (a === SOURCE ? -1 : b === SOURCE ? 1 : a.localeCompare(b)))
}

export function catalogPath(lng: string): string {
  return join(LOCALES_DIR, lng, 'stardust.json')
}

/** Parses a locale file; returns the parse error instead of throwing. */
export function readCatalog(lng: string): { catalog: Catalog } | { error: string } {
  try {
    const text = readFileSync(catalogPath(lng), 'utf8').replace(/^\uFEFF/, '')
    const value: unknown = JSON.parse(text)
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: 'the file is not a JSON object' }
    return { catalog: value as Catalog }
  } catch (error) {
    return { error: (error as Error).message }
  }
}

/** Every leaf as `dotted.key → value` (non-string leaves are reported as they are). */
export function flatten(catalog: Catalog, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) flatten(value as Catalog, path, out)
    else out.set(path, value)
  }
  return out
}

/** Sets `dotted.key` in a nested catalog. */
export function setPath(catalog: Catalog, path: string, value: string): void {
  const parts = path.split('.')
  let node = catalog
  for (const part of parts.slice(0, -1)) {
    node[part] ??= {}
    node = node[part] as Catalog
  }
  node[parts.at(-1)!] = value
}

/** The CLDR plural categories a language needs (`ar`: zero one two few many other). */
export function pluralForms(lng: string): string[] {
  const order = ['zero', 'one', 'two', 'few', 'many', 'other']
  const forms = new Intl.PluralRules(lng).resolvedOptions().pluralCategories
  return order.filter((f) => forms.includes(f as Intl.LDMLPluralRule))
}

export const placeholders = (text: string): string[] =>
  [...new Set([...text.matchAll(/\{\{\s*([^}\s,]+)[^}]*\}\}/g)].map((m) => m[1]!))].sort()

/** What `locales:new` puts in front of every value until it is translated. */
export const UNTRANSLATED = '[untranslated] '
