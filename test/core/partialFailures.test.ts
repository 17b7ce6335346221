import { describe, expect, it } from 'vitest'
import { MAX_PARTIAL_ITEMS, hasPartialFailures, partialFailures } from '../../src/core/partialFailures.js'
import { annotationRequest, addWorkforce, sendStatus } from './partialEnvelopes.js'

describe('partialFailures: the shapes the API documents', () => {
  it('GET annotation-request: errorSceneIdMap, counted against the scenes of the request', () => {
    const found = partialFailures(annotationRequest.data)
    expect(found).toEqual({
      items: [
        { id: '550e8400-e29b-41d4-a716-446655440000', reason: 'Data type mismatch', reasonKey: 'dataTypeMismatch', code: null },
        { id: 'f47ac10b-58cc-4372-a567-0e02b2c3d479', reason: 'Scene id already exists', reasonKey: 'sceneIdExists', code: null },
      ],
      failed: 2,
      total: 3,
      subject: 'scene',
      status: null,
    })
    expect(hasPartialFailures(found)).toBe(true)
  })

  it('reads the whole envelope as well as its data', () => {
    expect(partialFailures(annotationRequest)).toEqual(partialFailures(annotationRequest.data))
  })

  it('without the request info, the total is the scenes that became tasks plus those that failed', () => {
    const { annotationRequestInfo: _info, ...data } = annotationRequest.data
    expect(partialFailures(data).total).toBe(3)
    const { successTaskMap: _tasks, ...bare } = data
    expect(partialFailures(bare).total).toBeNull()
  })

  it.each(['FAILED', 'ID_NOT_EXISTS'] as const)('status %s inside a 2000 envelope is a failure of the whole request', (status) => {
    const found = partialFailures({ status })
    expect(found.status).toBe(status)
    expect(found.items).toEqual([])
    expect(hasPartialFailures(found)).toBe(true)
  })

  it('PROCESSING and FINISHED without errors are nothing to report', () => {
    for (const status of ['PROCESSING', 'FINISHED'])
      expect(hasPartialFailures(partialFailures({ status, errorSceneIdMap: {} }))).toBe(false)
  })

  it('send-status errors[]: the id after the full-width colon, the reason before it, the total from taskCount', () => {
    const found = partialFailures(sendStatus.data)
    expect(found.subject).toBe('task')
    expect(found.total).toBe(4)
    expect(found.failed).toBe(4)
    expect(found.items[0]).toEqual({
      id: '0b5e4672-452a-45ca-9779-1dc6e277150b',
      reason: 'Duplicate UniqueIdentifier ID',
      reasonKey: 'duplicateId',
      code: null,
    })
    expect(found.items.map((i) => i.id)).toEqual([
      '0b5e4672-452a-45ca-9779-1dc6e277150b',
      '0b5e4672-452a-45ca-9779-1dc6e277150c',
      '0b5e4672-452a-45ca-9779-1dc6e277150d',
      '0b5e4672-452a-45ca-9779-1dc6e277150d',
    ])
  })

  it('send-status errors[] as plain strings, with an ASCII colon too', () => {
    const found = partialFailures({
      errors: ['Duplicate UniqueIdentifier ID：a1', 'Duplicate UniqueIdentifier ID: b2', 'Line 3 is not JSON'],
    })
    expect(found.items).toEqual([
      { id: 'a1', reason: 'Duplicate UniqueIdentifier ID', reasonKey: 'duplicateId', code: null },
      { id: 'b2', reason: 'Duplicate UniqueIdentifier ID', reasonKey: 'duplicateId', code: null },
      { id: null, reason: 'Line 3 is not JSON', reasonKey: null, code: null },
    ])
    expect(found.total).toBeNull()
  })

  it('add workforce: failedUserList names the users that were not added', () => {
    const found = partialFailures(addWorkforce.data)
    expect(found).toEqual({
      items: [
        { id: 'aliceUser1', reason: null, reasonKey: 'userNotAdded', code: null },
        { id: 'aliceUser2', reason: null, reasonKey: 'userNotAdded', code: null },
      ],
      failed: 2,
      total: null,
      subject: 'user',
      status: null,
    })
    expect(partialFailures({ failedUserList: [] }).failed).toBe(0)
  })
})

describe('partialFailures: anything else', () => {
  it.each([
    undefined,
    null,
    42,
    'Template name',
    true,
    [],
    [1, 2],
    { campaignId: 'c1' },
    { errors: 'none' },
    { failedUserList: 'x' },
    { status: 3 },
  ])('%j gives an empty list', (value) => {
    const found = partialFailures(value)
    expect(found.items).toEqual([])
    expect(found.failed).toBe(0)
    expect(hasPartialFailures(found)).toBe(false)
  })

  it('never throws, even for a hostile object', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('trap')
        },
        ownKeys() {
          throw new Error('trap')
        },
        getPrototypeOf() {
          throw new Error('trap')
        },
      },
    )
    expect(partialFailures(hostile).items).toEqual([])
    const sneaky = {
      errorSceneIdMap: new Proxy(
        {},
        {
          ownKeys() {
            throw new Error('trap')
          },
        },
      ),
    }
    expect(() => partialFailures(sneaky)).not.toThrow()
  })

  it('reasons and ids are server text: bounded, one line, no bidi tricks, no credentials', () => {
    const found = partialFailures({
      errorSceneIdMap: {
        'scene\u202e1': 'Bad URL https://bucket.example/a.yml?X-Amz-Signature=abc123 with\nnewline',
        s2: 'x'.repeat(5_000),
      },
    })
    const [first, second] = found.items
    expect(first!.id).toBe('scene1')
    expect(first!.reason).not.toContain('abc123')
    expect(first!.reason).not.toContain('\n')
    expect(second!.reason!.length).toBeLessThanOrEqual(300)
  })

  it('keeps a bounded list but counts every failure', () => {
    const errorSceneIdMap = Object.fromEntries(Array.from({ length: 1_000 }, (_, i) => [`s${i}`, 'Data type mismatch']))
    const found = partialFailures({ errorSceneIdMap })
    expect(found.items).toHaveLength(MAX_PARTIAL_ITEMS)
    expect(found.failed).toBe(1_000)
  })
})

describe('formatPartialFailures', () => {
  it('lists each item for support, with the count of the whole', async () => {
    const { formatPartialFailures } = await import('../../src/core/partialFailures.js')
    expect(formatPartialFailures(partialFailures(annotationRequest.data))).toBe(
      [
        'Failed: 2 of 3 scenes',
        'Items:',
        '- 550e8400-e29b-41d4-a716-446655440000: Data type mismatch',
        '- f47ac10b-58cc-4372-a567-0e02b2c3d479: Scene id already exists',
      ].join('\n'),
    )
    expect(formatPartialFailures(partialFailures({ status: 'FAILED' }))).toBe('Status: FAILED')
    expect(formatPartialFailures(partialFailures(addWorkforce.data))).toContain('- aliceUser1: userNotAdded')
  })
})
