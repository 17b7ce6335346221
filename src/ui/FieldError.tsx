import type { ReactNode } from 'react'
import { useStardust } from './context.js'
import { cx } from './cx.js'
import type { FieldErrors } from './useFieldErrors.js'

export interface FieldErrorProps {
  /** The form field's name, as passed to `fieldErrors.fieldProps(name)`. */
  name: string
  errors: FieldErrors
  /** Added to the `sdk-field-error` class (after the provider's `classNames.fieldError`). */
  className?: string
}

/**
 * The server's error for one field, as plain text under the input. Its id is
 * the one `fieldProps(name)` puts in the input's `aria-describedby`, so a
 * screen reader reads it with the field. Renders nothing while the field has
 * no error.
 *
 * @example
 * <input {...fieldErrors.fieldProps('campaignName')} />
 * <FieldError name="campaignName" errors={fieldErrors} />
 */
export function FieldError({ name, errors, className }: FieldErrorProps): ReactNode {
  const { classNames, dir, locale } = useStardust()
  if (!errors.has(name)) return null
  return (
    <p id={errors.errorId(name)} dir={dir} lang={locale} className={cx('sdk-field-error', classNames.fieldError, className)}>
      {errors.errors[name]}
    </p>
  )
}
