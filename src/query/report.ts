import { familyOf, type StardustFamily } from '../core/codes.js'
import type { StardustError, StardustErrorJSON, StardustErrorKind } from '../core/StardustError.js'

/**
 * One failure the user saw, as plain data for an error monitor (Sentry,
 * OpenTelemetry, your logs). Redacted like everything the kit writes out:
 * `error` is the error's `toJSON()`.
 */
export interface StardustReport {
  error: StardustErrorJSON
  code: number | null
  family: StardustFamily | null
  kind: StardustErrorKind
  status: number | null
  requestId: string | null
  /** The request that failed (`POST /rosetta-open/campaign/create`), when known. */
  endpoint: string | null
  /** Where the user saw it. */
  placement: 'toast' | 'inline' | 'boundary'
  /** The locale the user saw it in. */
  locale: string
  /** The page (`location.pathname`), without its query string. */
  route: string | null
  /** How many failures it stands for: merged like the toasts, so one outage seen by 50 queries is one report. */
  count: number
  /** Epoch milliseconds of the first and the latest of those failures. */
  firstSeen: number
  lastSeen: number
}

export interface ReporterOptions {
  /** A failure with a key seen less than this long ago joins that report. Default 5000 ms (the toasts' window). */
  windowMs?: number
  now?: () => number
}

interface Open {
  report: StardustReport
  keys: Set<string>
  reported: number
  timer: ReturnType<typeof setTimeout> | null
}

/**
 * Turns the failures the user sees into reports, merged the way the toasts
 * merge: the first failure is reported at once; failures that join it within
 * the window only count, and when the storm ends (nothing new for a window)
 * the report is sent once more with its final count, if it grew.
 *
 * @example
 * const reporter = createReporter((report) => Sentry.captureException(…))
 * reporter.seen(error, { placement: 'toast', keys, locale: 'de' })
 */
export function createReporter(onReport: (report: StardustReport) => void, options: ReporterOptions = {}) {
  const windowMs = options.windowMs ?? 5000
  const now = options.now ?? Date.now
  const byKey = new Map<string, Open>()

  const send = (report: StardustReport) => {
    try {
      onReport(report)
    } catch {
      // A monitor that throws must not break the page that reported.
    }
  }
  const close = (open: Open) => {
    open.timer = null
    // Still storming: wait for a quiet window after the latest failure (one timer per report, not one per failure).
    const left = open.report.lastSeen + windowMs - now()
    if (left > 0) {
      open.timer = setTimeout(() => close(open), left)
      return
    }
    for (const key of open.keys) if (byKey.get(key) === open) byKey.delete(key)
    if (open.report.count > open.reported) send({ ...open.report })
  }

  return {
    /** A failure was shown at `placement`; `keys` are what it merges on (the toast's keys). Aborts are never reported. */
    seen(
      error: StardustError,
      context: { placement: StardustReport['placement']; keys: readonly string[]; locale: string; endpoint?: string | null },
    ): void {
      if (error.kind === 'aborted') return
      const at = now()
      const keys = context.keys.map((key) => `${context.placement}|${key}`)
      const found = keys.map((key) => byKey.get(key)).find((open) => open !== undefined)
      if (found) {
        found.report = { ...found.report, count: found.report.count + 1, lastSeen: at }
        for (const key of keys) {
          byKey.set(key, found)
          found.keys.add(key)
        }
        return
      }
      const report: StardustReport = {
        error: error.toJSON(),
        code: error.code,
        family: familyOf(error.code) ?? null,
        kind: error.kind,
        status: error.status,
        requestId: error.requestId,
        endpoint: context.endpoint ?? error.endpoint,
        placement: context.placement,
        locale: context.locale,
        route: typeof location === 'undefined' ? null : location.pathname,
        count: 1,
        firstSeen: at,
        lastSeen: at,
      }
      const open: Open = { report, keys: new Set(keys), reported: 1, timer: null }
      for (const key of keys) byKey.set(key, open)
      send({ ...report })
      open.timer = setTimeout(() => close(open), windowMs)
    },
    /** Sends what is still open with its final count, and forgets everything. */
    stop(): void {
      for (const open of new Set(byKey.values())) {
        if (open.timer !== null) clearTimeout(open.timer)
        open.timer = null
        for (const key of open.keys) byKey.delete(key)
        if (open.report.count > open.reported) send({ ...open.report })
      }
    },
  }
}

export type Reporter = ReturnType<typeof createReporter>
