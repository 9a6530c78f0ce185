// 宣传通告: drafts, approval by a second colleague, publishing; each published notice links
// to the public page and to its printable A4 sheet with the QR code.
import { App, Button, Popconfirm, Select, Space, Tag } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, type Result } from '../../api/client'
import { useSession } from '../../admin/session'
import { useFormat } from '../../components/format'
import { useShowError } from '../../components/useShowError'
import { NoticeFormModal } from './NoticeFormModal'
import { ListTable } from '../../components/ListTable'
import { PageLayout } from '../../components/PageLayout'

export type Notice = Result<'get', '/api/v1/notices/{id}'>
type Status = 'draft' | 'approved' | 'published' | 'withdrawn'
const STATUS_COLOUR: Record<Status, string> = {
  draft: 'default',
  approved: 'blue',
  published: 'green',
  withdrawn: 'orange',
}

export default function NoticesPage() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const showError = useShowError()
  const { dateTime } = useFormat()
  const { me, can: may } = useSession()
  const [status, setStatus] = useState<Status | undefined>()
  const [rows, setRows] = useState<Notice[]>([])
  const [loading, setLoading] = useState(false)
  const [editing, setEditing] = useState<Notice | 'new' | null>(null)

  const reload = useCallback(async () => {
    setLoading(true)
    try {
      setRows((await api.get('/api/v1/notices', { query: { status, page: 1, pageSize: 200 } })).items)
    } catch (e) {
      showError(e)
    } finally {
      setLoading(false)
    }
  }, [status, showError])
  useEffect(() => void reload(), [reload])

  const step = async (n: Notice, to: 'approve' | 'publish' | 'withdraw') => {
    try {
      await api.post(`/api/v1/notices/{id}/${to}`, { path: { id: n.id } })
      void message.success(t(`notices.done.${to}`))
      await reload()
    } catch (e) {
      showError(e)
    }
  }

  const actions = (n: Notice) => (
    <Space size="small" wrap>
      {n.status === 'draft' && may('notice:write') && (
        <a onClick={() => setEditing(n)}>{t('notices.edit')}</a>
      )}
      {n.status === 'draft' && may('notice:approve') && n.authorId !== me?.user.id && (
        <a onClick={() => void step(n, 'approve')}>{t('notices.approve')}</a>
      )}
      {n.status === 'approved' && may('notice:publish') && (
        <a onClick={() => void step(n, 'publish')}>{t('notices.publish')}</a>
      )}
      {n.status === 'published' && (
        <>
          <a href={`/p/${n.regionId}/notices/${n.id}`} target="_blank" rel="noreferrer">
            {t('notices.view')}
          </a>
          <a href={`/p/${n.regionId}/notices/${n.id}/print`} target="_blank" rel="noreferrer">
            {t('notices.print')}
          </a>
          {may('notice:publish') && (
            <Popconfirm title={t('notices.withdrawConfirm')} onConfirm={() => void step(n, 'withdraw')}>
              <a>{t('notices.withdraw')}</a>
            </Popconfirm>
          )}
        </>
      )}
    </Space>
  )

  return (
    <PageLayout
      title={t('notices.title')}
      size="small"
      extra={
        <Space>
          <Select<Status>
            aria-label={t('notices.status')}
            allowClear
            placeholder={t('notices.status')}
            style={{ width: 120 }}
            value={status}
            onChange={setStatus}
            options={(['draft', 'approved', 'published', 'withdrawn'] as const).map((s) => ({
              value: s,
              label: t(`notices.statuses.${s}`),
            }))}
          />
          {me && (
            <a href={`/p/${me.user.scopeRegionId}`} target="_blank" rel="noreferrer">
              {t('notices.publicPage')}
            </a>
          )}
          {may('notice:write') && (
            <Button type="primary" onClick={() => setEditing('new')}>
              {t('notices.create')}
            </Button>
          )}
        </Space>
      }
    >
      <ListTable<Notice>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={rows}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('notices.kind'), render: (_, n) => t(`notices.kinds.${n.kind as 'command'}`) },
          { title: t('notices.titleField'), dataIndex: 'title' },
          { title: t('notices.region'), dataIndex: 'regionName' },
          {
            title: t('notices.status'),
            render: (_, n) => (
              <Tag color={STATUS_COLOUR[n.status as Status]}>
                {t(`notices.statuses.${n.status as Status}`)}
              </Tag>
            ),
          },
          { title: t('notices.author'), render: (_, n) => n.authorName ?? '' },
          { title: t('notices.approver'), render: (_, n) => n.approverName ?? '' },
          { title: t('notices.publishedAt'), render: (_, n) => dateTime(n.publishedAt) },
          { title: '', render: (_, n) => actions(n) },
        ]}
      />
      {editing && (
        <NoticeFormModal
          notice={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null)
            void reload()
          }}
        />
      )}
    </PageLayout>
  )
}
