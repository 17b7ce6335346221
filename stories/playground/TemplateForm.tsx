import { Fragment, type ReactNode } from 'react'
import { createWorkflowTemplate, type CreateWorkflowTemplateInput } from '../mocks/api.js'
import { ConsoleForm } from './ConsoleForm.js'
import { Field } from './Field.js'
import { formValues } from './formValues.js'
import { useConsoleMutation } from './useConsoleMutation.js'

/** API field → this form's field: the pool rules (50528 over 20 pools…) land on "Number of pools". */
const FIELDS = { nodes: 'poolCount', name: 'templateName' }

/** A chain of `count` pools: distribution, annotation passes, completion. */
function poolChain(name: string, count: number): CreateWorkflowTemplateInput {
  const nodes = Array.from({ length: count }, (_, i) => ({
    name: `pool-${i + 1}`,
    type: i === 0 ? ('DISTRIBUTION' as const) : i === count - 1 ? ('COMPLETE' as const) : ('ANNOTATION' as const),
  }))
  const edges = nodes.slice(1).map((node, i) => ({ from: nodes[i]!.name, to: node.name }))
  return { name, nodes, edges }
}

/** "Create workflow template": more than 20 pools answers 50528, shown on "Number of pools". */
export function TemplateForm(): ReactNode {
  const { mutation, errors, round } = useConsoleMutation((input: CreateWorkflowTemplateInput) => createWorkflowTemplate(input), FIELDS)
  const submit = (form: HTMLFormElement) => {
    const values = formValues(form, ['templateName', 'poolCount'])
    mutation.mutate(poolChain(values.templateName, Math.max(0, Math.floor(Number(values.poolCount)) || 0)))
  }
  return (
    <ConsoleForm
      label="Create workflow template"
      submitLabel="Create template"
      errors={errors}
      done={mutation.isSuccess ? 'Template created.' : null}
      onSubmit={submit}
    >
      <Fragment key={round}>
        <Field
          label="Template name"
          name="templateName"
          errors={errors}
          defaultValue={round === 0 ? 'review-two-pass' : `review-two-pass-${round + 1}`}
        />
        <Field label="Number of pools" name="poolCount" errors={errors} type="number" min={1} defaultValue="3" />
      </Fragment>
    </ConsoleForm>
  )
}
