// 健康通行码: signed LF1 passes for 24 h, the server-side check a gate asks online, the
// revocation list, and the resident's device secret that fetches a fresh pass.
import { createHash, randomBytes } from 'node:crypto'
import type { Db } from '../../db/db.js'
import { nowIso } from '../../db/db.js'
import { now } from '../../core/clock.js'
import { AppError, defineErrors, CommonErrors } from '../../core/errors.js'
import { maskName } from '../../shared/identity.js'
import {
  encodePass,
  verifyPass,
  type PassClaims,
  type RevocationList,
  type VerifyStatus,
} from '../../shared/pass/index.js'
import { findPerson } from '../people/index.js'
import { getPersonInScope } from '../people/index.js'
import { recordAudit } from '../../core/audit.js'
import type { Actor } from '../../core/actor.js'
import { colourCode, type Colour, type ColourReason } from './colour-rules.js'
import { recomputeColour } from './colour.service.js'
import { activeSigner, publishedKeyMap } from './keys.service.js'
import { findPass, insertPass, listRevokedPasses } from './pass.queries.js'
import { PASS_TTL_SECONDS, type PassSettings } from './passes.settings.js'

export const PassErrors = defineErrors({
  DEVICE_UNKNOWN: {
    status: 404,
    zh: '此手机尚未申报，请扫描小区或卡点海报上的二维码进行健康申报',
    en: 'This phone has not declared yet: scan the poster QR code to declare',
  },
  PASS_NOT_FOUND: { status: 404, zh: '找不到该通行码', en: 'No such pass' },
})

export interface IssuedPass {
  qr: string
  pid: string
  colour: Colour
  reasons: ColourReason[]
  name: string
  issuedAt: string
  expires: string
  rulesVersion: number
}

/** Issues a 24 h pass with the colour as of now. Runs inside the caller's transaction. */
export async function issuePass(
  db: Db,
  personId: string,
  settings: PassSettings,
  cause = 'pass.issue',
): Promise<IssuedPass> {
  const person = await findPerson(db, personId)
  if (!person) throw new AppError(CommonErrors.NOT_FOUND, { what: 'person' })
  const colour = await recomputeColour(db, personId, cause)
  const { kid, signer } = await activeSigner(db)
  const iat = Math.floor(now() / 1000)
  const claims: PassClaims = {
    iss: settings.deploymentId,
    iat,
    exp: iat + PASS_TTL_SECONDS,
    // opaque and unique, not secret (the pass is signed): 8 random bytes keep the QR under 300 characters
    pid: randomBytes(8).toString('base64url'),
    n: maskName(person.name),
    c: colourCode(colour.colour),
    r: person.region_id,
  }
  const qr = await encodePass(claims, signer)
  const issuedAt = new Date(iat * 1000).toISOString()
  const expires = new Date(claims.exp * 1000).toISOString()
  await insertPass(db, {
    pid: claims.pid,
    person_id: personId,
    region_id: person.region_id,
    kid,
    colour: colour.colour,
    issued_at: issuedAt,
    expires_at: expires,
    revoked_at: null,
    revoke_reason: null,
  })
  return {
    qr,
    pid: claims.pid,
    colour: colour.colour,
    reasons: colour.reasons,
    name: claims.n,
    issuedAt,
    expires,
    rulesVersion: colour.rulesVersion,
  }
}

/** Staff re-issue (e.g. to print for someone without a phone): audited. */
export async function reissuePass(
  db: Db,
  actor: Actor,
  personId: string,
  settings: PassSettings,
): Promise<IssuedPass> {
  await getPersonInScope(db, actor, personId)
  const pass = await issuePass(db, personId, settings, 'pass.reissue')
  await recordAudit(db, actor, {
    action: 'pass.issue',
    entity: 'person',
    entityId: personId,
    detail: { pid: pass.pid },
  })
  return pass
}

export interface ServerVerification {
  status: VerifyStatus
  claims?: PassClaims
  /** the person's colour right now, which may differ from the one signed into the pass */
  current?: { colour: Colour; changed: boolean }
}

/** The online check: signature and time as at a gate, revocation and the current colour from the database. */
export async function verifyOnServer(db: Db, qr: string, issuer: string): Promise<ServerVerification> {
  const keys = await publishedKeyMap(db)
  const opened = await verifyPass(qr, { keys, now: Math.floor(now() / 1000), issuer })
  if (!opened.claims || opened.status === 'wrong_issuer') return { status: opened.status }
  const stored = await findPass(db, opened.claims.pid)
  // A pass signed with our key but unknown to the database was not issued by us.
  if (!stored) return { status: 'revoked', claims: opened.claims }
  const status: VerifyStatus = stored.revoked_at ? 'revoked' : opened.status
  const colour = await recomputeColour(db, stored.person_id, 'pass.verify')
  return {
    status,
    claims: opened.claims,
    current: { colour: colour.colour, changed: colourCode(colour.colour) !== opened.claims.c },
  }
}

export async function revokePass(db: Db, actor: Actor, pid: string, reason: string) {
  const pass = await findPass(db, pid)
  if (!pass) throw new AppError(PassErrors.PASS_NOT_FOUND)
  await getPersonInScope(db, actor, pass.person_id)
  await db
    .updateTable('pass')
    .set({ revoked_at: nowIso(now), revoke_reason: 'staff' })
    .where('pid', '=', pid)
    .where('revoked_at', 'is', null)
    .execute()
  await recordAudit(db, actor, {
    action: 'pass.revoke',
    entity: 'person',
    entityId: pass.person_id,
    detail: { pid, reason },
  })
}

/** The list gates cache: pass ids revoked and not yet expired. */
export async function revocationList(db: Db): Promise<RevocationList> {
  const at = nowIso(now)
  const rows = await listRevokedPasses(db, at)
  return { generatedAt: at, revoked: rows.map((r) => ({ pid: r.pid, expires: r.expires_at })) }
}

const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex')

/** A new device secret for a person; the secret goes to the phone, only its hash stays. */
export async function registerDevice(db: Db, personId: string): Promise<string> {
  const secret = randomBytes(32).toString('base64url')
  const at = nowIso(now)
  await db
    .insertInto('pass_device')
    .values({ secret_hash: hashSecret(secret), person_id: personId, created_at: at, last_used_at: at })
    .execute()
  return secret
}

/** The person a device secret belongs to, or undefined. */
export async function personOfDevice(db: Db, secret: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('pass_device')
    .select('person_id')
    .where('secret_hash', '=', hashSecret(secret))
    .executeTakeFirst()
  return row?.person_id
}

/** The resident fetches their own pass again with the secret their phone keeps. */
export async function passForDevice(db: Db, secret: string, settings: PassSettings): Promise<IssuedPass> {
  const personId = await personOfDevice(db, secret)
  if (!personId) throw new AppError(PassErrors.DEVICE_UNKNOWN)
  await db
    .updateTable('pass_device')
    .set({ last_used_at: nowIso(now) })
    .where('secret_hash', '=', hashSecret(secret))
    .execute()
  return issuePass(db, personId, settings, 'pass.refresh')
}
