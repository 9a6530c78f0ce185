// 关联确认: enterprises elsewhere listed people of this community as new hires. Staff compare
// the name the liaison typed with the registry's and accept (the enterprise then sees the
// colour) or refuse; until then the enterprise sees nothing of the registry.
import { Button, Card, Space, Tag } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, type Result } from '../../api/client'
import { useFormat } from '../../components/format'
import { useShowError } from '../../components/useShowError'
import { ListTable } from '../../components/ListTable'

type Pending = Result<'get', '/api/v1/enterprise-hires/pending'>[number]

export function PendingLinks() {
  const { t } = useTranslation()
  const showError = useShowError()
  const { dateTime } = useFormat()
  const [rows, setRows] = useState<Pending[]>([])
  const reload = useCallback(
    () => api.get('/api/v1/enterprise-hires/pending').then(setRows, showError),
    [showError],
  )
  useEffect(() => void reload(), [reload])
  const decide = async (id: string, verb: 'accept' | 'refuse') => {
    try {
      if (verb === 'accept') await api.post('/api/v1/enterprise-hires/{id}/accept', { path: { id } })
      else await api.post('/api/v1/enterprise-hires/{id}/refuse', { path: { id } })
      await reload()
    } catch (err) {
      showError(err)
    }
  }
  if (!rows.length) return null
  const columns = [
    {
      title: t('enterprises.name'),
      render: (p: Pending) => `${p.enterpriseName}（${p.enterpriseRegionName}）`,
    },
    { title: t('enterprises.enteredName'), dataIndex: 'enteredName' },
    {
      title: t('enterprises.registryName'),
      render: (p: Pending) => (
        <Space>
          {p.personName}
          {!p.nameMatches && <Tag color="warning">{t('enterprises.nameDiffers')}</Tag>}
        </Space>
      ),
    },
    { title: t('enterprises.document'), dataIndex: 'document' },
    { title: t('enterprises.region'), dataIndex: 'regionName' },
    { title: t('enterprises.requestedAt'), render: (p: Pending) => dateTime(p.requestedAt) },
    {
      title: '',
      render: (p: Pending) => (
        <Space>
          <Button size="small" type="primary" onClick={() => void decide(p.id, 'accept')}>
            {t('enterprises.accept')}
          </Button>
          <Button size="small" danger onClick={() => void decide(p.id, 'refuse')}>
            {t('enterprises.refuse')}
          </Button>
        </Space>
      ),
    },
  ]
  return (
    <Card size="small" title={t('enterprises.pendingLinks')} data-testid="pending-links">
      <ListTable<Pending> rowKey="id" size="small" dataSource={rows} columns={columns} pagination={false} />
    </Card>
  )
}
