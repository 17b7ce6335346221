import {
  Component,
  createContext,
  forwardRef,
  useContext,
  useMemo,
  useState,
  type ComponentType,
  type ErrorInfo,
  type PropsWithChildren,
  type ReactNode,
  type Ref,
} from 'react'
import { QueryErrorResetBoundary } from '@tanstack/react-query'
import type { FallbackProps } from './fallbackProps.js'
import { DefaultFallback, preloadDefaultFallback } from './defaultFallback.js'

export type { FallbackProps } from './fallbackProps.js'

/** Why the boundary reset: its `resetErrorBoundary` was called, or one of its `resetKeys` changed. */
export type ResetDetails =
  | { reason: 'imperative-api'; args: unknown[] }
  | { reason: 'keys'; prev: unknown[] | undefined; next: unknown[] | undefined }

type SharedProps = PropsWithChildren<{
  /** Called once per caught error, e.g. to log it. `info.componentStack` says where it was thrown. */
  onError?: (error: unknown, info: ErrorInfo) => void
  /** Called when the boundary resets, before the children render again. */
  onReset?: (details: ResetDetails) => void
  /** The boundary resets when any of these changes (by `Object.is`) or their number changes. */
  resetKeys?: unknown[]
}>

/**
 * react-error-boundary's props, one way to render the fallback at most, plus
 * a fourth way: none, which renders the kit's localized `<ErrorFallback>`.
 */
export type StardustErrorBoundaryProps = SharedProps &
  (
    | { fallback: ReactNode; FallbackComponent?: never; fallbackRender?: never }
    | { fallback?: never; FallbackComponent: ComponentType<FallbackProps>; fallbackRender?: never }
    | { fallback?: never; FallbackComponent?: never; fallbackRender: (props: FallbackProps) => ReactNode }
    | { fallback?: never; FallbackComponent?: never; fallbackRender?: never }
  )

type BoundaryContextValue = { didCatch: boolean; error: unknown; resetErrorBoundary: (...args: unknown[]) => void }
const BoundaryContext = createContext<BoundaryContextValue | null>(null)

type State = { didCatch: false; error: null } | { didCatch: true; error: unknown }
const INITIAL: State = { didCatch: false, error: null }

type InnerProps = StardustErrorBoundaryProps & { resetQueries: () => void }

class Boundary extends Component<InnerProps, State> {
  override state: State = INITIAL

  static getDerivedStateFromError(error: unknown): State {
    return { didCatch: true, error }
  }

  // An arrow function keeps `this` when the fallback calls it detached.
  resetErrorBoundary = (...args: unknown[]): void => {
    if (!this.state.didCatch) return
    this.props.onReset?.({ args, reason: 'imperative-api' })
    this.reset()
  }

  override componentDidMount(): void {
    // The default fallback comes in a chunk of its own: fetched now, so it is there when an error comes.
    if (usesDefaultFallback(this.props)) void preloadDefaultFallback()
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    this.props.onError?.(error, info)
  }

  override componentDidUpdate(prevProps: InnerProps, prevState: State): void {
    // Only an error that was already showing: keys changing in the render that threw must not hide it at once.
    if (this.state.didCatch && prevState.didCatch && keysChanged(prevProps.resetKeys, this.props.resetKeys)) {
      this.props.onReset?.({ next: this.props.resetKeys, prev: prevProps.resetKeys, reason: 'keys' })
      this.reset()
    }
  }

  private reset(): void {
    // Failed queries under this boundary fetch again on mount instead of throwing their old error.
    this.props.resetQueries()
    this.setState(INITIAL)
  }

  override render(): ReactNode {
    const { children, fallbackRender, FallbackComponent, fallback } = this.props
    const { didCatch, error } = this.state
    let content: ReactNode = children
    if (didCatch) {
      const props: FallbackProps = { error, resetErrorBoundary: this.resetErrorBoundary }
      // react-error-boundary's order: fallbackRender, then FallbackComponent, then a `fallback` prop (even `null`).
      if (typeof fallbackRender === 'function') content = fallbackRender(props)
      else if (FallbackComponent) content = <FallbackComponent {...props} />
      else if ('fallback' in this.props) content = fallback
      else content = <DefaultFallback {...props} />
    }
    return (
      <ContextProvider didCatch={didCatch} error={error} resetErrorBoundary={this.resetErrorBoundary}>
        {content}
      </ContextProvider>
    )
  }
}

function ContextProvider({ children, didCatch, error, resetErrorBoundary }: PropsWithChildren<BoundaryContextValue>) {
  const value = useMemo(() => ({ didCatch, error, resetErrorBoundary }), [didCatch, error, resetErrorBoundary])
  return <BoundaryContext.Provider value={value}>{children}</BoundaryContext.Provider>
}

function usesDefaultFallback(props: StardustErrorBoundaryProps): boolean {
  return typeof props.fallbackRender !== 'function' && !props.FallbackComponent && !('fallback' in props)
}

function keysChanged(prev: unknown[] = [], next: unknown[] = []): boolean {
  return prev.length !== next.length || prev.some((key, i) => !Object.is(key, next[i]))
}

/**
 * An error boundary with react-error-boundary's props and behaviour
 * (`fallback`, `fallbackRender`, `FallbackComponent`, `onError`, `onReset`,
 * `resetKeys`), that also resets TanStack Query: after "Try again" the
 * queries that threw fetch again instead of failing at once. Without a
 * fallback prop it shows the kit's `<ErrorFallback>`: the error's localized
 * title, message and hint, "Try again", and copy buttons for support.
 *
 * @example
 * <StardustErrorBoundary resetKeys={[campaignId]}>
 *   <Campaign id={campaignId} />
 * </StardustErrorBoundary>
 */
export const StardustErrorBoundary = forwardRef<StardustErrorBoundaryHandle, StardustErrorBoundaryProps>(
  function StardustErrorBoundary(props, ref) {
    return (
      <QueryErrorResetBoundary>
        {({ reset }) => <Boundary {...props} ref={ref as Ref<Boundary>} resetQueries={reset} />}
      </QueryErrorResetBoundary>
    )
  },
)

/**
 * What a `ref` on `<StardustErrorBoundary>` reaches, on React 18 and 19 alike:
 * react-error-boundary's imperative `resetErrorBoundary` and its `state`.
 *
 * @example
 * const boundary = useRef<StardustErrorBoundaryHandle>(null)
 * <StardustErrorBoundary ref={boundary}>…</StardustErrorBoundary>
 * boundary.current?.resetErrorBoundary()
 */
export interface StardustErrorBoundaryHandle {
  resetErrorBoundary(...args: unknown[]): void
  readonly state: { didCatch: boolean; error: unknown }
}

export interface UseErrorBoundaryResult {
  /** The error the nearest boundary shows, or `null`. */
  error: unknown
  /** Resets the nearest boundary (as its `resetErrorBoundary()` does). */
  resetBoundary: () => void
  /**
   * Shows `error` in the nearest boundary. For errors React does not catch
   * itself: event handlers, timers, promises.
   */
  showBoundary: (error: unknown) => void
}

/**
 * Shows or resets the nearest `<StardustErrorBoundary>` from code React does
 * not watch, like react-error-boundary's hook of the same name.
 *
 * ⚠️ Must be used inside a `<StardustErrorBoundary>`; throws otherwise.
 *
 * @example
 * const { showBoundary } = useErrorBoundary()
 * save().catch(showBoundary)
 */
export function useErrorBoundary(): UseErrorBoundaryResult {
  const context = useContext(BoundaryContext)
  if (!context) throw new Error('stardust-error-kit: useErrorBoundary() must be used inside <StardustErrorBoundary>.')
  const { error, resetErrorBoundary } = context
  const [shown, setShown] = useState<{ error: unknown } | null>(null)
  const api = useMemo<UseErrorBoundaryResult>(
    () => ({
      error,
      resetBoundary: () => {
        resetErrorBoundary()
        setShown(null)
      },
      showBoundary: (thrown) => setShown({ error: thrown }),
    }),
    [error, resetErrorBoundary],
  )
  if (shown) throw shown.error
  return api
}
