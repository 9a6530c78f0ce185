// The pages of screening campaigns (排查行动), spread into the registry.
import { FileSearchOutlined, HomeOutlined, PhoneOutlined } from '@ant-design/icons'
import { lazy } from 'react'
import type { PageDef } from '../../admin/pages'

export const campaignPages: PageDef[] = [
  {
    path: 'campaigns',
    label: 'campaigns',
    icon: <FileSearchOutlined />,
    action: 'campaign:write',
    component: lazy(() => import('./CampaignsPage')),
  },
  {
    path: 'sweep',
    label: 'sweep',
    icon: <HomeOutlined />,
    action: 'campaign:work',
    component: lazy(() => import('./SweepPage')),
  },
  {
    path: 'calls',
    label: 'calls',
    icon: <PhoneOutlined />,
    action: 'campaign:work',
    component: lazy(() => import('./CallerPage')),
  },
]
