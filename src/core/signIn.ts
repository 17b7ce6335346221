/** Decides whether a response is a sign-in page rather than the API's answer. */
export type SignInDetector = (response: Response, body?: string) => boolean

// Paths a single-sign-on proxy or an identity provider sends an expired session to.
const SIGN_IN_PATH = /(^|\/)(log-?in|sign-?in|sso|oauth2?|auth|authorize|saml2?|cas|idp)(\/|$|\.)/i
const PASSWORD_FIELD = /<input\b[^>]*\btype\s*=\s*["']?password/i

/**
 * The kit's default sign-in detection: a `redirect: 'manual'` request that
 * was redirected (an opaque redirect), a response that was redirected to a
 * path that looks like a sign-in (`/login`, `/signin`, `/sso`, `/oauth`,
 * `/auth`…), or an HTML page that is a 401 or 403 or has a password field.
 *
 * @example isSignInResponse(await fetch(url, { redirect: 'manual' }))
 */
export function isSignInResponse(response: Response, body?: string): boolean {
  try {
    if (response.type === 'opaqueredirect') return true
    if (response.redirected && SIGN_IN_PATH.test(pathOf(response.url))) return true
    if (body === undefined || !isHtml(response, body)) return false
    return response.status === 401 || response.status === 403 || PASSWORD_FIELD.test(body)
  } catch {
    return false
  }
}

/** The page the request ended on, when it is known (an opaque redirect hides it). */
export function signInUrlOf(response: Response): string | null {
  return response.type !== 'opaqueredirect' && response.url ? response.url : null
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname
  } catch {
    return url
  }
}

function isHtml(response: Response, body: string): boolean {
  return /html/i.test(response.headers.get('content-type') ?? '') || /^\s*<(!doctype|html)/i.test(body)
}
