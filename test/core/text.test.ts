import { safeText } from '../../src/core'
import { MAX_TEXT, bodyExcerpt } from '../../src/core/text'

const BIDI_CONTROL = /\p{Bidi_Control}/u
const CONTROL = /\p{Cc}/u

/** Every code point that has the Unicode Bidi_Control property (U+061C, U+200E/F, U+202A–E, U+2066–9). */
const bidiControls = (): string[] => {
  const out: string[] = []
  for (let cp = 0; cp <= 0x2fff; cp++) if (BIDI_CONTROL.test(String.fromCodePoint(cp))) out.push(String.fromCodePoint(cp))
  return out
}

describe('safeText', () => {
  it('leaves ordinary server text alone', () => {
    expect(safeText('campaignName is already exists.')).toBe('campaignName is already exists.')
    expect(safeText('文件夹不存在 — ça marche')).toBe('文件夹不存在 — ça marche')
  })

  it('strips the right-to-left override that makes text read backwards', () => {
    expect(safeText('invoice\u202Efdp.exe')).toBe('invoicefdp.exe')
    expect(safeText('a\u202Ab\u202Bc\u202Cd\u202De')).toBe('abcde')
  })

  it('strips every Bidi_Control character', () => {
    const controls = bidiControls()
    expect(controls.length).toBeGreaterThanOrEqual(12)
    for (const control of controls) {
      const out = safeText(`bucket${control}name`)
      expect(out, `U+${control.codePointAt(0)!.toString(16).toUpperCase()}`).toBe('bucketname')
    }
  })

  it('strips zero-width characters and the BOM', () => {
    expect(safeText('a\u200Bb\u200Cc\u200Dd\u2060e\uFEFFf')).toBe('abcdef')
  })

  it('strips control characters and keeps none', () => {
    const controls = Array.from({ length: 0xa0 }, (_, cp) => String.fromCharCode(cp)).filter((c) => CONTROL.test(c))
    const out = safeText(`start${controls.join('')}end`)
    expect(out).not.toMatch(CONTROL)
    expect(out).toMatch(/^start ?end$/)
    expect(safeText('a\u0000b\u0007c\u001bd\u007fe\u0085f')).toBe('abcdef')
  })

  it('collapses white space and trims', () => {
    expect(safeText('  Service hiccuped,  please try\tagain\n\nlater  ')).toBe('Service hiccuped, please try again later')
  })

  it('truncates at max characters with an ellipsis', () => {
    const out = safeText('word '.repeat(200), 50)
    expect(out.length).toBeLessThanOrEqual(50)
    expect(out.endsWith('…')).toBe(true)
    expect(out.startsWith('word word')).toBe(true)
  })

  it('uses 500 characters by default', () => {
    expect(MAX_TEXT).toBe(500)
    expect(safeText('x'.repeat(499))).toHaveLength(499)
    expect(safeText('x'.repeat(500))).toHaveLength(500)
    const cut = safeText('x'.repeat(10_000))
    expect(cut).toHaveLength(500)
    expect(cut.endsWith('…')).toBe(true)
  })

  it('does not cut a surrogate pair in half', () => {
    for (let pad = 0; pad < 4; pad++) {
      const out = safeText(`${'a'.repeat(pad)}${'😀'.repeat(20)}`, 10)
      expect(out.length).toBeLessThanOrEqual(10)
      expect(out, `pad ${pad}`).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/)
      expect(out.endsWith('…')).toBe(true)
    }
  })

  it('copes with huge input', () => {
    const out = safeText('\u202E'.repeat(100_000) + 'x'.repeat(1_000_000), 120)
    expect(out.length).toBeLessThanOrEqual(120)
    expect(out).not.toMatch(BIDI_CONTROL)
  })
})

describe('bodyExcerpt', () => {
  it('prefers the page title', () => {
    expect(bodyExcerpt('<html><head><title>504 Gateway Time-out</title></head><body><h1>504</h1></body></html>')).toBe(
      '504 Gateway Time-out',
    )
  })

  it('decodes entities but never lets markup back in', () => {
    const out = bodyExcerpt('<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#60;b&#62;</title>')
    expect(out).not.toMatch(/[<>]/)
    expect(out).toContain('alert(1)')
    expect(out).toContain('&')
  })

  it('drops scripts and styles from pages without a title', () => {
    const out = bodyExcerpt('<style>body{color:red}</style><script>steal()</script><p>Maintenance</p>')
    expect(out).toBe('Maintenance')
  })

  it('keeps a short plain-text body', () => {
    expect(bodyExcerpt('upstream connect error or disconnect/reset before headers')).toBe(
      'upstream connect error or disconnect/reset before headers',
    )
  })

  it('is at most 120 characters', () => {
    expect(bodyExcerpt(`<p>${'lorem ipsum '.repeat(10_000)}</p>`).length).toBeLessThanOrEqual(120)
  })
})
