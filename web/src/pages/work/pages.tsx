// The community's work list (社区工作台) and the way to the gate (卡点核验), spread into the
// registry: the homes of a community worker and of checkpoint staff.
import { CarryOutOutlined, ScanOutlined } from '@ant-design/icons'
import { lazy } from 'react'
import type { PageDef } from '../../admin/pages'

export const workPages: PageDef[] = [
  {
    path: 'work',
    label: 'work',
    icon: <CarryOutOutlined />,
    action: 'observation:alert',
    component: lazy(() => import('./WorkPage')),
  },
  {
    path: 'gate',
    label: 'gate',
    icon: <ScanOutlined />,
    action: 'passage:write',
    component: lazy(() => import('./GatePage')),
  },
]
