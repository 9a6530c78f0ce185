// 登录 sign in. After it the session reloads and the routes take over (a one-time password
// leads to the change-password screen).
import { LockOutlined, UserOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Form, Input, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { useSession } from '../../admin/session'
import { Brand } from '../../admin/Brand'
import { LanguageSwitch } from '../../components/LanguageSwitch'
import { errorText } from '../../components/useShowError'
import { ActivationForm } from './ActivationForm'

interface Fields {
  username: string
  password: string
}

export default function LoginPage() {
  const { t } = useTranslation()
  const { reload } = useSession()
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const [activating, setActivating] = useState(false)
  const [activated, setActivated] = useState<string>()
  const [form] = Form.useForm<Fields>()

  const submit = async (fields: Fields) => {
    setBusy(true)
    setError(undefined)
    try {
      await api.post('/api/v1/auth/login', {
        body: { username: fields.username.trim(), password: fields.password },
      })
      await reload()
    } catch (e) {
      setError(errorText(t, e))
      setBusy(false)
    }
  }

  return (
    <div className="lf-auth-page">
      <div className="lf-auth-lang">
        <LanguageSwitch />
      </div>
      <Card className="lf-auth-card">
        <div className="lf-auth-brand">
          <Brand />
          <Typography.Text type="secondary">{t('app.fullName')}</Typography.Text>
        </div>
        {activating ? (
          <ActivationForm
            onDone={(username) => {
              setActivating(false)
              if (username) {
                setActivated(username)
                form.setFieldsValue({ username, password: '' })
              }
            }}
          />
        ) : (
          <>
            <Typography.Title level={4}>{t('login.title')}</Typography.Title>
            <Typography.Paragraph type="secondary">{t('login.subtitle')}</Typography.Paragraph>
            {activated && !error && (
              <Alert type="success" showIcon title={t('login.activated')} className="lf-gap" />
            )}
            {error && <Alert type="error" showIcon title={error} className="lf-gap" />}
            <Form<Fields>
              form={form}
              layout="vertical"
              onFinish={(v) => void submit(v)}
              requiredMark={false}
              size="large"
            >
              <Form.Item
                name="username"
                label={t('login.username')}
                rules={[
                  {
                    required: true,
                    whitespace: true,
                    message: t('common.required', { field: t('login.username') }),
                  },
                ]}
              >
                <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
              </Form.Item>
              <Form.Item
                name="password"
                label={t('login.password')}
                rules={[{ required: true, message: t('common.required', { field: t('login.password') }) }]}
              >
                <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
              </Form.Item>
              <Button type="primary" htmlType="submit" block loading={busy}>
                {t('login.submit')}
              </Button>
            </Form>
            <Typography.Paragraph type="secondary" className="lf-auth-foot">
              {t('login.firstTime')}
            </Typography.Paragraph>
            <Button type="link" block onClick={() => setActivating(true)}>
              {t('login.activateLink')}
            </Button>
          </>
        )}
      </Card>
    </div>
  )
}
