import { Menu } from 'antd'
import { useTranslation } from 'react-i18next'
import { useLocation, useNavigate } from 'react-router'
import { pages } from './pages'
import { useSession } from './session'

/** The pages the user's role may use, nothing else. */
export function SideMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation()
  const { can } = useSession()
  const navigate = useNavigate()
  const current = useLocation().pathname.split('/')[1] ?? ''
  const items = pages
    .filter((p) => can(p.action))
    .map((p) => ({ key: p.path, icon: p.icon, label: t(`nav.${p.label}`) }))
  return (
    <Menu
      theme="dark"
      mode="inline"
      selectedKeys={[current]}
      items={items}
      onClick={({ key }) => {
        void navigate(`/${key}`)
        onNavigate?.()
      }}
    />
  )
}
