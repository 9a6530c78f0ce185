// Tencent Cloud SMS (腾讯云短信, API 2021-01-11 SendSms). The template takes two
// parameters: {1} the code, {2} the minutes it is valid.
import type { SmsConfig } from '../../config.js'
import type { SmsProvider } from './sms.providers.js'

type TencentConfig = Extract<SmsConfig, { kind: 'tencent' | 'aliyun' }>

export interface TencentSendSms {
  PhoneNumberSet: string[]
  SmsSdkAppId: string
  SignName: string
  TemplateId: string
  TemplateParamSet: string[]
}
export interface TencentClient {
  SendSms(req: TencentSendSms): Promise<{ SendStatusSet?: { Code?: string }[] }>
}

export function tencentRequest(config: TencentConfig, phone: string, code: string, minutes: string) {
  return {
    PhoneNumberSet: [`+86${phone}`],
    SmsSdkAppId: config.appId,
    SignName: config.signName,
    TemplateId: config.template,
    TemplateParamSet: [code, minutes],
  }
}

async function sdkClient(config: TencentConfig): Promise<TencentClient> {
  const { sms } = await import('tencentcloud-sdk-nodejs-sms')
  return new sms.v20210111.Client({
    credential: { secretId: config.keyId, secretKey: config.keySecret },
    region: config.region,
    profile: { httpProfile: { endpoint: 'sms.tencentcloudapi.com' } },
  })
}

/** `client` is for tests: the real one is made from the SDK on first use. */
export function tencentProvider(config: TencentConfig, client?: TencentClient): SmsProvider {
  let made: Promise<TencentClient> | undefined = client && Promise.resolve(client)
  return {
    async send(phone, code) {
      made ??= sdkClient(config)
      const res = await (await made).SendSms(tencentRequest(config, phone, code, '5'))
      const status = res.SendStatusSet?.[0]?.Code
      if (status !== 'Ok') throw new Error(`Tencent SMS refused: ${status ?? 'no status'}`)
    },
  }
}
