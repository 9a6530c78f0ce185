// The pages of enterprise restart screening (复工企业), spread into the registry: the
// community's view of every enterprise, and the liaison's page of their own hires.
import { ShopOutlined, SolutionOutlined } from '@ant-design/icons'
import { lazy } from 'react'
import type { PageDef } from '../../admin/pages'

export const enterprisePages: PageDef[] = [
  {
    path: 'enterprises',
    label: 'enterprises',
    icon: <ShopOutlined />,
    action: 'enterprise:write',
    component: lazy(() => import('./EnterprisesPage')),
  },
  {
    path: 'hires',
    label: 'hires',
    icon: <SolutionOutlined />,
    action: 'enterprise:hires',
    component: lazy(() => import('./HiresPage')),
  },
]
