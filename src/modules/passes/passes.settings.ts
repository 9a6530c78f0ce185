// Deployment settings the pass services need outside a request (event listeners, CLI):
// set once from the config when the routes or commands are registered.
import type { Config } from '../../config.js'
import { localDate } from '../../shared/days.js'

export const PASS_TTL_SECONDS = 24 * 3600 // 通行码有效期 24 小时
/** the verifier's clock leeway (shared/pass DEFAULT_LEEWAY_SECONDS) plus margin */
export const KEY_PUBLISH_MARGIN_SECONDS = 300

const settings = { timeZone: 'Asia/Shanghai', deploymentId: 'lianfang' }

export function configurePasses(config: Pick<Config, 'timeZone' | 'deploymentId'>): void {
  settings.timeZone = config.timeZone
  settings.deploymentId = config.deploymentId
}

export const passSettings = (): Readonly<typeof settings> => settings

/** YYYY-MM-DD of `ms` in the deployment's time zone (a cached formatter: building one costs ~0.1 ms). */
export function dayIn(ms: number, timeZone = settings.timeZone): string {
  return localDate(ms, timeZone)
}
