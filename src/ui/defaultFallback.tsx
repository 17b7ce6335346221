import { cx } from './cx.js'
import type { FallbackProps } from './fallbackProps.js'
import { lazyComponent } from './lazy.js'
import { useStardustOrStandalone } from './standalone.js'

/**
 * What the boundary shows while the full {@link ErrorFallback} loads (or when it
 * cannot): the localized title, the catalog's message (never the server's raw
 * text: the full fallback shows that one redacted) and "Try again".
 */
function PlainFallback({ error, resetErrorBoundary }: FallbackProps) {
  const { resolve, text, dir, locale, classNames } = useStardustOrStandalone()
  const resolved = resolve(error)
  return (
    <div role="alert" dir={dir} lang={locale} className={cx('sdk-fallback', classNames.fallback)}>
      <h2 className="sdk-fallback__title">{resolved.title}</h2>
      {resolved.source !== 'server' && <p className="sdk-fallback__message">{resolved.message}</p>}
      <div className="sdk-fallback__actions">
        <button type="button" className={cx('sdk-button', 'sdk-button--primary', classNames.button)} onClick={() => resetErrorBoundary()}>
          {text('ui.tryAgain', 'Try again')}
        </button>
      </div>
    </div>
  )
}

const full = lazyComponent<FallbackProps>(() => import('./ErrorFallback.js').then((m) => m.ErrorFallback), PlainFallback)

/** Starts loading the default fallback: a boundary without a fallback of its own calls it when it mounts. */
export const preloadDefaultFallback = full.preload

/** The boundary's default fallback: {@link ErrorFallback}, from its own chunk (a plain one until it is there). */
export function DefaultFallback(props: FallbackProps) {
  return <full.Component {...props} fallback={<PlainFallback {...props} />} />
}
