// Request handlers that answer like the Stardust API (`/rosetta-open/...` on any host), with real envelopes.
// Every handler asks `mockApi` first, so a story can make the next request fail in any way the API,
// its gateway or the network can.
import { delay, http, HttpResponse, type HttpResponseResolver } from 'msw'
import { serverText } from './apiTexts.js'
import { mockApi, type MockFailure, type MockFault } from './controller.js'
import { KNOWN_BUCKETS, db, type Campaign, type CampaignType, type Folder } from './data.js'
import { envelopeBody, fail, ok } from './envelope.js'

const API = '*/rosetta-open'
const CAMPAIGN_TYPES: readonly CampaignType[] = ['POC', 'Formal']
const CAMPAIGN_FIELDS = ['campaignId', 'campaignName', 'workflowType', 'taxonomyVersionName', 'folderName', 'campaignType'] as const
const NODE_TYPES = ['DISTRIBUTION', 'ANNOTATION', 'CHECK', 'SAMPLING', 'ALGORITHM', 'COMPLETE']
const MAX_POOLS = 20
const MAX_BYTES = 255

const PROXY_502 = `<html>
<head><title>502 Bad Gateway</title></head>
<body>
<center><h1>502 Bad Gateway</h1></center>
<hr><center>nginx</center>
</body>
</html>
`
const LOGIN_PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Sign in · Stardust</title></head>
<body><form method="post" action="/sso/login"><h1>Sign in</h1>
<label>Email <input name="email" type="email"></label><label>Password <input name="password" type="password"></label>
<button>Sign in</button></form></body></html>
`

type Answer = (request: Request) => Response | Promise<Response>

/** A handler that consults the fault switch first, then answers with `answer`, and logs the call. */
function route(answer: Answer): HttpResponseResolver {
  return async ({ request }) => {
    const path = new URL(request.url).pathname
    const failure = mockApi.take(path)
    const response = failure ? await failWith(failure, () => answer(request)) : await answer(request)
    mockApi.record({ method: request.method, path, outcome: failure && 'fault' in failure ? failure.fault : await outcomeOf(response) })
    return response
  }
}

async function outcomeOf(response: Response): Promise<string> {
  if (response.type === 'error') return 'network error'
  try {
    const body = (await response.clone().json()) as { code?: unknown }
    return body.code === 2000 ? 'ok' : String(body.code)
  } catch {
    return `HTTP ${response.status}`
  }
}

async function failWith(failure: MockFailure, normal: () => Response | Promise<Response>): Promise<Response> {
  if ('code' in failure) return fail(failure.code, failure.message ?? serverText(failure.code) ?? '')
  return fault(failure.fault, normal)
}

async function fault(kind: MockFault, normal: () => Response | Promise<Response>): Promise<Response> {
  switch (kind) {
    case 'offline':
      return HttpResponse.error()
    case 'timeout':
      await delay('infinite')
      return HttpResponse.error()
    case 'slow':
      await delay(1500)
      return normal()
    case 'html502':
      return new HttpResponse(PROXY_502, { status: 502, headers: { 'Content-Type': 'text/html' } })
    case 'login-redirect':
      return new HttpResponse(LOGIN_PAGE, { status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8' } })
    case 'empty200':
      return new HttpResponse(null, { status: 200, headers: { 'Content-Type': 'application/json' } })
    case 'empty500':
      return new HttpResponse(null, { status: 500 })
    case 'status429':
      return new HttpResponse('Too Many Requests', { status: 429, headers: { 'Content-Type': 'text/plain', 'Retry-After': '5' } })
    case 'truncated': {
      const body = await (await normal()).text()
      return new HttpResponse(body.slice(0, Math.max(1, Math.floor(body.length / 2))), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      })
    }
    case 'bom': {
      const response = await normal()
      return new HttpResponse(`\uFEFF${await response.text()}`, {
        status: response.status,
        headers: { 'Content-Type': 'application/json' },
      })
    }
  }
}

const bytes = (text: string) => new TextEncoder().encode(text).length
const isBlank = (value: unknown) => typeof value !== 'string' || value.trim() === ''

async function bodyOf(request: Request): Promise<Record<string, unknown> | null> {
  try {
    const body: unknown = await request.json()
    return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : null
  } catch {
    return null
  }
}

const invalidParameter = () => fail(4005, serverText(4005)!)

async function createCampaign(request: Request): Promise<Response> {
  const body = await bodyOf(request)
  if (!body) return invalidParameter()
  const empty = CAMPAIGN_FIELDS.find((field) => isBlank(body[field]))
  if (empty) return fail(51000, serverText(51000, { field: empty })!)
  const input = body as unknown as Campaign
  if (!CAMPAIGN_TYPES.includes(input.campaignType)) return fail(51002, serverText('51002_campaignType')!)
  if (!db.templates.includes(input.workflowType)) return fail(50524, serverText('50524_templateNotFound')!)
  if (db.campaigns.some((c) => c.campaignId === input.campaignId)) return fail(51003, serverText(51003)!)
  if (db.campaigns.some((c) => c.campaignName === input.campaignName)) return fail(51004, serverText(51004)!)
  const campaign: Campaign = Object.fromEntries(CAMPAIGN_FIELDS.map((f) => [f, String(body[f])])) as unknown as Campaign
  db.campaigns.push(campaign)
  return ok(campaign)
}

async function createFolder(request: Request): Promise<Response> {
  const body = await bodyOf(request)
  if (!body || isBlank(body.helixProjectId) || isBlank(body.name) || !Array.isArray(body.helixBucketNameList)) return invalidParameter()
  const buckets = body.helixBucketNameList.map(String)
  for (const bucket of buckets) {
    // The endpoint page's wording, which names the bucket (the codes table's has no name).
    if (/[/\\]|:\/\//.test(bucket)) return fail(54010, `helixBucketName:[${bucket}] provide bucket name, can not use bucket path.`)
    if (bytes(bucket) > MAX_BYTES) return fail(54011, serverText(54011, { bucket })!)
    if (!KNOWN_BUCKETS.includes(bucket)) return fail(54013, serverText(54013, { bucket })!)
  }
  if (db.folders.some((f) => f.helixProjectId === body.helixProjectId)) return fail(54002, serverText(54002)!)
  if (db.folders.some((f) => f.name === body.name)) return fail(54003, serverText(54003)!)
  const folder: Folder = {
    helixProjectId: String(body.helixProjectId),
    name: String(body.name),
    helixBucketNameList: buckets,
    helixStatus: 'active',
  }
  db.folders.push(folder)
  return ok(folder)
}

async function createWorkflowTemplate(request: Request): Promise<Response> {
  const body = await bodyOf(request)
  if (!body || isBlank(body.name) || !Array.isArray(body.nodes)) return invalidParameter()
  const nodes = body.nodes as Array<{ name?: unknown; type?: unknown }>
  if (nodes.length > MAX_POOLS) return fail(50528, serverText(50528)!)
  if (nodes.some((n) => !NODE_TYPES.includes(String(n?.type)))) return fail(50530, serverText(50530)!)
  const names = nodes.map((n) => String(n?.name))
  if (new Set(names).size !== names.length) return fail(50525, serverText(50525)!)
  const name = String(body.name)
  if (db.templates.includes(name)) return fail(50524, serverText(50524)!)
  db.templates.push(name)
  // The API answers with the template's name.
  return ok(name)
}

// GET /annotation-request as the endpoint page shows it: a success whose scenes partly failed (2 of 3).
function annotationRequest(request: Request): Response {
  const id = new URL(request.url).searchParams.get('annotationRequestId') ?? ''
  if (id === 'ar-missing') return ok({ status: 'ID_NOT_EXISTS' })
  return ok({
    status: 'FINISHED',
    successTaskMap: { '466917967054114816': '550e8400-e29b-41d4-a716-446655440999' },
    errorSceneIdMap: {
      '550e8400-e29b-41d4-a716-446655440000': 'Data type mismatch',
      'f47ac10b-58cc-4372-a567-0e02b2c3d479': 'Scene id already exists',
    },
    annotationRequestInfo: {
      annotationRequestId: id,
      annotationRequestName: id,
      campaignId: 'cmp-2025-001',
      sceneIdMap: {
        '550e8400-e29b-41d4-a716-446655440999': 'gs://test/json/000.yml',
        '550e8400-e29b-41d4-a716-446655440000': 'gs://test/json/111.yml',
        'f47ac10b-58cc-4372-a567-0e02b2c3d479': 'gs://test/json/222.yml',
      },
    },
  })
}

/** Annotators the mocked API knows; others come back in `failedUserList`, inside a success. */
export const KNOWN_ANNOTATORS: readonly string[] = ['alice.chen', 'bob.schmidt']

async function addWorkforce(request: Request): Promise<Response> {
  const body = await bodyOf(request)
  if (!body || isBlank(body.campaignId) || isBlank(body.poolName) || !Array.isArray(body.aliceNameList)) return invalidParameter()
  if (!db.campaigns.some((c) => c.campaignId === body.campaignId)) return fail(51006, serverText(51006)!)
  return ok({ failedUserList: body.aliceNameList.map(String).filter((name) => !KNOWN_ANNOTATORS.includes(name)) })
}

/** Every mocked endpoint, plus a catch-all that answers 404 for paths the mock does not know. */
export const handlers = [
  http.get(
    `${API}/campaign/list`,
    route(() => ok(db.campaigns)),
  ),
  http.post(`${API}/campaign/create`, route(createCampaign)),
  http.post(`${API}/folder/create`, route(createFolder)),
  http.post(`${API}/workflow/template`, route(createWorkflowTemplate)),
  http.get(`${API}/annotation-request`, route(annotationRequest)),
  http.post(`${API}/add-workforce`, route(addWorkforce)),
  http.all(
    `${API}/*`,
    route(() => HttpResponse.json(envelopeBody(404, null, serverText(404)!), { status: 404 })),
  ),
]
