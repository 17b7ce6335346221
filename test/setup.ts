import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach, beforeAll } from 'vitest'
import { preloadDefaultFallback } from '../src/ui/defaultFallback.js'
import { loadToastStore } from '../src/ui/lazyToastStore.js'
import { preloadToaster } from '../src/ui/StardustProvider.js'

// The toaster, the toast store and the default fallback come in chunks of their own, loaded when first needed.
// Tests start with them loaded, as an app has them shortly after it starts; test/ui/lazy.test.tsx and
// test/ui/lazyToastStore.test.ts cover the time before.
beforeAll(() => Promise.all([preloadToaster(), loadToastStore(), preloadDefaultFallback()]))

afterEach(() => cleanup())
