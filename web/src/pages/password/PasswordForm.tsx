// 修改密码: the current password, a new one of at least 12 characters, typed twice.
import { Button, Form, Input } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { useShowError } from '../../components/useShowError'

interface Fields {
  current: string
  next: string
  confirm: string
}

export function PasswordForm({
  oneTime = false,
  onDone,
}: {
  oneTime?: boolean
  onDone: () => Promise<void> | void
}) {
  const { t } = useTranslation()
  const showError = useShowError()
  const [form] = Form.useForm<Fields>()
  const [busy, setBusy] = useState(false)

  const submit = async ({ current, next }: Fields) => {
    setBusy(true)
    try {
      await api.post('/api/v1/auth/password', { body: { current, next } })
      form.resetFields()
      await onDone()
    } catch (e) {
      showError(e)
    } finally {
      setBusy(false)
    }
  }

  const currentLabel = oneTime ? t('password.currentOneTime') : t('password.current')
  return (
    <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false}>
      <Form.Item
        name="current"
        label={currentLabel}
        rules={[{ required: true, message: t('common.required', { field: currentLabel }) }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        name="next"
        label={t('password.next')}
        extra={t('password.rule')}
        rules={[
          { required: true, message: t('common.required', { field: t('password.next') }) },
          {
            validator: async (_, v: string = '') =>
              v && [...v].length < 12 ? Promise.reject(new Error(t('password.tooShort'))) : undefined,
          },
          ({ getFieldValue }) => ({
            validator: async (_, v: string) =>
              v && v === getFieldValue('current')
                ? Promise.reject(new Error(t('password.sameAsCurrent')))
                : undefined,
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('password.confirm')}
        dependencies={['next']}
        rules={[
          { required: true, message: t('common.required', { field: t('password.confirm') }) },
          ({ getFieldValue }) => ({
            validator: async (_, v: string) =>
              v && v !== getFieldValue('next')
                ? Promise.reject(new Error(t('password.mismatch')))
                : undefined,
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy} block>
        {t('password.submit')}
      </Button>
    </Form>
  )
}
