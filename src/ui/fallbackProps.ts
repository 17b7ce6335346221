/** What a fallback receives; the same shape as react-error-boundary's `FallbackProps`. */
export type FallbackProps = {
  /** The thrown value: usually an `Error`, a `StardustError` for failed requests, but anything can be thrown. */
  error: unknown
  /** Clears the error (calling `onReset` with these arguments), resets the queries that failed, and renders the children again. */
  resetErrorBoundary: (...args: unknown[]) => void
}
