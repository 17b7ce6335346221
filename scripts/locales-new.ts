// npm run locales:new <lng>
// Scaffolds locales/<lng>/stardust.json from English with every value marked untranslated and the
// plural forms the language needs, so `npm run locales:check <lng>` lists exactly what is left to do.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { SOURCE, UNTRANSLATED, catalogPath, flatten, pluralForms, PLURAL_SUFFIX, readCatalog, setPath, type Catalog } from './catalog.js'

/** Scaffolds the catalog; returns the exit code (set as `process.exitCode`, so output is never cut short). */
function main(input: string | undefined): number {
  let lng: string
  try {
    if (!input) throw new Error('missing')
    lng = Intl.getCanonicalLocales(input)[0]!
  } catch {
    console.error('Usage: npm run locales:new <language tag>   e.g. npm run locales:new fr  or  npm run locales:new pt-BR')
    return 2
  }
  if (existsSync(catalogPath(lng))) {
    console.error(`✖ ${catalogPath(lng)} already exists. Run: npm run locales:check ${lng}`)
    return 1
  }
  const source = readCatalog(SOURCE)
  if ('error' in source) {
    console.error(`✖ cannot read the English catalog: ${source.error}`)
    return 1
  }

  const out: Catalog = {}
  const done = new Set<string>()
  for (const [key, value] of flatten(source.catalog)) {
    const match = PLURAL_SUFFIX.exec(key)
    if (!match) {
      setPath(out, key, `${UNTRANSLATED}${String(value)}`)
      continue
    }
    const base = key.slice(0, -match[0].length)
    if (done.has(base)) continue
    done.add(base)
    const english = (flatten(source.catalog).get(`${base}_other`) ?? value) as string
    for (const form of pluralForms(lng)) setPath(out, `${base}_${form}`, `${UNTRANSLATED}${english}`)
  }

  mkdirSync(dirname(catalogPath(lng)), { recursive: true })
  writeFileSync(catalogPath(lng), `${JSON.stringify(out, null, 2)}\n`)
  console.log(`✔ created ${catalogPath(lng)} (plural forms for ${lng}: ${pluralForms(lng).join(', ')})

Next:
  1. Translate every value and remove the "${UNTRANSLATED.trim()}" marker. Keep {{placeholders}} exactly as they are.
     locales/stardust.context.json says what each key is about and gives example values.
  2. npm run locales:check ${lng}    lists what is still missing or wrong
  3. npm start                       and pick "${lng}" in the Storybook toolbar's locale menu to see it in place
     (the Code catalog story shows every code side by side with the API's English text)`)
  return 0
}

process.exitCode = main(process.argv[2])
