import { useId, useState, useSyncExternalStore, type ReactNode } from 'react'
import { listCodes } from '../../src/index.js'
import { serverText } from '../mocks/apiTexts.js'
import { mockApi, type MockFailure, type MockFault } from '../mocks/controller.js'

const FAULTS: ReadonlyArray<[MockFault, string]> = [
  ['html502', 'a proxy’s HTML 502 page'],
  ['empty200', 'an empty body, status 200'],
  ['empty500', 'an empty body, status 500'],
  ['truncated', 'an envelope cut off half-way'],
  ['bom', 'a byte-order mark (still decodes)'],
  ['timeout', 'no answer: the client times out'],
  ['offline', 'a network error'],
  ['slow', 'the normal answer after 1.5 s'],
  ['login-redirect', 'session expired (sign-in page)'],
  ['status429', 'a gateway’s 429 rate limit'],
]

const CODES = listCodes()

/** `51004` → a failure envelope with the API's text for that key; `fault:timeout` → that fault. */
function failureOf(choice: string): MockFailure {
  if (choice.startsWith('fault:')) return { fault: choice.slice('fault:'.length) as MockFault }
  return { code: Number.parseInt(choice, 10), message: serverText(choice) }
}

/** The fault switch of the mocked API: the next request(s), to any endpoint, fail the chosen way. */
export function MockApiPanel(): ReactNode {
  const id = useId()
  const [choice, setChoice] = useState('normal')
  const [times, setTimes] = useState('1')
  // What is still queued, live: the status changes as requests use the queued failures up.
  const pending = useSyncExternalStore(
    mockApi.subscribe,
    () => mockApi.pending,
    () => mockApi.pending,
  )
  const [last, setLast] = useState<string | null>(null)
  const status =
    pending > 0
      ? `Next ${pending} request(s) will fail${last ? ` with ${last}` : ''}.`
      : last
        ? `Queued failures used up: requests answer normally.`
        : 'No failures queued.'

  const queue = () => {
    if (choice === 'normal') return
    const count = Math.max(1, Math.floor(Number(times)) || 1)
    mockApi.failNext(failureOf(choice), { times: count })
    setLast(choice)
  }

  return (
    <aside aria-label="Mock API" className="console-aside">
      <h2>Mock API</h2>
      <p className="console-muted">Make the next requests to the mocked Stardust API fail, then use the console.</p>
      <div className="console-field">
        <label htmlFor={`${id}-next`}>Next response</label>
        <select id={`${id}-next`} value={choice} onChange={(event) => setChoice(event.currentTarget.value)}>
          <option value="normal">Normal</option>
          <optgroup label="Failure envelopes">
            {CODES.map((info) => (
              <option key={info.key} value={info.key}>{`${info.key} · ${info.family}`}</option>
            ))}
          </optgroup>
          <optgroup label="Faults">
            {FAULTS.map(([fault, what]) => (
              <option key={fault} value={`fault:${fault}`}>{`${fault} · ${what}`}</option>
            ))}
          </optgroup>
        </select>
      </div>
      <div className="console-field">
        <label htmlFor={`${id}-times`}>Times</label>
        <input id={`${id}-times`} type="number" min={1} value={times} onChange={(event) => setTimes(event.currentTarget.value)} />
      </div>
      <button type="button" className="sdk-button sdk-button--primary" onClick={queue}>
        Fail next request
      </button>
      <p role="status">{status}</p>
    </aside>
  )
}
