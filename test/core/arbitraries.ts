// fast-check inputs shared by the core property tests and the reliability suite.
import fc from 'fast-check'

/** Keys an envelope, an axios error or a StardustError's JSON has: where parsing goes looking. */
export const ENVELOPE_KEYS = ['code', 'success', 'message', 'data', 'date', 'requestId', 'name', 'response', 'status', 'kind']
/** Keys that pollute prototypes or shadow built-ins when copied carelessly. */
export const DANGEROUS_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'then']

/** Any JavaScript value, with envelope-looking and dangerous keys in its objects. */
export const anything = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withObjectString: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
  stringUnit: 'binary',
  key: fc.oneof(fc.string(), fc.constantFrom(...ENVELOPE_KEYS, ...DANGEROUS_KEYS)),
})
