// For a story that must rest in a state the kit clears by itself after a fixed delay ("Copied" for 2 s):
// timers of exactly that delay, started while the story is on screen, never fire.

/**
 * Holds every `setTimeout(callback, delayMs)` of exactly `delayMs` until the returned cleanup runs (a story's
 * `beforeEach` can return it); other timers run as usual. The held callbacks are dropped, not run later.
 */
export function holdTimers(delayMs: number): () => void {
  const original = globalThis.setTimeout
  const held = (callback: (...args: unknown[]) => void, delay?: number, ...args: unknown[]) =>
    // 0 is no timer's ID: clearTimeout(0) does nothing, as clearing a timer that never fires should.
    delay === delayMs ? 0 : original(callback, delay, ...args)
  globalThis.setTimeout = held as typeof setTimeout
  return () => {
    if (globalThis.setTimeout === held) globalThis.setTimeout = original
  }
}
