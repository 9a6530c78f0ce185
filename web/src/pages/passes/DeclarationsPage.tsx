// 健康申报: declarations in one's area, filtered by region, date, symptom and travel; a
// person's whole history (a newer declaration supersedes, never erases); and a declaration
// entered by staff for someone without a phone.
import { Button, Checkbox, DatePicker, Drawer, Form, Select, Space } from 'antd'
import type { Dayjs } from 'dayjs'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { useSession } from '../../admin/session'
import { dayRangeToIso, useTimeZone } from '../../components/format'
import { RegionSelect } from '../../components/RegionSelect'
import { useShowError } from '../../components/useShowError'
import { StaffDeclarationModal } from './StaffDeclarationModal'
import { SYMPTOMS } from '@shared/symptoms'
import type { Declaration, DeclarationQuery } from './types'
import { useDeclarationColumns } from './useDeclarationColumns'
import { ListTable } from '../../components/ListTable'
import { PageLayout } from '../../components/PageLayout'

type Filters = Omit<DeclarationQuery, 'page' | 'pageSize'>
interface FilterValues {
  regionId?: string
  dates?: [Dayjs, Dayjs] | null
  symptom?: Filters['symptom']
  withTravel?: boolean
  latestOnly?: boolean
}
const PAGE = 20

export default function DeclarationsPage() {
  const { t } = useTranslation()
  const showError = useShowError()
  const { can } = useSession()
  const timeZone = useTimeZone()
  const [filters, setFilters] = useState<Filters>({ latestOnly: true })
  const [page, setPage] = useState(1)
  const [data, setData] = useState<{ items: Declaration[]; total: number; totalAtLeast?: boolean }>({
    items: [],
    total: 0,
  })
  const [loading, setLoading] = useState(false)
  const [entering, setEntering] = useState(false)
  const [history, setHistory] = useState<{ name: string; items: Declaration[] } | null>(null)
  const columns = useDeclarationColumns(true)
  const historyColumns = useDeclarationColumns(false)

  const load = useCallback(async () => {
    setLoading(true)
    try {
      setData(await api.get('/api/v1/declarations', { query: { ...filters, page, pageSize: PAGE } }))
    } catch (e) {
      showError(e)
    } finally {
      setLoading(false)
    }
  }, [filters, page, showError])
  useEffect(() => void load(), [load])

  const applyFilters = ({ dates, ...v }: FilterValues) => {
    const [from, to] = dates ? dayRangeToIso(dates[0], dates[1], timeZone) : []
    setPage(1)
    setFilters({
      regionId: v.regionId,
      symptom: v.symptom,
      withTravel: v.withTravel || undefined,
      latestOnly: v.latestOnly || undefined,
      from,
      to,
    })
  }
  const showHistory = async (d: Declaration) => {
    try {
      const res = await api.get('/api/v1/declarations', {
        query: { personId: d.personId, page: 1, pageSize: 200 },
      })
      setHistory({ name: d.personName ?? '', items: res.items })
    } catch (e) {
      showError(e)
    }
  }

  return (
    <PageLayout
      title={t('passes.decl.title')}
      extra={
        can('declaration:write') && (
          <Button type="primary" onClick={() => setEntering(true)}>
            {t('passes.decl.enter')}
          </Button>
        )
      }
    >
      <Form
        layout="inline"
        initialValues={{ latestOnly: true }}
        onFinish={applyFilters}
        onReset={() => applyFilters({ latestOnly: true })}
        style={{ marginBottom: 16 }}
      >
        <Form.Item name="regionId" label={t('passes.decl.region')}>
          <RegionSelect />
        </Form.Item>
        <Form.Item name="dates" label={t('passes.decl.dates')}>
          <DatePicker.RangePicker />
        </Form.Item>
        <Form.Item name="symptom" label={t('passes.decl.symptom')}>
          <Select
            allowClear
            style={{ width: 140 }}
            options={[
              { value: 'any', label: t('passes.decl.anySymptom') },
              ...SYMPTOMS.map((s) => ({ value: s, label: t(`passes.symptoms.${s}`) })),
            ]}
          />
        </Form.Item>
        <Form.Item name="withTravel" valuePropName="checked">
          <Checkbox>{t('passes.decl.withTravel')}</Checkbox>
        </Form.Item>
        <Form.Item name="latestOnly" valuePropName="checked">
          <Checkbox>{t('passes.decl.latestOnly')}</Checkbox>
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit">
            {t('common.search')}
          </Button>
          <Button htmlType="reset">{t('common.reset')}</Button>
        </Space>
      </Form>
      <ListTable<Declaration>
        rowKey="id"
        size="small"
        loading={loading}
        columns={columns}
        dataSource={data.items}
        onRow={(d) => ({ onClick: () => void showHistory(d), style: { cursor: 'pointer' } })}
        pagination={{
          current: page,
          total: data.total,
          pageSize: PAGE,
          showSizeChanger: false,
          showTotal: (total) => t(data.totalAtLeast ? 'common.totalAtLeast' : 'common.total', { total }),
          onChange: setPage,
        }}
      />
      <Drawer
        open={!!history}
        size={760}
        title={`${t('passes.decl.history')} · ${history?.name ?? ''}`}
        onClose={() => setHistory(null)}
      >
        <ListTable<Declaration>
          rowKey="id"
          size="small"
          pagination={false}
          columns={historyColumns}
          dataSource={history?.items ?? []}
        />
      </Drawer>
      <StaffDeclarationModal
        open={entering}
        onClose={() => setEntering(false)}
        onSaved={() => {
          setEntering(false)
          void load()
        }}
      />
    </PageLayout>
  )
}
