// 复工企业 (community view): every enterprise in one's area with its liaison, each one's new
// hires with colours and reasons, and the alerts of hires who are not green.
import { Button, Card, Flex, Tag } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, type Result } from '../../api/client'
import { useSession } from '../../admin/session'
import { useShowError } from '../../components/useShowError'
import { AlertsList } from './AlertsList'
import { EnterpriseFormModal } from './EnterpriseFormModal'
import { HiresTable, type Hire } from './HiresTable'
import { PendingLinks } from './PendingLinks'
import { ListTable } from '../../components/ListTable'
import { PageLayout } from '../../components/PageLayout'

type Enterprise = Result<'get', '/api/v1/enterprises'>[number]

const loadLiaisons = async () =>
  (
    await api.get('/api/v1/users', { query: { role: 'enterprise_liaison', page: 1, pageSize: 200 } })
  ).items.map((u) => ({ value: u.id, label: u.displayName }))

function Hires({ enterprise }: { enterprise: Enterprise }) {
  const { t } = useTranslation()
  const showError = useShowError()
  const [hires, setHires] = useState<Hire[]>()
  useEffect(() => {
    api.get('/api/v1/enterprises/{id}/hires', { path: { id: enterprise.id } }).then(setHires, showError)
  }, [enterprise.id, showError])
  const notGreen = (hires ?? []).filter((h) => h.colour !== 'green').length
  return (
    <Card
      size="small"
      title={`${enterprise.name} · ${t('enterprises.hires')}`}
      extra={notGreen > 0 && <Tag color="warning">{t('enterprises.notGreen', { n: notGreen })}</Tag>}
    >
      <HiresTable hires={hires ?? []} loading={!hires} />
    </Card>
  )
}

export default function EnterprisesPage() {
  const { t } = useTranslation()
  const showError = useShowError()
  const { can } = useSession()
  const [rows, setRows] = useState<Enterprise[]>([])
  const [liaisons, setLiaisons] = useState<{ value: string; label: string }[]>([])
  const [selected, setSelected] = useState<Enterprise>()
  const [creating, setCreating] = useState(false)
  const reload = useCallback(() => api.get('/api/v1/enterprises').then(setRows, showError), [showError])
  useEffect(() => void reload(), [reload])
  useEffect(() => {
    if (can('user:read')) loadLiaisons().then(setLiaisons, showError)
  }, [can, showError])
  const liaisonName = (id: string | null) =>
    id ? (liaisons.find((l) => l.value === id)?.label ?? '') : t('enterprises.noLiaison')
  const columns = [
    { title: t('enterprises.name'), dataIndex: 'name' },
    { title: t('enterprises.address'), dataIndex: 'address' },
    { title: t('enterprises.region'), dataIndex: 'regionName' },
    { title: t('enterprises.liaison'), render: (e: Enterprise) => liaisonName(e.liaisonId) },
  ]
  return (
    <PageLayout title={t('nav.enterprises')}>
      <Flex vertical gap={12}>
        <AlertsList />
        {can('enterprise:write') && <PendingLinks />}
        <Card
          title={t('enterprises.title')}
          extra={
            can('enterprise:write') && (
              <Button type="primary" onClick={() => setCreating(true)}>
                {t('enterprises.create')}
              </Button>
            )
          }
        >
          <ListTable<Enterprise>
            rowKey="id"
            size="small"
            dataSource={rows}
            columns={columns}
            scroll={{ x: 'max-content' }}
            onRow={(e) => ({ onClick: () => setSelected(e), style: { cursor: 'pointer' } })}
            rowClassName={(e) => (e.id === selected?.id ? 'ant-table-row-selected' : '')}
          />
        </Card>
        {selected && <Hires key={selected.id} enterprise={selected} />}
        <EnterpriseFormModal
          open={creating}
          liaisons={liaisons}
          onClose={() => setCreating(false)}
          onSaved={() => {
            setCreating(false)
            void reload()
          }}
        />
      </Flex>
    </PageLayout>
  )
}
