// A console behind a single-sign-on proxy meets login pages where it expected JSON: an expired session,
// reported as one, never as "unreadable response".
import { describe, expect, it } from 'vitest'
import { StardustError, formatSupportDetails, isSignInResponse, stardustFetch, toStardustError, unwrapEnvelope } from '../../src/core.js'
import { rejection } from './envelopes'

const LOGIN_PAGE =
  '<!doctype html><html><body><form action="/login"><input name="user"><input type="password" name="pw"></form></body></html>'
const TOKEN = 'st4te-and-t0ken'

/** A response as fetch returns it after following redirects. */
function arrivedAt(url: string, body: string, init: ResponseInit = {}): Response {
  const response = new Response(body, { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, ...init })
  Object.defineProperty(response, 'url', { value: url })
  Object.defineProperty(response, 'redirected', { value: true })
  return response
}

describe('sign-in pages are auth failures, not unreadable responses', () => {
  it.each([
    ['a redirect to /login', arrivedAt(`https://sso.example/login?state=${TOKEN}&next=%2Fcampaigns`, LOGIN_PAGE)],
    ['a redirect to /oauth2/authorize', arrivedAt(`https://idp.example/oauth2/authorize?client_id=x&state=${TOKEN}`, '<html>…</html>')],
    ['a redirect to /sso/', arrivedAt(`https://corp.example/sso/?token=${TOKEN}`, '')],
  ])('%s', async (_what, response) => {
    const error = await rejection(unwrapEnvelope(response))
    expect(error.kind).toBe('signin')
    expect(error.signInUrl).toMatch(/^https:\/\/[^?]+$/)
    // Tokens and state live in the query string: none of it is kept, shown or copied.
    for (const out of [JSON.stringify(error.toJSON()), formatSupportDetails(error), error.message]) expect(out).not.toContain(TOKEN)
    expect(formatSupportDetails(error)).toContain(`Sign-in page: ${error.signInUrl}`)
  })

  it('an HTML page with a password field, whatever its status', async () => {
    const response = new Response(LOGIN_PAGE, { status: 200, headers: { 'content-type': 'text/html' } })
    expect((await rejection(unwrapEnvelope(response))).kind).toBe('signin')
  })

  it.each([401, 403])('a %i with an HTML body', async (status) => {
    const response = new Response('<html><body>Please sign in</body></html>', { status, headers: { 'content-type': 'text/html' } })
    const error = await rejection(unwrapEnvelope(response))
    expect(error).toMatchObject({ kind: 'signin', status })
  })

  it('an opaque redirect from redirect: "manual"', async () => {
    const opaque = Response.error()
    Object.defineProperty(opaque, 'type', { value: 'opaqueredirect' })
    const error = await rejection(stardustFetch('/rosetta-open/campaign/list', { redirect: 'manual', fetch: async () => opaque }))
    expect(error).toMatchObject({ kind: 'signin', signInUrl: null })
  })

  it('a sign-in response thrown as it is (no body read)', () => {
    const response = arrivedAt('https://sso.example/signin?state=x', LOGIN_PAGE)
    expect(toStardustError(response).kind).toBe('signin')
  })

  it('leaves what is not a sign-in page alone: a proxy’s 502 page, a redirect elsewhere, a 401 envelope', async () => {
    const bad = new Response('<html><body>502 Bad Gateway</body></html>', { status: 502, headers: { 'content-type': 'text/html' } })
    expect((await rejection(unwrapEnvelope(bad))).kind).toBe('http')
    const moved = arrivedAt('https://console.example/campaigns/list', '<html>moved</html>')
    expect((await rejection(unwrapEnvelope(moved))).kind).toBe('malformed')
    const envelope = new Response(
      JSON.stringify({ code: 401, data: null, date: '', message: 'Unauthorized', requestId: 'r', success: false }),
      { status: 401 },
    )
    expect((await rejection(unwrapEnvelope(envelope))).kind).toBe('api')
  })

  it('isSignInResponse replaces the detection, for apps whose proxy does something else', async () => {
    const custom = (response: Response) => response.headers.get('x-auth-required') === '1'
    const flagged = new Response('{"not":"an envelope"}', { status: 200, headers: { 'x-auth-required': '1' } })
    expect((await rejection(stardustFetch('/x', { fetch: async () => flagged, isSignInResponse: custom }))).kind).toBe('signin')
    // …and the default no longer applies: a login page the app's rule does not flag is just unreadable.
    const page = new Response(LOGIN_PAGE, { status: 200, headers: { 'content-type': 'text/html' } })
    expect((await rejection(stardustFetch('/x', { fetch: async () => page, isSignInResponse: custom }))).kind).toBe('malformed')
  })

  it('the default detector is exported and never throws', () => {
    expect(isSignInResponse(arrivedAt('https://sso.example/login', ''))).toBe(true)
    expect(isSignInResponse(new Response('{}'))).toBe(false)
    expect(isSignInResponse({} as Response)).toBe(false)
    expect(new StardustError({ kind: 'signin', signInUrl: 'https://a.example/login?x=1#y' }).signInUrl).toBe('https://a.example/login')
  })
})
