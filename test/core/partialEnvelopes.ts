// Success envelopes that carry failures, word for word from the API's endpoint pages.

/** GET /rosetta-open/annotation-request */
export const annotationRequest = {
  code: 2000,
  message: 'Success',
  data: {
    status: 'FINISHED',
    successTaskMap: { '466917967054114816': '550e8400-e29b-41d4-a716-446655440000' },
    errorSceneIdMap: {
      '550e8400-e29b-41d4-a716-446655440000': 'Data type mismatch',
      'f47ac10b-58cc-4372-a567-0e02b2c3d479': 'Scene id already exists',
    },
    successSchedule: 33.33,
    errorSchedule: 66.67,
    annotationRequestInfo: {
      annotationRequestId: 'test annotation request',
      annotationRequestName: 'test annotation request',
      campaignId: 'test campaign',
      sceneIdMap: {
        '550e8400-e29b-41d4-a716-446655440999': 'gs://test/json/000.yml',
        '550e8400-e29b-41d4-a716-446655440000': 'gs://test/json/111.yml',
        'f47ac10b-58cc-4372-a567-0e02b2c3d479': 'gs://test/json/222.yml',
      },
      operatorKeys: ['KEY1', 'KEY2', 'KEY3'],
    },
  },
  date: '2024-05-16 19:03:34',
  requestId: '864b70706a7349ea83e177a49800464f',
  success: true,
}

/** POST /task/send/status (the older API: success code 200). */
export const sendStatus = {
  code: 200,
  message: 'Success',
  data: {
    batchId: '1948529430730380288',
    jsonlName: 'stardust.jsonl',
    taskCount: 4,
    importFailCount: 4,
    status: 3,
    errors: ['b', 'c', 'd', 'd'].map((last) => ({
      uniqueIdentifier: '0b5e4672-452a-45ca-9779-1dc6e277150d',
      jsonLine: '{"attachmentType": "IMAGE_SEQUENCE","attachment": ',
      error: `Duplicate UniqueIdentifier ID：0b5e4672-452a-45ca-9779-1dc6e277150${last}`,
    })),
  },
  date: '2024-05-20 18:43:48',
  requestId: 'bd07bc67171620187827410441afb4',
  success: true,
}

/** POST /rosetta-open/add-workforce */
export const addWorkforce = {
  code: 2000,
  message: 'Success',
  data: { failedUserList: ['aliceUser1', 'aliceUser2'] },
  date: '2025-03-13 20:00:00',
  requestId: '864b70706a7349ea83e177a49800464f',
  success: true,
}
