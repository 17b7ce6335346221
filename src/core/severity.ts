import { familyOf, getCodeInfo, type StardustSeverity } from './codes.js'
import type { ErrorFacts } from './StardustError.js'

/**
 * How loud to be about an error: the catalog's severity for its code; an
 * abort is a notice, an undocumented business code a warning, anything else an
 * error. A failure carrying a success code contradicts itself and is an error.
 */
export function severityOf(error: ErrorFacts): StardustSeverity {
  const info = getCodeInfo(error.code, error.serverMessage, error.endpoint)
  if (info) return info.family === 'success' ? 'error' : info.severity
  if (familyOf(error.code) === 'success') return 'error'
  return error.kind === 'aborted' ? 'info' : error.kind === 'api' ? 'warning' : 'error'
}
