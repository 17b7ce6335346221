import { useContext } from 'react'
import { createStardustI18n } from '../i18n/createStardustI18n.js'
import { resolveError } from '../i18n/resolveError.js'
import { stardustText } from '../i18n/text.js'
import { StardustContext, type StardustContextValue } from './context.js'
import { lazyToastStore } from './lazyToastStore.js'

let standalone: StardustContextValue | null = null

/**
 * The provider's state or, outside any `<StardustProvider>`, built-in English
 * (no catalog: the generic title and message, the server's own text, and the
 * kit's English labels). For what an outermost error boundary renders: a
 * boundary above the provider must not turn one error into a second, uncaught one.
 */
export function useStardustOrStandalone(): StardustContextValue {
  const provided = useContext(StardustContext)
  if (provided) return provided
  standalone ??= createStandalone()
  return standalone
}

function createStandalone(): StardustContextValue {
  const i18n = createStardustI18n('en')
  return {
    i18n,
    locale: 'en',
    dir: 'ltr',
    catalogVersion: 0,
    resolve: (error) => resolveError(error, i18n, 'en'),
    text: (key, fallback, options) => stardustText(i18n, 'en', key, fallback, options),
    toasts: lazyToastStore({}),
    placement: 'bottom-end',
    classNames: {},
  }
}
