import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, within } from 'storybook/test'
import { StardustError, listCodes } from '../src/core.js'
import { resolveError } from '../src/i18n.js'
import type { StardustLoaded } from '../.storybook/stardust.js'
import { CodeCatalog } from './catalog/CodeCatalog.js'
import { PartialCatalog } from './catalog/PartialCatalog.js'
import { serverText } from './mocks/apiTexts.js'

const meta = {
  title: 'Catalog/Code catalog',
  component: CodeCatalog,
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'Every code the kit knows, with its title, message and hint in the toolbar locale, beside the API’s own English text. ' +
          'Pick a locale in the toolbar to preview a translation; cells a locale has no text for are marked “English fallback”.',
      },
    },
  },
  argTypes: {
    initialFamily: {
      control: 'select',
      options: ['', ...new Set(listCodes().map((info) => info.family))],
      description: 'Show only this family at first (empty: all).',
    },
  },
  decorators: [
    (Story) => (
      <div style={{ padding: '1rem' }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof CodeCatalog>

export default meta
type Story = StoryObj<typeof meta>

/** The whole catalog. Filter by family, or search by code or by any text. */
export const Browser: Story = {
  play: async ({ canvasElement, loaded, step }) => {
    const canvas = within(canvasElement)
    const { i18n, locale } = loaded as StardustLoaded
    const table = (await canvas.findByRole('table')) as HTMLTableElement
    // DOM look-ups for rows: role queries over ~90 rows × 9 cells are slow in jsdom.
    const rowOf = (code: string) => within(table).getByText(code, { selector: 'th' }).closest('tr')!
    const bodyRows = () => Array.from(table.tBodies[0]!.rows)

    await step('51004 shows its localized title beside the API’s text', async () => {
      const row = rowOf('51004')
      const expected = resolveError(new StardustError({ kind: 'api', code: 51004, serverMessage: serverText(51004) }), i18n, locale)
      await expect(row).toHaveTextContent(expected.title)
      if (locale === 'en') await expect(row).toHaveTextContent('Campaign name taken')
      await expect(within(row).getByText('campaignName is already exists.')).toHaveAttribute('lang', 'en')
    })

    await step('the family filter keeps only that family', async () => {
      await userEvent.selectOptions(canvas.getByLabelText('Family'), 'folder')
      const rows = bodyRows()
      await expect(rows.length).toBeGreaterThan(5)
      await expect(rows.map((row) => row.cells[1]!.textContent)).toEqual(rows.map(() => 'folder'))
      await expect(within(table).queryByText('51004', { selector: 'th' })).not.toBeInTheDocument()
      await expect(rowOf('54011')).toHaveTextContent('helixBucketName:[%s] max size is 255.')
      await expect(canvas.getByRole('status')).toHaveTextContent(`${rows.length} of`)
    })

    await step('search finds a code, and the filter resets', async () => {
      await userEvent.selectOptions(canvas.getByLabelText('Family'), '')
      await userEvent.type(canvas.getByLabelText('Search'), '50528')
      const rows = bodyRows()
      await expect(rows).toHaveLength(1)
      await expect(rows[0]).toHaveTextContent('The number of pools exceeds the limit of 20.')
      await userEvent.clear(canvas.getByLabelText('Search'))
    })

    await step('the variant keys are resolved by the API’s text', async () => {
      const row = within(table).getByText('campaignType', { selector: 'th span' }).closest('tr')!
      await expect(row).toHaveTextContent('Unknown campaignType.')
      await expect(row.cells[4]).toHaveTextContent('campaignType')
      const statistics = within(table).getByText('aliceName', { selector: 'th span' }).closest('tr')!
      await expect(statistics).toHaveTextContent('aliceName is not valid or does not exist.')
      await expect(statistics).toHaveTextContent(i18n.t('codes.54001_aliceName.title', { ns: 'stardust', lng: locale }))
    })

    await step('a success code shows the catalog’s own texts', async () => {
      const row = rowOf('2000')
      await expect(row).toHaveTextContent(i18n.t('codes.2000.title', { ns: 'stardust', lng: locale }))
      await expect(row).not.toHaveTextContent(i18n.t('kinds.malformed.title', { ns: 'stardust', lng: locale }))
    })
  },
}

/** The texts for failed items inside a success envelope (`partial.*`): every plural form, the reasons, the whole-request failures. */
export const PartialFailures: Story = {
  render: () => <PartialCatalog />,
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement)
    const { i18n, locale } = loaded as StardustLoaded
    const table = await canvas.findByRole('table', { name: 'Failed items inside a success' })
    const expected = i18n.t('partial.scenesOfTotal', { ns: 'stardust', lng: locale, count: 3, failed: 2 })
    await expect(within(table).getByText(expected)).toBeInTheDocument()
    if (locale === 'en') await expect(within(table).getByText('2 of 3 scenes failed')).toBeInTheDocument()
  },
}
