// 新增人员: someone met at the door who is not in the registry yet; they join it in this
// household when the visit is saved.
import { Button, Card, Flex, Input, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import { FindingFields, type Finding } from '../../components/FindingFields'

export interface NewPerson {
  name: string
  docNumber: string
  phone: string
  residenceType: 'registered' | 'temporary' | 'floating'
  finding: Finding
}

export const emptyPerson = (): NewPerson => ({
  name: '',
  docNumber: '',
  phone: '',
  residenceType: 'temporary',
  finding: {},
})

export function NewPersonFields({
  value,
  onChange,
  onRemove,
}: {
  value: NewPerson
  onChange: (p: NewPerson) => void
  onRemove: () => void
}) {
  const { t } = useTranslation()
  const set = (patch: Partial<NewPerson>) => onChange({ ...value, ...patch })
  return (
    <Card size="small" data-testid="new-person" style={{ marginTop: 8 }}>
      <Flex vertical gap={6}>
        <Flex gap={6}>
          <Input
            aria-label={t('sweep.newName')}
            placeholder={t('sweep.newName')}
            value={value.name}
            onChange={(e) => set({ name: e.target.value })}
          />
          <Select
            aria-label={t('people.residenceType')}
            style={{ width: 100 }}
            value={value.residenceType}
            onChange={(residenceType) => set({ residenceType })}
            options={(['registered', 'temporary', 'floating'] as const).map((r) => ({
              value: r,
              label: t(`people.residenceTypes.${r}`),
            }))}
          />
        </Flex>
        <Input
          aria-label={t('sweep.newDocument')}
          placeholder={t('sweep.newDocument')}
          value={value.docNumber}
          onChange={(e) => set({ docNumber: e.target.value })}
        />
        <Input
          aria-label={t('sweep.newPhone')}
          placeholder={t('sweep.newPhone')}
          inputMode="tel"
          value={value.phone}
          onChange={(e) => set({ phone: e.target.value })}
        />
        <FindingFields value={value.finding} onChange={(finding) => set({ finding })} label={value.name} />
        <Button size="small" onClick={onRemove}>
          {t('sweep.removeNew')}
        </Button>
      </Flex>
    </Card>
  )
}
