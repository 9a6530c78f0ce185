// 短信激活: an account a street office made or reset has no password anyone was told; its
// holder asks for a code to the phone on file and sets their own password here.
import { Alert, Button, Flex, Form, Input, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { errorText } from '../../components/useShowError'

interface Fields {
  username: string
  phone: string
  code: string
  password: string
}

export function ActivationForm({ onDone }: { onDone: (username?: string) => void }) {
  const { t } = useTranslation()
  const [form] = Form.useForm<Fields>()
  const [error, setError] = useState<string>()
  const [sent, setSent] = useState(false)
  const [busy, setBusy] = useState(false)
  const required = (field: string) => [
    { required: true, whitespace: true, message: t('common.required', { field }) },
  ]

  const run = async (work: () => Promise<void>) => {
    setBusy(true)
    setError(undefined)
    try {
      await work()
    } catch (e) {
      setError(errorText(t, e))
    } finally {
      setBusy(false)
    }
  }
  const getCode = () =>
    run(async () => {
      const { username, phone } = await form.validateFields(['username', 'phone'])
      await api.post('/api/v1/auth/activation/code', {
        body: { username: username.trim(), phone: phone.trim() },
      })
      setSent(true)
    })
  const activate = (v: Fields) =>
    run(async () => {
      await api.post('/api/v1/auth/activation', {
        body: { username: v.username.trim(), code: v.code.trim(), password: v.password },
      })
      onDone(v.username.trim())
    })

  return (
    <>
      <Typography.Title level={4}>{t('login.activateTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('login.activateHint')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} className="lf-gap" />}
      {sent && !error && <Alert type="info" showIcon title={t('login.codeSent')} className="lf-gap" />}
      <Form<Fields>
        form={form}
        layout="vertical"
        onFinish={(v) => void activate(v)}
        requiredMark={false}
        size="large"
      >
        <Form.Item name="username" label={t('login.username')} rules={required(t('login.username'))}>
          <Input autoComplete="username" />
        </Form.Item>
        <Form.Item name="phone" label={t('login.phone')} rules={required(t('login.phone'))}>
          <Input autoComplete="tel" inputMode="tel" />
        </Form.Item>
        <Button block onClick={() => void getCode()} loading={busy && !sent} className="lf-gap">
          {t('login.getCode')}
        </Button>
        <Form.Item
          name="code"
          label={t('login.code')}
          rules={[...required(t('login.code')), { pattern: /^\d{6}$/, message: t('login.code') }]}
        >
          <Input autoComplete="one-time-code" inputMode="numeric" maxLength={6} />
        </Form.Item>
        <Form.Item name="password" label={t('login.newPassword')} rules={required(t('login.newPassword'))}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Flex vertical gap={8}>
          <Button type="primary" htmlType="submit" block loading={busy && sent}>
            {t('login.activate')}
          </Button>
          <Button type="link" block onClick={() => onDone()}>
            {t('login.back')}
          </Button>
        </Flex>
      </Form>
    </>
  )
}
