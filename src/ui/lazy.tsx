import { useEffect, useState, type ComponentType, type ReactNode } from 'react'

export interface LazyComponent<P extends object> {
  /** Renders the component once its chunk is there, `fallback` until then. Synchronous once loaded. */
  Component: ComponentType<P & { fallback?: ReactNode }>
  /** Starts loading (once); resolves when it is loaded or has failed. */
  preload(): Promise<void>
}

/**
 * A component loaded on first use, from a chunk of its own: an app that never
 * renders it never downloads it (bundlers split at `import()`). Unlike
 * `React.lazy` it never suspends: until the chunk arrives it renders
 * `fallback`, and once it is loaded (or preloaded) it renders in the same pass.
 * A chunk that cannot load (the network went down after the app loaded)
 * renders `unavailable` instead of throwing, and is tried again on the next mount:
 * the kit's own UI must never turn one error into a second one.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>, unavailable: ComponentType<P>): LazyComponent<P> {
  let loaded: ComponentType<P> | null = null
  let failed = false
  let loading: Promise<void> | null = null
  const waiting = new Set<() => void>()

  const preload = (): Promise<void> => {
    loading ??= load().then(
      (component) => {
        loaded = component
        failed = false
        for (const wake of [...waiting]) wake()
      },
      (error: unknown) => {
        loading = null
        failed = true
        console.error('stardust-error-kit: a part of the UI could not be loaded; showing a simpler one.', error)
        for (const wake of [...waiting]) wake()
      },
    )
    return loading
  }

  // biome-ignore lint/correctness/noComponentHookFactories: called once per module at load time (like React.lazy), never during render
  function Component({ fallback = null, ...props }: P & { fallback?: ReactNode }) {
    const [, wake] = useState(0)
    useEffect(() => {
      if (loaded) return
      const onSettled = () => wake((n) => n + 1)
      waiting.add(onSettled)
      void preload()
      return () => {
        waiting.delete(onSettled)
      }
    }, [])
    const Loaded = loaded ?? (failed ? unavailable : null)
    return Loaded ? <Loaded {...(props as P)} /> : fallback
  }

  return { Component, preload }
}
