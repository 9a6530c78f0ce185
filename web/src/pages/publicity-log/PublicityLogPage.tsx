// 宣传工作台账: each community's publicity work per day — banners, slogans, households
// visited and people reached, posts, articles, chat groups. Entering a day again corrects it.
import { App, Button, Card, DatePicker, Form, Input, InputNumber, Space } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, type Body, type Result } from '../../api/client'
import { useSession } from '../../admin/session'
import { RegionSelect } from '../../components/RegionSelect'
import { useShowError } from '../../components/useShowError'
import { PUBLICITY_FIGURES } from '@shared/publicity'
import { ListTable } from '../../components/ListTable'
import { PageLayout } from '../../components/PageLayout'

type Activity = Result<'get', '/api/v1/publicity/activities'>[number]
type Values = Omit<Body<'put', '/api/v1/publicity/activities'>, 'date'> & { date: Dayjs }
const FIGURES = PUBLICITY_FIGURES
const COMMUNITY = new Set(['community', 'village'])

export default function PublicityLogPage() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const showError = useShowError()
  const { can } = useSession()
  const [rows, setRows] = useState<Activity[]>([])
  const [dates, setDates] = useState<[Dayjs | null, Dayjs | null] | null>(null)
  const [form] = Form.useForm<Values>()

  const reload = useCallback(async () => {
    const query = { from: dates?.[0]?.format('YYYY-MM-DD'), to: dates?.[1]?.format('YYYY-MM-DD') }
    try {
      setRows(await api.get('/api/v1/publicity/activities', { query }))
    } catch (e) {
      showError(e)
    }
  }, [dates, showError])
  useEffect(() => void reload(), [reload])

  const save = async (v: Values) => {
    try {
      await api.put('/api/v1/publicity/activities', { body: { ...v, date: v.date.format('YYYY-MM-DD') } })
      void message.success(t('publicityLog.saved'))
      await reload()
    } catch (e) {
      showError(e)
    }
  }

  return (
    <PageLayout title={t('nav.publicityLog')}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        {can('publicity:write') && (
          <Card size="small" title={t('publicityLog.entry')}>
            <p>{t('publicityLog.entryHint')}</p>
            <Form<Values>
              form={form}
              layout="inline"
              initialValues={{ date: dayjs(), ...Object.fromEntries(FIGURES.map((f) => [f, 0])) }}
              onFinish={(v) => void save(v)}
            >
              <Form.Item
                name="regionId"
                label={t('publicityLog.community')}
                rules={[{ required: true }]}
                style={{ minWidth: 300 }}
              >
                <RegionSelect accept={(r) => COMMUNITY.has(r.type)} />
              </Form.Item>
              <Form.Item name="date" label={t('publicityLog.date')} rules={[{ required: true }]}>
                <DatePicker />
              </Form.Item>
              {FIGURES.map((f) => (
                <Form.Item key={f} name={f} label={t(`publicityLog.${f}`)} rules={[{ required: true }]}>
                  <InputNumber min={0} max={10_000_000} style={{ width: 100 }} />
                </Form.Item>
              ))}
              <Form.Item name="note" label={t('publicityLog.note')} rules={[{ max: 500 }]}>
                <Input style={{ width: 240 }} />
              </Form.Item>
              <Button type="primary" htmlType="submit">
                {t('common.save')}
              </Button>
            </Form>
          </Card>
        )}
        <Card
          size="small"
          title={t('publicityLog.title')}
          extra={
            <DatePicker.RangePicker aria-label={t('common.dateRange')} value={dates} onChange={setDates} />
          }
        >
          <ListTable<Activity>
            rowKey="id"
            size="small"
            dataSource={rows}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: t('publicityLog.date'), dataIndex: 'date' },
              { title: t('publicityLog.community'), dataIndex: 'regionName' },
              ...FIGURES.map((f) => ({ title: t(`publicityLog.${f}`), dataIndex: f })),
              { title: t('publicityLog.note'), render: (_: unknown, a: Activity) => a.note ?? '' },
            ]}
          />
        </Card>
      </Space>
    </PageLayout>
  )
}
