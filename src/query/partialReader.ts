/**
 * What the provider's routing loads on demand to read failed items in a
 * successful response: the first time a success is to be checked (see
 * `subscribeToPartialFailures`). A module of its own, so a size check can tell
 * this dynamic import apart from the static imports of the same code.
 */
export { hasPartialFailures, partialFailures } from '../core/partialFailures.js'
