import type { StardustFamily, StardustSeverity } from '../core/codes.js'
import type { StardustCodeKey } from '../core/register.js'

/** The texts of one catalog entry; each is optional in an override. */
export interface StardustTexts {
  title?: string
  message?: string
  /** The message when the server's text carried values (`{{field}}`, `{{bucket}}`…). */
  messageWithValues?: string
  hint?: string
}

/**
 * Overrides for one locale, shaped like `locales/<lng>/stardust.json`: a
 * misspelt code, family or section is a compile error. Codes are
 * {@link StardustCode}s (declare your own in `Register`).
 *
 * @example const overrides: Record<string, StardustOverrides> = { en: { codes: { 51004: { hint: 'Names are unique per workspace.' } } } }
 */
export interface StardustOverrides {
  codes?: { [K in StardustCodeKey]?: StardustTexts }
  families?: { [F in StardustFamily]?: StardustTexts }
  /** By HTTP status (`'503'`). */
  http?: { [status: string]: StardustTexts }
  /** By error kind (`network`, `timeout`…). */
  kinds?: { [kind: string]: StardustTexts }
  generic?: StardustTexts
  severity?: { [S in StardustSeverity]?: string }
  /** The kit's own interface texts (`ui.tryAgain`…). */
  ui?: { [key: string]: string }
}
