// After signing in with a one-time password nothing else opens until it is changed.
import { Alert, App, Button, Card, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Brand } from '../../admin/Brand'
import { useMe, useSession } from '../../admin/session'
import { LanguageSwitch } from '../../components/LanguageSwitch'
import { PasswordForm } from './PasswordForm'

export default function ForcedPasswordPage() {
  const { t } = useTranslation()
  const { reload, logout } = useSession()
  const { user } = useMe()
  const { message } = App.useApp()
  const done = async () => {
    void message.success(t('password.changed'))
    await reload()
  }
  return (
    <div className="lf-auth-page">
      <div className="lf-auth-lang">
        <LanguageSwitch />
        <Button type="link" onClick={() => void logout()}>
          {t('nav.logout')}
        </Button>
      </div>
      <Card className="lf-auth-card">
        <div className="lf-auth-brand">
          <Brand />
          <Typography.Text type="secondary">{user.displayName}</Typography.Text>
        </div>
        <Typography.Title level={4}>{t('password.forcedTitle')}</Typography.Title>
        <Alert type="info" showIcon title={t('password.forcedHint')} className="lf-gap" />
        <PasswordForm oneTime onDone={done} />
      </Card>
    </div>
  )
}
