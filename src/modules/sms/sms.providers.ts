// 短信通道: one small interface, one adapter per provider, chosen by LIANFANG_SMS_PROVIDER.
// Credentials come from the config and are never logged; errors name no phone.
import type { SmsConfig } from '../../config.js'
import { tencentProvider } from './tencent.js'
import { aliyunProvider } from './aliyun.js'
import { CODE_TTL_MS } from './sms.service.js'

export interface SmsProvider {
  send(phone: string, code: string): Promise<void>
}

export const CODE_MINUTES = String(CODE_TTL_MS / 60_000)

/** POSTs `{phone, code, minutes, text}` as JSON to a gateway the deployment runs. */
export function webhookProvider(url: string): SmsProvider {
  return {
    async send(phone, code) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          phone,
          code,
          minutes: Number(CODE_MINUTES),
          text: `【联防】您的验证码是${code}，${CODE_MINUTES}分钟内有效。`,
        }),
        signal: AbortSignal.timeout(10_000),
      })
      if (!res.ok) throw new Error(`SMS webhook answered ${res.status}`)
    },
  }
}

const cache = new WeakMap<SmsConfig, SmsProvider | null>()

/** The configured provider, or null when SMS is off ('none'). */
export function smsProvider(config: SmsConfig): SmsProvider | null {
  if (!cache.has(config)) cache.set(config, build(config))
  return cache.get(config)!
}

function build(config: SmsConfig): SmsProvider | null {
  switch (config.kind) {
    case 'none':
      return null
    case 'webhook':
      return webhookProvider(config.url)
    case 'tencent':
      return tencentProvider(config)
    case 'aliyun':
      return aliyunProvider(config)
  }
}
