// The page of care for quarantined households (暖心人), spread into the registry after home observation's.
import { HeartOutlined } from '@ant-design/icons'
import { lazy } from 'react'
import type { PageDef } from '../../admin/pages'

export const carePages: PageDef[] = [
  {
    path: 'care',
    label: 'care',
    icon: <HeartOutlined />,
    action: 'care:read',
    component: lazy(() => import('./CarePage')),
  },
]
