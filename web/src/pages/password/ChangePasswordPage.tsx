import { App } from 'antd'
import { useTranslation } from 'react-i18next'
import { PasswordForm } from './PasswordForm'
import { PageLayout } from '../../components/PageLayout'

export default function ChangePasswordPage() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  return (
    <PageLayout title={t('password.title')} className="lf-narrow-card">
      <PasswordForm onDone={() => void message.success(t('password.changed'))} />
    </PageLayout>
  )
}
