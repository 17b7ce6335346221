import { redactText } from './redact.js'

/**
 * The request a response answers, as `METHOD /path` (`POST /rosetta-open/campaign/create`):
 * the method in capitals and the URL's path only. The query string and fragment
 * are dropped (signed URLs and tokens live there). `null` when it cannot be read.
 */
export function endpointOf(input: unknown, method?: string | null): string | null {
  try {
    const url =
      typeof input === 'string'
        ? input
        : input instanceof URL
          ? input.href
          : typeof Request !== 'undefined' && input instanceof Request
            ? input.url
            : null
    if (url === null) return null
    const verb = (method ?? (typeof Request !== 'undefined' && input instanceof Request ? input.method : null) ?? 'GET').toUpperCase()
    if (!/^[A-Z]{1,12}$/.test(verb)) return null
    const path = pathOf(url)
    return path === null ? null : `${verb} ${path}`
  } catch {
    return null
  }
}

function pathOf(url: string): string | null {
  const bare = url.split(/[?#]/, 1)[0]!.trim()
  let path: string
  try {
    path = new URL(bare, 'http://relative.invalid').pathname
  } catch {
    return null
  }
  // A path can still hold a credential (`/files/token=…`): scrubbed like any text the kit writes out.
  return redactText(path.length > 300 ? path.slice(0, 300) : path)
}

/**
 * Whether an endpoint (`POST /rosetta-open/campaign/create`) is the one a pattern
 * names. The pattern is `[METHOD] /path`: without a method any method matches;
 * the path matches the end of the endpoint's path at a segment boundary, so the
 * deployment's base path (`/rosetta-open`) need not be written, and a
 * `{param}` segment matches any one segment (`GET /campaign/{campaignName}`).
 */
export function matchesEndpoint(pattern: string, endpoint: string | null | undefined): boolean {
  if (!endpoint) return false
  const [method, path] = split(pattern)
  const [actualMethod, actualPath] = split(endpoint)
  if (path === null || actualPath === null) return false
  if (method !== null && method !== actualMethod) return false
  const want = segments(path)
  const have = segments(actualPath)
  if (want.length === 0 || want.length > have.length) return false
  const tail = have.slice(have.length - want.length)
  return want.every((segment, i) => /^\{[^}]*\}$/.test(segment) || segment.toLowerCase() === tail[i]!.toLowerCase())
}

function split(text: string): [method: string | null, path: string | null] {
  const match = /^\s*(?:([A-Za-z]{1,12})\s+)?(\/\S*)\s*$/.exec(text)
  return match ? [match[1]?.toUpperCase() ?? null, match[2]!.split(/[?#]/, 1)[0]!] : [null, null]
}

const segments = (path: string): string[] => path.split('/').filter((s) => s !== '')
