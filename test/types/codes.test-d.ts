// Typed codes: a misspelt code, field, override or meta key is a compile error; the correct forms compile;
// codes that arrive at run time stay plain numbers.
import { useMutation, useQuery } from '@tanstack/react-query'
import {
  getCodeInfo,
  registerCodes,
  stardustMeta,
  useFieldErrors,
  type FieldMap,
  type StardustCode,
  type StardustError,
  type StardustOverrides,
  type StardustProviderProps,
} from 'stardust-error-kit'
import { describe, expectTypeOf, it } from 'vitest'

// An app's own codes and fields, declared the way the README shows.
declare module 'stardust-error-kit' {
  interface Register {
    codes: 61001 | 61002
    fields: 'campaignLabel'
  }
}

declare const error: StardustError

describe('StardustCode', () => {
  it('holds the catalog codes and the app’s registered ones, and nothing else', () => {
    expectTypeOf<51004>().toExtend<StardustCode>()
    expectTypeOf<2000>().toExtend<StardustCode>()
    expectTypeOf<61001>().toExtend<StardustCode>()
    expectTypeOf<51040>().not.toExtend<StardustCode>()
    expectTypeOf<number>().not.toExtend<StardustCode>()
  })

  it('leaves error.code a plain number', () => {
    expectTypeOf(error.code).toEqualTypeOf<number | null>()
  })
})

describe('getCodeInfo', () => {
  it('takes catalog codes, registered codes and run-time numbers', () => {
    getCodeInfo(51004)
    getCodeInfo(61002)
    getCodeInfo(error.code)
    getCodeInfo(Number('51004'))
    getCodeInfo(null)
  })

  it('rejects a misspelt code', () => {
    // @ts-expect-error 51040 is no catalog code
    getCodeInfo(51040)
    // @ts-expect-error 61003 is not registered
    getCodeInfo(61003)
  })
})

describe('registerCodes', () => {
  it('takes registered codes, catalog codes and variant keys', () => {
    registerCodes({ 61001: { family: 'campaign', field: 'campaignLabel' }, 51004: { family: 'campaign' } })
    registerCodes({ '51002_campaignType': { family: 'campaign' } })
  })

  it('rejects a code nobody declared', () => {
    // @ts-expect-error 61010 is not declared in Register
    registerCodes({ 61010: { family: 'campaign' } })
  })
})

describe('overrides', () => {
  it('are keyed by catalog codes', () => {
    const ok: StardustOverrides = { codes: { 51004: { hint: 'Names are unique.' }, 61001: { title: 'Label taken' } } }
    const props: Pick<StardustProviderProps, 'overrides'> = { overrides: { en: ok, de: { families: { campaign: { title: 'Kampagne' } } } } }
    expectTypeOf(props).not.toBeAny()
  })

  it('reject a misspelt code, family or section', () => {
    // @ts-expect-error 51040 is no catalog code
    const code: StardustOverrides = { codes: { 51040: { hint: '…' } } }
    // @ts-expect-error 'campaigns' is no family
    const family: StardustOverrides = { families: { campaigns: { title: '…' } } }
    // @ts-expect-error 'code' is no section (it is 'codes')
    const section: StardustOverrides = { code: { 51004: { hint: '…' } } }
    // @ts-expect-error 'text' is no text of an entry
    const text: StardustOverrides = { codes: { 51004: { text: '…' } } }
    expectTypeOf([code, family, section, text]).not.toBeAny()
  })
})

describe('field maps', () => {
  it('take the fields catalog codes name, and registered ones', () => {
    stardustMeta({ fields: ['campaignName', 'workflowType', 'campaignLabel'] })
    stardustMeta({ fields: { campaignName: 'name' } })
    useFieldErrors(error, ['campaignName'])
    const fields = ['campaignName', 'campaignType'] as const
    expectTypeOf(fields).toExtend<FieldMap>()
  })

  it('reject an unknown field', () => {
    // @ts-expect-error 'campaignNme' is misspelt
    stardustMeta({ fields: ['campaignNme'] })
    // @ts-expect-error 'campaign' is no field a code names
    stardustMeta({ fields: { campaign: 'name' } })
    // @ts-expect-error 'campaignNme' is misspelt
    useFieldErrors(error, ['campaignNme'])
  })
})

describe('meta registered with TanStack Query', () => {
  it('types meta.stardust without the helper', () => {
    useQuery({ queryKey: ['health'], queryFn: () => 1, meta: { stardust: { toast: false } } })
    useMutation({ mutationFn: async () => 1, meta: { stardust: { fields: ['campaignName'], label: 'Save campaign' }, app: 'kept' } })
    useMutation({ mutationFn: async () => 1, meta: stardustMeta({ fields: ['campaignName'] }) })
  })

  it('rejects a wrong meta key, a wrong value and an unknown field', () => {
    // @ts-expect-error 'toats' is no meta key
    useQuery({ queryKey: ['a'], queryFn: () => 1, meta: { stardust: { toats: false } } })
    // @ts-expect-error toast is a boolean
    useQuery({ queryKey: ['b'], queryFn: () => 1, meta: { stardust: { toast: 'no' } } })
    // @ts-expect-error 'campaignNme' is misspelt
    useMutation({ mutationFn: async () => 1, meta: { stardust: { fields: ['campaignNme'] } } })
    // @ts-expect-error a wrong meta key through the helper
    stardustMeta({ toats: false })
  })
})
