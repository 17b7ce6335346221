import { useCallback } from 'react'
import { useStardust } from './context.js'
import { serverFieldError, type ServerFieldErrorOptions } from './serverFieldError.js'

/**
 * The shape of react-hook-form's `setError` (`UseFormSetError`), declared
 * here so the kit needs no dependency on react-hook-form: `useForm().setError`
 * fits it as it is.
 */
export type SetError<TName extends string = string> = (
  name: TName,
  error: { type: string; message: string },
  options?: { shouldFocus: boolean },
) => void

export interface SetFieldErrorsOptions extends ServerFieldErrorOptions {
  /** Whether react-hook-form focuses the field. Default `true`. */
  shouldFocus?: boolean
}

/**
 * Puts a server error on the react-hook-form field it names:
 * `setError('campaignName', { type: 'server', message }, { shouldFocus: true })`.
 * Returns the field it set, or `null` when the error names no field of the
 * form (it is then not shown inline: the provider toasts it).
 *
 * @example
 * useMutation({ mutationFn, meta: stardustMeta({ fields }), onError: (e) => setFieldErrors(form.setError, e, { fieldMap: fields, resolve }) })
 */
export function setFieldErrors<TName extends string>(
  setError: SetError<TName>,
  error: unknown,
  options: SetFieldErrorsOptions = {},
): TName | null {
  const found = serverFieldError<TName>(error, options)
  if (!found) return null
  const { field, message } = found
  // One error names one field, so it is also the first: it takes the focus unless the caller says otherwise.
  setError(field, { type: 'server', message }, { shouldFocus: options.shouldFocus ?? true })
  return field
}

/** {@link setFieldErrors} with `resolve` bound to the provider, so messages are in the user's language. */
export type BoundSetFieldErrors = <TName extends string>(
  setError: SetError<TName>,
  error: unknown,
  options?: Omit<SetFieldErrorsOptions, 'resolve'>,
) => TName | null

/**
 * {@link setFieldErrors} in the provider's language.
 *
 * @example
 * const { setError } = useForm<CampaignInput>()
 * const setFieldErrors = useSetFieldErrors()
 * useMutation({ mutationFn, meta: stardustMeta({ fields: ['campaignName'] }), onError: (e) => setFieldErrors(setError, e, { fieldMap: ['campaignName'] }) })
 */
export function useSetFieldErrors(): BoundSetFieldErrors {
  const { resolve } = useStardust()
  return useCallback<BoundSetFieldErrors>((setError, error, options) => setFieldErrors(setError, error, { ...options, resolve }), [resolve])
}
