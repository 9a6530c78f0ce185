import { App, Card } from 'antd'
import { useTranslation } from 'react-i18next'
import { PasswordForm } from './PasswordForm'

export default function ChangePasswordPage() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  return (
    <Card title={t('password.title')} className="lf-narrow-card">
      <PasswordForm onDone={() => void message.success(t('password.changed'))} />
    </Card>
  )
}
