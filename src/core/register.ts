import type { BuiltInCode, BuiltInCodeKey, BuiltInField } from './catalogTypes.js'

/**
 * Declaration merging point for an app's own codes and request fields, the way
 * TanStack Query's `Register` types `meta` and errors. Empty in the kit.
 *
 * @example
 * declare module 'stardust-error-kit' {
 *   interface Register {
 *     codes: 61001 | 61002
 *     fields: 'campaignLabel'
 *   }
 * }
 */
// biome-ignore lint/suspicious/noEmptyInterface: a declaration merging point, like TanStack Query's Register
export interface Register {}

type RegisteredCodes = Register extends { codes: infer C extends number } ? C : never
type RegisteredFields = Register extends { fields: infer F extends string } ? F : never

/** Every code the catalog documents, plus the app's own from {@link Register}. */
export type StardustCode = BuiltInCode | RegisteredCodes

/** A catalog key: a {@link StardustCode} (number or string), or `<code>_<variant>` for the codes with two meanings. */
export type StardustCodeKey = StardustCode | `${StardustCode}` | `${StardustCode}_${string}` | BuiltInCodeKey

/** Every request field a catalog code names, plus the app's own from {@link Register}. */
export type StardustField = BuiltInField | RegisteredFields

/**
 * A code argument: any {@link StardustCode}, or a plain `number` that arrived at
 * run time (`error.code`). A numeric literal the catalog does not know is a
 * compile error, so a misspelt code is caught before it ships.
 */
export type CodeArgument<C extends number> = number extends C ? C : C extends StardustCode ? C : StardustCode
