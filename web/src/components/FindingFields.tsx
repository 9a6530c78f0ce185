// 排查发现: what a door visit or a call taught about one person — where they came from and
// when, and symptoms. The server turns it into a declaration, and into a key person (重点人员)
// when the journey matches a risk area.
import { Checkbox, Flex, Input } from 'antd'
import { useTranslation } from 'react-i18next'
import { SYMPTOMS, type Symptom } from '@shared/symptoms'

export interface Finding {
  /** where the person is now (phone screening: 人在何处) */
  currentPlace?: string
  fromPlace?: string
  arrivalDate?: string
  symptoms?: Symptom[]
  note?: string
}

/** The finding as the API takes it, or undefined when nothing was entered. */
export function findingBody(f: Finding | undefined) {
  if (!f) return undefined
  const body = {
    ...(f.currentPlace?.trim() && { currentPlace: f.currentPlace.trim() }),
    ...(f.fromPlace?.trim() && { fromPlace: f.fromPlace.trim() }),
    ...(f.arrivalDate && { arrivalDate: f.arrivalDate }),
    ...(f.symptoms?.length && { symptoms: f.symptoms }),
    ...(f.note?.trim() && { note: f.note.trim() }),
  }
  return Object.keys(body).length ? body : undefined
}

export function FindingFields({
  value,
  onChange,
  label,
}: {
  value: Finding
  onChange: (f: Finding) => void
  /** whose finding, for the fields' accessible names */
  label?: string
}) {
  const { t } = useTranslation()
  const name = (field: string) => (label ? `${label} ${field}` : field)
  return (
    <Flex vertical gap={6} style={{ width: '100%' }}>
      <Flex gap={6}>
        <Input
          aria-label={name(t('sweep.fromPlace'))}
          placeholder={t('sweep.fromPlace')}
          value={value.fromPlace}
          onChange={(e) => onChange({ ...value, fromPlace: e.target.value })}
        />
        <Input
          type="date"
          aria-label={name(t('sweep.arrivalDate'))}
          style={{ width: 165, flex: 'none' }}
          value={value.arrivalDate}
          onChange={(e) => onChange({ ...value, arrivalDate: e.target.value })}
        />
      </Flex>
      <Checkbox.Group
        aria-label={name(t('sweep.symptoms'))}
        value={value.symptoms ?? []}
        onChange={(v) => onChange({ ...value, symptoms: v as Symptom[] })}
        options={SYMPTOMS.map((s) => ({ value: s, label: t(`sweep.symptom.${s}`) }))}
      />
    </Flex>
  )
}
