import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useMutation } from '@tanstack/react-query'
import type { UseFormSetError } from 'react-hook-form'
import { describe, expect, expectTypeOf, it, vi } from 'vitest'
import en from '../../locales/en/stardust.json'
import { stardustFetch, type FieldMap } from '../../src/core.js'
import { StardustError } from '../../src/core/StardustError.js'
import { stardustMeta } from '../../src/query/meta.js'
import type { Placement } from '../../src/query/placement.js'
import { setFieldErrors, useSetFieldErrors, type SetError } from '../../src/ui/reactHookForm.js'
import { failureEnvelope, jsonResponse, renderWithKit } from './kit.js'

const codes = en.codes as Record<string, { title: string; message: string }>

/** react-hook-form's own `UseFormSetError`: the bridge must accept it as is. */
type RhfSetError = UseFormSetError<{ campaignName: string; workflowType: string }>

interface FormProps {
  code: number
  serverMessage: string
  setError: SetError
  fieldMap?: FieldMap
  onResult: (field: string | null) => void
}

/** A form's submit the way an app wires react-hook-form to a mutation: `onError` hands the failure to the bridge. */
function CampaignSubmit({ code, serverMessage, setError, fieldMap = ['campaignName'], onResult }: FormProps) {
  const bridge = useSetFieldErrors()
  const fetch = async () => jsonResponse(failureEnvelope(code, serverMessage))
  const create = useMutation({
    mutationFn: (input: { campaignName: string }) =>
      stardustFetch('/rosetta-open/campaign/create', { method: 'POST', body: JSON.stringify(input), fetch }),
    meta: stardustMeta({ fields: fieldMap }),
    onError: (error) => onResult(bridge(setError, error, { fieldMap })),
  })
  return (
    <button type="button" onClick={() => create.mutate({ campaignName: 'Q3 lidar' })}>
      Create
    </button>
  )
}

async function submit(props: Omit<FormProps, 'setError' | 'onResult'>) {
  const setError = vi.fn<SetError>()
  const onResult = vi.fn<(field: string | null) => void>()
  const placements: Placement[] = []
  await renderWithKit(<CampaignSubmit {...props} setError={setError} onResult={onResult} />, {
    provider: { onFailure: (_error, placement) => placements.push(placement) },
  })
  await userEvent.setup().click(screen.getByRole('button', { name: 'Create' }))
  await waitFor(() => expect(onResult).toHaveBeenCalledTimes(1))
  return { setError, result: onResult.mock.calls[0]![0], placements, toaster: screen.getByRole('region', { name: 'Notifications' }) }
}

describe('react-hook-form bridge', () => {
  it('puts a duplicate campaign name on the field, in the user’s language, and does not toast it', async () => {
    const { setError, result, placements, toaster } = await submit({ code: 51004, serverMessage: 'campaignName is already exists.' })

    expect(setError).toHaveBeenCalledTimes(1)
    expect(setError).toHaveBeenCalledWith('campaignName', { type: 'server', message: codes['51004']!.message }, { shouldFocus: true })
    expect(result).toBe('campaignName')
    await waitFor(() => expect(placements).toEqual(['inline']))
    expect(within(toaster).queryByRole('listitem')).toBeNull()
  })

  it('returns null for a code that names no field, which is toasted instead', async () => {
    const { setError, result, placements, toaster } = await submit({ code: 51001, serverMessage: 'Do not create campaign repeatedly.' })

    expect(setError).not.toHaveBeenCalled()
    expect(result).toBeNull()
    expect(placements).toEqual(['toast'])
    await waitFor(() => expect(within(toaster).getByText(codes['51001']!.title)).toBeInTheDocument())
  })

  it('maps the API field to the form’s own name', async () => {
    const { setError, result } = await submit({
      code: 51004,
      serverMessage: 'campaignName is already exists.',
      fieldMap: { campaignName: 'name' },
    })

    expect(setError).toHaveBeenCalledWith('name', { type: 'server', message: codes['51004']!.message }, { shouldFocus: true })
    expect(result).toBe('name')
  })

  it('returns null when the field is not one of the form’s', async () => {
    const { setError, result, placements } = await submit({ code: 51000, serverMessage: "field : workflowType can't be empty." })

    expect(setError).not.toHaveBeenCalled()
    expect(result).toBeNull()
    expect(placements).toEqual(['toast'])
  })
})

describe('setFieldErrors without a provider', () => {
  const duplicate = new StardustError({ kind: 'api', code: 51004, serverMessage: 'campaignName is already exists.' })

  it('uses the given resolve, and the server’s own text without one', () => {
    const setError = vi.fn<SetError>()
    setFieldErrors(setError, duplicate, { resolve: () => ({ message: 'Name taken' }) })
    setFieldErrors(setError, duplicate)
    expect(setError.mock.calls).toEqual([
      ['campaignName', { type: 'server', message: 'Name taken' }, { shouldFocus: true }],
      ['campaignName', { type: 'server', message: 'campaignName is already exists.' }, { shouldFocus: true }],
    ])
  })

  it('passes shouldFocus: false through', () => {
    const setError = vi.fn<SetError>()
    setFieldErrors(setError, duplicate, { shouldFocus: false })
    expect(setError).toHaveBeenCalledWith('campaignName', expect.objectContaining({ type: 'server' }), { shouldFocus: false })
  })

  it('ignores no error and errors that are not about a field', () => {
    const setError = vi.fn<SetError>()
    expect(setFieldErrors(setError, null)).toBeNull()
    expect(setFieldErrors(setError, undefined)).toBeNull()
    expect(setFieldErrors(setError, new TypeError('Failed to fetch'))).toBeNull()
    expect(setFieldErrors(setError, new StardustError({ kind: 'http', status: 502 }))).toBeNull()
    expect(setError).not.toHaveBeenCalled()
  })

  it('accepts react-hook-form’s setError type as it is', () => {
    const setError: RhfSetError = vi.fn()
    const field = setFieldErrors(setError, duplicate, { fieldMap: ['campaignName', 'workflowType'] })
    expectTypeOf(field).toMatchTypeOf<Parameters<RhfSetError>[0] | null>()
    expect(field).toBe('campaignName')
  })
})
