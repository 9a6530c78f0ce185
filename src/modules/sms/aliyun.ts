// Alibaba Cloud SMS (阿里云短信服务, Dysmsapi 2017-05-25 SendSms). The template has one
// variable, ${code}.
import type { SmsConfig } from '../../config.js'
import type { SmsProvider } from './sms.providers.js'

type AliyunConfig = Extract<SmsConfig, { kind: 'tencent' | 'aliyun' }>

export interface AliyunSendSms {
  phoneNumbers: string
  signName: string
  templateCode: string
  templateParam: string
}
export interface AliyunClient {
  send(req: AliyunSendSms): Promise<{ code?: string }>
}

export function aliyunRequest(config: AliyunConfig, phone: string, code: string): AliyunSendSms {
  return {
    phoneNumbers: phone,
    signName: config.signName,
    templateCode: config.template,
    templateParam: JSON.stringify({ code }),
  }
}

async function sdkClient(config: AliyunConfig): Promise<AliyunClient> {
  const sdk = await import('@alicloud/dysmsapi20170525')
  const { $OpenApiUtil } = await import('@alicloud/openapi-core')
  const client = new sdk.default.default(
    new $OpenApiUtil.Config({
      accessKeyId: config.keyId,
      accessKeySecret: config.keySecret,
      regionId: config.region,
      endpoint: 'dysmsapi.aliyuncs.com',
    }),
  )
  return {
    async send(req) {
      const res = await client.sendSms(new sdk.SendSmsRequest(req))
      return { code: res.body?.code }
    },
  }
}

/** `client` is for tests: the real one is made from the SDK on first use. */
export function aliyunProvider(config: AliyunConfig, client?: AliyunClient): SmsProvider {
  let made: Promise<AliyunClient> | undefined = client && Promise.resolve(client)
  return {
    async send(phone, code) {
      made ??= sdkClient(config)
      const res = await (await made).send(aliyunRequest(config, phone, code))
      if (res.code !== 'OK') throw new Error(`Aliyun SMS refused: ${res.code ?? 'no status'}`)
    },
  }
}
