// 扫码核验: what a passage may claim about the pass the gate scanned. The gate's own word
// (pass id, colour) is not evidence: only a QR that verifies here — our key, our `iss`, in
// time, not revoked, issued by us — gives the passage its pass and colour.
import type { Db } from '../../db/db.js'
import { verifyPass, type VerifyStatus } from '../../shared/pass/index.js'
import { PASS_COLOURS, type PassColour } from '../../shared/verdict.js'
import { publishedKeyMap } from './keys.service.js'
import { findPass } from './pass.queries.js'

export type ScannedPass =
  { verified: true; pid: string; colour: PassColour } | { verified: false; status: VerifyStatus | 'unissued' }

/**
 * Checks a scanned QR as at `atSeconds` (when the gate scanned it: an offline passage synced
 * the next day still counts a pass that was valid then). Keys are today's published ones, so
 * a key revoked as compromised stops verifying passages too, even those queued before.
 */
export async function checkScannedPass(
  db: Db,
  qr: string,
  opts: { issuer: string; atSeconds: number },
): Promise<ScannedPass> {
  const keys = await publishedKeyMap(db)
  const opened = await verifyPass(qr, { keys, now: opts.atSeconds, issuer: opts.issuer })
  if (opened.status !== 'valid' || !opened.claims) return { verified: false, status: opened.status }
  const stored = await findPass(db, opened.claims.pid)
  if (!stored) return { verified: false, status: 'unissued' }
  if (stored.revoked_at) return { verified: false, status: 'revoked' }
  return { verified: true, pid: stored.pid, colour: PASS_COLOURS[opened.claims.c] }
}
