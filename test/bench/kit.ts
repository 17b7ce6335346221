// The kit as it ships: the files `scripts/bench.mjs` builds with the library's own Vite config
// (test/bench/.out/dist), typed from the sources they were built from.
import { pathToFileURL } from 'node:url'
import type * as KitModule from '../../src/index.js'

export type Kit = typeof KitModule

export async function loadKit(): Promise<Kit> {
  const dir = process.env.BENCH_DIST ?? new URL('./.out/dist/', import.meta.url).pathname
  return (await import(pathToFileURL(`${dir}/index.js`).href)) as Kit
}
