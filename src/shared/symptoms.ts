// 症状: the symptoms a declaration or a screening finding may name, in the order forms list
// them. The server's schemas accept only these; the web labels each one.
export const SYMPTOMS = [
  'fever', // 发热
  'cough', // 咳嗽
  'fatigue', // 乏力
  'sore_throat', // 咽痛
  'short_breath', // 气促
  'diarrhea', // 腹泻
  'taste_smell_loss', // 嗅觉味觉减退
] as const
export type Symptom = (typeof SYMPTOMS)[number]
