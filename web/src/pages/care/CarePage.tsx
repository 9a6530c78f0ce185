// 暖心服务: care requests of observed households; workers register and assign them,
// volunteers see theirs and record each delivery. The header shows the counts so far.
import { PlusOutlined } from '@ant-design/icons'
import { App, Button, Checkbox, Flex, Form, Input, Modal, Select, Tag, Typography } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { useSession } from '../../admin/session'
import { useFormat } from '../../components/format'
import { useShowError } from '../../components/useShowError'
import { CareRequestModal } from './CareRequestModal'
import type { CareCounts, CarePage as Page, CareQuery, CareRequest } from './types'
import { ListTable } from '../../components/ListTable'
import { PageLayout } from '../../components/PageLayout'

const STATUS_COLOR: Record<string, string> = {
  open: 'orange',
  assigned: 'blue',
  done: 'green',
  cancelled: 'default',
}

export default function CarePage() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const showError = useShowError()
  const { can } = useSession()
  const { dateTime } = useFormat()
  const [query, setQuery] = useState<CareQuery>({ page: 1, pageSize: 20 })
  const [data, setData] = useState<Page>()
  const [counts, setCounts] = useState<CareCounts>()
  const [creating, setCreating] = useState(false)
  const [assigning, setAssigning] = useState<CareRequest>()
  const [fulfilling, setFulfilling] = useState<CareRequest>()
  const [staff, setStaff] = useState<{ value: string; label: string }[]>([])
  const [form] = Form.useForm()

  const reload = useCallback(async () => {
    try {
      const [page, c] = await Promise.all([
        api.get('/api/v1/care-requests', { query }),
        api.get('/api/v1/care-requests/counts'),
      ])
      setData(page)
      setCounts(c)
    } catch (e) {
      showError(e)
    }
  }, [query, showError])
  useEffect(() => void reload(), [reload])

  const openAssign = async (r: CareRequest) => {
    setAssigning(r)
    try {
      const [grid, workers] = await Promise.all(
        (['grid_member', 'community_worker'] as const).map((role) =>
          api.get('/api/v1/users', { query: { role, page: 1, pageSize: 200 } }),
        ),
      )
      setStaff(
        [...grid.items, ...workers.items].map((u) => ({
          value: u.id,
          label: `${u.displayName} (${u.scopeName})`,
        })),
      )
    } catch (e) {
      showError(e)
    }
  }
  const submit = async (fn: (v: Record<string, unknown>) => Promise<unknown>) => {
    const v = (await form.validateFields()) as Record<string, unknown>
    try {
      await fn(v)
      void message.success(t('care.saved'))
      setAssigning(undefined)
      setFulfilling(undefined)
      form.resetFields()
      await reload()
    } catch (e) {
      showError(e)
    }
  }

  return (
    <PageLayout
      title={t('care.title')}
      size="small"
      extra={
        counts && <Typography.Text data-testid="care-counts">{t('care.counts', counts)}</Typography.Text>
      }
    >
      <Flex gap={8} wrap align="center" className="lf-gap">
        <Select
          aria-label={t('care.status')}
          allowClear
          placeholder={t('care.status')}
          className="lf-filter"
          options={(['open', 'assigned', 'done', 'cancelled'] as const).map((s) => ({
            value: s,
            label: t(`care.${s}`),
          }))}
          onChange={(status) => setQuery((q) => ({ ...q, page: 1, status }))}
        />
        <Checkbox onChange={(e) => setQuery((q) => ({ ...q, page: 1, mine: e.target.checked || undefined }))}>
          {t('care.mine')}
        </Checkbox>
        {can('care:write') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('care.create')}
          </Button>
        )}
      </Flex>
      <ListTable<CareRequest>
        rowKey="id"
        size="small"
        dataSource={data?.items}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: data?.total ?? 0,
          onChange: (page, pageSize) => setQuery((q) => ({ ...q, page, pageSize })),
        }}
        columns={[
          { title: t('care.household'), render: (_, r) => `${r.regionName} ${r.address}` },
          { title: t('care.kind'), render: (_, r) => t(`care.${r.kind as 'shopping'}`) },
          {
            title: t('care.items'),
            render: (_, r) => (
              <>
                {r.items}
                {r.file && (
                  <a href={`/api/v1/care-requests/${r.id}/file`} style={{ marginLeft: 8 }}>
                    {r.file.name}
                  </a>
                )}
              </>
            ),
          },
          {
            title: t('care.status'),
            render: (_, r) => <Tag color={STATUS_COLOR[r.status]}>{t(`care.${r.status as 'open'}`)}</Tag>,
          },
          { title: t('care.assignee'), render: (_, r) => r.assignee?.name ?? '' },
          { title: t('alerts.raisedAt'), render: (_, r) => dateTime(r.createdAt) },
          {
            title: t('common.actions'),
            render: (_, r) =>
              (r.status === 'open' || r.status === 'assigned') && (
                <Flex gap={4}>
                  {can('care:write') && can('user:read') && (
                    <Button size="small" onClick={() => void openAssign(r)}>
                      {t('care.assign')}
                    </Button>
                  )}
                  {can('care:fulfil') && (
                    <Button size="small" onClick={() => setFulfilling(r)}>
                      {t('care.fulfil')}
                    </Button>
                  )}
                </Flex>
              ),
          },
        ]}
      />
      <CareRequestModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={() => (setCreating(false), void message.success(t('care.created')), void reload())}
      />
      <Modal
        open={!!assigning}
        title={t('care.assign')}
        onCancel={() => setAssigning(undefined)}
        onOk={() =>
          void submit((v) =>
            api.post('/api/v1/care-requests/{id}/assign', {
              path: { id: assigning!.id },
              body: { assigneeId: String(v.assigneeId) },
            }),
          )
        }
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          <Form.Item name="assigneeId" label={t('care.assignee')} rules={[{ required: true }]}>
            <Select showSearch={{ optionFilterProp: 'label' }} options={staff} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={!!fulfilling}
        title={t('care.fulfil')}
        onCancel={() => setFulfilling(undefined)}
        onOk={() =>
          void submit((v) =>
            api.post('/api/v1/care-requests/{id}/fulfil', {
              path: { id: fulfilling!.id },
              body: { delivered: String(v.delivered), close: !v.keepOpen },
            }),
          )
        }
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          <Form.Item name="delivered" label={t('care.delivered')} rules={[{ required: true }]}>
            <Input.TextArea maxLength={1000} rows={2} />
          </Form.Item>
          <Form.Item name="keepOpen" valuePropName="checked">
            <Checkbox>{t('care.keepOpen')}</Checkbox>
          </Form.Item>
        </Form>
      </Modal>
    </PageLayout>
  )
}
