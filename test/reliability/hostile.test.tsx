// Hostile text: markup, `javascript:` URLs and i18next syntax in a server message, in the field name of
// 51000 and in the bucket name of 54013. Shown as inert text in every component and every locale; i18next's
// escaping and nesting cannot be turned against the kit through server text.
import { act, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import fc from 'fast-check'
import i18next, { type i18n as I18n } from 'i18next'
import { useEffect } from 'react'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import ja from '../../locales/ja/stardust.json'
import { redactText } from '../../src/core/redact.js'
import { StardustError } from '../../src/core/StardustError.js'
import { safeText } from '../../src/core/text.js'
import { addStardustResources, availableLocales, loadStardustLocale, NAMESPACE } from '../../src/i18n.js'
import { resolveError } from '../../src/i18n/resolveError.js'
import { ErrorSummary } from '../../src/ui/ErrorSummary.js'
import { FieldError } from '../../src/ui/FieldError.js'
import { StardustErrorBoundary } from '../../src/ui/StardustErrorBoundary.js'
import { useFieldErrors } from '../../src/ui/useFieldErrors.js'
import { useStardustError } from '../../src/ui/useStardustError.js'
import { useStardustToast } from '../../src/ui/useStardustToast.js'
import { restoreClipboard, setClipboard } from '../ui/clipboard.js'
import { renderWithKit } from '../ui/kit.js'
import { flushReport, record } from './report.js'
import { RUNS, TIMEOUT, UNSAFE, check, checkPresentation, loadEveryLocale, serverParts, settle, watchConsole } from './support.js'

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(document.cookie)</script>',
  'javascript:alert(1)',
  '<a href="javascript:alert(1)">open</a>',
  '"><svg onload=alert(1)>',
  '{{x}}',
  '{{bucket}}',
  '{{- field}}',
  '$t(codes.51004.title)',
  '$t(ui.copied, {"lng": "de"})',
  'invoice\u202efdp.exe\u202c \u2066isolated\u2069 zero\u200bwidth \u0007bell',
]
/** The three places server text reaches the UI: a message of its own, 51000's field, 54013's bucket. */
const carriers = (hostile: string) => [
  new StardustError({ kind: 'api', code: 99999, requestId: 'a1'.repeat(16), serverMessage: hostile }),
  new StardustError({ kind: 'api', code: 51000, requestId: 'b2'.repeat(16), serverMessage: `field : ${hostile} can't be empty.` }),
  new StardustError({
    kind: 'api',
    code: 54013,
    requestId: 'c3'.repeat(16),
    serverMessage: `helixBucketName:[${hostile}] connection failed.`,
  }),
]
/** What a user may see of it: the server text as the kit shows it (trimmed, cleaned, scrubbed). */
const shown = (text: string, max?: number) => redactText(safeText(text, max))

let locales: Array<[string, I18n]> = []
const watch = watchConsole([/The above error occurred in the <\w+> component/])
beforeAll(async () => {
  locales = await loadEveryLocale()
})
afterAll(() => flushReport('hostile', RUNS))

/** The title of 51004 in a locale: `$t(codes.51004.title)` must never turn into it. */
const title51004 = (i18n: I18n, lng: string) => resolveError(new StardustError({ kind: 'api', code: 51004 }), i18n, lng).title

describe('hostile server text, resolved in every locale', () => {
  const piece = fc.oneof(
    fc.constantFrom(...HOSTILE),
    fc.string({ maxLength: 8 }),
    fc.constantFrom('{{', '}}', '$t(', ')', '<', '>', 'nesting', ' '),
  )
  const hostileText = fc.array(piece, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(''))

  it(
    'is never interpolated, nested or turned into markup of the kit’s own',
    () => {
      const titles = new Map(locales.map(([lng, i18n]) => [lng, title51004(i18n, lng)]))
      fc.assert(
        fc.property(hostileText, fc.constantFrom(0, 1, 2), (text, which) => {
          const error = carriers(text)[which]!
          const parts = serverParts(error)
          for (const [lng, i18n] of locales) {
            const r = resolveError(error, i18n, lng)
            checkPresentation(r, error, lng, parts)
            const all = `${r.title}\n${r.message}\n${r.hint ?? ''}\n${r.serverMessage ?? ''}`
            if (!parts.some((part) => part.includes(titles.get(lng)!)))
              check(!all.includes(titles.get(lng)!), `[${lng}] $t() was nested: ${all}`)
            if (
              r.source === 'codes.54013' &&
              r.message !== resolveError(new StardustError({ kind: 'api', code: 54013 }), i18n, lng).message
            ) {
              const bucket = /helixBucketName\s*:\s*\[([^\]]*)\]/i.exec(error.serverMessage!)![1]!.trim()
              check(r.message.includes(shown(bucket, 100)), `[${lng}] the bucket was not inserted as it is: ${r.message}`)
            }
          }
        }),
        { numRuns: RUNS },
      )
      record({ inputs: RUNS })
    },
    TIMEOUT,
  )

  it('an app instance that escapes values (i18next’s default) does not mangle or unescape server text', async () => {
    const app = i18next.createInstance()
    await app.init({ lng: 'en', resources: {}, interpolation: { escapeValue: true } })
    await loadStardustLocale(app, 'en')
    addStardustResources(app, 'en', { codes: { '54013': { hint: 'Check {{bucket}}.' } } })
    for (const hostile of HOSTILE) {
      const [, , bucketError] = carriers(hostile)
      const r = resolveError(bucketError!, app, 'en')
      expect(r.message).toContain(shown(hostile, 100))
      expect(r.message).not.toMatch(/&lt;|&gt;|&quot;|&#/)
    }
    expect(app.hasResourceBundle('en', NAMESPACE)).toBe(true)
    record({ inputs: HOSTILE.length })
  })
})

// ---- rendered: every component, every locale -----------------------------------------------------------

function Thrower({ error }: { error: unknown }): never {
  throw error
}

function Screen({ errors }: { errors: StardustError[] }) {
  const toast = useStardustToast()
  const views = [useStardustError(errors[0]), useStardustError(errors[1]), useStardustError(errors[2])]
  const form51000 = useFieldErrors(errors[1], true)
  const form54013 = useFieldErrors(errors[2], true)
  useEffect(() => {
    for (const error of errors) toast.show(error)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  return (
    <>
      {views.map((view, i) => (
        <p key={i} data-testid={`view-${i}`}>
          {view?.title} | {view?.message} | {view?.hint} | {view?.serverMessage}
        </p>
      ))}
      {Object.keys(form51000.errors).map((name) => (
        <FieldError key={name} name={name} errors={form51000} />
      ))}
      <input id="bucket" {...form54013.fieldProps('helixBucketNameList')} />
      <FieldError name="helixBucketNameList" errors={form54013} />
      <ErrorSummary errors={form54013} />
      {errors.map((error, i) => (
        <StardustErrorBoundary key={i}>
          <Thrower error={error} />
        </StardustErrorBoundary>
      ))}
    </>
  )
}

/** No element or attribute that could run script, anywhere in the document. */
function expectInert(): void {
  expect(
    document.querySelectorAll('img, script, iframe, object, embed, link, style, meta, base, form, a[href^="javascript" i]'),
  ).toHaveLength(0)
  for (const element of document.body.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      expect(attribute.name.startsWith('on'), `${element.tagName} has ${attribute.name}`).toBe(false)
      if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attribute.name))
        expect(attribute.value).not.toMatch(/^\s*javascript:/i)
    }
  }
  // The only SVG is the toast's own close icon.
  for (const svg of document.querySelectorAll('svg')) expect(svg.closest('.sdk-toast__close')).not.toBeNull()
}

const COMPONENTS = ['Toaster', 'ErrorFallback', 'FieldError', 'ErrorSummary', 'useStardustError'] as const

describe.each(availableLocales())('hostile server text, rendered (%s)', (lng) => {
  it.each(HOSTILE)('%s is inert text in every component', async (hostile) => {
    const errors = carriers(hostile)
    await act(() => renderWithKit(<Screen errors={errors} />, { locale: lng, provider: { toastLimit: 5 } }))
    await waitFor(() => expect(document.querySelectorAll('li.sdk-toast')).toHaveLength(3))
    await waitFor(() => expect(document.querySelectorAll('.sdk-fallback')).toHaveLength(3))
    await act(settle)
    expectInert()
    // bidi overrides, isolates, zero-width and control characters never reach the page
    expect(document.body.textContent).not.toMatch(UNSAFE)

    const i18n = locales.find(([l]) => l === lng)![1]
    const text = document.body.textContent ?? ''
    expect(text).not.toContain(title51004(i18n, lng))
    expect(text).not.toContain(title51004(locales[0]![1], 'en'))

    // The server's own message (code 99999) is shown as it came: in the toast, the fallback and the hook.
    const literal = shown(hostile)
    const [toastOwn] = [...document.querySelectorAll('li.sdk-toast')].filter((li) => li.textContent!.includes(literal))
    expect(toastOwn, 'the toast shows the literal text').toBeDefined()
    expect(screen.getByTestId('view-0')).toHaveTextContent(literal, { normalizeWhitespace: false })
    // Every fallback's details carry the server's words literally; 54013's message carries the bucket.
    const fallbacks = [...document.querySelectorAll('.sdk-fallback')]
    errors.forEach((error, i) => expect(fallbacks[i]!.querySelector('dd[lang="en"]')!.textContent).toBe(shown(error.serverMessage!)))
    // The field shows the message, then the catalog's advice; the summary links the message.
    const fieldText = document.querySelector('.sdk-field-error__message')!.textContent!
    expect(fieldText).toContain(shown(hostile, 100))
    expect(screen.getByTestId('view-2')).toHaveTextContent(shown(hostile, 100), { normalizeWhitespace: false })
    const summaryText = document.querySelector('.sdk-error-summary a')!.textContent!
    expect(fieldText.startsWith(summaryText)).toBe(true)

    expect(watch.unexpected()).toEqual([])
    expect(watch.rejections).toEqual([])
    record({ inputs: 3, hostileRenders: COMPONENTS.length })
  })
})

describe('field names that are object keys', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'])(
    '51000 naming %s shows inline and pollutes nothing',
    async (name) => {
      const error = new StardustError({
        kind: 'api',
        code: 51000,
        requestId: 'd4'.repeat(16),
        serverMessage: `field : ${name} can't be empty.`,
      })
      function Form() {
        const form = useFieldErrors(error, true)
        const view = useStardustError(error)
        return (
          <>
            <input {...form.fieldProps(name)} />
            <FieldError name={name} errors={form} />
            <p data-testid="fields">{JSON.stringify(view?.fieldErrors)}</p>
            <p data-testid="other">{String(form.has('somethingElse'))}</p>
          </>
        )
      }
      await act(() => renderWithKit(<Form />, { locale: 'de' }))
      expect(document.querySelector('.sdk-field-error')).toHaveTextContent(name)
      expect(JSON.parse(screen.getByTestId('fields').textContent!)).toHaveProperty([name])
      expect(screen.getByTestId('other')).toHaveTextContent('false')
      expect(Object.getPrototypeOf({})).toBe(Object.prototype)
      if (name !== '__proto__') expect(Object.prototype.hasOwnProperty.call({}, name)).toBe(false)
      expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted')
      expect(watch.unexpected()).toEqual([])
      record({ inputs: 1, hostileRenders: 2 })
    },
  )
})

describe('huge server text, rendered', () => {
  it('a 1 MB message is cut where it is shown; support details copy a long one whole', async () => {
    const huge = `Service hiccuped: ${'x'.repeat(1024 * 1024)} END`
    const long = 'Campaign name is already exists. '.repeat(45).trim()
    const errors = [
      new StardustError({ kind: 'api', code: 99999, requestId: 'e5'.repeat(16), serverMessage: huge }),
      new StardustError({ kind: 'api', code: 5000, requestId: 'f6'.repeat(16), serverMessage: long }),
    ]
    const written: string[] = []
    const user = userEvent.setup()
    setClipboard({ writeText: (text: string) => (written.push(text), Promise.resolve()) })
    function Huge() {
      const toast = useStardustToast()
      useEffect(() => {
        for (const error of errors) toast.show(error)
        // eslint-disable-next-line react-hooks/exhaustive-deps
      }, [])
      return (
        <>
          {errors.map((error, i) => (
            <StardustErrorBoundary key={i}>
              <Thrower error={error} />
            </StardustErrorBoundary>
          ))}
        </>
      )
    }
    try {
      await act(() => renderWithKit(<Huge />, { locale: 'ja' }))
      await waitFor(() => expect(document.querySelectorAll('li.sdk-toast')).toHaveLength(2))
      // Both messages at their full length would be over a million characters.
      expect((document.body.textContent ?? '').length).toBeLessThan(10_000)
      const buttons = screen.getAllByRole('button', { name: ja.ui.copySupportDetails })
      for (const button of buttons) await user.click(button)
      await waitFor(() => expect(written).toHaveLength(2))
      const [hugeDetails, longDetails] = written as [string, string]
      expect(hugeDetails.length).toBeLessThan(3_000)
      expect(hugeDetails).toContain('Message: Service hiccuped: xxx')
      expect(longDetails).toContain(`Message: ${long}`)
      expect(long.length).toBeGreaterThan(500)
    } finally {
      restoreClipboard()
    }
    record({ inputs: 2, hostileRenders: 2 })
  })
})
