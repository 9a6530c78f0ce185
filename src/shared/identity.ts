// Browser-safe validation and masking of personal data, used by the server and the pages.

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const ID_CHECK = '10X98765432'

export type IdProblem = 'format' | 'birth_date' | 'checksum'

/** 18-digit resident ID (居民身份证): ISO 7064 MOD 11-2 check digit and a real birth date. */
export function checkResidentId(raw: string, today = new Date()): IdProblem | null {
  const id = raw.trim().toUpperCase()
  if (!/^\d{17}[\dX]$/.test(id)) return 'format'
  const y = Number(id.slice(6, 10))
  const m = Number(id.slice(10, 12))
  const d = Number(id.slice(12, 14))
  const birth = new Date(Date.UTC(y, m - 1, d))
  if (y < 1900 || birth.getUTCMonth() !== m - 1 || birth.getUTCDate() !== d || birth > today)
    return 'birth_date'
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * ID_WEIGHTS[i]
  return ID_CHECK[sum % 11] === id[17] ? null : 'checksum'
}

export const isResidentId = (raw: string) => checkResidentId(raw) === null

/** The check digit for 17 leading digits (for generators and tests). */
export function residentIdCheckDigit(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i]
  return ID_CHECK[sum % 11]
}

export function birthDateOfResidentId(id: string): string {
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`
}

/** Odd 17th digit = male. */
export const sexOfResidentId = (id: string): 'male' | 'female' =>
  Number(id[16]) % 2 === 1 ? 'male' : 'female'

/** Mainland mobile number: 11 digits starting 1[3-9], optional +86 / 86 prefix and separators. */
export function normalizeMobile(raw: string): string | null {
  const digits = raw.replace(/[\s-]/g, '').replace(/^(\+?86)/, '')
  return /^1[3-9]\d{9}$/.test(digits) ? digits : null
}

export const isMobile = (raw: string) => normalizeMobile(raw) !== null

/** 张*三 / 张* / 欧阳**: keep the first and the last character of longer names. */
export function maskName(name: string): string {
  const chars = [...name.trim()]
  if (chars.length <= 1) return chars.join('')
  if (chars.length === 2) return chars[0] + '*'
  return chars[0] + '*'.repeat(chars.length - 2) + chars[chars.length - 1]
}

/** 3501**********1234: the first 4 and the last 4 characters. */
export function maskDocument(doc: string): string {
  const s = doc.trim()
  if (s.length <= 8) return s.slice(0, 1) + '*'.repeat(Math.max(s.length - 2, 0)) + s.slice(-1)
  return s.slice(0, 4) + '*'.repeat(s.length - 8) + s.slice(-4)
}

/** 138****5678 */
export function maskPhone(phone: string): string {
  const s = phone.trim()
  if (s.length < 7) return '*'.repeat(s.length)
  return s.slice(0, 3) + '*'.repeat(s.length - 7) + s.slice(-4)
}
