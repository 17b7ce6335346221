import { act, render, screen, waitFor } from '@testing-library/react'
import { createElement, type ReactElement } from 'react'
import hotToast, { Toaster as HotToaster } from 'react-hot-toast'
import { Toaster as SonnerToaster, toast as sonnerToast } from 'sonner'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { hotToastAdapter, sonnerAdapter, type HotToastLike, type SonnerLike } from '../../src/ui/adapters.js'
import type { ToastContent } from '../../src/ui/types.js'

const content = (extra: Partial<ToastContent> = {}): ToastContent => ({
  id: 'sdk-toast-1',
  severity: 'error',
  title: 'Campaign name taken',
  message: 'A campaign with this name already exists.',
  hint: 'Choose another name.',
  requestId: '2f6b0e3c9d6a4b8e9f1a2b3c4d5e6f70',
  requestIdLabel: 'Request ID',
  code: 51004,
  count: 1,
  action: null,
  duration: 12000,
  onDismiss: vi.fn(),
  ...extra,
})

const fakeSonner = () => ({ error: vi.fn(), warning: vi.fn(), info: vi.fn(), dismiss: vi.fn() }) satisfies SonnerLike
const fakeHotToast = () => Object.assign(vi.fn(), { error: vi.fn(), dismiss: vi.fn() }) satisfies HotToastLike

describe('sonnerAdapter', () => {
  it('calls the method of the toast’s severity with the title, id, description and duration', () => {
    const toast = fakeSonner()
    const adapter = sonnerAdapter(toast)
    adapter.show(content())
    adapter.show(content({ id: 'w', severity: 'warning', hint: null, duration: Infinity }))
    adapter.show(content({ id: 'i', severity: 'info' }))

    expect(toast.error).toHaveBeenCalledWith('Campaign name taken', {
      id: 'sdk-toast-1',
      description: 'A campaign with this name already exists. Choose another name. Request ID: 2f6b0e3c9d6a4b8e9f1a2b3c4d5e6f70',
      duration: 12000,
      action: undefined,
      onDismiss: expect.any(Function),
      onAutoClose: expect.any(Function),
    })
    expect(toast.warning).toHaveBeenCalledWith(
      'Campaign name taken',
      expect.objectContaining({
        id: 'w',
        description: 'A campaign with this name already exists. Request ID: 2f6b0e3c9d6a4b8e9f1a2b3c4d5e6f70',
        duration: Infinity,
      }),
    )
    expect(toast.info).toHaveBeenCalledWith('Campaign name taken', expect.objectContaining({ id: 'i' }))
  })

  it('turns "Try again" into sonner’s action button', () => {
    const toast = fakeSonner()
    const onClick = vi.fn()
    sonnerAdapter(toast).show(content({ action: { label: 'Try again', onClick } }))

    const { action } = toast.error.mock.calls[0]![1] as { action: { label: string; onClick: (event: unknown) => void } }
    expect(action.label).toBe('Try again')
    action.onClick({ type: 'click' })
    expect(onClick).toHaveBeenCalledWith()
  })

  it('dismisses by id', () => {
    const toast = fakeSonner()
    sonnerAdapter(toast).dismiss('sdk-toast-1')
    expect(toast.dismiss).toHaveBeenCalledWith('sdk-toast-1')
  })
})

describe('hotToastAdapter', () => {
  it('shows an error with toast.error, as plain text, announced assertively', () => {
    const toast = fakeHotToast()
    hotToastAdapter(toast).show(content())
    expect(toast.error).toHaveBeenCalledWith(
      'Campaign name taken — A campaign with this name already exists. Choose another name. Request ID: 2f6b0e3c9d6a4b8e9f1a2b3c4d5e6f70',
      {
        id: 'sdk-toast-1',
        // One clock per toast: the kit's; react-hot-toast gets none of its own.
        duration: Infinity,
        ariaProps: { role: 'alert', 'aria-live': 'assertive' },
      },
    )
    expect(toast).not.toHaveBeenCalled()
  })

  it('shows warnings and notices with toast() and an icon', () => {
    const toast = fakeHotToast()
    const adapter = hotToastAdapter(toast)
    adapter.show(content({ severity: 'warning', hint: null }))
    adapter.show(content({ id: 'i', severity: 'info', hint: null }))
    expect(toast).toHaveBeenNthCalledWith(
      1,
      'Campaign name taken — A campaign with this name already exists. Request ID: 2f6b0e3c9d6a4b8e9f1a2b3c4d5e6f70',
      { id: 'sdk-toast-1', duration: Infinity, icon: '⚠️' },
    )
    expect(toast).toHaveBeenNthCalledWith(2, expect.any(String), expect.objectContaining({ id: 'i', icon: 'ℹ️' }))
    expect(toast.error).not.toHaveBeenCalled()
  })

  it('adds a "Try again" button after the text when retrying can help; it retries and dismisses the toast', () => {
    const toast = fakeHotToast()
    const onClick = vi.fn()
    hotToastAdapter(toast).show(content({ action: { label: 'Try again', onClick } }))

    const [message, options] = toast.error.mock.calls[0]! as [(t: { id: string }) => ReactElement, object]
    expect(options).toEqual({ id: 'sdk-toast-1', duration: Infinity, ariaProps: { role: 'alert', 'aria-live': 'assertive' } })
    expect(typeof message).toBe('function')
    render(message({ id: 'sdk-toast-1' }))
    expect(screen.getByText(/^Campaign name taken — A campaign with this name already exists\./)).toBeInTheDocument()
    screen.getByRole('button', { name: 'Try again' }).click()
    expect(onClick).toHaveBeenCalledOnce()
    expect(toast.dismiss).toHaveBeenCalledWith('sdk-toast-1')
  })

  it('renders server text in the "Try again" toast as text, never as markup', () => {
    const toast = fakeHotToast()
    const payload = '<img src=x onerror=alert(1)>'
    hotToastAdapter(toast).show(content({ message: payload, action: { label: 'Try again', onClick: vi.fn() } }))
    const [message] = toast.error.mock.calls[0]! as [(t: { id: string }) => ReactElement]
    const { container } = render(message({ id: 'sdk-toast-1' }))
    expect(container.querySelector('img')).toBeNull()
    expect(container).toHaveTextContent(payload)
  })

  it('dismisses by id', () => {
    const toast = fakeHotToast()
    hotToastAdapter(toast).dismiss('sdk-toast-1')
    expect(toast.dismiss).toHaveBeenCalledWith('sdk-toast-1')
  })
})

describe('with the real libraries', () => {
  // Both libraries animate with their own timers: let those run inside act() so React sees every update.
  const settle = (fn: () => void) =>
    act(async () => {
      fn()
      await new Promise((resolve) => setTimeout(resolve, 50))
    })

  afterEach(async () => {
    await settle(() => {
      sonnerToast.dismiss()
      hotToast.remove()
    })
    vi.unstubAllGlobals()
  })

  it('sonner accepts the calls: the title and description appear, an update keeps one toast, dismiss removes it', async () => {
    render(createElement(SonnerToaster))
    const adapter = sonnerAdapter(sonnerToast)
    const onClick = vi.fn()

    await settle(() => adapter.show(content({ action: { label: 'Try again', onClick } })))
    expect(screen.getByText('Campaign name taken')).toBeInTheDocument()
    expect(
      screen.getByText('A campaign with this name already exists. Choose another name. Request ID: 2f6b0e3c9d6a4b8e9f1a2b3c4d5e6f70'),
    ).toBeInTheDocument()
    await settle(() => screen.getByRole('button', { name: 'Try again' }).click())
    expect(onClick).toHaveBeenCalledOnce()

    await settle(() => adapter.show(content({ title: 'Campaign name taken (2)' })))
    expect(screen.getByText('Campaign name taken (2)')).toBeInTheDocument()
    expect(screen.queryByText('Campaign name taken')).toBeNull()

    await settle(() => adapter.dismiss('sdk-toast-1'))
    await waitFor(() => expect(screen.queryByText('Campaign name taken (2)')).toBeNull(), { timeout: 2000 })
  })

  it('sonner owns the toast’s lifetime: closing it in sonner tells the kit', async () => {
    render(createElement(SonnerToaster, { closeButton: true }))
    const onDismiss = vi.fn()
    const adapter = sonnerAdapter(sonnerToast)
    expect(adapter.ownsTimers).toBe(true)
    await settle(() => adapter.show(content({ onDismiss })))
    await settle(() => screen.getByRole('button', { name: /close/i }).click())
    await waitFor(() => expect(onDismiss).toHaveBeenCalled())
  })

  it('react-hot-toast accepts the calls: the text appears and dismiss hides it', async () => {
    // react-hot-toast asks whether motion is reduced; jsdom has no matchMedia.
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: false, media: query, addEventListener() {}, removeEventListener() {} }))
    render(createElement(HotToaster))
    const adapter = hotToastAdapter(hotToast)
    const text =
      'Campaign name taken — A campaign with this name already exists. Choose another name. Request ID: 2f6b0e3c9d6a4b8e9f1a2b3c4d5e6f70'

    await settle(() => adapter.show(content()))
    const shown = screen.getByText(text)
    expect(shown.closest('[role]')).toHaveAttribute('role', 'alert')

    await settle(() => adapter.show(content({ severity: 'warning', id: 'w', hint: null })))
    expect(
      screen.getByText('Campaign name taken — A campaign with this name already exists. Request ID: 2f6b0e3c9d6a4b8e9f1a2b3c4d5e6f70'),
    ).toBeInTheDocument()

    await settle(() => adapter.dismiss('sdk-toast-1'))
    await waitFor(() => expect(screen.queryByText(text)).toBeNull(), { timeout: 3000 })
  })

  it('react-hot-toast shows "Try again" inside the toast; a click retries and dismisses it', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: false, media: query, addEventListener() {}, removeEventListener() {} }))
    render(createElement(HotToaster))
    const onClick = vi.fn()

    await settle(() => hotToastAdapter(hotToast).show(content({ action: { label: 'Try again', onClick } })))
    const button = screen.getByRole('button', { name: 'Try again' })
    expect(button.closest('[role]')).toHaveAttribute('role', 'alert')
    await settle(() => button.click())
    expect(onClick).toHaveBeenCalledOnce()
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull(), { timeout: 3000 })
  })
})
