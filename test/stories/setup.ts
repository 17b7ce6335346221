// Portable stories: the project's Storybook annotations (preview + the a11y addon's checks), for
// test/stories/portable.test.tsx. Imported by that test, not by the global Vitest setup.
import { setProjectAnnotations } from '@storybook/react-vite'
import * as a11yAnnotations from '@storybook/addon-a11y/preview'
import previewAnnotations from '../../.storybook/preview.js'

export const annotations = setProjectAnnotations([a11yAnnotations, previewAnnotations])

// axe probes <canvas> for icon ligatures; jsdom has none and logs "Not implemented" for each probe.
HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext
