// The social-work page (社工服务), spread into the registry.
import { SolutionOutlined } from '@ant-design/icons'
import { lazy } from 'react'
import type { PageDef } from '../../admin/pages'

export const socialWorkPages: PageDef[] = [
  {
    path: 'social-work',
    label: 'socialWork',
    icon: <SolutionOutlined />,
    action: 'social_work:read',
    component: lazy(() => import('./SocialWorkPage')),
  },
]
