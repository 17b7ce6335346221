import { formFieldOf, type FieldMap } from '../core/fields.js'
import type { StardustError } from '../core/StardustError.js'
import { safeText } from '../core/text.js'
import { toStardustError } from '../core/toStardustError.js'

/** What the form bridges (react-hook-form, TanStack Form) take besides the error. */
export interface ServerFieldErrorOptions {
  /** The form's fields, the same map as the mutation's `meta.stardust.fields`. Default: the API's names. */
  fieldMap?: FieldMap
  /** The localized text of an error. Default: the server's own English text. The bridges' hooks bind the provider's. */
  resolve?: (error: StardustError) => { message: string }
}

/**
 * The form field a failure names and the message to show on it, or `null` when
 * it names no field of the form (the provider toasts it instead). Shared by the
 * form-library bridges, which differ only in how they write the message.
 */
export function serverFieldError<TName extends string>(
  error: unknown,
  { fieldMap, resolve }: ServerFieldErrorOptions,
): { field: TName; message: string } | null {
  if (error === null || error === undefined) return null
  const e = toStardustError(error)
  const field = formFieldOf(e, fieldMap) as TName | null
  if (field === null) return null
  return { field, message: resolve ? resolve(e).message : safeText(e.serverMessage ?? '') || e.message }
}
