// A person's observation: "day 5 of 14", the temperature chart, the readings, the team and
// its history, alerts; the medic releases or extends from here.
import {
  App,
  Button,
  Descriptions,
  Drawer,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Tag,
  Typography,
} from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { useSession } from '../../admin/session'
import { useFormat } from '../../components/format'
import { useShowError } from '../../components/useShowError'
import { TemperatureChart } from './TemperatureChart'
import type { ObservationDetail, Reading } from './types'
import { dayOfArgs } from './dayOf'
import { ListTable } from '../../components/ListTable'

export function ObservationDrawer({
  id,
  onClose,
  onChanged,
}: {
  id?: string
  onClose: () => void
  onChanged: () => void
}) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const showError = useShowError()
  const { can } = useSession()
  const { dateTime } = useFormat()
  const [data, setData] = useState<ObservationDetail>()
  const [extending, setExtending] = useState(false)
  const [form] = Form.useForm<{ days: number; reason: string }>()

  const reload = useCallback(async () => {
    if (!id) return setData(undefined)
    try {
      setData(await api.get('/api/v1/observations/{id}', { path: { id } }))
    } catch (e) {
      showError(e)
    }
  }, [id, showError])
  useEffect(() => void reload(), [reload])

  const release = async () => {
    try {
      await api.post('/api/v1/observations/{id}/release', { path: { id: id! }, body: {} })
      void message.success(t('observations.released'))
      onChanged()
      await reload()
    } catch (e) {
      showError(e)
    }
  }
  const extend = async () => {
    const body = await form.validateFields()
    try {
      await api.post('/api/v1/observations/{id}/extend', { path: { id: id! }, body })
      void message.success(t('observations.extended'))
      setExtending(false)
      onChanged()
      await reload()
    } catch (e) {
      showError(e)
    }
  }

  const o = data?.observation
  const team = data?.team[0]
  return (
    <Drawer open={!!id} onClose={onClose} title={data?.person?.name ?? t('observations.detail')} size="large">
      {o && data && (
        <Flex vertical gap={16}>
          <Typography.Title level={4} data-testid="day-of" style={{ margin: 0 }}>
            {t('observations.dayOf', dayOfArgs(o))}
          </Typography.Title>
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item
              label={t('observations.address')}
            >{`${o.regionName} ${data.person?.address ?? ''}`}</Descriptions.Item>
            <Descriptions.Item label={t('observations.reason')}>{o.reason}</Descriptions.Item>
            <Descriptions.Item label={t('observations.startsOn')}>{o.startsOn}</Descriptions.Item>
            <Descriptions.Item label={t('observations.endsOn')}>{o.endsOn}</Descriptions.Item>
            <Descriptions.Item label={t('observations.status')}>
              <Tag color={o.status === 'open' ? 'blue' : 'green'}>
                {t(`observations.${o.status === 'open' ? 'open_status' : 'released_status'}`)}
              </Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('observations.team')}>
              {team
                ? `${team.officer.name} / ${team.medic.name} / ${team.worker.name}`
                : t('observations.noTeam')}
            </Descriptions.Item>
          </Descriptions>
          {o.status === 'open' && can('observation:release') && (
            <Flex gap={8} wrap>
              <Button type="primary" disabled={data.releaseProblem !== null} onClick={() => void release()}>
                {t('observations.release')}
              </Button>
              {data.releaseProblem && (
                <Typography.Text type="secondary">
                  {t(`release.${data.releaseProblem as 'RELEASE_TOO_EARLY'}`)}
                </Typography.Text>
              )}
              <Button onClick={() => setExtending(true)}>{t('observations.extend')}</Button>
            </Flex>
          )}
          <Typography.Text
            strong
          >{`${t('observations.chart')} · ${t('observations.fever', { t: data.feverThreshold })}`}</Typography.Text>
          <TemperatureChart readings={data.readings} feverThreshold={data.feverThreshold} />
          <ListTable<Reading>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={[...data.readings].reverse()}
            scroll={{ x: 'max-content' }}
            columns={[
              {
                title: t('observations.date'),
                render: (_, r) => `${r.date} ${t(`observations.${r.slot as 'am'}`)}`,
              },
              {
                title: t('observations.temperature'),
                render: (_, r) => <Tag color={r.abnormal ? 'red' : 'green'}>{r.temperature.toFixed(1)}</Tag>,
              },
              { title: t('observations.symptoms'), render: (_, r) => r.symptoms.join('、') },
              {
                title: t('observations.takenAt'),
                render: (_, r) =>
                  `${dateTime(r.takenAt)}${r.selfReported ? ` · ${t('observations.selfReported')}` : ''}`,
              },
            ]}
          />
        </Flex>
      )}
      <Modal
        open={extending}
        title={t('observations.extend')}
        onCancel={() => setExtending(false)}
        onOk={() => void extend()}
      >
        <Form form={form} layout="vertical" initialValues={{ days: 7 }}>
          <Form.Item name="days" label={t('observations.extendDays')} rules={[{ required: true }]}>
            <InputNumber min={1} max={30} />
          </Form.Item>
          <Form.Item name="reason" label={t('observations.extendReason')} rules={[{ required: true }]}>
            <Input maxLength={200} />
          </Form.Item>
        </Form>
      </Modal>
    </Drawer>
  )
}
