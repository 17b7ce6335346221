/**
 * The attributes for text the server wrote: the Stardust API writes in
 * English whatever the UI's language, so a screen reader reads it with an
 * English voice (`lang="en"`), and its punctuation keeps its own direction
 * inside a right-to-left UI (`dir="auto"`). Nothing for the kit's own text.
 */
export function serverTextProps(fromServer: boolean): { lang?: 'en'; dir?: 'auto' } {
  return fromServer ? { lang: 'en', dir: 'auto' } : {}
}
