// What the phone keeps: the device secret that fetches a fresh pass, and the last pass so
// that the page opens offline. Nothing else personal is stored.
import type { Result } from '../api/client'

type IssuedPass = Result<'post', '/api/v1/r/pass'>
export type StoredPass = Pick<IssuedPass, 'qr' | 'colour' | 'name' | 'expires' | 'confirmed'> & {
  reasons: Pick<IssuedPass['reasons'][number], 'zh' | 'en'>[]
}

const PASS = 'lianfang.r.pass'
const DEVICE = 'lianfang.r.device'

const read = (key: string) => {
  try {
    return localStorage.getItem(key)
  } catch {
    return null
  }
}
const write = (key: string, value: string) => {
  try {
    localStorage.setItem(key, value)
  } catch {
    // private mode: the pass lasts for this page only
  }
}

export const lastPass = (): StoredPass | null => {
  const raw = read(PASS)
  return raw ? (JSON.parse(raw) as StoredPass) : null
}
export const keepPass = (p: StoredPass) =>
  write(
    PASS,
    JSON.stringify({
      qr: p.qr,
      colour: p.colour,
      name: p.name,
      expires: p.expires,
      reasons: p.reasons,
      confirmed: p.confirmed,
    }),
  )
export const deviceSecret = () => read(DEVICE)
export const keepDeviceSecret = (s: string) => write(DEVICE, s)
