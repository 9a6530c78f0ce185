// 申请人工改码: a colour and a reason; it takes effect only when a second account approves.
import { App, DatePicker, Form, Input, Modal, Radio } from 'antd'
import type { Dayjs } from 'dayjs'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { useShowError } from '../../components/useShowError'
import { PASS_COLOURS, type PassColour } from '@shared/verdict'

interface Values {
  colour: PassColour
  reason: string
  until?: Dayjs | null
}

export function ColourChangeModal({
  personId,
  onClose,
  onRequested,
}: {
  personId: string | null
  onClose: () => void
  onRequested: () => void
}) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const showError = useShowError()
  const [form] = Form.useForm<Values>()
  const submit = async () => {
    if (!personId) return
    let v: Values
    try {
      v = await form.validateFields()
    } catch {
      return
    }
    try {
      await api.post('/api/v1/colours/{id}/changes', {
        path: { id: personId },
        body: { colour: v.colour, reason: v.reason, ...(v.until && { until: v.until.toISOString() }) },
      })
      void message.success(t('passes.colour.requested'))
      form.resetFields()
      onRequested()
    } catch (e) {
      showError(e)
    }
  }
  return (
    <Modal
      open={!!personId}
      title={t('passes.colour.request')}
      onOk={() => void submit()}
      onCancel={onClose}
      forceRender
    >
      <p>{t('passes.colour.requestHint')}</p>
      <Form form={form} layout="vertical">
        <Form.Item name="colour" label={t('passes.colour.newColour')} rules={[{ required: true }]}>
          <Radio.Group options={PASS_COLOURS.map((c) => ({ value: c, label: t(`passColours.${c}`) }))} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('passes.colour.reason')}
          rules={[{ required: true, min: 2, max: 200 }]}
        >
          <Input.TextArea maxLength={200} />
        </Form.Item>
        <Form.Item name="until" label={t('passes.colour.until')}>
          <DatePicker showTime />
        </Form.Item>
      </Form>
    </Modal>
  )
}
