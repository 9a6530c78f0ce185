import { SafetyCertificateFilled } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'

export function Brand({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation()
  return (
    <div className="lf-brand" title={t('app.fullName')}>
      <SafetyCertificateFilled className="lf-brand-icon" />
      {!compact && <span className="lf-brand-name">{t('app.name')}</span>}
    </div>
  )
}
