// The pages of health declarations (健康申报), key persons (重点人员), risk areas (风险地区),
// colour rules (赋码规则) and pass colours (码色), spread into the registry.
import {
  AimOutlined,
  BgColorsOutlined,
  FileProtectOutlined,
  FormOutlined,
  WarningOutlined,
} from '@ant-design/icons'
import { lazy } from 'react'
import type { PageDef } from '../../admin/pages'

export const passPages: PageDef[] = [
  {
    path: 'declarations',
    label: 'declarations',
    icon: <FormOutlined />,
    action: 'declaration:read',
    component: lazy(() => import('./DeclarationsPage')),
  },
  {
    path: 'key-persons',
    label: 'keyPersons',
    icon: <AimOutlined />,
    action: 'key_person:read',
    component: lazy(() => import('./KeyPersonsPage')),
  },
  {
    path: 'risk-areas',
    label: 'riskAreas',
    icon: <WarningOutlined />,
    action: 'risk_area:read',
    component: lazy(() => import('./RiskAreasPage')),
  },
  {
    path: 'colours',
    label: 'colours',
    icon: <BgColorsOutlined />,
    action: 'colour:read',
    component: lazy(() => import('./ColoursPage')),
  },
  {
    path: 'colour-rules',
    label: 'colourRules',
    icon: <FileProtectOutlined />,
    action: 'colour:read',
    component: lazy(() => import('./ColourRulesPage')),
  },
]
