// Passage settings. TEMPORARY HOME: these belong in src/config.ts (owned by the config
// maintainer) as LIANFANG_FEVER_THRESHOLD and LIANFANG_PASSAGE_RETENTION_DAYS; until they are
// there, they are read from the config object when present and default to the values below.
import type { Config } from '../../config.js'

export interface PassageSettings {
  /** ≥ this temperature (°C) means refer 发热转诊 */
  feverThreshold: number
  /** passages older than this many days are deleted by the daily job */
  retentionDays: number
  /** temperatures outside this range are typing errors, not readings */
  minTemperature: number
  maxTemperature: number
  /** device clock this far from the server's is flagged 时钟偏差 */
  clockSkewMs: number
}

export const DEFAULT_PASSAGE_SETTINGS: PassageSettings = {
  feverThreshold: 37.3,
  retentionDays: 28,
  minTemperature: 35.0,
  maxTemperature: 42.0,
  clockSkewMs: 5 * 60_000,
}

export function passageSettings(config: Config): PassageSettings {
  const c = config as Config & { feverThreshold?: number; passageRetentionDays?: number }
  return {
    ...DEFAULT_PASSAGE_SETTINGS,
    ...(c.feverThreshold !== undefined && { feverThreshold: c.feverThreshold }),
    ...(c.passageRetentionDays !== undefined && { retentionDays: c.passageRetentionDays }),
  }
}
