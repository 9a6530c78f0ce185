// 排查行动管理: the community's campaigns; a chosen one shows its sweep coverage and
// assignments, or its number lists, call lists and progress.
import { Button, Flex, Tag } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { useSession } from '../../admin/session'
import { useFormat } from '../../components/format'
import { useShowError } from '../../components/useShowError'
import type { Campaign } from './CampaignPicker'
import { CreateCampaignModal } from './CreateCampaignModal'
import { PhoneDetail } from './PhoneDetail'
import { SweepDetail } from './SweepDetail'
import { ListTable } from '../../components/ListTable'
import { PageLayout } from '../../components/PageLayout'

export default function CampaignsPage() {
  const { t } = useTranslation()
  const showError = useShowError()
  const { can } = useSession()
  const { dateTime } = useFormat()
  const [rows, setRows] = useState<Campaign[]>([])
  const [selectedId, setSelectedId] = useState<string>()
  const [creating, setCreating] = useState(false)
  const reload = useCallback(() => api.get('/api/v1/campaigns').then(setRows, showError), [showError])
  useEffect(() => void reload(), [reload])
  const selected = rows.find((c) => c.id === selectedId)

  const columns = [
    { title: t('campaigns.name'), dataIndex: 'name' },
    {
      title: t('campaigns.kind'),
      render: (c: Campaign) => t(`campaigns.${c.kind as 'sweep' | 'phone'}`),
    },
    { title: t('campaigns.region'), dataIndex: 'regionName' },
    {
      title: t('campaigns.status'),
      render: (c: Campaign) => (
        <Tag color={c.status === 'open' ? 'green' : 'default'}>
          {t(`campaigns.${c.status as 'open' | 'closed'}`)}
        </Tag>
      ),
    },
    { title: t('campaigns.createdAt'), render: (c: Campaign) => dateTime(c.createdAt) },
  ]
  return (
    <Flex vertical gap={12}>
      <PageLayout
        title={t('campaigns.title')}
        extra={
          can('campaign:write') && (
            <Button type="primary" onClick={() => setCreating(true)}>
              {t('campaigns.create')}
            </Button>
          )
        }
      >
        <ListTable<Campaign>
          rowKey="id"
          size="small"
          dataSource={rows}
          columns={columns}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          onRow={(c) => ({ onClick: () => setSelectedId(c.id), style: { cursor: 'pointer' } })}
          rowClassName={(c) => (c.id === selectedId ? 'ant-table-row-selected' : '')}
        />
      </PageLayout>
      {selected?.kind === 'sweep' && <SweepDetail key={selected.id} campaign={selected} />}
      {selected?.kind === 'phone' && <PhoneDetail key={selected.id} campaign={selected} />}
      <CreateCampaignModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(id) => {
          setCreating(false)
          setSelectedId(id)
          void reload()
        }}
      />
    </Flex>
  )
}
