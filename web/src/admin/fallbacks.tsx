import { Button, Result } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link, Navigate } from 'react-router'
import { pages } from './pages'
import { useMe, useSession } from './session'
import { homeOf } from './sections'
import { roleOf } from '../api/types'

/** `/` opens the role's home: its daily work (sections.ts, HOME). */
export function HomeRedirect() {
  const { can } = useSession()
  const { user } = useMe()
  const { t } = useTranslation()
  const first = homeOf(
    roleOf(user),
    pages.filter((p) => can(p.action)),
  )
  if (first) return <Navigate to={`/${first.path}`} replace />
  return <Result status="info" title={t('app.noPages')} />
}

const home = (label: string) => (
  <Link to="/">
    <Button type="primary">{label}</Button>
  </Link>
)

export function NotFound() {
  const { t } = useTranslation()
  return <Result status="404" title={t('app.notFound')} extra={home(t('app.backHome'))} />
}

export function Forbidden() {
  const { t } = useTranslation()
  return <Result status="403" title={t('app.forbidden')} extra={home(t('app.backHome'))} />
}
