// Focus never falls to <body>: after "Try again" in the fallback, and after the last toast closes.
import { act, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { StardustError } from '../../src/core.js'
import { StardustErrorBoundary } from '../../src/ui/StardustErrorBoundary.js'
import { useStardustToast } from '../../src/ui/useStardustToast.js'
import { renderWithKit } from './kit.js'

const failure = new StardustError({ kind: 'api', code: 5000, requestId: 'cd'.repeat(16), serverMessage: 'System busy' })
const broken = { current: true }

function List() {
  if (broken.current) throw failure
  return (
    <ul>
      <li>
        <a href="#q3">Q3 lidar</a>
      </li>
    </ul>
  )
}

describe('the fallback’s “Try again”', () => {
  it('gives focus back to the control that had it before the error', async () => {
    broken.current = false
    function Page() {
      const [load, setLoad] = useState(false)
      return (
        <>
          <button type="button" onClick={() => setLoad(true)}>
            Load campaigns
          </button>
          <StardustErrorBoundary>{load && <List />}</StardustErrorBoundary>
        </>
      )
    }
    const user = userEvent.setup()
    await renderWithKit(<Page />, { provider: { toaster: false } })
    broken.current = true
    await user.click(screen.getByRole('button', { name: 'Load campaigns' }))
    expect(screen.getByRole('alert')).toHaveFocus()

    broken.current = false
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(screen.getByRole('link', { name: 'Q3 lidar' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Load campaigns' })).toHaveFocus()
  })

  it('moves focus to the first control of what renders again when the old one is gone', async () => {
    broken.current = true
    const user = userEvent.setup()
    await renderWithKit(
      <main>
        <h1>Campaigns</h1>
        <StardustErrorBoundary>
          <List />
        </StardustErrorBoundary>
      </main>,
      { provider: { toaster: false } },
    )
    expect(screen.getByRole('alert')).toHaveFocus()
    broken.current = false
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(screen.getByRole('link', { name: 'Q3 lidar' })).toHaveFocus()
    expect(document.activeElement).not.toBe(document.body)
  })
})

describe('closing the last toast', () => {
  function Save() {
    const toast = useStardustToast()
    return (
      <button type="button" onClick={() => toast.show(failure)}>
        Save
      </button>
    )
  }

  it('returns focus to where the user was, by the close button', async () => {
    const user = userEvent.setup()
    await renderWithKit(<Save />)
    const save = screen.getByRole('button', { name: 'Save' })
    await user.click(save)
    const close = await screen.findByRole('button', { name: 'Dismiss' })
    await user.click(close)
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Dismiss' })).toBeNull())
    expect(save).toHaveFocus()
  })

  it('returns focus to where the user was, by Escape', async () => {
    const user = userEvent.setup()
    await renderWithKit(<Save />)
    const save = screen.getByRole('button', { name: 'Save' })
    await user.click(save)
    await screen.findByRole('button', { name: 'Dismiss' })
    await user.tab() // into the toaster: the toast itself
    expect(document.activeElement).toHaveClass('sdk-toast')
    await user.keyboard('{Escape}')
    await act(async () => {})
    expect(save).toHaveFocus()
  })

  it('hands focus to the neighbouring toast, never to the "and N more" row', async () => {
    const user = userEvent.setup()
    function Storm() {
      const toast = useStardustToast()
      return (
        <button
          type="button"
          onClick={() => {
            for (let i = 0; i < 5; i++)
              toast.show(new StardustError({ kind: 'api', code: 5000, requestId: `${i}`.repeat(32) }), { dedupeKey: `save-${i}` })
          }}
        >
          Load
        </button>
      )
    }
    await renderWithKit(<Storm />)
    await user.click(screen.getByRole('button', { name: 'Load' }))
    await screen.findByText(/and 2 more/)
    const toasts = () => [...document.querySelectorAll<HTMLElement>('.sdk-toast')]
    const last = toasts().at(-1)!
    const before = toasts().at(-2)!
    act(() => last.focus())
    await user.keyboard('{Escape}')
    await act(async () => {})
    // There is no toast after it (only the summary row): focus goes to the one before, and stays in the toaster.
    expect(before).toHaveFocus()
  })
})
