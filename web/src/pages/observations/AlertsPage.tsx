// 预警处置: fever, symptom and missed-reading alerts for my people and the communities I
// supervise (or everything in my area), acknowledged and closed with a note.
import { App, Button, Flex, Input, Modal, Segmented, Tag } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { useSession } from '../../admin/session'
import { useFormat } from '../../components/format'
import { useShowError } from '../../components/useShowError'
import type { Alert } from './types'
import { alertReasons } from './alertReasons'
import { ListTable } from '../../components/ListTable'
import { PageLayout } from '../../components/PageLayout'

const STATUS_TEXT = {
  open: 'alerts.statusOpen',
  acknowledged: 'alerts.statusAcknowledged',
  closed: 'alerts.statusClosed',
} as const
const KIND_COLOR: Record<string, string> = { fever: 'red', symptoms: 'orange', missed_slot: 'gold' }

export default function AlertsPage() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const showError = useShowError()
  const { can } = useSession()
  const { dateTime } = useFormat()
  const [mine, setMine] = useState(true)
  const [rows, setRows] = useState<Alert[]>([])
  const [loading, setLoading] = useState(false)
  const [closing, setClosing] = useState<Alert>()
  const [note, setNote] = useState('')

  const reload = useCallback(async () => {
    setLoading(true)
    try {
      setRows(await api.get('/api/v1/observation-alerts', { query: { mine, status: 'active' } }))
    } catch (e) {
      showError(e)
    } finally {
      setLoading(false)
    }
  }, [mine, showError])
  useEffect(() => void reload(), [reload])

  const act = async (fn: () => Promise<unknown>) => {
    try {
      await fn()
      void message.success(t('common.saved'))
      await reload()
    } catch (e) {
      showError(e)
    }
  }

  return (
    <PageLayout title={t('alerts.title')} size="small">
      <Flex gap={8} className="lf-gap">
        <Segmented<boolean>
          value={mine}
          onChange={setMine}
          options={[
            { value: true, label: t('alerts.mine') },
            { value: false, label: t('alerts.all') },
          ]}
        />
      </Flex>
      <ListTable<Alert>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={rows}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('alerts.empty') }}
        pagination={false}
        columns={[
          {
            title: t('alerts.kind'),
            dataIndex: 'kind',
            primary: true,
            render: (kind: string, a) => <Tag color={KIND_COLOR[kind]}>{alertReasons(t, a)}</Tag>,
          },
          { title: t('observations.person'), dataIndex: 'personName', primary: true },
          { title: t('observations.address'), render: (_, a) => `${a.regionName} ${a.address ?? ''}` },
          {
            title: t('observations.slot'),
            render: (_, a) => `${a.date} ${t(`observations.${a.slot as 'am'}`)}`,
          },
          { title: t('alerts.raisedAt'), dataIndex: 'raisedAt', render: (v: string) => dateTime(v) },
          {
            title: t('observations.status'),
            dataIndex: 'status',
            render: (s: keyof typeof STATUS_TEXT) => t(STATUS_TEXT[s]),
          },
          {
            title: t('common.actions'),
            render: (_, a) =>
              can('observation:alert') && (
                <Flex gap={4}>
                  {a.status === 'open' && (
                    <Button
                      size="small"
                      onClick={() =>
                        void act(() =>
                          api.post('/api/v1/observation-alerts/{id}/acknowledge', { path: { id: a.id } }),
                        )
                      }
                    >
                      {t('alerts.acknowledge')}
                    </Button>
                  )}
                  <Button size="small" onClick={() => (setNote(''), setClosing(a))}>
                    {t('alerts.close')}
                  </Button>
                </Flex>
              ),
          },
        ]}
      />
      <Modal
        open={!!closing}
        title={t('alerts.close')}
        onCancel={() => setClosing(undefined)}
        okButtonProps={{ disabled: !note.trim() }}
        onOk={() =>
          void act(async () => {
            await api.post('/api/v1/observation-alerts/{id}/close', {
              path: { id: closing!.id },
              body: { note },
            })
            setClosing(undefined)
          })
        }
      >
        <Input.TextArea
          aria-label={t('alerts.closeNote')}
          placeholder={t('alerts.closeNote')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </Modal>
    </PageLayout>
  )
}
