// Writes src/core/catalogTypes.ts (the StardustCode union and friends) from the code catalog.
// With --check, writes nothing and fails when the committed file is out of date.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { listCodes } from '../src/core/codes.js'
import { CATALOG_TYPES_PATH, renderCatalogTypes } from './codeTypes.js'

const file = join(import.meta.dirname, '..', CATALOG_TYPES_PATH)
const expected = renderCatalogTypes(listCodes())
let current = ''
try {
  current = readFileSync(file, 'utf8')
} catch {}

if (process.argv.includes('--check')) {
  if (current === expected) {
    console.log(`${CATALOG_TYPES_PATH} is up to date (${listCodes().length} catalog entries)`)
    process.exitCode = 0
  } else {
    console.error(`${CATALOG_TYPES_PATH} is out of date with the code catalog: run \`npm run codes:types\` and commit it`)
    process.exitCode = 1
  }
} else {
  if (current !== expected) writeFileSync(file, expected)
  console.log(`${current === expected ? 'unchanged' : 'wrote'} ${CATALOG_TYPES_PATH} (${listCodes().length} catalog entries)`)
  process.exitCode = 0
}
