// Real failures for the benchmarks: every documented failure code with the API's own English text.
import apiTexts from '../../src/core/apiTexts.json'
import en from '../../locales/en/stardust.json'

export interface Envelope {
  code: number
  success: false
  message: string
  data: null
  date: string
  requestId: string
}

interface ApiText {
  key: string
  code: number
  text: string
}

const catalog = (en as { codes: Record<string, { title?: string; message?: string }> }).codes

/** Every documented failure (success codes aside), one per meaning, with the server's text. */
export const FAILURES: readonly ApiText[] = (apiTexts as ApiText[]).filter((t) => t.code !== 200 && t.code !== 2000)

/** A 32-hex request ID like the API's. */
export const requestId = (n: number): string => n.toString(16).padStart(32, '0')

/** The n-th of a stream of distinct failures: codes in turn, each request with its own ID. */
export function envelope(n: number): Envelope {
  const f = FAILURES[n % FAILURES.length]!
  return { code: f.code, success: false, message: f.text, data: null, date: '2025-03-20 14:04:05', requestId: requestId(n + 1) }
}

/** The same failure every time: a duplicate campaign name, one request ID. */
export const IDENTICAL: Envelope = {
  code: 51004,
  success: false,
  message: 'campaignName is already exists.',
  data: null,
  date: '2025-03-20 14:04:05',
  requestId: requestId(0xc0ffee),
}

/** What an app's own mapping code would hand a toast library: English title and description. */
export function plainText(e: Envelope): { title: string; description: string } {
  const key = FAILURES.find((f) => f.code === e.code)?.key ?? String(e.code)
  return { title: catalog[key]?.title ?? 'Something went wrong', description: catalog[key]?.message ?? e.message }
}
