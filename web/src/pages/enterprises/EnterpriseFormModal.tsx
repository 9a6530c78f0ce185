// 登记复工企业: name, address, region and the liaison account that speaks for it.
import { App, Form, Input, Modal, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import { api, type Body } from '../../api/client'
import { RegionSelect } from '../../components/RegionSelect'
import { useShowError } from '../../components/useShowError'

type NewEnterprise = Body<'post', '/api/v1/enterprises'>

export function EnterpriseFormModal(props: {
  open: boolean
  liaisons: { value: string; label: string }[]
  onClose: () => void
  onSaved: () => void
}) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const showError = useShowError()
  const [form] = Form.useForm<NewEnterprise>()
  const save = async () => {
    try {
      const v = await form.validateFields()
      await api.post('/api/v1/enterprises', { body: { ...v, liaisonId: v.liaisonId ?? null } })
      void message.success(t('enterprises.saved'))
      form.resetFields()
      props.onSaved()
    } catch (e) {
      if (!(e as { errorFields?: unknown }).errorFields) showError(e)
    }
  }
  const required = (field: string) => [{ required: true, message: t('common.required', { field }) }]
  return (
    <Modal
      open={props.open}
      title={t('enterprises.create')}
      onOk={() => void save()}
      onCancel={props.onClose}
      forceRender
    >
      <Form form={form} layout="vertical">
        <Form.Item name="name" label={t('enterprises.name')} rules={required(t('enterprises.name'))}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="address" label={t('enterprises.address')} rules={required(t('enterprises.address'))}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="regionId" label={t('enterprises.region')} rules={required(t('enterprises.region'))}>
          <RegionSelect />
        </Form.Item>
        <Form.Item name="liaisonId" label={t('enterprises.liaison')}>
          <Select allowClear options={props.liaisons} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
