// 放行判定: the same rule on the gate (offline) and on the server. Pure, browser-safe.

export type Verdict = 'allow' | 'deny' | 'refer' // 放行 / 劝返 / 转诊（留观）
export type PassColour = 'green' | 'yellow' | 'red'

const RANK: Record<Verdict, number> = { allow: 0, refer: 1, deny: 2 }

/** The stricter of two verdicts. */
export const stricter = (a: Verdict, b: Verdict): Verdict => (RANK[a] >= RANK[b] ? a : b)

export interface VerdictInput {
  colour?: PassColour | null
  temperature?: number | null
  feverThreshold: number
}

/** The least the rules demand: red pass → deny, fever or yellow pass → refer, else allow. */
export function ruleVerdict(v: VerdictInput): { verdict: Verdict; reason: string | null } {
  const fever = v.temperature != null && v.temperature >= v.feverThreshold
  if (v.colour === 'red') return { verdict: 'deny', reason: 'red_pass' }
  if (fever) return { verdict: 'refer', reason: 'fever' }
  if (v.colour === 'yellow') return { verdict: 'refer', reason: 'yellow_pass' }
  return { verdict: 'allow', reason: null }
}
