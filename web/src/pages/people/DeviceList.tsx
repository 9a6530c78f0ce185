// 手机设备: the phones that fetch a person's pass, with when each was last used and whether
// a code, a gate or the community confirmed it; staff revoke a lost or foreign one here.
import { Button, Popconfirm, Tag } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, type Result } from '../../api/client'
import { useSession } from '../../admin/session'
import { useShowError } from '../../components/useShowError'
import { ListTable } from '../../components/ListTable'
import { formatDateTime } from '../../components/dates'

type Device = Result<'get', '/api/v1/people/{id}/devices'>['items'][number]
const when = (iso: string | null) => (iso ? formatDateTime(iso) : '—')

export function DeviceList({ personId }: { personId: string }) {
  const { t } = useTranslation()
  const showError = useShowError()
  const { can } = useSession()
  const [items, setItems] = useState<Device[]>([])
  const load = useCallback(() => {
    api
      .get('/api/v1/people/{id}/devices', { path: { id: personId } })
      .then((r) => setItems(r.items))
      .catch(showError)
  }, [personId, showError])
  useEffect(() => load(), [load])
  const revoke = (deviceId: string) =>
    api
      .post('/api/v1/people/{id}/devices/{deviceId}/revoke', { path: { id: personId, deviceId } })
      .then(load, showError)
  return (
    <ListTable<Device>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={items}
      locale={{ emptyText: t('people.noDevices') }}
      columns={[
        { title: t('people.deviceCreated'), dataIndex: 'createdAt', render: when },
        { title: t('people.deviceLastUsed'), dataIndex: 'lastUsedAt', render: when },
        {
          title: t('people.deviceState'),
          render: (_, d) =>
            d.revokedAt ? (
              <Tag>{t('people.deviceRevoked')}</Tag>
            ) : d.confirmedAt ? (
              <Tag color="green">{t('people.deviceConfirmed')}</Tag>
            ) : (
              <Tag color="orange">{t('people.deviceUnconfirmed')}</Tag>
            ),
        },
        {
          title: '',
          render: (_, d) =>
            !d.revokedAt &&
            can('person:write') && (
              <Popconfirm title={t('people.revokeDeviceConfirm')} onConfirm={() => void revoke(d.id)}>
                <Button size="small" danger>
                  {t('people.revokeDevice')}
                </Button>
              </Popconfirm>
            ),
        },
      ]}
    />
  )
}
