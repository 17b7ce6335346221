// The README's error-monitor recipes, exactly as printed there (a test checks the README carries them verbatim).
import * as Sentry from '@sentry/browser'
import { SpanStatusCode, trace } from '@opentelemetry/api'
import type { StardustReport } from '../../src/index.js'

// #region sentry
/** Sentry: one event per failure the user saw, grouped by code and endpoint, not by message. */
export function reportToSentry(report: StardustReport): void {
  const error = Object.assign(new Error(report.error.message), { name: `Stardust ${report.code ?? report.kind}` })
  Sentry.captureException(error, {
    tags: {
      'stardust.code': String(report.code ?? 'none'),
      'stardust.family': report.family ?? 'none',
      'stardust.kind': report.kind,
      'stardust.request_id': report.requestId ?? 'none',
      'stardust.placement': report.placement,
    },
    fingerprint: ['stardust', String(report.code ?? report.kind), report.endpoint ?? 'any endpoint'],
    extra: { count: report.count, firstSeen: report.firstSeen, lastSeen: report.lastSeen, route: report.route },
  })
}
// #endregion sentry

// #region opentelemetry
/** OpenTelemetry: the failure as an exception event on the active span, with the semantic conventions' attributes. */
export function reportToOpenTelemetry(report: StardustReport): void {
  const span = trace.getActiveSpan()
  if (!span) return
  span.recordException({ name: `Stardust ${report.code ?? report.kind}`, message: report.error.message })
  span.setAttributes({
    'stardust.code': report.code ?? -1,
    'stardust.kind': report.kind,
    'stardust.request_id': report.requestId ?? '',
    'stardust.count': report.count,
    'error.type': report.code === null ? report.kind : String(report.code),
    ...(report.status !== null && { 'http.response.status_code': report.status }),
  })
  span.setStatus({ code: SpanStatusCode.ERROR, message: report.error.message })
}
// #endregion opentelemetry
