import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'

export default defineConfig({
  plugins: [react()],
  // Stories' mocked API: msw/browser cannot run in jsdom, so `#msw-setup` is msw/node's server here.
  resolve: { alias: { '#msw-setup': fileURLToPath(new URL('./stories/mocks/setup.node.ts', import.meta.url)) } },
  test: {
    globals: true,
    environment: 'jsdom',
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    setupFiles: ['test/setup.ts'],
    restoreMocks: true,
    // A hang guard, not a speed limit: the storm and property suites run 10,000 inputs on a shared 2-core machine.
    testTimeout: 60_000,
    // Type tests (*.test-d.ts): compile errors the public types must raise, and forms that must compile.
    // Vitest runs tsc (TypeScript 7, the native compiler) over their own tsconfig.
    typecheck: { enabled: true, include: ['test/types/**/*.test-d.{ts,tsx}'], tsconfig: 'test/types/tsconfig.json' },
  },
})
