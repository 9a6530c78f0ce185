// 热线专家排班: a region's hotline over the next 7 days — who answers when, and the hours
// nobody does (as the checkpoint roster shows them); shifts added and removed here.
import { App, Form, Space, Tag } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ShiftForm } from '../../components/ShiftForm'
import { api } from '../../api/client'
import { useSession } from '../../admin/session'
import { useFormat } from '../../components/format'
import { RegionSelect } from '../../components/RegionSelect'
import { useShowError } from '../../components/useShowError'
import { CoverageDays, type Coverage } from './CoverageDays'
import { ListTable } from '../../components/ListTable'
import { PageLayout } from '../../components/PageLayout'

type Shift = Coverage['days'][number]['shifts'][number]

export default function HotlineRosterPage() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const showError = useShowError()
  const { can } = useSession()
  const { timeZone, dateTime } = useFormat()
  const [regionId, setRegionId] = useState<string>()
  const [coverage, setCoverage] = useState<Coverage>()
  const [experts, setExperts] = useState<{ value: string; label: string }[]>([])
  const [form] = Form.useForm<{ expertId: string; from: Dayjs; to: Dayjs }>()
  const mayEdit = can('hotline:roster')

  const reload = useCallback(async () => {
    const from = dayjs().tz(timeZone).format('YYYY-MM-DD')
    try {
      setCoverage(await api.get('/api/v1/hotline/coverage', { query: { regionId, from, days: 7 } }))
    } catch (e) {
      showError(e)
    }
  }, [regionId, timeZone, showError])
  useEffect(() => void reload(), [reload])
  useEffect(() => {
    if (mayEdit)
      api
        .get('/api/v1/hotline/experts')
        .then(
          (r) => setExperts(r.map((x) => ({ value: x.id, label: `${x.name}（${x.scopeName}）` }))),
          showError,
        )
  }, [mayEdit, showError])

  const write = async (fn: () => Promise<unknown>) => {
    try {
      await fn()
      void message.success(t('hotline.saved'))
      await reload()
    } catch (e) {
      showError(e)
    }
  }
  const addShift = async () => {
    const v = await form.validateFields()
    await write(() =>
      api.post('/api/v1/hotline/shifts', {
        body: {
          regionId: coverage!.regionId,
          expertId: v.expertId,
          startsAt: v.from.toISOString(),
          endsAt: v.to.toISOString(),
        },
      }),
    )
  }
  const shifts = [...new Map(coverage?.days.flatMap((d) => d.shifts).map((s) => [s.id, s])).values()]

  return (
    <PageLayout
      title={`${t('hotline.rosterTitle')}${coverage ? ` · ${coverage.regionName}` : ''}`}
      extra={
        <Space>
          <span>{t('hotline.region')}</span>
          <div style={{ width: 240 }}>
            <RegionSelect
              value={regionId ?? coverage?.regionId}
              onChange={setRegionId}
              initialLabel={coverage?.regionName}
            />
          </div>
        </Space>
      }
    >
      <Space style={{ marginBottom: 8 }}>
        <Tag color="green">{t('hotline.legendCovered')}</Tag>
        <Tag color="red">{t('hotline.legendGap')}</Tag>
      </Space>
      {coverage && <CoverageDays coverage={coverage} />}
      <ListTable<Shift>
        rowKey="id"
        size="small"
        style={{ marginTop: 16 }}
        dataSource={shifts}
        pagination={false}
        columns={[
          { title: t('hotline.expert'), dataIndex: 'expertName' },
          { title: t('hotline.from'), render: (_, s) => dateTime(s.startsAt) },
          { title: t('hotline.to'), render: (_, s) => dateTime(s.endsAt) },
          {
            title: '',
            render: (_, s) =>
              mayEdit && (
                <a
                  onClick={() =>
                    void write(() => api.delete('/api/v1/hotline/shifts/{id}', { path: { id: s.id } }))
                  }
                >
                  {t('hotline.remove')}
                </a>
              ),
          },
        ]}
      />
      {mayEdit && coverage && (
        <ShiftForm
          form={form}
          who="expertId"
          labels={{
            who: t('hotline.expert'),
            from: t('hotline.from'),
            to: t('hotline.to'),
            submit: t('hotline.addShift'),
          }}
          options={experts}
          onFinish={() => void addShift()}
        />
      )}
    </PageLayout>
  )
}
