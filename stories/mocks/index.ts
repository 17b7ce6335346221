// What stories import: the fault switch, the typed API calls and the handlers (for `msw.use` overrides).
export { mockApi } from './controller.js'
export type { FailNextOptions, MockCall, MockFailure, MockFault } from './controller.js'
export * from './api.js'
export { handlers } from './handlers.js'
export { KNOWN_BUCKETS, SEED_CAMPAIGNS, SEED_FOLDERS, SEED_TEMPLATES } from './data.js'
export { apiText, serverText } from './apiTexts.js'
export { fail, ok, newRequestId, serverDate } from './envelope.js'
