import { listCodes } from '../core/codes.js'
import { StardustError } from '../core/StardustError.js'

/** The shape React Query Devtools' `errorTypes` prop takes. */
export interface DevtoolsErrorType {
  name: string
  initializer: (query: unknown) => Error
}

// What the API says for each meaning of a code it uses twice (see VARIANTS in core/codes.ts).
const VARIANT_TEXTS: Record<string, string> = {
  '51002_campaignType': 'Unknown campaignType.',
  '50524_templateNotFound': 'The workflow template not exists.',
  '54001_aliceName': 'aliceName is not valid or does not exist.',
  '54002_dateRange': 'Invalid date format or date out of range.',
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
    {
      name: 'Stardust: HTTP 502 from a proxy',
      initializer: () => new StardustError({ kind: 'http', status: 502, bodyExcerpt: '502 Bad Gateway' }),
    },
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
          // The variant keys are told apart by the server's text: send the API's own, which selects them.
          serverMessage: VARIANT_TEXTS[info.key] ?? 'Simulated from React Query Devtools',
        }),
    }))
  return [...faults, ...codes]
}
