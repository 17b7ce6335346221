import { useState } from 'react'
import { useMutation } from '@tanstack/react-query'
import { stardustMeta, useFieldErrors, type FieldMap } from '../../src/index.js'

/**
 * A create form's mutation, wired the kit's way: the same field map goes to `stardustMeta({ fields })` (errors
 * about those fields are not toasted) and to `useFieldErrors` (they show inline). `round` counts successes, so
 * a form can start over with fresh defaults.
 */
export function useConsoleMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>, fields: FieldMap, onSuccess?: () => void) {
  const [round, setRound] = useState(0)
  const mutation = useMutation({
    mutationFn,
    meta: stardustMeta({ fields }),
    onSuccess: () => {
      setRound((value) => value + 1)
      onSuccess?.()
    },
  })
  const errors = useFieldErrors(mutation.error, fields)
  return { mutation, errors, round }
}
