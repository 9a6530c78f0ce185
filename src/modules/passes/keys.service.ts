// 签名密钥: Ed25519 keys made on first start, the private half sealed with the data key.
// Rotation retires the active key but keeps it published until the last pass it signed
// has expired, so passes already in people's hands keep verifying at the gates.
import type { Db } from '../../db/db.js'
import { inTransaction, nowIso } from '../../db/db.js'
import { now } from '../../core/clock.js'
import { decryptField, encryptField } from '../../crypto/pii.js'
import {
  generatePassKeyPair,
  signerFromPrivateJwk,
  toJwk,
  decodeBase64Url,
  type Ed25519PrivateJwk,
  type Jwks,
  type PassSigner,
} from '../../shared/pass/index.js'
import { recordAudit } from '../../core/audit.js'
import type { Actor } from '../../core/actor.js'
import { AppError, defineErrors } from '../../core/errors.js'
import {
  findActiveKey,
  findKey,
  insertKey,
  latestExpiryOfKey,
  listAllKeys,
  listPublishedKeys,
} from './pass.queries.js'
import { KEY_PUBLISH_MARGIN_SECONDS, PASS_TTL_SECONDS } from './passes.settings.js'

const signers = new Map<string, Promise<PassSigner>>()

async function createKey(db: Db): Promise<string> {
  const { privateJwk } = await generatePassKeyPair()
  await insertKey(db, {
    kid: privateJwk.kid!,
    public_x: privateJwk.x,
    private_enc: encryptField(JSON.stringify(privateJwk)),
    created_at: nowIso(now),
    retired_at: null,
    publish_until: null,
    compromised_at: null,
  })
  return privateJwk.kid!
}

/** On first start there is no key: make one. */
export async function ensureSigningKey(db: Db): Promise<void> {
  if (await findActiveKey(db)) return
  await inTransaction(db, async (trx) => {
    if (await findActiveKey(trx)) return
    const kid = await createKey(trx)
    await recordAudit(
      trx,
      { userId: null, username: 'system' },
      { action: 'pass_key.create', entity: 'signing_key', entityId: kid },
    )
  })
}

/** The signer of the active key; made on demand when the deployment has none yet. */
export async function activeSigner(db: Db): Promise<{ kid: string; signer: PassSigner }> {
  let key = await findActiveKey(db)
  if (!key) {
    await createKey(db)
    key = (await findActiveKey(db))!
  }
  let signer = signers.get(key.kid)
  if (!signer) {
    signer = signerFromPrivateJwk(JSON.parse(decryptField(key.private_enc)) as Ed25519PrivateJwk)
    signers.set(key.kid, signer)
  }
  return { kid: key.kid, signer: await signer }
}

/** Retires the active key and makes a new one; call inside a transaction. */
export async function rotateSigningKey(db: Db, actor: Pick<Actor, 'userId' | 'username'>) {
  const at = now()
  const retired = await findActiveKey(db)
  if (retired) {
    // A pass being signed while we rotate may still carry the old kid: cover a full TTL.
    const lastPass = await latestExpiryOfKey(db, retired.kid)
    const floor = at + (PASS_TTL_SECONDS + KEY_PUBLISH_MARGIN_SECONDS) * 1000
    const until = Math.max(floor, lastPass ? Date.parse(lastPass) + KEY_PUBLISH_MARGIN_SECONDS * 1000 : 0)
    await db
      .updateTable('signing_key')
      .set({ retired_at: new Date(at).toISOString(), publish_until: new Date(until).toISOString() })
      .where('retired_at', 'is', null)
      .execute()
  }
  const kid = await createKey(db)
  await recordAudit(db, actor, {
    action: 'pass_key.rotate',
    entity: 'signing_key',
    entityId: kid,
    detail: { retired: retired?.kid ?? null },
  })
  return { kid, retired: retired?.kid ?? null }
}

export const KeyErrors = defineErrors({
  KEY_NOT_FOUND: { status: 404, zh: '没有这个签名密钥：{kid}', en: 'No such signing key: {kid}' },
  KEY_REVOKE_UNCONFIRMED: {
    status: 400,
    zh: '吊销会使该密钥签发的通行码全部失效：请加 --compromised 确认；日常更换请用 keys rotate',
    en: 'Revoking voids every pass the key signed: add --compromised to confirm, or use keys rotate',
  },
})

/**
 * 密钥泄露: unpublishes a key at once (gates drop it on their next sync, the server answers
 * unknown_key for its passes). If it was the active key a new one is made first, so passes
 * keep being issued; residents' phones fetch a fresh pass signed by it. Call inside a transaction.
 */
export async function revokeCompromisedKey(db: Db, actor: Pick<Actor, 'userId' | 'username'>, kid: string) {
  const key = await findKey(db, kid)
  if (!key) throw new AppError(KeyErrors.KEY_NOT_FOUND, { kid })
  const rotated = key.retired_at === null ? await rotateSigningKey(db, actor) : null
  const at = nowIso(now)
  await db
    .updateTable('signing_key')
    .set({ compromised_at: key.compromised_at ?? at, retired_at: key.retired_at ?? at, publish_until: at })
    .where('kid', '=', kid)
    .execute()
  signers.delete(kid)
  await recordAudit(db, actor, {
    action: 'pass_key.compromised',
    entity: 'signing_key',
    entityId: kid,
    detail: { replacedBy: rotated?.kid ?? null },
  })
  return { kid, replacedBy: rotated?.kid ?? null }
}

/** GET /.well-known/lianfang/keys.json */
export async function publishedJwks(db: Db): Promise<Jwks> {
  const keys = await listPublishedKeys(db, nowIso(now))
  return { keys: keys.map((k) => toJwk(decodeBase64Url(k.public_x), k.kid)) }
}

export async function publishedKeyMap(db: Db): Promise<Map<string, Uint8Array>> {
  const keys = await listPublishedKeys(db, nowIso(now))
  return new Map(keys.map((k) => [k.kid, decodeBase64Url(k.public_x)]))
}

export async function listKeys(db: Db) {
  return (await listAllKeys(db)).map((k) => ({
    kid: k.kid,
    createdAt: k.created_at,
    retiredAt: k.retired_at,
    publishUntil: k.publish_until,
    compromisedAt: k.compromised_at,
  }))
}

/** Signs with the deployment's active Ed25519 key what `bytes` makes of its kid (the audit anchor). */
export async function signAsDeployment(db: Db, bytes: (kid: string) => Uint8Array) {
  const { kid, signer } = await activeSigner(db)
  const key = (await listAllKeys(db)).find((k) => k.kid === kid)!
  return { kid, publicKey: key.public_x, signature: await signer.sign(bytes(kid)) }
}

/** The public half (base64url) of any key the deployment has had, retired ones included. */
export async function deploymentPublicKey(db: Db, kid: string): Promise<string | undefined> {
  return (await listAllKeys(db)).find((k) => k.kid === kid)?.public_x
}
