// 代为申报: staff enter a health declaration for someone without a phone (an elderly
// resident, say). Travel that matches a risk area files them as a key person at once.
import { App, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Switch } from 'antd'
import type { Dayjs } from 'dayjs'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { useShowError } from '../../components/useShowError'
import { PersonPicker } from './PersonPicker'
import { SYMPTOMS, type Symptom } from '@shared/symptoms'
import type { StaffDeclaration } from './types'

interface Values {
  personId: string
  hasTravel: boolean
  fromPlace?: string
  arrivalDate?: Dayjs
  symptoms: Symptom[]
  temperature?: number | null
  contactWithCases: boolean
}

export function StaffDeclarationModal({
  open,
  onClose,
  onSaved,
}: {
  open: boolean
  onClose: () => void
  onSaved: () => void
}) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const showError = useShowError()
  const [form] = Form.useForm<Values>()
  const hasTravel = Form.useWatch('hasTravel', form)

  const submit = async () => {
    let v: Values
    try {
      v = await form.validateFields()
    } catch {
      return
    }
    const body: StaffDeclaration = {
      personId: v.personId,
      symptoms: v.symptoms,
      temperature: v.temperature ?? null,
      contactWithCases: v.contactWithCases,
      travel:
        v.hasTravel && v.fromPlace && v.arrivalDate
          ? { fromPlace: v.fromPlace, arrivalDate: v.arrivalDate.format('YYYY-MM-DD') }
          : null,
    }
    try {
      const res = await api.post('/api/v1/declarations', { body })
      void message.success(res.keyPerson ? t('passes.decl.savedKeyPerson') : t('passes.decl.saved'))
      form.resetFields()
      onSaved()
    } catch (e) {
      showError(e)
    }
  }

  return (
    <Modal
      open={open}
      title={t('passes.decl.enter')}
      onOk={() => void submit()}
      onCancel={onClose}
      forceRender
    >
      <p>{t('passes.decl.enterHint')}</p>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ hasTravel: false, symptoms: [], contactWithCases: false }}
      >
        <Form.Item name="personId" label={t('passes.person')} rules={[{ required: true }]}>
          <PersonPicker />
        </Form.Item>
        <Form.Item name="hasTravel" label={t('passes.decl.hasTravel')} valuePropName="checked">
          <Switch />
        </Form.Item>
        {hasTravel && (
          <>
            <Form.Item
              name="fromPlace"
              label={t('passes.decl.fromPlace')}
              rules={[{ required: true, max: 100 }]}
            >
              <Input />
            </Form.Item>
            <Form.Item name="arrivalDate" label={t('passes.decl.arrivalDate')} rules={[{ required: true }]}>
              <DatePicker />
            </Form.Item>
          </>
        )}
        <Form.Item name="symptoms" label={t('passes.decl.symptom')}>
          <Checkbox.Group options={SYMPTOMS.map((s) => ({ value: s, label: t(`passes.symptoms.${s}`) }))} />
        </Form.Item>
        <Form.Item name="temperature" label={`${t('passes.decl.temperature')} (℃)`}>
          <InputNumber min={34} max={43} step={0.1} />
        </Form.Item>
        <Form.Item name="contactWithCases" label={t('passes.decl.contact')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  )
}
