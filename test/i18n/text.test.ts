import { describe, expect, it } from 'vitest'
import { createStardustI18n } from '../../src/i18n/createStardustI18n.js'
import { NAMESPACE } from '../../src/i18n/locales.js'
import { stardustText } from '../../src/i18n/text.js'

describe('stardustText', () => {
  it('shows a string the app changed at once, although the string was asked for before', () => {
    const i18n = createStardustI18n('en')
    i18n.addResourceBundle('en', NAMESPACE, { ui: { details: 'Details', occurrences_other: 'Happened {{count}} times' } })
    expect(stardustText(i18n, 'en', 'ui.details', 'Fallback')).toBe('Details')
    expect(stardustText(i18n, 'en', 'ui.occurrences', 'x', { count: 3 })).toBe('Happened 3 times')

    i18n.addResourceBundle('en', NAMESPACE, { ui: { details: 'More', occurrences_other: '{{count}}×' } }, true, true)
    expect(stardustText(i18n, 'en', 'ui.details', 'Fallback')).toBe('More')
    expect(stardustText(i18n, 'en', 'ui.occurrences', 'x', { count: 3 })).toBe('3×')
  })

  it('uses the fallback until a catalog loads, then the catalog', () => {
    const i18n = createStardustI18n('de')
    expect(stardustText(i18n, 'de', 'ui.details', 'Details')).toBe('Details')
    i18n.addResourceBundle('de', NAMESPACE, { ui: { details: 'Einzelheiten' } })
    expect(stardustText(i18n, 'de', 'ui.details', 'Details')).toBe('Einzelheiten')
  })

  it('keeps each count and each language apart', () => {
    const i18n = createStardustI18n('en')
    i18n.addResourceBundle('en', NAMESPACE, { ui: { occurrences_one: 'Once', occurrences_other: '{{count}} times' } })
    i18n.addResourceBundle('de', NAMESPACE, { ui: { occurrences_one: 'Einmal', occurrences_other: '{{count}}-mal' } })
    expect(stardustText(i18n, 'en', 'ui.occurrences', 'x', { count: 1 })).toBe('Once')
    expect(stardustText(i18n, 'en', 'ui.occurrences', 'x', { count: 2 })).toBe('2 times')
    expect(stardustText(i18n, 'de', 'ui.occurrences', 'x', { count: 2 })).toBe('2-mal')
  })
})
