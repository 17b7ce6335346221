// The playground's Mock API panel says what is really queued: it updates as requests use the failures up.
import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { mockApi } from '../../stories/mocks/controller.js'
import { MockApiPanel } from '../../stories/playground/MockApiPanel.js'

afterEach(() => mockApi.reset())

describe('the Mock API panel', () => {
  it('counts down as requests take the queued failures, then says requests answer normally', async () => {
    const user = userEvent.setup()
    render(<MockApiPanel />)
    const status = screen.getByRole('status')
    expect(status).toHaveTextContent('No failures queued.')

    await user.selectOptions(screen.getByLabelText('Next response'), '51004')
    await user.clear(screen.getByLabelText('Times'))
    await user.type(screen.getByLabelText('Times'), '2')
    await user.click(screen.getByRole('button', { name: 'Fail next request' }))
    expect(status).toHaveTextContent('Next 2 request(s) will fail with 51004.')

    act(() => void mockApi.take('campaign/list'))
    expect(status).toHaveTextContent('Next 1 request(s) will fail with 51004.')
    act(() => void mockApi.take('campaign/list'))
    expect(status).toHaveTextContent('Queued failures used up: requests answer normally.')
  })

  it('follows a reset between stories', async () => {
    const user = userEvent.setup()
    render(<MockApiPanel />)
    await user.selectOptions(screen.getByLabelText('Next response'), 'fault:html502')
    await user.click(screen.getByRole('button', { name: 'Fail next request' }))
    expect(screen.getByRole('status')).toHaveTextContent('Next 1 request(s) will fail with fault:html502.')
    act(() => mockApi.reset())
    expect(screen.getByRole('status')).not.toHaveTextContent('will fail')
  })
})
