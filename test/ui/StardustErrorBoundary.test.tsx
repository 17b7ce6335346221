import { useState, type ComponentType, type ReactNode } from 'react'
import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useQuery } from '@tanstack/react-query'
import {
  ErrorBoundary,
  useErrorBoundary as useRebErrorBoundary,
  type ErrorBoundaryProps,
  type FallbackProps as RebFallbackProps,
} from 'react-error-boundary'
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest'
import { isStardustError, StardustError } from '../../src/core/StardustError.js'
import { stardustFetch } from '../../src/core/stardustFetch.js'
import { envelopeError } from '../../src/core/toStardustError.js'
import { availableLocales, createStardustI18n, loadStardustLocale, NAMESPACE, resolveError } from '../../src/i18n.js'
import { throwOnError } from '../../src/query/throwOnError.js'
import {
  StardustErrorBoundary,
  useErrorBoundary,
  type FallbackProps,
  type StardustErrorBoundaryProps,
} from '../../src/ui/StardustErrorBoundary.js'
import { failureEnvelope, jsonResponse, renderWithKit, successEnvelope } from './kit.js'

// React logs every error a boundary catches. Silence it, and fail a test that logs anything else.
let consoleError: MockInstance<typeof console.error>
let expectedErrors: Array<(arg: unknown) => boolean>
function expectLogged(match: unknown): void {
  expectedErrors.push(
    typeof match === 'function'
      ? (match as (arg: unknown) => boolean)
      : (arg) => arg === match || (match instanceof Error && typeof arg === 'string' && arg.includes(match.message)),
  )
}
beforeEach(() => {
  expectedErrors = []
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => {})
})
afterEach(() => {
  for (const call of consoleError.mock.calls) {
    // React 18 follows each caught error with a second log naming the component; it belongs to an expected error.
    if (expectedErrors.length > 0 && typeof call[0] === 'string' && call[0].startsWith('The above error occurred in')) continue
    expect(
      call.some((arg) => expectedErrors.some((match) => match(arg))),
      `unexpected console.error: ${call.map(String).join(' ')}`,
    ).toBe(true)
  }
})

/** An error that a test means to throw. */
function boom(message = 'boom'): Error {
  const error = new Error(message)
  expectLogged(error)
  return error
}

/** Throws while `when.current` is set; renders "child ok" once it is cleared. */
function Child({ when, error }: { when: { current: boolean }; error: unknown }) {
  if (when.current) throw error
  return <p>child ok</p>
}

// ---------------------------------------------------------------------------------------------------------------------
// Parity: every scenario, written once, runs against react-error-boundary and against ours.

type Hook = () => { error: unknown; resetBoundary: () => void; showBoundary: (error: unknown) => void }
const implementations: Array<{ name: string; Boundary: ComponentType<StardustErrorBoundaryProps>; useBoundary: Hook }> = [
  { name: 'react-error-boundary', Boundary: ErrorBoundary as ComponentType<StardustErrorBoundaryProps>, useBoundary: useRebErrorBoundary },
  { name: 'StardustErrorBoundary', Boundary: StardustErrorBoundary, useBoundary: useErrorBoundary },
]

describe.each(implementations)('parity with react-error-boundary: $name', ({ Boundary, useBoundary }) => {
  const renderFallback = ({ error, resetErrorBoundary }: FallbackProps) => (
    <div>
      <p>caught: {error instanceof Error ? error.message : String(error)}</p>
      <button onClick={() => resetErrorBoundary('from', 'fallback')}>reset</button>
    </div>
  )
  const Fallback = (props: FallbackProps) => renderFallback(props)

  it('renders the children while nothing throws', () => {
    render(
      <Boundary fallback={<p>fallback</p>}>
        <p>child ok</p>
      </Boundary>,
    )
    expect(screen.getByText('child ok')).toBeInTheDocument()
    expect(screen.queryByText('fallback')).not.toBeInTheDocument()
  })

  it('fallback: shows the element in place of the children', () => {
    render(
      <Boundary fallback={<p>fallback</p>}>
        <Child when={{ current: true }} error={boom()} />
      </Boundary>,
    )
    expect(screen.getByText('fallback')).toBeInTheDocument()
  })

  it('fallback={null}: renders nothing, because the prop is there', () => {
    const { container } = render(
      <Boundary fallback={null}>
        <Child when={{ current: true }} error={boom()} />
      </Boundary>,
    )
    expect(container).toBeEmptyDOMElement()
  })

  it.each([
    ['fallbackRender', { fallbackRender: renderFallback }],
    ['FallbackComponent', { FallbackComponent: Fallback }],
  ] as const)('%s: gets the error and a reset that renders the children again', async (way, props) => {
    const when = { current: true }
    render(
      <Boundary {...props}>
        <Child when={when} error={boom(way)} />
      </Boundary>,
    )
    expect(screen.getByText(`caught: ${way}`)).toBeInTheDocument()
    when.current = false
    await userEvent.click(screen.getByRole('button', { name: 'reset' }))
    expect(screen.getByText('child ok')).toBeInTheDocument()
  })

  it('fallbackRender wins over FallbackComponent, which wins over fallback', () => {
    // The types forbid giving two (see below); plain JavaScript can, and the order must be theirs.
    const error = boom('which')
    const all = { fallbackRender: () => <p>render prop</p>, FallbackComponent: () => <p>component</p>, fallback: <p>element</p> }
    const { rerender } = render(
      <Boundary {...(all as unknown as StardustErrorBoundaryProps)}>
        <Child when={{ current: true }} error={error} />
      </Boundary>,
    )
    expect(screen.getByText('render prop')).toBeInTheDocument()
    const { fallbackRender: _, ...componentAndElement } = all
    rerender(
      <Boundary {...(componentAndElement as unknown as StardustErrorBoundaryProps)}>
        <Child when={{ current: true }} error={error} />
      </Boundary>,
    )
    expect(screen.getByText('component')).toBeInTheDocument()
  })

  it('a thrown value that is not an Error reaches the fallback as it is', () => {
    const thrown = { reason: 'not an error' }
    expectLogged(thrown)
    expectLogged((arg: unknown) => typeof arg === 'string' && arg.includes('[object Object]'))
    let received: unknown
    render(
      <Boundary fallbackRender={({ error }) => ((received = error), (<p>fallback</p>))}>
        <Child when={{ current: true }} error={thrown} />
      </Boundary>,
    )
    expect(received).toBe(thrown)
  })

  it('onError: called once with the error and the component stack', () => {
    const error = boom('logged')
    const onError = vi.fn()
    render(
      <Boundary fallback={<p>fallback</p>} onError={onError}>
        <Child when={{ current: true }} error={error} />
      </Boundary>,
    )
    expect(onError).toHaveBeenCalledOnce()
    expect(onError.mock.calls[0]![0]).toBe(error)
    expect(onError.mock.calls[0]![1].componentStack).toContain('Child')
  })

  it('onReset: resetErrorBoundary(...args) → { reason: "imperative-api", args }', async () => {
    const when = { current: true }
    const onReset = vi.fn()
    render(
      <Boundary fallbackRender={renderFallback} onReset={onReset}>
        <Child when={when} error={boom()} />
      </Boundary>,
    )
    when.current = false
    await userEvent.click(screen.getByRole('button', { name: 'reset' }))
    expect(onReset).toHaveBeenCalledExactlyOnceWith({ reason: 'imperative-api', args: ['from', 'fallback'] })
  })

  it('resetting while nothing was caught does nothing', async () => {
    const onReset = vi.fn()
    function ResetButton() {
      const { resetBoundary } = useBoundary()
      return <button onClick={resetBoundary}>reset</button>
    }
    render(
      <Boundary fallback={<p>fallback</p>} onReset={onReset}>
        <ResetButton />
      </Boundary>,
    )
    await userEvent.click(screen.getByRole('button', { name: 'reset' }))
    expect(onReset).not.toHaveBeenCalled()
    expect(screen.getByRole('button', { name: 'reset' })).toBeInTheDocument()
  })

  /** A boundary with `resetKeys`, around a child that throws until `when.current` is cleared. */
  function withKeys(keys: unknown[] | undefined, throwing = true) {
    const when = { current: throwing }
    const onReset = vi.fn()
    const error = boom()
    const ui = (next: unknown[] | undefined) => (
      <Boundary fallback={<p>fallback</p>} onReset={onReset} resetKeys={next}>
        <Child when={when} error={error} />
      </Boundary>
    )
    const { rerender } = render(ui(keys))
    return { when, onReset, rerenderWith: (next: unknown[] | undefined) => rerender(ui(next)) }
  }

  it('resetKeys: a changed key resets with { reason: "keys", prev, next }', () => {
    const { when, onReset, rerenderWith } = withKeys(['campaign-1', 1])
    expect(screen.getByText('fallback')).toBeInTheDocument()
    when.current = false
    rerenderWith(['campaign-2', 1])
    expect(onReset).toHaveBeenCalledExactlyOnceWith({ reason: 'keys', prev: ['campaign-1', 1], next: ['campaign-2', 1] })
    expect(screen.getByText('child ok')).toBeInTheDocument()
  })

  it('resetKeys: equal keys in a new array (NaN included, by Object.is) do not reset; -0 after 0 does', () => {
    const { when, onReset, rerenderWith } = withKeys(['a', NaN, 0])
    when.current = false
    rerenderWith(['a', NaN, 0])
    expect(onReset).not.toHaveBeenCalled()
    expect(screen.getByText('fallback')).toBeInTheDocument()
    rerenderWith(['a', NaN, -0])
    expect(onReset).toHaveBeenCalledOnce()
    expect(screen.getByText('child ok')).toBeInTheDocument()
  })

  it('resetKeys: a change in their number resets, and so does dropping them', () => {
    const { when, onReset, rerenderWith } = withKeys(['a'])
    when.current = false
    rerenderWith(['a', 'b'])
    expect(onReset).toHaveBeenLastCalledWith({ reason: 'keys', prev: ['a'], next: ['a', 'b'] })
    when.current = true
    rerenderWith(['a', 'b', 'c'])
    expect(screen.getByText('fallback')).toBeInTheDocument()
    when.current = false
    rerenderWith(undefined)
    expect(onReset).toHaveBeenLastCalledWith({ reason: 'keys', prev: ['a', 'b', 'c'], next: undefined })
    expect(onReset).toHaveBeenCalledTimes(2)
    expect(screen.getByText('child ok')).toBeInTheDocument()
  })

  it('resetKeys: changing them while nothing was caught calls no onReset', () => {
    const { onReset, rerenderWith } = withKeys([1], false)
    rerenderWith([2])
    expect(onReset).not.toHaveBeenCalled()
    expect(screen.getByText('child ok')).toBeInTheDocument()
  })

  it('useErrorBoundary: showBoundary shows an error from an event handler; the fallback resets it', async () => {
    const error = boom('from a handler')
    function Save() {
      const { showBoundary } = useBoundary()
      return <button onClick={() => showBoundary(error)}>save</button>
    }
    const onReset = vi.fn()
    render(
      <Boundary fallbackRender={renderFallback} onReset={onReset}>
        <Save />
      </Boundary>,
    )
    await userEvent.click(screen.getByRole('button', { name: 'save' }))
    expect(screen.getByText('caught: from a handler')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'reset' }))
    expect(screen.getByRole('button', { name: 'save' })).toBeInTheDocument()
    expect(onReset).toHaveBeenCalledWith({ reason: 'imperative-api', args: ['from', 'fallback'] })
  })

  it('useErrorBoundary: error is the caught error, for a component inside the fallback', () => {
    const error = boom('seen')
    let seen: unknown = 'unset'
    function Inside() {
      seen = useBoundary().error
      return null
    }
    render(
      <Boundary fallback={<Inside />}>
        <Child when={{ current: true }} error={error} />
      </Boundary>,
    )
    expect(seen).toBe(error)
  })

  it('an error in the fallback goes to the next boundary up', () => {
    const inner = boom('inner')
    const outer = boom('fallback broke')
    render(
      <Boundary fallback={<p>outer fallback</p>}>
        <Boundary
          fallbackRender={() => {
            throw outer
          }}
        >
          <Child when={{ current: true }} error={inner} />
        </Boundary>
      </Boundary>,
    )
    expect(screen.getByText('outer fallback')).toBeInTheDocument()
  })
})

// Compile-time parity: react-error-boundary's props and fallbacks fit ours, and ours theirs.
const rebProps: ErrorBoundaryProps = { fallbackRender: ({ error }) => String(error) }
export const asOurs: StardustErrorBoundaryProps = rebProps
export const fallbackBothWays: [FallbackProps, RebFallbackProps] = [{} as RebFallbackProps, {} as FallbackProps]
// @ts-expect-error: like theirs, at most one way to render the fallback
export const twoWays: StardustErrorBoundaryProps = { fallback: null, FallbackComponent: () => null }

// ---------------------------------------------------------------------------------------------------------------------
// What ours adds: the kit's fallback, and TanStack Query's reset.

/** Renders the kit's fallback for `error`, thrown by a child of a boundary with no fallback props. */
async function renderDefaultFallback(error: unknown, locale = 'en') {
  expectLogged(error)
  await renderWithKit(
    <StardustErrorBoundary>
      <Child when={{ current: true }} error={error} />
    </StardustErrorBoundary>,
    { locale, provider: { toaster: false } },
  )
  await act(async () => {}) // the provider's catalog-loaded update
}

describe('StardustErrorBoundary with the default fallback', () => {
  it('shows the localized title, message and hint of a 51008, and takes focus', async () => {
    const envelope = failureEnvelope(51008, 'campaign not found')
    const error = envelopeError(envelope)
    await renderDefaultFallback(error)

    const alert = screen.getByRole('alert')
    expect(within(alert).getByRole('heading', { name: 'Campaign not found' })).toBeInTheDocument()
    expect(alert).toHaveTextContent('The campaign could not be found. It may have been deleted.')
    expect(alert).toHaveTextContent('Check the campaign ID.')
    expect(alert).toHaveClass('sdk-fallback')
    expect(alert).toHaveAttribute('dir', 'ltr')
    expect(alert).toHaveFocus()
    expect(within(alert).getByRole('button', { name: 'Try again' })).toHaveClass('sdk-button', 'sdk-button--primary')
    expect(within(alert).getByText(envelope.requestId)).toBeInTheDocument()
    expect(within(alert).getByRole('button', { name: 'Copy request ID' })).toBeInTheDocument()
    expect(within(alert).getByRole('button', { name: 'Copy support details' })).toBeInTheDocument()
  })

  it('"Show details" reveals the code and the server message as text, without credentials', async () => {
    const error = envelopeError(failureEnvelope(51008, 'campaign <b>7</b> not found; X-SIGN: 5d41402abc4b2a76b9719d911017c592'))
    await renderDefaultFallback(error)
    const toggle = screen.getByRole('button', { name: 'Show details' })
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    expect(screen.queryByText('51008')).not.toBeVisible()

    await userEvent.click(toggle)

    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    expect(toggle).toHaveAccessibleName('Hide details')
    expect(screen.getByText('51008')).toBeVisible()
    expect(screen.getByText('Message from the server')).toBeVisible()
    expect(screen.getByText(/campaign <b>7<\/b> not found/)).toBeVisible()
    expect(document.body.innerHTML).not.toContain('5d41402abc4b2a76b9719d911017c592')
    expect(document.querySelector('b')).toBeNull()
  })

  it('still shows a cancelled request: a boundary has nothing else to show', async () => {
    const error = new StardustError({ kind: 'aborted' })
    await renderDefaultFallback(error)
    expect(screen.getByRole('alert')).toHaveTextContent('Request cancelled')
  })

  it('"Try again" resets the failed query, which fetches again and renders its data', async () => {
    const fetchMock = vi
      .fn<typeof fetch>()
      .mockResolvedValueOnce(jsonResponse(failureEnvelope(51008, 'campaign not found')))
      .mockResolvedValueOnce(jsonResponse(successEnvelope({ name: 'Street scenes' })))
    expectLogged((arg: unknown) => isStardustError(arg) && arg.code === 51008)
    expectLogged((arg: unknown) => typeof arg === 'string' && arg.includes('Stardust 51008'))
    function Campaign() {
      const { data } = useQuery({
        queryKey: ['campaign', 7],
        queryFn: ({ signal }) => stardustFetch<{ name: string }>('/rosetta-open/campaign/7', { signal, fetch: fetchMock }),
        throwOnError,
      })
      return <p>{data ? `campaign: ${data.name}` : 'loading'}</p>
    }
    const onReset = vi.fn()
    await renderWithKit(
      <StardustErrorBoundary onReset={onReset}>
        <Campaign />
      </StardustErrorBoundary>,
      { provider: { toaster: false } },
    )

    const tryAgain = await screen.findByRole('button', { name: 'Try again' })
    expect(screen.getByRole('heading', { name: 'Campaign not found' })).toBeInTheDocument()
    await userEvent.click(tryAgain)

    expect(await screen.findByText('campaign: Street scenes')).toBeInTheDocument()
    expect(fetchMock).toHaveBeenCalledTimes(2)
    expect(onReset).toHaveBeenCalledExactlyOnceWith({ reason: 'imperative-api', args: [] })
  })

  it('a changed reset key also resets the failed query', async () => {
    const fetchMock = vi
      .fn<typeof fetch>()
      .mockResolvedValueOnce(jsonResponse(failureEnvelope(5000, 'internal error'), 500))
      .mockResolvedValueOnce(jsonResponse(successEnvelope(['a', 'b'])))
    expectLogged((arg: unknown) => isStardustError(arg) && arg.code === 5000)
    expectLogged((arg: unknown) => typeof arg === 'string' && arg.includes('Stardust 5000'))
    function Items() {
      const { data } = useQuery({
        queryKey: ['items'],
        queryFn: () => stardustFetch<string[]>('/items', { fetch: fetchMock }),
        throwOnError,
      })
      return <p>{data ? `items: ${data.join(',')}` : 'loading'}</p>
    }
    function Page() {
      const [filter, setFilter] = useState('all')
      return (
        <>
          <button onClick={() => setFilter('open')}>change filter</button>
          <StardustErrorBoundary resetKeys={[filter]}>
            <Items />
          </StardustErrorBoundary>
        </>
      )
    }
    await renderWithKit(<Page />, { provider: { toaster: false } })
    await screen.findByRole('alert')

    await userEvent.click(screen.getByRole('button', { name: 'change filter' }))

    expect(await screen.findByText('items: a,b')).toBeInTheDocument()
  })

  it('useErrorBoundary outside a boundary says where it belongs', () => {
    function Lost(): ReactNode {
      useErrorBoundary()
      return null
    }
    expectLogged((arg: unknown) => arg instanceof Error && arg.message.includes('<StardustErrorBoundary>'))
    expectLogged((arg: unknown) => typeof arg === 'string' && arg.includes('<StardustErrorBoundary>'))
    expect(() => render(<Lost />)).toThrow('useErrorBoundary() must be used inside <StardustErrorBoundary>')
  })

  describe.each(['de', 'zh-CN'])('in %s', (locale) => {
    it.skipIf(!availableLocales().includes(locale))('shows the catalog of the locale', async () => {
      const error = envelopeError(failureEnvelope(51008, 'campaign not found'))
      const i18n = createStardustI18n(locale)
      await loadStardustLocale(i18n, locale)
      const expected = resolveError(error, i18n, locale)
      const english = resolveError(error, i18n, 'en')
      const tryAgain = i18n.getResource(locale, NAMESPACE, 'ui.tryAgain') as string | undefined

      await renderDefaultFallback(error, locale)

      expect(expected.title).not.toBe(english.title)
      expect(screen.getByRole('heading', { name: expected.title })).toBeInTheDocument()
      expect(screen.getByRole('alert')).toHaveTextContent(expected.message)
      if (tryAgain) expect(screen.getByRole('button', { name: tryAgain })).toBeInTheDocument()
    })
  })
})
