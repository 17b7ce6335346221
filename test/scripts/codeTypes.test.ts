import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { listCodes, type CodeInfo } from '../../src/core/codes.js'
import { CATALOG_TYPES_PATH, renderCatalogTypes } from '../../scripts/codeTypes.js'

const root = join(import.meta.dirname, '..', '..')

describe('the generated StardustCode union', () => {
  it('is the committed file: regenerating from the catalog changes nothing', () => {
    expect(readFileSync(join(root, CATALOG_TYPES_PATH), 'utf8')).toBe(renderCatalogTypes(listCodes()))
  })

  it('lists every catalog code, key and field once', () => {
    const text = renderCatalogTypes(listCodes())
    const codes = new Set(listCodes().map((c) => c.code))
    const section = (name: string) => text.split(`export type ${name} =`)[1]!.split('\n\n')[0]!
    expect(section('BuiltInCode').match(/\| \d+/g)).toHaveLength(codes.size)
    expect(section('BuiltInCodeKey')).toContain("| '51002_campaignType'")
    expect(section('BuiltInField')).toContain("| 'campaignName'")
    expect(section('BuiltInField').match(/'campaignName'/g)).toHaveLength(1)
  })

  it('changes when the catalog does', () => {
    const extra: CodeInfo = { code: 59999, key: '59999', family: 'request', severity: 'warning', retryable: false, field: 'brandNewField' }
    const text = renderCatalogTypes([...listCodes(), extra])
    expect(text).toContain('| 59999')
    expect(text).toContain("| 'brandNewField'")
    expect(text).not.toBe(renderCatalogTypes(listCodes()))
  })
})
