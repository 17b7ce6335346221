import { decodeEnvelope, isSuccessEnvelope } from './envelope.js'
import { StardustError } from './StardustError.js'
import { bodyExcerpt } from './text.js'
import { envelopeError, responseFacts, toStardustError } from './toStardustError.js'

/**
 * Reads a response body once and returns the envelope's `data`. A failure
 * envelope throws a {@link StardustError} with everything it carried; a body
 * that is not an envelope (a proxy's HTML 502 page, an empty or truncated
 * body) throws kind `'http'` (status ≥ 400) or `'malformed'`, with the status
 * and a short excerpt of the body, never the whole page.
 *
 * @example
 * const campaigns = await unwrapEnvelope<Campaign[]>(await fetch('/rosetta-open/campaign/list'))
 */
export async function unwrapEnvelope<T = unknown>(response: Response): Promise<T> {
  const facts = responseFacts(response)
  let body: string
  try {
    body = await response.text()
  } catch (cause) {
    const error = toStardustError(cause)
    if (error.kind !== 'unknown') throw error
    throw new StardustError({ kind: response.status >= 400 ? 'http' : 'malformed', ...facts, cause })
  }
  if (body.charCodeAt(0) === 0xfeff) body = body.slice(1)

  let parsed: unknown
  let parsedOk = false
  if (body.trim() !== '') {
    try {
      parsed = JSON.parse(body)
      parsedOk = true
    } catch {
      // not JSON: reported below
    }
  }
  const envelope = parsedOk ? decodeEnvelope<T>(parsed) : null
  if (!envelope) {
    throw new StardustError({
      kind: facts.status >= 400 ? 'http' : 'malformed',
      ...facts,
      bodyExcerpt: body.trim() === '' ? null : bodyExcerpt(body),
    })
  }
  if (isSuccessEnvelope(envelope)) return envelope.data as T
  throw envelopeError(envelope, facts)
}
