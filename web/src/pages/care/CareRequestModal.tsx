// 登记需求: the household (found through a person's name), what kind of help, the list or a
// file to print (sent as base64 JSON, at most 10 MB).
import { UploadOutlined } from '@ant-design/icons'
import { Button, Form, Input, Modal, Select, Upload } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { useShowError } from '../../components/useShowError'
import { CARE_KINDS, type NewCareRequest } from './types'

type FileBody = NonNullable<NewCareRequest['file']>

const toBase64 = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result).split(',')[1] ?? '')
    reader.onerror = () => reject(reader.error ?? new Error('read failed'))
    reader.readAsDataURL(file)
  })

export function CareRequestModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean
  onClose: () => void
  onCreated: () => void
}) {
  const { t } = useTranslation()
  const showError = useShowError()
  const [form] = Form.useForm<{ householdId: string; kind: NewCareRequest['kind']; items?: string }>()
  const [households, setHouseholds] = useState<{ value: string; label: string }[]>([])
  const [file, setFile] = useState<FileBody>()

  const search = async (name: string) => {
    if (!name.trim()) return
    try {
      const res = await api.get('/api/v1/people', { query: { name: name.trim(), page: 1, pageSize: 20 } })
      setHouseholds(
        res.items
          .filter((p) => p.householdId)
          .map((p) => ({ value: p.householdId!, label: `${p.name} · ${p.regionName} ${p.address ?? ''}` })),
      )
    } catch (e) {
      showError(e)
    }
  }
  const submit = async () => {
    const v = await form.validateFields()
    try {
      await api.post('/api/v1/care-requests', { body: { ...v, ...(file && { file }) } })
      form.resetFields()
      setFile(undefined)
      onCreated()
    } catch (e) {
      showError(e)
    }
  }
  return (
    <Modal open={open} title={t('care.create')} onCancel={onClose} onOk={() => void submit()} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ kind: 'shopping' }}>
        <Form.Item name="householdId" label={t('care.household')} rules={[{ required: true }]}>
          <Select
            showSearch={{ filterOption: false, onSearch: (q) => void search(q) }}
            placeholder={t('observations.personSearch')}
            options={households}
          />
        </Form.Item>
        <Form.Item name="kind" label={t('care.kind')} rules={[{ required: true }]}>
          <Select options={CARE_KINDS.map((k) => ({ value: k, label: t(`care.${k}`) }))} />
        </Form.Item>
        <Form.Item name="items" label={t('care.items')}>
          <Input.TextArea maxLength={2000} rows={3} />
        </Form.Item>
        <Form.Item label={t('care.file')}>
          <Upload
            maxCount={1}
            accept=".pdf,.jpg,.jpeg,.png,.webp,.doc,.docx,.txt"
            beforeUpload={async (f) => {
              setFile({
                name: f.name,
                contentType: f.type as FileBody['contentType'],
                data: await toBase64(f),
              })
              return false
            }}
            onRemove={() => setFile(undefined)}
          >
            <Button icon={<UploadOutlined />}>{t('care.upload')}</Button>
          </Upload>
        </Form.Item>
      </Form>
    </Modal>
  )
}
