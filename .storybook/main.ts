import type { StorybookConfig } from '@storybook/react-vite'

const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  // public/mockServiceWorker.js: the mocked Stardust API (npx msw init public --save).
  staticDirs: ['../public'],
  // The default 'react-docgen': 'react-docgen-typescript' needs the TypeScript JS API, which TypeScript 7 lacks.
  typescript: { reactDocgen: 'react-docgen' },
  core: { disableTelemetry: true },
}

export default config
