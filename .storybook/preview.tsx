import type { Preview } from '@storybook/react-vite'
import { mswLoader } from 'msw-storybook-addon/csf3'
import { configure } from 'storybook/test'
import { setupMsw } from '#msw-setup'
import { mockApi } from '../stories/mocks/controller.js'
import { localeItems, stardustLoader, withStardust } from './stardust.js'
import '../src/ui/styles.css'
import './preview.css'

// Play functions wait for what the page shows (a toast that fades in, a chunk that loads), and a shared
// machine can be slow: findBy… and waitFor wait up to 5 s instead of 1 s before a story fails.
configure({ asyncUtilTimeout: 5_000 })

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language of the kit’s messages',
      toolbar: { title: 'Locale', icon: 'globe', items: localeItems(), dynamicTitle: true },
    },
    theme: {
      description: 'Color theme',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  // msw first (the mocked API must be up before anything fetches), then the locale's catalog.
  loaders: [mswLoader(setupMsw), stardustLoader],
  decorators: [withStardust],
  beforeEach() {
    // Every story starts with the mocked server's seed data and no queued failures.
    mockApi.reset()
  },
  parameters: {
    layout: 'padded',
    // Accessibility violations fail the story (in the test runner and the a11y panel).
    a11y: { test: 'error' },
    // The theme toolbar paints the page; Storybook's own backgrounds would fight it.
    backgrounds: { disable: true },
    controls: { matchers: { color: /(background|color)$/i, date: /Date$/i } },
  },
}

export default preview
