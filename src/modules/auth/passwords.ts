// Password storage: argon2id at OWASP's parameters (19 MiB, 2 passes, 1 lane). Hashes made
// before it (scrypt N=2^14) still verify and are replaced at the next sign-in.
import { hash as digestOnce, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'
import { hash, verify } from '@node-rs/argon2'
import { AppError, defineErrors } from '../../core/errors.js'
// The 10,000 most common passwords, in order: the head of the list zxcvbn-ts ships
// (@zxcvbn-ts/language-common 4.1.3, passwords.json, MIT: common-passwords.LICENSE.txt),
// itself drawn from leaked-password corpora. Taken as shipped, nothing added.
import commonList from './common-passwords.json' with { type: 'json' }

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
  PASSWORD_COMMON: {
    status: 400,
    zh: '该密码属于最常见的密码，请换一个',
    en: 'This password is among the most common ones: choose another',
  },
  PASSWORD_HAS_USERNAME: {
    status: 400,
    zh: '密码不能包含用户名',
    en: 'The password must not contain the username',
  },
})

// argon2id (algorithm 2: the package's const enum is not importable under isolatedModules)
const ARGON2 = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const
const PHC_PREFIX = `$argon2id$v=19$m=${ARGON2.memoryCost},t=${ARGON2.timeCost},p=${ARGON2.parallelism}$`

const common = new Set((commonList as string[]).map((p) => p.toLowerCase()))

function scryptAsync(password: string, salt: Buffer, keylen: number, opts: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password, salt, keylen, opts, (err, key) => (err ? reject(err) : resolve(key))),
  )
}

/** Length, variety, not among the 10,000 most common, not containing the username. */
export function checkPasswordStrength(password: string, username?: string): void {
  if ([...password].length < 12) throw new AppError(PasswordErrors.PASSWORD_TOO_SHORT)
  if (new Set(password).size < 5) throw new AppError(PasswordErrors.PASSWORD_TOO_WEAK)
  if (common.has(password.toLowerCase())) throw new AppError(PasswordErrors.PASSWORD_COMMON)
  if (username && username.length >= 3 && password.toLowerCase().includes(username.toLowerCase()))
    throw new AppError(PasswordErrors.PASSWORD_HAS_USERNAME)
}

/** Counts every hash computed or checked: the sign-in throttle's test reads it. */
export const hashWork = { count: 0 }

export async function hashPassword(password: string): Promise<string> {
  hashWork.count++
  return hash(password, ARGON2)
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  hashWork.count++
  if (stored.startsWith('$argon2id$')) return verify(stored, password).catch(() => false)
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

/** A stored hash made with other parameters than today's: replaced at the next sign-in. */
export const needsRehash = (stored: string) => !stored.startsWith(PHC_PREFIX)

export interface PreparedPassword {
  password: string
  hash: string
}

/**
 * A password hashed once for many accounts made together (the demo's gate and grid
 * accounts share one, printed once): argon2id is deliberately slow and memory-hungry.
 */
export async function preparePassword(password: string): Promise<PreparedPassword> {
  checkPasswordStrength(password)
  return { password, hash: await hashPassword(password) }
}

/** Session tokens are stored only as their SHA-256 (256 random bits need no slow hash). */
// one-shot: every signed-in request hashes its session token
export const hashToken = (token: string) => digestOnce('sha256', token, 'hex')

/** A one-time password people can type: 16 characters without look-alikes. */
export function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789'
  const bytes = randomBytes(16)
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('')
}

// A fixed hash to check against when the account does not exist, so that timing does not
// tell which usernames are real (the same parameters as a real one).
export const DUMMY_HASH = `${PHC_PREFIX}AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`
