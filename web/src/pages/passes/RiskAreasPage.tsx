// 风险地区: the list every screening matches travel against. Everyone with read permission
// sees it; the command centre adds areas, edits their dates and observation days, ends them.
import {
  App,
  Button,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Select,
  Space,
  Tag,
} from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { useSession } from '../../admin/session'
import { useTimeZone } from '../../components/format'
import { useShowError } from '../../components/useShowError'
import type { RiskArea } from './types'
import { ListTable } from '../../components/ListTable'
import { PageLayout } from '../../components/PageLayout'

interface Values {
  name: string
  aliases: string[]
  fromDate: Dayjs
  toDate?: Dayjs | null
  observationDays: number
}

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null)

export default function RiskAreasPage() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const showError = useShowError()
  const { can, me } = useSession()
  // the whole deployment's list: only an account scoped to the top region edits it
  const editable = can('risk_area:write') && !!me && !me.scopePath.slice(1, -1).includes('/')
  const [rows, setRows] = useState<RiskArea[]>([])
  const [editing, setEditing] = useState<RiskArea | 'new' | null>(null)
  const [form] = Form.useForm<Values>()
  const today = dayjs().tz(useTimeZone()).format('YYYY-MM-DD')

  const reload = useCallback(async () => {
    try {
      setRows(await api.get('/api/v1/risk-areas'))
    } catch (e) {
      showError(e)
    }
  }, [showError])
  useEffect(() => void reload(), [reload])

  const openForm = (area: RiskArea | 'new') => {
    form.setFieldsValue(
      area === 'new'
        ? { name: '', aliases: [], fromDate: dayjs(), toDate: null, observationDays: 14 }
        : {
            name: area.name,
            aliases: area.aliases,
            fromDate: dayjs(area.fromDate),
            toDate: area.toDate ? dayjs(area.toDate) : null,
            observationDays: area.observationDays,
          },
    )
    setEditing(area)
  }
  const save = async () => {
    let v: Values
    try {
      v = await form.validateFields()
    } catch {
      return
    }
    const body = { ...v, fromDate: day(v.fromDate)!, toDate: day(v.toDate) }
    try {
      if (editing === 'new') await api.post('/api/v1/risk-areas', { body })
      else if (editing) await api.patch('/api/v1/risk-areas/{id}', { path: { id: editing.id }, body })
      void message.success(t('passes.areas.saved'))
      setEditing(null)
      await reload()
    } catch (e) {
      showError(e)
    }
  }
  const end = async (area: RiskArea) => {
    try {
      await api.patch('/api/v1/risk-areas/{id}', { path: { id: area.id }, body: { toDate: today } })
      await reload()
    } catch (e) {
      showError(e)
    }
  }

  const columns = [
    { title: t('passes.areas.name'), dataIndex: 'name' },
    { title: t('passes.areas.aliases'), render: (a: RiskArea) => a.aliases.join('、') },
    { title: t('passes.areas.fromDate'), dataIndex: 'fromDate' },
    { title: t('passes.areas.toDate'), render: (a: RiskArea) => a.toDate ?? t('passes.areas.ongoing') },
    {
      title: t('passes.areas.days'),
      render: (a: RiskArea) => t('passes.areas.daysUnit', { n: a.observationDays }),
    },
    {
      title: t('passes.areas.status'),
      render: (a: RiskArea) =>
        a.toDate && a.toDate < today ? (
          <Tag>{t('passes.areas.ended')}</Tag>
        ) : (
          <Tag color="red">{t('passes.areas.active')}</Tag>
        ),
    },
    ...(editable
      ? [
          {
            title: t('common.actions'),
            render: (a: RiskArea) => (
              <Space size={0} wrap>
                <Button type="link" size="small" onClick={() => openForm(a)}>
                  {t('common.edit')}
                </Button>
                {(!a.toDate || a.toDate > today) && (
                  <Popconfirm title={t('passes.areas.endConfirm')} onConfirm={() => void end(a)}>
                    <Button type="link" size="small" danger>
                      {t('passes.areas.end')}
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]
      : []),
  ]

  return (
    <PageLayout
      title={t('passes.areas.title')}
      extra={
        editable ? (
          <Button type="primary" onClick={() => openForm('new')}>
            {t('passes.areas.create')}
          </Button>
        ) : (
          t('passes.areas.commandOnly')
        )
      }
    >
      <ListTable<RiskArea> rowKey="id" size="small" dataSource={rows} columns={columns} pagination={false} />
      <Modal
        open={editing !== null}
        title={editing === 'new' ? t('passes.areas.create') : t('passes.areas.edit')}
        onOk={() => void save()}
        onCancel={() => setEditing(null)}
        forceRender
      >
        <Form form={form} layout="vertical">
          <Form.Item name="name" label={t('passes.areas.name')} rules={[{ required: true, max: 50 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="aliases" label={t('passes.areas.aliases')} extra={t('passes.areas.aliasesHint')}>
            <Select mode="tags" open={false} suffix={null} />
          </Form.Item>
          <Space>
            <Form.Item name="fromDate" label={t('passes.areas.fromDate')} rules={[{ required: true }]}>
              <DatePicker />
            </Form.Item>
            <Form.Item name="toDate" label={t('passes.areas.toDate')}>
              <DatePicker allowClear />
            </Form.Item>
            <Form.Item name="observationDays" label={t('passes.areas.days')} rules={[{ required: true }]}>
              <InputNumber min={1} max={60} />
            </Form.Item>
          </Space>
        </Form>
      </Modal>
    </PageLayout>
  )
}
