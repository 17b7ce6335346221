import { serverValues } from '../../src/core'
import { bucketConnectionFailed } from './envelopes'

describe('serverValues', () => {
  it('reads the bucket of 54013', () => {
    expect(serverValues(54013, bucketConnectionFailed.message)).toEqual({ bucket: 'annotation-raw-eu' })
  })

  it('reads the bucket of 54011', () => {
    expect(serverValues(54011, 'helixBucketName:[annotation-raw-eu-west-1-archive] max size is 255.')).toEqual({
      bucket: 'annotation-raw-eu-west-1-archive',
    })
  })

  it('reads the bucket of the 54010 endpoint text', () => {
    expect(serverValues(54010, 'helixBucketName:[annotation-raw/2025/eu] provide bucket name, can not use bucket path.')).toEqual({
      bucket: 'annotation-raw/2025/eu',
    })
  })

  it('tolerates spacing around the colon', () => {
    expect(serverValues(54013, 'helixBucketName : [b-1] connection failed.')).toEqual({ bucket: 'b-1' })
  })

  it('finds nothing in the 54010 codes-table text', () => {
    expect(serverValues(54010, 'Provide bucket name, can not use bucket path.')).toEqual({})
  })

  it('ignores an empty bucket', () => {
    expect(serverValues(54013, 'helixBucketName:[] connection failed. Check whether the bucket exists.')).toEqual({})
  })

  it('reads value, field and type from the documented 57001 text', () => {
    const text =
      'Taxonomy json has error: The value 123 of field key cannot be converted to type number. Please check the value of this field.'
    expect(serverValues(57001, text)).toEqual({ value: '123', field: 'key', type: 'number' })
  })

  it('reads other 57001 values', () => {
    const text =
      'Taxonomy json has error: The value abc of field slotSpecification.min cannot be converted to type integer. Please check the value of this field.'
    expect(serverValues(57001, text)).toEqual({ value: 'abc', field: 'slotSpecification.min', type: 'integer' })
  })

  it('reads the pool limit of 50528', () => {
    expect(serverValues(50528, 'The number of pools exceeds the limit of 20.')).toEqual({ limit: '20' })
  })

  it('reads the field of 51000', () => {
    expect(serverValues(51000, "field : campaignName can't be empty.")).toEqual({ field: 'campaignName' })
    expect(serverValues(51000, 'field : taxonomyVersionName can"t be empty.')).toEqual({ field: 'taxonomyVersionName' })
    expect(serverValues(51000, "field:folderName can't be empty.")).toEqual({ field: 'folderName' })
  })

  it('returns {} when nothing is found', () => {
    expect(serverValues(51000, 'Campaign create has error.')).toEqual({})
    expect(serverValues(57001, 'Taxonomy json has error.')).toEqual({})
    expect(serverValues(50528, 'The number of pools exceeds the limit.')).toEqual({})
    expect(serverValues(54013, 'Bucket connection failed. Check whether the bucket exists.')).toEqual({})
  })

  it('returns {} for codes without values, a null code or an empty message', () => {
    expect(serverValues(51004, 'campaignName is already exists.')).toEqual({})
    expect(serverValues(5000, 'helixBucketName:[x] limit of 20')).toEqual({})
    expect(serverValues(null, bucketConnectionFailed.message)).toEqual({})
    expect(serverValues(54013, null)).toEqual({})
    expect(serverValues(54013, '')).toEqual({})
  })

  it('caps the length of an extracted value', () => {
    const values = serverValues(54013, `helixBucketName:[${'b'.repeat(1000)}] connection failed.`)
    expect(values.bucket).toHaveLength(255)
  })

  it('stays fast on a hostile message', () => {
    // Only the first 2,000 characters are searched; this must not hang (no timing assertion: a hang fails the run).
    expect(serverValues(57001, `value ${'a '.repeat(100_000)}`)).toEqual({})
    expect(serverValues(51000, `field : ${'a'.repeat(100_000)}`)).toEqual({})
  })
})

describe('the docs’ unfilled templates', () => {
  it('are not taken for values', () => {
    expect(serverValues(54011, 'helixBucketName:[%s] max size is 255.')).toEqual({})
    expect(serverValues(51000, "field : xxx can't be empty.")).toEqual({})
  })
})
