import { Menu } from 'antd'
import { useEffect, useState } from 'react'
import type { ItemType } from 'antd/es/menu/interface'
import { useTranslation } from 'react-i18next'
import { useLocation, useNavigate } from 'react-router'
import { roleOf } from '../api/types'
import { pages } from './pages'
import { sectioned, splitDaily } from './sections'
import { useMe, useSession } from './session'

/**
 * The pages the user's role may use, nothing else: the ones it uses every day at the top,
 * the rest under one "更多" group (in sections when there are many).
 */
export function SideMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation()
  const { can } = useSession()
  const { user } = useMe()
  const navigate = useNavigate()
  const current = useLocation().pathname.split('/')[1] ?? ''
  const entry = (p: (typeof pages)[number]) => ({ key: p.path, icon: p.icon, label: t(`nav.${p.label}`) })
  const allowed = pages.filter((p) => can(p.action))
  const { daily, more } = splitDaily(roleOf(user), allowed)
  const moreItems: ItemType[] =
    more.length <= 8
      ? more.map(entry)
      : sectioned(more).map((s) => ({
          type: 'group' as const,
          key: `section-${s.key}`,
          label: t(`menuSections.${s.key}`),
          children: s.pages.map(entry),
        }))
  const items: ItemType[] = [
    ...daily.map(entry),
    ...(more.length > 0
      ? [{ key: 'more', label: t('menuSections.more'), children: moreItems, 'data-testid': 'menu-more' }]
      : []),
  ]
  // the "更多" group opens by itself when the current page is in it (a link, a reload)
  const inMore = more.some((p) => p.path === current)
  const [openKeys, setOpenKeys] = useState<string[]>(inMore ? ['more'] : [])
  useEffect(() => {
    if (inMore) setOpenKeys((keys) => (keys.includes('more') ? keys : [...keys, 'more']))
  }, [inMore])
  return (
    <Menu
      theme="dark"
      mode="inline"
      selectedKeys={[current]}
      openKeys={openKeys}
      onOpenChange={setOpenKeys}
      items={items}
      onClick={({ key }) => {
        void navigate(`/${key}`)
        onNavigate?.()
      }}
    />
  )
}
