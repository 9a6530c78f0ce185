// 居家医学观察: observed people in my area, filtered by status, day of period, my team and
// open alerts; a row opens the person's observation.
import { PlusOutlined } from '@ant-design/icons'
import { App, Button, Checkbox, Flex, InputNumber, Segmented, Tag } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { useMe, useSession } from '../../admin/session'
import { useShowError } from '../../components/useShowError'
import { ObservationDrawer } from './ObservationDrawer'
import { OpenObservationModal } from './OpenObservationModal'
import type { Observation, ObservationPage, ObservationQuery } from './types'
import { dayOfArgs } from './dayOf'
import { ListTable } from '../../components/ListTable'
import { PageLayout } from '../../components/PageLayout'

export default function ObservationsPage() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const showError = useShowError()
  const { can } = useSession()
  const me = useMe()
  const [query, setQuery] = useState<ObservationQuery>({ status: 'open', page: 1, pageSize: 20 })
  const [data, setData] = useState<ObservationPage>()
  const [loading, setLoading] = useState(false)
  const [opening, setOpening] = useState(false)
  const [selected, setSelected] = useState<string>()

  const reload = useCallback(async () => {
    setLoading(true)
    try {
      setData(await api.get('/api/v1/observations', { query }))
    } catch (e) {
      showError(e)
    } finally {
      setLoading(false)
    }
  }, [query, showError])
  useEffect(() => void reload(), [reload])
  const update = (change: Partial<ObservationQuery>) => setQuery((q) => ({ ...q, page: 1, ...change }))

  return (
    <PageLayout title={t('observations.title')} size="small">
      <Flex gap={8} wrap align="center" className="lf-gap">
        <Segmented
          value={query.status}
          onChange={(status) => update({ status: status as 'open' })}
          options={[
            { value: 'open', label: t('observations.open_status') },
            { value: 'released', label: t('observations.released_status') },
          ]}
        />
        <InputNumber
          aria-label={t('observations.dayFilter')}
          min={1}
          max={90}
          placeholder={t('observations.dayFilter')}
          onChange={(day) => update({ day: day ?? undefined })}
        />
        <Checkbox onChange={(e) => update({ memberId: e.target.checked ? me.user.id : undefined })}>
          {t('observations.onlyMine')}
        </Checkbox>
        <Checkbox onChange={(e) => update({ withOpenAlerts: e.target.checked || undefined })}>
          {t('observations.withAlerts')}
        </Checkbox>
        {can('observation:write') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpening(true)}>
            {t('observations.open')}
          </Button>
        )}
      </Flex>
      <ListTable<Observation>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data?.items}
        scroll={{ x: 'max-content' }}
        onRow={(o) => ({ onClick: () => setSelected(o.id), style: { cursor: 'pointer' } })}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: data?.total ?? 0,
          showTotal: (total) => t(data?.totalAtLeast ? 'common.totalAtLeast' : 'common.total', { total }),
          onChange: (page, pageSize) => setQuery((q) => ({ ...q, page, pageSize })),
        }}
        columns={[
          { title: t('observations.person'), dataIndex: 'personName' },
          { title: t('observations.address'), render: (_, o) => `${o.regionName} ${o.address ?? ''}` },
          {
            title: t('observations.day'),
            render: (_, o) => t('observations.dayOf', dayOfArgs(o)),
          },
          { title: t('observations.endsOn'), dataIndex: 'endsOn' },
          { title: t('observations.reason'), dataIndex: 'reason' },
          {
            title: t('observations.status'),
            render: (_, o) => (
              <Tag color={o.status === 'open' ? 'blue' : 'green'}>
                {t(`observations.${o.status === 'open' ? 'open_status' : 'released_status'}`)}
              </Tag>
            ),
          },
        ]}
      />
      <OpenObservationModal
        open={opening}
        onClose={() => setOpening(false)}
        onOpened={() => {
          setOpening(false)
          void message.success(t('observations.opened'))
          void reload()
        }}
      />
      <ObservationDrawer
        id={selected}
        onClose={() => setSelected(undefined)}
        onChanged={() => void reload()}
      />
    </PageLayout>
  )
}
