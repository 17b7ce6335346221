import { useEffect, useState, type MouseEvent, type ReactNode } from 'react'
import { useStardust } from './context.js'
import { cx } from './cx.js'
import { serverTextProps } from './serverText.js'
import { findField, type FieldErrors } from './useFieldErrors.js'

export interface ErrorSummaryProps {
  errors: FieldErrors
  /** Added to the `sdk-error-summary` class (after the provider's `classNames.errorSummary`). */
  className?: string
  /** The heading's level, to fit the page's outline. Default 2. */
  headingLevel?: 2 | 3 | 4 | 5 | 6
}

/**
 * An optional summary above a long form: how many fields need attention and a
 * link to each. A link points at the input's id (or, without one, at the
 * field's message) and focuses the input when followed. Renders nothing while
 * there are no errors.
 *
 * @example
 * <ErrorSummary errors={fieldErrors} />
 */
export function ErrorSummary({ errors, className, headingLevel = 2 }: ErrorSummaryProps): ReactNode {
  const { text, classNames, dir, locale } = useStardust()
  const names = Object.keys(errors.errors)
  const inputIds = useInputIds(errors)
  if (names.length === 0) return null
  const Heading = `h${headingLevel}` as const

  const follow = (event: MouseEvent<HTMLAnchorElement>, name: string) => {
    const field = findField(errors, name)
    if (!field) return
    event.preventDefault()
    field.focus()
  }

  return (
    <div role="alert" dir={dir} lang={locale} className={cx('sdk-error-summary', classNames.errorSummary, className)}>
      <Heading className="sdk-error-summary__title">
        {text('ui.errorSummary', 'There are {{count}} problems with this form', { count: names.length })}
      </Heading>
      <ul className="sdk-error-summary__list">
        {names.map((name) => (
          <li key={name}>
            <a href={`#${inputIds.get(name) ?? errors.errorId(name)}`} onClick={(event) => follow(event, name)}>
              {errors.fromServer ? <span {...serverTextProps(true)}>{errors.errors[name]}</span> : errors.errors[name]}
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}

/** The ids of the inputs in error, read from the page once it has rendered. */
function useInputIds(errors: FieldErrors): ReadonlyMap<string, string> {
  const [ids, setIds] = useState<ReadonlyMap<string, string>>(() => new Map())
  useEffect(() => {
    const next = new Map<string, string>()
    for (const name of Object.keys(errors.errors)) {
      const id = findField(errors, name)?.id
      if (id) next.set(name, id)
    }
    const same = next.size === ids.size && [...next].every(([name, id]) => ids.get(name) === id)
    if (!same) setIds(next)
  }, [errors, ids])
  return ids
}
