// The pages of checkpoints (卡点) and rosters (排班), spread into the registry.
import { EditOutlined, EnvironmentOutlined, ScheduleOutlined } from '@ant-design/icons'
import { lazy } from 'react'
import type { PageDef } from '../../admin/pages'

export const checkpointPages: PageDef[] = [
  {
    path: 'checkpoints',
    label: 'checkpoints',
    icon: <EnvironmentOutlined />,
    action: 'checkpoint:read',
    component: lazy(() => import('./CheckpointsPage')),
  },
  {
    path: 'roster',
    label: 'roster',
    icon: <ScheduleOutlined />,
    action: 'checkpoint:read',
    component: lazy(() => import('./RosterPage')),
  },
  {
    path: 'paper-register',
    label: 'paperRegister',
    icon: <EditOutlined />,
    action: 'passage:paper',
    component: lazy(() => import('./PaperEntryPage')),
  },
]
