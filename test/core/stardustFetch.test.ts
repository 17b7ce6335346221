import { stardustFetch } from '../../src/core'
import { campaignCreated, duplicateCampaignName, jsonResponse, rejection } from './envelopes'

const URL_ = 'https://stardust.example/rosetta-open/campaign/create'

/** A fetch that only settles when its signal aborts, like the real one on a hung connection. */
function hangingFetch() {
  return vi.fn<typeof fetch>(
    (_input, init) =>
      new Promise<Response>((_resolve, reject) => {
        const signal = init?.signal
        if (signal?.aborted) return reject(signal.reason)
        signal?.addEventListener('abort', () => reject(signal.reason), { once: true })
      }),
  )
}

const failure = rejection

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('stardustFetch', () => {
  it('resolves with the data of a success envelope and passes the request through', async () => {
    const fetchMock = vi.fn<typeof fetch>(async () => jsonResponse(campaignCreated))
    const body = JSON.stringify({ campaignName: 'Lane markings EU' })
    const data = await stardustFetch(URL_, { method: 'POST', body, headers: { 'content-type': 'application/json' }, fetch: fetchMock })
    expect(data).toEqual(campaignCreated.data)
    expect(fetchMock).toHaveBeenCalledTimes(1)
    const [input, init] = fetchMock.mock.calls[0]!
    expect(input).toBe(URL_)
    expect(init).toMatchObject({ method: 'POST', body, headers: { 'content-type': 'application/json' } })
    expect(init?.signal).toBeInstanceOf(AbortSignal)
    expect(init).not.toHaveProperty('fetch')
    expect(init).not.toHaveProperty('timeoutMs')
  })

  it('uses the global fetch by default', async () => {
    const fetchMock = vi.fn<typeof fetch>(async () => jsonResponse(campaignCreated))
    vi.stubGlobal('fetch', fetchMock)
    await expect(stardustFetch(URL_)).resolves.toEqual(campaignCreated.data)
    expect(fetchMock).toHaveBeenCalledTimes(1)
  })

  it('rejects a failure envelope with an api error', async () => {
    const error = await failure(stardustFetch(URL_, { fetch: async () => jsonResponse(duplicateCampaignName) }))
    expect(error).toMatchObject({ kind: 'api', code: 51004, requestId: duplicateCampaignName.requestId })
  })

  it('rejects with aborted when the caller aborts mid-flight', async () => {
    const fetchMock = hangingFetch()
    const controller = new AbortController()
    const promise = stardustFetch(URL_, { signal: controller.signal, fetch: fetchMock })
    controller.abort()
    const error = await failure(promise)
    expect(error.kind).toBe('aborted')
    expect(fetchMock.mock.calls[0]![1]?.signal?.aborted).toBe(true)
  })

  it('rejects with aborted when the caller signal is already aborted', async () => {
    const fetchMock = hangingFetch()
    const controller = new AbortController()
    controller.abort(new Error('navigated away'))
    const error = await failure(stardustFetch(URL_, { signal: controller.signal, fetch: fetchMock }))
    expect(error.kind).toBe('aborted')
  })

  it('rejects with aborted whatever the reason the caller gave', async () => {
    const controller = new AbortController()
    const promise = stardustFetch(URL_, { signal: controller.signal, fetch: hangingFetch() })
    controller.abort('user closed the dialog')
    expect((await failure(promise)).kind).toBe('aborted')
  })

  it('rejects with timeout when the app’s own signal timed out (AbortSignal.timeout), as plain fetch + toStardustError does', async () => {
    const error = await failure(stardustFetch(URL_, { signal: AbortSignal.timeout(5), fetch: hangingFetch() }))
    expect(error.kind).toBe('timeout')
    // What a fetch rejects with for the same signal: the kit calls that a timeout too.
    const plain = await hangingFetch()(URL_, { signal: AbortSignal.timeout(5) }).catch((e: unknown) => e)
    const { toStardustError } = await import('../../src/core')
    expect(toStardustError(plain).kind).toBe('timeout')
  })

  it('rejects with timeout for any abort whose reason is a TimeoutError, whoever set it', async () => {
    const controller = new AbortController()
    const promise = stardustFetch(URL_, { signal: controller.signal, fetch: hangingFetch() })
    controller.abort(new DOMException('took too long', 'TimeoutError'))
    expect((await failure(promise)).kind).toBe('timeout')
  })

  it('rejects with timeout after timeoutMs, not before', async () => {
    vi.useFakeTimers()
    const fetchMock = hangingFetch()
    const promise = stardustFetch(URL_, { timeoutMs: 15_000, fetch: fetchMock })
    let settled = false
    promise.catch(() => undefined).finally(() => (settled = true))
    await vi.advanceTimersByTimeAsync(14_999)
    expect(settled).toBe(false)
    expect(fetchMock.mock.calls[0]![1]?.signal?.aborted).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    const error = await failure(promise)
    expect(error.kind).toBe('timeout')
    expect(vi.getTimerCount()).toBe(0)
  })

  it('bounds the body too: a body that stalls past timeoutMs is a timeout', async () => {
    vi.useFakeTimers()
    const fetchMock = vi.fn<typeof fetch>(async (_input, init) => {
      const signal = init!.signal!
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"code":2000,'))
          signal.addEventListener('abort', () => controller.error(signal.reason), { once: true })
        },
      })
      return new Response(stream, { status: 200 })
    })
    const promise = stardustFetch(URL_, { timeoutMs: 1_000, fetch: fetchMock })
    const settled = failure(promise)
    await vi.advanceTimersByTimeAsync(1_000)
    expect((await settled).kind).toBe('timeout')
  })

  it('rejects with network on fetch TypeError', async () => {
    const cause = new TypeError('Failed to fetch')
    const error = await failure(stardustFetch(URL_, { fetch: async () => Promise.reject(cause) }))
    expect(error.kind).toBe('network')
    expect(error.cause).toBe(cause)
  })

  it('rejects a proxy error page with http and its status', async () => {
    const error = await failure(stardustFetch(URL_, { fetch: async () => new Response('<title>Bad Gateway</title>', { status: 502 }) }))
    expect(error).toMatchObject({ kind: 'http', status: 502, bodyExcerpt: 'Bad Gateway' })
  })

  it('ignores timeouts that are zero, negative or not finite', async () => {
    vi.useFakeTimers()
    for (const timeoutMs of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      const promise = stardustFetch(URL_, { timeoutMs, fetch: async () => jsonResponse(campaignCreated) })
      await expect(promise).resolves.toEqual(campaignCreated.data)
      expect(vi.getTimerCount()).toBe(0)
    }
  })

  describe('cleanup', () => {
    beforeEach(() => {
      vi.useFakeTimers()
    })

    it('clears the timer after a success', async () => {
      const promise = stardustFetch(URL_, { timeoutMs: 15_000, fetch: async () => jsonResponse(campaignCreated) })
      await expect(promise).resolves.toEqual(campaignCreated.data)
      expect(vi.getTimerCount()).toBe(0)
    })

    it('clears the timer after an api failure, a network failure and an abort', async () => {
      await failure(stardustFetch(URL_, { timeoutMs: 15_000, fetch: async () => jsonResponse(duplicateCampaignName) }))
      expect(vi.getTimerCount()).toBe(0)
      await failure(stardustFetch(URL_, { timeoutMs: 15_000, fetch: () => Promise.reject(new TypeError('Failed to fetch')) }))
      expect(vi.getTimerCount()).toBe(0)
      const controller = new AbortController()
      const aborted = failure(stardustFetch(URL_, { timeoutMs: 15_000, signal: controller.signal, fetch: hangingFetch() }))
      expect(vi.getTimerCount()).toBe(1)
      controller.abort()
      expect((await aborted).kind).toBe('aborted')
      expect(vi.getTimerCount()).toBe(0)
    })

    it('stops listening to the caller signal once settled', async () => {
      const controller = new AbortController()
      const fetchMock = vi.fn<typeof fetch>(async () => jsonResponse(campaignCreated))
      const remove = vi.spyOn(controller.signal, 'removeEventListener')
      await stardustFetch(URL_, { signal: controller.signal, fetch: fetchMock })
      expect(remove).toHaveBeenCalledWith('abort', expect.any(Function))
      controller.abort()
      expect(fetchMock.mock.calls[0]![1]?.signal?.aborted).toBe(false)
    })
  })
})
