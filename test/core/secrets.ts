// Credentials planted in errors: none of these values may survive redaction.
export const ACCESS_KEY_ID = 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE'
export const ACCESS_KEY_SECRET = 'Gu5t9xGARNpq86cd98joQYCN3EXAMPLE'
export const SIGN = 'e10adc3949ba59abbe56e057f20f883e'
export const TS = '1742450645000'
export const BEARER_TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJvcHMifQ.c2lnbmF0dXJlRVhBTVBMRQ'
export const URL_SIGNATURE = '5f1c0ffee4b2d1a9EXAMPLE'
export const SIGNED_URL =
  'https://annotation-raw-eu.s3.eu-west-1.amazonaws.com/scene/0001.jpg' +
  `?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAQUERYEXAMPLE%2F20250320&X-Amz-Signature=${URL_SIGNATURE}`
export const SIGNED_URL_BASE = 'https://annotation-raw-eu.s3.eu-west-1.amazonaws.com/scene/0001.jpg'

export const SECRET_VALUES = [ACCESS_KEY_ID, ACCESS_KEY_SECRET, SIGN, TS, BEARER_TOKEN, URL_SIGNATURE, 'AKIAQUERYEXAMPLE']

export function expectNoSecrets(text: string): void {
  for (const secret of SECRET_VALUES) expect(text, `leaked ${secret}`).not.toContain(secret)
}
