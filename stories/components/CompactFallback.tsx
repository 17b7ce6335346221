// A fallback of an app's own design, built from the kit's public pieces: useStardustError for the localized
// text, CopyRequestId for support. Works as `FallbackComponent` and, with extra props, from `fallbackRender`.
import type { ReactNode } from 'react'
import { CopyRequestId, useStardustError, type FallbackProps } from '../../src/index.js'

export interface CompactFallbackProps extends FallbackProps {
  /** The retry button's label; the app's own words. Default "Reload". */
  retryLabel?: string
}

export function CompactFallback({ error, resetErrorBoundary, retryLabel = 'Reload' }: CompactFallbackProps): ReactNode {
  const view = useStardustError(error)
  return (
    <div role="alert" className="demo compact-fallback">
      <p>
        <strong>{view?.title}</strong> {view?.message}
      </p>
      <div className="demo__actions">
        <button type="button" className="sdk-button sdk-button--primary" onClick={() => resetErrorBoundary()}>
          {retryLabel}
        </button>
        <CopyRequestId requestId={view?.requestId} />
      </div>
    </div>
  )
}
