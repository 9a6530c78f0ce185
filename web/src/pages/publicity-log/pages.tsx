// The publicity activity log (宣传工作台账), spread into the registry.
import { FlagOutlined } from '@ant-design/icons'
import { lazy } from 'react'
import type { PageDef } from '../../admin/pages'

export const publicityLogPages: PageDef[] = [
  {
    path: 'publicity-log',
    label: 'publicityLog',
    icon: <FlagOutlined />,
    action: 'publicity:read',
    component: lazy(() => import('./PublicityLogPage')),
  },
]
