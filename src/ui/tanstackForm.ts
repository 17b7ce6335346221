import { useCallback } from 'react'
import { useStardust } from './context.js'
import { serverFieldError, type ServerFieldErrorOptions } from './serverFieldError.js'

/** The part of a field's meta the bridge writes: TanStack Form's `errorMap` (and `errorSourceMap`). */
export interface ServerErrorMeta {
  errorMap?: Record<string, unknown>
  errorSourceMap?: Record<string, unknown>
}

/**
 * The part of a TanStack Form `FormApi` (`useForm()`) the bridge uses:
 * `setFieldMeta`. Declared here so the kit needs no dependency on
 * `@tanstack/react-form`: the form fits it as it is.
 */
export interface FieldMetaForm<TName extends string = string, TMeta extends ServerErrorMeta = ServerErrorMeta> {
  setFieldMeta(field: TName, updater: (prev: TMeta) => TMeta): void
}

export type SetFieldMetaErrorsOptions = ServerFieldErrorOptions

/**
 * Puts a server error on the TanStack Form field it names, under
 * `errorMap.onServer`: it shows in `field.state.meta.errors`, and TanStack
 * Form clears it by itself the next time the user changes or blurs the field.
 * Returns the field it set (focus it if you like), or `null` when the error
 * names no field of the form (the provider toasts it).
 *
 * @example
 * useMutation({ mutationFn, meta: stardustMeta({ fields }), onError: (e) => setFieldMetaErrors(form, e, { fieldMap: fields, resolve }) })
 */
export function setFieldMetaErrors<TName extends string, TMeta extends ServerErrorMeta>(
  form: FieldMetaForm<TName, TMeta>,
  error: unknown,
  options: SetFieldMetaErrorsOptions = {},
): TName | null {
  const found = serverFieldError<TName>(error, options)
  if (!found) return null
  const { field, message } = found
  form.setFieldMeta(
    field,
    (prev) =>
      ({
        ...prev,
        errorMap: { ...prev?.errorMap, onServer: message },
        errorSourceMap: { ...prev?.errorSourceMap, onServer: 'field' },
      }) as typeof prev,
  )
  return field
}

/** {@link setFieldMetaErrors} with `resolve` bound to the provider, so messages are in the user's language. */
export type BoundSetFieldMetaErrors = <TName extends string, TMeta extends ServerErrorMeta>(
  form: FieldMetaForm<TName, TMeta>,
  error: unknown,
  options?: Omit<SetFieldMetaErrorsOptions, 'resolve'>,
) => TName | null

/**
 * {@link setFieldMetaErrors} in the provider's language.
 *
 * @example
 * const form = useForm({ defaultValues: { campaignName: '' } })
 * const setFieldMetaErrors = useSetFieldMetaErrors()
 * useMutation({ mutationFn, meta: stardustMeta({ fields: ['campaignName'] }), onError: (e) => setFieldMetaErrors(form, e) })
 */
export function useSetFieldMetaErrors(): BoundSetFieldMetaErrors {
  const { resolve } = useStardust()
  return useCallback<BoundSetFieldMetaErrors>((form, error, options) => setFieldMetaErrors(form, error, { ...options, resolve }), [resolve])
}
