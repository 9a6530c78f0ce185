// 短信验证码: one-time codes to residents' phones (the resident entry proves a phone with them).
import type { LianfangModule } from '../../core/module.js'
import { smsMigrations } from './sms.migrations.js'

export const smsModule: LianfangModule = {
  name: 'sms',
  migrations: smsMigrations,
}
