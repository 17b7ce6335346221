// Codes read by the endpoint that sent them: stardustFetch records the request, and a reused code means
// what it means on that endpoint, whatever the server's text.
import { afterEach, describe, expect, it } from 'vitest'
import { formatSupportDetails, getCodeInfo, registerCodes, resetCodes, stardustFetch } from '../../src/core.js'
import { createStardustI18n, loadStardustLocale, resolveError } from '../../src/i18n.js'
import { jsonResponse, rejection } from './envelopes'

const failure = (code: number, message: string) =>
  jsonResponse({ code, data: null, date: '2025-03-20 14:04:05', message, requestId: 'r-1', success: false })

afterEach(() => resetCodes())

describe('stardustFetch records the endpoint', () => {
  it('method and path, never the query string, on every kind of failure', async () => {
    const api = await rejection(
      stardustFetch('/rosetta-open/campaign/create?sig=abc&token=t0k', { method: 'post', fetch: async () => failure(51004, 'x') }),
    )
    expect(api.endpoint).toBe('POST /rosetta-open/campaign/create')
    const network = await rejection(
      stardustFetch('https://api.example/rosetta-open/campaign/list?page=2', {
        fetch: async () => Promise.reject(new TypeError('Failed to fetch')),
      }),
    )
    expect(network).toMatchObject({ kind: 'network', endpoint: 'GET /rosetta-open/campaign/list' })
    expect(JSON.stringify(api.toJSON())).not.toContain('sig=')
    expect(formatSupportDetails(api)).toContain('Request: POST /rosetta-open/campaign/create')
  })
})

describe('a reused code means what it means on its endpoint', () => {
  it('50524 on POST /campaign/create is "template not exists", even when the text does not say so', async () => {
    const error = await rejection(
      stardustFetch('/rosetta-open/campaign/create', { method: 'POST', fetch: async () => failure(50524, 'bad request') }),
    )
    expect(getCodeInfo(error.code, error.serverMessage, error.endpoint)?.key).toBe('50524_templateNotFound')
    expect(getCodeInfo(error.code, error.serverMessage)?.key).toBe('50524')
    const i18n = createStardustI18n('en')
    await loadStardustLocale(i18n, 'en')
    expect(resolveError(error, i18n, 'en').source).toBe('codes.50524_templateNotFound')
  })

  it('54001 and 54002 on GET /statistics/effciency are the statistics meanings', () => {
    expect(getCodeInfo(54001, 'whatever', 'GET /rosetta-open/statistics/effciency')?.key).toBe('54001_aliceName')
    expect(getCodeInfo(54002, null, 'GET /rosetta-open/statistics/effciency')?.key).toBe('54002_dateRange')
    expect(getCodeInfo(54001, null, 'POST /rosetta-open/folder/create')?.key).toBe('54001')
  })

  it('falls back to the server text when the endpoint is not known', () => {
    expect(getCodeInfo(50524, 'The workflow template not exists.')?.key).toBe('50524_templateNotFound')
  })

  it('apps register endpoint meanings for their own codes', () => {
    registerCodes({
      61001: { family: 'campaign', field: 'label' },
      '61001_export': { family: 'campaign', field: 'exportFormat', endpoint: 'POST /reports/export' },
    })
    expect(getCodeInfo(61001, null, 'POST /rosetta-open/reports/export')).toMatchObject({ key: '61001_export', field: 'exportFormat' })
    expect(getCodeInfo(61001, null, 'GET /rosetta-open/reports/export')?.key).toBe('61001')
    expect(getCodeInfo(61001)?.key).toBe('61001')
  })
})
