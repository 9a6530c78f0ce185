// 核验: the pass is checked on the phone with the cached keys and revocation list, then the
// same rule as the server turns colour and temperature into allow / refer / deny. A typed
// document number is checked here (format, check digit) and then by the server when it can
// be asked; without the server it is 未核验 — never green.
import { checkResidentId, type IdProblem } from '@shared/identity'
import { parseJwks, verifyPass } from '@shared/pass/index'
import {
  isPassColour,
  PASS_COLOURS,
  ruleVerdict,
  stricter,
  type PassColour,
  type Verdict,
} from '@shared/verdict'
import type { Lookup } from './api'
import type { GateSettings, PendingPassage } from './store'

export interface Judgement {
  verdict: Verdict
  colour: PassColour | null
  reason: string | null
  pass?: { id: string; colour: PassColour }
  name?: string
  /** 待核验 and not yet confirmed on this phone: the volunteer checks the identity card */
  unconfirmed?: boolean
  last4?: string
}

export async function judge(
  code: string,
  temperature: number | null,
  settings: GateSettings,
  jwks: unknown,
  revoked: string[],
  confirmed: string[] = [],
): Promise<Judgement> {
  const keys = await parseJwks(jwks ?? { keys: [] }).catch(() => new Map())
  const revokedSet = new Set(revoked)
  const result = await verifyPass(code.trim(), { keys, revoked: (pid) => revokedSet.has(pid) })
  if (result.status !== 'valid' || !result.claims)
    return { verdict: 'deny', colour: null, reason: result.status }
  const claims = result.claims
  const colour = PASS_COLOURS[claims.c] ?? 'red'
  const unconfirmed = !!claims.unconfirmed && !confirmed.includes(claims.pid)
  const rule = ruleVerdict({ colour, temperature, feverThreshold: settings.feverThreshold, unconfirmed })
  return {
    verdict: rule.verdict,
    colour,
    reason: rule.reason,
    pass: { id: claims.pid, colour },
    name: claims.n,
    ...(unconfirmed && { unconfirmed, ...(claims.last4 && { last4: claims.last4 }) }),
  }
}

export type DocumentType = NonNullable<PendingPassage['document']>['type']
export type DocumentProblem = IdProblem | 'other_format'

/** A typed number's own problem, before anything is recorded; null when it may be used. */
export function checkDocument(type: DocumentType, number: string): DocumentProblem | null {
  if (type === 'id_card') return checkResidentId(number)
  // passports and permits: letters, digits and a dash, as printed
  return /^[A-Za-z0-9-]{5,20}$/.test(number) ? null : 'other_format'
}

/** The verdict for a typed number: the server's when it answered, else 未核验 (refer). */
export function judgeTyped(
  temperature: number | null,
  settings: GateSettings,
  lookup: Lookup | undefined,
): Judgement {
  const feverThreshold = settings.feverThreshold
  if (!lookup) {
    const rule = ruleVerdict({ temperature, feverThreshold, unverified: true })
    return { verdict: rule.verdict, colour: null, reason: rule.reason }
  }
  const colour = isPassColour(lookup.colour) ? lookup.colour : null
  // The same rule as a scan of this person's pass, and never laxer than the server.
  const rule = ruleVerdict({ colour, temperature, feverThreshold, unverified: !lookup.found })
  const verdict = stricter(rule.verdict, lookup.verdict)
  return {
    verdict,
    colour,
    reason: verdict === rule.verdict && rule.reason ? rule.reason : lookup.reason,
    ...(lookup.name && { name: lookup.name }),
  }
}
