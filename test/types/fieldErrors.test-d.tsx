// Type tests, checked by `npm run typecheck` (tsc over test/): a typo in a field name is a compile error.
import { useMutation } from '@tanstack/react-query'
import { describe, expectTypeOf, it } from 'vitest'
import { FieldError, useFieldErrors } from '../../src/index.js'

describe('field names come from the field map', () => {
  it('fieldProps, has, clear and <FieldError name> take only the map’s names', () => {
    function Form() {
      const create = useMutation({ mutationFn: async () => null })
      const fromArray = useFieldErrors(create.error, ['campaignName', 'workflowType'])
      expectTypeOf(fromArray.fieldProps).parameter(0).toEqualTypeOf<'campaignName' | 'workflowType'>()
      fromArray.fieldProps('campaignName')
      // @ts-expect-error a misspelt field is a compile error
      fromArray.fieldProps('campaignNmae')
      // @ts-expect-error so is one the map does not list
      fromArray.has('folderName')

      const fromObject = useFieldErrors(create.error, { campaignName: 'name' })
      fromObject.clear('name')
      // @ts-expect-error the form's own name, not the API's
      fromObject.clear('campaignName')

      // Without a map, the API's names: any string.
      useFieldErrors(create.error).fieldProps('anything')
      return (
        <>
          <FieldError name="campaignName" errors={fromArray} />
          {/* @ts-expect-error not a field of this form */}
          <FieldError name="campaignNmae" errors={fromArray} />
        </>
      )
    }
    expectTypeOf(Form).toBeFunction()
  })
})
