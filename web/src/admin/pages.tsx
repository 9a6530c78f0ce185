// Every page of the admin app: its route, its menu entry and the action it needs. A new
// page is one entry here, a folder under pages/ and its catalogue keys.
import { ApartmentOutlined, AuditOutlined, TeamOutlined } from '@ant-design/icons'
import { observationPages } from '../pages/observations/pages'
import { carePages } from '../pages/care/pages'
import { campaignPages } from '../pages/campaigns/pages'
import { publicityPages } from '../pages/publicity/pages'
import { checkpointPages } from '../pages/checkpoints/pages'
import { peoplePages } from '../pages/people/pages'
import { staffPages } from '../pages/staff/pages'
import { enterprisePages } from '../pages/enterprises/pages'
import { passPages } from '../pages/passes/pages'
import { dashboardPages } from '../pages/dashboard/pages'
import { hotlinePages } from '../pages/hotline/pages'
import { socialWorkPages } from '../pages/social-work/pages'
import { publicityLogPages } from '../pages/publicity-log/pages'
import { workPages } from '../pages/work/pages'
import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react'
import type * as zh from '../i18n/zh-CN'

export interface PageDef {
  /** route under / */
  path: string
  /** menu label: a key of the `nav` catalogue group */
  label: keyof typeof zh.nav
  icon: ReactNode
  /** shown and reachable only when `me.actions` has it */
  action: string
  component: LazyExoticComponent<ComponentType>
}

export const pages: PageDef[] = [
  // first: the home page of every role that may read the situation report
  ...dashboardPages,
  ...workPages,
  {
    path: 'regions',
    label: 'regions',
    icon: <ApartmentOutlined />,
    action: 'region:read',
    component: lazy(() => import('../pages/regions/RegionsPage')),
  },
  {
    path: 'users',
    label: 'users',
    icon: <TeamOutlined />,
    action: 'user:read',
    component: lazy(() => import('../pages/users/UsersPage')),
  },
  {
    path: 'audit',
    label: 'audit',
    icon: <AuditOutlined />,
    action: 'audit:read',
    component: lazy(() => import('../pages/audit/AuditPage')),
  },
  ...observationPages,
  ...carePages,
  ...campaignPages,
  ...publicityPages,
  ...checkpointPages,
  ...peoplePages,
  ...staffPages,
  ...enterprisePages,
  ...passPages,
  ...publicityLogPages,
  ...hotlinePages,
  ...socialWorkPages,
]
