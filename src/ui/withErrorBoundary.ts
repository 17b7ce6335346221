import {
  createElement,
  forwardRef,
  type ComponentProps,
  type ComponentRef,
  type ComponentType,
  type ForwardRefExoticComponent,
  type JSX,
  type PropsWithoutRef,
  type RefAttributes,
} from 'react'
import { StardustErrorBoundary, type StardustErrorBoundaryProps } from './StardustErrorBoundary.js'

/**
 * Wraps a component in a `<StardustErrorBoundary>` with the given props, as
 * react-error-boundary's `withErrorBoundary` does: the same signature, the
 * ref forwarded to the wrapped component, and the display name
 * `withErrorBoundary(Name)`. Swapping the import keeps an app's code working.
 *
 * @example
 * const SafeCampaigns = withErrorBoundary(Campaigns, { onError: report })
 */
export function withErrorBoundary<Type extends ComponentType<any>>(
  Component: Type,
  errorBoundaryProps: StardustErrorBoundaryProps,
): ForwardRefExoticComponent<
  PropsWithoutRef<JSX.LibraryManagedAttributes<Type, ComponentProps<Type>>> & RefAttributes<ComponentRef<Type>>
> {
  const Wrapped = forwardRef<ComponentRef<Type>, ComponentProps<Type>>((props, ref) =>
    createElement(StardustErrorBoundary, errorBoundaryProps, createElement(Component, { ...props, ref })),
  )
  Wrapped.displayName = `withErrorBoundary(${Component.displayName || Component.name || 'Unknown'})`
  return Wrapped as unknown as ForwardRefExoticComponent<
    PropsWithoutRef<JSX.LibraryManagedAttributes<Type, ComponentProps<Type>>> & RefAttributes<ComponentRef<Type>>
  >
}
