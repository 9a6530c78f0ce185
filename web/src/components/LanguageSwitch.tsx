import { GlobalOutlined } from '@ant-design/icons'
import { Button } from 'antd'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../i18n/useLanguage'

/** Two languages: the button names the other one. */
export function LanguageSwitch() {
  const { t } = useTranslation()
  const [lang, setLang] = useLanguage()
  return (
    <Button
      type="text"
      icon={<GlobalOutlined />}
      title={t('lang.label')}
      onClick={() => setLang(lang === 'en' ? 'zh-CN' : 'en')}
      data-testid="language-switch"
    >
      {t('lang.switchTo')}
    </Button>
  )
}
