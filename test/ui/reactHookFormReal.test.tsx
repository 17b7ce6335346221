// The react-hook-form bridge with react-hook-form itself: useForm, a mutation's failure through setFieldErrors,
// the localized message in formState.errors, focus on the registered input, and clearErrors as the user edits.
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useMutation } from '@tanstack/react-query'
import { useForm } from 'react-hook-form'
import { describe, expect, it } from 'vitest'
import de from '../../locales/de/stardust.json'
import { stardustFetch } from '../../src/core.js'
import { stardustMeta } from '../../src/query/meta.js'
import { useSetFieldErrors } from '../../src/ui/reactHookForm.js'
import { failureEnvelope, jsonResponse, renderWithKit } from './kit.js'

type CampaignInput = { campaignName: string; workflowType: string }
const fields = ['campaignName', 'workflowType'] as const

function CreateCampaign({ code, serverMessage }: { code: number; serverMessage: string }) {
  const form = useForm<CampaignInput>({ defaultValues: { campaignName: 'Q3 lidar', workflowType: 'ANNOTATION' } })
  const setFieldErrors = useSetFieldErrors()
  const create = useMutation({
    mutationFn: (input: CampaignInput) =>
      stardustFetch('/rosetta-open/campaign/create', {
        method: 'POST',
        body: JSON.stringify(input),
        fetch: async () => jsonResponse(failureEnvelope(code, serverMessage)),
      }),
    meta: stardustMeta({ fields: [...fields] }),
    // react-hook-form's own setError, as it is: the bridge takes it without a cast.
    onError: (error) => setFieldErrors(form.setError, error, { fieldMap: [...fields] }),
  })
  const { errors } = form.formState
  return (
    <form onSubmit={form.handleSubmit((values) => create.mutate(values))}>
      <label htmlFor="name">Name</label>
      <input
        id="name"
        aria-invalid={errors.campaignName ? true : undefined}
        {...form.register('campaignName', { onChange: () => form.clearErrors('campaignName') })}
      />
      {errors.campaignName && <p role="alert">{errors.campaignName.message}</p>}
      <input aria-label="Workflow" {...form.register('workflowType')} />
      <button type="submit">Create</button>
    </form>
  )
}

describe('react-hook-form, for real', () => {
  it('a duplicate name lands in formState.errors in the user’s language, focuses the input, and clears on edit', async () => {
    await renderWithKit(<CreateCampaign code={51004} serverMessage="campaignName is already exists" />, { locale: 'de' })
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Create' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(de.codes['51004'].message)
    const input = screen.getByLabelText('Name')
    await waitFor(() => expect(input).toHaveFocus())
    expect(input).toHaveAttribute('aria-invalid', 'true')
    // Inline, so never a toast as well.
    expect(document.querySelectorAll('li.sdk-toast')).toHaveLength(0)

    await user.type(input, ' 2')
    expect(screen.queryByRole('alert')).toBeNull()
    expect(input).not.toHaveAttribute('aria-invalid')
  })

  it('an error about no field of the form stays out of formState and is toasted', async () => {
    await renderWithKit(<CreateCampaign code={5000} serverMessage="Service hiccuped" />, { locale: 'de' })
    await userEvent.click(screen.getByRole('button', { name: 'Create' }))
    await waitFor(() => expect(document.querySelectorAll('li.sdk-toast')).toHaveLength(1))
    expect(screen.queryByRole('alert')).toBeNull()
  })
})
