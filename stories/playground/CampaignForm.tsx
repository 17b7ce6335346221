import { Fragment, type ReactNode } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { createCampaign, type CreateCampaignInput } from '../mocks/api.js'
import { campaignsKey } from './campaigns.js'
import { ConsoleForm } from './ConsoleForm.js'
import { Field } from './Field.js'
import { formValues } from './formValues.js'
import { useConsoleMutation } from './useConsoleMutation.js'

/** The request fields this form has: errors about them show inline, everything else toasts. */
const FIELDS = ['campaignName', 'campaignId', 'workflowType', 'taxonomyVersionName', 'folderName', 'campaignType'] as const

// "Other" sends a type the API does not know, so the mock answers 51002 "Unknown campaignType.".
const CAMPAIGN_TYPES = [
  { value: 'POC', label: 'POC' },
  { value: 'Formal', label: 'Formal' },
  { value: 'Pilot', label: 'Other' },
]

/** "Create campaign": 51004 (name taken), 51003 (ID taken), 51000, 51002 and 50524 show next to their field. */
export function CampaignForm(): ReactNode {
  const queryClient = useQueryClient()
  const { mutation, errors, round } = useConsoleMutation(
    (input: CreateCampaignInput) => createCampaign(input),
    [...FIELDS],
    () => void queryClient.invalidateQueries({ queryKey: campaignsKey }),
  )
  return (
    <ConsoleForm
      label="Create campaign"
      submitLabel="Create campaign"
      errors={errors}
      done={mutation.isSuccess ? 'Campaign created.' : null}
      onSubmit={(form) => mutation.mutate(formValues(form, FIELDS))}
    >
      {/* A new round after each success: the next campaign starts from fresh defaults (a free ID). */}
      <Fragment key={round}>
        <Field label="Campaign name" name="campaignName" errors={errors} />
        <Field label="Campaign ID" name="campaignId" errors={errors} defaultValue={`cmp-2025-${String(4 + round).padStart(3, '0')}`} />
        <Field label="Workflow type" name="workflowType" errors={errors} defaultValue="Manual Template" />
        <Field label="Taxonomy version" name="taxonomyVersionName" errors={errors} defaultValue="lanes-v4" />
        <Field label="Folder name" name="folderName" errors={errors} defaultValue="highway-eu" />
        <Field label="Campaign type" name="campaignType" errors={errors} defaultValue="POC" options={CAMPAIGN_TYPES} />
      </Fragment>
    </ConsoleForm>
  )
}
