/** The codes on which the API reports success (2000 today, 200 on the older API). */
export const SUCCESS_CODES: ReadonlySet<number> = new Set([2000, 200])

/** The body of every Stardust API response. */
export interface StardustEnvelope<T = unknown> {
  /** 2000 on success (200 on the older API); a business or HTTP-like code otherwise. */
  code: number
  success: boolean
  /** The server's English text: "Success", or what went wrong. */
  message: string
  /** The payload on success; `null` on failure. */
  data: T | null
  /** Server time, `YYYY-MM-DD HH:mm:ss` (no zone). Empty or missing on some old responses. */
  date?: string
  /** What support needs to find the request. Empty or missing on some old responses. */
  requestId?: string
}

const NUMERIC = /^\s*-?\d{1,9}\s*$/

function readCode(value: unknown): number | null {
  if (typeof value === 'number') return Number.isInteger(value) ? value : null
  if (typeof value === 'string' && NUMERIC.test(value)) return Number.parseInt(value, 10)
  return null
}

const optionalText = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined

/**
 * Reads an envelope from a parsed JSON value, tolerating what the real API
 * sends (a numeric-string `code`, no `date` or `requestId`, `data: null`).
 * Returns `null` for anything that is not an envelope.
 *
 * @example decodeEnvelope(JSON.parse(body))?.requestId
 */
export function decodeEnvelope<T = unknown>(value: unknown): StardustEnvelope<T> | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null
  const raw = value as Record<string, unknown>
  const code = readCode(raw.code)
  if (code === null) return null
  const hasSuccess = typeof raw.success === 'boolean'
  if (!hasSuccess && typeof raw.message !== 'string') return null
  const envelope: StardustEnvelope<T> = {
    code,
    success: hasSuccess ? (raw.success as boolean) : SUCCESS_CODES.has(code),
    message: typeof raw.message === 'string' ? raw.message : '',
    data: (raw.data ?? null) as T | null,
  }
  const date = optionalText(raw.date)
  const requestId = optionalText(raw.requestId)
  if (date !== undefined) envelope.date = date
  if (requestId !== undefined) envelope.requestId = requestId
  return envelope
}

/**
 * Whether an envelope reports success. Both flags must agree: `success: true`
 * with an error code (or `success: false` with 2000) is treated as a failure,
 * so a contradictory response is never mistaken for data.
 */
export function isSuccessEnvelope(envelope: StardustEnvelope): boolean {
  return envelope.success === true && SUCCESS_CODES.has(envelope.code)
}
