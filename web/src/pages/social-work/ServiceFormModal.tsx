// 登记服务: who served, where, when, by which channel, on what, and for how many people.
import { DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, type Body } from '../../api/client'
import { useSession } from '../../admin/session'
import { RegionSelect } from '../../components/RegionSelect'
import { useShowError } from '../../components/useShowError'
import type { Worker } from './AgenciesTab'

export const CHANNELS = ['offline', 'phone', 'online'] as const
type Values = Omit<Body<'post', '/api/v1/social-work/services'>, 'date'> & { date: Dayjs }

export function ServiceFormModal(props: { workers: Worker[]; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation()
  const showError = useShowError()
  const { me } = useSession()
  const [form] = Form.useForm<Values>()
  const [saving, setSaving] = useState(false)

  const save = async (v: Values) => {
    setSaving(true)
    try {
      await api.post('/api/v1/social-work/services', { body: { ...v, date: v.date.format('YYYY-MM-DD') } })
      props.onSaved()
    } catch (e) {
      showError(e)
    } finally {
      setSaving(false)
    }
  }

  return (
    <Modal
      open
      title={t('socialWork.newService')}
      confirmLoading={saving}
      onCancel={props.onClose}
      onOk={() => form.submit()}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          regionId: me?.user.scopeRegionId,
          date: dayjs(),
          channel: 'offline',
          beneficiaries: 1,
        }}
        onFinish={(v) => void save(v)}
      >
        <Form.Item name="workerId" label={t('socialWork.worker')} rules={[{ required: true }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={props.workers.map((w) => ({
              value: w.id,
              label: w.agencyName ? `${w.name}（${w.agencyName}）` : w.name,
            }))}
          />
        </Form.Item>
        <Form.Item name="regionId" label={t('socialWork.region')} rules={[{ required: true }]}>
          <RegionSelect initialLabel={me?.user.scopeName} />
        </Form.Item>
        <Form.Item name="date" label={t('socialWork.date')} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="channel" label={t('socialWork.channel')} rules={[{ required: true }]}>
          <Select options={CHANNELS.map((c) => ({ value: c, label: t(`socialWork.channels.${c}`) }))} />
        </Form.Item>
        <Form.Item name="topic" label={t('socialWork.topic')} rules={[{ required: true, max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="beneficiaries" label={t('socialWork.beneficiaries')} rules={[{ required: true }]}>
          <InputNumber min={1} max={100000} />
        </Form.Item>
        <Form.Item name="note" label={t('socialWork.note')} rules={[{ max: 500 }]}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  )
}
