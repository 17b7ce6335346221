// The TanStack Form bridge with TanStack Form itself: useForm, a mutation's failure through setFieldMetaErrors,
// the localized message in the field's errorMap and errors, focus on the field it names, cleared as the user edits.
import { useForm } from '@tanstack/react-form'
import { useMutation } from '@tanstack/react-query'
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import de from '../../locales/de/stardust.json'
import { stardustFetch } from '../../src/core.js'
import { envelopeError } from '../../src/core/toStardustError.js'
import { stardustMeta } from '../../src/query/meta.js'
import { setFieldMetaErrors, useSetFieldMetaErrors } from '../../src/ui/tanstackForm.js'
import { failureEnvelope, jsonResponse, renderWithKit } from './kit.js'

const fields = ['campaignName', 'workflowType'] as const
let lastForm: { getFieldMeta(name: 'campaignName'): { errorMap: Record<string, unknown>; errors: unknown[] } | undefined } | null = null

function CreateCampaign({ code, serverMessage }: { code: number; serverMessage: string }) {
  const setErrors = useSetFieldMetaErrors()
  const create = useMutation({
    mutationFn: (input: { campaignName: string; workflowType: string }) =>
      stardustFetch('/rosetta-open/campaign/create', {
        method: 'POST',
        body: JSON.stringify(input),
        fetch: async () => jsonResponse(failureEnvelope(code, serverMessage)),
      }),
    meta: stardustMeta({ fields }),
    onError: (error) => {
      // TanStack Form's own FormApi, as it is: the bridge takes it without a cast.
      const field = setErrors(form, error, { fieldMap: fields })
      if (field) document.getElementById(field)?.focus()
    },
  })
  const form = useForm({
    defaultValues: { campaignName: 'Q3 lidar', workflowType: 'ANNOTATION' },
    onSubmit: async ({ value }) => {
      await create.mutateAsync(value).catch(() => {})
    },
  })
  lastForm = form
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault()
        void form.handleSubmit()
      }}
    >
      <form.Field name="campaignName" validators={{ onChange: () => undefined }}>
        {(field) => (
          <>
            <label htmlFor={field.name}>Name</label>
            <input
              id={field.name}
              name={field.name}
              value={field.state.value}
              aria-invalid={field.state.meta.errors.length > 0 ? true : undefined}
              onChange={(e) => field.handleChange(e.target.value)}
            />
            {field.state.meta.errors.length > 0 && <p role="alert">{field.state.meta.errors.join(' ')}</p>}
          </>
        )}
      </form.Field>
      <button type="submit">Create</button>
    </form>
  )
}

describe('TanStack Form, for real', () => {
  it('a duplicate name lands in the field’s errorMap in the user’s language, is focused, and clears on edit', async () => {
    await renderWithKit(<CreateCampaign code={51004} serverMessage="campaignName is already exists" />, { locale: 'de' })
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Create' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(de.codes['51004'].message)
    expect(lastForm?.getFieldMeta('campaignName')?.errorMap.onServer).toBe(de.codes['51004'].message)
    const input = screen.getByLabelText('Name')
    await waitFor(() => expect(input).toHaveFocus())
    expect(input).toHaveAttribute('aria-invalid', 'true')
    // Inline, so never a toast as well.
    expect(document.querySelectorAll('li.sdk-toast')).toHaveLength(0)

    // TanStack Form clears an onServer error itself when the field changes.
    await user.type(input, ' 2')
    expect(screen.queryByRole('alert')).toBeNull()
    expect(input).not.toHaveAttribute('aria-invalid')
    expect(lastForm?.getFieldMeta('campaignName')?.errorMap.onServer).toBeUndefined()
  })

  it('an error about no field of the form stays out of the form and is toasted', async () => {
    await renderWithKit(<CreateCampaign code={5000} serverMessage="Service hiccuped" />, { locale: 'de' })
    await userEvent.click(screen.getByRole('button', { name: 'Create' }))
    await waitFor(() => expect(document.querySelectorAll('li.sdk-toast')).toHaveLength(1))
    expect(screen.queryByRole('alert')).toBeNull()
    expect(lastForm?.getFieldMeta('campaignName')?.errorMap.onServer).toBeUndefined()
  })

  it('without a provider, the server’s text is set as text, and a field the map renames is the form’s name', () => {
    const calls: Array<[string, unknown]> = []
    const form = {
      setFieldMeta(field: 'name', updater: (prev: { errorMap?: Record<string, unknown> }) => unknown) {
        calls.push([field, updater({ errorMap: { onChange: 'too short' } })])
      },
    }
    const error = envelopeError(failureEnvelope(51004, '<b>campaignName</b> is already exists'))
    expect(setFieldMetaErrors(form, error, { fieldMap: { campaignName: 'name' } })).toBe('name')
    expect(calls).toEqual([
      [
        'name',
        { errorMap: { onChange: 'too short', onServer: '<b>campaignName</b> is already exists' }, errorSourceMap: { onServer: 'field' } },
      ],
    ])
    expect(setFieldMetaErrors(form, null)).toBeNull()
  })
})
