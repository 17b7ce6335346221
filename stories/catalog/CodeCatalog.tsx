// The code catalog browser: every code the kit knows, with its texts in the toolbar locale beside the
// API's own English text. Translators use it to preview their catalog.
import { useEffect, useId, useMemo, useState, type ReactNode } from 'react'
import type { i18n as I18n } from 'i18next'
import { StardustError, listCodes, serverValues, type CodeInfo } from '../../src/core.js'
import { NAMESPACE, SOURCE_LOCALE, resolveError, type ResolvedError } from '../../src/i18n.js'
import { useStardust } from '../../src/ui/context.js'
import { apiText, serverText } from '../mocks/apiTexts.js'
import './catalog.css'

export interface CatalogRow {
  info: CodeInfo
  /** The API's own English text, as the docs print it. */
  apiText: string
  /** What the kit shows for the code when the server sends that text (with example values filled in). */
  resolved: ResolvedError
  /** The plain message of a code whose message can carry server values (`codes.<key>.messageWithValues`). */
  messageWithoutValues: string | null
  /** The parts this locale has no text of its own for, so English shows. */
  fallbacks: Set<'title' | 'message' | 'hint'>
}

/** One row per catalog entry, resolved in `locale` exactly as the kit resolves a real failure. */
export function catalogRows(i18n: I18n, locale: string): CatalogRow[] {
  const own = (key: string) => {
    const value = i18n.getResource(locale, NAMESPACE, key)
    return typeof value === 'string' && value.trim() !== '' ? value : null
  }
  return listCodes().map((info) => {
    const prefix = `codes.${info.key}`
    const serverMessage = serverText(info.key) ?? null
    const failure = resolveError(new StardustError({ kind: 'api', code: info.code, serverMessage }), i18n, locale)
    // A failure that carries a success code contradicts itself and reads as an unreadable response: the row of
    // a success code shows the catalog's own texts instead, the ones translators maintain.
    const catalogText = (field: string) => String(i18n.t(`${prefix}.${field}`, { ns: NAMESPACE, lng: locale }))
    const resolved: ResolvedError =
      info.family === 'success' ? { ...failure, title: catalogText('title'), message: catalogText('message'), hint: null } : failure
    // The kit says the message with the server's values when it found them and the key has such a text.
    const hasValuesText = typeof i18n.getResource(SOURCE_LOCALE, NAMESPACE, `${prefix}.messageWithValues`) === 'string'
    const withValues = hasValuesText && Object.keys(serverValues(info.code, serverMessage)).length > 0
    const fallbacks = new Set<'title' | 'message' | 'hint'>()
    if (locale !== SOURCE_LOCALE) {
      if (!own(`${prefix}.title`)) fallbacks.add('title')
      if (!own(`${prefix}.${withValues ? 'messageWithValues' : 'message'}`)) fallbacks.add('message')
      if (resolved.hint && !own(`${prefix}.hint`)) fallbacks.add('hint')
    }
    const plain = own(`${prefix}.message`) ?? i18n.getResource(SOURCE_LOCALE, NAMESPACE, `${prefix}.message`)
    return {
      info,
      apiText: apiText(info.key) ?? '',
      resolved,
      messageWithoutValues: withValues && typeof plain === 'string' ? plain : null,
      fallbacks,
    }
  })
}

function matches(row: CatalogRow, query: string, locale: string): boolean {
  if (row.info.key.includes(query)) return true
  const { title, message, hint } = row.resolved
  return [title, message, hint, row.messageWithoutValues, row.apiText, row.resolved.field].some((text) =>
    text?.toLocaleLowerCase(locale).includes(query),
  )
}

// Code, family, severity, retryable, field, title, message, hint, API text: the texts get the room.
const COLUMN_WIDTHS = ['7rem', '9rem', '6rem', '6rem', '10rem', '13rem', '20rem', '20rem', '18rem']

/** The variant name of a code the API uses twice (`51002_campaignType` → `campaignType`). */
const variantOf = (key: string) => key.split('_')[1] ?? null

export interface CodeCatalogProps {
  /** Show only this family at first. Default: all. */
  initialFamily?: string
}

/** A filterable table of every code: catalog facts, the localized title / message / hint, the API's text. */
export function CodeCatalog({ initialFamily = '' }: CodeCatalogProps): ReactNode {
  const { i18n, locale, dir, catalogVersion } = useStardust()
  const [family, setFamily] = useState(initialFamily)
  useEffect(() => setFamily(initialFamily), [initialFamily])
  const [query, setQuery] = useState('')
  const id = useId()
  // catalogVersion: resolve again once a catalog has loaded.
  const rows = useMemo(() => catalogRows(i18n, locale), [i18n, locale, catalogVersion])
  const families = useMemo(() => {
    const counts = new Map<string, number>()
    for (const row of rows) counts.set(row.info.family, (counts.get(row.info.family) ?? 0) + 1)
    return [...counts].sort(([a], [b]) => a.localeCompare(b))
  }, [rows])
  const q = query.trim().toLocaleLowerCase(locale)
  const visible = rows.filter((row) => (!family || row.info.family === family) && (!q || matches(row, q, locale)))
  const language = new Intl.DisplayNames(['en'], { type: 'language' }).of(locale) ?? locale

  return (
    // The browser's own words are English; each localized cell carries its locale's lang and dir.
    <section className="catalog" lang="en" dir="ltr" aria-labelledby={`${id}-heading`}>
      <h1 id={`${id}-heading`} className="catalog__heading">
        Stardust code catalog
      </h1>
      {/* biome-ignore lint/a11y/useSemanticElements: <search> is not yet in every browser the console supports */}
      <div className="catalog__filters" role="search" aria-label="Filter codes">
        <label htmlFor={`${id}-family`}>Family</label>
        <select id={`${id}-family`} value={family} onChange={(e) => setFamily(e.target.value)}>
          <option value="">All families ({rows.length})</option>
          {families.map(([name, count]) => (
            <option key={name} value={name}>
              {name} ({count})
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-search`}>Search</label>
        <input id={`${id}-search`} type="search" value={query} placeholder="Code or text" onChange={(e) => setQuery(e.target.value)} />
        <p className="catalog__count" role="status">
          {visible.length} of {rows.length} codes
        </p>
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: a scrolling table region, focusable so keyboard users can scroll it */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: same */}
      <div className="catalog__scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
        <table className="catalog__table">
          <caption id={`${id}-caption`}>
            Every Stardust code: the kit’s texts in {language} ({locale}), beside the API’s own English text
          </caption>
          <colgroup>
            {COLUMN_WIDTHS.map((width, i) => (
              <col key={i} style={{ inlineSize: width }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th scope="col">Code</th>
              <th scope="col">Family</th>
              <th scope="col">Severity</th>
              <th scope="col">Retryable</th>
              <th scope="col">Field</th>
              <th scope="col">Title</th>
              <th scope="col">Message</th>
              <th scope="col">Hint</th>
              <th scope="col">API text (English)</th>
            </tr>
          </thead>
          <tbody>
            {visible.map((row) => (
              <CatalogTableRow key={row.info.key} row={row} locale={locale} dir={dir} />
            ))}
          </tbody>
        </table>
        {visible.length === 0 ? <p className="catalog__empty">No code matches.</p> : null}
      </div>
    </section>
  )
}

function CatalogTableRow({ row, locale, dir }: { row: CatalogRow; locale: string; dir: 'ltr' | 'rtl' }): ReactNode {
  const { info, resolved, fallbacks } = row
  const variant = variantOf(info.key)
  // A text this locale lacks shows in English: mark it, in English, for the translator.
  const localized = (part: 'title' | 'message' | 'hint', label: string, text: string | null, extra?: ReactNode) =>
    text === null ? (
      <td data-label={label} className="catalog__none">
        —
      </td>
    ) : fallbacks.has(part) ? (
      <td data-label={label} lang={SOURCE_LOCALE} dir="ltr" className="catalog__fallback">
        {text}
        <span className="catalog__badge">English fallback</span>
        {extra}
      </td>
    ) : (
      <td data-label={label} lang={locale} dir={dir}>
        {text}
        {extra}
      </td>
    )
  return (
    <tr>
      <th scope="row">
        {info.code}
        {variant ? <span className="catalog__variant">{variant}</span> : null}
      </th>
      <td data-label="Family">{info.family}</td>
      <td data-label="Severity">{info.severity}</td>
      <td data-label="Retryable">{info.retryable ? 'yes' : 'no'}</td>
      <td data-label="Field">{resolved.field ? <code>{resolved.field}</code> : '—'}</td>
      {localized('title', 'Title', resolved.title)}
      {localized(
        'message',
        'Message',
        resolved.message,
        row.messageWithoutValues ? <WithoutValues text={row.messageWithoutValues} /> : null,
      )}
      {localized('hint', 'Hint', resolved.hint)}
      <td data-label="API text" lang="en" dir="ltr" className="catalog__api">
        {row.apiText}
      </td>
    </tr>
  )
}

function WithoutValues({ text }: { text: string }): ReactNode {
  return (
    <span className="catalog__plain">
      <span lang="en">Without values: </span>
      {text}
    </span>
  )
}
