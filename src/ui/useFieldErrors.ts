import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react'
import { formFieldOf, type FieldMap } from '../core/fields.js'
import { toStardustError } from '../core/toStardustError.js'
import { useStardust } from './context.js'

/** The props {@link FieldErrors.fieldProps} spreads onto an input. */
export interface FieldProps {
  'aria-invalid'?: true
  /** The id of the field's {@link FieldError}, while it shows a message. */
  'aria-describedby'?: string
  /** Marks the input so the kit can focus it; unique per form (`<useId>:<name>`). */
  'data-stardust-field': string
  /** Clears the field's server error as the user edits it. `onInput`, so the app's own `onChange` stays. */
  onInput: () => void
}

/** The form's field names a field map gives: the array's items, the object's values, any string for `true`. */
export type FieldNameOf<M> = M extends readonly (infer N extends string)[]
  ? N
  : M extends Readonly<Record<string, infer N extends string>>
    ? N
    : string

/**
 * What {@link useFieldErrors} returns. `TName` is the form's field names,
 * taken from the field map, so `fieldProps('campaignNmae')` is a compile error.
 */
export interface FieldErrors<TName extends string = string> {
  /** The localized message keyed by form field name (`{ campaignName: 'A campaign with this name already exists.' }`). Plain text. */
  errors: Partial<Record<TName, string>>
  /** What to do next, by field, when the catalog has advice ("Choose another name."). Plain text. */
  hints: Partial<Record<TName, string | null>>
  /** The failed request's ID, for support (`null` when the server sent none or no field is in error). */
  requestId: string | null
  /**
   * Whether the message is the server's own English text (the catalog has no entry for the code):
   * render it with `lang="en" dir="auto"`, as {@link FieldError} does.
   */
  fromServer: boolean
  has(name: TName): boolean
  /** Hides a field's message until the next failed submit. */
  clear(name: TName): void
  /**
   * Props for the field's input: `aria-invalid`, `aria-describedby`, the marker the kit focuses by,
   * and `onInput`. Spread them after your own props; if the input has an `aria-describedby` of its own
   * (a hint), join the two ids yourself.
   */
  fieldProps(name: TName): FieldProps
  /** The id of the field's {@link FieldError} element. */
  errorId(name: TName): string
  /** Focuses the first field in error, in document order. */
  focusFirst(): void
}

const hasOwn = (record: object, key: string): boolean => Object.hasOwn(record, key)

/** The input a form marked with `fieldProps(name)`, found by its `data-stardust-field` marker. */
export function findField<TName extends string>(fieldErrors: FieldErrors<TName>, name: TName): HTMLElement | null {
  const marker = fieldErrors.fieldProps(name)['data-stardust-field']
  return markedFields().find((element) => element.getAttribute('data-stardust-field') === marker) ?? null
}

/** Every input marked by any form's `fieldProps`, in document order. Compared as strings: `useId` ids need no CSS escaping. */
function markedFields(): HTMLElement[] {
  return typeof document === 'undefined' ? [] : [...document.querySelectorAll<HTMLElement>('[data-stardust-field]')]
}

/**
 * Server errors that belong next to a form field, in the user's language:
 * 51004 puts "A campaign with this name already exists." on `campaignName`.
 * Codes that name no field give `{}` (the provider toasts them). Pass the same
 * `fieldMap` as the mutation's `meta.stardust.fields`, so every error is shown
 * in exactly one place.
 *
 * A message goes away as soon as the user edits its field, never blocks
 * submitting again, and comes back with the next failed submit. After a
 * failed submit focus moves to the first field in error.
 *
 * @example
 * const create = useMutation({ mutationFn, meta: stardustMeta({ fields: ['campaignName'] }) })
 * const fieldErrors = useFieldErrors(create.error, ['campaignName'])
 * <input id="name" {...register('campaignName')} {...fieldErrors.fieldProps('campaignName')} />
 * <FieldError name="campaignName" errors={fieldErrors} />
 */
export function useFieldErrors<const M extends FieldMap = true>(error: unknown, fieldMap?: M): FieldErrors<FieldNameOf<M>> {
  const { resolve } = useStardust()
  const uid = useId()
  const stardustError = useMemo(() => (error === null || error === undefined ? null : toStardustError(error)), [error])
  const field = stardustError ? formFieldOf(stardustError, fieldMap) : null

  // The fields the user edited since this error arrived (compared by identity: a new error object starts with none).
  const [edited, setEdited] = useState<{ error: unknown; names: ReadonlySet<string> }>({ error: null, names: new Set() })
  const hidden = field !== null && edited.error === error && edited.names.has(field)

  type Name = FieldNameOf<M>
  const shown = useMemo((): {
    errors: Partial<Record<Name, string>>
    hints: Partial<Record<Name, string | null>>
    requestId: string | null
    fromServer: boolean
  } => {
    if (!stardustError || field === null || hidden) return { errors: {}, hints: {}, requestId: null, fromServer: false }
    const text = resolve(stardustError)
    // `field` comes from the map, so it is one of its names.
    return {
      errors: { [field]: text.message } as Partial<Record<Name, string>>,
      hints: { [field]: text.hint } as Partial<Record<Name, string | null>>,
      requestId: text.requestId,
      fromServer: text.source === 'server',
    }
    // `resolve` changes when a catalog finishes loading, which changes the text.
  }, [stardustError, field, hidden, resolve])
  const { errors } = shown

  const latest = useRef({ errors, error })
  // After each commit, before the effects below read it (effects run in order); never during render.
  useEffect(() => {
    latest.current = { errors, error }
  })

  const clear = useCallback((name: string) => {
    const { errors: shown, error: current } = latest.current
    if (!hasOwn(shown, name)) return
    setEdited((prev) => ({ error: current, names: new Set(prev.error === current ? [...prev.names, name] : [name]) }))
  }, [])

  const marker = useCallback((name: string) => `${uid}:${name}`, [uid])
  const errorId = useCallback((name: string) => `${uid}-${name.replace(/\s+/g, '_')}-error`, [uid])

  const focusFirst = useCallback(() => {
    const shown = latest.current.errors
    const first = markedFields().find((element) => {
      const value = element.getAttribute('data-stardust-field') ?? ''
      return value.startsWith(`${uid}:`) && hasOwn(shown, value.slice(uid.length + 1))
    })
    first?.focus()
  }, [uid])

  // A failed submit (a new error object) moves focus to the first field in error.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `error` is the trigger: each failed submit is a new error object
  useEffect(() => {
    if (Object.keys(latest.current.errors).length > 0) focusFirst()
  }, [error, focusFirst])

  return useMemo<FieldErrors<FieldNameOf<M>>>(
    () => ({
      errors,
      hints: shown.hints,
      requestId: shown.requestId,
      fromServer: shown.fromServer,
      has: (name) => hasOwn(errors, name),
      clear,
      errorId,
      focusFirst,
      fieldProps: (name) => {
        const props: FieldProps = { 'data-stardust-field': marker(name), onInput: () => clear(name) }
        if (hasOwn(errors, name)) {
          props['aria-invalid'] = true
          props['aria-describedby'] = errorId(name)
        }
        return props
      },
    }),
    [errors, shown, clear, errorId, focusFirst, marker],
  )
}
