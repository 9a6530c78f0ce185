// 核验: the pass is checked on the phone with the cached keys and revocation list, then the
// same rule as the server turns colour and temperature into allow / refer / deny.
import { parseJwks, verifyPass } from '@shared/pass/index'
import { PASS_COLOURS, ruleVerdict, stricter, type PassColour, type Verdict } from '@shared/verdict'
import type { GateSettings } from './store'

export interface Judgement {
  verdict: Verdict
  colour: PassColour | null
  reason: string | null
  pass?: { id: string; colour: PassColour }
  name?: string
}

export async function judge(
  code: string,
  temperature: number | null,
  settings: GateSettings,
  jwks: unknown,
  revoked: string[],
): Promise<Judgement> {
  const byTemperature = ruleVerdict({ temperature, feverThreshold: settings.feverThreshold })
  if (!code)
    return { verdict: byTemperature.verdict, colour: null, reason: byTemperature.reason ?? 'document' }
  const keys = await parseJwks(jwks ?? { keys: [] }).catch(() => new Map())
  const revokedSet = new Set(revoked)
  const result = await verifyPass(code.trim(), { keys, revoked: (pid) => revokedSet.has(pid) })
  if (result.status !== 'valid' || !result.claims)
    return { verdict: 'deny', colour: null, reason: result.status }
  const colour = PASS_COLOURS[result.claims.c] ?? 'red'
  const rule = ruleVerdict({ colour, temperature, feverThreshold: settings.feverThreshold })
  return {
    verdict: stricter(rule.verdict, byTemperature.verdict),
    colour,
    reason: rule.reason,
    pass: { id: result.claims.pid, colour },
    name: result.claims.n,
  }
}
