// The columns of a declarations table, shared by the list and a person's history.
import { Space, Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import { useFormat } from '../../components/format'
import type { Symptom } from '@shared/symptoms'
import type { Declaration } from './types'

export function useDeclarationColumns(withPerson: boolean) {
  const { t } = useTranslation()
  const { dateTime } = useFormat()
  const person = [
    { title: t('passes.name'), dataIndex: 'personName' },
    // the stored mask (3501**********1234): unmasking lives on the people page, audited
    { title: t('passes.document'), dataIndex: 'personDocument' },
    { title: t('passes.region'), dataIndex: 'regionName' },
  ]
  return [
    { title: t('passes.decl.declaredAt'), render: (d: Declaration) => dateTime(d.declaredAt) },
    ...(withPerson ? person : []),
    {
      title: t('passes.decl.travel'),
      render: (d: Declaration) =>
        d.fromPlace ? t('passes.decl.travelText', { date: d.arrivalDate, place: d.fromPlace }) : '',
    },
    {
      title: t('passes.decl.symptom'),
      render: (d: Declaration) => (
        <Space size={2} wrap>
          {d.symptoms.map((s) => (
            <Tag key={s} color="orange">
              {t(`passes.symptoms.${s as Symptom}`)}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t('passes.decl.temperature'),
      render: (d: Declaration) => (d.temperature === null ? '' : `${d.temperature.toFixed(1)}℃`),
    },
    {
      title: t('passes.decl.contact'),
      render: (d: Declaration) =>
        d.contactWithCases ? <Tag color="red">{t('passes.decl.yes')}</Tag> : t('passes.decl.no'),
    },
    {
      title: t('passes.decl.source'),
      render: (d: Declaration) => t(`passes.decl.sources.${d.source as 'resident' | 'staff'}`),
    },
    {
      title: '',
      render: (d: Declaration) =>
        d.superseded ? (
          <Tag>{t('passes.decl.superseded')}</Tag>
        ) : (
          <Tag color="blue">{t('passes.decl.current')}</Tag>
        ),
    },
  ]
}
