import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'
import { AppError, defineErrors } from '../../core/errors.js'

export const PasswordErrors = defineErrors({
  PASSWORD_TOO_SHORT: {
    status: 400,
    zh: '密码至少需要 12 个字符',
    en: 'A password needs at least 12 characters',
  },
  PASSWORD_TOO_WEAK: {
    status: 400,
    zh: '密码过于简单，请混合使用字母、数字或符号',
    en: 'Password too simple: mix letters, digits or symbols',
  },
})

const N = 16384
const R = 8
const P = 1

function scryptAsync(password: string, salt: Buffer, keylen: number, opts: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password, salt, keylen, opts, (err, key) => (err ? reject(err) : resolve(key))),
  )
}

export function checkPasswordStrength(password: string): void {
  if ([...password].length < 12) throw new AppError(PasswordErrors.PASSWORD_TOO_SHORT)
  if (new Set(password).size < 5) throw new AppError(PasswordErrors.PASSWORD_TOO_WEAK)
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16)
  const key = await scryptAsync(password, salt, 32, { N, r: R, p: P, maxmem: 64 * 1024 * 1024 })
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64')}$${key.toString('base64')}`
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$')
  if (scheme !== 'scrypt' || !key) return false
  const expected = Buffer.from(key, 'base64')
  const actual = await scryptAsync(password, Buffer.from(salt, 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: 64 * 1024 * 1024,
  })
  return timingSafeEqual(actual, expected)
}

export interface PreparedPassword {
  password: string
  hash: string
}

/**
 * A password hashed once for many accounts made together (the demo's gate and grid
 * accounts share one, printed once): scrypt is deliberately slow, ~0.1 s a hash.
 */
export async function preparePassword(password: string): Promise<PreparedPassword> {
  checkPasswordStrength(password)
  return { password, hash: await hashPassword(password) }
}

/** A one-time password people can type: 16 characters without look-alikes. */
export function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789'
  const bytes = randomBytes(16)
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('')
}

// A fixed hash to compare against when the account does not exist, so that timing does
// not tell which usernames are real.
export const DUMMY_HASH = `scrypt$${N}$${R}$${P}$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=`
