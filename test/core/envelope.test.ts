import { decodeEnvelope, isSuccessEnvelope, type StardustEnvelope } from '../../src/core'
import { campaignCreated, duplicateCampaignName, REQUEST_ID } from './envelopes'

describe('decodeEnvelope', () => {
  it('reads a documented failure envelope verbatim', () => {
    expect(decodeEnvelope(duplicateCampaignName)).toEqual({
      code: 51004,
      success: false,
      message: 'campaignName is already exists.',
      data: null,
      date: '2025-03-20 14:04:05',
      requestId: REQUEST_ID,
    })
  })

  it('reads a success envelope and keeps its data', () => {
    const envelope = decodeEnvelope<typeof campaignCreated.data>(JSON.parse(JSON.stringify(campaignCreated)))
    expect(envelope?.code).toBe(2000)
    expect(envelope?.success).toBe(true)
    expect(envelope?.data).toEqual(campaignCreated.data)
  })

  it('tolerates a numeric-string code', () => {
    expect(decodeEnvelope({ ...duplicateCampaignName, code: '51004' })?.code).toBe(51004)
    expect(decodeEnvelope({ ...duplicateCampaignName, code: ' 5000 ' })?.code).toBe(5000)
    expect(decodeEnvelope({ ...campaignCreated, code: '2000' })?.code).toBe(2000)
  })

  it('tolerates missing date and requestId', () => {
    const { date: _d, requestId: _r, ...rest } = duplicateCampaignName
    const envelope = decodeEnvelope(rest)
    expect(envelope).not.toBeNull()
    expect(envelope?.code).toBe(51004)
    expect(envelope).not.toHaveProperty('date')
    expect(envelope).not.toHaveProperty('requestId')
  })

  it('keeps the empty date and requestId of the oldest examples', () => {
    const envelope = decodeEnvelope({ ...duplicateCampaignName, date: '', requestId: '' })
    expect(envelope?.date).toBe('')
    expect(envelope?.requestId).toBe('')
  })

  it('tolerates data: null and a missing data', () => {
    expect(decodeEnvelope({ ...campaignCreated, data: null })?.data).toBeNull()
    const { data: _data, ...noData } = campaignCreated
    expect(decodeEnvelope(noData)?.data).toBeNull()
  })

  it('keeps falsy success payloads (true, "", 0, [])', () => {
    expect(decodeEnvelope({ ...campaignCreated, data: true })?.data).toBe(true)
    expect(decodeEnvelope({ ...campaignCreated, data: 'Template A' })?.data).toBe('Template A')
    expect(decodeEnvelope({ ...campaignCreated, data: 0 })?.data).toBe(0)
    expect(decodeEnvelope({ ...campaignCreated, data: [] })?.data).toEqual([])
  })

  it('infers success from the code when the flag is missing', () => {
    expect(decodeEnvelope({ code: 2000, message: 'Success', data: 1 })?.success).toBe(true)
    expect(decodeEnvelope({ code: 200, message: 'Succeed', data: 1 })?.success).toBe(true)
    expect(decodeEnvelope({ code: 51004, message: 'campaignName is already exists.' })?.success).toBe(false)
  })

  it.each([
    ['an array', [duplicateCampaignName]],
    ['null', null],
    ['undefined', undefined],
    ['a string', JSON.stringify(duplicateCampaignName)],
    ['a number', 51004],
    ['a boolean', true],
    ['an object without code', { success: false, message: 'x', data: null }],
    ['an empty object', {}],
    ['a fractional code', { ...duplicateCampaignName, code: 51004.5 }],
    ['a fractional string code', { ...duplicateCampaignName, code: '51004.5' }],
    ['a NaN code', { ...duplicateCampaignName, code: Number.NaN }],
    ['an infinite code', { ...duplicateCampaignName, code: Number.POSITIVE_INFINITY }],
    ['a non-numeric string code', { ...duplicateCampaignName, code: 'E51004' }],
    ['an empty string code', { ...duplicateCampaignName, code: '' }],
    ['a null code', { ...duplicateCampaignName, code: null }],
    ['a boolean code', { ...duplicateCampaignName, code: true }],
    ['an object code', { ...duplicateCampaignName, code: { value: 51004 } }],
    ['neither success nor message', { code: 51004, data: null }],
  ])('rejects %s', (_label, value) => {
    expect(decodeEnvelope(value)).toBeNull()
  })
})

describe('isSuccessEnvelope', () => {
  const envelope = (code: number, success: boolean): StardustEnvelope => ({ code, success, message: '', data: null })

  it('accepts 2000 (latest) and 200 (poc) with success: true', () => {
    expect(isSuccessEnvelope(envelope(2000, true))).toBe(true)
    expect(isSuccessEnvelope(envelope(200, true))).toBe(true)
  })

  it('treats success: true with an error code as a failure', () => {
    expect(isSuccessEnvelope(envelope(51004, true))).toBe(false)
    expect(isSuccessEnvelope(envelope(5000, true))).toBe(false)
  })

  it('treats success: false with 2000 as a failure', () => {
    expect(isSuccessEnvelope(envelope(2000, false))).toBe(false)
    expect(isSuccessEnvelope(envelope(200, false))).toBe(false)
  })

  it('treats an ordinary failure as a failure', () => {
    expect(isSuccessEnvelope(decodeEnvelope(duplicateCampaignName)!)).toBe(false)
  })
})
