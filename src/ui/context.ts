import { createContext, useContext } from 'react'
import type { i18n as I18n } from 'i18next'
import type { ResolvedError } from '../i18n/resolveError.js'
import type { Toasts } from './lazyToastStore.js'
import type { ToastPlacement } from './types.js'

/** Class names the built-in components add beside their own `sdk-*` classes, for apps that style them. */
export interface StardustClassNames {
  toaster?: string
  toast?: string
  fallback?: string
  fieldError?: string
  errorSummary?: string
  button?: string
}

export interface StardustContextValue {
  i18n: I18n
  /** The locale the kit speaks (the closest one it has to the requested language). */
  locale: string
  dir: 'ltr' | 'rtl'
  /** Bumps whenever a catalog finishes loading, so memoized text refreshes. */
  catalogVersion: number
  resolve(error: unknown): ResolvedError
  /** One of the kit's UI strings (`ui.copied`…), with an English fallback. */
  text(key: string, fallback: string, options?: Record<string, unknown>): string
  toasts: Toasts
  placement: ToastPlacement
  classNames: StardustClassNames
}

export const StardustContext = createContext<StardustContextValue | null>(null)

/**
 * The provider's state. Throws a clear error outside `<StardustProvider>`.
 */
export function useStardust(): StardustContextValue {
  const value = useContext(StardustContext)
  if (!value) {
    throw new Error('stardust-error-kit: this component or hook must be used inside <StardustProvider>.')
  }
  return value
}
