// 社工服务: service records by channel (线下 / 电话 / 线上) with their beneficiaries, and the
// agencies and social workers who give them.
import { App, Button, Card, DatePicker, Popconfirm, Select, Space, Tabs } from 'antd'
import type { Dayjs } from 'dayjs'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, type Result } from '../../api/client'
import { useSession } from '../../admin/session'
import { useShowError } from '../../components/useShowError'
import { AgenciesTab, type Agency, type Worker } from './AgenciesTab'
import { CHANNELS, ServiceFormModal } from './ServiceFormModal'
import { ListTable } from '../../components/ListTable'
import { PageLayout } from '../../components/PageLayout'

type Services = Result<'get', '/api/v1/social-work/services'>
type Service = Services['items'][number]
type Channel = (typeof CHANNELS)[number]
const PAGE_SIZE = 20

export default function SocialWorkPage() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const showError = useShowError()
  const { can } = useSession()
  const [agencies, setAgencies] = useState<Agency[]>([])
  const [workers, setWorkers] = useState<Worker[]>([])
  const [services, setServices] = useState<Services>()
  const [dates, setDates] = useState<[Dayjs | null, Dayjs | null] | null>(null)
  const [channel, setChannel] = useState<Channel>()
  const [page, setPage] = useState(1)
  const [adding, setAdding] = useState(false)

  const loadPeople = useCallback(() => {
    api.get('/api/v1/social-work/agencies').then(setAgencies, showError)
    api.get('/api/v1/social-work/workers').then(setWorkers, showError)
  }, [showError])
  const loadServices = useCallback(async () => {
    const query = {
      page,
      pageSize: PAGE_SIZE,
      channel,
      from: dates?.[0]?.format('YYYY-MM-DD'),
      to: dates?.[1]?.format('YYYY-MM-DD'),
    }
    try {
      setServices(await api.get('/api/v1/social-work/services', { query }))
    } catch (e) {
      showError(e)
    }
  }, [page, channel, dates, showError])
  useEffect(loadPeople, [loadPeople])
  useEffect(() => void loadServices(), [loadServices])

  const remove = async (s: Service) => {
    try {
      await api.delete('/api/v1/social-work/services/{id}', { path: { id: s.id } })
      void message.success(t('socialWork.deleted'))
      await loadServices()
    } catch (e) {
      showError(e)
    }
  }

  const servicesTab = (
    <Card
      size="small"
      extra={
        <Space wrap>
          <DatePicker.RangePicker
            aria-label={t('common.dateRange')}
            value={dates}
            onChange={(d) => (setPage(1), setDates(d))}
          />
          <Select<Channel>
            aria-label={t('socialWork.channel')}
            allowClear
            placeholder={t('socialWork.channel')}
            style={{ width: 120 }}
            value={channel}
            onChange={(c) => (setPage(1), setChannel(c))}
            options={CHANNELS.map((c) => ({ value: c, label: t(`socialWork.channels.${c}`) }))}
          />
          {can('social_work:write') && (
            <Button type="primary" onClick={() => setAdding(true)}>
              {t('socialWork.newService')}
            </Button>
          )}
        </Space>
      }
    >
      <ListTable<Service>
        rowKey="id"
        size="small"
        dataSource={services?.items}
        scroll={{ x: 'max-content' }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: services?.total, onChange: setPage }}
        columns={[
          { title: t('socialWork.date'), dataIndex: 'date' },
          { title: t('socialWork.region'), dataIndex: 'regionName' },
          { title: t('socialWork.worker'), dataIndex: 'workerName' },
          { title: t('socialWork.agency'), render: (_, s) => s.agencyName ?? '' },
          {
            title: t('socialWork.channel'),
            render: (_, s) => t(`socialWork.channels.${s.channel as Channel}`),
          },
          { title: t('socialWork.topic'), dataIndex: 'topic' },
          { title: t('socialWork.beneficiaries'), dataIndex: 'beneficiaries' },
          { title: t('socialWork.note'), render: (_, s) => s.note ?? '' },
          {
            title: '',
            render: (_, s) =>
              can('social_work:write') && (
                <Popconfirm title={t('socialWork.deleteConfirm')} onConfirm={() => void remove(s)}>
                  <a>{t('socialWork.delete')}</a>
                </Popconfirm>
              ),
          },
        ]}
      />
    </Card>
  )

  return (
    <PageLayout title={t('nav.socialWork')}>
      <>
        <Tabs
          items={[
            { key: 'services', label: t('socialWork.services'), children: servicesTab },
            {
              key: 'agencies',
              label: t('socialWork.agenciesAndWorkers'),
              children: <AgenciesTab agencies={agencies} workers={workers} onChanged={loadPeople} />,
            },
          ]}
        />
        {adding && (
          <ServiceFormModal
            workers={workers}
            onClose={() => setAdding(false)}
            onSaved={() => {
              setAdding(false)
              void loadServices()
            }}
          />
        )}
      </>
    </PageLayout>
  )
}
