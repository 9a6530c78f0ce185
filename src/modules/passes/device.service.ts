// The resident's phone: a device secret fetches a fresh pass. A secret lapses after 30 idle
// days, can be revoked, and is confirmed (bound) once a code, a gate or the community has
// confirmed who holds it; only a confirmed device is shown reasons.
import { randomBytes, randomUUID } from 'node:crypto'
import type { Db } from '../../db/db.js'
import { nowIso } from '../../db/db.js'
import { now } from '../../core/clock.js'
import { AppError, CommonErrors } from '../../core/errors.js'
import { recordAudit } from '../../core/audit.js'
import type { Actor } from '../../core/actor.js'
import { getPersonInScope } from '../people/index.js'
import type { PassSettings } from './passes.settings.js'
import { issuePass, PassErrors, signClaimantPass, type IssuedPass, type PassDevice } from './pass.service.js'
import {
  findDevice,
  findLiveClaimantDevice,
  findLiveDevice,
  listDevicesOf,
  revokeDevice as revokeDeviceRow,
  hashSecret,
  markDeviceConfirmed,
  revokeDevicesOf,
  touchClaimantDevice,
  touchDevice,
} from './device.queries.js'

export const DEVICE_IDLE_DAYS = 30
const idleSince = () => new Date(now() - DEVICE_IDLE_DAYS * 86_400_000).toISOString()

/** The live device behind a secret, or undefined (unknown, revoked or idle too long). */
export const liveDevice = (db: Db, secret: string) => findLiveDevice(db, secret, idleSince())

/**
 * The device a resident's declaration goes to: the phone's own secret when it is this
 * person's and live (so one phone keeps one device), else a new one. `confirmedBy` binds it.
 */
export async function deviceForDeclaration(
  db: Db,
  personId: string,
  secret: string | undefined,
  confirmedBy: string | null,
): Promise<{ secret: string; device: PassDevice }> {
  const at = nowIso(now)
  const held = secret ? await liveDevice(db, secret) : undefined
  if (held && held.person_id === personId) {
    await touchDevice(db, held.id, at)
    if (confirmedBy) await markDeviceConfirmed(db, held.id, confirmedBy, at)
    return { secret: secret!, device: { id: held.id, confirmed: !!(held.confirmed_at || confirmedBy) } }
  }
  const fresh = randomBytes(32).toString('base64url')
  const id = randomUUID()
  await db
    .insertInto('pass_device')
    .values({
      id,
      secret_hash: hashSecret(fresh),
      person_id: personId,
      created_at: at,
      last_used_at: at,
      confirmed_at: confirmedBy ? at : null,
      confirmed_by: confirmedBy,
      revoked_at: null,
    })
    .execute()
  return { secret: fresh, device: { id, confirmed: !!confirmedBy } }
}

/** The person a live device secret belongs to, or undefined. */
export async function personOfDevice(db: Db, secret: string): Promise<string | undefined> {
  return (await liveDevice(db, secret))?.person_id
}

/** Revokes every device of a person but `keep` (a take-over, or "sign out other phones"). */
export const revokeOtherDevices = (db: Db, personId: string, keep?: string) =>
  revokeDevicesOf(db, personId, nowIso(now), keep)

/** The resident fetches their own pass again with the secret their phone keeps. */
export async function passForDevice(db: Db, secret: string, settings: PassSettings): Promise<IssuedPass> {
  const device = await liveDevice(db, secret)
  if (!device) return claimantPassAgain(db, secret, settings)
  await touchDevice(db, device.id, nowIso(now))
  return issuePass(db, device.person_id, settings, 'pass.refresh', {
    id: device.id,
    confirmed: !!device.confirmed_at,
  })
}

type Claimant = Parameters<typeof signClaimantPass>[2]

/**
 * A claimant's 待核验 pass and a secret for their phone. The phone fetches it again like any
 * other, so a claim on a number on file cannot be told from a first registration.
 */
export async function claimantPass(db: Db, settings: PassSettings, claimant: Claimant) {
  const secret = randomBytes(32).toString('base64url')
  const at = nowIso(now)
  await db
    .insertInto('claimant_device')
    .values({
      secret_hash: hashSecret(secret),
      claimant: JSON.stringify(claimant),
      created_at: at,
      last_used_at: at,
    })
    .execute()
  return { pass: await signClaimantPass(db, settings, claimant), deviceSecret: secret }
}

async function claimantPassAgain(db: Db, secret: string, settings: PassSettings) {
  const held = await findLiveClaimantDevice(db, secret, idleSince())
  if (!held) throw new AppError(PassErrors.DEVICE_UNKNOWN)
  await touchClaimantDevice(db, held.secret_hash, nowIso(now))
  return signClaimantPass(db, settings, JSON.parse(held.claimant) as Claimant)
}

/** A person's devices for their page (person:read in scope). */
export async function listDevices(db: Db, actor: Actor, personId: string) {
  await getPersonInScope(db, actor, personId)
  const rows = await listDevicesOf(db, personId)
  return {
    items: rows.map((r) => ({
      id: r.id,
      createdAt: r.created_at,
      lastUsedAt: r.last_used_at,
      confirmedAt: r.confirmed_at,
      revokedAt: r.revoked_at,
    })),
  }
}

/** Staff revoke one phone of a person (lost, sold, someone else's); audited. */
export async function revokeDevice(db: Db, actor: Actor, personId: string, deviceId: string) {
  await getPersonInScope(db, actor, personId)
  const device = await findDevice(db, deviceId)
  if (!device || device.person_id !== personId) throw new AppError(CommonErrors.NOT_FOUND, { what: 'device' })
  await revokeDeviceRow(db, deviceId, nowIso(now))
  await recordAudit(db, actor, {
    action: 'device.revoke',
    entity: 'person',
    entityId: personId,
    detail: { device: deviceId },
  })
  return { ok: true as const }
}

/** 退出其他手机: the resident keeps this phone and signs every other one out. */
export async function signOutOtherDevices(db: Db, secret: string) {
  const device = await liveDevice(db, secret)
  if (!device) {
    // a claimant's phone is the only one of its claim: nothing to sign out, same answer
    if (await findLiveClaimantDevice(db, secret, idleSince())) return { ok: true as const }
    throw new AppError(PassErrors.DEVICE_UNKNOWN)
  }
  await revokeOtherDevices(db, device.person_id, device.id)
  await recordAudit(
    db,
    { userId: null, username: 'resident' },
    {
      action: 'device.sign_out_others',
      entity: 'person',
      entityId: device.person_id,
      detail: { keep: device.id },
    },
  )
  return { ok: true as const }
}
