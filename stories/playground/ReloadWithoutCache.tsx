import type { ReactNode } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { campaignsKey } from './campaigns.js'

/**
 * Forgets the cached campaign list and loads it again, as a first visit would: a failure queued in the Mock API
 * panel then has no data to fall back on, so the error boundary shows it instead of a toast.
 */
export function ReloadWithoutCache(): ReactNode {
  const queryClient = useQueryClient()
  return (
    <p className="console-row">
      <button type="button" className="sdk-button" onClick={() => void queryClient.resetQueries({ queryKey: campaignsKey })}>
        Reload without cache
      </button>
      <span className="console-muted">A failure queued now lands in the error boundary: there is no list to keep.</span>
    </p>
  )
}
