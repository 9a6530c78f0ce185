// 心理援助热线: how a call came in, what it was about and how grave it was. The server's
// schemas accept only these; the web labels each one.
export const CALL_CHANNELS = ['phone', 'online', 'in_person'] as const // 电话 / 网络 / 面谈
// 焦虑恐慌 / 隔离适应 / 家庭关系 / 哀伤 / 睡眠 / 健康担忧 / 信息咨询 / 其他
export const CALL_CATEGORIES = [
  'anxiety',
  'quarantine',
  'family',
  'grief',
  'sleep',
  'health',
  'information',
  'other',
] as const
export const RISK_LEVELS = ['low', 'medium', 'high', 'crisis'] as const // 低 / 中 / 高 / 危机
export type CallChannel = (typeof CALL_CHANNELS)[number]
export type CallCategory = (typeof CALL_CATEGORIES)[number]
export type RiskLevel = (typeof RISK_LEVELS)[number]
