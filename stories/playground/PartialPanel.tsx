import type { ReactNode } from 'react'
import { useMutation, useQuery } from '@tanstack/react-query'
import { stardustMeta } from '../../src/index.js'
import { addWorkforce, getAnnotationRequest } from '../mocks/api.js'
import './console.css'

/** Annotators to add: the mocked API knows only the first, so the other two come back in `failedUserList`. */
const ANNOTATORS = ['alice.chen', 'carol.ito', 'dan.okafor']

/**
 * Requests that succeed with failed items inside: an annotation request whose scenes partly failed
 * (`errorSceneIdMap`) and an add-workforce call with a `failedUserList`. With `stardustMeta({ partial: true })`
 * each shows one toast listing the items; TanStack Query still sees a success.
 */
export function PartialPanel(): ReactNode {
  const request = useQuery({
    queryKey: ['annotation-request', 'ar-2025-007'],
    queryFn: ({ signal }) => getAnnotationRequest('ar-2025-007', { signal }),
    enabled: false,
    meta: stardustMeta({ partial: true }),
  })
  const workforce = useMutation({
    mutationFn: () => addWorkforce({ campaignId: 'cmp-2025-001', poolName: 'Annotation pool', aliceNameList: ANNOTATORS }),
    meta: stardustMeta({ partial: true }),
  })
  return (
    <div className="console-stack">
      <div className="console-row">
        <button type="button" className="sdk-button" onClick={() => void request.refetch()}>
          Check annotation request
        </button>
        <span role="status" className="console-muted">
          {request.isSuccess ? 'Annotation request ar-2025-007 checked.' : ''}
        </span>
      </div>
      <div className="console-row">
        <button type="button" className="sdk-button" onClick={() => workforce.mutate()}>
          Add workforce
        </button>
        <span role="status" className="console-muted">
          {workforce.isSuccess ? `Asked to add ${ANNOTATORS.join(', ')}.` : ''}
        </span>
      </div>
    </div>
  )
}
