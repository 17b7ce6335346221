import { existsSync, readFileSync } from 'node:fs'
import { SUCCESS_CODES, familyOf, getCodeInfo, isRetryable, listCodes, registerCodes, resetCodes, StardustError } from '../../src/core'
import apiTexts from '../../src/core/apiTexts.json'
import fixture from '../fixtures/codes.json'

interface FixtureRow {
  code: number
  description: string
  source: string
  relatedField?: string
  duplicateOf?: number
  placeholders?: string[]
}
interface ApiText {
  key: string
  code: number
  text: string
  source: string
}

const rows = fixture as FixtureRow[]
const texts = apiTexts as ApiText[]
const SHARED_CODES = '/work/shared/stardust-api/codes.json'

afterEach(() => resetCodes())

describe('the fixture', () => {
  it('is the documented list (80 rows, 51002 twice)', () => {
    expect(rows).toHaveLength(80)
    expect(rows.filter((row) => row.code === 51002)).toHaveLength(2)
    expect(new Set(rows.map((row) => row.code)).size).toBe(79)
  })

  it.skipIf(!existsSync(SHARED_CODES))('equals the shared copy of the API docs', () => {
    expect(rows).toEqual(JSON.parse(readFileSync(SHARED_CODES, 'utf8')))
  })
})

describe('getCodeInfo', () => {
  it.each(rows.map((row) => [row.code, row.description, row] as const))('knows %i (%s)', (code, description, row) => {
    const info = getCodeInfo(code, description)
    expect(info).toBeDefined()
    expect(info!.code).toBe(code)
    expect(getCodeInfo(code)).toBeDefined()
    if (row.relatedField !== undefined) expect(info!.field).toBe(row.relatedField)
  })

  it('leaves the codes the docs map to no field unmapped', () => {
    for (const row of rows.filter((r) => r.relatedField === undefined)) {
      expect(getCodeInfo(row.code, row.description)?.field, String(row.code)).toBeNull()
    }
  })

  it('picks the 51002 meaning from the server message', () => {
    expect(getCodeInfo(51002, 'Unknown campaignType.')).toMatchObject({
      key: '51002_campaignType',
      code: 51002,
      field: 'campaignType',
      family: 'campaign',
    })
    expect(getCodeInfo(51002, 'Unknown annotation type.')).toMatchObject({ key: '51002', code: 51002, field: null })
    expect(getCodeInfo(51002)?.key).toBe('51002')
    expect(getCodeInfo(51002, null)?.key).toBe('51002')
  })

  it('picks the 50524 meaning from the server message', () => {
    expect(getCodeInfo(50524, 'The workflow template name already exists.')).toMatchObject({ key: '50524', field: 'name' })
    expect(getCodeInfo(50524, 'The workflow template not exists.')).toMatchObject({
      key: '50524_templateNotFound',
      code: 50524,
      field: 'workflowType',
      family: 'workflowTemplate',
    })
  })

  it('picks the statistics endpoint’s meanings of 54001 and 54002 from the server message', () => {
    expect(getCodeInfo(54001, 'aliceName is not valid or does not exist.')).toMatchObject({
      key: '54001_aliceName',
      field: 'aliceName',
      family: 'request',
    })
    expect(getCodeInfo(54002, 'Invalid date format or date out of range.')).toMatchObject({
      key: '54002_dateRange',
      field: null,
      family: 'request',
    })
    // The folder meanings stay what they were.
    expect(getCodeInfo(54001, 'folder already exists.')).toMatchObject({ key: '54001', family: 'folder' })
    expect(getCodeInfo(54002, 'folderId already exists.')).toMatchObject({ key: '54002', field: 'helixProjectId' })
    expect(getCodeInfo(54002, 'folderId update-2024 already exists.')?.key).toBe('54002')
    expect(getCodeInfo(54001)?.key).toBe('54001')
  })

  it('knows the codes shown only on endpoint pages', () => {
    for (const code of [4005, 5606, 51000, 52003, 54007, 57008, 57015]) expect(getCodeInfo(code), String(code)).toBeDefined()
    expect(getCodeInfo(57015)?.field).toBe('samplingRatio')
    expect(getCodeInfo(52003)?.field).toBe('operatorKeys')
  })

  it('returns undefined for unknown or missing codes', () => {
    // A code that arrives at run time is a plain number: no literal check applies.
    expect(getCodeInfo(51099 as number)).toBeUndefined()
    expect(getCodeInfo(null)).toBeUndefined()
    expect(getCodeInfo(undefined)).toBeUndefined()
    expect(getCodeInfo(Number.NaN)).toBeUndefined()
  })

  it('has a catalog entry for every key of apiTexts.json and vice versa', () => {
    const catalogKeys = listCodes()
      .map((info) => info.key)
      .sort()
    expect(texts.map((t) => t.key).sort()).toEqual(catalogKeys)
  })
})

describe('apiTexts.json', () => {
  it('contains every fixture row word for word', () => {
    for (const row of rows) {
      const match = texts.find((t) => t.code === row.code && t.text === row.description)
      expect(match, `${row.code} ${JSON.stringify(row.description)}`).toBeDefined()
    }
  })

  it('keys each text by the catalog meaning it stands for', () => {
    for (const t of texts) {
      expect(getCodeInfo(t.code, t.text)?.key, t.key).toBe(t.key)
    }
  })
})

describe('familyOf', () => {
  it('reads families from the catalog', () => {
    expect(familyOf(51004)).toBe('campaign')
    expect(familyOf(54013)).toBe('folder')
    expect(familyOf(5000)).toBe('server')
    expect(familyOf(2000)).toBe('success')
    expect(familyOf(401)).toBe('auth')
    expect(familyOf(5308)).toBe('dataset')
  })

  it('reads undocumented codes by prefix', () => {
    expect(familyOf(51099)).toBe('campaign')
    expect(familyOf(50599)).toBe('workflowTemplate')
    expect(familyOf(54099)).toBe('folder')
    expect(familyOf(57099)).toBe('taxonomy')
    expect(familyOf(5899)).toBe('project')
  })

  it('returns undefined for codes in no family', () => {
    expect(familyOf(99999)).toBeUndefined()
    expect(familyOf(null)).toBeUndefined()
    expect(familyOf(undefined)).toBeUndefined()
  })
})

describe('registerCodes / resetCodes', () => {
  it('adds a code of the app', () => {
    expect(getCodeInfo(61001)).toBeUndefined()
    registerCodes({ 61001: { family: 'campaign', field: 'campaignLabel' } })
    expect(getCodeInfo(61001)).toEqual({
      code: 61001,
      key: '61001',
      family: 'campaign',
      severity: 'warning',
      retryable: false,
      field: 'campaignLabel',
    })
    expect(listCodes().some((info) => info.key === '61001')).toBe(true)
    resetCodes()
    expect(getCodeInfo(61001)).toBeUndefined()
    expect(listCodes().some((info) => info.key === '61001')).toBe(false)
  })

  it('overrides a built-in code, keeping what the override leaves out', () => {
    const before = getCodeInfo(51004)
    registerCodes({ 51004: { family: 'campaign', severity: 'error' } })
    expect(getCodeInfo(51004)).toEqual({ ...before, severity: 'error' })
    registerCodes({ '51004': { family: 'campaign', field: null, retryable: true } })
    expect(getCodeInfo(51004)).toMatchObject({ field: null, retryable: true })
    resetCodes()
    expect(getCodeInfo(51004)).toEqual(before)
  })

  it('overrides a variant by its key', () => {
    registerCodes({ '51002_campaignType': { family: 'campaign', field: 'type' } })
    expect(getCodeInfo(51002, 'Unknown campaignType.')?.field).toBe('type')
    expect(getCodeInfo(51002, 'Unknown annotation type.')?.field).toBeNull()
    resetCodes()
    expect(getCodeInfo(51002, 'Unknown campaignType.')?.field).toBe('campaignType')
  })

  it('ignores keys that are not codes', () => {
    registerCodes({ abc: { family: 'campaign' } } as Record<string, { family: string }>)
    expect(listCodes().some((info) => info.key === 'abc')).toBe(false)
  })

  it('affects retry decisions, and resetCodes undoes that', () => {
    const error = new StardustError({ kind: 'api', code: 51004 })
    expect(isRetryable(error)).toBe(false)
    registerCodes({ 51004: { family: 'campaign', retryable: true } })
    expect(isRetryable(error)).toBe(true)
    resetCodes()
    expect(isRetryable(error)).toBe(false)
  })
})

describe('retryable flags', () => {
  it('marks 5000 and 500 retryable and 51004 not', () => {
    expect(getCodeInfo(5000)?.retryable).toBe(true)
    expect(getCodeInfo(500)?.retryable).toBe(true)
    expect(getCodeInfo(51004)?.retryable).toBe(false)
  })

  it('never marks auth, validation or duplicate errors retryable', () => {
    const retryable = listCodes()
      .filter((info) => info.retryable)
      .map((info) => info.key)
    expect(retryable).toEqual(expect.arrayContaining(['500', '5000']))
    for (const key of ['400', '401', '402', '403', '404', '51004', '51003', '54013', '57001']) expect(retryable).not.toContain(key)
  })

  it('treats 2000 and 200 as the success codes', () => {
    expect([...SUCCESS_CODES].sort()).toEqual([200, 2000])
  })
})
