// For stories that render their own <StardustProvider> (`parameters.stardust = { provider: false }`):
// the provider the preview would have given, in the toolbar's locale, with props of the story's choosing.
import type { ReactNode } from 'react'
import { StardustProvider, type StardustProviderProps } from '../../src/index.js'
import { kitOf } from './kit.js'

export interface OwnProviderProps extends Omit<StardustProviderProps, 'i18n' | 'locale'> {
  /** The story's `context.loaded`: its i18next instance and locale. */
  loaded: unknown
  children?: ReactNode
}

export function OwnProvider({ loaded, children, ...props }: OwnProviderProps): ReactNode {
  const { i18n, locale } = kitOf(loaded)
  return (
    <StardustProvider i18n={i18n} locale={locale} {...props}>
      {children}
    </StardustProvider>
  )
}
