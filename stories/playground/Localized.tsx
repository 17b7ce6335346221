import type { ReactNode } from 'react'
import { ErrorFallback, useStardust, type FallbackProps } from '../../src/index.js'

/**
 * The console's own words are English and left-to-right (its root says so); the kit's messages inside it are
 * in the toolbar's locale. This marks them with that locale's `lang` and `dir`, without a box of its own.
 */
export function Localized({ children }: { children?: ReactNode }): ReactNode {
  const { locale, dir } = useStardust()
  return (
    <div lang={locale} dir={dir} className="console-localized">
      {children}
    </div>
  )
}

/** The kit's default fallback, marked with its locale like every other kit message in the console. */
export function LocalizedFallback(props: FallbackProps): ReactNode {
  return (
    <Localized>
      <ErrorFallback {...props} />
    </Localized>
  )
}
