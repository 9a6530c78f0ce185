// The admin app's frame: Ant Design in the chosen language, the session, the routes.
import { App as AntApp, ConfigProvider } from 'antd'
import enUS from 'antd/locale/en_US'
import zhCN from 'antd/locale/zh_CN'
import { BrowserRouter } from 'react-router'
import { useLanguage } from '../i18n/useLanguage'
import { theme } from '../components/theme'
import { AppRoutes } from './AppRoutes'
import { SessionProvider } from './session'

export function Root() {
  const [lang] = useLanguage()
  return (
    <ConfigProvider locale={lang === 'en' ? enUS : zhCN} theme={theme}>
      {/* messages below the header, not over it */}
      <AntApp message={{ top: 72, maxCount: 3 }}>
        <BrowserRouter>
          <SessionProvider>
            <AppRoutes />
          </SessionProvider>
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  )
}
