import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach, beforeAll } from 'vitest'
import { preloadStardust } from '../src/ui/preload.js'

// The toaster, the toast store and the default fallback come in chunks of their own, loaded when first needed.
// Tests start with them loaded, as the README's testing section does and as an app has them shortly after it
// starts; test/ui/lazy.test.tsx, test/ui/lazyToastStore.test.ts and test/i18n/testingYourApp.test.tsx cover the
// time before.
beforeAll(() => preloadStardust())

afterEach(() => cleanup())
