// 登记新员工: one by one, or a list uploaded (姓名, 证件类型, 证件号码, 手机号码); each joins
// the registry, or is linked to the person already on file under the same name.
import { UploadOutlined } from '@ant-design/icons'
import { App, Button, Flex, Form, Input, Select, Typography, Upload } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, type Body } from '../../api/client'
import { fileToBase64 } from '../../components/base64'
import { useShowError } from '../../components/useShowError'

type NewHire = Body<'post', '/api/v1/enterprises/{id}/hires'>
const DOC_TYPES = ['id_card', 'passport', 'hk_macau_permit', 'taiwan_permit', 'other'] as const

export function AddHireForm({ enterpriseId, onAdded }: { enterpriseId: string; onAdded: () => void }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const showError = useShowError()
  const [form] = Form.useForm<NewHire>()
  const [busy, setBusy] = useState(false)
  const add = async () => {
    try {
      const v = await form.validateFields()
      const body = { ...v, phone: v.phone?.trim() || null }
      await api.post('/api/v1/enterprises/{id}/hires', { path: { id: enterpriseId }, body })
      void message.success(t('enterprises.added', { name: v.name }))
      form.resetFields()
      onAdded()
    } catch (e) {
      if (!(e as { errorFields?: unknown }).errorFields) showError(e)
    }
  }
  const upload = async (file: File) => {
    setBusy(true)
    try {
      const res = await api.post('/api/v1/enterprises/{id}/hires/import', {
        path: { id: enterpriseId },
        body: { content: await fileToBase64(file) },
      })
      void message.success(t('enterprises.uploaded', { added: res.added }))
      if (res.failed.length)
        void message.warning(t('enterprises.failedRows', { rows: res.failed.map((f) => f.row).join(', ') }))
      onAdded()
    } catch (e) {
      showError(e)
    } finally {
      setBusy(false)
    }
  }
  const required = (field: string) => [{ required: true, message: t('common.required', { field }) }]
  return (
    <Flex vertical gap={8}>
      <Form form={form} layout="inline" initialValues={{ docType: 'id_card' }} style={{ rowGap: 8 }}>
        <Form.Item name="name" rules={required(t('enterprises.hireName'))}>
          <Input
            aria-label={t('enterprises.hireName')}
            placeholder={t('enterprises.hireName')}
            maxLength={50}
          />
        </Form.Item>
        <Form.Item name="docType">
          <Select
            aria-label={t('enterprises.docType')}
            style={{ width: 130 }}
            options={DOC_TYPES.map((d) => ({ value: d, label: t(`enterprises.docTypes.${d}`) }))}
          />
        </Form.Item>
        <Form.Item name="docNumber" rules={required(t('enterprises.docNumber'))}>
          <Input
            aria-label={t('enterprises.docNumber')}
            placeholder={t('enterprises.docNumber')}
            maxLength={32}
          />
        </Form.Item>
        <Form.Item name="phone">
          <Input
            aria-label={t('enterprises.hirePhone')}
            placeholder={t('enterprises.hirePhone')}
            maxLength={20}
          />
        </Form.Item>
        <Button type="primary" onClick={() => void add()}>
          {t('enterprises.add')}
        </Button>
      </Form>
      <Flex gap={8} align="center" wrap>
        <Upload
          accept=".csv,.xlsx"
          showUploadList={false}
          beforeUpload={(file) => {
            void upload(file)
            return false
          }}
        >
          <Button icon={<UploadOutlined />} loading={busy}>
            {t('enterprises.upload')}
          </Button>
        </Upload>
        <Typography.Text type="secondary">{t('enterprises.uploadHint')}</Typography.Text>
      </Flex>
    </Flex>
  )
}
