/**
 * Values the server embeds in its English text, so localized messages can
 * carry them: the bucket name of 54010/54011/54013, the value, field and type
 * of 57001, the pool limit of 50528, the field of 51000. Returns only what it
 * found; a message without a value still reads well.
 */
export function serverValues(code: number | null, serverMessage: string | null): Record<string, string> {
  if (code === null || !serverMessage) return {}
  const text = serverMessage.slice(0, 2_000)
  const pick = (pattern: RegExp, ...names: string[]): Record<string, string> => {
    const match = pattern.exec(text)
    const out: Record<string, string> = {}
    if (match)
      names.forEach((name, i) => {
        const value = match[i + 1]?.trim()
        // The docs' own unfilled templates (`[%s]`, `field : xxx`) are not values.
        if (value && value !== '%s' && value !== 'xxx') out[name] = value.slice(0, 255)
      })
    return out
  }
  switch (code) {
    case 54010:
    case 54011:
    case 54013:
      return pick(/helixBucketName\s*:\s*\[([^\]]*)\]/i, 'bucket')
    case 57001:
      return pick(/value\s+(.+?)\s+of\s+field\s+(.+?)\s+cannot be converted to type\s+([^\s.]+)/i, 'value', 'field', 'type')
    case 50528:
      return pick(/limit of\s+(\d+)/i, 'limit')
    case 51000:
      return pick(/field\s*:\s*([A-Za-z_$][\w$.]*)\s+can/i, 'field')
    default:
      return {}
  }
}
