import type { ReactNode } from 'react'
import { ErrorSummary, type FieldErrors } from '../../src/index.js'
import { Localized } from './Localized.js'
import './console.css'

export interface ConsoleFormProps {
  /** The form's accessible name. */
  label: string
  submitLabel: string
  errors: FieldErrors
  /** What the polite status says after a success, or null. */
  done: string | null
  onSubmit(form: HTMLFormElement): void
  children?: ReactNode
}

/**
 * A console form: the kit's error summary at the top, the fields, the submit button and a polite status.
 * `noValidate`: the mocked server judges the input, as the real API does.
 */
export function ConsoleForm({ label, submitLabel, errors, done, onSubmit, children }: ConsoleFormProps): ReactNode {
  return (
    <form
      aria-label={label}
      className="console-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        onSubmit(event.currentTarget)
      }}
    >
      <Localized>
        <ErrorSummary errors={errors} headingLevel={3} />
      </Localized>
      {children}
      <div className="console-row">
        <button type="submit" className="sdk-button sdk-button--primary">
          {submitLabel}
        </button>
        <span role="status" className="console-muted">
          {done ?? ''}
        </span>
      </div>
    </form>
  )
}
