// The pages of the registry (人员登记、批量导入), spread into the registry.
import { CloudUploadOutlined, IdcardOutlined } from '@ant-design/icons'
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
]
