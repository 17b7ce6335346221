import { getCodeInfo } from './codes.js'
import { serverValues } from './serverValues.js'
import type { StardustField } from './register.js'
import type { ErrorFacts } from './StardustError.js'

/**
 * Which of a form's fields an API field is shown on:
 * - an array lists the API field names the form has (it uses the same names);
 * - an object maps API field names to the form's own names (`{ campaignName: 'name' }`);
 * - `true` (or nothing) takes the API's names as they are.
 *
 * API field names are {@link StardustField}s: a field no catalog code names is a
 * compile error (declare the fields your own codes name in `Register`).
 */
export type FieldMap = readonly StardustField[] | { readonly [F in StardustField]?: string } | true

/** The request field an error is about (51004 → `campaignName`, 51000 → the field the server named), or `null`. */
export function apiFieldOf(error: ErrorFacts): string | null {
  if (error.kind !== 'api') return null
  const info = getCodeInfo(error.code, error.serverMessage, error.endpoint)
  if (info?.field) return info.field
  return error.code === 51000 ? (serverValues(51000, error.serverMessage).field ?? null) : null
}

/** The form field an error belongs on, given the form's {@link FieldMap}; `null` when the form has no such field. */
export function formFieldOf(error: ErrorFacts, fieldMap: FieldMap | undefined = true): string | null {
  const field = apiFieldOf(error)
  if (field === null || fieldMap === true) return field
  if (Array.isArray(fieldMap)) return (fieldMap as readonly string[]).includes(field) ? field : null
  // `meta` is untyped at runtime: a `null` or a non-object must not throw inside the failure subscription.
  if (typeof fieldMap !== 'object' || fieldMap === null) return null
  const mapped: unknown = Object.hasOwn(fieldMap, field) ? (fieldMap as Record<string, unknown>)[field] : null
  return typeof mapped === 'string' && mapped !== '' ? mapped : null
}
