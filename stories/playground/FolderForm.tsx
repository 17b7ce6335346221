import { Fragment, type ReactNode } from 'react'
import { createFolder, type CreateFolderInput } from '../mocks/api.js'
import { ConsoleForm } from './ConsoleForm.js'
import { Field } from './Field.js'
import { formValues } from './formValues.js'
import { useConsoleMutation } from './useConsoleMutation.js'

/** API field → this form's field: the bucket errors (54010, 54011, 54013) land on "Bucket names". */
const FIELDS = { name: 'folderName', helixProjectId: 'helixProjectId', helixBucketNameList: 'bucketNames' }

/** "Create folder": a bucket path, a name over 255 bytes or an unknown bucket shows on "Bucket names", naming the bucket. */
export function FolderForm(): ReactNode {
  const { mutation, errors, round } = useConsoleMutation((input: CreateFolderInput) => createFolder(input), FIELDS)
  const submit = (form: HTMLFormElement) => {
    const values = formValues(form, ['folderName', 'helixProjectId', 'bucketNames'])
    mutation.mutate({
      name: values.folderName,
      helixProjectId: values.helixProjectId,
      helixBucketNameList: values.bucketNames
        .split(',')
        .map((bucket) => bucket.trim())
        .filter(Boolean),
    })
  }
  const suffix = round === 0 ? '' : `-${round + 1}`
  return (
    <ConsoleForm
      label="Create folder"
      submitLabel="Create folder"
      errors={errors}
      done={mutation.isSuccess ? 'Folder created.' : null}
      onSubmit={submit}
    >
      <Fragment key={round}>
        <Field label="Folder name" name="folderName" errors={errors} defaultValue={`night-eu${suffix}`} />
        <Field label="Helix project ID" name="helixProjectId" errors={errors} defaultValue={`hp-${2001 + round}`} />
        <Field
          label="Bucket names"
          name="bucketNames"
          errors={errors}
          hint="Separate names with commas."
          defaultValue="annotation-raw-eu"
        />
      </Fragment>
    </ConsoleForm>
  )
}
