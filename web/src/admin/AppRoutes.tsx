import { Spin } from 'antd'
import { Suspense } from 'react'
import { Navigate, Route, Routes, useLocation } from 'react-router'
import { useTranslation } from 'react-i18next'
import LoginPage from '../pages/login/LoginPage'
import ChangePasswordPage from '../pages/password/ChangePasswordPage'
import ForcedPasswordPage from '../pages/password/ForcedPasswordPage'
import { AdminLayout } from './AdminLayout'
import { ErrorBoundary } from './ErrorBoundary'
import { Forbidden, HomeRedirect, NotFound } from './fallbacks'
import { pages, type PageDef } from './pages'
import { useSession } from './session'

function Loading() {
  const { t } = useTranslation()
  return (
    <div className="lf-center">
      <Spin description={t('app.loading')} />
    </div>
  )
}

/** Behind the login; an account on a one-time password sees only the change-password screen. */
function SignedIn() {
  const { me, signedOut } = useSession()
  const location = useLocation()
  if (me === undefined) return <Loading />
  // after an expired session, back to the same page; after signing out, the next person
  // starts on their own first page
  const from = signedOut ? undefined : { from: location.pathname + location.search }
  if (me === null) return <Navigate to="/login" replace state={from} />
  if (me.user.mustChangePassword) return <ForcedPasswordPage />
  return <AdminLayout />
}

function PageRoute({ page }: { page: PageDef }) {
  const { can } = useSession()
  if (!can(page.action)) return <Forbidden />
  return (
    <ErrorBoundary key={page.path}>
      <Suspense fallback={<Loading />}>
        <page.component />
      </Suspense>
    </ErrorBoundary>
  )
}

export function AppRoutes() {
  const { me } = useSession()
  const location = useLocation()
  const from = (location.state as { from?: string } | null)?.from ?? '/'
  return (
    <Routes>
      <Route
        path="/login"
        element={me ? <Navigate to={from} replace /> : me === null ? <LoginPage /> : <Loading />}
      />
      <Route path="/" element={<SignedIn />}>
        <Route index element={<HomeRedirect />} />
        {pages.map((page) => (
          <Route key={page.path} path={page.path} element={<PageRoute page={page} />} />
        ))}
        <Route path="password" element={<ChangePasswordPage />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  )
}
