// The situation report (态势报告): first in the registry, so it is the home page of every
// role that may read the report.
import { DashboardOutlined } from '@ant-design/icons'
import { lazy } from 'react'
import type { PageDef } from '../../admin/pages'

export const dashboardPages: PageDef[] = [
  {
    path: 'dashboard',
    label: 'dashboard',
    icon: <DashboardOutlined />,
    action: 'report:read',
    component: lazy(() => import('./DashboardPage')),
  },
]
