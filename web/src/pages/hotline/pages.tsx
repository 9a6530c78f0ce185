// The pages of the psychological hotline (心理援助热线), spread into the registry.
import { CustomerServiceOutlined, PhoneOutlined } from '@ant-design/icons'
import { lazy } from 'react'
import type { PageDef } from '../../admin/pages'

export const hotlinePages: PageDef[] = [
  {
    path: 'hotline-roster',
    label: 'hotlineRoster',
    icon: <CustomerServiceOutlined />,
    action: 'hotline:read',
    component: lazy(() => import('./HotlineRosterPage')),
  },
  {
    path: 'hotline-calls',
    label: 'hotlineCalls',
    icon: <PhoneOutlined />,
    action: 'hotline:read',
    component: lazy(() => import('./HotlineCallsPage')),
  },
]
