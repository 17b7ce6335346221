// The server's own English words are marked as English inside any UI language.
import { act, screen } from '@testing-library/react'
import { useEffect } from 'react'
import { describe, expect, it } from 'vitest'
import ar from '../../locales/ar/stardust.json'
import { afterEach } from 'vitest'
import { registerCodes, resetCodes, StardustError } from '../../src/core.js'
import { FieldError } from '../../src/ui/FieldError.js'
import { useFieldErrors } from '../../src/ui/useFieldErrors.js'
import { ErrorFallback } from '../../src/ui/ErrorFallback.js'
import { useStardustToast } from '../../src/ui/useStardustToast.js'
import { renderWithKit } from './kit.js'

describe('server text inside a right-to-left UI', () => {
  // 99999 is no code of the catalog: the server's own English sentence is what the user reads.
  const unknown = new StardustError({ kind: 'api', code: 99999, requestId: 'ab'.repeat(16), serverMessage: 'Bucket quota exceeded (3/3).' })

  it('a toast marks the server’s words lang="en" dir="auto"', async () => {
    function Show() {
      const toast = useStardustToast()
      useEffect(() => void toast.show(unknown), []) // eslint-disable-line react-hooks/exhaustive-deps
      return null
    }
    await act(() => renderWithKit(<Show />, { locale: 'ar' }))
    const text = await screen.findByText('Bucket quota exceeded (3/3).', { selector: '.sdk-toast__message' })
    expect(text).toHaveAttribute('lang', 'en')
    expect(text).toHaveAttribute('dir', 'auto')
    // The kit's own words stay Arabic.
    expect(screen.getByRole('region', { name: ar.ui.notifications })).toHaveAttribute('lang', 'ar')
  })

  it('the fallback marks the server’s message and its details lang="en" dir="auto"', async () => {
    await renderWithKit(<ErrorFallback error={unknown} resetErrorBoundary={() => {}} />, { locale: 'ar', provider: { toaster: false } })
    const shown = screen.getAllByText('Bucket quota exceeded (3/3).', { ignore: false as unknown as string })
    expect(shown.length).toBeGreaterThanOrEqual(2)
    for (const element of shown) {
      expect(element).toHaveAttribute('lang', 'en')
      expect(element).toHaveAttribute('dir', 'auto')
    }
  })

  describe('next to a field', () => {
    afterEach(() => resetCodes())

    function BucketField({ error }: { error: unknown }) {
      const errors = useFieldErrors(error, ['helixBucketNameList'])
      return (
        <>
          <input aria-label="Bucket" {...errors.fieldProps('helixBucketNameList')} />
          <FieldError name="helixBucketNameList" errors={errors} />
        </>
      )
    }

    it('marks the server’s words of a code the catalog has no text for', async () => {
      // An app's own code and family that name a field, with no catalog text: the server's sentence is shown inline.
      registerCodes({ 99999: { family: 'storage', field: 'helixBucketNameList' } } as never)
      await renderWithKit(<BucketField error={unknown} />, { locale: 'ar', provider: { toaster: false } })
      const text = await screen.findByText('Bucket quota exceeded (3/3).')
      expect(text).toHaveAttribute('lang', 'en')
      expect(text).toHaveAttribute('dir', 'auto')
    })

    it('leaves the catalog’s own words in the UI’s language', async () => {
      const taken = new StardustError({
        kind: 'api',
        code: 51004,
        requestId: 'cd'.repeat(16),
        serverMessage: 'campaignName is already exists',
      })
      function Name() {
        const errors = useFieldErrors(taken, ['campaignName'])
        return <FieldError name="campaignName" errors={errors} />
      }
      await renderWithKit(<Name />, { locale: 'ar', provider: { toaster: false } })
      const text = await screen.findByText(ar.codes['51004'].message)
      expect(text.closest('[lang]')).toHaveAttribute('lang', 'ar')
      expect(text.closest('.sdk-field-error')).toHaveAttribute('lang', 'ar')
    })
  })
})
