// The Sentry recipe with the real SDK: an in-memory transport records the envelopes it would send.
import * as Sentry from '@sentry/browser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { StardustError } from '../../src/core.js'
import { createReporter, type StardustReport } from '../../src/query/report.js'
import { reportToSentry } from './recipes.js'

const SECRET = 'ak_live_pl4nted_s3cret'
const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl'
const sent: string[] = []

beforeAll(() => {
  Sentry.init({
    dsn: 'https://public@sentry.example/1',
    defaultIntegrations: false,
    transport: (options) =>
      Sentry.createTransport(options, async (request) => {
        sent.push(typeof request.body === 'string' ? request.body : new TextDecoder().decode(request.body))
        return { statusCode: 200 }
      }),
  })
})
afterAll(() => Sentry.close())

/** The events of the envelopes sent so far: each envelope is newline-delimited JSON, the event its last item. */
function events(): Array<Record<string, any>> {
  return sent.map((body) => JSON.parse(body.trim().split('\n').at(-1)!))
}

describe('Sentry recipe', () => {
  it('sends one event per report: tags, a fingerprint by code and endpoint, and no planted secret anywhere', async () => {
    const error = new StardustError({
      kind: 'api',
      code: 5000,
      requestId: '7f3a9c0b5e2d4f6a8b1c3d5e7f9a0b2c',
      serverMessage: `Service hiccuped for X-STARDUST-KEY: ${SECRET} token ${JWT}`,
      cause: { headers: [['x-stardust-key', SECRET]], body: `Authorization: Bearer ${SECRET}` },
      data: { secretKey: SECRET },
    })
    const reports: StardustReport[] = []
    const reporter = createReporter((report) => {
      reports.push(report)
      reportToSentry(report)
    })
    for (let i = 0; i < 50; i++) reporter.seen(error, { placement: 'toast', keys: ['seen:5000'], locale: 'en' })
    await Sentry.flush(2000)

    expect(reports).toHaveLength(1)
    const [event, ...more] = events()
    expect(more).toHaveLength(0)
    expect(event!.tags).toMatchObject({
      'stardust.code': '5000',
      'stardust.family': reports[0]!.family,
      'stardust.kind': 'api',
      'stardust.request_id': '7f3a9c0b5e2d4f6a8b1c3d5e7f9a0b2c',
    })
    expect(event!.fingerprint).toEqual(['stardust', '5000', 'any endpoint'])
    expect(event!.exception.values[0]).toMatchObject({ type: 'Stardust 5000' })
    const everything = sent.join('\n')
    expect(everything).not.toContain(SECRET)
    expect(everything).not.toContain(JWT)
    expect(everything).toContain('7f3a9c0b5e2d4f6a8b1c3d5e7f9a0b2c')
  })
})

describe('the README', () => {
  it('prints the recipes exactly as they are tested here', async () => {
    const { readFileSync } = await import('node:fs')
    const { join } = await import('node:path')
    const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8')
    const recipes = readFileSync(join(import.meta.dirname, 'recipes.ts'), 'utf8')
    for (const name of ['sentry', 'opentelemetry']) {
      const body = new RegExp(`// #region ${name}\\n([\\s\\S]*?)// #endregion ${name}`).exec(recipes)![1]!.trimEnd()
      expect(body.length).toBeGreaterThan(200)
      expect(readme).toContain(body)
    }
  })
})
