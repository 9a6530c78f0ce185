// Who is signed in: GET /auth/me at start, again after login and password change; any 401
// from the API ends the session in the browser too.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import { api, ApiError, onUnauthenticated } from '../api/client'
import type { Me } from '../api/types'

export interface Session {
  /** null when nobody is signed in; undefined while it is being found out */
  me: Me | null | undefined
  /** nobody is signed in because they signed out (not because the session expired) */
  signedOut: boolean
  reload: () => Promise<void>
  logout: () => Promise<void>
  can: (action: string) => boolean
}

const SessionContext = createContext<Session | null>(null)

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>(undefined)
  const [signedOut, setSignedOut] = useState(false)

  const reload = useCallback(async () => {
    try {
      setMe(await api.get('/api/v1/auth/me'))
      setSignedOut(false)
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) setMe(null)
      else throw e
    }
  }, [])

  const logout = useCallback(async () => {
    try {
      await api.post('/api/v1/auth/logout')
    } finally {
      setSignedOut(true)
      setMe(null)
    }
  }, [])

  useEffect(() => {
    reload().catch(() => setMe(null))
    return onUnauthenticated(() => setMe(null))
  }, [reload])

  const value = useMemo<Session>(
    () => ({ me, signedOut, reload, logout, can: (action) => !!me?.actions.includes(action) }),
    [me, signedOut, reload, logout],
  )
  return <SessionContext value={value}>{children}</SessionContext>
}

export function useSession(): Session {
  const session = useContext(SessionContext)
  if (!session) throw new Error('useSession outside SessionProvider')
  return session
}

/** The signed-in user's session; only for pages behind the login. */
export function useMe(): Me {
  const { me } = useSession()
  if (!me) throw new Error('useMe without a signed-in user')
  return me
}
