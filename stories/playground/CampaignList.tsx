import type { ReactNode } from 'react'
import { useQuery } from '@tanstack/react-query'
import { throwOnError } from '../../src/index.js'
import { campaignsQuery } from './campaigns.js'
import './console.css'

export interface CampaignListProps {
  /**
   * With the kit's `throwOnError`: a first load that fails goes to the nearest error boundary, a failed
   * refresh stays a toast while the list keeps its data. `false`: every failure is a toast. Default `true`.
   */
  throwToBoundary?: boolean
}

/** The campaigns from the mocked API, with "Refresh campaigns". */
export function CampaignList({ throwToBoundary = true }: CampaignListProps): ReactNode {
  const campaigns = useQuery({ ...campaignsQuery, throwOnError: throwToBoundary ? throwOnError : false })
  // A success envelope may carry `data: null` (the mock panel can send one): show it as nothing, not a crash.
  const list = Array.isArray(campaigns.data) ? campaigns.data : null
  return (
    <div className="console-stack">
      <div className="console-row">
        <button type="button" className="sdk-button" onClick={() => void campaigns.refetch()}>
          Refresh campaigns
        </button>
        <span role="status" className="console-muted">
          {campaigns.isFetching ? 'Loading campaigns…' : ''}
        </span>
      </div>
      {list && list.length > 0 ? (
        <ul aria-label="Campaigns" className="console-list">
          {list.map((campaign) => (
            <li key={campaign.campaignId}>{campaign.campaignName}</li>
          ))}
        </ul>
      ) : (
        !campaigns.isPending && <p className="console-muted">No campaigns to show.</p>
      )}
    </div>
  )
}
