// The OpenTelemetry recipe with the real SDK: spans go to an InMemorySpanExporter.
import { ROOT_CONTEXT, context, trace, type Context, type ContextManager } from '@opentelemetry/api'
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { StardustError } from '../../src/core.js'
import { createReporter } from '../../src/query/report.js'
import { reportToOpenTelemetry } from './recipes.js'

// What a page's context manager does for synchronous code (the web SDK's StackContextManager does the same):
// `context.with` makes a context active for the callback's duration.
class SyncContextManager implements ContextManager {
  private stack: Context[] = []
  active = () => this.stack.at(-1) ?? ROOT_CONTEXT
  with<A extends unknown[], F extends (...args: A) => ReturnType<F>>(
    ctx: Context,
    fn: F,
    thisArg?: ThisParameterType<F>,
    ...args: A
  ): ReturnType<F> {
    this.stack.push(ctx)
    try {
      return fn.call(thisArg, ...args)
    } finally {
      this.stack.pop()
    }
  }
  bind = <T>(_ctx: Context, target: T): T => target
  enable = () => this
  disable = () => {
    this.stack = []
    return this
  }
}

const exporter = new InMemorySpanExporter()
const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] })
beforeAll(() => {
  context.setGlobalContextManager(new SyncContextManager())
  trace.setGlobalTracerProvider(provider)
})
afterAll(async () => {
  await provider.shutdown()
  context.disable()
  trace.disable()
})

const SECRET = 'ak_live_pl4nted_s3cret'

describe('OpenTelemetry recipe', () => {
  it('records the failure on the active span: an exception event, stardust.* and semantic-convention attributes, no secret', () => {
    const error = new StardustError({
      kind: 'http',
      status: 502,
      requestId: '7f3a9c0b5e2d4f6a8b1c3d5e7f9a0b2c',
      serverMessage: `upstream said X-SIGN: ${SECRET}`,
      cause: { headers: { 'x-stardust-key': SECRET } },
    })
    const reporter = createReporter(reportToOpenTelemetry)
    const span = trace.getTracer('console').startSpan('load campaigns')
    context.with(trace.setSpan(context.active(), span), () => {
      for (let i = 0; i < 3; i++) reporter.seen(error, { placement: 'toast', keys: ['http/502'], locale: 'en' })
    })
    span.end()

    const [finished, ...more] = exporter.getFinishedSpans()
    expect(more).toHaveLength(0)
    expect(finished!.name).toBe('load campaigns')
    expect(finished!.status.code).toBe(2) // SpanStatusCode.ERROR
    const exceptions = finished!.events.filter((event) => event.name === 'exception')
    expect(exceptions).toHaveLength(1)
    expect(exceptions[0]!.attributes).toMatchObject({ 'exception.type': 'Stardust http' })
    expect(finished!.attributes).toMatchObject({
      'stardust.code': -1,
      'stardust.kind': 'http',
      'stardust.request_id': '7f3a9c0b5e2d4f6a8b1c3d5e7f9a0b2c',
      'error.type': 'http',
      'http.response.status_code': 502,
    })
    expect(JSON.stringify({ attributes: finished!.attributes, events: finished!.events, status: finished!.status })).not.toContain(SECRET)
  })

  it('does nothing outside a span', () => {
    exporter.reset()
    createReporter(reportToOpenTelemetry).seen(new StardustError({ kind: 'network' }), { placement: 'toast', keys: ['n'], locale: 'en' })
    expect(exporter.getFinishedSpans()).toHaveLength(0)
  })
})
