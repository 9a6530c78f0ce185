// 新建排查: a building sweep over a region subtree (its checklist is every household in it),
// or a phone screening that starts empty and is filled by importing number lists.
import { App, Form, Input, Modal, Radio } from 'antd'
import { useTranslation } from 'react-i18next'
import { api, type Body } from '../../api/client'
import { RegionSelect } from '../../components/RegionSelect'
import { useShowError } from '../../components/useShowError'

type NewCampaign = Body<'post', '/api/v1/campaigns'>

export function CreateCampaignModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean
  onClose: () => void
  onCreated: (id: string) => void
}) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const showError = useShowError()
  const [form] = Form.useForm<NewCampaign>()
  const create = async () => {
    try {
      const made = await api.post('/api/v1/campaigns', { body: await form.validateFields() })
      void message.success(
        made.kind === 'sweep' ? t('campaigns.created', { n: made.households ?? 0 }) : t('common.saved'),
      )
      form.resetFields()
      onCreated(made.id)
    } catch (e) {
      if (!(e as { errorFields?: unknown }).errorFields) showError(e)
    }
  }
  const required = (field: string) => [{ required: true, message: t('common.required', { field }) }]
  return (
    <Modal
      open={open}
      title={t('campaigns.create')}
      onOk={() => void create()}
      onCancel={onClose}
      forceRender
    >
      <Form form={form} layout="vertical" initialValues={{ kind: 'sweep' }}>
        <Form.Item name="kind" label={t('campaigns.kind')}>
          <Radio.Group
            options={[
              { value: 'sweep', label: t('campaigns.sweep') },
              { value: 'phone', label: t('campaigns.phone') },
            ]}
          />
        </Form.Item>
        <Form.Item name="name" label={t('campaigns.name')} rules={required(t('campaigns.name'))}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="regionId" label={t('campaigns.region')} rules={required(t('campaigns.region'))}>
          <RegionSelect />
        </Form.Item>
      </Form>
    </Modal>
  )
}
