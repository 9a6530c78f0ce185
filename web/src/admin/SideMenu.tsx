import { Menu } from 'antd'
import { useTranslation } from 'react-i18next'
import { useLocation, useNavigate } from 'react-router'
import { pages } from './pages'
import { sectioned } from './sections'
import { useSession } from './session'

/** The pages the user's role may use, nothing else. */
export function SideMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation()
  const { can } = useSession()
  const navigate = useNavigate()
  const current = useLocation().pathname.split('/')[1] ?? ''
  const entry = (p: (typeof pages)[number]) => ({ key: p.path, icon: p.icon, label: t(`nav.${p.label}`) })
  // A role with a handful of pages gets them as a plain list; more go under section headings.
  const allowed = pages.filter((p) => can(p.action))
  const items =
    allowed.length <= 8
      ? allowed.map(entry)
      : sectioned(allowed).map((s) => ({
          type: 'group' as const,
          key: `section-${s.key}`,
          label: t(`menuSections.${s.key}`),
          children: s.pages.map(entry),
        }))
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
