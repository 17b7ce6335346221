import { listCodes } from '../core/codes.js'
import { StardustError } from '../core/StardustError.js'

/** The shape React Query Devtools' `errorTypes` prop takes. */
export interface DevtoolsErrorType {
  name: string
  initializer: (query: unknown) => Error
}

/**
 * One entry per catalog code (plus network, timeout and a proxy's 502) for
 * React Query Devtools' `errorTypes`, so any query can be made to fail with
 * any Stardust code from the devtools panel.
 *
 * @example <ReactQueryDevtools errorTypes={stardustDevtoolsErrorTypes()} />
 */
export function stardustDevtoolsErrorTypes(): DevtoolsErrorType[] {
  const requestId = () => `devtools-${Math.random().toString(16).slice(2, 10)}`
  const faults: DevtoolsErrorType[] = [
    { name: 'Stardust: network down', initializer: () => new StardustError({ kind: 'network' }) },
    { name: 'Stardust: timeout', initializer: () => new StardustError({ kind: 'timeout' }) },
    { name: 'Stardust: HTTP 502 from a proxy', initializer: () => new StardustError({ kind: 'http', status: 502, bodyExcerpt: '502 Bad Gateway' }) },
  ]
  const codes = listCodes()
    .filter((info) => info.family !== 'success')
    .map((info) => ({
      name: `Stardust ${info.key} (${info.family})`,
      initializer: () =>
        new StardustError({
          kind: 'api',
          code: info.code,
          requestId: requestId(),
          // The variant keys are told apart by the server's text: send one that selects them.
          serverMessage: info.key === '51002_campaignType' ? 'Unknown campaignType.' : info.key === '50524_templateNotFound' ? 'The workflow template not exists.' : 'Simulated from React Query Devtools',
        }),
    }))
  return [...faults, ...codes]
}
