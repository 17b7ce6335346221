// A button that hands failures to the kit with useStardustToast(), as an app does for errors that did not
// come through TanStack Query.
import type { ReactNode } from 'react'
import { useStardustToast } from '../../src/index.js'

export interface ShowToastButtonProps {
  children: ReactNode
  /** The failures to show on each click, in order: fresh ones per click, like real requests. */
  failures: () => unknown[]
}

export function ShowToastButton({ children, failures }: ShowToastButtonProps): ReactNode {
  const toast = useStardustToast()
  return (
    <button type="button" className="sdk-button" onClick={() => failures().forEach((failure) => toast.show(failure))}>
      {children}
    </button>
  )
}
