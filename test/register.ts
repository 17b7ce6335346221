// The codes and fields that tests and stories register as an app's own, declared the way an app declares
// them (`declare module 'stardust-error-kit'`; here the source module the package entry re-exports).
export {}

declare module '../src/core/register.js' {
  interface Register {
    codes: 61001 | 61042
    fields: 'campaignLabel' | 'quota' | 'type' | 'label' | 'exportFormat' | 'exportId'
  }
}
