import { decodeEnvelope, isSuccessEnvelope } from './envelope.js'
import { StardustError } from './StardustError.js'
import { isSignInResponse, signInUrlOf, type SignInDetector } from './signIn.js'
import { bodyExcerpt } from './text.js'
import { envelopeError, responseFacts, toStardustError } from './toStardustError.js'

/**
 * Reads a response body once and returns the envelope's `data`. A failure
 * envelope throws a {@link StardustError} with everything it carried; a body
 * that is not an envelope (a proxy's HTML 502 page, an empty or truncated
 * body) throws kind `'http'` (status ≥ 400) or `'malformed'`, with the status
 * and a short excerpt of the body, never the whole page. A response that
 * ended on a sign-in page (a single-sign-on proxy's redirect, a login form)
 * throws kind `'signin'`: the session expired. `options.isSignInResponse`
 * replaces the kit's detection ({@link isSignInResponse}).
 *
 * @example
 * const campaigns = await unwrapEnvelope<Campaign[]>(await fetch('/rosetta-open/campaign/list'))
 */
export async function unwrapEnvelope<T = unknown>(response: Response, options: UnwrapOptions = {}): Promise<T> {
  const facts = { ...responseFacts(response), endpoint: options.endpoint ?? null }
  const isSignIn = options.isSignInResponse ?? isSignInResponse
  const signIn = () => new StardustError({ kind: 'signin', ...facts, signInUrl: signInUrlOf(response) })
  // An opaque redirect has no body to read, and a redirect to a sign-in page needs none.
  if (response.type === 'opaqueredirect' || (response.redirected && safely(() => isSignIn(response)))) throw signIn()
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
  if (!envelope && safely(() => isSignIn(response, body))) throw signIn()
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

export interface UnwrapOptions {
  /**
   * Whether a response is a sign-in page instead of the API's answer; replaces
   * the kit's detection. Called before the body is read (without `body`) and,
   * for a body that is not an envelope, again with it.
   */
  isSignInResponse?: SignInDetector
  /**
   * The request this response answers (`POST /rosetta-open/campaign/create`), recorded on the error:
   * it decides between the meanings of a reused code. `stardustFetch` passes it.
   */
  endpoint?: string | null
}

function safely(check: () => boolean): boolean {
  try {
    return check() === true
  } catch {
    return false
  }
}
