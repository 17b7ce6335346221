import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach, beforeAll } from 'vitest'
import { preloadDefaultFallback } from '../src/ui/defaultFallback.js'
import { preloadToaster } from '../src/ui/StardustProvider.js'

// The toaster and the default fallback come in chunks of their own, loaded when first needed. Tests start
// with them loaded, as an app has them shortly after it starts; test/ui/lazy.test.tsx covers the time before.
beforeAll(() => Promise.all([preloadToaster(), preloadDefaultFallback()]))

afterEach(() => cleanup())
