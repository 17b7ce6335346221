// The mocked server's data: a few campaigns, folders and workflow templates, restored on every mockApi.reset().
import { mockApi } from './controller.js'

export type CampaignType = 'POC' | 'Formal'

export interface Campaign {
  campaignId: string
  campaignName: string
  workflowType: string
  taxonomyVersionName: string
  folderName: string
  campaignType: CampaignType
}

export interface Folder {
  helixProjectId: string
  name: string
  helixBucketNameList: string[]
  helixStatus: 'active' | 'inactive'
}

export const SEED_CAMPAIGNS: readonly Campaign[] = [
  {
    campaignId: 'cmp-2025-001',
    campaignName: 'Highway lanes Q1',
    workflowType: 'Manual Template',
    taxonomyVersionName: 'lanes-v3',
    folderName: 'highway-eu',
    campaignType: 'Formal',
  },
  {
    campaignId: 'cmp-2025-002',
    campaignName: 'Parking lot pedestrians',
    workflowType: 'Prelabeling Template',
    taxonomyVersionName: 'pedestrians-v1',
    folderName: 'urban-cn',
    campaignType: 'POC',
  },
  {
    campaignId: 'cmp-2025-003',
    campaignName: 'Night-time traffic signs',
    workflowType: 'signs-two-pass',
    taxonomyVersionName: 'signs-v7',
    folderName: 'highway-eu',
    campaignType: 'Formal',
  },
]

export const SEED_FOLDERS: readonly Folder[] = [
  { helixProjectId: 'hp-1001', name: 'highway-eu', helixBucketNameList: ['annotation-raw-eu'], helixStatus: 'active' },
  { helixProjectId: 'hp-1002', name: 'urban-cn', helixBucketNameList: ['annotation-raw-cn'], helixStatus: 'active' },
]

/** Buckets the mocked server can connect to; any other name answers 54013. */
export const KNOWN_BUCKETS: readonly string[] = ['annotation-raw-eu', 'annotation-raw-cn', 'annotation-raw-us', 'lidar-archive']

/** Workflow templates `workflowType` may name; creating a template adds to them. */
export const SEED_TEMPLATES: readonly string[] = ['Manual Template', 'Prelabeling Template', 'signs-two-pass']

export const db = {
  campaigns: [...SEED_CAMPAIGNS],
  folders: [...SEED_FOLDERS],
  templates: [...SEED_TEMPLATES],
}

mockApi.onReset(() => {
  db.campaigns = SEED_CAMPAIGNS.map((c) => ({ ...c }))
  db.folders = SEED_FOLDERS.map((f) => ({ ...f, helixBucketNameList: [...f.helixBucketNameList] }))
  db.templates = [...SEED_TEMPLATES]
})
