// The only reader of process.env. Values are validated once and frozen; a wrong value
// stops start-up with one line naming the variable.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

export interface Config {
  readonly port: number
  readonly host: string
  /** postgres://… or undefined for the embedded SQLite file */
  readonly databaseUrl: string | undefined
  readonly dataDir: string
  readonly sqliteFile: string
  readonly timeZone: string
  /** name of the deployment's own area, the top of the region tree */
  readonly areaName: string
  /** deployment id, the `iss` of passes */
  readonly deploymentId: string
  /** base64 32-byte data key; absent = generated into the data directory */
  readonly dataKey: string | undefined
  readonly sessionIdleMinutes: number
  readonly sessionMaxHours: number
  /** Secure `__Host-` cookies and HSTS: on when the public URL is https (or asked for) */
  readonly secureCookies: boolean
  /** the app's own origin as users reach it (https://lianfang.example.org); undefined = the Host header */
  readonly publicOrigin: string | undefined
  /** which peers may tell the client's address in X-Forwarded-For: a hop count or their addresses */
  readonly trustProxy: false | number | string[]
  /** bearer token that opens /metrics and /api/docs without a session; undefined = admins only */
  readonly metricsToken: string | undefined
  readonly logLevel: string
  readonly bodyLimitBytes: number
  /** ≥ this temperature (°C) is a fever: gates refer, observations alert */
  readonly feverThreshold: number
  /** passages older than this many days are deleted by the daily job */
  readonly passageRetentionDays: number
  /** the public bulletin shows no count below this for a compound */
  readonly bulletinMinCount: number
  /** requests per minute one address may make to the public resident endpoints */
  readonly publicRatePerMinute: number
  /** CJK font file for PDF/PNG posters; undefined = search the usual places; 'none' = SVG only */
  readonly cjkFont: string | undefined
  /** the built web apps (admin, gate, resident); not served when it holds no index.html */
  readonly webRoot: string
  /** one-time codes to residents' phones; kind 'none' = no SMS, identity confirmed in person only */
  readonly sms: SmsConfig
}

export type SmsConfig =
  | { readonly kind: 'none' }
  | { readonly kind: 'webhook'; readonly url: string }
  | {
      readonly kind: 'tencent' | 'aliyun'
      readonly keyId: string
      readonly keySecret: string
      readonly signName: string
      readonly template: string
      /** Tencent's SmsSdkAppId; unused by Aliyun */
      readonly appId: string
      readonly region: string
    }

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>

function readConfigFile(env: Env): Env {
  const file = env.LIANFANG_CONFIG
  if (!file) return {}
  if (!existsSync(file)) throw new ConfigError(`LIANFANG_CONFIG: file not found: ${file}`)
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
    return Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, String(v)]))
  } catch {
    throw new ConfigError(`LIANFANG_CONFIG: not valid JSON: ${file}`)
  }
}

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const n = Number(raw)
  if (!Number.isInteger(n) || n < min || n > max)
    throw new ConfigError(`${name}: expected a whole number from ${min} to ${max}, got "${raw}"`)
  return n
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false
  throw new ConfigError(`${name}: expected true or false, got "${raw}"`)
}

function decimal(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const n = Number(raw)
  if (!Number.isFinite(n) || n < min || n > max)
    throw new ConfigError(`${name}: expected a number from ${min} to ${max}, got "${raw}"`)
  return n
}

function publicOrigin(env: Env): string | undefined {
  const raw = env.LIANFANG_PUBLIC_URL
  if (!raw) return undefined
  try {
    const url = new URL(raw)
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.origin
  } catch {
    // falls through to the error below
  }
  throw new ConfigError(`LIANFANG_PUBLIC_URL: expected an http(s):// URL, got "${raw}"`)
}

// A boolean "trust every peer" let anyone who reaches the port directly name their own
// address (and walk past the sign-in throttle): only a hop count or the proxies' addresses.
function trustProxy(env: Env): false | number | string[] {
  const raw = (env.LIANFANG_TRUST_PROXY ?? '').trim()
  if (raw === '' || ['0', 'false', 'no'].includes(raw.toLowerCase())) return false
  if (/^\d+$/.test(raw)) return int(env, 'LIANFANG_TRUST_PROXY', 0, 0, 10) || false
  const list = raw.split(',').map((a) => a.trim())
  if (
    list.every(
      (a) => /^[0-9a-fA-F.:]+(\/\d{1,3})?$/.test(a) || ['loopback', 'linklocal', 'uniquelocal'].includes(a),
    )
  )
    return list
  throw new ConfigError(
    `LIANFANG_TRUST_PROXY: expected a hop count (1) or the proxies' addresses (10.0.0.5,10.0.1.0/24), got "${raw}"`,
  )
}

function metricsToken(env: Env): string | undefined {
  const token = env.LIANFANG_METRICS_TOKEN
  if (!token) return undefined
  if (token.length < 32) throw new ConfigError('LIANFANG_METRICS_TOKEN: expected at least 32 characters')
  return token
}

function timeZone(env: Env): string {
  const tz = env.LIANFANG_TIME_ZONE || 'Asia/Shanghai'
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz })
  } catch {
    throw new ConfigError(`LIANFANG_TIME_ZONE: unknown time zone "${tz}"`)
  }
  return tz
}

function databaseUrl(env: Env): string | undefined {
  const url = env.DATABASE_URL
  if (!url) return undefined
  if (!/^postgres(ql)?:\/\//.test(url))
    throw new ConfigError('DATABASE_URL: expected a postgres:// URL (leave it unset for the SQLite file)')
  return url
}

function cjkFont(env: Env): string | undefined {
  const file = env.LIANFANG_CJK_FONT
  if (!file || file === 'none') return file || undefined
  if (!existsSync(file)) throw new ConfigError(`LIANFANG_CJK_FONT: file not found: ${file}`)
  return path.resolve(file)
}

function dataKey(env: Env): string | undefined {
  const key = env.LIANFANG_DATA_KEY
  if (!key) return undefined
  if (Buffer.from(key, 'base64').length !== 32)
    throw new ConfigError('LIANFANG_DATA_KEY: expected 32 bytes in base64 (openssl rand -base64 32)')
  return key
}

function required(env: Env, name: string, why: string): string {
  const v = env[name]
  if (!v) throw new ConfigError(`${name}: required when ${why}`)
  return v
}

function sms(env: Env): SmsConfig {
  const kind = env.LIANFANG_SMS_PROVIDER || 'none'
  if (kind === 'none') return { kind }
  if (kind === 'webhook') {
    const url = required(env, 'LIANFANG_SMS_WEBHOOK_URL', 'LIANFANG_SMS_PROVIDER=webhook')
    if (!/^https?:\/\//.test(url))
      throw new ConfigError('LIANFANG_SMS_WEBHOOK_URL: expected an http(s):// URL')
    return { kind, url }
  }
  if (kind !== 'tencent' && kind !== 'aliyun')
    throw new ConfigError(`LIANFANG_SMS_PROVIDER: expected none, webhook, tencent or aliyun, got "${kind}"`)
  const why = `LIANFANG_SMS_PROVIDER=${kind}`
  return {
    kind,
    keyId: required(env, 'LIANFANG_SMS_KEY_ID', why),
    keySecret: required(env, 'LIANFANG_SMS_KEY_SECRET', why),
    signName: required(env, 'LIANFANG_SMS_SIGN_NAME', why),
    template: required(env, 'LIANFANG_SMS_TEMPLATE', why),
    appId: kind === 'tencent' ? required(env, 'LIANFANG_SMS_APP_ID', why) : '',
    region: env.LIANFANG_SMS_REGION || (kind === 'tencent' ? 'ap-guangzhou' : 'cn-hangzhou'),
  }
}

export function loadConfig(processEnv: Env = process.env, overrides: Partial<Config> = {}): Config {
  const env = { ...readConfigFile(processEnv), ...processEnv }
  const dataDir = path.resolve(env.LIANFANG_DATA_DIR || 'data')
  const config: Config = {
    port: int(env, 'PORT', 3000, 0, 65535),
    host: env.HOST || '0.0.0.0',
    databaseUrl: databaseUrl(env),
    dataDir,
    sqliteFile: env.LIANFANG_SQLITE_FILE
      ? path.resolve(env.LIANFANG_SQLITE_FILE)
      : path.join(dataDir, 'lianfang.db'),
    timeZone: timeZone(env),
    areaName: env.LIANFANG_AREA_NAME || '本辖区',
    deploymentId: env.LIANFANG_DEPLOYMENT_ID || 'lianfang',
    dataKey: dataKey(env),
    sessionIdleMinutes: int(env, 'LIANFANG_SESSION_IDLE_MINUTES', 30, 1, 7 * 24 * 60),
    sessionMaxHours: int(env, 'LIANFANG_SESSION_MAX_HOURS', 12, 1, 24 * 30),
    secureCookies: publicOrigin(env)?.startsWith('https:') || bool(env, 'LIANFANG_SECURE_COOKIES', false),
    publicOrigin: publicOrigin(env),
    trustProxy: trustProxy(env),
    metricsToken: metricsToken(env),
    logLevel: env.LOG_LEVEL || 'info',
    bodyLimitBytes: int(env, 'LIANFANG_BODY_LIMIT', 1_048_576, 1024, 256 * 1_048_576),
    feverThreshold: decimal(env, 'LIANFANG_FEVER_THRESHOLD', 37.3, 35, 42),
    passageRetentionDays: int(env, 'LIANFANG_PASSAGE_RETENTION_DAYS', 28, 1, 3650),
    bulletinMinCount: int(env, 'LIANFANG_BULLETIN_MIN_COUNT', 3, 1, 100),
    publicRatePerMinute: int(env, 'LIANFANG_PUBLIC_RATE_PER_MINUTE', 120, 1, 1_000_000),
    cjkFont: cjkFont(env),
    webRoot: path.resolve(env.LIANFANG_WEB_ROOT || 'dist/web'),
    sms: sms(env),
  }
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(config.logLevel))
    throw new ConfigError(`LOG_LEVEL: expected one of fatal, error, warn, info, debug, trace, silent`)
  return Object.freeze({ ...config, ...overrides })
}
