// 改码审批: manual colour changes waiting for a second account. The requester sees their own
// requests but cannot decide them (the server refuses that too).
import { App, Button, Segmented, Space, Tag } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { useSession } from '../../admin/session'
import { useFormat } from '../../components/format'
import { useShowError } from '../../components/useShowError'
import { ColourTag } from '../../components/ColourTag'
import type { ColourChange } from './types'
import { ListTable } from '../../components/ListTable'

type Status = 'pending' | 'approved' | 'rejected'

export function ApprovalsTab({ onDecided }: { onDecided: () => void }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const showError = useShowError()
  const { can, me } = useSession()
  const { dateTime } = useFormat()
  const [status, setStatus] = useState<Status>('pending')
  const [rows, setRows] = useState<ColourChange[]>([])
  const mine = (c: ColourChange) => c.requestedBy === me?.user.id

  const load = useCallback(async () => {
    try {
      setRows(await api.get('/api/v1/colour-changes', { query: { status } }))
    } catch (e) {
      showError(e)
    }
  }, [status, showError])
  useEffect(() => void load(), [load])

  const decide = async (c: ColourChange, verb: 'approve' | 'reject') => {
    try {
      const path = `/api/v1/colour-changes/{id}/${verb}` as const
      await api.post(path, { path: { id: c.id } })
      void message.success(t(verb === 'approve' ? 'passes.colour.approved' : 'passes.colour.rejected'))
      await load()
      onDecided()
    } catch (e) {
      showError(e)
    }
  }

  const columns = [
    { title: t('passes.name'), dataIndex: 'personName' },
    { title: t('passes.colour.newColour'), render: (c: ColourChange) => <ColourTag colour={c.colour} /> },
    { title: t('passes.colour.reason'), dataIndex: 'reason' },
    { title: t('passes.colour.requestedAt'), render: (c: ColourChange) => dateTime(c.requestedAt) },
    {
      title: t('passes.colour.requestedBy'),
      render: (c: ColourChange) => (mine(c) ? <Tag>{t('passes.colour.mine')}</Tag> : c.requestedByName),
    },
    {
      title: status === 'pending' ? t('common.actions') : t('passes.colour.decidedAt'),
      render: (c: ColourChange) =>
        status !== 'pending' ? (
          dateTime(c.decidedAt)
        ) : mine(c) ? (
          t('passes.colour.ownRequest')
        ) : can('colour:approve') ? (
          <Space>
            <Button size="small" type="primary" onClick={() => void decide(c, 'approve')}>
              {t('passes.colour.approve')}
            </Button>
            <Button size="small" danger onClick={() => void decide(c, 'reject')}>
              {t('passes.colour.reject')}
            </Button>
          </Space>
        ) : (
          ''
        ),
    },
  ]
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Segmented<Status>
        value={status}
        onChange={setStatus}
        options={(['pending', 'approved', 'rejected'] as const).map((s) => ({
          value: s,
          label: t(`passes.colour.${s}`),
        }))}
      />
      <ListTable<ColourChange>
        rowKey="id"
        size="small"
        dataSource={rows}
        columns={columns}
        pagination={false}
      />
    </Space>
  )
}
