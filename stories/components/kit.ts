// What a story's play function expects the kit to show, computed the way the kit computes it, in the
// story's locale: assertions hold in every locale of the toolbar, not only in English.
import type { StardustLoaded } from '../../.storybook/stardust.js'
import { StardustError } from '../../src/core.js'
import { resolveError, type ResolvedError } from '../../src/i18n.js'
import { stardustText } from '../../src/i18n/text.js'
import { serverText, type ServerTextValues } from '../mocks/apiTexts.js'
import { newRequestId, serverDate } from '../mocks/envelope.js'

/** The story's i18next instance and locale, as the Stardust loader put them in `context.loaded`. */
export function kitOf(loaded: unknown): StardustLoaded {
  return loaded as StardustLoaded
}

/**
 * A failure as the mocked API sends it: the catalog key's code (`51004`, `'51002_campaignType'`), the API's own
 * text, a fresh request ID and the server's date.
 */
export function apiError(key: number | string, values?: ServerTextValues): StardustError {
  return new StardustError({
    kind: 'api',
    code: Number.parseInt(String(key), 10),
    status: 200,
    serverMessage: serverText(key, values) ?? null,
    requestId: newRequestId(),
    date: serverDate(),
  })
}

/** What the kit shows for `error` in the story's locale: title, message, hint, severity… */
export function expected(loaded: unknown, error: unknown): ResolvedError {
  const { i18n, locale } = kitOf(loaded)
  return resolveError(error, i18n, locale)
}

/** One of the kit's own strings (`tryAgain`, `copied`, `moreErrors` with a count…) in the story's locale. */
export function uiText(loaded: unknown, key: string, options?: Record<string, unknown>): string {
  const { i18n, locale } = kitOf(loaded)
  return stardustText(i18n, locale, `ui.${key}`, key, options)
}
