// stardust-error-kit: the React entry. Everything of the framework-free entries is re-exported too,
// so an app imports from one place; bundlers drop what it does not use.
export * from './core.js'
export * from './i18n.js'

// TanStack Query glue
export type { StardustMeta, StardustQueryMeta } from './query/meta.js'
export { stardustMeta } from './query/meta.js'
export type { Placement } from './query/placement.js'
export { isAuthError } from './query/placement.js'
export { throwOnError } from './query/throwOnError.js'
export { shouldRedactErrors } from './query/ssr.js'
export type { DevtoolsErrorType } from './query/devtools.js'
export { stardustDevtoolsErrorTypes } from './query/devtools.js'

// Provider and context
export type { StardustProviderProps } from './ui/StardustProvider.js'
export { StardustProvider } from './ui/StardustProvider.js'
export { preloadStardust } from './ui/preload.js'
export type { StardustClassNames, StardustContextValue } from './ui/context.js'
export { useStardust } from './ui/context.js'

// Toasts
export type { StardustToast, ToastAdapter, ToastContent, ToastDurations, ToastPlacement, ToastSnapshot } from './ui/types.js'
export type { ToastNotice } from './ui/types.js'
export type { ToasterProps } from './ui/Toaster.js'
export { Toaster } from './ui/Toaster.js'
export type { ToastAnnouncerProps } from './ui/ToastAnnouncer.js'
export { ToastAnnouncer } from './ui/ToastAnnouncer.js'
export type { ToastView, UseToastsResult } from './ui/useToasts.js'
export { useToasts } from './ui/useToasts.js'
export type { HotToastLike, SonnerLike } from './ui/adapters.js'
export { hotToastAdapter, sonnerAdapter } from './ui/adapters.js'
export type { ShowToastOptions } from './ui/useStardustToast.js'
export { useStardustToast } from './ui/useStardustToast.js'

// Inline field errors
export type { FieldErrors, FieldProps } from './ui/useFieldErrors.js'
export { useFieldErrors } from './ui/useFieldErrors.js'
export type { FieldErrorProps } from './ui/FieldError.js'
export { FieldError } from './ui/FieldError.js'
export type { ErrorSummaryProps } from './ui/ErrorSummary.js'
export { ErrorSummary } from './ui/ErrorSummary.js'
export type { BoundSetFieldErrors, SetError, SetFieldErrorsOptions } from './ui/reactHookForm.js'
export { setFieldErrors, useSetFieldErrors } from './ui/reactHookForm.js'
export type { BoundSetFieldMetaErrors, FieldMetaForm, ServerErrorMeta, SetFieldMetaErrorsOptions } from './ui/tanstackForm.js'
export { setFieldMetaErrors, useSetFieldMetaErrors } from './ui/tanstackForm.js'

// Error boundary
export type {
  FallbackProps,
  ResetDetails,
  StardustErrorBoundaryHandle,
  StardustErrorBoundaryProps,
  UseErrorBoundaryResult,
} from './ui/StardustErrorBoundary.js'
export { StardustErrorBoundary, useErrorBoundary } from './ui/StardustErrorBoundary.js'
export { withErrorBoundary } from './ui/withErrorBoundary.js'
export { ErrorFallback } from './ui/ErrorFallback.js'

// Copy for support
export type { CopyRequestIdProps } from './ui/CopyRequestId.js'
export { CopyRequestId } from './ui/CopyRequestId.js'
export type { CopySupportDetailsProps } from './ui/CopySupportDetails.js'
export { CopySupportDetails } from './ui/CopySupportDetails.js'

// Failed items inside a success
export type { PartialFailuresView } from './ui/usePartialFailures.js'
export { usePartialFailures } from './ui/usePartialFailures.js'
export type { PartialFailureListProps } from './ui/PartialFailureList.js'
export { PartialFailureList } from './ui/PartialFailureList.js'

// Rendering errors yourself
export type { StardustErrorView } from './ui/useStardustError.js'
export { useStardustError } from './ui/useStardustError.js'
export type { StardustReport } from './query/report.js'
