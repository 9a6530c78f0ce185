// 卡点管理: the checkpoints in one's area, open or closed, with today's live counts of the
// selected one (from the per-hour counters, so the page stays fast on a busy day).
import { App, Button, Card, Form, Input, Modal, Select, Space, Statistic, Tag } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, type Result } from '../../api/client'
import { useSession } from '../../admin/session'
import { RegionSelect } from '../../components/RegionSelect'
import { useShowError } from '../../components/useShowError'
import { PaperRegisterCard } from './PaperRegisterCard'
import { PosterButtons } from '../../components/PosterButtons'
import { ListTable } from '../../components/ListTable'
import { PageLayout } from '../../components/PageLayout'

export type Checkpoint = Result<'get', '/api/v1/checkpoints/{id}'>
type Counts = Result<'get', '/api/v1/checkpoints/{id}/counts'>
const TYPES = ['compound', 'community', 'village', 'road'] as const

export default function CheckpointsPage() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const showError = useShowError()
  const { can } = useSession()
  const [rows, setRows] = useState<Checkpoint[]>([])
  const [selected, setSelected] = useState<Checkpoint>()
  const [counts, setCounts] = useState<Counts>()
  const [creating, setCreating] = useState(false)
  const [form] = Form.useForm()

  const reload = useCallback(async () => {
    try {
      setRows(await api.get('/api/v1/checkpoints', {}))
    } catch (e) {
      showError(e)
    }
  }, [showError])
  useEffect(() => void reload(), [reload])
  useEffect(() => {
    if (!selected || !can('passage:read')) return
    const load = () =>
      api.get('/api/v1/checkpoints/{id}/counts', { path: { id: selected.id } }).then(setCounts, showError)
    void load()
    const timer = setInterval(() => void load(), 30_000)
    return () => clearInterval(timer)
  }, [selected, can, showError])

  const toggle = async (c: Checkpoint) => {
    try {
      await api.patch('/api/v1/checkpoints/{id}', { path: { id: c.id }, body: { open: !c.open } })
      await reload()
    } catch (e) {
      showError(e)
    }
  }
  const create = async () => {
    try {
      await api.post('/api/v1/checkpoints', { body: await form.validateFields() })
      void message.success(t('checkpoints.saved'))
      setCreating(false)
      form.resetFields()
      await reload()
    } catch (e) {
      if (!(e as { errorFields?: unknown }).errorFields) showError(e)
    }
  }

  const columns = [
    { title: t('checkpoints.name'), dataIndex: 'name' },
    { title: t('checkpoints.region'), dataIndex: 'regionName' },
    {
      title: t('checkpoints.type'),
      render: (c: Checkpoint) => t(`checkpoints.types.${c.type as (typeof TYPES)[number]}`),
    },
    { title: t('checkpoints.location'), dataIndex: 'location' },
    {
      title: '',
      render: (c: Checkpoint) => (
        <Space>
          <Tag color={c.open ? 'green' : 'default'}>
            {c.open ? t('checkpoints.open') : t('checkpoints.closed')}
          </Tag>
          {can('checkpoint:write') && (
            <a onClick={() => void toggle(c)}>{c.open ? t('checkpoints.close') : t('checkpoints.reopen')}</a>
          )}
          <PosterButtons kind="checkpoints" id={c.id} size="small" />
        </Space>
      ),
    },
  ]
  const stat = (k: 'in' | 'out' | 'denied' | 'referred' | 'fevers' | 'total') => (
    <Statistic key={k} title={t(`checkpoints.${k}`)} value={counts?.[k] ?? 0} />
  )

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <PageLayout
        title={t('checkpoints.title')}
        extra={
          can('checkpoint:write') && (
            <Button type="primary" onClick={() => setCreating(true)}>
              {t('checkpoints.create')}
            </Button>
          )
        }
      >
        <ListTable<Checkpoint>
          rowKey="id"
          size="small"
          dataSource={rows}
          columns={columns}
          onRow={(c) => ({ onClick: () => setSelected(c) })}
          rowClassName={(c) => (c.id === selected?.id ? 'ant-table-row-selected' : '')}
        />
      </PageLayout>
      {selected && can('passage:read') && (
        <Card title={`${t('checkpoints.today')} · ${selected.name}`}>
          <Space size="large" wrap>
            {(['in', 'out', 'denied', 'referred', 'fevers', 'total'] as const).map(stat)}
          </Space>
        </Card>
      )}
      {selected && <PaperRegisterCard checkpoint={selected} />}
      <Modal
        open={creating}
        title={t('checkpoints.create')}
        onOk={() => void create()}
        onCancel={() => setCreating(false)}
      >
        <Form form={form} layout="vertical" initialValues={{ type: 'compound' }}>
          <Form.Item name="regionId" label={t('checkpoints.region')} rules={[{ required: true }]}>
            <RegionSelect />
          </Form.Item>
          <Form.Item name="type" label={t('checkpoints.type')} rules={[{ required: true }]}>
            <Select options={TYPES.map((v) => ({ value: v, label: t(`checkpoints.types.${v}`) }))} />
          </Form.Item>
          <Form.Item name="name" label={t('checkpoints.name')} rules={[{ required: true, max: 100 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="location" label={t('checkpoints.location')}>
            <Input />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  )
}
