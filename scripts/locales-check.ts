// npm run locales:check [lng…]
// Checks every locale against the English source: missing, extra and empty keys, placeholder
// mismatches, plural forms, untranslated and identical-to-English strings. Prints a coverage table and
// exits non-zero on errors, so CI catches them.
import { listCodes } from '../src/core/codes.js'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  LOCALES_DIR,
  SOURCE,
  UNTRANSLATED,
  catalogPath,
  flatten,
  localeDirs,
  placeholders,
  pluralForms,
  PLURAL_SUFFIX,
  readCatalog,
} from './catalog.js'

const CONTEXT_FILE = 'locales/stardust.context.json'

function readContext(): Set<string> {
  const file = join(LOCALES_DIR, 'stardust.context.json')
  if (!existsSync(file)) return new Set()
  try {
    return new Set(Object.keys(JSON.parse(readFileSync(file, 'utf8')) as object))
  } catch {
    return new Set()
  }
}

type Problem = { level: 'error' | 'warning'; key: string; text: string }

const source = readCatalog(SOURCE)
// An unreadable English catalog is reported as an error of the source locale below: every other check runs on.
const en = 'error' in source ? new Map<string, unknown>() : flatten(source.catalog)

// Plural families in English (`ui.moreErrors` ← ui.moreErrors_one, ui.moreErrors_other) and plain keys.
const families = new Map<string, string>() // base → English _other text
const plain = new Map<string, string>()
for (const [key, value] of en) {
  const match = PLURAL_SUFFIX.exec(key)
  if (match) {
    const base = key.slice(0, -match[0].length)
    if (match[1] === 'other' || !families.has(base)) families.set(base, String(value))
  } else plain.set(key, String(value))
}

function checkSource(): Problem[] {
  const problems: Problem[] = []
  if ('error' in source) problems.push({ level: 'error', key: catalogPath(SOURCE), text: source.error })
  for (const info of listCodes()) {
    for (const part of ['title', 'message']) {
      const key = `codes.${info.key}.${part}`
      if (!plain.get(key)?.trim()) problems.push({ level: 'error', key, text: `code ${info.key} has no English ${part}` })
    }
  }
  for (const [key, value] of en)
    if (typeof value !== 'string' || value.trim() === '') problems.push({ level: 'error', key, text: 'empty or not a string' })
  // Translators read stardust.context.json beside the catalogs: every English key needs its context.
  const context = readContext()
  for (const key of en.keys())
    if (!context.has(key)) problems.push({ level: 'error', key, text: `no translator context in ${CONTEXT_FILE}` })
  for (const key of context)
    if (!en.has(key)) problems.push({ level: 'warning', key, text: `${CONTEXT_FILE} describes a key English does not have` })
  return problems
}

function checkLocale(lng: string): { problems: Problem[]; total: number; done: number } {
  const parsed = readCatalog(lng)
  const total = plain.size + families.size
  if ('error' in parsed) return { problems: [{ level: 'error', key: '(file)', text: `invalid JSON: ${parsed.error}` }], total, done: 0 }
  const target = flatten(parsed.catalog)
  const problems: Problem[] = []
  let done = 0
  const forms = pluralForms(lng)
  const seen = new Set<string>()

  const checkText = (key: string, value: unknown, english: string, plural: boolean): boolean => {
    seen.add(key)
    if (typeof value !== 'string') return problems.push({ level: 'error', key, text: 'not a string' }) < 0
    if (value.trim() === '') return problems.push({ level: 'error', key, text: 'empty string' }) < 0
    if (value.startsWith(UNTRANSLATED)) return problems.push({ level: 'error', key, text: 'not translated yet' }) < 0
    const want = placeholders(english)
    const got = placeholders(value)
    const extra = got.filter((p) => !want.includes(p))
    // A plural form may leave out {{count}} where the form itself says it ("once"); nothing else may go missing.
    const missing = want.filter((p) => !got.includes(p) && !(plural && p === 'count'))
    if (extra.length || missing.length) {
      problems.push({
        level: 'error',
        key,
        text: `placeholders differ from English: ${[...missing.map((p) => `missing {{${p}}}`), ...extra.map((p) => `unknown {{${p}}}`)].join(', ')}`,
      })
      return false
    }
    if (lng !== SOURCE && value === english && /\p{L}{3}/u.test(english))
      problems.push({ level: 'warning', key, text: `identical to English: "${english}"` })
    return true
  }

  for (const [key, english] of plain) {
    if (!target.has(key)) problems.push({ level: 'error', key, text: `missing (English: "${english}")` })
    else if (checkText(key, target.get(key), english, false)) done++
  }
  for (const [base, english] of families) {
    let ok = true
    for (const form of forms) {
      const key = `${base}_${form}`
      if (!target.has(key)) {
        problems.push({ level: 'error', key, text: `missing plural form "${form}" (${lng} needs: ${forms.join(', ')})` })
        ok = false
      } else ok = checkText(key, target.get(key), english, true) && ok
    }
    if (ok) done++
  }
  for (const key of target.keys()) {
    if (seen.has(key)) continue
    const match = PLURAL_SUFFIX.exec(key)
    const base = match ? key.slice(0, -match[0].length) : null
    problems.push({
      level: 'error',
      key,
      text:
        base && families.has(base)
          ? `plural form "${match![1]}" is not used in ${lng} (it needs: ${forms.join(', ')})`
          : 'not in English: remove it, or add it to en first',
    })
  }
  return { problems, total, done }
}

const wanted = process.argv.slice(2)
const locales = localeDirs().filter((l) => wanted.length === 0 || wanted.includes(l))
for (const lng of wanted) if (!locales.includes(lng)) console.error(`✖ no catalog at ${catalogPath(lng)} (run: npm run locales:new ${lng})`)

let errors = wanted.length - locales.filter((l) => wanted.includes(l)).length
const rows: string[][] = []
const sourceProblems = checkSource()
for (const lng of locales) {
  const { problems, total, done } =
    lng === SOURCE
      ? {
          problems: sourceProblems,
          total: plain.size + families.size,
          done: Math.max(0, plain.size + families.size - sourceProblems.length),
        }
      : checkLocale(lng)
  const errs = problems.filter((p) => p.level === 'error')
  const warns = problems.filter((p) => p.level === 'warning')
  errors += errs.length
  rows.push([lng, `${((100 * done) / total).toFixed(1)}%`, `${done}/${total}`, String(errs.length), String(warns.length)])
  if (problems.length) {
    console.log(`\n${lng} (${catalogPath(lng)})`)
    for (const p of problems) console.log(`  ${p.level === 'error' ? '✖' : '⚠'} ${p.key}: ${p.text}`)
  }
}

const header = ['locale', 'coverage', 'keys', 'errors', 'warnings']
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`
console.log(`\n${line(header)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|\n${rows.map(line).join('\n')}`)
console.log(errors ? `\n✖ ${errors} error(s): fix them, then run npm run locales:check again.` : '\n✔ every locale is complete.')
// exitCode, not exit(): a report longer than a pipe's buffer must reach its reader whole.
process.exitCode = errors ? 1 : 0
