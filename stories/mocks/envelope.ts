// Envelopes exactly as the Stardust API sends them: { code, data, date, message, requestId, success }.
import { HttpResponse } from 'msw'

/** 32 lowercase hex characters, like the API's current request IDs. */
export function newRequestId(): string {
  const bytes = new Uint8Array(16)
  crypto.getRandomValues(bytes)
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

/** Server time as `YYYY-MM-DD HH:mm:ss`, no zone (the API's servers run on UTC+8). */
export function serverDate(now: Date = new Date()): string {
  const t = new Date(now.getTime() + 8 * 3_600_000)
  const two = (n: number) => String(n).padStart(2, '0')
  return `${t.getUTCFullYear()}-${two(t.getUTCMonth() + 1)}-${two(t.getUTCDate())} ${two(t.getUTCHours())}:${two(t.getUTCMinutes())}:${two(t.getUTCSeconds())}`
}

/** The envelope object itself (for handlers that need to alter the serialized body). */
export function envelopeBody(code: number, data: unknown, message: string) {
  return { code, data, date: serverDate(), message, requestId: newRequestId(), success: code === 2000 }
}

/** A success envelope, HTTP 200. */
export function ok(data: unknown): Response {
  return HttpResponse.json(envelopeBody(2000, data, 'Success'))
}

/** A failure envelope: `data` is always `null`; HTTP 200, as the docs show every example. */
export function fail(code: number, message: string, status = 200): Response {
  return HttpResponse.json(envelopeBody(code, null, message), { status })
}
