// A jsdom window as the globals React, Testing Library and the toast libraries expect, for plain Node.
// Import it before anything that touches `document`.
import { createRequire } from 'node:module'

// jsdom ships no types and @types/jsdom is not installed: the little used here, typed by hand.
type JSDOMConstructor = new (html: string, options: { url: string; pretendToBeVisual: boolean }) => { window: Window & typeof globalThis }
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: JSDOMConstructor }

const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', {
  url: 'http://127.0.0.1/',
  pretendToBeVisual: true, // requestAnimationFrame at 60 Hz: sonner dismisses through it
})
// matchMedia is not in jsdom: react-hot-toast and sonner ask it for reduced motion and the colour scheme.
dom.window.matchMedia ??= (query: string) =>
  ({
    matches: false,
    media: query,
    onchange: null,
    addListener() {},
    removeListener() {},
    addEventListener() {},
    removeEventListener() {},
    dispatchEvent: () => false,
  }) as unknown as MediaQueryList
const win = dom.window as unknown as Record<string, unknown>
for (const key of Object.getOwnPropertyNames(win)) {
  if (key in globalThis) continue
  Object.defineProperty(globalThis, key, { configurable: true, get: () => win[key] })
}
Object.defineProperty(globalThis, 'window', { configurable: true, value: dom.window })
Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true })

/** Heap in use after two full collections (`node --expose-gc`). */
export function heapUsed(): number {
  const gc = (globalThis as { gc?: () => void }).gc
  if (!gc) throw new Error('run with node --expose-gc')
  gc()
  gc()
  return process.memoryUsage().heapUsed
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))
