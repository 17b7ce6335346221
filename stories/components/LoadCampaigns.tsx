// "Load campaigns": mounts the campaign list on demand, so its request (and its failure) starts on a click.
import { useState, type ReactNode } from 'react'
import { CampaignList } from '../playground/CampaignList.js'

export function LoadCampaigns(): ReactNode {
  const [loading, setLoading] = useState(false)
  return loading ? (
    <CampaignList throwToBoundary={false} />
  ) : (
    <button type="button" className="sdk-button" onClick={() => setLoading(true)}>
      Load campaigns
    </button>
  )
}
