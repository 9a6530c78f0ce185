// Tencent and Aliyun cannot be reached from tests: these check the request each adapter
// builds and hands its SDK client, and that a refusal is an error naming no phone.
import { describe, expect, it } from 'vitest'
import { loadConfig } from '../../config.js'
import { tencentProvider, type TencentSendSms } from './tencent.js'
import { aliyunProvider, type AliyunSendSms } from './aliyun.js'

const cloud = (kind: string) => {
  const sms = loadConfig({
    LIANFANG_SMS_PROVIDER: kind,
    LIANFANG_SMS_KEY_ID: 'AKID-test',
    LIANFANG_SMS_KEY_SECRET: 'secret-test',
    LIANFANG_SMS_SIGN_NAME: '联防',
    LIANFANG_SMS_TEMPLATE: '1234567',
    LIANFANG_SMS_APP_ID: '1400000000',
  }).sms
  if (sms.kind !== 'tencent' && sms.kind !== 'aliyun') throw new Error('not a cloud provider')
  return sms
}

describe('SMS provider adapters', () => {
  it('asks Tencent Cloud SendSms for the +86 number, app, sign, template and [code, minutes]', async () => {
    const sent: TencentSendSms[] = []
    const provider = tencentProvider(cloud('tencent'), {
      SendSms: async (req) => (sent.push(req), { SendStatusSet: [{ Code: 'Ok' }] }),
    })
    await provider.send('13912345678', '042917')
    expect(sent).toEqual([
      {
        PhoneNumberSet: ['+8613912345678'],
        SmsSdkAppId: '1400000000',
        SignName: '联防',
        TemplateId: '1234567',
        TemplateParamSet: ['042917', '5'],
      },
    ])
    const refusing = tencentProvider(cloud('tencent'), {
      SendSms: async () => ({ SendStatusSet: [{ Code: 'LimitExceeded.PhoneNumberDailyLimit' }] }),
    })
    await expect(refusing.send('13912345678', '042917')).rejects.toThrow(
      /^Tencent SMS refused: Limit[^0-9]*$/,
    )
  })

  it('asks Alibaba Cloud SendSms for the number, sign, template and {code}', async () => {
    const sent: AliyunSendSms[] = []
    const provider = aliyunProvider(cloud('aliyun'), {
      send: async (req) => (sent.push(req), { code: 'OK' }),
    })
    await provider.send('13912345678', '042917')
    expect(sent).toEqual([
      {
        phoneNumbers: '13912345678',
        signName: '联防',
        templateCode: '1234567',
        templateParam: '{"code":"042917"}',
      },
    ])
    const refusing = aliyunProvider(cloud('aliyun'), {
      send: async () => ({ code: 'isv.BUSINESS_LIMIT_CONTROL' }),
    })
    await expect(refusing.send('13912345678', '042917')).rejects.toThrow('Aliyun SMS refused')
  })

  it('refuses a cloud provider without its credentials, naming the variable', () => {
    expect(() => loadConfig({ LIANFANG_SMS_PROVIDER: 'tencent' })).toThrow(/LIANFANG_SMS_KEY_ID/)
    expect(() => loadConfig({ LIANFANG_SMS_PROVIDER: 'carrier-pigeon' })).toThrow(/LIANFANG_SMS_PROVIDER/)
    expect(loadConfig({}).sms).toEqual({ kind: 'none' })
  })
})
