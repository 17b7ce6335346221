// Bidi overrides and isolates, zero-width and other invisible format characters, and C0/C1 controls
// (tab and newline aside): they can make server text read differently from what it says.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g

/** The longest server text the kit shows; the full text stays available for copying. */
export const MAX_TEXT = 500

/**
 * Makes untrusted text fit to show: strips control and bidi-override
 * characters, collapses white space, trims, and cuts it at `max` characters
 * with an ellipsis.
 */
export function safeText(value: string, max = MAX_TEXT): string {
  const clean = value
    .slice(0, max * 4)
    .replace(UNSAFE, '')
    .replace(/\s+/g, ' ')
    .trim()
  if (clean.length <= max) return clean
  // never cut a surrogate pair in half (it would render as U+FFFD)
  const cut = clean.slice(0, max - 1).replace(/[\ud800-\udbff]$/, '')
  return `${cut.trimEnd()}…`
}

/**
 * A short, safe excerpt of a response body that is not JSON: the `<title>` of
 * an HTML page (or its text without tags), never the markup itself.
 */
export function bodyExcerpt(body: string, max = 120): string {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(body.slice(0, 20_000))?.[1]
  const text =
    title ??
    body
      .slice(0, 20_000)
      .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<[^>]*>?/g, ' ')
  return safeText(decodeEntities(text), max)
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

function decodeEntities(text: string): string {
  return text
    .replace(/&(#\d{1,6}|[a-z]{2,6});/gi, (match, name: string) => {
      if (name[0] === '#') {
        const cp = Number(name.slice(1))
        return cp > 0 && cp < 0x110000 ? String.fromCodePoint(cp) : match
      }
      return ENTITIES[name.toLowerCase()] ?? match
    })
    .replace(/[<>]/g, ' ')
}
