// A part the kit loads on demand whose chunk cannot load (offline, a deploy removed it) costs what that
// part does, never the page, and the next use tries again. The loaders are passed in, so the failure is
// certain (a mocked module can still be served from a cache a test before filled).
import { waitFor } from '@testing-library/react'
import { QueryClient } from '@tanstack/react-query'
import { describe, expect, it, vi } from 'vitest'
import { toStardustError } from '../../src/core/toStardustError.js'
import * as partialReader from '../../src/query/partialReader.js'
import * as report from '../../src/query/report.js'
import { subscribeToPartialFailures } from '../../src/query/subscribePartial.js'
import { reportWhenAsked, type RoutingProps } from '../../src/ui/useFailureRouting.js'

const unreachable = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
/** A loader that fails the first time and works after. */
function failingOnce<T>(module: T) {
  const loader = { attempts: 0, load: () => (++loader.attempts === 1 ? unreachable() : Promise.resolve(module)) }
  return loader
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('the reporter, when its chunk cannot load', () => {
  it('loses the reports seen meanwhile, never throws, and loads again at the next failure', async () => {
    const onReport = vi.fn()
    const latest = { current: { value: {}, onReport } as unknown as RoutingProps }
    const loader = failingOnce(report)
    const reporter = reportWhenAsked(latest, loader.load)
    const outage = toStardustError({ code: 5000, data: null, message: 'internal error', requestId: 'ab'.repeat(16), success: false })
    const sighting = { placement: 'toast', keys: ['5000'], locale: 'en' } as const

    expect(() => reporter.seen(outage, sighting)).not.toThrow()
    await settle()
    expect(onReport).not.toHaveBeenCalled()

    reporter.seen(outage, sighting)
    await waitFor(() => expect(onReport).toHaveBeenCalledOnce())
    expect(onReport.mock.calls[0]![0]).toMatchObject({ code: 5000, count: 1 })
    expect(loader.attempts).toBe(2)
    reporter.stop()
  })
})

describe('the reader of partial failures, when its chunk cannot load', () => {
  it('loses that toast, never the data, and loads again at the next success', async () => {
    const client = new QueryClient()
    const onPartial = vi.fn()
    const loader = failingOnce(partialReader)
    const off = subscribeToPartialFailures(client, () => true, onPartial, loader.load)

    const data = await client.fetchQuery({ queryKey: ['a'], queryFn: () => ({ errorSceneIdMap: { s1: 'Data type mismatch' } }) })
    expect(data).toEqual({ errorSceneIdMap: { s1: 'Data type mismatch' } })
    await settle()
    expect(onPartial).not.toHaveBeenCalled()

    await client.fetchQuery({ queryKey: ['b'], queryFn: () => ({ errorSceneIdMap: { s2: 'Scene id already exists' } }) })
    await waitFor(() => expect(onPartial).toHaveBeenCalledOnce())
    expect(onPartial.mock.calls[0]![0]).toMatchObject({ source: 'query', found: { failed: 1, subject: 'scene' } })
    expect(loader.attempts).toBe(2)
    off()
  })
})
