// The pages of the registry (人员登记、批量导入) and of staff (人员力量), spread into the registry.
import { CloudUploadOutlined, IdcardOutlined, TeamOutlined } from '@ant-design/icons'
import { lazy } from 'react'
import type { PageDef } from '../../admin/pages'

export const peoplePages: PageDef[] = [
  {
    path: 'people',
    label: 'people',
    icon: <IdcardOutlined />,
    action: 'person:read',
    component: lazy(() => import('./PeoplePage')),
  },
  {
    path: 'imports',
    label: 'imports',
    icon: <CloudUploadOutlined />,
    action: 'person:import',
    component: lazy(() => import('./ImportPage')),
  },
  {
    path: 'staff',
    label: 'staff',
    icon: <TeamOutlined />,
    action: 'staff:read',
    component: lazy(() => import('../staff/StaffPage')),
  },
]
