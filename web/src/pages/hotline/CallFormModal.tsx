// 登记来电: when, how long, channel, category, risk, follow-up and referral. No caller
// identity: the form has no field for one and says so.
import { Alert, DatePicker, Form, Input, InputNumber, Modal, Select, Switch } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, type Body } from '../../api/client'
import { useSession } from '../../admin/session'
import { RegionSelect } from '../../components/RegionSelect'
import { useShowError } from '../../components/useShowError'
import { CALL_CATEGORIES, CALL_CHANNELS, RISK_LEVELS } from '@shared/hotline'

type CallBody = Body<'post', '/api/v1/hotline/calls'>
type Values = Omit<CallBody, 'startedAt'> & { startedAt: Dayjs }

export function CallFormModal({ onClose, onSaved }: { onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation()
  const showError = useShowError()
  const { me } = useSession()
  const [form] = Form.useForm<Values>()
  const [saving, setSaving] = useState(false)
  const options = <K extends string>(keys: readonly K[], group: 'channels' | 'categories' | 'risks') =>
    keys.map((k) => ({ value: k, label: t(`hotline.${group}.${k}` as never) }))

  const save = async (v: Values) => {
    setSaving(true)
    try {
      await api.post('/api/v1/hotline/calls', { body: { ...v, startedAt: v.startedAt.toISOString() } })
      onSaved()
    } catch (e) {
      showError(e)
    } finally {
      setSaving(false)
    }
  }

  return (
    <Modal
      open
      width={640}
      title={t('hotline.newCall')}
      confirmLoading={saving}
      onCancel={onClose}
      onOk={() => form.submit()}
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('hotline.noIdentity')} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          regionId: me?.user.scopeRegionId,
          startedAt: dayjs(),
          durationMinutes: 15,
          channel: 'phone',
          category: 'anxiety',
          riskLevel: 'low',
          followUp: false,
        }}
        onFinish={(v) => void save(v)}
      >
        <Form.Item name="regionId" label={t('hotline.callRegion')} rules={[{ required: true }]}>
          <RegionSelect initialLabel={me?.user.scopeName} />
        </Form.Item>
        <Form.Item name="startedAt" label={t('hotline.startedAt')} rules={[{ required: true }]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
        </Form.Item>
        <Form.Item name="durationMinutes" label={t('hotline.duration')} rules={[{ required: true }]}>
          <InputNumber min={0} max={600} />
        </Form.Item>
        <Form.Item name="channel" label={t('hotline.channel')} rules={[{ required: true }]}>
          <Select options={options(CALL_CHANNELS, 'channels')} />
        </Form.Item>
        <Form.Item name="category" label={t('hotline.category')} rules={[{ required: true }]}>
          <Select options={options(CALL_CATEGORIES, 'categories')} />
        </Form.Item>
        <Form.Item name="riskLevel" label={t('hotline.risk')} rules={[{ required: true }]}>
          <Select options={options(RISK_LEVELS, 'risks')} />
        </Form.Item>
        <Form.Item name="followUp" label={t('hotline.followUp')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="followUpNote" label={t('hotline.followUpNote')} rules={[{ max: 500 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="referral" label={t('hotline.referral')} rules={[{ max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="summary" label={t('hotline.summary')} rules={[{ max: 1000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
