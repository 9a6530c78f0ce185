// 语义配色: one meaning, one colour, in every chart — fever red, release green, new cases
// amber, gate traffic blue and teal — never ECharts' default blue for 发热.
export const PALETTE = {
  /** 发热 */
  fever: '#cf1322',
  /** 出现症状 */
  symptoms: '#d46b08',
  /** 漏测 */
  missedSlot: '#722ed1',
  /** 新增观察 */
  started: '#d48806',
  /** 解除观察 */
  released: '#389e0d',
  /** 仍在观察 */
  observing: '#c41d7f',
  /** 进 */
  in: '#1d39c4',
  /** 出 */
  out: '#08979c',
  /** 其他 */
  neutral: '#595959',
} as const

export type Meaning = keyof typeof PALETTE
