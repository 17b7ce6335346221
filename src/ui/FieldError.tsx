import type { ReactNode } from 'react'
import { useStardust } from './context.js'
import { CopyRequestId } from './CopyRequestId.js'
import { cx } from './cx.js'
import { serverTextProps } from './serverText.js'
import type { FieldErrors } from './useFieldErrors.js'

export interface FieldErrorProps<TName extends string = string> {
  /** The form field's name, as passed to `fieldErrors.fieldProps(name)`. */
  name: TName
  errors: FieldErrors<TName>
  /** Shows the catalog's advice after the message ("Choose another name."). Default `true`. */
  hint?: boolean
  /** Offers the request ID with a copy button under the message, for support. Default `true`. */
  copyRequestId?: boolean
  /** Added to the `sdk-field-error` class (after the provider's `classNames.fieldError`). */
  className?: string
}

/**
 * The server's error for one field, as plain text under the input: the
 * message and what to do next, then the request ID one click from the
 * clipboard. The message's id is the one `fieldProps(name)` puts in the
 * input's `aria-describedby`, so a screen reader reads it with the field (the
 * copy button is left out of that description). Renders nothing while the
 * field has no error.
 *
 * @example
 * <input {...fieldErrors.fieldProps('campaignName')} />
 * <FieldError name="campaignName" errors={fieldErrors} />
 */
export function FieldError<TName extends string = string>({
  name,
  errors,
  hint = true,
  copyRequestId = true,
  className,
}: FieldErrorProps<TName>): ReactNode {
  const { classNames, dir, locale } = useStardust()
  if (!errors.has(name)) return null
  const advice = hint ? errors.hints[name] : null
  return (
    <div dir={dir} lang={locale} className={cx('sdk-field-error', classNames.fieldError, className)}>
      <p id={errors.errorId(name)} className="sdk-field-error__message">
        {errors.fromServer ? <span {...serverTextProps(true)}>{errors.errors[name]}</span> : errors.errors[name]}
        {advice && ' '}
        {advice && <span className="sdk-field-error__hint">{advice}</span>}
      </p>
      {copyRequestId && <CopyRequestId requestId={errors.requestId} className="sdk-field-error__request" />}
    </div>
  )
}
