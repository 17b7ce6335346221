import { useId, type ReactNode } from 'react'
import { FieldError, type FieldErrors } from '../../src/index.js'
import { Localized } from './Localized.js'
import './console.css'

export interface FieldProps {
  label: string
  /** The form's name for the field: what FormData, `fieldProps` and `<FieldError>` know it by. */
  name: string
  errors: FieldErrors
  defaultValue?: string
  type?: 'text' | 'number'
  min?: number
  /** A hint under the label, joined with the kit's error in `aria-describedby`. */
  hint?: string
  /** A select with these options instead of an input. */
  options?: ReadonlyArray<{ value: string; label: string }>
}

/** A labelled input (or select) wired to the kit: aria-invalid, aria-describedby and the inline error after it. */
export function Field({ label, name, errors, hint, options, defaultValue, ...input }: FieldProps): ReactNode {
  const id = useId()
  const kit = errors.fieldProps(name)
  const describedBy = [hint ? `${id}-hint` : null, kit['aria-describedby']].filter(Boolean).join(' ') || undefined
  const control = { id, name, defaultValue, ...kit, 'aria-describedby': describedBy }
  return (
    <div className="console-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="console-muted">
          {hint}
        </p>
      )}
      {options ? (
        <select {...control}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : (
        <input {...control} {...input} />
      )}
      <Localized>
        <FieldError name={name} errors={errors} />
      </Localized>
    </div>
  )
}
