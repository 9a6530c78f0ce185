// 个人信息加密: document numbers and phones are stored as AES-256-GCM ciphertext and found
// through an HMAC blind index of their normalised value. Keys derive from one data key, and so
// does the audit log's chain key.
import {
  chmodSync,
  closeSync,
  existsSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto'

interface Keys {
  encryption: Buffer
  blindIndex: Buffer
  /** the audit chain's HMAC key: like the others, never in the database */
  auditChain: Buffer
}

let keys: Keys | undefined

function derive(dataKey: Buffer, info: string): Buffer {
  return Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), info, 32))
}

export function initPii(dataKey: Buffer): void {
  if (dataKey.length !== 32) throw new Error('data key must be 32 bytes')
  keys = {
    encryption: derive(dataKey, 'lianfang field encryption v1'),
    blindIndex: derive(dataKey, 'lianfang blind index v1'),
    auditChain: derive(dataKey, 'lianfang audit chain v1'),
  }
}

/** The data key from config, or the one kept in the data directory (made on first start, mode 0600). */
export function loadDataKey(configured: string | undefined, dataDir: string): Buffer {
  if (configured) return Buffer.from(configured, 'base64')
  const file = path.join(dataDir, 'keys', 'data.key')
  if (existsSync(file)) return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64')
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 })
  const key = randomBytes(32)
  // Durable before anything is sealed with it: a power cut must not leave the database
  // with data under a key that was never on disk. Written aside, synced, then linked into
  // place, so the key file is whole or absent (link, like 'wx', never replaces one).
  const aside = `${file}.${process.pid}.new`
  writeFileSync(aside, key.toString('base64') + '\n', { mode: 0o600, flag: 'wx' })
  try {
    chmodSync(aside, 0o600)
    fsyncPath(aside)
    linkSync(aside, file)
  } finally {
    unlinkSync(aside)
  }
  // the new names: keys/data.key, and keys/ itself when it was just made
  fsyncPath(path.dirname(file), true)
  fsyncPath(dataDir, true)
  return key
}

function fsyncPath(p: string, directory = false) {
  // Windows cannot open a directory to sync it; some file systems refuse (EINVAL)
  if (directory && process.platform === 'win32') return
  const fd = openSync(p, 'r')
  try {
    fsyncSync(fd)
  } catch (e) {
    if (!(directory && (e as NodeJS.ErrnoException).code === 'EINVAL')) throw e
  } finally {
    closeSync(fd)
  }
}

function requireKeys(): Keys {
  if (!keys) throw new Error('personal-data keys not initialised (initPii)')
  return keys
}

/** The key of the audit log's HMAC chain (src/core/audit.ts). */
export const auditChainKey = (): Buffer => requireKeys().auditChain

// A call into the random source per field cost as much as the encryption itself (an import
// profile: 9 % of the CPU): nonces are drawn from it 6 KiB at a time, each used once.
const IV_BYTES = 12
const IV_POOL_SIZE = IV_BYTES * 512
let ivPool = Buffer.alloc(0)
let ivAt = 0

function freshIv(): Buffer {
  if (ivAt + IV_BYTES > ivPool.length) {
    ivPool = randomBytes(IV_POOL_SIZE)
    ivAt = 0
  }
  const iv = ivPool.subarray(ivAt, ivAt + IV_BYTES)
  ivAt += IV_BYTES
  return iv
}

/** "v1.<iv>.<ciphertext>.<tag>" in base64url. */
export function encryptField(plain: string): string {
  const iv = freshIv()
  const cipher = createCipheriv('aes-256-gcm', requireKeys().encryption, iv)
  const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
  return [
    'v1',
    iv.toString('base64url'),
    ct.toString('base64url'),
    cipher.getAuthTag().toString('base64url'),
  ].join('.')
}

export function decryptField(stored: string): string {
  const [version, iv, ct, tag] = stored.split('.')
  if (version !== 'v1' || !tag) throw new Error('unknown field encryption format')
  const decipher = createDecipheriv('aes-256-gcm', requireKeys().encryption, Buffer.from(iv, 'base64url'))
  decipher.setAuthTag(Buffer.from(tag, 'base64url'))
  return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString('utf8')
}

/** Exact-match index of a normalised value (upper case, no spaces); `kind` keeps phones and ids apart. */
export function blindIndex(kind: 'doc' | 'phone', value: string): string {
  const normal = value.replace(/\s+/g, '').toUpperCase()
  return createHmac('sha256', requireKeys().blindIndex)
    .update(kind)
    .update('\0')
    .update(normal)
    .digest('base64url')
}
