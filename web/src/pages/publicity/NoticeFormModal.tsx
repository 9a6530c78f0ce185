// Drafts a notice or edits a draft: kind, the region it is published for, title and text.
import { Form, Input, Modal, Select } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { RegionSelect } from '../../components/RegionSelect'
import { useShowError } from '../../components/useShowError'
import type { Notice } from './NoticesPage'

export const NOTICE_KINDS = ['command', 'letter', 'rules', 'knowledge', 'rumour', 'story'] as const
type Kind = (typeof NOTICE_KINDS)[number]

interface Values {
  regionId: string
  kind: Kind
  title: string
  body: string
}

export function NoticeFormModal({
  notice,
  onClose,
  onSaved,
}: {
  notice?: Notice
  onClose: () => void
  onSaved: () => void
}) {
  const { t } = useTranslation()
  const showError = useShowError()
  const [form] = Form.useForm<Values>()
  const [saving, setSaving] = useState(false)

  const save = async (values: Values) => {
    setSaving(true)
    try {
      if (notice) await api.patch('/api/v1/notices/{id}', { path: { id: notice.id }, body: values })
      else await api.post('/api/v1/notices', { body: values })
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
      width={720}
      title={notice ? t('notices.edit') : t('notices.create')}
      okText={t('notices.saveDraft')}
      confirmLoading={saving}
      onCancel={onClose}
      onOk={() => form.submit()}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={notice ? { ...notice, kind: notice.kind as Kind } : { kind: 'knowledge' }}
        onFinish={(v) => void save(v)}
      >
        <Form.Item name="kind" label={t('notices.kind')} rules={[{ required: true }]}>
          <Select options={NOTICE_KINDS.map((k) => ({ value: k, label: t(`notices.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="regionId" label={t('notices.region')} rules={[{ required: true }]}>
          <RegionSelect initialLabel={notice?.regionName} />
        </Form.Item>
        <Form.Item name="title" label={t('notices.titleField')} rules={[{ required: true, max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="body" label={t('notices.body')} rules={[{ required: true, max: 20000 }]}>
          <Input.TextArea rows={12} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
