import { fileURLToPath } from 'node:url'
import type { StorybookConfig } from '@storybook/react-vite'
import { mergeConfig } from 'vite'

const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  // public/mockServiceWorker.js: the mocked Stardust API's service worker, committed. After upgrading msw,
  // regenerate it with `npx msw init public` (without --save: the published package.json carries no msw field).
  staticDirs: ['../public'],
  // The default 'react-docgen': 'react-docgen-typescript' needs the TypeScript JS API, which TypeScript 7 lacks.
  typescript: { reactDocgen: 'react-docgen' },
  core: { disableTelemetry: true },
  // The stories' mocked API in a browser: a service worker. Vitest (jsdom) aliases `#msw-setup` to msw/node's
  // server instead (vitest.config.ts); an alias, not package.json "imports", so the published manifest does not
  // point at stories/, which the package does not ship.
  viteFinal: (vite) =>
    mergeConfig(vite, {
      resolve: { alias: { '#msw-setup': fileURLToPath(new URL('../stories/mocks/setup.browser.ts', import.meta.url)) } },
    }),
}

export default config
