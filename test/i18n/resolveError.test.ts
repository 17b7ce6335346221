import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { StardustError, listCodes, registerCodes, resetCodes } from '../../src/core.js'
import {
  addStardustResources,
  availableLocales,
  createStardustI18n,
  loadStardustLocale,
  matchLocale,
  resolveError,
} from '../../src/i18n.js'
import apiTexts from '../../src/core/apiTexts.json'
import en from '../../locales/en/stardust.json'

const api = (code: number, serverMessage: string, extra: Partial<ConstructorParameters<typeof StardustError>[0]> = {}) =>
  new StardustError({ kind: 'api', code, serverMessage, requestId: '2f6b0e3c9d6a4b8e9f1a2b3c4d5e6f70', ...extra })

async function instance(lng = 'en') {
  const i18n = createStardustI18n(lng)
  await loadStardustLocale(i18n, lng)
  return i18n
}

describe('the resolution chain', () => {
  it('uses the code’s own entry first, with the requestId', async () => {
    const r = resolveError(api(51004, 'campaignName is already exists.'), await instance())
    expect(r).toMatchObject({
      title: en.codes['51004'].title,
      message: en.codes['51004'].message,
      hint: en.codes['51004'].hint,
      requestId: '2f6b0e3c9d6a4b8e9f1a2b3c4d5e6f70',
      code: 51004,
      field: 'campaignName',
      source: 'codes.51004',
      retryable: false,
    })
  })

  it('tells the two meanings of 51002 apart by the server’s text', async () => {
    const i18n = await instance()
    expect(resolveError(api(51002, 'Unknown campaignType.'), i18n)).toMatchObject({
      source: 'codes.51002_campaignType',
      title: en.codes['51002_campaignType'].title,
      field: 'campaignType',
    })
    expect(resolveError(api(51002, 'Unknown annotation type.'), i18n)).toMatchObject({ source: 'codes.51002', field: null })
  })

  it('falls back to the family for an undocumented code of a known family', async () => {
    const r = resolveError(api(51099, 'Something new about campaigns.'), await instance())
    expect(r.source).toBe('families.campaign')
    expect(r.title).toBe(en.families.campaign.title)
  })

  it('then to the HTTP status when no envelope arrived', async () => {
    const r = resolveError(new StardustError({ kind: 'http', status: 502, bodyExcerpt: '502 Bad Gateway' }), await instance())
    expect(r).toMatchObject({ source: 'http.502', title: en.http['502'].title, retryable: true })
    const odd = resolveError(new StardustError({ kind: 'http', status: 507 }), await instance())
    expect(odd.source).toBe('http.500')
  })

  it.each(['network', 'timeout', 'malformed', 'aborted'] as const)('then to the failure kind: %s', async (kind) => {
    const r = resolveError(new StardustError({ kind }), await instance())
    expect(r.source).toBe(`kinds.${kind}`)
    expect(r.message).toBe(en.kinds[kind].message)
  })

  it('then to the server’s own message, as trimmed text', async () => {
    const r = resolveError(api(99999, '  The moon is in the wrong phase.\u202e  '), await instance())
    expect(r.source).toBe('server')
    expect(r.message).toBe('The moon is in the wrong phase.')
    expect(r.title).toBe(en.kinds.api.title)
  })

  it('and last to the generic message', async () => {
    const r = resolveError(undefined, await instance())
    expect(r).toMatchObject({ source: 'generic', title: en.generic.title, message: en.generic.message, requestId: null })
  })

  it('never returns a bare key or an empty string, even with no catalog loaded', () => {
    const bare = i18next.createInstance()
    void bare.init({ lng: 'en', resources: {}, initAsync: false })
    const r = resolveError(api(51004, ''), bare)
    expect(r.title.trim()).not.toBe('')
    expect(r.message.trim()).not.toBe('')
    expect(r.title).not.toMatch(/codes\.|generic\./)
  })
})

describe('values the server embeds', () => {
  it('carries the bucket name of 54013 into the message', async () => {
    const r = resolveError(
      api(54013, 'helixBucketName:[annotation-raw-eu] connection failed. Check whether the bucket exists.'),
      await instance(),
    )
    expect(r.message).toContain('annotation-raw-eu')
  })

  it('reads well without them when extraction fails', async () => {
    const r = resolveError(api(54013, 'connection failed.'), await instance())
    expect(r.message).toBe(en.codes['54013'].message)
    expect(r.message).not.toContain('{{')
  })

  it('carries the value, field and type of 57001, and the limit of 50528', async () => {
    const i18n = await instance()
    const taxonomy = resolveError(api(57001, apiTexts.find((t) => t.key === '57001')!.text), i18n)
    expect(taxonomy.message).toContain('123')
    expect(taxonomy.message).toContain('key')
    expect(taxonomy.message).toContain('number')
    expect(resolveError(api(50528, 'The number of pools exceeds the limit of 20.'), i18n).message).toContain('20')
  })

  it('shows hostile server values as inert text: no nesting, no interpolation, no markup', async () => {
    const i18n = await instance()
    const r = resolveError(
      api(54013, 'helixBucketName:[{{bucket}} $t(codes.51004.title) <img src=x onerror=alert(1)>] connection failed.'),
      i18n,
    )
    expect(r.message).toContain('{{bucket}} $t(codes.51004.title) <img src=x onerror=alert(1)>')
    expect(r.message).not.toContain(en.codes['51004'].title)
  })
})

describe('locales', () => {
  it('ships the five locales and matches language tags to them', () => {
    expect(availableLocales()).toEqual(expect.arrayContaining(['en', 'zh-CN', 'ja', 'de', 'ar']))
    expect(matchLocale('zh-TW')).toBe('zh-CN')
    expect(matchLocale('de-AT')).toBe('de')
    expect(matchLocale('ar_EG')).toBe('ar')
    expect(matchLocale('tlh')).toBe('en')
    expect(matchLocale(undefined)).toBe('en')
  })

  it.each(['zh-CN', 'ja', 'de', 'ar'])('%s: every code resolves to its own translated entry', async (lng) => {
    const i18n = await instance(lng)
    const english = await instance('en')
    // A failure envelope carrying a success code contradicts itself; it is covered in the reliability suite.
    for (const info of listCodes().filter((i) => i.family !== 'success')) {
      const text = apiTexts.find((t) => t.key === info.key)?.text ?? ''
      const r = resolveError(api(info.code, text), i18n, lng)
      expect(r.source, info.key).toBe(`codes.${info.key}`)
      expect(r.title.trim(), info.key).not.toBe('')
      expect(r.message, info.key).not.toMatch(/[<>]|\{\{|undefined|\[object Object\]/)
      expect(r.message, info.key).not.toBe(resolveError(api(info.code, text), english, 'en').message)
    }
  })

  it('falls back to English for a string a locale lacks', async () => {
    const i18n = createStardustI18n('de')
    await loadStardustLocale(i18n, 'en')
    addStardustResources(i18n, 'de', { codes: { '51004': { title: 'Kampagnenname vergeben' } } })
    const r = resolveError(api(51004, ''), i18n, 'de')
    expect(r.title).toBe('Kampagnenname vergeben')
    expect(r.message).toBe(en.codes['51004'].message)
  })

  it('an unknown locale resolves in English', async () => {
    const i18n = createStardustI18n('tlh')
    expect(await loadStardustLocale(i18n, 'tlh')).toBe('en')
    expect(resolveError(api(51004, ''), i18n, 'tlh').title).toBe(en.codes['51004'].title)
  })

  it('loads only the locales in use', async () => {
    const i18n = await instance('en')
    expect(i18n.hasResourceBundle('en', 'stardust')).toBe(true)
    for (const other of ['de', 'ja', 'zh-CN', 'ar']) expect(i18n.hasResourceBundle(other, 'stardust')).toBe(false)
    await loadStardustLocale(i18n, 'ja')
    expect(i18n.hasResourceBundle('ja', 'stardust')).toBe(true)
    expect(i18n.hasResourceBundle('de', 'stardust')).toBe(false)
  })

  it('adds its namespace to the app’s instance without touching its language or namespaces', async () => {
    const app = i18next.createInstance()
    await app.init({ lng: 'fr', fallbackLng: 'fr', resources: { fr: { translation: { hello: 'Bonjour' } } } })
    await loadStardustLocale(app, 'de')
    expect(app.language).toBe('fr')
    expect(app.t('hello')).toBe('Bonjour')
    expect(resolveError(api(51004, ''), app, 'de').title).not.toBe(en.codes['51004'].title)
  })

  it('shows an override at once, even after the same error was resolved', async () => {
    const i18n = await instance()
    const error = api(51004, '')
    expect(resolveError(error, i18n).hint).toBe(en.codes['51004'].hint)
    addStardustResources(i18n, 'en', { codes: { '51004': { hint: 'Campaign names are unique per workspace.' } } })
    expect(resolveError(error, i18n).hint).toBe('Campaign names are unique per workspace.')
  })

  it('renders right-to-left for Arabic', async () => {
    const i18n = await instance('ar')
    expect(i18n.dir('ar')).toBe('rtl')
  })
})

describe('registerCodes after a code was resolved', () => {
  it('field, severity and retryable follow the registration at once (the cache is not stale)', async () => {
    const i18n = createStardustI18n('en')
    await loadStardustLocale(i18n, 'en')
    const error = new StardustError({ kind: 'api', code: 61042, serverMessage: 'Quota exceeded' })
    const before = resolveError(error, i18n, 'en')
    expect(before).toMatchObject({ field: null, severity: 'warning', retryable: false })
    registerCodes({ 61042: { family: 'campaign', severity: 'error', retryable: true, field: 'quota' } })
    try {
      expect(resolveError(error, i18n, 'en')).toMatchObject({ field: 'quota', severity: 'error', retryable: true })
    } finally {
      resetCodes()
    }
    expect(resolveError(error, i18n, 'en')).toMatchObject({ field: null, severity: 'warning', retryable: false })
  })
})
