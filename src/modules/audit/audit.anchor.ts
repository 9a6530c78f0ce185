// 审计锚点: the chain's head signed with the deployment's Ed25519 key, to be kept away from the
// server (printed, sent to the supervising office). `verify --anchor` later proves the log
// still holds that head and an intact chain up to it: a rewrite before the anchored entry is
// found even by someone who has the audit key, because the anchored hash would change.
import { createPublicKey, verify } from 'node:crypto'
import type { Db } from '../../db/db.js'
import { nowIso } from '../../db/db.js'
import { now } from '../../core/clock.js'
import { verifyAuditChain, type ChainReport } from '../../core/audit.js'
import { foldAllAuditInbox } from '../../core/audit-inbox.js'
import { deploymentPublicKey, signAsDeployment } from '../passes/index.js'

export const ANCHOR_FORMAT = 'lianfang-audit-anchor/1' as const

export interface AuditAnchor {
  format: typeof ANCHOR_FORMAT
  deployment: string
  seq: number
  hash: string
  /** when the anchored entry was written */
  entryAt: string
  /** when the anchor was taken */
  anchoredAt: string
  keyedFrom: number
  kid: string
  /** Ed25519 public key, base64url */
  publicKey: string
  /** Ed25519 over `signedBytes`, base64url */
  signature: string
}

const signedBytes = (a: Omit<AuditAnchor, 'signature' | 'publicKey'>) =>
  new TextEncoder().encode(
    JSON.stringify([a.format, a.deployment, a.seq, a.hash, a.entryAt, a.anchoredAt, a.keyedFrom, a.kid]),
  )

export type AnchorResult = { ok: true; anchor: AuditAnchor } | { ok: false; report: ChainReport }

/** Verifies the chain and signs its head; nothing is signed over a broken or empty chain. */
export async function takeAnchor(db: Db, deploymentId: string): Promise<AnchorResult> {
  await foldAllAuditInbox(db)
  const report = await verifyAuditChain(db)
  if (!report.ok || !report.head) return { ok: false, report: { ...report, ok: false } }
  const unsigned = {
    format: ANCHOR_FORMAT,
    deployment: deploymentId,
    seq: report.head.seq,
    hash: report.head.hash,
    entryAt: report.head.at,
    anchoredAt: nowIso(now),
    keyedFrom: report.keyedFrom!,
  }
  const { kid, publicKey, signature } = await signAsDeployment(db, (kid) => signedBytes({ ...unsigned, kid }))
  return {
    ok: true,
    anchor: { ...unsigned, kid, publicKey, signature: Buffer.from(signature).toString('base64url') },
  }
}

export interface AnchorCheck {
  ok: boolean
  /** what failed, in a sentence */
  reason?: string
  chain: ChainReport
}

function parseAnchor(value: unknown): AuditAnchor | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const a = value as Record<string, unknown>
  const strings = ['deployment', 'hash', 'entryAt', 'anchoredAt', 'kid', 'publicKey', 'signature']
  if (a.format !== ANCHOR_FORMAT || !strings.every((k) => typeof a[k] === 'string')) return undefined
  if (!Number.isSafeInteger(a.seq) || !Number.isSafeInteger(a.keyedFrom)) return undefined
  return a as unknown as AuditAnchor
}

function signatureValid(anchor: AuditAnchor): boolean {
  try {
    const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: anchor.publicKey }, format: 'jwk' })
    return verify(null, signedBytes(anchor), key, Buffer.from(anchor.signature, 'base64url'))
  } catch {
    return false
  }
}

/** The anchor is genuine, the log still holds its entry with its hash, and the chain is intact. */
export async function checkAnchor(db: Db, value: unknown): Promise<AnchorCheck> {
  const chain = await verifyAuditChain(db)
  const anchor = parseAnchor(value)
  if (!anchor) return { ok: false, reason: 'not an audit anchor', chain }
  if ((await deploymentPublicKey(db, anchor.kid)) !== anchor.publicKey)
    return { ok: false, reason: `signing key ${anchor.kid} is not this deployment's`, chain }
  if (!signatureValid(anchor)) return { ok: false, reason: 'anchor signature invalid', chain }
  const entry = await db
    .selectFrom('audit_event')
    .select(['hash', 'at'])
    .where('seq', '=', anchor.seq)
    .executeTakeFirst()
  if (!entry) return { ok: false, reason: `anchored entry ${anchor.seq} is missing`, chain }
  if (entry.hash !== anchor.hash)
    return { ok: false, reason: `anchored entry ${anchor.seq} no longer has the anchored hash`, chain }
  if (chain.keyedFrom !== undefined && chain.keyedFrom !== anchor.keyedFrom)
    return { ok: false, reason: 'the start of the keyed chain moved', chain }
  if (!chain.ok) return { ok: false, reason: 'chain broken', chain }
  return { ok: true, chain }
}
