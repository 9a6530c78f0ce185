// 重点人员: people whose travel matched a risk area, with the reason, the area, the filed
// date and whether home observation is open; from here staff open the proposed observation
// (the risk area's own period) or look at the person's colour.
import { App, DatePicker, Form, Modal, Select, Space, Tag, Button } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { api, type Query } from '../../api/client'
import { useSession } from '../../admin/session'
import { useFormat } from '../../components/format'
import { RegionSelect } from '../../components/RegionSelect'
import { useShowError } from '../../components/useShowError'
import type { KeyPerson, RiskArea } from './types'
import { ListTable } from '../../components/ListTable'
import { PageLayout } from '../../components/PageLayout'

type Filters = Omit<Query<'get', '/api/v1/key-persons'>, 'page' | 'pageSize'>
interface FilterValues {
  regionId?: string
  riskAreaId?: string
  arrival?: [Dayjs, Dayjs] | null
}
const PAGE = 20
const lastDay = (firstFree: string) => dayjs(firstFree).subtract(1, 'day').format('YYYY-MM-DD')

export default function KeyPersonsPage() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const showError = useShowError()
  const { can } = useSession()
  const { dateTime } = useFormat()
  const [filters, setFilters] = useState<Filters>({})
  const [page, setPage] = useState(1)
  const [data, setData] = useState<{ items: KeyPerson[]; total: number; totalAtLeast?: boolean }>({
    items: [],
    total: 0,
  })
  const [areas, setAreas] = useState<RiskArea[]>([])
  const [proposing, setProposing] = useState<KeyPerson | null>(null)

  const load = useCallback(async () => {
    try {
      setData(await api.get('/api/v1/key-persons', { query: { ...filters, page, pageSize: PAGE } }))
    } catch (e) {
      showError(e)
    }
  }, [filters, page, showError])
  useEffect(() => void load(), [load])
  useEffect(() => void api.get('/api/v1/risk-areas').then(setAreas, showError), [showError])

  const applyFilters = ({ arrival, ...v }: FilterValues) => {
    setPage(1)
    setFilters({
      ...v,
      arrivalFrom: arrival?.[0].format('YYYY-MM-DD'),
      arrivalTo: arrival?.[1].format('YYYY-MM-DD'),
    })
  }
  // the observations module's own API, with the period the risk area sets
  const openObservation = async (k: KeyPerson) => {
    try {
      await api.post('/api/v1/observations', { body: { personId: k.personId, ...k.proposal } })
      void message.success(t('passes.kp.opened'))
      setProposing(null)
      await load()
    } catch (e) {
      showError(e)
    }
  }

  const columns = [
    { title: t('passes.name'), dataIndex: 'personName' },
    { title: t('passes.region'), dataIndex: 'regionName' },
    { title: t('passes.kp.area'), dataIndex: 'areaName' },
    { title: t('passes.kp.arrival'), dataIndex: 'arrivalDate' },
    // the last day of observation: observeUntil is the first free day
    { title: t('passes.kp.observeUntil'), render: (k: KeyPerson) => lastDay(k.observeUntil) },
    { title: t('passes.kp.reason'), dataIndex: 'reason' },
    { title: t('passes.kp.filedAt'), render: (k: KeyPerson) => dateTime(k.filedAt) },
    {
      title: t('passes.kp.observation'),
      render: (k: KeyPerson) =>
        k.observationId ? (
          <Tag color="orange">{t('passes.kp.observing')}</Tag>
        ) : can('observation:write') ? (
          <Button size="small" onClick={() => setProposing(k)}>
            {t('passes.kp.propose')}
          </Button>
        ) : (
          <Tag>{t('passes.kp.notObserving')}</Tag>
        ),
    },
    ...(can('colour:read')
      ? [
          {
            title: '',
            render: (k: KeyPerson) => (
              <Link to={`/colours?person=${k.personId}`}>{t('passes.kp.colour')}</Link>
            ),
          },
        ]
      : []),
  ]

  return (
    <PageLayout title={t('passes.kp.title')}>
      <Form
        layout="inline"
        onFinish={applyFilters}
        onReset={() => applyFilters({})}
        style={{ marginBottom: 16 }}
      >
        <Form.Item name="regionId" label={t('passes.region')}>
          <RegionSelect />
        </Form.Item>
        <Form.Item name="riskAreaId" label={t('passes.kp.area')}>
          <Select
            allowClear
            style={{ width: 140 }}
            options={areas.map((a) => ({ value: a.id, label: a.name }))}
          />
        </Form.Item>
        <Form.Item name="arrival" label={t('passes.kp.arrival')}>
          <DatePicker.RangePicker />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit">
            {t('common.search')}
          </Button>
          <Button htmlType="reset">{t('common.reset')}</Button>
        </Space>
      </Form>
      <ListTable<KeyPerson>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={data.items}
        pagination={{
          current: page,
          total: data.total,
          pageSize: PAGE,
          showSizeChanger: false,
          showTotal: (total) => t(data.totalAtLeast ? 'common.totalAtLeast' : 'common.total', { total }),
          onChange: setPage,
        }}
      />
      <Modal
        open={!!proposing}
        title={t('passes.kp.proposeTitle')}
        onOk={() => proposing && void openObservation(proposing)}
        onCancel={() => setProposing(null)}
      >
        {proposing && (
          <>
            <p>
              {proposing.personName} · {proposing.reason}
            </p>
            <p>{t('passes.kp.proposeText', proposing.proposal)}</p>
          </>
        )}
      </Modal>
    </PageLayout>
  )
}
