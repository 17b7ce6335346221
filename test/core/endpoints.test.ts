import { afterEach, describe, expect, it } from 'vitest'
import {
  StardustError,
  formatSupportDetails,
  getCodeInfo,
  listCodes,
  registerCodes,
  resetCodes,
  stardustFetch,
  toStardustError,
} from '../../src/core.js'
import { endpointOf, matchesEndpoint } from '../../src/core/endpoints.js'
import { apiFieldOf } from '../../src/core/fields.js'
import { createStardustI18n, loadStardustLocale, resolveError } from '../../src/i18n.js'
import en from '../../locales/en/stardust.json'
import { jsonResponse } from './envelopes.js'

const HOST = 'https://stardust.example'
const envelope = (code: number, message: string) => ({
  code,
  success: false,
  message,
  data: null,
  date: '2025-03-13 20:00:00',
  requestId: '864b70706a7349ea83e177a49800464f',
})
const failWith = (body: unknown) => async () => jsonResponse(body)

afterEach(() => resetCodes())

describe('endpointOf', () => {
  it('is the method and the path, without the query string or fragment', () => {
    expect(endpointOf(`${HOST}/rosetta-open/campaign/create?sig=abc#x`, 'post')).toBe('POST /rosetta-open/campaign/create')
    expect(endpointOf('/rosetta-open/statistics/effciency?campaignId=c1&aliceName=bob')).toBe('GET /rosetta-open/statistics/effciency')
    expect(endpointOf(new URL(`${HOST}/rosetta-open/folder/getAll`))).toBe('GET /rosetta-open/folder/getAll')
    expect(endpointOf(new Request(`${HOST}/rosetta-open/add-workforce?token=t`, { method: 'POST' }))).toBe(
      'POST /rosetta-open/add-workforce',
    )
  })

  it('is null for what is not a request, never a throw', () => {
    expect(endpointOf(42)).toBeNull()
    expect(endpointOf({ url: '/x' })).toBeNull()
    expect(endpointOf('/x', 'DROP TABLE')).toBeNull()
  })
})

describe('matchesEndpoint', () => {
  it('matches the end of the path at a segment boundary, with or without the base path', () => {
    expect(matchesEndpoint('POST /campaign/create', 'POST /rosetta-open/campaign/create')).toBe(true)
    expect(matchesEndpoint('POST /rosetta-open/campaign/create', 'POST /rosetta-open/campaign/create')).toBe(true)
    expect(matchesEndpoint('/campaign/create', 'PUT /rosetta-open/campaign/create')).toBe(true)
    expect(matchesEndpoint('GET /campaign/create', 'POST /rosetta-open/campaign/create')).toBe(false)
    expect(matchesEndpoint('POST /create', 'POST /rosetta-open/campaign/recreate')).toBe(false)
    expect(matchesEndpoint('GET /campaign/{campaignName}', 'GET /rosetta-open/campaign/Lane%20markings')).toBe(true)
    expect(matchesEndpoint('GET /campaign/{campaignName}', 'GET /rosetta-open/campaign')).toBe(false)
    expect(matchesEndpoint('POST /campaign/create', null)).toBe(false)
  })
})

describe('codes read by the endpoint that sent them', () => {
  it('50524 from POST /campaign/create is "template not found", whatever text came with it', () => {
    for (const text of ['The workflow template not exists.', 'The workflow template name already exists.', '']) {
      expect(getCodeInfo(50524, text, 'POST /rosetta-open/campaign/create')).toMatchObject({
        key: '50524_templateNotFound',
        field: 'workflowType',
      })
    }
  })

  it('50524 from POST /workflow/template is "name taken", even with the other text', () => {
    expect(getCodeInfo(50524, 'The workflow template not exists.', 'POST /rosetta-open/workflow/template')).toMatchObject({
      key: '50524',
      field: 'name',
    })
  })

  it('54001 and 54002 from GET /statistics/effciency are the statistics meanings; from folder create, the folder ones', () => {
    const stats = 'GET /rosetta-open/statistics/effciency'
    expect(getCodeInfo(54001, 'folder already exists.', stats)).toMatchObject({ key: '54001_aliceName', field: 'aliceName' })
    expect(getCodeInfo(54002, null, stats)).toMatchObject({ key: '54002_dateRange' })
    expect(getCodeInfo(54001, 'aliceName is not valid or does not exist.', 'POST /rosetta-open/folder/create')?.key).toBe('54001')
  })

  it('an endpoint the table does not know falls back to the server text, as before', () => {
    expect(getCodeInfo(50524, 'The workflow template not exists.', 'GET /rosetta-open/elsewhere')?.key).toBe('50524_templateNotFound')
    expect(getCodeInfo(50524, 'The workflow template name already exists.', null)?.key).toBe('50524')
  })

  it('the field a form shows the error on follows the endpoint', () => {
    const error = new StardustError({
      kind: 'api',
      code: 50524,
      serverMessage: 'Service says no',
      endpoint: 'POST /rosetta-open/campaign/create',
    })
    expect(apiFieldOf(error)).toBe('workflowType')
  })

  it('registerCodes takes an endpoint: that meaning is chosen for errors from it, the plain one elsewhere', () => {
    registerCodes({
      61001: { family: 'campaign', field: 'campaignLabel' },
      '61001_export': {
        family: 'campaign',
        endpoint: ['POST /campaign/export', 'POST /campaign/{campaignId}/export'],
        field: 'exportId',
        retryable: true,
      },
    })
    expect(getCodeInfo(61001, 'x', 'POST /rosetta-open/campaign/export')).toMatchObject({
      key: '61001_export',
      field: 'exportId',
      retryable: true,
    })
    expect(getCodeInfo(61001, 'x', 'POST /rosetta-open/campaign/c7/export')?.key).toBe('61001_export')
    expect(getCodeInfo(61001, 'x', 'POST /rosetta-open/campaign/create')?.key).toBe('61001')
    expect(getCodeInfo(61001, 'x')?.key).toBe('61001')
    expect(listCodes().map((c) => c.key)).toEqual(expect.arrayContaining(['61001', '61001_export']))
  })

  it('a registered endpoint meaning of a built-in code wins over the built-in table', () => {
    registerCodes({ 50524: { family: 'campaign', endpoint: 'POST /campaign/create', field: 'templateName' } })
    expect(getCodeInfo(50524, '', 'POST /rosetta-open/campaign/create')).toMatchObject({ key: '50524', field: 'templateName' })
    resetCodes()
    expect(getCodeInfo(50524, '', 'POST /rosetta-open/campaign/create')?.key).toBe('50524_templateNotFound')
  })
})

describe('stardustFetch records the request', () => {
  it('on a failure envelope: method and path, never the query string', async () => {
    const error = await stardustFetch(`${HOST}/rosetta-open/statistics/effciency?campaignId=c1&aliceName=bob&token=t0p`, {
      fetch: failWith(envelope(54001, 'aliceName is not valid or does not exist.')),
    }).then(
      () => null,
      (e: unknown) => e as StardustError,
    )
    expect(error).toBeInstanceOf(StardustError)
    if (!error) return
    expect(error.endpoint).toBe('GET /rosetta-open/statistics/effciency')
    expect(JSON.stringify(error.toJSON())).not.toContain('t0p')
    expect(StardustError.fromJSON(JSON.parse(JSON.stringify(error))).endpoint).toBe('GET /rosetta-open/statistics/effciency')
  })

  it('on a network failure and a non-envelope body too', async () => {
    const network = await stardustFetch(`${HOST}/rosetta-open/campaign/create`, {
      method: 'POST',
      fetch: async () => {
        throw new TypeError('Failed to fetch')
      },
    }).then(
      () => toStardustError(null),
      (e: unknown) => toStardustError(e),
    )
    expect(network).toMatchObject({ kind: 'network', endpoint: 'POST /rosetta-open/campaign/create' })
    const page = await stardustFetch(`${HOST}/rosetta-open/folder/getAll`, {
      fetch: async () => new Response('<html><title>502 Bad Gateway</title></html>', { status: 502 }),
    }).then(
      () => toStardustError(null),
      (e: unknown) => toStardustError(e),
    )
    expect(page).toMatchObject({ kind: 'http', endpoint: 'GET /rosetta-open/folder/getAll' })
  })

  it('the support details name the request', async () => {
    const error = await stardustFetch(`${HOST}/rosetta-open/campaign/create?x=1`, {
      method: 'POST',
      fetch: failWith(envelope(50524, 'The workflow template not exists.')),
    }).then(
      () => toStardustError(null),
      (e: unknown) => toStardustError(e),
    )
    const details = formatSupportDetails(error, { now: new Date('2025-03-13T12:00:00Z') })
    expect(details).toContain('Request: POST /rosetta-open/campaign/create')
    expect(details).not.toContain('x=1')
  })

  it('the resolution chain reads the reused code by the endpoint first', async () => {
    const i18n = createStardustI18n('en')
    await loadStardustLocale(i18n, 'en')
    // The same text, two endpoints, two meanings.
    const text = 'The workflow template name already exists.'
    const onCampaign = await stardustFetch(`${HOST}/rosetta-open/campaign/create`, {
      method: 'POST',
      fetch: failWith(envelope(50524, text)),
    }).then(() => toStardustError(null), toStardustError)
    const onTemplate = await stardustFetch(`${HOST}/rosetta-open/workflow/template`, {
      method: 'POST',
      fetch: failWith(envelope(50524, text)),
    }).then(() => toStardustError(null), toStardustError)
    expect(resolveError(onCampaign, i18n)).toMatchObject({
      title: en.codes['50524_templateNotFound'].title,
      field: 'workflowType',
      source: 'codes.50524_templateNotFound',
    })
    expect(resolveError(onTemplate, i18n)).toMatchObject({ title: en.codes['50524'].title, field: 'name', source: 'codes.50524' })
  })
})
