// What the pass services need from the deployment's config: passed in by the caller (a
// route, a command), never kept here.
import type { Config } from '../../config.js'

export type PassSettings = Pick<Config, 'deploymentId'>

export const PASS_TTL_SECONDS = 24 * 3600 // 通行码有效期 24 小时
/** the verifier's clock leeway (shared/pass DEFAULT_LEEWAY_SECONDS) plus margin */
export const KEY_PUBLISH_MARGIN_SECONDS = 300
