// Typed calls to the mocked Stardust API, for stories: stardustFetch with a timeout and the caller's signal,
// so every failure arrives as a StardustError the way it would in an app.
import { stardustFetch } from '../../src/core.js'
import type { Campaign, CampaignType, Folder } from './data.js'

export type { Campaign, CampaignType, Folder } from './data.js'

/** Where the API lives; the mocks answer on any host. */
export const API_BASE = '/rosetta-open'
/** Long enough for the `slow` fault (1.5 s), short enough that the `timeout` fault shows in a story. */
export const TIMEOUT_MS = 8000

export interface CallOptions {
  /** TanStack Query's `signal`, so a cancelled query aborts the request. */
  signal?: AbortSignal
}

export interface CreateCampaignInput {
  campaignId: string
  campaignName: string
  workflowType: string
  taxonomyVersionName: string
  folderName: string
  campaignType: CampaignType | (string & {})
}

export interface CreateFolderInput {
  helixProjectId: string
  name: string
  helixBucketNameList: string[]
}

export type WorkflowNodeType = 'DISTRIBUTION' | 'ANNOTATION' | 'CHECK' | 'SAMPLING' | 'ALGORITHM' | 'COMPLETE'

export interface CreateWorkflowTemplateInput {
  name: string
  nodes: Array<{ name: string; type: WorkflowNodeType }>
  edges: Array<{ from: string; to: string }>
}

function call<T>(path: string, { signal }: CallOptions, body?: unknown): Promise<T> {
  return stardustFetch<T>(`${API_BASE}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal,
    timeoutMs: TIMEOUT_MS,
  })
}

/** GET /campaign/list */
export function listCampaigns(options: CallOptions = {}): Promise<Campaign[]> {
  return call<Campaign[]>('/campaign/list', options)
}

/** POST /campaign/create: 51000 empty field, 51002 unknown campaignType, 50524 unknown workflowType, 51003/51004 taken. */
export function createCampaign(input: CreateCampaignInput, options: CallOptions = {}): Promise<Campaign> {
  return call<Campaign>('/campaign/create', options, input)
}

/** POST /folder/create: 54010 bucket path, 54011 bucket name over 255 bytes, 54013 unknown bucket, 54002/54003 taken. */
export function createFolder(input: CreateFolderInput, options: CallOptions = {}): Promise<Folder> {
  return call<Folder>('/folder/create', options, input)
}

/** GET /annotation-request: a success whose `errorSceneIdMap` lists the scenes that failed (`ar-missing`: status ID_NOT_EXISTS). */
export function getAnnotationRequest(annotationRequestId: string, options: CallOptions = {}): Promise<unknown> {
  return call<unknown>(`/annotation-request?annotationRequestId=${encodeURIComponent(annotationRequestId)}`, options)
}

/** POST /add-workforce: a success whose `failedUserList` names the annotators that were not added. 51006 unknown campaign. */
export function addWorkforce(
  input: { campaignId: string; poolName: string; aliceNameList: string[] },
  options: CallOptions = {},
): Promise<{ failedUserList: string[] }> {
  return call<{ failedUserList: string[] }>('/add-workforce', options, input)
}

/** POST /workflow/template: resolves with the template's name. 50528 over 20 pools, 50530, 50525, 50524 name taken. */
export function createWorkflowTemplate(input: CreateWorkflowTemplateInput, options: CallOptions = {}): Promise<string> {
  return call<string>('/workflow/template', options, input)
}
