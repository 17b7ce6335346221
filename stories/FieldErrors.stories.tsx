import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { ErrorSummary, FieldError, StardustError } from '../src/index.js'
import { apiError, expected, kitOf, uiText } from './components/kit.js'
import { mockApi, serverText } from './mocks/index.js'
import { CampaignForm } from './playground/CampaignForm.js'

const meta = {
  title: 'Components/Field errors',
  component: FieldError,
  subcomponents: { ErrorSummary },
  parameters: {
    docs: {
      // In its own frame: toasts are fixed to the viewport, and each story's mocked API stays its own.
      story: { inline: false, height: '560px' },
      description: {
        component:
          'Server errors next to the field they are about, in the user’s language: `useFieldErrors(mutation.error, fields)` gives ' +
          '`fieldProps(name)` for each input (`aria-invalid`, `aria-describedby`) and `<FieldError>` renders the message the input ' +
          'is described by. `<ErrorSummary>` lists them at the top of the form, each linking to its field. Pass the same field map to ' +
          '`stardustMeta({ fields })`: an error about one of those fields is shown inline and never toasted; a code that names no ' +
          'field of the form still toasts. The form is the console playground’s “Create campaign”, on the mocked API.',
      },
    },
  },
  render: () => <CampaignForm />,
  decorators: [
    (Story) => (
      <div className="console-panel" style={{ maxInlineSize: '24rem' }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof FieldError>

export default meta
// The stories render the form, not FieldError on its own: no args.
type Story = StoryObj

const form = (canvasElement: HTMLElement) => within(within(canvasElement).getByRole('form', { name: 'Create campaign' }))

async function submitName(canvasElement: HTMLElement, name: string) {
  const input = form(canvasElement).getByLabelText('Campaign name')
  await userEvent.clear(input)
  if (name) await userEvent.type(input, name)
  await userEvent.click(form(canvasElement).getByRole('button', { name: 'Create campaign' }))
  return input
}

/** 51004: the name is taken. The message sits under “Campaign name”, the input is invalid and described by it, and has the focus. */
export const DuplicateName: Story = {
  play: async ({ canvasElement, loaded }) => {
    const input = await submitName(canvasElement, 'Highway lanes Q1')
    const { message, hint } = expected(loaded, apiError(51004))
    await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'))
    // The message, then what to do next: “A campaign with this name already exists. Choose another name.”
    await expect(input).toHaveAccessibleDescription(`${message} ${hint}`)
    await expect(document.getElementById(input.getAttribute('aria-describedby')!)).toHaveTextContent(message)
    await expect(input).toHaveFocus()
    // Shown inline, so never as a toast as well.
    await expect(canvasElement.querySelector('.sdk-toast')).toBeNull()
  },
}

/**
 * An Arabic app: it sets `<html dir>` from i18next, as the Quick start shows
 * (`document.documentElement.dir = i18next.dir(lng)`), so the page flows right to left and the inline error sits
 * under its input, on the right, in Arabic. (Without it, the kit's own parts are right to left but the app's layout
 * is not, and the message ends up at the far side of the form.)
 */
export const RightToLeftApp: Story = {
  name: 'Right-to-left app (<html dir="rtl">)',
  globals: { locale: 'ar' },
  play: async ({ canvasElement, loaded }) => {
    const { i18n, locale } = kitOf(loaded)
    await expect(document.documentElement).toHaveAttribute('dir', i18n.dir(locale))
    await expect(document.documentElement).toHaveAttribute('dir', 'rtl')
    const input = await submitName(canvasElement, 'Highway lanes Q1')
    await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'))
    const message = document.getElementById(input.getAttribute('aria-describedby')!)!
    await expect(message).toHaveTextContent(expected(loaded, apiError(51004)).message)
    // Under its input, on the same (right) edge.
    const field = input.getBoundingClientRect()
    const error = message.getBoundingClientRect()
    await expect(Math.abs(field.right - error.right)).toBeLessThanOrEqual(1)
    await expect(error.top).toBeGreaterThanOrEqual(field.bottom)
  },
}

/** Editing the field takes its message away until the next failed submit. */
export const DuplicateNameEdited: Story = {
  name: 'Duplicate name: editing clears the message',
  play: async ({ canvasElement, loaded }) => {
    const input = await submitName(canvasElement, 'Highway lanes Q1')
    const { message } = expected(loaded, apiError(51004))
    await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'))
    await userEvent.type(input, ' (2)')
    await expect(input).not.toHaveAttribute('aria-invalid')
    await expect(input).not.toHaveAccessibleDescription(message)
    await expect(within(canvasElement).queryByText(message)).toBeNull()
  },
}

/** `<ErrorSummary>` above the form: one link per field in error, which moves the focus to its input. */
export const Summary: Story = {
  play: async ({ canvasElement, loaded }) => {
    // An empty name: the server answers 51000 and names the field in its text.
    const input = await submitName(canvasElement, '')
    const summary = await form(canvasElement).findByRole('alert')
    await expect(within(summary).getByRole('heading')).toHaveTextContent(uiText(loaded, 'errorSummary', { count: 1 }))
    const message = expected(loaded, new StardustError({ kind: 'api', code: 51000, serverMessage: serverText(51000) })).message
    const link = within(summary).getByRole('link', { name: message })
    await userEvent.click(form(canvasElement).getByLabelText('Campaign ID'))
    await userEvent.click(link)
    await expect(input).toHaveFocus()
  },
}

/** 51005 names no field: the form shows nothing inline and the failure falls through to a toast. */
export const NotAFieldError: Story = {
  beforeEach: () => mockApi.failNext({ code: 51005 }, { path: 'campaign/create' }),
  play: async ({ canvasElement, loaded }) => {
    await submitName(canvasElement, 'Cyclists at dusk')
    const toasts = within(await within(canvasElement).findByRole('region', { name: uiText(loaded, 'notifications') }))
    // The toast fades in: wait until it is visible, never assert in the middle of its entrance.
    const title = await toasts.findByText(expected(loaded, apiError(51005)).title)
    await waitFor(() => expect(title).toBeVisible())
    await expect(canvasElement.querySelector('[aria-invalid="true"]')).toBeNull()
    await expect(form(canvasElement).queryByRole('alert')).toBeNull()
  },
}
