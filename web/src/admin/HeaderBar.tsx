// The header: who is signed in (name, role, scope), the language, the account menu.
import { DownOutlined, KeyOutlined, LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons'
import { App, Button, Dropdown, Layout, Space, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { roleOf } from '../api/types'
import { LanguageSwitch } from '../components/LanguageSwitch'
import { useMe, useSession } from './session'

export function HeaderBar({ phone, onOpenMenu }: { phone: boolean; onOpenMenu: () => void }) {
  const { t } = useTranslation()
  const { logout } = useSession()
  const { user } = useMe()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const role = t(`roles.${roleOf(user)}`)

  const onMenu = async ({ key }: { key: string }) => {
    if (key === 'password') return navigate('/password')
    if (key !== 'logout') return
    await logout()
    void message.success(t('nav.loggedOut'))
  }
  const items = [
    ...(phone
      ? [{ key: 'who', disabled: true, label: `${role} · ${user.scopeName}` }, { type: 'divider' as const }]
      : []),
    { key: 'password', icon: <KeyOutlined />, label: t('nav.password') },
    { key: 'logout', icon: <LogoutOutlined />, label: t('nav.logout'), danger: true },
  ]

  return (
    <Layout.Header className="lf-header">
      {phone && (
        <Button type="text" icon={<MenuOutlined />} aria-label={t('nav.menu')} onClick={onOpenMenu} />
      )}
      {phone && <span className="lf-header-title">{t('app.name')}</span>}
      <Space className="lf-header-right" size={phone ? 4 : 12}>
        {!phone && (
          <span className="lf-who" data-testid="who">
            <Tag color="blue" title={t('header.role')}>
              {role}
            </Tag>
            <Typography.Text type="secondary" title={t('header.scope')}>
              {user.scopeName}
            </Typography.Text>
          </span>
        )}
        <LanguageSwitch />
        <Dropdown menu={{ items, onClick: (info) => void onMenu(info) }} trigger={['click']}>
          <Button type="text" icon={<UserOutlined />} data-testid="account-menu">
            {user.displayName}
            <DownOutlined />
          </Button>
        </Dropdown>
      </Space>
    </Layout.Header>
  )
}
