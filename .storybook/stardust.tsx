// The frame every story renders in: the kit's provider stack, in the toolbar's locale and theme.
import { useEffect, useState, type ReactNode } from 'react'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import type { i18n as I18n } from 'i18next'
import type { Decorator, Loader } from '@storybook/react-vite'
import { SOURCE_LOCALE, availableLocales, createStardustI18n, loadStardustLocale, matchLocale } from '../src/i18n.js'
import { StardustProvider } from '../src/ui/StardustProvider.js'

/** `parameters.stardust` of a story or a story file. */
export interface StardustParameters {
  /**
   * `false`: the story renders its own `<StardustProvider>` (the adapters do); it still gets the
   * QueryClientProvider, and `loaded.i18n` / `loaded.locale` to pass on. Default `true`.
   */
  provider?: boolean
}

/** What the Stardust loader puts in `context.loaded`. */
export interface StardustLoaded {
  /** This story's i18next instance, with the toolbar locale's catalog loaded. */
  i18n: I18n
  /** The toolbar locale (one the kit has). */
  locale: string
}

export type Theme = 'light' | 'dark'

/** A locale's name in its own language: "English", "Deutsch", "日本語", "中文（简体）", "العربية". */
export function localeLabel(locale: string): string {
  try {
    const tag = new Intl.Locale(locale)
    // "zh-CN" would read "中文（中国）": Chinese readers choose by script, so name the script.
    const named = tag.language === 'zh' ? `zh-${tag.maximize().script ?? 'Hans'}` : locale
    const name = new Intl.DisplayNames([locale], { type: 'language', languageDisplay: 'standard' }).of(named)
    return name ? name.charAt(0).toLocaleUpperCase(locale) + name.slice(1) : locale
  } catch {
    return locale
  }
}

/** Toolbar items for every catalog under locales/, source first: a new locale shows up by itself. */
export function localeItems(): Array<{ value: string; title: string; right: string }> {
  return availableLocales().map((locale) => ({ value: locale, title: localeLabel(locale), right: locale }))
}

// One i18next instance per story, kept across re-renders (a locale switch changes its language).
const instances = new Map<string, I18n>()

/**
 * Loads the toolbar locale's catalog before the story renders, so the first paint is localized,
 * and sets the page's `lang`, `dir` (Arabic is right-to-left) and `data-theme`.
 */
export const stardustLoader: Loader = async (context) => {
  const locale = matchLocale(String(context.globals.locale ?? SOURCE_LOCALE))
  let i18n = instances.get(context.id)
  if (!i18n) instances.set(context.id, (i18n = createStardustI18n(locale)))
  // English beside it, always: the catalog browser sets every locale beside English, and a catalog a translator is
  // still writing shows English where it has no text yet. (An app loads a shipped catalog alone: those are complete.)
  await Promise.all([loadStardustLocale(i18n, locale), loadStardustLocale(i18n, SOURCE_LOCALE)])
  if (i18n.language !== locale) await i18n.changeLanguage(locale)
  applyToDocument(locale, i18n.dir(locale), context.globals.theme === 'dark' ? 'dark' : 'light')
  const loaded: StardustLoaded = { i18n, locale }
  return loaded
}

function applyToDocument(locale: string, dir: 'ltr' | 'rtl', theme: Theme): void {
  if (typeof document === 'undefined') return
  const html = document.documentElement
  html.lang = locale
  html.dir = dir
  html.dataset.theme = theme
  html.style.colorScheme = theme
}

/** Wraps the story in `<QueryClientProvider><StardustProvider i18n locale>`, with a fresh QueryClient per story. */
export const withStardust: Decorator = (Story, context) => {
  const { i18n, locale } = context.loaded as StardustLoaded
  const parameters = context.parameters.stardust as StardustParameters | undefined
  return (
    <StoryFrame i18n={i18n} locale={locale} provider={parameters?.provider !== false}>
      <Story />
    </StoryFrame>
  )
}

function StoryFrame(props: { i18n: I18n; locale: string; provider: boolean; children: ReactNode }): ReactNode {
  // Per mounted story: survives a locale or theme switch, never leaks cached data into the next story.
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } }))
  useEffect(() => () => queryClient.clear(), [queryClient])
  return (
    <QueryClientProvider client={queryClient}>
      {props.provider ? (
        <StardustProvider i18n={props.i18n} locale={props.locale}>
          {props.children}
        </StardustProvider>
      ) : (
        props.children
      )}
    </QueryClientProvider>
  )
}
