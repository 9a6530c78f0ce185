// The pages of home observation (居家医学观察), spread into the registry.
import { AlertOutlined, CheckCircleOutlined, MedicineBoxOutlined, ScheduleOutlined } from '@ant-design/icons'
import { lazy } from 'react'
import type { PageDef } from '../../admin/pages'

export const observationPages: PageDef[] = [
  {
    path: 'rounds',
    label: 'rounds',
    icon: <ScheduleOutlined />,
    action: 'observation:reading',
    component: lazy(() => import('./RoundsPage')),
  },
  {
    path: 'observations',
    label: 'observations',
    icon: <MedicineBoxOutlined />,
    action: 'observation:read',
    component: lazy(() => import('./ObservationsPage')),
  },
  {
    path: 'alerts',
    label: 'alerts',
    icon: <AlertOutlined />,
    action: 'observation:read',
    component: lazy(() => import('./AlertsPage')),
  },
  {
    path: 'release',
    label: 'release',
    icon: <CheckCircleOutlined />,
    action: 'observation:release',
    component: lazy(() => import('./ReleasePage')),
  },
]
