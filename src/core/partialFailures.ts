import { decodeEnvelope } from './envelope.js'
import { redactText } from './redact.js'
import { safeText } from './text.js'

/** What the failed items are, for "3 of 10 scenes failed". */
export type PartialSubject = 'scene' | 'task' | 'user' | 'item'

/** One item the server could not process, inside a response that succeeded. */
export interface PartialFailureItem {
  /** The item's id (scene id, unique identifier, user name), made safe to show; `null` when the server named none. */
  id: string | null
  /** The server's own text for this item, made safe to show (bounded, one line, no credentials); `null` when it sent none. */
  reason: string | null
  /**
   * The catalog key of a reason the kit knows (`dataTypeMismatch`, `sceneIdExists`,
   * `duplicateId`, `userNotAdded`), read under `partial.reasons`; `null` otherwise.
   */
  reasonKey: string | null
  /** A numeric code the server sent for the item, if any. */
  code: number | null
}

/** What a success envelope says failed. */
export interface PartialFailures {
  /** The failed items, at most {@link MAX_PARTIAL_ITEMS} of them. */
  items: PartialFailureItem[]
  /** How many items failed; more than `items.length` when the list was cut. */
  failed: number
  /** How many items the request had, when the response says; `null` otherwise. */
  total: number | null
  subject: PartialSubject
  /**
   * `FAILED` or `ID_NOT_EXISTS` when the annotation request as a whole failed or
   * does not exist (both arrive inside a 2000 envelope); `null` otherwise.
   */
  status: 'FAILED' | 'ID_NOT_EXISTS' | null
}

/** The most items {@link partialFailures} keeps; `failed` still counts them all. */
export const MAX_PARTIAL_ITEMS = 200

const NONE: PartialFailures = Object.freeze({ items: [], failed: 0, total: null, subject: 'item', status: null }) as PartialFailures
const MAX_ID = 200
const MAX_REASON = 300

// Reasons the API documents, so they can be shown in the user's language.
const REASONS: Array<[RegExp, string]> = [
  [/^\s*data\s*type\s*mismatch/i, 'dataTypeMismatch'],
  [/scene\s*id\s*already\s*exists?/i, 'sceneIdExists'],
  [/duplicate\s*unique\s*identifier/i, 'duplicateId'],
]
// "Duplicate UniqueIdentifier ID：0b5e…": the API separates the id with a full-width colon (an ASCII one is read too).
const ID_AFTER_COLON = /^(.*?)\s*[：:]\s*(\S.*)$/

/**
 * Reads the failures a success envelope carries. Takes the envelope's `data`
 * (what `stardustFetch` resolves with) or the whole envelope, and recognises
 * the shapes the API documents:
 * - GET annotation-request: `errorSceneIdMap` (scene id → reason), with the
 *   total from `annotationRequestInfo.sceneIdMap`, and a `status` of `FAILED`
 *   or `ID_NOT_EXISTS` for a request that failed as a whole;
 * - the older API's send-status: `errors[]` ("Duplicate UniqueIdentifier ID：…"),
 *   with the total from `taskCount`;
 * - add workforce: `failedUserList` (the users that were not added).
 *
 * Anything else gives an empty list. Never throws. Reasons and ids are server
 * text: they are bounded, made single-line and scrubbed of credentials.
 *
 * @example
 * const { items, failed, total } = partialFailures(await stardustFetch(`/rosetta-open/annotation-request?annotationRequestId=${id}`))
 * if (failed > 0) console.warn(`${failed} of ${total ?? '?'} scenes failed`)
 */
export function partialFailures(data: unknown): PartialFailures {
  try {
    return read(unwrap(data))
  } catch {
    return { ...NONE, items: [] }
  }
}

/** Whether {@link partialFailures} found anything to tell the user. */
export function hasPartialFailures(found: PartialFailures): boolean {
  return found.failed > 0 || found.status !== null
}

function unwrap(value: unknown): unknown {
  const envelope = decodeEnvelope(value)
  return envelope && 'data' in (value as object) ? envelope.data : value
}

function read(data: unknown): PartialFailures {
  if (!isRecord(data)) return { ...NONE, items: [] }
  const status = data.status === 'FAILED' || data.status === 'ID_NOT_EXISTS' ? data.status : null
  if (isRecord(data.errorSceneIdMap) || status !== null) {
    const errors = isRecord(data.errorSceneIdMap) ? Object.entries(data.errorSceneIdMap) : []
    const items = errors.slice(0, MAX_PARTIAL_ITEMS).map(([id, reason]) => item(id, reason, null))
    return { items, failed: errors.length, total: sceneTotal(data, errors.length), subject: 'scene', status }
  }
  if (Array.isArray(data.errors)) {
    const items = data.errors.slice(0, MAX_PARTIAL_ITEMS).map(sendStatusItem)
    const reported = count(data.importFailCount)
    const failed = Math.max(data.errors.length, reported ?? 0)
    return { items, failed, total: count(data.taskCount), subject: 'task', status: null }
  }
  if (Array.isArray(data.failedUserList)) {
    const users = data.failedUserList
    const items = users.slice(0, MAX_PARTIAL_ITEMS).map((user): PartialFailureItem => {
      const id = typeof user === 'string' || typeof user === 'number' ? String(user) : null
      return { id: id === null ? null : clean(id, MAX_ID), reason: null, reasonKey: 'userNotAdded', code: null }
    })
    return { items, failed: users.length, total: null, subject: 'user', status: null }
  }
  return { ...NONE, items: [] }
}

// The scenes the request was made of; else those that became tasks plus those that failed.
function sceneTotal(data: Record<string, unknown>, failed: number): number | null {
  const info = data.annotationRequestInfo
  if (isRecord(info) && isRecord(info.sceneIdMap)) return Math.max(Object.keys(info.sceneIdMap).length, failed)
  if (isRecord(data.successTaskMap)) return Object.keys(data.successTaskMap).length + failed
  return null
}

function sendStatusItem(entry: unknown): PartialFailureItem {
  if (typeof entry === 'string') return item(null, entry, null)
  if (!isRecord(entry)) return item(null, null, null)
  const text = typeof entry.error === 'string' ? entry.error : typeof entry.message === 'string' ? entry.message : null
  const fallbackId = typeof entry.uniqueIdentifier === 'string' ? entry.uniqueIdentifier : null
  return item(fallbackId, text, typeof entry.code === 'number' && Number.isInteger(entry.code) ? entry.code : null)
}

function item(id: string | null, reason: unknown, code: number | null): PartialFailureItem {
  let text = typeof reason === 'string' ? reason : null
  let itemId = id
  // "Duplicate UniqueIdentifier ID：abc" names its item after the colon: that id wins over any field.
  const split = text === null ? null : ID_AFTER_COLON.exec(safeText(text, MAX_REASON * 2))
  if (split && /identifier|\bid\b/i.test(split[1]!)) {
    text = split[1]!
    itemId = split[2]!
  }
  const shown = text === null ? null : clean(text, MAX_REASON) || null
  return {
    id: itemId === null ? null : clean(itemId, MAX_ID) || null,
    reason: shown,
    reasonKey: shown === null ? null : (REASONS.find(([test]) => test.test(shown))?.[1] ?? null),
    code,
  }
}

// Bounded, single line, no invisible characters, no credentials; the same treatment as a server message.
const clean = (text: string, max: number): string => redactText(safeText(text, max))

const count = (value: unknown): number | null => (typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null)

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * The failed items as plain English lines for a support ticket, to follow
 * `formatSupportDetails`: how many of what failed, the status when the whole
 * request failed, then one `- id: reason` line per item. Ids and reasons are
 * already safe (bounded, single-line, redacted).
 *
 * @example formatPartialFailures(partialFailures(data)) // "Failed: 2 of 3 scenes\nItems:\n- 550e…: Data type mismatch\n…"
 */
export function formatPartialFailures(found: PartialFailures): string {
  const what = `${found.subject}s`
  const lines: string[] = []
  if (found.status !== null) lines.push(`Status: ${found.status}`)
  if (found.failed > 0 || found.status === null)
    lines.push(`Failed: ${found.total === null ? found.failed : `${found.failed} of ${found.total}`} ${what}`)
  if (found.items.length > 0) {
    lines.push('Items:')
    for (const item of found.items) lines.push(`- ${item.id ?? '(no id)'}: ${item.reason ?? item.reasonKey ?? '(no reason)'}`)
    if (found.failed > found.items.length) lines.push(`- (+${found.failed - found.items.length} more)`)
  }
  return lines.join('\n')
}
