// 热线来电记录: the calls taken inside one's scope, newest first, filtered by days and risk;
// a call is recorded here without the caller's identity.
import { Button, DatePicker, Select, Space, Tag } from 'antd'
import type { Dayjs } from 'dayjs'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, type Result } from '../../api/client'
import { useSession } from '../../admin/session'
import { useFormat } from '../../components/format'
import { useShowError } from '../../components/useShowError'
import { RISK_LEVELS, type RiskLevel } from '@shared/hotline'
import { CallFormModal } from './CallFormModal'
import { ListTable } from '../../components/ListTable'
import { PageLayout } from '../../components/PageLayout'

type Calls = Result<'get', '/api/v1/hotline/calls'>
type Call = Calls['items'][number]
const RISK_COLOUR: Record<RiskLevel, string> = {
  low: 'default',
  medium: 'gold',
  high: 'orange',
  crisis: 'red',
}
const PAGE_SIZE = 20

export default function HotlineCallsPage() {
  const { t } = useTranslation()
  const showError = useShowError()
  const { can } = useSession()
  const { dateTime } = useFormat()
  const [dates, setDates] = useState<[Dayjs | null, Dayjs | null] | null>(null)
  const [riskLevel, setRisk] = useState<RiskLevel>()
  const [page, setPage] = useState(1)
  const [calls, setCalls] = useState<Calls>()
  const [adding, setAdding] = useState(false)

  const reload = useCallback(async () => {
    const query = {
      page,
      pageSize: PAGE_SIZE,
      riskLevel,
      from: dates?.[0]?.format('YYYY-MM-DD'),
      to: dates?.[1]?.format('YYYY-MM-DD'),
    }
    try {
      setCalls(await api.get('/api/v1/hotline/calls', { query }))
    } catch (e) {
      showError(e)
    }
  }, [page, riskLevel, dates, showError])
  useEffect(() => void reload(), [reload])

  const label = (group: 'channels' | 'categories' | 'risks', key: string) =>
    t(`hotline.${group}.${key}` as never)
  return (
    <PageLayout
      size="small"
      title={t('hotline.callsTitle')}
      extra={
        <Space wrap>
          <DatePicker.RangePicker
            aria-label={t('common.dateRange')}
            value={dates}
            onChange={(d) => (setPage(1), setDates(d))}
          />
          <Select<RiskLevel>
            aria-label={t('hotline.risk')}
            allowClear
            placeholder={t('hotline.risk')}
            style={{ width: 120 }}
            value={riskLevel}
            onChange={(r) => (setPage(1), setRisk(r))}
            options={RISK_LEVELS.map((r) => ({ value: r, label: label('risks', r) }))}
          />
          {can('hotline:write') && (
            <Button type="primary" onClick={() => setAdding(true)}>
              {t('hotline.newCall')}
            </Button>
          )}
        </Space>
      }
    >
      <ListTable<Call>
        rowKey="id"
        size="small"
        dataSource={calls?.items}
        scroll={{ x: 'max-content' }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: calls?.total, onChange: setPage }}
        columns={[
          { title: t('hotline.startedAt'), render: (_, c) => dateTime(c.startedAt) },
          { title: t('hotline.callRegion'), dataIndex: 'regionName' },
          { title: t('hotline.duration'), dataIndex: 'durationMinutes' },
          { title: t('hotline.channel'), render: (_, c) => label('channels', c.channel) },
          { title: t('hotline.category'), render: (_, c) => label('categories', c.category) },
          {
            title: t('hotline.risk'),
            render: (_, c) => (
              <Tag color={RISK_COLOUR[c.riskLevel as RiskLevel]}>{label('risks', c.riskLevel)}</Tag>
            ),
          },
          {
            title: t('hotline.followUp'),
            render: (_, c) => (c.followUp ? c.followUpNote || t('hotline.yes') : t('hotline.no')),
          },
          { title: t('hotline.referral'), render: (_, c) => c.referral ?? '' },
          { title: t('hotline.summary'), render: (_, c) => c.summary ?? '' },
          { title: t('hotline.takenBy'), render: (_, c) => c.takenByName ?? '' },
        ]}
      />
      {adding && (
        <CallFormModal
          onClose={() => setAdding(false)}
          onSaved={() => {
            setAdding(false)
            void reload()
          }}
        />
      )}
    </PageLayout>
  )
}
