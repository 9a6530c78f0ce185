// 放行判定: the same rule on the gate (offline) and on the server. Pure, browser-safe.

export type Verdict = 'allow' | 'deny' | 'refer' // 放行 / 劝返 / 转诊（留观）
/** The pass colours, in the order of the pass's `c` claim (0 green 绿码, 1 yellow 黄码, 2 red 红码). */
export const PASS_COLOURS = ['green', 'yellow', 'red'] as const
export type PassColour = (typeof PASS_COLOURS)[number]
export const isPassColour = (c: unknown): c is PassColour => (PASS_COLOURS as readonly unknown[]).includes(c)

const RANK: Record<Verdict, number> = { allow: 0, refer: 1, deny: 2 }

/** The stricter of two verdicts. */
export const stricter = (a: Verdict, b: Verdict): Verdict => (RANK[a] >= RANK[b] ? a : b)

export interface VerdictInput {
  colour?: PassColour | null
  temperature?: number | null
  feverThreshold: number
  /** the pass is 待核验: obtained without proof of identity; the card must be checked */
  unconfirmed?: boolean
  /** no pass was read at all (a typed number, offline): 未核验 */
  unverified?: boolean
}

/** The least the rules demand: red pass → deny; fever, yellow, unverified or unconfirmed → refer; else allow. */
export function ruleVerdict(v: VerdictInput): { verdict: Verdict; reason: string | null } {
  const fever = v.temperature != null && v.temperature >= v.feverThreshold
  if (v.colour === 'red') return { verdict: 'deny', reason: 'red_pass' }
  if (fever) return { verdict: 'refer', reason: 'fever' }
  if (v.colour === 'yellow') return { verdict: 'refer', reason: 'yellow_pass' }
  // Never green without a verified, confirmed pass: the volunteer checks the identity card.
  if (v.unverified) return { verdict: 'refer', reason: 'unverified' }
  if (v.unconfirmed) return { verdict: 'refer', reason: 'check_card' }
  return { verdict: 'allow', reason: null }
}
