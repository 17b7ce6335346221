// The campaign list query, shared by the list and by the forms that change what it shows.
import { queryOptions } from '@tanstack/react-query'
import { listCampaigns } from '../mocks/api.js'

export const campaignsKey = ['campaigns'] as const

/** `useQuery(['campaigns'], listCampaigns)`, cancellable through TanStack Query's signal. */
export const campaignsQuery = queryOptions({
  queryKey: campaignsKey,
  queryFn: ({ signal }) => listCampaigns({ signal }),
})
