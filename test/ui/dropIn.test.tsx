// What a new app meets in its first hour: the README's own options and react-i18next's usual setup.
import { act, render, screen, waitFor } from '@testing-library/react'
import { QueryClientProvider, useMutation, useQuery } from '@tanstack/react-query'
import userEvent from '@testing-library/user-event'
import { StardustErrorBoundary } from '../../src/ui/StardustErrorBoundary.js'
import i18next from 'i18next'
import { initReactI18next, useTranslation } from 'react-i18next'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import de from '../../locales/de/stardust.json'
import en from '../../locales/en/stardust.json'
import ja from '../../locales/ja/stardust.json'
import { toStardustError } from '../../src/core.js'
import { StardustProvider } from '../../src/ui/StardustProvider.js'
import { failureEnvelope, renderWithKit, testQueryClient } from './kit.js'

function Failing({ code = 51004 }: { code?: number }) {
  useQuery({
    queryKey: ['fail', code],
    queryFn: () => Promise.reject(toStardustError(failureEnvelope(code, 'campaignName is already exists'))),
  })
  return null
}

const toaster = () => screen.getByRole('region', { name: /./ })

describe('overrides', () => {
  it('the README’s example keeps the catalog and adds the hint (merged after the catalog loads)', async () => {
    const hint = 'Campaign names are unique per workspace.'
    const app = i18next.createInstance()
    await app.init({ lng: 'en', resources: {} })
    render(
      <QueryClientProvider client={testQueryClient()}>
        {/* An object literal, as the README writes it: new on every render. */}
        <StardustProvider i18n={app} overrides={{ en: { codes: { 51004: { hint } } } }}>
          <Failing />
        </StardustProvider>
      </QueryClientProvider>,
    )
    await waitFor(() => expect(toaster()).toHaveTextContent(en.codes['51004'].title))
    expect(toaster()).toHaveTextContent(en.codes['51004'].message)
    expect(app.t('codes.51004.hint', { ns: 'stardust' })).toBe(hint)
    expect(toaster()).not.toHaveTextContent('Something went wrong')
  })
})

describe('react-i18next’s usual setup, without <I18nextProvider>', () => {
  it('speaks the language of the instance registered with initReactI18next, and follows it', async () => {
    const app = i18next.createInstance()
    await app
      .use(initReactI18next)
      .init({ lng: 'de', resources: { de: { translation: { hello: 'Hallo' } }, ja: { translation: { hello: 'こんにちは' } } } })
    function Greeting() {
      const { t } = useTranslation()
      return <p>{t('hello')}</p>
    }
    render(
      <QueryClientProvider client={testQueryClient()}>
        <StardustProvider>
          <Greeting />
          <Failing code={5000} />
        </StardustProvider>
      </QueryClientProvider>,
    )
    expect(screen.getByText('Hallo')).toBeInTheDocument()
    await waitFor(() => expect(toaster()).toHaveTextContent(de.codes['5000'].title))
    await act(async () => void (await app.changeLanguage('ja')))
    await waitFor(() => expect(toaster()).toHaveTextContent(ja.codes['5000'].title))
    expect(screen.getByText('こんにちは')).toBeInTheDocument()
  })
})

// React reports every error a boundary catches on the console: expected here.
const quietBoundaries = () => beforeEach(() => void vi.spyOn(console, 'error').mockImplementation(() => {}))

describe('"never twice" with a plain throwOnError: true (TanStack Query decides)', () => {
  quietBoundaries()
  const fallbackRender = () => <p>boundary</p>
  const toastCount = () => document.querySelectorAll('li.sdk-toast').length

  it('a failed refetch with data on screen that TanStack throws shows the boundary, not a toast as well', async () => {
    let fail = false
    function List() {
      const { data, refetch } = useQuery({
        queryKey: ['list'],
        queryFn: () => (fail ? Promise.reject(toStardustError(failureEnvelope(5000, 'Service hiccuped'))) : Promise.resolve('rows')),
        throwOnError: true,
      })
      return <button onClick={() => void refetch()}>{data ?? 'loading'}</button>
    }
    await renderWithKit(
      <StardustErrorBoundary fallbackRender={fallbackRender}>
        <List />
      </StardustErrorBoundary>,
    )
    await screen.findByRole('button', { name: 'rows' })
    fail = true
    await userEvent.click(screen.getByRole('button', { name: 'rows' }))
    await screen.findByText('boundary')
    await act(async () => {})
    expect(toastCount()).toBe(0)
  })

  it('useMutation({ throwOnError: true }) shows the boundary, not a toast as well', async () => {
    function Save() {
      const save = useMutation({
        mutationFn: () => Promise.reject(toStardustError(failureEnvelope(5000, 'Service hiccuped'))),
        throwOnError: true,
      })
      return <button onClick={() => save.mutate()}>Save</button>
    }
    await renderWithKit(
      <StardustErrorBoundary fallbackRender={fallbackRender}>
        <Save />
      </StardustErrorBoundary>,
    )
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))
    await screen.findByText('boundary')
    await act(async () => {})
    expect(toastCount()).toBe(0)
  })
})

describe('the outermost boundary, above the provider', () => {
  quietBoundaries()
  it('renders the default fallback in built-in English instead of a second, uncaught error', async () => {
    function Broken(): never {
      throw toStardustError(failureEnvelope(5000, 'Service hiccuped, please try again later', { requestId: 'b'.repeat(32) }))
    }
    render(
      <StardustErrorBoundary>
        <StardustProvider>
          <Broken />
        </StardustProvider>
      </StardustErrorBoundary>,
    )
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Something went wrong')
    expect(alert).toHaveTextContent('b'.repeat(32))
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Copy support details' })).toBeInTheDocument()
  })
})
