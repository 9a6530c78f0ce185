// 核验: the pass is checked on the phone with the cached keys and revocation list, then the
// same rule as the server turns colour and temperature into allow / refer / deny.
import { parseJwks, verifyPass } from '@shared/pass/index'
import { ruleVerdict, stricter, type Verdict } from '@shared/verdict'
import type { GateSettings } from './store'

const COLOURS = ['green', 'yellow', 'red'] as const

export interface Judgement {
  verdict: Verdict
  colour: (typeof COLOURS)[number] | null
  reason: string | null
  pass?: { id: string; colour: (typeof COLOURS)[number] }
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
  const colour = COLOURS[result.claims.c] ?? 'red'
  const rule = ruleVerdict({ colour, temperature, feverThreshold: settings.feverThreshold })
  return {
    verdict: stricter(rule.verdict, byTemperature.verdict),
    colour,
    reason: rule.reason,
    pass: { id: result.claims.pid, colour },
    name: result.claims.n,
  }
}
