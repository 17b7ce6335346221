import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, within } from 'storybook/test'
import { SEED_CAMPAIGNS } from './mocks/index.js'
import { ConsoleApp } from './playground/ConsoleApp.js'

const meta = {
  title: 'Console playground',
  component: ConsoleApp,
  parameters: {
    layout: 'fullscreen',
    docs: {
      // In its own frame: toasts are fixed to the viewport, and each story's mocked API stays its own.
      story: { inline: false, height: '900px' },
      description: {
        component:
          'A small Stardust console on the mocked API, inside the preview’s provider: it follows the locale and theme toolbar. ' +
          'Its own labels are English; every message of the kit is localized. Try a duplicate campaign name (“Highway lanes Q1”), ' +
          '“Other” as campaign type, a bucket that does not exist, 21 pools. Or pick a response in the “Mock API” panel ' +
          '(5000, then “Refresh campaigns”: the list keeps its data and one toast appears) and watch where each failure lands: ' +
          'inline next to its field, as a toast, or in the error boundary when the list cannot render.',
      },
    },
  },
} satisfies Meta<typeof ConsoleApp>

export default meta
type Story = StoryObj<typeof meta>

/** The console. Reading only: the page is left as a person (or the e2e test) expects to find it. */
export const Playground: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const list = await canvas.findByRole('list', { name: 'Campaigns' })
    await expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(SEED_CAMPAIGNS.map((c) => c.campaignName))
  },
}
