// The toaster, the toast store, the default fallback, the adapter forwarding, the reporter and the reader of
// partial failures come in chunks of their own. Each test imports the kit afresh
// (vi.resetModules), so nothing is loaded yet: what a user sees in the moment before a chunk arrives,
// and which chunks an app never downloads.
import { act, render, screen, waitFor } from '@testing-library/react'
import { useEffect, type ComponentType } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

// Each part by the module that brings it: a test counts how often each was loaded. Only "never" (0) is
// exact: two imports of a part in flight at once can each run the mock's factory.
const PARTS = {
  toaster: '../../src/ui/Toaster.js',
  store: '../../src/ui/toastStore.js',
  fallback: '../../src/ui/ErrorFallback.js',
  forwarding: '../../src/ui/forwardToAdapter.js',
  reporter: '../../src/query/report.js',
  partial: '../../src/core/partialFailures.js',
} as const
type Part = keyof typeof PARTS
const loaded = { toaster: 0, store: 0, fallback: 0, forwarding: 0, reporter: 0, partial: 0 } satisfies Record<Part, number>

beforeEach(() => {
  vi.resetModules()
  for (const [part, path] of Object.entries(PARTS) as Array<[Part, string]>) {
    loaded[part] = 0
    vi.doMock(path, async (importOriginal) => {
      loaded[part]++
      return importOriginal()
    })
  }
})
afterEach(() => {
  for (const path of Object.values(PARTS)) vi.doUnmock(path)
})

// The modules an app imports, one by one (importing the whole entry would load every export).
async function freshKit() {
  const kit = {
    ...(await import('../../src/i18n.js')),
    ...(await import('../../src/core/toStardustError.js')),
    ...(await import('../../src/ui/StardustProvider.js')),
    ...(await import('../../src/ui/StardustErrorBoundary.js')),
    ...(await import('../../src/ui/useStardustToast.js')),
    ...(await import('../../src/query/meta.js')),
    ...(await import('@tanstack/react-query')),
  }
  const i18n = kit.createStardustI18n('en')
  await kit.loadStardustLocale(i18n, 'en')
  return { kit, i18n }
}

const outage = { code: 5000, data: null, date: '2026-12-05', message: 'internal error', requestId: 'ab'.repeat(16), success: false }

describe('the built-in toaster', () => {
  it('shows a failure raised before its chunk arrived, once it is there', async () => {
    const { kit, i18n } = await freshKit()
    function Fail() {
      const toast = kit.useStardustToast()
      useEffect(() => void toast.show(kit.toStardustError(outage)), [toast])
      return null
    }
    render(
      <kit.StardustProvider i18n={i18n} locale="en">
        <Fail />
      </kit.StardustProvider>,
    )
    // Not there in the first pass: the failure waits in the store…
    expect(screen.queryByRole('region', { name: 'Notifications' })).toBeNull()
    // …and shows once the toaster has loaded.
    expect(await screen.findByText('Temporary server problem', { selector: '.sdk-toast__title' }, { timeout: 5000 })).toBeVisible()
    expect(loaded.toaster).toBeGreaterThan(0)
  })

  it('is never downloaded with `toaster={false}` or an adapter', async () => {
    const { kit, i18n } = await freshKit()
    const adapter = { show: () => 'x', dismiss: () => {} }
    render(
      <>
        <kit.StardustProvider i18n={i18n} locale="en" toaster={false}>
          <p>own toaster</p>
        </kit.StardustProvider>
        <kit.StardustProvider i18n={i18n} locale="en" toastAdapter={adapter}>
          <p>adapter</p>
        </kit.StardustProvider>
      </>,
    )
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)))
    expect(loaded.toaster).toBe(0)
  })
})

describe('the toast store', () => {
  it('loads when the provider mounts; a failure shown before it arrived shows once it is there, and its id dismisses it', async () => {
    const { kit, i18n } = await freshKit()
    const shown: Array<string | null> = []
    function Fail() {
      const toast = kit.useStardustToast()
      useEffect(() => {
        shown.push(toast.show(kit.toStardustError(outage)))
        shown.push(toast.show(kit.toStardustError({ ...outage, requestId: 'cd'.repeat(16) })))
      }, [toast])
      return (
        <button type="button" onClick={() => toast.dismiss(shown[1]!)}>
          dismiss
        </button>
      )
    }
    render(
      <kit.StardustProvider i18n={i18n} locale="en">
        <Fail />
      </kit.StardustProvider>,
    )
    // Both failures were given an id at once, though the store was not there yet.
    expect(shown).toEqual(['sdk-toast-w1', 'sdk-toast-w2'])
    expect(await screen.findByText('Temporary server problem', { selector: '.sdk-toast__title' }, { timeout: 5000 })).toBeVisible()
    expect(loaded.store).toBeGreaterThan(0)
    // One outage, two requests: one toast, and the second failure's id dismisses it.
    expect(screen.getByText('Happened 2 times · from 2 requests')).toBeVisible()
    act(() => screen.getByRole('button', { name: 'dismiss' }).click())
    await waitFor(() => expect(screen.queryByText('Temporary server problem', { selector: '.sdk-toast__title' })).toBeNull())
  })

  it('is never downloaded for the English shown outside any provider', async () => {
    const { CopyRequestId } = await import('../../src/ui/CopyRequestId.js')
    render(<CopyRequestId requestId={outage.requestId} />)
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)))
    expect(screen.getByRole('button')).toBeVisible()
    expect(loaded.store).toBe(0)
  })
})

describe('the adapter forwarding', () => {
  it('is downloaded only with an adapter, and hands it the failures raised before it started', async () => {
    const { kit, i18n } = await freshKit()
    const shown: string[] = []
    const adapter = {
      show: (content: { title: string }) => {
        shown.push(content.title)
        return 'x'
      },
      dismiss: () => {},
    }
    function Fail() {
      const toast = kit.useStardustToast()
      useEffect(() => void toast.show(kit.toStardustError(outage)), [toast])
      return null
    }
    const plain = render(
      <kit.StardustProvider i18n={i18n} locale="en">
        <p>no adapter</p>
      </kit.StardustProvider>,
    )
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)))
    expect(loaded.forwarding).toBe(0)
    plain.unmount()

    render(
      <kit.StardustProvider i18n={i18n} locale="en" toastAdapter={adapter}>
        <Fail />
      </kit.StardustProvider>,
    )
    await waitFor(() => expect(shown).toEqual(['Temporary server problem']))
    expect(loaded.forwarding).toBeGreaterThan(0)
  })
})

describe('the reporter', () => {
  function Outage({ kit }: { kit: Awaited<ReturnType<typeof freshKit>>['kit'] }) {
    kit.useQuery({
      queryKey: ['campaigns'],
      queryFn: () => Promise.reject(kit.toStardustError(outage)),
      retry: false,
    })
    return null
  }

  it('is never downloaded without `onReport`', async () => {
    const { kit, i18n } = await freshKit()
    const client = new kit.QueryClient()
    render(
      <kit.QueryClientProvider client={client}>
        <kit.StardustProvider i18n={i18n} locale="en">
          <Outage kit={kit} />
        </kit.StardustProvider>
      </kit.QueryClientProvider>,
    )
    expect(await screen.findByText('Temporary server problem', { selector: '.sdk-toast__title' }, { timeout: 5000 })).toBeVisible()
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)))
    expect(loaded.reporter).toBe(0)
  })

  it('with `onReport`, reports a failure seen while it was still loading', async () => {
    const { kit, i18n } = await freshKit()
    const client = new kit.QueryClient()
    const onReport = vi.fn()
    render(
      <kit.QueryClientProvider client={client}>
        <kit.StardustProvider i18n={i18n} locale="en" onReport={onReport}>
          <Outage kit={kit} />
        </kit.StardustProvider>
      </kit.QueryClientProvider>,
    )
    await waitFor(() => expect(onReport).toHaveBeenCalledOnce())
    expect(onReport.mock.calls[0]![0]).toMatchObject({ code: 5000, placement: 'toast', count: 1, requestId: outage.requestId })
    expect(loaded.reporter).toBeGreaterThan(0)
  })
})

describe('the reader of partial failures', () => {
  // Data as the annotation-request endpoint answers it: one scene became a task, two failed.
  const partly = {
    status: 'FINISHED',
    successTaskMap: { t1: 's1' },
    errorSceneIdMap: { s2: 'Data type mismatch', s3: 'Scene id already exists' },
  }
  function Loads({
    kit,
    meta,
  }: {
    kit: Awaited<ReturnType<typeof freshKit>>['kit']
    meta?: ReturnType<typeof import('../../src/query/meta.js').stardustMeta>
  }) {
    const query = kit.useQuery({ queryKey: ['request'], queryFn: () => Promise.resolve(partly), meta })
    return <p>{query.status}</p>
  }

  // The built-in toaster's "Copy support details" lists failed items, so it brings the reader along:
  // the app here has a toaster of its own.
  it('is never downloaded while no query asks for partial failures', async () => {
    const { kit, i18n } = await freshKit()
    render(
      <kit.QueryClientProvider client={new kit.QueryClient()}>
        <kit.StardustProvider i18n={i18n} locale="en" toaster={false}>
          <Loads kit={kit} />
        </kit.StardustProvider>
      </kit.QueryClientProvider>,
    )
    expect(await screen.findByText('success')).toBeVisible()
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)))
    expect(loaded.partial).toBe(0)
  })

  it('loads when a query asks, and then the toast says what failed', async () => {
    const { kit, i18n } = await freshKit()
    const { useToasts } = await import('../../src/ui/useToasts.js')
    // A toaster of the app's own (useToasts brings no reader), so only the routing's request loads it.
    function Titles() {
      return (
        <ul>
          {useToasts().toasts.map((toast) => (
            <li key={toast.id}>{toast.title}</li>
          ))}
        </ul>
      )
    }
    render(
      <kit.QueryClientProvider client={new kit.QueryClient()}>
        <kit.StardustProvider i18n={i18n} locale="en" toaster={false}>
          <Loads kit={kit} meta={kit.stardustMeta({ partial: true })} />
          <Titles />
        </kit.StardustProvider>
      </kit.QueryClientProvider>,
    )
    expect(await screen.findByText('2 of 3 scenes failed', {}, { timeout: 5000 })).toBeVisible()
    expect(loaded.partial).toBeGreaterThan(0)
  })
})

describe('the default fallback', () => {
  function Boom(): never {
    throw new (class extends Error {})('render failed')
  }

  it('is fetched when a boundary without a fallback of its own mounts, before any error', async () => {
    const { kit, i18n } = await freshKit()
    render(
      <kit.StardustProvider i18n={i18n} locale="en" toaster={false}>
        <kit.StardustErrorBoundary>
          <p>fine</p>
        </kit.StardustErrorBoundary>
      </kit.StardustProvider>,
    )
    await waitFor(() => expect(loaded.fallback).toBeGreaterThan(0))
  })

  it('is never downloaded when the app brings its own fallback', async () => {
    const { kit, i18n } = await freshKit()
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const Own: ComponentType<{ resetErrorBoundary(): void }> = () => <p>our own fallback</p>
    render(
      <kit.StardustProvider i18n={i18n} locale="en" toaster={false}>
        <kit.StardustErrorBoundary FallbackComponent={Own}>
          <Boom />
        </kit.StardustErrorBoundary>
        <kit.StardustErrorBoundary fallbackRender={() => <p>rendered</p>}>
          <Boom />
        </kit.StardustErrorBoundary>
        <kit.StardustErrorBoundary fallback={null}>
          <Boom />
        </kit.StardustErrorBoundary>
      </kit.StardustProvider>,
    )
    expect(screen.getByText('our own fallback')).toBeVisible()
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)))
    expect(loaded.fallback).toBe(0)
    vi.mocked(console.error).mockRestore()
  })

  it('shows a plain localized fallback with "Try again" at once, then the full one', async () => {
    const { kit, i18n } = await freshKit()
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const failure = kit.toStardustError(outage)
    function Fails(): never {
      throw failure
    }
    render(
      <kit.StardustProvider i18n={i18n} locale="en" toaster={false}>
        <kit.StardustErrorBoundary>
          <Fails />
        </kit.StardustErrorBoundary>
      </kit.StardustProvider>,
    )
    // The first pass: never blank, never a second error.
    expect(screen.getByRole('alert')).toHaveTextContent('Temporary server problem')
    expect(screen.getByRole('button', { name: 'Try again' })).toBeVisible()
    // Then the full fallback, with the support affordances.
    expect(await screen.findByRole('button', { name: 'Copy support details' }, { timeout: 5000 })).toBeVisible()
    expect(screen.getAllByRole('alert')).toHaveLength(1)
    vi.mocked(console.error).mockRestore()
  })
})

describe('lazyComponent', () => {
  it('renders a chunk that cannot load as the simpler component, and tries again on the next mount', async () => {
    const { lazyComponent } = await import('../../src/ui/lazy.js')
    let attempts = 0
    const Part = lazyComponent<{ name: string }>(
      () => {
        attempts++
        return attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(({ name }) => <p>full {name}</p>)
      },
      ({ name }) => <p>simple {name}</p>,
    )
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    const first = render(<Part.Component name="a" fallback={<p>loading</p>} />)
    expect(screen.getByText('loading')).toBeVisible()
    expect(await screen.findByText('simple a')).toBeVisible()
    expect(logged).toHaveBeenCalledOnce()
    first.unmount()

    render(<Part.Component name="b" fallback={<p>loading</p>} />)
    expect(await screen.findByText('full b')).toBeVisible()
    expect(attempts).toBe(2)
    logged.mockRestore()
  })

  it('renders in the first pass once preloaded', async () => {
    const { lazyComponent } = await import('../../src/ui/lazy.js')
    const Part = lazyComponent<object>(
      () => Promise.resolve(() => <p>ready</p>),
      () => null,
    )
    await Part.preload()
    render(<Part.Component fallback={<p>loading</p>} />)
    expect(screen.getByText('ready')).toBeVisible()
  })
})
