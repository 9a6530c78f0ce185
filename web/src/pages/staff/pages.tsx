// The page of staff (人员力量), spread into the registry after the people pages.
import { TeamOutlined } from '@ant-design/icons'
import { lazy } from 'react'
import type { PageDef } from '../../admin/pages'

export const staffPages: PageDef[] = [
  {
    path: 'staff',
    label: 'staff',
    icon: <TeamOutlined />,
    action: 'staff:read',
    component: lazy(() => import('./StaffPage')),
  },
]
