import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { StardustError } from '../../src/core.js'
import { createReporter, type StardustReport } from '../../src/query/report.js'

const outage = () => new StardustError({ kind: 'api', code: 5000, requestId: 'f'.repeat(32), serverMessage: 'Service hiccuped' })
const KEYS = ['seen:5000|Temporary server problem|The Stardust server ran into a temporary problem.']

beforeEach(() => void vi.useFakeTimers())
afterEach(() => void vi.useRealTimers())

describe('createReporter', () => {
  it('one storm of 50 identical failures is one report, sent once more with its final count when the storm ends', () => {
    const reports: StardustReport[] = []
    const reporter = createReporter((report) => reports.push(report))
    for (let i = 0; i < 50; i++) {
      reporter.seen(outage(), { placement: 'toast', keys: KEYS, locale: 'de' })
      vi.advanceTimersByTime(100)
    }
    expect(reports).toHaveLength(1)
    expect(reports[0]).toMatchObject({ code: 5000, family: expect.any(String), kind: 'api', placement: 'toast', locale: 'de', count: 1 })
    vi.advanceTimersByTime(5000)
    expect(reports).toHaveLength(2)
    expect(reports[1]).toMatchObject({ count: 50, firstSeen: reports[0]!.firstSeen })
    expect(reports[1]!.lastSeen - reports[1]!.firstSeen).toBe(4900)
    vi.advanceTimersByTime(60_000)
    expect(reports).toHaveLength(2)
  })

  it('a single failure is reported once, with nothing more to say later', () => {
    const reports: StardustReport[] = []
    const reporter = createReporter((report) => reports.push(report))
    reporter.seen(outage(), { placement: 'inline', keys: KEYS, locale: 'en' })
    vi.advanceTimersByTime(60_000)
    expect(reports).toHaveLength(1)
  })

  it('never reports an abort, keeps placements apart, and survives a monitor that throws', () => {
    const reports: StardustReport[] = []
    const reporter = createReporter((report) => {
      reports.push(report)
      throw new Error('monitor down')
    })
    reporter.seen(new StardustError({ kind: 'aborted' }), { placement: 'toast', keys: ['a'], locale: 'en' })
    reporter.seen(outage(), { placement: 'toast', keys: KEYS, locale: 'en' })
    reporter.seen(outage(), { placement: 'boundary', keys: KEYS, locale: 'en' })
    expect(reports.map((r) => r.placement)).toEqual(['toast', 'boundary'])
  })

  it('is plain, redacted data', () => {
    const reports: StardustReport[] = []
    const secret = 'ak_live_s3cr3t'
    createReporter((report) => reports.push(report)).seen(
      new StardustError({
        kind: 'http',
        status: 401,
        serverMessage: `bad X-STARDUST-KEY: ${secret}`,
        cause: { headers: { 'x-stardust-key': secret } },
      }),
      { placement: 'toast', keys: ['k'], locale: 'en' },
    )
    expect(JSON.stringify(reports)).not.toContain(secret)
    expect(JSON.parse(JSON.stringify(reports[0]))).toEqual(reports[0])
  })
})
