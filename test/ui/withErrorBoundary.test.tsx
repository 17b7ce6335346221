// react-error-boundary's withErrorBoundary tests, and its imperative ref, run against react-error-boundary
// itself and against the kit: code written for one behaves the same with the other.
import { Component, createRef, type PropsWithChildren } from 'react'
import { act, render, screen } from '@testing-library/react'
import { ErrorBoundary as RebErrorBoundary, withErrorBoundary as rebWithErrorBoundary } from 'react-error-boundary'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { StardustErrorBoundary, type StardustErrorBoundaryHandle } from '../../src/ui/StardustErrorBoundary.js'
import { withErrorBoundary } from '../../src/ui/withErrorBoundary.js'

const implementations = [
  ['react-error-boundary', rebWithErrorBoundary, RebErrorBoundary],
  ['stardust-error-kit', withErrorBoundary, StardustErrorBoundary],
] as const

describe.each(implementations)('withErrorBoundary (%s)', (_name, withBoundary) => {
  let shouldThrow = false
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    shouldThrow = false
  })

  function MaybeThrows({ children = 'Children' }: PropsWithChildren) {
    if (shouldThrow) throw new Error('💥💥💥')
    return children
  }

  it('renders the children within the created HOC', () => {
    const Wrapped = withBoundary(MaybeThrows, { fallback: <div>Error</div> })
    const { container } = render(<Wrapped />)
    expect(container.textContent).toBe('Children')
  })

  it('catches errors with the created HOC', () => {
    shouldThrow = true
    const Wrapped = withBoundary(MaybeThrows, { fallback: <div>Error</div> })
    const { container } = render(<Wrapped />)
    expect(container.textContent).toBe('Error')
  })

  it('forwards refs to the wrapped component', () => {
    class Inner extends Component<{ foo: string }> {
      test() {}
      override render() {
        return this.props.foo
      }
    }
    const Wrapped = withBoundary(Inner, { fallback: <div>Error</div> })
    const ref = createRef<Inner>()
    const { container } = render(<Wrapped foo="abc" ref={ref} />)
    expect(ref.current).toBeInstanceOf(Inner)
    expect(typeof ref.current?.test).toBe('function')
    expect(container.textContent).toBe('abc')
  })

  it('names itself after the wrapped component for devtools', () => {
    function Campaigns() {
      return null
    }
    expect(withBoundary(Campaigns, { fallback: null }).displayName).toBe('withErrorBoundary(Campaigns)')
    const Anonymous = (() => null) as () => null
    Object.defineProperty(Anonymous, 'name', { value: '' })
    expect(withBoundary(Anonymous, { fallback: null }).displayName).toBe('withErrorBoundary(Unknown)')
  })
})

describe.each(implementations)('a ref on the boundary (%s)', (_name, _with, Boundary) => {
  beforeEach(() => void vi.spyOn(console, 'error').mockImplementation(() => {}))

  it('reaches resetErrorBoundary, which renders the children again', () => {
    let shouldThrow = true
    function MaybeThrows() {
      if (shouldThrow) throw new Error('💥')
      return <p>recovered</p>
    }
    const ref = createRef<StardustErrorBoundaryHandle>()
    const onReset = vi.fn()
    render(
      <Boundary ref={ref as never} fallback={<p>Error</p>} onReset={onReset}>
        <MaybeThrows />
      </Boundary>,
    )
    expect(screen.getByText('Error')).toBeInTheDocument()
    expect(ref.current?.state).toMatchObject({ didCatch: true })
    shouldThrow = false
    act(() => ref.current!.resetErrorBoundary('from a ref'))
    expect(screen.getByText('recovered')).toBeInTheDocument()
    expect(onReset).toHaveBeenCalledWith({ reason: 'imperative-api', args: ['from a ref'] })
  })
})
