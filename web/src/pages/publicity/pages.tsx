// The pages of publicity (宣传), spread into the registry.
import { NotificationOutlined } from '@ant-design/icons'
import { lazy } from 'react'
import type { PageDef } from '../../admin/pages'

export const publicityPages: PageDef[] = [
  {
    path: 'notices',
    label: 'notices',
    icon: <NotificationOutlined />,
    action: 'notice:read',
    component: lazy(() => import('./NoticesPage')),
  },
]
