// The sms module's face: one-time codes and the provider that sends them.
export { issueCode, spendCode, SmsErrors } from './sms.service.js'
export { smsProvider, type SmsProvider } from './sms.providers.js'
