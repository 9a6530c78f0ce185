// Passage settings: the fever line and how long passages are kept come from the config
// (LIANFANG_FEVER_THRESHOLD, LIANFANG_PASSAGE_RETENTION_DAYS); the rest are fixed here.
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
  /** the deployment's id: a scanned pass must carry it as `iss` to count as verified */
  issuer: string
}

export const DEFAULT_PASSAGE_SETTINGS: Omit<PassageSettings, 'issuer'> = {
  feverThreshold: 37.3,
  retentionDays: 28,
  minTemperature: 35.0,
  maxTemperature: 42.0,
  clockSkewMs: 5 * 60_000,
}

export function passageSettings(config: Config): PassageSettings {
  return {
    ...DEFAULT_PASSAGE_SETTINGS,
    feverThreshold: config.feverThreshold,
    retentionDays: config.passageRetentionDays,
    issuer: config.deploymentId,
  }
}
