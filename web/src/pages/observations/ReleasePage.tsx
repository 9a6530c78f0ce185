// 期满解除: the open observations whose planned end has come, each with whether it may be
// released now (last 24 h normal); the medic releases the selected ones in one action.
import { App, Button, Tag } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { useShowError } from '../../components/useShowError'
import type { Due } from './types'
import { dayOfArgs } from './dayOf'
import { ListTable } from '../../components/ListTable'
import { PageLayout } from '../../components/PageLayout'

export default function ReleasePage() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const showError = useShowError()
  const [rows, setRows] = useState<Due[]>([])
  const [selected, setSelected] = useState<string[]>([])
  const [loading, setLoading] = useState(false)

  const reload = useCallback(async () => {
    setLoading(true)
    try {
      const due = await api.get('/api/v1/observations/due')
      setRows(due)
      setSelected(due.filter((d) => d.problem === null).map((d) => d.observation.id))
    } catch (e) {
      showError(e)
    } finally {
      setLoading(false)
    }
  }, [showError])
  useEffect(() => void reload(), [reload])

  const releaseSelected = async () => {
    try {
      const res = await api.post('/api/v1/observations/release-due', { body: { ids: selected } })
      void message.success(t('release.done', { released: res.released.length, refused: res.refused.length }))
      await reload()
    } catch (e) {
      showError(e)
    }
  }

  return (
    <PageLayout
      title={t('release.title')}
      size="small"
      extra={
        <Button type="primary" disabled={selected.length === 0} onClick={() => void releaseSelected()}>
          {t('release.selected', { n: selected.length })}
        </Button>
      }
    >
      <ListTable<Due>
        rowKey={(d) => d.observation.id}
        size="small"
        loading={loading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        rowSelection={{
          selectedRowKeys: selected,
          onChange: (keys) => setSelected(keys as string[]),
          getCheckboxProps: (d) => ({ disabled: d.problem !== null }),
        }}
        columns={[
          { title: t('observations.person'), render: (_, d) => d.observation.personName },
          {
            title: t('observations.address'),
            render: (_, d) => `${d.observation.regionName} ${d.observation.address ?? ''}`,
          },
          {
            title: t('observations.day'),
            render: (_, d) => t('observations.dayOf', dayOfArgs(d.observation)),
          },
          {
            title: t('release.problem'),
            render: (_, d) =>
              d.problem ? (
                <Tag color="orange">{t(`release.${d.problem as 'RELEASE_TOO_EARLY'}`)}</Tag>
              ) : (
                <Tag color="green">{t('release.ok')}</Tag>
              ),
          },
        ]}
      />
    </PageLayout>
  )
}
