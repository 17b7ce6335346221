import { expect } from 'vitest'
import { StardustError } from '../../src/core'

/** The StardustError a promise rejects with (fails the test when it resolves or rejects with anything else). */
export async function rejection(promise: Promise<unknown>): Promise<StardustError> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(StardustError)
    return error as StardustError
  }
  throw new Error('expected a rejection')
}

// Envelopes modelled on the Stardust API docs' examples (see /work/shared/stardust-api/API-FACTS.md).
export const REQUEST_ID = '2f6b0e3c9d6a4b8e9f1a2b3c4d5e6f70'

export const duplicateCampaignName = {
  code: 51004,
  data: null,
  date: '2025-03-20 14:04:05',
  message: 'campaignName is already exists.',
  requestId: REQUEST_ID,
  success: false,
}

export const bucketConnectionFailed = {
  code: 54013,
  data: null,
  date: '2025-04-18 09:31:27',
  message: 'helixBucketName:[annotation-raw-eu] connection failed. Check whether the bucket exists.',
  requestId: '9c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f',
  success: false,
}

export const campaignCreated = {
  code: 2000,
  data: { campaignId: 'cmp-20250320-001', campaignName: 'Lane markings EU', folderName: 'helix-eu', campaignType: 'Formal' },
  date: '2025-03-20 14:05:11',
  message: 'Success',
  requestId: 'a3f5c8e1b2d4f6a8c0e2b4d6f8a0c2e4',
  success: true,
}

export const serviceHiccup = {
  code: 5000,
  data: null,
  date: '2025-03-20 14:06:00',
  message: 'Service hiccuped, please try again later',
  requestId: '0d9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a',
  success: false,
}

export const jsonResponse = (body: unknown, init: ResponseInit = {}): Response =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status: 200,
    ...init,
    headers: { 'content-type': 'application/json', ...(init.headers as Record<string, string> | undefined) },
  })
