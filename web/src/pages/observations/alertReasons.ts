// One alert, every reason it has, in words: "发热 37.9℃，症状：咳嗽、乏力".
import type { TFunction } from 'i18next'

interface AlertLike {
  kind: string
  temperature: number | null
  symptoms: string[]
}

export function alertReasons(t: TFunction, a: AlertLike): string {
  if (a.kind === 'missed_slot') return t('alerts.missed_slot')
  const parts: string[] = []
  if (a.kind === 'fever' && a.temperature !== null)
    parts.push(t('alerts.feverAt', { t: a.temperature.toFixed(1) }))
  else if (a.kind === 'fever') parts.push(t('alerts.fever'))
  if (a.symptoms.length > 0)
    parts.push(t('alerts.symptomsNamed', { list: a.symptoms.join(t('alerts.listSep')) }))
  else if (a.kind === 'symptoms') parts.push(t('alerts.symptoms'))
  return parts.join(t('alerts.reasonSep'))
}
