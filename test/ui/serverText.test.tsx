// The server's own English words are marked as English inside any UI language.
import { act, screen } from '@testing-library/react'
import { useEffect } from 'react'
import { describe, expect, it } from 'vitest'
import ar from '../../locales/ar/stardust.json'
import { StardustError } from '../../src/core.js'
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
})
