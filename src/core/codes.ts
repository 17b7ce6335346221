/**
 * The catalog of every code the Stardust API documents: what it is about
 * (family), how loud it should be (severity), whether retrying can help, and
 * the request field it names. The API's own English text is not here (the
 * server sends it with every failure); it lives in `apiTexts.json` for tests
 * and the catalog browser.
 */
import { matchesEndpoint } from './endpoints.js'

import type { CodeArgument, StardustCodeKey } from './register.js'

export type StardustFamily =
  | 'workflowTemplate'
  | 'campaign'
  | 'workflow'
  | 'annotationRequest'
  | 'folder'
  | 'pool'
  | 'scene'
  | 'taxonomy'
  | 'sampling'
  | 'dataset'
  | 'file'
  | 'project'
  | 'auth'
  | 'request'
  | 'server'
  | 'success'

export type StardustSeverity = 'info' | 'warning' | 'error'

export interface CodeInfo {
  code: number
  /**
   * The catalog key of this meaning of the code: the code itself, or
   * `<code>_<variant>` where the API uses one code for two meanings
   * (51002 is both "Unknown annotation type." and "Unknown campaignType.").
   */
  key: string
  family: StardustFamily
  severity: StardustSeverity
  /** Whether sending the same request again can succeed. */
  retryable: boolean
  /** The request field the code is about, when it names one (51004 → `campaignName`). */
  field: string | null
}

/** What an app passes to {@link registerCodes} for a code of its own (or to override one of ours). */
export interface CodeDefinition {
  family: StardustFamily | (string & {})
  severity?: StardustSeverity
  retryable?: boolean
  field?: string | null
  /**
   * Only for errors from this request (`'POST /campaign/create'`, or several):
   * the meaning this code has there. The base path (`/rosetta-open`) may be left
   * out, and a `{param}` segment matches any segment. Give the entry its own
   * catalog key (`'61001_export'`) when the code has another meaning elsewhere.
   */
  endpoint?: string | readonly string[]
}

// One entry per documented meaning: `code family [flags] [field]`.
// Flags: e = error severity, i = info severity (default: warning), r = retryable.
// Family abbreviations are expanded by FAMILIES below.
const TABLE = `
200 ok i,400 rq,401 au e,402 au e,403 au e,404 rq,500 sv er,
4005 rq,5308 ds - datasetId,5509 wf - workflow,5523 wf - workflow,5606 po - poolName,
5707 fi - uploadFile,5708 fi - uploadFile,5709 fi - uploadFile,5710 fi,
5801 pr - name,5802 pr - projectId,5836 fo - name,5837 pr e,5838 pr - dataType,5839 pr - operators,
5840 pr - projectManager,5841 wf - workflow,5843 wf,5844 wf,5845 wf - workflowId,
2000 ok i,5000 sv er,
50522 wt - nodes,50523 wt,50524 wt - name,50524_templateNotFound wt - workflowType,50525 wt - nodes,
50526 wt - edges,50527 wt - edges,50528 wt - nodes,50529 wt - name,50530 wt - nodes,50531 wt - edges,
51000 ca,51001 ca,51002 ca,51002_campaignType ca - campaignType,51003 ca - campaignId,51004 ca - campaignName,
51005 ca er,51006 ca - campaignId,51007 ca - workflowType,51008 ca - campaignId,51009 ca - campaignName,
52001 wf er,52002 wf,52003 wf - operatorKeys,
53001 ar,53002 ar er,53003 ar - annotationRequestId,53004 ar - annotationRequestId,
53005 ar - annotationRequestName,53006 ar,53007 fo,
54001 fo,54001_aliceName rq - aliceName,54002 fo - helixProjectId,54002_dateRange rq,54003 fo - name,54004 fo - helixProjectId,54005 fo er,
54006 fo - folderName,54007 fo - folderName,54008 fo - helixStatus,54009 fo er,
54010 fo - helixBucketNameList,54011 fo - helixBucketNameList,54013 fo - helixBucketNameList,
55001 po er,55002 po,55003 po - poolName,55004 po - poolName,55005 po - poolName,
56001 sc - sceneId,
57001 tx - taxonomyDetails,57002 tx - taxonomyDetails,57003 tx - taxonomyVersionName,
57004 tx - taxonomyDetails,57005 tx - taxonomyDetails,57006 tx - taxonomyDetails,57012 tx - taxonomyDetails,
57008 sa - samplingPackageId,57015 sa - samplingRatio`

const FAMILIES: Record<string, StardustFamily> = {
  ok: 'success',
  rq: 'request',
  au: 'auth',
  sv: 'server',
  ds: 'dataset',
  wf: 'workflow',
  po: 'pool',
  fi: 'file',
  pr: 'project',
  fo: 'folder',
  wt: 'workflowTemplate',
  ca: 'campaign',
  ar: 'annotationRequest',
  sc: 'scene',
  tx: 'taxonomy',
  sa: 'sampling',
}

/**
 * Where the API uses one code for two meanings, the request that got it decides first: `[code, endpoint, key]`.
 * 50524 is "name taken" on the template page and "template not found" on create campaign; the statistics
 * endpoint (GET /statistics/effciency) reuses two folder codes for its query parameters.
 */
const ENDPOINT_VARIANTS: ReadonlyArray<[number, string, string]> = [
  [50524, 'POST /workflow/template', '50524'],
  [50524, 'POST /campaign/create', '50524_templateNotFound'],
  [54001, 'POST /folder/create', '54001'],
  [54002, 'POST /folder/create', '54002'],
  [54001, 'GET /statistics/effciency', '54001_aliceName'],
  [54002, 'GET /statistics/effciency', '54002_dateRange'],
]

/** Where no endpoint is known (or it is not one of the above), the server's text tells the meanings apart. */
const VARIANTS: Record<number, [variantKey: string, test: RegExp]> = {
  51002: ['51002_campaignType', /campaign\s*type/i],
  50524: ['50524_templateNotFound', /not\s+exist/i],
  // The statistics endpoint (GET /statistics/effciency) reuses two folder codes for its query parameters.
  54001: ['54001_aliceName', /alice\s*name/i],
  54002: ['54002_dateRange', /date\s+(format|out\s+of\s+range)/i],
}

// Families of codes nobody documented yet, by prefix, so a new 510xx code still reads as a campaign error.
const PREFIX_FAMILIES: Array<[RegExp, StardustFamily]> = [
  [/^505\d\d$/, 'workflowTemplate'],
  [/^510\d\d$/, 'campaign'],
  [/^520\d\d$/, 'workflow'],
  [/^530\d\d$/, 'annotationRequest'],
  [/^540\d\d$/, 'folder'],
  [/^550\d\d$/, 'pool'],
  [/^560\d\d$/, 'scene'],
  [/^570\d\d$/, 'taxonomy'],
  [/^53\d\d$/, 'dataset'],
  [/^57\d\d$/, 'file'],
  [/^58\d\d$/, 'project'],
]

const builtIn = new Map<string, CodeInfo>()
for (const row of TABLE.split(',')) {
  const [key, fam, flags = '', field] = row.trim().split(' ') as [string, string, string?, string?]
  builtIn.set(key, {
    code: Number.parseInt(key, 10),
    key,
    family: FAMILIES[fam]!,
    severity: flags.includes('e') ? 'error' : flags.includes('i') ? 'info' : 'warning',
    retryable: flags.includes('r'),
    field: field ?? null,
  })
}

const custom = new Map<string, CodeInfo>()
/** Meanings registered for particular endpoints, newest first. */
let customByEndpoint: Array<{ endpoints: readonly string[]; info: CodeInfo }> = []

/**
 * Looks a code up in the catalog. Pass the server's message and the request
 * that got it (`error.endpoint`, which `stardustFetch` records) too: for the
 * codes the API uses with two meanings, the endpoint decides first, then the
 * server's text. Codes the catalog does not know return `undefined`.
 *
 * @example getCodeInfo(51004)?.field // 'campaignName'
 * getCodeInfo(50524, null, 'POST /rosetta-open/campaign/create')?.field // 'workflowType'
 */
export function getCodeInfo<C extends number>(
  code: CodeArgument<C> | null | undefined,
  serverMessage?: string | null,
  endpoint?: string | null,
): CodeInfo | undefined {
  if (code == null || !Number.isFinite(code)) return undefined
  const key = String(code)
  if (endpoint) {
    const registered = customByEndpoint.find((c) => c.info.code === code && c.endpoints.some((e) => matchesEndpoint(e, endpoint)))
    if (registered) return registered.info
    const known = ENDPOINT_VARIANTS.find(([c, e]) => c === code && matchesEndpoint(e, endpoint))
    if (known) return custom.get(known[2]) ?? builtIn.get(known[2])
  }
  const variant = VARIANTS[code]
  if (variant && serverMessage && variant[1].test(serverMessage)) {
    return custom.get(variant[0]) ?? builtIn.get(variant[0])
  }
  return custom.get(key) ?? builtIn.get(key)
}

/** The family of a code, from the catalog or, for an undocumented code, from its prefix. */
export function familyOf(code: number | null | undefined): StardustFamily | undefined {
  const info = getCodeInfo(code)
  if (info) return info.family
  if (code == null) return undefined
  const text = String(code)
  return PREFIX_FAMILIES.find(([test]) => test.test(text))?.[1]
}

/**
 * Code definitions keyed by {@link StardustCode} (or a `<code>_<variant>` key):
 * a misspelt code is a compile error. Declare your own codes in `Register`.
 */
export type CodeDefinitions = { [K in StardustCodeKey]?: CodeDefinition }

/**
 * Adds codes of your own to the catalog, or overrides ours. Later calls win.
 * Your own codes are declared in `Register` first, so their keys type-check.
 *
 * @example
 * registerCodes({ 61001: { family: 'campaign', field: 'campaignLabel' } })
 * // 61002 means something else when POST /campaign/export sends it: catalog key codes.61002_export
 * registerCodes({ '61002_export': { family: 'campaign', endpoint: 'POST /campaign/export', field: 'exportId' } })
 */
export function registerCodes(definitions: CodeDefinitions): void {
  revision++
  for (const [key, def] of Object.entries(definitions)) {
    const code = Number.parseInt(key, 10)
    if (!Number.isFinite(code) || def === undefined) continue
    const base = builtIn.get(key)
    const info: CodeInfo = {
      code,
      key,
      family: def.family as StardustFamily,
      severity: def.severity ?? base?.severity ?? 'warning',
      retryable: def.retryable ?? base?.retryable ?? false,
      field: def.field !== undefined ? def.field : (base?.field ?? null),
    }
    const endpoints = def.endpoint === undefined ? [] : typeof def.endpoint === 'string' ? [def.endpoint] : [...def.endpoint]
    if (endpoints.length > 0) customByEndpoint = [{ endpoints, info }, ...customByEndpoint.filter((c) => c.info.key !== key)]
    else custom.set(key, info)
  }
}

/** Removes every code added with {@link registerCodes}. Meant for tests. */
export function resetCodes(): void {
  revision++
  custom.clear()
  customByEndpoint = []
}

// Bumps whenever the catalog changes, so what was worked out from it (the resolution cache) is worked out again.
let revision = 0

/** How many times the code catalog changed (`registerCodes`, `resetCodes`): caches built on it compare it. */
export function codesRevision(): number {
  return revision
}

/** Every entry of the catalog, built-in and registered, one per meaning. */
export function listCodes(): CodeInfo[] {
  const all = new Map(builtIn)
  for (const { info } of customByEndpoint) if (!custom.has(info.key)) all.set(info.key, info)
  for (const [key, info] of custom) all.set(key, info)
  return [...all.values()].sort((a, b) => a.code - b.code || a.key.localeCompare(b.key))
}
