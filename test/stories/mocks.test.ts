// The mocked Stardust API answers like the real one: real envelopes, the API's own texts, and every fault
// the switch offers arrives as the StardustError an app would see.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { setupMsw, stopMsw } from '#msw-setup'
import { StardustError, getCodeInfo, stardustFetch } from '../../src/core.js'
import { createCampaign, createFolder, createWorkflowTemplate, listCampaigns, type CreateCampaignInput } from '../../stories/mocks/api.js'
import { mockApi } from '../../stories/mocks/controller.js'

beforeAll(() => setupMsw())
afterEach(() => mockApi.reset())
afterAll(() => stopMsw())

const campaign: CreateCampaignInput = {
  campaignId: 'cmp-new',
  campaignName: 'Cyclists at dusk',
  workflowType: 'Manual Template',
  taxonomyVersionName: 'cyclists-v1',
  folderName: 'highway-eu',
  campaignType: 'POC',
}

async function failure(promise: Promise<unknown>): Promise<StardustError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(StardustError)
  return error as StardustError
}

describe('envelopes', () => {
  it('answers the campaign list with a success envelope', async () => {
    const response = await fetch('http://localhost/rosetta-open/campaign/list')
    const body = (await response.json()) as Record<string, unknown>
    expect(Object.keys(body).sort()).toEqual(['code', 'data', 'date', 'message', 'requestId', 'success'])
    expect(body).toMatchObject({ code: 2000, success: true, message: 'Success' })
    expect(body.requestId).toMatch(/^[0-9a-f]{32}$/)
    expect(body.date).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/)
    expect(await listCampaigns()).toHaveLength(3)
  })

  it('creates a campaign, then refuses its name with 51004 and the API’s text', async () => {
    await createCampaign(campaign)
    expect(await listCampaigns()).toHaveLength(4)
    const error = await failure(createCampaign({ ...campaign, campaignId: 'cmp-other' }))
    expect(error).toMatchObject({ kind: 'api', code: 51004, serverMessage: 'campaignName is already exists.', data: null })
    expect(error.requestId).toMatch(/^[0-9a-f]{32}$/)
  })

  it('validates campaign fields like the API', async () => {
    expect(await failure(createCampaign({ ...campaign, campaignName: ' ' }))).toMatchObject({
      code: 51000,
      serverMessage: "field : campaignName can't be empty.",
    })
    const unknownType = await failure(createCampaign({ ...campaign, campaignType: 'Pilot' }))
    expect(unknownType).toMatchObject({ code: 51002, serverMessage: 'Unknown campaignType.' })
    expect(getCodeInfo(unknownType.code, unknownType.serverMessage)?.key).toBe('51002_campaignType')
    const template = await failure(createCampaign({ ...campaign, workflowType: 'No such template' }))
    expect(getCodeInfo(template.code, template.serverMessage)?.key).toBe('50524_templateNotFound')
  })

  it('checks bucket names on folder create', async () => {
    const folder = { helixProjectId: 'hp-2001', name: 'night-eu', helixBucketNameList: ['annotation-raw-eu'] }
    const long = 'b'.repeat(256)
    expect(await failure(createFolder({ ...folder, helixBucketNameList: ['gs://raw/2025'] }))).toMatchObject({ code: 54010 })
    expect(await failure(createFolder({ ...folder, helixBucketNameList: [long] }))).toMatchObject({
      code: 54011,
      serverMessage: `helixBucketName:[${long}] max size is 255.`,
    })
    expect(await failure(createFolder({ ...folder, helixBucketNameList: ['nope'] }))).toMatchObject({
      code: 54013,
      serverMessage: 'helixBucketName:[nope] connection failed. Check whether the bucket exists.',
    })
    await expect(createFolder(folder)).resolves.toMatchObject({ name: 'night-eu', helixStatus: 'active' })
  })

  it('limits a workflow template to 20 pools', async () => {
    const nodes = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `pool-${i}`, type: 'ANNOTATION' as const }))
    expect(await failure(createWorkflowTemplate({ name: 'big', nodes: nodes(21), edges: [] }))).toMatchObject({
      code: 50528,
      serverMessage: 'The number of pools exceeds the limit of 20.',
    })
    await expect(createWorkflowTemplate({ name: 'small', nodes: nodes(20), edges: [] })).resolves.toBe('small')
  })
})

describe('mockApi.failNext', () => {
  it('sends a code with the API’s own text, once', async () => {
    mockApi.failNext({ code: 5000 })
    expect(await failure(listCampaigns())).toMatchObject({
      kind: 'api',
      code: 5000,
      serverMessage: 'Service hiccuped, please try again later',
    })
    await expect(listCampaigns()).resolves.toHaveLength(3)
    expect(mockApi.calls.map((c) => c.outcome)).toEqual(['5000', 'ok'])
  })

  it('honours times and path', async () => {
    mockApi.failNext({ code: 51005, message: 'Campaign create has error.' }, { times: 2, path: 'campaign/create' })
    await expect(listCampaigns()).resolves.toHaveLength(3)
    expect(await failure(createCampaign(campaign))).toMatchObject({ code: 51005 })
    expect(await failure(createCampaign(campaign))).toMatchObject({ code: 51005 })
    expect(mockApi.pending).toBe(0)
    await expect(createCampaign(campaign)).resolves.toMatchObject({ campaignId: 'cmp-new' })
  })

  it.each([
    ['html502', { kind: 'http', status: 502 }],
    ['empty200', { kind: 'malformed', status: 200 }],
    ['empty500', { kind: 'http', status: 500 }],
    ['truncated', { kind: 'malformed', status: 200 }],
    ['login-redirect', { kind: 'signin', status: 200 }],
    ['status429', { kind: 'http', status: 429, retryAfterMs: 5000 }],
    ['offline', { kind: 'network' }],
  ] as const)('%s', async (fault, expected) => {
    mockApi.failNext({ fault })
    expect(await failure(listCampaigns())).toMatchObject(expected)
  })

  it('bom: the normal answer behind a byte-order mark still decodes', async () => {
    mockApi.failNext({ fault: 'bom' })
    await expect(listCampaigns()).resolves.toHaveLength(3)
  })

  it('timeout: never answers, so the client’s timeout fires', async () => {
    mockApi.failNext({ fault: 'timeout' })
    const error = await failure(stardustFetch('http://localhost/rosetta-open/campaign/list', { timeoutMs: 50 }))
    expect(error.kind).toBe('timeout')
  })

  it('reset forgets queued failures and restores the seed data', async () => {
    await createCampaign(campaign)
    mockApi.failNext({ code: 5000 })
    mockApi.reset()
    await expect(listCampaigns()).resolves.toHaveLength(3)
  })
})
