import { unwrapEnvelope } from '../../src/core'
import {
  REQUEST_ID,
  bucketConnectionFailed,
  campaignCreated,
  duplicateCampaignName,
  jsonResponse,
  serviceHiccup,
  rejection,
} from './envelopes'

const failure = rejection

const PROXY_502 = `<!DOCTYPE html>
<html>
<head><title>502 Bad Gateway</title></head>
<body>
<center><h1>502 Bad Gateway</h1></center>
<hr><center>nginx/1.25.3</center>
<script>window.location = "/maintenance?from=<b>"</script>
</body>
</html>`

describe('unwrapEnvelope', () => {
  it('returns the data of a success envelope', async () => {
    await expect(unwrapEnvelope(jsonResponse(campaignCreated))).resolves.toEqual(campaignCreated.data)
  })

  it('returns data of every documented shape, including null and true', async () => {
    for (const data of [null, true, 'Template A', [{ id: 1 }], { active: [], inactive: [] }]) {
      await expect(unwrapEnvelope(jsonResponse({ ...campaignCreated, data }))).resolves.toEqual(data)
    }
  })

  it('returns the data of a poc (200) success envelope', async () => {
    const poc = { code: 200, success: true, message: 'Succeed', data: { batchId: 'b-1' }, date: '', requestId: '' }
    await expect(unwrapEnvelope(jsonResponse(poc))).resolves.toEqual({ batchId: 'b-1' })
  })

  it('throws an api error with every field of a failure envelope', async () => {
    const error = await failure(unwrapEnvelope(jsonResponse(duplicateCampaignName)))
    expect(error).toMatchObject({
      kind: 'api',
      code: 51004,
      status: 200,
      requestId: REQUEST_ID,
      date: '2025-03-20 14:04:05',
      serverMessage: 'campaignName is already exists.',
      data: null,
      bodyExcerpt: null,
      retryAfterMs: null,
    })
    expect(error.message).toContain('51004')
    expect(error.message).toContain(REQUEST_ID)
  })

  it('keeps the bucket name of 54013 in the server message', async () => {
    const error = await failure(unwrapEnvelope(jsonResponse(bucketConnectionFailed)))
    expect(error.code).toBe(54013)
    expect(error.serverMessage).toBe('helixBucketName:[annotation-raw-eu] connection failed. Check whether the bucket exists.')
    expect(error.requestId).toBe(bucketConnectionFailed.requestId)
  })

  it('throws 5000 with its HTTP status', async () => {
    const error = await failure(unwrapEnvelope(jsonResponse(serviceHiccup, { status: 500 })))
    expect(error).toMatchObject({ kind: 'api', code: 5000, status: 500, serverMessage: 'Service hiccuped, please try again later' })
  })

  it('treats contradictory envelopes as failures', async () => {
    const e1 = await failure(unwrapEnvelope(jsonResponse({ ...duplicateCampaignName, success: true })))
    expect(e1).toMatchObject({ kind: 'api', code: 51004 })
    const e2 = await failure(unwrapEnvelope(jsonResponse({ ...campaignCreated, success: false })))
    expect(e2).toMatchObject({ kind: 'api', code: 2000 })
  })

  it('prefers the envelope requestId and falls back to the x-request-id header', async () => {
    const withBoth = await failure(unwrapEnvelope(jsonResponse(duplicateCampaignName, { headers: { 'x-request-id': 'edge-1' } })))
    expect(withBoth.requestId).toBe(REQUEST_ID)
    const headerOnly = await failure(
      unwrapEnvelope(jsonResponse({ ...duplicateCampaignName, requestId: '' }, { headers: { 'x-request-id': 'edge-1' } })),
    )
    expect(headerOnly.requestId).toBe('edge-1')
  })

  it('reports a proxy HTML 502 page as http 502 with a short, tag-free excerpt', async () => {
    const response = new Response(PROXY_502, { status: 502, headers: { 'content-type': 'text/html', 'x-request-id': 'lb-7' } })
    const error = await failure(unwrapEnvelope(response))
    expect(error.kind).toBe('http')
    expect(error.status).toBe(502)
    expect(error.code).toBeNull()
    expect(error.requestId).toBe('lb-7')
    expect(error.bodyExcerpt).toBe('502 Bad Gateway')
    expect(error.bodyExcerpt).not.toContain('<')
  })

  it('strips tags from an HTML page without a title', async () => {
    const body = '<html><body><h1>Service Unavailable</h1><script>alert("<x>")</script><p>Try &lt;later&gt;</p></body></html>'
    const error = await failure(unwrapEnvelope(new Response(body, { status: 503 })))
    expect(error.kind).toBe('http')
    expect(error.bodyExcerpt).toContain('Service Unavailable')
    expect(error.bodyExcerpt).not.toMatch(/[<>]/)
    expect(error.bodyExcerpt).not.toContain('alert')
    expect(error.bodyExcerpt!.length).toBeLessThanOrEqual(120)
  })

  it('reports an empty 200 body as malformed', async () => {
    const error = await failure(unwrapEnvelope(new Response('', { status: 200 })))
    expect(error).toMatchObject({ kind: 'malformed', status: 200, bodyExcerpt: null, code: null })
  })

  it('reports a whitespace-only 200 body as malformed', async () => {
    const error = await failure(unwrapEnvelope(new Response(' \n\t', { status: 200 })))
    expect(error).toMatchObject({ kind: 'malformed', bodyExcerpt: null })
  })

  it('reports an empty 500 body as http', async () => {
    const error = await failure(unwrapEnvelope(new Response('', { status: 500 })))
    expect(error).toMatchObject({ kind: 'http', status: 500, bodyExcerpt: null })
  })

  it('reports truncated JSON as malformed', async () => {
    const truncated = JSON.stringify(duplicateCampaignName).slice(0, 40)
    const error = await failure(unwrapEnvelope(new Response(truncated, { status: 200 })))
    expect(error.kind).toBe('malformed')
    expect(error.status).toBe(200)
    expect(error.code).toBeNull()
  })

  it('reports JSON that is not an envelope as malformed', async () => {
    for (const body of ['[]', 'null', '"ok"', '42', '{"status":"UP"}']) {
      const error = await failure(unwrapEnvelope(new Response(body, { status: 200 })))
      expect(error.kind, body).toBe('malformed')
    }
  })

  it('reads JSON that starts with a byte order mark', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(JSON.stringify(campaignCreated))])
    await expect(unwrapEnvelope(new Response(bytes))).resolves.toEqual(campaignCreated.data)
    await expect(unwrapEnvelope(new Response(`\ufeff${JSON.stringify(duplicateCampaignName)}`))).rejects.toMatchObject({
      kind: 'api',
      code: 51004,
    })
  })

  it('reads JSON whose decoded text still starts with a BOM (a fetch polyfill that keeps it)', async () => {
    const response = new Response('')
    vi.spyOn(response, 'text').mockResolvedValue(`\ufeff${JSON.stringify(campaignCreated)}`)
    await expect(unwrapEnvelope(response)).resolves.toEqual(campaignCreated.data)
  })

  it('reads a string code', async () => {
    await expect(unwrapEnvelope(jsonResponse({ ...campaignCreated, code: '2000' }))).resolves.toEqual(campaignCreated.data)
    await expect(unwrapEnvelope(jsonResponse({ ...duplicateCampaignName, code: '51004' }))).rejects.toMatchObject({
      kind: 'api',
      code: 51004,
    })
  })

  it('honours Retry-After on a 429', async () => {
    const html = await failure(unwrapEnvelope(new Response('Too Many Requests', { status: 429, headers: { 'Retry-After': '7' } })))
    expect(html).toMatchObject({ kind: 'http', status: 429, retryAfterMs: 7000 })
    const envelope = await failure(unwrapEnvelope(jsonResponse(serviceHiccup, { status: 429, headers: { 'Retry-After': '7' } })))
    expect(envelope).toMatchObject({ kind: 'api', code: 5000, status: 429, retryAfterMs: 7000 })
  })

  it('reads the body exactly once', async () => {
    for (const body of [campaignCreated, duplicateCampaignName]) {
      const response = jsonResponse(body)
      const text = vi.spyOn(response, 'text')
      const json = vi.spyOn(response, 'json')
      await unwrapEnvelope(response).catch(() => undefined)
      expect(text).toHaveBeenCalledTimes(1)
      expect(json).not.toHaveBeenCalled()
      expect(response.bodyUsed).toBe(true)
      await expect(response.text()).rejects.toThrow(TypeError)
    }
  })

  it('fails cleanly on a body that was already read', async () => {
    const response = jsonResponse(campaignCreated)
    await response.text()
    const error = await failure(unwrapEnvelope(response))
    expect(error.kind).toBe('malformed')
    expect(error.status).toBe(200)
    expect(error.cause).toBeInstanceOf(TypeError)
  })

  it('reports a body aborted mid-read as aborted, and a failed body of a 5xx as http', async () => {
    const aborted = new Response(new ReadableStream({ pull: (c) => c.error(new DOMException('aborted', 'AbortError')) }))
    expect((await failure(unwrapEnvelope(aborted))).kind).toBe('aborted')
    const broken = new Response(new ReadableStream({ pull: (c) => c.error(new Error('boom')) }), {
      status: 503,
      headers: { 'Retry-After': '2' },
    })
    expect(await failure(unwrapEnvelope(broken))).toMatchObject({ kind: 'http', status: 503, retryAfterMs: 2000 })
  })

  it('keeps the excerpt of a 1 MB HTML body short', async () => {
    const huge = `<html><body>${'<div class="row">Lorem ipsum dolor sit amet</div>'.repeat(22_000)}</body></html>`
    expect(huge.length).toBeGreaterThan(1_000_000)
    const error = await failure(unwrapEnvelope(new Response(huge, { status: 502 })))
    expect(error.kind).toBe('http')
    expect(error.bodyExcerpt).not.toBeNull()
    expect(error.bodyExcerpt!.length).toBeLessThanOrEqual(120)
    expect(error.bodyExcerpt).not.toContain('<')
    expect(error.bodyExcerpt).toContain('Lorem ipsum')
  })

  it('keeps the excerpt of a 1 MB HTML body with a huge title short', async () => {
    const huge = `<html><head><title>${'A'.repeat(1_000_000)}</title></head></html>`
    const error = await failure(unwrapEnvelope(new Response(huge, { status: 500 })))
    expect(error.bodyExcerpt!.length).toBeLessThanOrEqual(120)
  })

  it('strips control and bidi characters from the excerpt', async () => {
    const error = await failure(unwrapEnvelope(new Response('<title>Gate\u202eway\u0000 error</title>', { status: 502 })))
    expect(error.bodyExcerpt).toBe('Gateway error')
  })
})
