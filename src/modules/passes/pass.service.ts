// 健康通行码: signed LF1 passes for 24 h, the server-side check a gate asks online, the
// revocation list, and the resident's device secret that fetches a fresh pass.
import { randomBytes } from 'node:crypto'
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
import { currentRules, recomputeColour } from './colour.service.js'
import { activeSigner, publishedKeyMap } from './keys.service.js'
import { findPass, insertPass, listRevokedPasses } from './pass.queries.js'
import { PASS_TTL_SECONDS, type PassSettings } from './passes.settings.js'
import { isDeviceConfirmed } from './device.queries.js'
import { decryptField } from '../../crypto/pii.js'

export const PassErrors = defineErrors({
  DEVICE_UNKNOWN: {
    status: 404,
    zh: '此手机尚未申报，请扫描小区或卡点海报上的二维码进行健康申报',
    en: 'This phone has not declared yet: scan the poster QR code to declare',
  },
  PASS_NOT_FOUND: { status: 404, zh: '找不到该通行码', en: 'No such pass' },
})

export interface IssuedPass {
  /** false for a 待核验 pass: no proof of identity yet; it carries no reasons */
  confirmed: boolean
  qr: string
  pid: string
  colour: Colour
  reasons: ColourReason[]
  name: string
  issuedAt: string
  expires: string
  rulesVersion: number
}

/** The device a resident's pass goes to; staff-issued passes have none and count as confirmed. */
export interface PassDevice {
  id: string
  confirmed: boolean
}

/**
 * Issues a 24 h pass with the colour as of now. Runs inside the caller's transaction. A pass
 * to an unconfirmed device is 待核验: it says so (u, and k the document's last 4 for the
 * gate to compare with the card) and carries the colour without its reasons.
 */
export async function issuePass(
  db: Db,
  personId: string,
  settings: PassSettings,
  cause = 'pass.issue',
  device?: PassDevice,
): Promise<IssuedPass> {
  const person = await findPerson(db, personId)
  if (!person) throw new AppError(CommonErrors.NOT_FOUND, { what: 'person' })
  const confirmed = !device || device.confirmed
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
    ...(confirmed ? {} : { unconfirmed: true, last4: decryptField(person.doc_enc).slice(-4) }),
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
    device_id: device?.id ?? null,
  })
  return {
    confirmed,
    qr,
    pid: claims.pid,
    colour: colour.colour,
    reasons: confirmed ? colour.reasons : [],
    name: claims.n,
    issuedAt,
    expires,
    rulesVersion: colour.rulesVersion,
  }
}

/**
 * A 待核验 pass for someone whose claim on a number waits in the claims queue: signed with
 * the colour of their own answers, tied to no person (so nothing of the person on file goes
 * to them) and kept nowhere, so an online check calls it unknown.
 */
export async function signClaimantPass(
  db: Db,
  settings: PassSettings,
  claimant: { name: string; last4: string; regionId: string; colour: Colour },
): Promise<IssuedPass> {
  const { signer } = await activeSigner(db)
  const iat = Math.floor(now() / 1000)
  const claims: PassClaims = {
    iss: settings.deploymentId,
    iat,
    exp: iat + PASS_TTL_SECONDS,
    pid: randomBytes(8).toString('base64url'),
    n: maskName(claimant.name.trim()),
    c: colourCode(claimant.colour),
    r: claimant.regionId,
    unconfirmed: true,
    last4: claimant.last4,
  }
  return {
    confirmed: false,
    qr: await encodePass(claims, signer),
    pid: claims.pid,
    colour: claimant.colour,
    reasons: [],
    name: claims.n,
    issuedAt: new Date(iat * 1000).toISOString(),
    expires: new Date(claims.exp * 1000).toISOString(),
    rulesVersion: (await currentRules(db)).version,
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
  current?: { colour: Colour; changed: boolean; confirmed: boolean }
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
    current: {
      colour: colour.colour,
      changed: colourCode(colour.colour) !== opened.claims.c,
      confirmed: !stored.device_id || (await isDeviceConfirmed(db, stored.device_id)),
    },
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
