// i18next-cli reads the kit's keys from a generated file (npm run locales:status writes it first).
import { readdirSync } from 'node:fs'

export default {
  locales: readdirSync('locales', { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b))),
  extract: {
    input: ['scripts/.generated/keys.ts'],
    output: 'locales/{{language}}/{{namespace}}.json',
    defaultNS: 'stardust',
    primaryLanguage: 'en',
  },
}
