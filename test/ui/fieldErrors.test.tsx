import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import en from '../../locales/en/stardust.json'
import { stardustFetch, type FieldMap } from '../../src/core.js'
import type { StardustError } from '../../src/core/StardustError.js'
import { stardustMeta } from '../../src/query/meta.js'
import type { Placement } from '../../src/query/placement.js'
import { ErrorSummary } from '../../src/ui/ErrorSummary.js'
import { FieldError } from '../../src/ui/FieldError.js'
import { useFieldErrors } from '../../src/ui/useFieldErrors.js'
import { failureEnvelope, jsonResponse, renderWithKit } from './kit.js'

const codes = en.codes as Record<string, { title: string; message: string; messageWithValues?: string }>
const DUPLICATE_HINT = (en.codes as Record<string, { hint?: string }>)['51004']!.hint!
const DUPLICATE_NAME = codes['51004']!.message // "A campaign with this name already exists."

/** A `fetch` that answers every call with a fresh failure envelope, as the Stardust API does. */
function failingFetch(code: number, message: string) {
  return vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => jsonResponse(failureEnvelope(code, message)))
}

interface FormProps {
  fetch: typeof fetch
  /** The form field's name (the input's `name` and the key of its error). */
  field?: string
  fieldMap?: FieldMap
  /** The request field the form sends the value as. Default: `field`. */
  apiField?: string
  inputId?: string
  label?: string
  summary?: boolean
}

/** A create-campaign form the way an app writes it: a controlled input with its own onChange, one mutation. */
function CampaignForm(props: FormProps) {
  const {
    fetch,
    field = 'campaignName',
    apiField = field,
    fieldMap = ['campaignName'],
    inputId = 'campaign-name',
    label = 'Campaign name',
    summary,
  } = props
  const [value, setValue] = useState('')
  const create = useMutation({
    mutationFn: (input: Record<string, string>) =>
      stardustFetch('/rosetta-open/campaign/create', { method: 'POST', body: JSON.stringify(input), fetch }),
    meta: stardustMeta({ fields: fieldMap }),
  })
  const fieldErrors = useFieldErrors(create.error, fieldMap)
  return (
    <form
      aria-label={`${label} form`}
      onSubmit={(event) => {
        event.preventDefault()
        create.mutate({ [apiField]: value })
      }}
    >
      {summary && <ErrorSummary errors={fieldErrors} />}
      <label htmlFor={inputId || undefined}>{label}</label>
      <input
        id={inputId || undefined}
        name={field}
        aria-label={inputId ? undefined : label}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        {...fieldErrors.fieldProps(field)}
      />
      <FieldError name={field} errors={fieldErrors} />
      <button type="submit">Create</button>
      <pre data-testid={`${label}-errors`}>{JSON.stringify(fieldErrors.errors)}</pre>
    </form>
  )
}

/** Renders the form with a provider that reports where each failure went. */
// The alert the form shows (the toaster has an alert region of its own, empty here).
function formAlert(): HTMLElement {
  const toaster = screen.getByRole('region', { name: 'Notifications' })
  const [alert, ...more] = screen.getAllByRole('alert').filter((el) => !toaster.contains(el))
  if (!alert || more.length > 0) throw new Error('expected one alert outside the toaster')
  return alert
}

async function renderForm(props: FormProps) {
  const placements: Placement[] = []
  const onFailure = (_error: StardustError, placement: Placement) => placements.push(placement)
  const view = await renderWithKit(<CampaignForm {...props} />, { provider: { onFailure } })
  const toaster = screen.getByRole('region', { name: 'Notifications' })
  return { ...view, placements, toaster, user: userEvent.setup() }
}

describe('useFieldErrors + FieldError', () => {
  it('a duplicate campaign name shows inline and never as a toast', async () => {
    const fetch = failingFetch(51004, 'campaignName is already exists.')
    const { user, placements, toaster } = await renderForm({ fetch })
    const input = screen.getByLabelText('Campaign name')

    await user.type(input, 'Q3 lidar')
    await user.click(screen.getByRole('button', { name: 'Create' }))

    await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'))
    // The message and what to do next, as the README's opening promises; the request ID one click from the clipboard.
    const message = document.getElementById(input.getAttribute('aria-describedby')!)!
    expect(message).toHaveTextContent(`${DUPLICATE_NAME} ${DUPLICATE_HINT}`)
    expect(message.closest('.sdk-field-error')).not.toBeNull()
    expect(input).toHaveAccessibleDescription(`${DUPLICATE_NAME} ${DUPLICATE_HINT}`)
    const box = message.closest<HTMLElement>('.sdk-field-error')!
    expect(within(box).getByRole('button', { name: 'Copy request ID' })).toBeInTheDocument()
    // The copy button is beside the description, not in it.
    expect(input).not.toHaveAccessibleDescription(/Copy/)
    expect(input).toHaveFocus()
    expect(screen.getByTestId('Campaign name-errors')).toHaveTextContent(JSON.stringify({ campaignName: DUPLICATE_NAME }))

    await waitFor(() => expect(placements).toEqual(['inline']))
    expect(within(toaster).queryByRole('listitem')).toBeNull()
    expect(toaster).not.toHaveTextContent(codes['51004']!.title)
  })

  it('a code that names no field (51001) toasts and shows nothing inline', async () => {
    const fetch = failingFetch(51001, 'Do not create campaign repeatedly.')
    const { user, placements, toaster, container } = await renderForm({ fetch, summary: true })
    const input = screen.getByLabelText('Campaign name')
    const submit = screen.getByRole('button', { name: 'Create' })

    await user.click(submit)

    await waitFor(() => expect(within(toaster).getByText(codes['51001']!.title)).toBeInTheDocument())
    expect(placements).toEqual(['toast'])
    expect(input).not.toHaveAttribute('aria-invalid')
    expect(input).not.toHaveAttribute('aria-describedby')
    expect(container.querySelector('.sdk-field-error')).toBeNull()
    expect(container.querySelector('.sdk-error-summary')).toBeNull()
    expect(screen.getByTestId('Campaign name-errors')).toHaveTextContent('{}')
    expect(submit).toHaveFocus()
  })

  it('editing the field clears its error, and a new failed submit shows it again', async () => {
    const fetch = failingFetch(51004, 'campaignName is already exists.')
    const { user, toaster } = await renderForm({ fetch })
    const input = screen.getByLabelText('Campaign name')
    const submit = screen.getByRole('button', { name: 'Create' })

    await user.type(input, 'Q3')
    await user.click(submit)
    await waitFor(() => expect(screen.getByText(DUPLICATE_NAME)).toBeInTheDocument())

    await user.type(input, ' lidar')
    // The app's own onChange still runs: the controlled value kept every keystroke.
    expect(input).toHaveValue('Q3 lidar')
    expect(screen.queryByText(DUPLICATE_NAME)).toBeNull()
    expect(input).not.toHaveAttribute('aria-invalid')
    expect(input).not.toHaveAttribute('aria-describedby')

    // Display only: the submit button still works, and the same code on a new failure shows again.
    expect(submit).toBeEnabled()
    await user.click(submit)
    await waitFor(() => expect(fetch).toHaveBeenCalledTimes(2))
    await waitFor(() => expect(screen.getByText(DUPLICATE_NAME)).toBeInTheDocument())
    expect(input).toHaveAttribute('aria-invalid', 'true')
    expect(input).toHaveFocus()
    expect(JSON.parse(String(fetch.mock.calls[1]![1]!.body))).toEqual({ campaignName: 'Q3 lidar' })

    // Submitting again without editing: a new error object, shown again.
    await user.click(submit)
    await waitFor(() => expect(fetch).toHaveBeenCalledTimes(3))
    await waitFor(() => expect(screen.getByText(DUPLICATE_NAME)).toBeInTheDocument())
    expect(within(toaster).queryByRole('listitem')).toBeNull()
  })

  it('a fieldMap object puts the API field on the form’s own field name', async () => {
    const fetch = failingFetch(51004, 'campaignName is already exists.')
    const { user, placements, toaster } = await renderForm({
      fetch,
      field: 'name',
      apiField: 'campaignName',
      fieldMap: { campaignName: 'name' },
    })
    const input = screen.getByLabelText('Campaign name')

    await user.click(screen.getByRole('button', { name: 'Create' }))

    await waitFor(() => expect(input).toHaveAccessibleDescription(`${DUPLICATE_NAME} ${DUPLICATE_HINT}`))
    expect(input).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByTestId('Campaign name-errors')).toHaveTextContent(JSON.stringify({ name: DUPLICATE_NAME }))
    expect(JSON.parse(String(fetch.mock.calls[0]![1]!.body))).toEqual({ campaignName: '' })
    expect(placements).toEqual(['inline'])
    expect(within(toaster).queryByRole('listitem')).toBeNull()
  })

  it('51000 puts "field : taxonomyVersionName can\'t be empty." on that field', async () => {
    const fetch = failingFetch(51000, "field : taxonomyVersionName can't be empty.")
    const { user, placements } = await renderForm({
      fetch,
      field: 'taxonomyVersionName',
      fieldMap: ['campaignName', 'taxonomyVersionName'],
      inputId: 'version',
      label: 'Taxonomy version name',
    })
    const input = screen.getByLabelText('Taxonomy version name')

    await user.click(screen.getByRole('button', { name: 'Create' }))

    const expected = codes['51000']!.messageWithValues!.replace('{{field}}', 'taxonomyVersionName')
    await waitFor(() => expect(input).toHaveAccessibleDescription(new RegExp(`^${expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)))
    expect(input).toHaveFocus()
    expect(placements).toEqual(['inline'])
  })

  it('a field the form does not have is toasted, not lost', async () => {
    const fetch = failingFetch(51000, "field : workflowType can't be empty.")
    const { user, placements, toaster } = await renderForm({ fetch })

    await user.click(screen.getByRole('button', { name: 'Create' }))

    await waitFor(() => expect(within(toaster).getByText(codes['51000']!.title)).toBeInTheDocument())
    expect(placements).toEqual(['toast'])
    expect(screen.getByLabelText('Campaign name')).not.toHaveAttribute('aria-invalid')
  })

  it('two forms on one page keep their ids and focus apart', async () => {
    const fetch = failingFetch(51004, 'campaignName is already exists.')
    const healthy = vi.fn(async () => jsonResponse({}))
    const user = userEvent.setup()
    await renderWithKit(
      <>
        <CampaignForm fetch={healthy as unknown as typeof globalThis.fetch} label="First" inputId="" />
        <CampaignForm fetch={fetch} label="Second" inputId="" />
      </>,
    )
    const first = screen.getByRole('textbox', { name: 'First' })
    const second = screen.getByRole('textbox', { name: 'Second' })
    expect(first.getAttribute('data-stardust-field')).not.toBe(second.getAttribute('data-stardust-field'))

    await user.click(within(screen.getByRole('form', { name: 'Second form' })).getByRole('button', { name: 'Create' }))

    await waitFor(() => expect(second).toHaveAttribute('aria-invalid', 'true'))
    expect(second).toHaveFocus()
    expect(first).not.toHaveAttribute('aria-invalid')
    expect(document.getElementById(second.getAttribute('aria-describedby')!)).toHaveTextContent(DUPLICATE_NAME)
    expect(document.querySelectorAll('.sdk-field-error')).toHaveLength(1)
  })

  it('server markup in a 51000 field name never renders an element', async () => {
    const fetch = failingFetch(51000, "field : <img src=x onerror=alert(1)> can't be empty.")
    const { user, toaster, container } = await renderForm({ fetch })

    await user.click(screen.getByRole('button', { name: 'Create' }))

    await waitFor(() => expect(within(toaster).getByText(codes['51000']!.title)).toBeInTheDocument())
    expect(document.querySelector('img')).toBeNull()
    expect(container.querySelector('.sdk-field-error')).toBeNull()
  })

  it('server markup after a real field name stays out of the inline message', async () => {
    const fetch = failingFetch(51000, "field : campaignName can't be empty.<img src=x onerror=alert(1)>")
    const { user } = await renderForm({ fetch })
    const input = screen.getByLabelText('Campaign name')

    await user.click(screen.getByRole('button', { name: 'Create' }))

    await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'))
    expect(document.querySelector('img')).toBeNull()
    expect(screen.getByText(/The required field .campaignName. is empty\./, { selector: 'p' }).closest('.sdk-field-error')).not.toBeNull()
  })

  it('takes the provider’s class names', async () => {
    const fetch = failingFetch(51004, 'campaignName is already exists.')
    const user = userEvent.setup()
    await renderWithKit(<CampaignForm fetch={fetch} summary />, {
      provider: { classNames: { fieldError: 'app-field-error', errorSummary: 'app-summary' } },
    })
    await user.click(screen.getByRole('button', { name: 'Create' }))
    await waitFor(() =>
      expect(screen.getByText(DUPLICATE_NAME, { selector: 'p', exact: false }).closest('.sdk-field-error')).toHaveClass(
        'sdk-field-error',
        'app-field-error',
      ),
    )
    expect(formAlert()).toHaveClass('sdk-error-summary', 'app-summary')
  })

  it('a mutation whose meta.fields is null toasts instead of breaking the subscription', async () => {
    const fetch = failingFetch(51004, 'campaignName is already exists.')
    const { user, placements, toaster } = await renderForm({ fetch, fieldMap: null as unknown as FieldMap })

    await user.click(screen.getByRole('button', { name: 'Create' }))

    await waitFor(() => expect(within(toaster).getByText(codes['51004']!.title)).toBeInTheDocument())
    expect(placements).toEqual(['toast'])
    expect(screen.getByLabelText('Campaign name')).not.toHaveAttribute('aria-invalid')
  })
})

describe('ErrorSummary', () => {
  it('lists the errors, and following a link focuses the field', async () => {
    const fetch = failingFetch(51004, 'campaignName is already exists.')
    const { user } = await renderForm({ fetch, summary: true })
    const input = screen.getByLabelText('Campaign name')
    expect(document.querySelector('.sdk-error-summary')).toBeNull()

    await user.click(screen.getByRole('button', { name: 'Create' }))

    const summary = await waitFor(formAlert)
    expect(summary).toHaveClass('sdk-error-summary')
    expect(within(summary).getByRole('heading', { level: 2 })).toHaveTextContent('There is 1 problem with this form')
    const link = within(summary).getByRole('link', { name: DUPLICATE_NAME })
    await waitFor(() => expect(link).toHaveAttribute('href', '#campaign-name'))

    expect(input).toHaveFocus()
    input.blur()
    expect(input).not.toHaveFocus()
    await user.click(link)
    expect(input).toHaveFocus()

    await user.type(input, 'x')
    expect(document.querySelector('.sdk-error-summary')).toBeNull()
  })

  it('links to the message when the input has no id, and still focuses the input', async () => {
    const fetch = failingFetch(51004, 'campaignName is already exists.')
    const { user } = await renderForm({ fetch, summary: true, inputId: '' })
    const input = screen.getByRole('textbox', { name: 'Campaign name' })

    await user.click(screen.getByRole('button', { name: 'Create' }))

    const link = within(await waitFor(formAlert)).getByRole('link')
    expect(link).toHaveAttribute('href', `#${input.getAttribute('aria-describedby')}`)
    input.blur()
    await user.click(link)
    expect(input).toHaveFocus()
  })
})
